"""The guard on its corpus (corpus.json): every planted item found, nothing else flagged.

Recall counts planted items a span covers with the right kind; a false positive is a span that
covers no planted item (amounts, dates, 결의번호, business numbers, budget codes…).
"""

from __future__ import annotations

import json
from pathlib import Path

from heemang_desktop.inquiries import guard

CORPUS = json.loads((Path(__file__).parent / "corpus.json").read_text(encoding="utf-8"))


def _score():
    found, missed, false_pos = 0, [], []
    for case in CORPUS["cases"]:
        text = case["text"]
        spans = guard.scan(text, CORPUS["names"])
        planted = []
        for value, kind in case["pii"]:
            start = text.index(value)
            planted.append((start, start + len(value), kind))
        for start, end, kind in planted:
            if any(s.start <= start and s.end >= end and s.kind == kind for s in spans):
                found += 1
            else:
                missed.append((text, text[start:end], kind, spans))
        for s in spans:
            if not any(s.start < e and s.end > b for b, e, _ in planted):
                false_pos.append((text, text[s.start:s.end], s.kind))
    return found, missed, false_pos


def test_corpus_recall_and_false_positives():
    found, missed, false_pos = _score()
    planted = sum(len(c["pii"]) for c in CORPUS["cases"])
    clean = sum(1 for c in CORPUS["cases"] if not c["pii"])
    print(f"\nguard corpus: {len(CORPUS['cases'])} texts ({clean} with nothing personal), "
          f"{found}/{planted} planted items found, {len(false_pos)} false positives")
    assert not missed, missed
    assert not false_pos, false_pos


def test_spans_are_exact_and_in_the_text_as_typed():
    text = "대상자 ９００１０１－１２３４５６７ 와 010-1234-5678"
    spans = guard.scan(text)
    assert [(text[s.start:s.end], s.kind) for s in spans] == [
        ("９００１０１－１２３４５６７", guard.RESIDENT), ("010-1234-5678", guard.PHONE)]


def test_an_impossible_birth_date_or_seventh_digit_is_not_a_resident_number():
    assert guard.scan("900231-1234567") == []  # 2월 31일
    assert guard.scan("900101-9234567") == []  # 1800년대 (9): nobody living
    assert [s.kind for s in guard.scan("900101-1234568")] == [guard.RESIDENT]  # checksum miss still flagged


def test_a_card_number_needs_luhn():
    assert guard.scan("4111-1111-1111-1112") == []
    assert [s.kind for s in guard.scan("4111-1111-1111-1111")] == [guard.CARD]


def test_names_may_come_as_a_stream_and_short_names_need_a_boundary():
    def stream():
        yield from ("홍길동", "이순")

    assert [(s.start, s.end) for s in guard.scan("홍길동 님과 이순 님", stream())] == [(0, 3), (7, 9)]
    assert guard.scan("이순간", ["이순"]) == []
