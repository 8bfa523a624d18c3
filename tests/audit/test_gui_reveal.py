"""The 보기 button beside a masked number: asks why, shows the whole number on the card, and a cancel
shows nothing and records nothing."""

from __future__ import annotations

from datetime import date

import pytest

from heemang_desktop.hr import service as hr
from heemang_desktop.subjects import cards as subjects

from heemang_desktop.gui.audit import reveal


@pytest.fixture
def window(ctx, main_window):
    hr.create_employee(ctx, hr.EmployeeInput("E001", "김요양", "요양보호사", "정규", date(2024, 3, 2),
                                             resident_number="900101-1234568", bank_account="110-234-567890"))
    subjects.register_subject(ctx, subjects.SubjectInput(name="박순자", resident_number="400101-2234561"))
    ctx.close()
    return main_window(timeout=5000)


def _open_first(qtbot, window, page_id):
    window.open_page(page_id)
    page = window.pages[page_id]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.table.selectRow(0)
    return page


def test_revealing_a_subjects_number_asks_a_reason_then_shows_it(qtbot, window, monkeypatch):
    page = _open_first(qtbot, window, "subjects.cards")
    qtbot.waitUntil(lambda: page.rrn_shown.text() == "400101-2******")
    button = page.findChild(reveal.RevealButton)
    monkeypatch.setattr(reveal, "ask_reason", lambda parent: None)  # cancelled: nothing happens
    button.click()
    assert page.rrn_shown.text() == "400101-2******"
    monkeypatch.setattr(reveal, "ask_reason", lambda parent: "입소 서류 대조")
    with qtbot.waitSignal(button.revealed, timeout=5000):
        button.click()
    assert page.rrn_shown.text() == "400101-2234561"
    page.grab().save("/tmp/privacy-reveal-subject.png")


def test_the_personnel_card_reveals_the_account_for_a_reason(qtbot, window, monkeypatch):
    page = _open_first(qtbot, window, "hr.employees")
    buttons = page.findChildren(reveal.RevealButton)
    account = next(b for b in buttons if b.field == "bank_account")
    qtbot.waitUntil(lambda: account.target.placeholderText() == "***-***-**7890")
    monkeypatch.setattr(reveal, "ask_reason", lambda parent: "급여 이체 확인")
    with qtbot.waitSignal(account.revealed, timeout=5000):
        account.click()
    assert account.target.placeholderText() == "110-234-567890"
