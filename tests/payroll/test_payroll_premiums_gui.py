"""The 급여대장 page shows the facility's premium rules: a <5-staff register is never taken for a 5+ one."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate

from heemang_desktop.hr.attendance import record_day
from heemang_desktop.hr.employees import EmployeeInput, create_employee
from heemang_desktop.payroll import settings


def test_register_page_shows_the_under_five_setting_and_its_effect(qtbot, ctx, main_window):
    """Sunday 2026-09-06, 08:00–19:00 (10 h) at 10,000 won/h under the <5 rule: 휴일수당 100,000 (no premium)."""
    emp = create_employee(ctx, EmployeeInput(employee_no="E101", name="한근무", job_type="요양보호사",
                                             employment_type="정규", hire_date=date(2025, 3, 2), base_pay=2_090_000))
    record_day(ctx, emp.id, date(2026, 9, 6), time(8), time(19))
    settings.save_premium_rules(ctx, settings.PremiumRules(under_five=True))
    ctx.close()
    window = main_window("hr.payroll")
    page = window.pages["hr.payroll"]
    page.month.setDate(QDate(2026, 9, 1))
    qtbot.waitUntil(lambda: "5인 미만 사업장" in page.premiums.text())
    assert "가산 없이" in page.premiums.text()
    page.run()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.entries[0].amount("holiday") == 100_000
    window.resize(1366, 768)
    window.grab().save("/tmp/h2-register-under-five.png")


def test_pay_settings_dialog_keeps_and_sets_a_part_timers_contracted_hours(qtbot, ctx, main_window):
    """Contract 4 h a day / 20 h a week shows as 4.0 / 20.0; saved as 4.5 h a day, it is 270 minutes."""
    emp = create_employee(ctx, EmployeeInput(employee_no="E102", name="단시간", job_type="요양보호사",
                                             employment_type="단시간", hire_date=date(2025, 3, 2), base_pay=1_044_000))
    settings.save_profile(ctx, emp.id, settings.ProfileInput(monthly_hours=87, contract_daily_minutes=240,
                                                             contract_weekly_minutes=1_200))
    ctx.close()
    window = main_window("hr.payroll")
    page = window.pages["hr.payroll"]
    page.month.setDate(QDate(2026, 9, 1))
    page.run()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    dialog = page.pay_settings()
    qtbot.waitUntil(lambda: dialog.contract_week.value() == 20.0)
    assert dialog.contract_day.value() == 4.0 and dialog.hours.value() == 87
    dialog.contract_day.setValue(4.5)
    dialog.grab().save("/tmp/h2-pay-settings.png")
    dialog._accept()
    qtbot.waitUntil(lambda: dialog.result() == 1)
    got = []
    window.worker.call(settings.get_profile, emp.id, on_done=got.append)
    qtbot.waitUntil(lambda: bool(got))
    saved = got[0]
    assert (saved.contract_daily_minutes, saved.contract_weekly_minutes, saved.monthly_hours) == (270, 1_200, 87)


def test_employer_settings_dialog_sets_the_premium_rules_and_the_month_follows(qtbot, ctx, main_window):
    """Ticking 5명 미만 in 사업주 부담 설정: the Sunday's 10 h (08–19) pay 100,000 instead of 160,000."""
    from heemang_desktop.payroll import employer

    emp = create_employee(ctx, EmployeeInput(employee_no="E101", name="한근무", job_type="요양보호사",
                                             employment_type="정규", hire_date=date(2025, 3, 2), base_pay=2_090_000))
    record_day(ctx, emp.id, date(2026, 9, 6), time(8), time(19))
    employer.save_facts(ctx, "2026-09", "under_150", "0.66")
    ctx.close()
    window = main_window("hr.payroll")
    page = window.pages["hr.payroll"]
    page.month.setDate(QDate(2026, 9, 1))
    page.run()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.entries[0].amount("holiday") == 160_000)
    assert "휴일 8시간까지 1.5배" in page.premiums.text()
    dialog = page.employer_settings()
    qtbot.waitUntil(lambda: dialog.size_class.count() == 4)
    assert not dialog.under_five.isChecked() and not dialog.saturday.isChecked()
    dialog.under_five.setChecked(True)
    dialog.grab().save("/tmp/h2-employer-premiums.png")
    dialog.accident.returnPressed.emit()
    qtbot.waitUntil(lambda: dialog.result() == 1 or dialog.error.is_error)
    assert not dialog.error.is_error, dialog.error.text()
    qtbot.waitUntil(lambda: page.model.entries[0].amount("holiday") == 100_000)
    qtbot.waitUntil(lambda: "5인 미만 사업장" in page.premiums.text())


def test_a_closed_month_shows_the_rules_it_was_computed_under(qtbot, ctx, main_window):
    """September run and closed under the <5 rule; the rule is then switched off: September still says 5인 미만."""
    from heemang_desktop.payroll import employer, register

    emp = create_employee(ctx, EmployeeInput(employee_no="E101", name="한근무", job_type="요양보호사",
                                             employment_type="정규", hire_date=date(2025, 3, 2), base_pay=2_090_000))
    record_day(ctx, emp.id, date(2026, 9, 6), time(8), time(19))
    employer.save_facts(ctx, "2026-09", "under_150", "0.66")
    settings.save_premium_rules(ctx, settings.PremiumRules(under_five=True))
    register.run_month(ctx, "2026-09")
    register.close_month(ctx, "2026-09")
    settings.save_premium_rules(ctx, settings.PremiumRules())
    assert register.get_register(ctx, "2026-09").entries[0].under_five
    ctx.close()
    window = main_window("hr.payroll")
    page = window.pages["hr.payroll"]
    page.month.setDate(QDate(2026, 9, 1))
    qtbot.waitUntil(lambda: "이 달 계산 당시" in page.premiums.text())
    assert "5인 미만 사업장" in page.premiums.text()
    page.month.setDate(QDate(2026, 10, 1))  # an open (empty) month: the current rule
    qtbot.waitUntil(lambda: "휴일 8시간까지 1.5배" in page.premiums.text())
