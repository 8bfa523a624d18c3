"""Files with personal data leave a 접속기록: the transfer list, the payslips, the support bundle."""

from __future__ import annotations

from datetime import date

from heemang_desktop.audit import service as audit
from heemang_desktop.hr import service as hr
from heemang_desktop.payroll import service as payroll
from heemang_desktop.support_bundle import make_bundle

MONTH = "2026-09"


def _month(ctx):
    for no, name in (("E001", "김복지"), ("E002", "박요양")):
        hr.create_employee(ctx, hr.EmployeeInput(no, name, "사회복지사", "정규", date(2025, 3, 2), base_pay=2_500_000,
                                                 bank_name="농협", bank_account="301-1234-5678-11"))
    payroll.run_month(ctx, MONTH)
    return payroll.get_register(ctx, MONTH)


def test_the_transfer_list_and_the_payslips_are_recorded_once_each(ctx, tmp_path):
    register = _month(ctx)
    payroll.export_transfers(ctx, MONTH, tmp_path / "bank.xlsx")
    payroll.save_payslips(ctx, MONTH, tmp_path / "pdf")
    rows = audit.list_access(ctx, kind=audit.EXPORT)
    assert sorted((r.entity, r.entity_id, r.login_id, r.detail) for r in rows) == [
        ("payroll_register", register.id, "admin", "2026-09 급여 이체목록 2명"),
        ("payroll_register", register.id, "admin", "2026-09 급여명세서 PDF 2명")]


def test_a_support_bundle_made_by_a_signed_in_user_is_recorded(ctx, paths, tmp_path):
    make_bundle(paths, tmp_path / "support.zip", ctx)
    [row] = audit.list_access(ctx)
    assert (row.kind, row.entity, row.detail) == ("export", "support_bundle", "support.zip")


def test_the_personnel_cards_export_is_recorded(ctx, tmp_path):
    _month(ctx)
    assert hr.export_employees(ctx, tmp_path / "cards.xlsx") == 2
    assert [(r.entity, r.detail) for r in audit.list_access(ctx, kind=audit.EXPORT)] == [("employee", "인사카드 2명")]
