"""급여대장 page: the 원천징수신고서 button is off while the month is open, and saves the return once closed."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from test_withholding_return import MONTH, _hire, _inputs

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog

from heemang_desktop.payroll import service

from heemang_desktop.gui import dialogs


@pytest.fixture
def window(ctx, main_window):
    service.save_facts(ctx, MONTH, "under_150", "0.66")
    service.run_month(ctx, MONTH, _inputs(_hire(ctx), MONTH))
    ctx.close()
    return main_window()


def test_the_return_is_saved_from_the_closed_month(qtbot, window, monkeypatch, tmp_path):
    window.open_page("hr.payroll")
    page = window.pages["hr.payroll"]
    page.month.setDate(QDate(2026, 9, 1))
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    button = page.buttons["withholding"]
    assert not button.isEnabled() and "마감하면" in button.toolTip()
    assert not page.buttons["day_statement"].isEnabled()

    monkeypatch.setattr(dialogs, "confirm", lambda *a: True)
    page.close_month()
    qtbot.waitUntil(lambda: page.state.text().startswith("마감됨"))
    assert button.isEnabled()
    window.resize(1366, 768)
    qtbot.wait(50)
    window.grab().save("/tmp/withholding-register.png")

    path = tmp_path / "return.xlsx"
    told = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(page, "info", told.append)
    button.click()
    qtbot.waitUntil(lambda: bool(told))
    # A01 3명 (3,000,000 + 2,000,000 without 자가운전보조금 + 2,000,000), A02 the leaver, A03 2명: hand-worked in
    # test_withholding_return; here August is not in the app, so A02 holds September only
    assert "근로소득 가감계(A10) 6명 · 소득세 116,720원 · 지방소득세 11,660원" in told[0]
    rows = [[c.value for c in r] for r in load_workbook(path)["원천징수이행상황신고서"].iter_rows()]
    a10 = next(r for r in rows if r[2] == "A10")
    assert a10[3:6] == [6, 11_000_000, 116_720]

    statement = tmp_path / "day.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(statement), ""))
    assert page.buttons["day_statement"].isEnabled()
    page.buttons["day_statement"].click()
    qtbot.waitUntil(lambda: len(told) == 2)
    assert "일용근로소득 지급명세서 2행을 저장했습니다" in told[1]
    names = [r[0] for r in load_workbook(statement).active.iter_rows(values_only=True)]
    assert names[2:5] == ["라일용", "마일용", "합계"]
