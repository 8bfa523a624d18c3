"""급여대장 page as a user meets it: run the month, see flags and totals, override a figure, close."""

from __future__ import annotations

import pytest
from helpers_payroll import hire_staff

from PySide6.QtCore import QDate, Qt

from heemang_desktop.payroll import employer, settings


@pytest.fixture
def window(ctx, main_window):
    cards = hire_staff(ctx)
    settings.save_profile(ctx, cards["E001"].id, settings.ProfileInput(standing={"position": 100_000, "meal": 200_000}))
    settings.save_profile(ctx, cards["E004"].id, settings.ProfileInput(monthly_hours=40))
    employer.save_facts(ctx, "2026-09", "under_150", "0.66")
    ctx.close()
    return main_window()


def cell(model, row, column):
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def test_run_override_and_close_on_the_register_page(qtbot, window, monkeypatch):
    window.open_page("hr.payroll")
    page = window.pages["hr.payroll"]
    page.month.setDate(QDate(2026, 9, 1))
    qtbot.waitUntil(lambda: page.state.text() == "급여대장 없음")
    assert not page.close_button.isEnabled()
    page.run()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    m = page.model
    assert [cell(m, r, 1) for r in range(4)] == ["김복지", "박요양", "이일용", "최단시"]
    assert cell(m, 0, 12) == "2,809,800"  # 실지급액, the worked example
    assert cell(m, 3, 15) == "최저임금 미달: 시간당 10,000원 < 10,320원"
    # 사업주 부담분 beside the employee's figures, totalled apart (E003 has 9 days here, so 국민연금/건강 apply)
    assert cell(m, 0, 13) == "308,180"  # test_payroll_employer.py's worked example
    assert "4.75%" in m.data(m.index(0, 13), Qt.ItemDataRole.ToolTipRole)
    total = sum(e.employer for e in m.entries)
    assert f"사업주 부담 합계 {total:,}원" in page.employer_totals.text()
    assert "산재보험 " in page.employer_totals.text() and page.employer_warning.isHidden()
    assert "확인 필요 1명" in page.totals.text()
    assert "4.75%" in m.data(m.index(0, 5), Qt.ItemDataRole.ToolTipRole)

    # override 김복지's 소득세 from the detail panel: typed digits, Enter saves
    page.table.selectRow(0)
    tax_row = next(i for i, ln in enumerate(m.entries[0].lines) if ln.code == "income_tax")
    page.lines.setCurrentCell(tax_row, 1)
    page.amount.setText("20000")
    page.amount.returnPressed.emit()
    qtbot.waitUntil(lambda: cell(page.model, 0, 9) == "✎ 20,000")
    assert cell(page.model, 0, 10) == "2,000"
    page.grab().save("/tmp/payroll_register_page.png")

    from heemang_desktop.gui import dialogs

    monkeypatch.setattr(dialogs, "confirm", lambda *a: True)
    page.close_month()
    qtbot.waitUntil(lambda: page.state.text().startswith("마감됨"))
    assert not page.run_button.isEnabled() and not page.amount.isEnabled()
    assert page.buttons["resolution"].isEnabled() and page.buttons["pdf"].isEnabled()


def test_pay_settings_dialog_adds_an_item_and_saves_amounts(qtbot, window):
    window.open_page("hr.payroll")
    page = window.pages["hr.payroll"]
    page.month.setDate(QDate(2026, 9, 1))
    page.run()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    page.table.selectRow(1)
    dialog = page.pay_settings()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0)
    dialog.new_code.setText("night_care")
    dialog.new_name.setText("야간근무수당")
    rows = dialog.table.rowCount()
    dialog._add_item()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == rows + 1)
    new_row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "야간근무수당")
    dialog.table.item(new_row, 1).setText("70,000")
    dialog.percent.setCurrentIndex(2)
    dialog.grab().save("/tmp/payroll_pay_settings.png")
    dialog._accept()
    qtbot.waitUntil(lambda: dialog.result() == 1)  # saved: the open month is computed again
    qtbot.waitUntil(lambda: page.model.entries[1].amount("night_care") == 70_000)
    assert "120%" in next(ln for ln in page.model.entries[1].lines if ln.code == "income_tax").basis


def test_employer_settings_dialog_recomputes_the_open_month(qtbot, window):
    """150인 이상 1,000인 미만 and 산재 1%: 김복지's 고용안정 2,900,000 × 0.65% = 18,850, 산재 29,000;
    employer total 137,750 + 104,250 + 13,690 + 26,100 + 18,850 + 29,000 = 329,640."""
    window.open_page("hr.payroll")
    page = window.pages["hr.payroll"]
    page.month.setDate(QDate(2026, 9, 1))
    page.run()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4 and cell(page.model, 0, 13) == "308,180")
    dialog = page.employer_settings()
    qtbot.waitUntil(lambda: dialog.size_class.count() == 4)
    assert dialog.size_class.currentText() == "150인 미만" and dialog.accident.text() == "0.66"
    dialog.size_class.setCurrentIndex(dialog.size_class.findData("150_to_999"))
    dialog.accident.setText("1")
    dialog.grab().save("/tmp/payroll_employer_settings.png")
    dialog.accident.returnPressed.emit()
    qtbot.waitUntil(lambda: cell(page.model, 0, 13) == "329,640")
    page.grab().save("/tmp/payroll_register_employer.png")
