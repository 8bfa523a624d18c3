"""Payroll's door, called as the 급여대장 page and the CLI call it: what the screen shows for a month, the
payslip PDFs with progress, who is left with delivery unknown, and the settings the dialogs save."""

from __future__ import annotations

import pytest
from helpers_payroll import smtp_server, staff

from heemang_desktop.changes import collect
from heemang_desktop.payroll import mailer, service
from heemang_desktop.progress import Progress
from heemang_desktop.store.errors import ValidationError

MONTH = "2026-09"


def test_the_register_screen_of_a_month(ctx):
    empty = service.register_screen(ctx, MONTH)
    assert (empty.view, empty.entries, empty.mail, empty.employer_by_insurance) == (None, (), {}, {})
    assert not empty.rules_of_month and not empty.rules.under_five

    service.run_month(ctx, MONTH, staff())  # the facility's size class and 산재 rate are not set yet
    screen = service.register_screen(ctx, MONTH)
    assert [e.employee_no for e in screen.entries] == ["E001", "E002", "E003", "E004"]
    assert screen.employer_missing == ("고용안정·직업능력개발", "산재보험")
    assert screen.employer_by_insurance["산재보험"] == 0
    assert sum(screen.employer_by_insurance.values()) == sum(e.employer for e in screen.entries)
    assert screen.employer_by_insurance["국민연금"] == sum(e.amount("er_pension") for e in screen.entries)

    service.save_facts(ctx, MONTH, "under_150", "0.66")
    service.run_month(ctx, MONTH, staff())
    screen = service.register_screen(ctx, MONTH)
    assert screen.employer_missing == () and screen.employer_by_insurance["산재보험"] > 0


def test_a_closed_month_shows_the_rules_it_was_computed_under(ctx):
    service.save_facts(ctx, MONTH, "under_150", "0.66")
    service.save_premium_rules(ctx, service.PremiumRules(under_five=True))
    inputs = [i.__class__(**{**i.__dict__, "under_five": True}) for i in staff()]
    service.run_month(ctx, MONTH, inputs)
    service.close_month(ctx, MONTH)
    service.save_premium_rules(ctx, service.PremiumRules())
    screen = service.register_screen(ctx, MONTH)
    assert screen.rules_of_month and screen.rules.under_five
    other = service.register_screen(ctx, "2026-10")
    assert not other.rules_of_month and not other.rules.under_five


def test_payslips_are_saved_with_progress_by_the_default_renderer(ctx, tmp_path):
    service.run_month(ctx, MONTH, staff())
    progress = Progress()
    folder = tmp_path / "명세서"
    files = service.save_payslips(ctx, MONTH, folder, progress=progress)
    assert sorted(f.name for f in files) == sorted(p.name for p in folder.iterdir())
    assert len(files) == 4 and all(f.read_bytes().startswith(b"%PDF") for f in files)
    assert progress.snapshot() == (4, 4)


class Crash(BaseException):
    pass


def test_unknown_deliveries_name_who_a_crash_left_unknown(ctx, monkeypatch):
    with smtp_server() as (inbox, port):
        service.save_mail_settings(ctx, service.SmtpSettings(host="127.0.0.1", port=port, security="none",
                                                             sender="payroll@heemang.example"))
        service.run_month(ctx, MONTH, staff())
        assert service.unknown_deliveries(ctx, MONTH) == []
        monkeypatch.setattr(mailer, "record_result", lambda *a: (_ for _ in ()).throw(Crash()))
        with pytest.raises(Crash):
            service.send_payslips(ctx, MONTH)
    [unknown] = service.unknown_deliveries(ctx, MONTH)
    assert (unknown.employee_no, unknown.state, unknown.recipient) == ("E001", service.SENDING, "kim@example.org")
    assert len(inbox.messages) == 1


def test_a_facility_allowance_is_booked_under_allowances_and_a_deduction_under_none(ctx):
    with collect() as changed:
        service.add_pay_item(ctx, "night_care", "야간근무수당", service.PAY)
        service.add_pay_item(ctx, "union", "노조비", service.DEDUCTION)
    assert changed.changes.entities == {"pay_item"} and len(changed.changes.ids("pay_item")) == 2
    profile, items = service.pay_settings(ctx, "emp-1")
    mine = {i.code: i for i in items}
    assert (mine["night_care"].account, mine["union"].account) == ("112", "")
    assert profile == service.ProfileInput()


def test_employer_settings_save_the_facts_and_the_premium_rules_together(ctx):
    facts, classes, rules = service.employer_settings(ctx, MONTH)
    assert not facts.complete and "under_150" in classes and not rules.saturday_overtime
    with pytest.raises(ValidationError):
        service.save_employer_settings(ctx, MONTH, "nonsense", "0.66", service.PremiumRules(saturday_overtime=True))
    assert not service.premium_rules(ctx).saturday_overtime  # refused: the rules were not saved either
    service.save_employer_settings(ctx, MONTH, "under_150", "0.66", service.PremiumRules(saturday_overtime=True))
    facts, _classes, rules = service.employer_settings(ctx, MONTH)
    assert (facts.size_class, facts.accident_percent, rules.saturday_overtime) == ("under_150", "0.66", True)


def test_the_register_exports_as_the_screen_shows_it_with_a_total_row(ctx, tmp_path, paths, capsys):
    import openpyxl

    from heemang_desktop.cli import main

    service.run_month(ctx, MONTH, staff())
    view = service.require_register(ctx, MONTH)
    assert service.export_register(ctx, MONTH, tmp_path / "대장.xlsx") == 4
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(tmp_path / "대장.xlsx")["급여대장"].iter_rows()]
    assert rows[0][0] == "2026년 9월 급여대장 (희망요양원, 작성 중)"
    header, kim, choi, total = rows[1], rows[2], rows[5], rows[6]
    col = header.index
    assert header[:5] == ["사번", "성명", "고용형태", "직종", "지급총액"]
    assert header[-3:] == ["실지급액", "사업주부담", "확인"]
    tax = view.entries[0].amount("income_tax")
    assert (kim[col("성명")], kim[col("실지급액")], kim[col("소득세")]) == ("김복지", 2_809_800, tax)
    assert choi[col("확인")].startswith("최저임금 미달")
    assert total[:2] == ["합계", "4명"] and total[col("실지급액")] == view.total("net")
    assert total[col("사업주부담")] == view.total("employer")
    ctx.close()
    assert main(["--data-dir", str(paths.data_dir), "payroll", "export", "--month", MONTH,
                 str(tmp_path / "cli.xlsx")]) == 0
    assert "급여대장 4명을 저장했습니다" in capsys.readouterr().out
