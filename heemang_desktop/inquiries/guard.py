"""The personal-data guard: where a text holds resident or foreigner numbers, phone, account or card
numbers, e-mail addresses (also spelled "at … dot") or the names of people registered in this store
(also with a space after the surname); phone numbers read out in Hangul digits count too.

Pure text work, no database and no Qt: `scan(text, names)` returns spans (start, end, kind) in the
text as given. Registered names come from the caller as an iterable, so the store can stream them
in batches (`inquiries/names.py`). Tuned on tests/inquiries/corpus.json: numbers are checked for
shape and plausibility (birth date and 7th digit, Luhn, Korean phone prefixes) so that amounts
(1,234,567), dates, 결의번호 (2026-지출-0042), 사업자등록번호 and budget codes pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

RESIDENT = "resident_number"
FOREIGNER = "foreigner_number"
PHONE = "phone"
ACCOUNT = "account_number"
CARD = "card_number"
EMAIL = "email"
NAME = "registered_name"
KINDS = (RESIDENT, FOREIGNER, PHONE, ACCOUNT, CARD, EMAIL, NAME)

LABELS = {RESIDENT: "주민등록번호", FOREIGNER: "외국인등록번호", PHONE: "전화번호", ACCOUNT: "계좌번호",
          CARD: "카드번호", EMAIL: "전자우편 주소", NAME: "등록된 이름"}


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int
    kind: str

    def as_json(self) -> dict:
        return {"start": self.start, "end": self.end, "kind": self.kind}


# One character for one character, so spans found in the folded text are spans of the original:
# full-width digits and Latin letters, and the dashes people paste from word processors.
_FOLD = {0xFF10 + i: ord("0") + i for i in range(10)}
_FOLD.update({0xFF21 + i: ord("A") + i for i in range(26)})
_FOLD.update({0xFF41 + i: ord("a") + i for i in range(26)})
_FOLD.update({c: ord("-") for c in (0xFF0D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xFE63)})
_FOLD.update({0xFF20: ord("@"), 0xFF0E: ord("."), 0x3000: ord(" "), 0xFF08: ord("("), 0xFF09: ord(")"),
              0xFF3F: ord("_"), 0xFF0B: ord("+")})


def fold(text: str) -> str:
    return text.translate(_FOLD)


_SEP = r"(?: ?[\-.] ?| )?"  # between number groups: a hyphen or a dot (spaced or not), one space, or nothing
# Not inside a longer number: no digit, or digit and hyphen, just before ("KR-900101-…" still counts).
_RRN = re.compile(r"(?<!\d)(?<!\d-)(\d{6})(?: ?- ?| )([0-9](?:\d{6}|\*{6}))(?![\d*])"
                  r"|(?<![\d\-])(\d{6})(\d{7})(?![\d\-])")
_MOBILE = re.compile(r"(?<![\d\-])(?:\+82[ \-]?\(?0?|\(?0)1[016789]\)?" + _SEP + r"\d{3,4}" + _SEP + r"\d{4}(?![\d\-])")
_AREA = r"(?:2|3[1-3]|4[1-4]|5[1-5]|6[1-4]|70|50\d|80)"
_LANDLINE = re.compile(
    r"(?<![\d\-])(?:\+82[ \-]?\(?0?" + _AREA + r"\)?[ \-.]?|\(?0" + _AREA + r"\) ?|0" + _AREA + r" ?[\-.]? ?)"
    r"\d{3,4} ?[ \-.] ?\d{4}(?![\d\-])"
    r"|(?<![\d\-])0(?:2|3[1-3]|4[1-4]|5[1-5]|6[1-4]|70)\d{7,8}(?![\d\-])")
_CARD = re.compile(r"(?<![\d\-])(?:\d{4}([ \-])\d{4}\1\d{4}\1\d{4}|\d{4}([ \-])\d{6}\2\d{5}|\d{15,16})(?![\d\-])")
_GROUPED = re.compile(r"(?<![\d\-.,])\d{2,6}(?:-\d{2,8}){1,4}(?![\d\-]|[.,]\d)")
_RUN = re.compile(r"(?<![\d\-.,])\d{10,14}(?![\d\-]|[.,]\d)")
_EMAIL = re.compile(r"(?<![\w.+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
# The same address spelled out to slip past filters: "kim (at) example.com", "kim at example dot com".
_DOT = r"(?:\.|\s*[(\[]dot[)\]]\s*|\s+dot\s+)"
_EMAIL_SPELLED = re.compile(
    r"(?<![\w.+\-])[A-Za-z0-9._%+\-]+(?:\s*[(\[]at[)\]]\s*|\s+at\s+)[A-Za-z0-9\-]+(?:" + _DOT
    + r"[A-Za-z0-9\-]+)*" + _DOT + r"[A-Za-z]{2,}(?![\w])", re.IGNORECASE)
# Digits read out in Hangul ("공일공-1234-5678"): a run of them is read as digits for the phone patterns.
_HANGUL_DIGITS = str.maketrans("공영일이삼사오육칠팔구", "00123456789")
_SPOKEN = "[공영일이삼사오육칠팔구0-9]"
_SPOKEN_RUN = re.compile(_SPOKEN + r"(?:" + _SPOKEN + r"|[ \-.](?=" + _SPOKEN + r"))*")
# Words that say a plain run of digits is an account, and words that say a number is not a person's.
_ACCOUNT_WORDS = re.compile(
    r"계좌|통장|입금|이체|예금주|은행|농협|신협|새마을|우체국|수협|국민|신한|우리|하나|기업|카카오|토스")
_NOT_PERSONAL = re.compile(r"법인등록|사업자|고유번호|결의|문서번호|접수번호|과목|코드")

_CENTURY = {"1": 1900, "2": 1900, "3": 2000, "4": 2000, "5": 1900, "6": 1900, "7": 2000, "8": 2000}


def _before(text: str, start: int, width: int = 12) -> str:
    return text[max(0, start - width):start]


def _birth_ok(six: str, g: str) -> bool:
    """YYMMDD is a real date in the century the 7th digit gives (9/0, the 1800s, are left out)."""
    century = _CENTURY.get(g)
    if century is None:
        return False
    try:
        born = date(century + int(six[:2]), int(six[2:4]), int(six[4:6]))
    except ValueError:
        return False
    return born <= date.today()


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


def _numbers(text: str) -> list[Span]:
    spans: list[Span] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(a: int, b: int, kind: str) -> None:
        spans.append(Span(a, b, kind))
        taken.append((a, b))

    for m in _RRN.finditer(text):
        six, rest = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if _birth_ok(six, rest[0]) and not _NOT_PERSONAL.search(_before(text, m.start())):
            add(m.start(), m.end(), FOREIGNER if rest[0] in "5678" else RESIDENT)
    for m in _CARD.finditer(text):
        if free(m.start(), m.end()) and _luhn(_digits(m.group())):
            add(m.start(), m.end(), CARD)
    for pattern in (_MOBILE, _LANDLINE):
        for m in pattern.finditer(text):
            if free(m.start(), m.end()):
                add(m.start(), m.end(), PHONE)
    for m in _GROUPED.finditer(text):
        groups = m.group().split("-")
        n = sum(len(g) for g in groups)
        if not free(m.start(), m.end()) or not 10 <= n <= 14:
            continue
        if [len(g) for g in groups] == [3, 2, 5] or _NOT_PERSONAL.search(_before(text, m.start())):
            continue  # 사업자등록번호, or a number the words before it call a code
        if re.fullmatch(r"(19|20)\d\d", groups[0]) and re.fullmatch(r"0[1-9]|1[0-2]", groups[1]):
            continue  # starts with a date: a document or receipt number
        if len(groups) >= 3 or _ACCOUNT_WORDS.search(_before(text, m.start(), 20)):
            add(m.start(), m.end(), ACCOUNT)
    for m in _RUN.finditer(text):
        if free(m.start(), m.end()) and _ACCOUNT_WORDS.search(_before(text, m.start(), 20)) \
                and not _NOT_PERSONAL.search(_before(text, m.start())):
            add(m.start(), m.end(), ACCOUNT)
    for pattern in (_EMAIL, _EMAIL_SPELLED):
        for m in pattern.finditer(text):
            if free(m.start(), m.end()):
                add(m.start(), m.end(), EMAIL)
    for run in _SPOKEN_RUN.finditer(text):
        spoken = run.group()
        if spoken.isascii() or sum(ch not in " -." for ch in spoken) < 9:
            continue  # no Hangul digit in it (the patterns above read it), or too short for a phone
        digits = spoken.translate(_HANGUL_DIGITS)
        for pattern in (_MOBILE, _LANDLINE):
            for m in pattern.finditer(digits):
                a, b = run.start() + m.start(), run.start() + m.end()
                if free(a, b):
                    add(a, b, PHONE)
    return spans


def _hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


# After a two-letter name, what may follow it in a sentence (particles, titles); anything else
# Hangul means the two letters are part of another word ("이순" in "이순간").
_TAILS = ("님", "씨", "이", "가", "은", "는", "을", "를", "의", "에", "께", "과", "와", "도", "만", "한", "어르신",
          "선생", "직원", "氏")


_GRAM = 5  # names up to this long are looked up in the text's substrings instead of searched for


def _names(text: str, names: Iterable[str]) -> list[Span]:
    """Spans of registered names; `names` is consumed once and nothing of it is kept (it may be a
    register of thousands streamed in batches), only the text's own substrings are."""
    grams = {text[i:i + k] for k in range(2, _GRAM + 1) for i in range(len(text) - k + 1)}
    spans = []
    for raw in names:
        name = raw.strip() if isinstance(raw, str) else ""
        for form in _forms(name):
            if len(form) <= _GRAM and form not in grams:
                continue
            start = text.find(form)
            while start != -1:
                end = start + len(form)
                if len(form) > 2 or _two_letter_ok(text, start, end):
                    spans.append(Span(start, end, NAME))
                start = text.find(form, start + 1)
    return spans


def _forms(name: str) -> tuple[str, ...]:
    """The name as registered, and, for three letters or more, written with a space after the
    surname ("오 순자", "남궁 민수"); two-letter names spaced out are too common in plain words."""
    if len(name) < 2 or " " in name:
        return (name,) if len(name) >= 2 else ()
    if len(name) < 3:
        return (name,)
    spaced = (name[:1] + " " + name[1:],) + ((name[:2] + " " + name[2:],) if len(name) >= 4 else ())
    return (name,) + spaced


def _two_letter_ok(text: str, start: int, end: int) -> bool:
    if start and _hangul(text[start - 1]):
        return False
    return end == len(text) or not _hangul(text[end]) or text.startswith(_TAILS, end)


def _merge(spans: list[Span]) -> list[Span]:
    """Overlapping spans become one (the earlier kind wins), sorted by position."""
    out: list[Span] = []
    for s in sorted(spans):
        if out and s.start < out[-1].end:
            last = out[-1]
            if s.end > last.end:
                out[-1] = Span(last.start, s.end, last.kind)
            continue
        out.append(s)
    return out


def scan(text: str, names: Iterable[str] = ()) -> list[Span]:
    """Every span of personal data in `text`, sorted and not overlapping. `names` may be a generator."""
    if not text:
        return []
    folded = fold(text)
    return _merge(_numbers(folded) + _names(folded, names))


def describe(spans: list[Span]) -> str:
    """"주민등록번호 1건, 전화번호 2건" for a message line."""
    counts: dict[str, int] = {}
    for s in spans:
        counts[s.kind] = counts.get(s.kind, 0) + 1
    return ", ".join(f"{LABELS[k]} {n}건" for k, n in sorted(counts.items(), key=lambda kv: KINDS.index(kv[0])))
