"""Settling a record on the 전송 대기 page: a choice that throws edits away asks first (issue 10)."""

from __future__ import annotations

from datetime import datetime

from heemang_desktop.sync.conflicts import FieldDiff, Issue

from heemang_desktop.gui import dialogs


def conflict(choices):
    return Issue("note", "메모", "0190-abc", "conflict", "서버 버전이 다릅니다", 1, False,
                 (FieldDiff("amount", "1500", "2000", True),), choices, datetime(2026, 9, 1))


def test_taking_theirs_or_discarding_asks_naming_the_record_and_no_does_nothing(qtbot, ctx, main_window,
                                                                               monkeypatch):
    ctx.close()
    window = main_window("my_work.sync")
    page = window.pages["my_work.sync"]
    qtbot.waitUntil(window.worker.idle)
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, title, text, action: asked.append((title, text)) or False)
    calls = []
    monkeypatch.setattr(page.worker, "call", lambda *a, **k: calls.append(a))

    page.issues = [conflict(("mine", "theirs", "fields"))]
    page._fill_issues()
    page.actions["theirs"].click()
    assert asked[-1] == ("서버 것 받기", "메모 0190-abc: 이 PC에서 고친 내용을 버리고 서버의 기록으로 바꿉니다. "
                                          "버린 내용은 되돌릴 수 없습니다.")
    page.actions["mine"].click()
    assert "덮어씁니다" in asked[-1][1]
    page.actions["fields"].click()  # ticking fields is the choice itself: no second question
    assert len(asked) == 2 and len(calls) == 1

    page.issues = [conflict(("resend", "discard"))]
    page._fill_issues()
    page.actions["discard"].click()
    assert "지웁니다" in asked[-1][1] and "되돌릴 수 없습니다" in asked[-1][1]
    assert len(calls) == 1  # nothing was settled on a "no"
