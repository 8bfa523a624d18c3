"""인사카드 screen: a new card assumes no 직종, and 삭제 / 퇴사 처리 ask first, naming the card (issue 10)."""

from __future__ import annotations

from datetime import date

import pytest
from hr_helpers import card

from PySide6.QtCore import QDate

from heemang_desktop.hr.employees import list_employees

from heemang_desktop.gui import dialogs


@pytest.fixture
def window(ctx, main_window):
    card(ctx)  # 김요양, E001, 요양보호사
    ctx.close()
    return main_window(timeout=5000)


@pytest.fixture
def asked(monkeypatch):
    record = {"answer": True, "texts": []}

    def confirm(_parent, title, text, action):
        record["texts"].append((title, text, action))
        return record["answer"]

    monkeypatch.setattr(dialogs, "confirm", confirm)
    return record


def open_cards(qtbot, window):
    window.open_page("hr.employees")
    page = window.pages["hr.employees"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    return page


def cards_on_file(qtbot, window, retired=True):
    box = []
    window.worker.call(lambda ctx: list_employees(ctx, include_retired=retired), on_done=box.append)
    qtbot.waitUntil(lambda: bool(box))
    return box[0]


def test_a_new_card_has_no_job_type_until_one_is_chosen(qtbot, window):
    page = open_cards(qtbot, window)
    page.editor.show_card(None)
    assert page.editor.job_type.currentText() == ""  # it used to say 시설장
    page.editor.employee_no.setText("E009")
    page.editor.name.setText("박신입")
    page.save()
    qtbot.waitUntil(lambda: page.message.text() != "")
    assert "직종" in page.message.text()  # refused, in words: nothing saved as 시설장
    assert len(cards_on_file(qtbot, window)) == 1
    page.editor.job_type.setCurrentText("요양보호사")
    page.save()
    qtbot.waitUntil(lambda: page.message.text() == "저장했습니다.")
    assert sorted(c.job_type for c in cards_on_file(qtbot, window)) == ["요양보호사", "요양보호사"]
    page.grab().save("/tmp/h5-hr-card.png")


def test_delete_asks_naming_the_card_and_no_keeps_it(qtbot, window, asked):
    page = open_cards(qtbot, window)
    page.table.selectRow(0)
    asked["answer"] = False
    page._delete()
    qtbot.waitUntil(window.worker.idle)
    title, text, action = asked["texts"][0]
    assert title == "인사카드 삭제" and "김요양(E001)" in text and "되돌릴 수 없습니다" in text
    assert len(cards_on_file(qtbot, window)) == 1
    asked["answer"] = True
    page._delete()
    qtbot.waitUntil(lambda: page.message.text() == "삭제했습니다.")
    assert cards_on_file(qtbot, window) == []


def test_retire_asks_naming_the_card_and_the_date(qtbot, window, asked):
    page = open_cards(qtbot, window)
    page.table.selectRow(0)
    page.leave_date.setDate(QDate(2026, 9, 30))
    asked["answer"] = False
    page._retire()
    qtbot.waitUntil(window.worker.idle)
    assert "김요양(E001)" in asked["texts"][0][1] and "2026-09-30" in asked["texts"][0][1]
    assert cards_on_file(qtbot, window)[0].leave_date is None
    asked["answer"] = True
    page._retire()
    qtbot.waitUntil(lambda: page.message.text() == "퇴사 처리했습니다.")
    assert cards_on_file(qtbot, window)[0].leave_date == date(2026, 9, 30)
