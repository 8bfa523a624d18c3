"""급여대장 마감 names who is paid under the minimum wage before it closes the month (issue 10)."""

from __future__ import annotations

import pytest
from helpers_payroll import hire_staff

from PySide6.QtCore import QDate

from heemang_desktop.payroll import employer, settings

from heemang_desktop.gui import dialogs


@pytest.fixture
def window(ctx, main_window):
    cards = hire_staff(ctx)
    settings.save_profile(ctx, cards["E004"].id, settings.ProfileInput(monthly_hours=40))  # 최단시: under the minimum
    employer.save_facts(ctx, "2026-09", "under_150", "0.66")
    ctx.close()
    return main_window()


def test_close_names_the_rows_under_the_minimum_wage_and_no_keeps_it_open(qtbot, window, monkeypatch):
    window.open_page("hr.payroll")
    page = window.pages["hr.payroll"]
    page.month.setDate(QDate(2026, 9, 1))
    qtbot.waitUntil(lambda: page.state.text() == "급여대장 없음")
    page.run()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    asked, answers = [], [False, True]
    monkeypatch.setattr(dialogs, "confirm", lambda _p, title, text, action: (asked.append(text), answers.pop(0))[1])

    page.close_month()
    qtbot.waitUntil(window.worker.idle)
    assert "2026-09 급여대장을 마감합니다" in asked[0]
    assert "최저임금 미달 1명: 최단시" in asked[0]
    assert "김복지" not in asked[0]
    assert page.state.text() == "작성 중"  # answered no

    page.close_month()
    qtbot.waitUntil(lambda: page.state.text().startswith("마감됨"))
