"""The register fills from HR's cards and attendance (HR's public functions), then CLI, transfers, resolution."""

from __future__ import annotations

import json
from datetime import date, time

from helpers_payroll import hire_staff

from heemang_desktop.cli import main
from heemang_desktop.excel.layout import Layout
from heemang_desktop.excel.reader import read_rows
from heemang_desktop.hr.attendance import month_summary, record_day
from heemang_desktop.payroll import register, settings
from heemang_desktop.render.pdf import pdf_page_count


def month_of_attendance(ctx, cards):
    care, day = cards["E002"].id, cards["E003"].id
    for d in (1, 2, 3):  # Tue–Thu night shifts 22:00–07:00
        record_day(ctx, care, date(2026, 9, d), time(22, 0), time(7, 0))
    record_day(ctx, care, date(2026, 9, 6), time(9, 0), time(18, 0))  # a Sunday: holiday work
    for d in (7, 8, 9, 10, 11, 14, 15, 16, 17):  # nine days worked
        record_day(ctx, day, date(2026, 9, d), time(9, 0), time(18, 0))


def test_run_uses_cards_attendance_and_pay_settings(ctx):
    cards = hire_staff(ctx)
    month_of_attendance(ctx, cards)
    settings.save_profile(ctx, cards["E001"].id, settings.ProfileInput(standing={"position": 100_000, "meal": 200_000}))
    settings.save_profile(ctx, cards["E004"].id, settings.ProfileInput(monthly_hours=40))
    result = register.run_month(ctx, "2026-09")
    assert result.created == 4
    view = {e.employee_no: e for e in register.get_register(ctx, "2026-09").entries}
    # the social worker: the worked example, now from the card and pay settings
    assert view["E001"].net == 2_809_800
    # the care worker: HR's minutes × 통상시급 11,483 (2,400,000 ÷ 209) × 0.5 (night) and × 1.5 (holiday)
    hr = {s.employee_no: s for s in month_summary(ctx, "2026-09")}["E002"]
    assert hr.night_minutes > 0 and hr.holiday_minutes > 0
    assert view["E002"].amount("night") == hr.night_minutes * 11_483 // 120
    assert view["E002"].amount("holiday") == hr.holiday_minutes * 11_483 * 3 // 120
    # the day laborer: 9 days × 200,000 = 1,800,000; 9 ≥ 8 days → pension 85,500, health 64,710
    e3 = view["E003"]
    assert (e3.gross, e3.amount("pension"), e3.amount("health")) == (1_800_000, 85_500, 64_710)
    # the part-timer: 40 contract hours → under every threshold, flagged under the minimum wage
    assert view["E004"].deductions == 0 and view["E004"].flags == ("최저임금 미달: 시간당 10,000원 < 10,320원",)


def test_cli_month_from_run_to_resolution(ctx, paths, tmp_path, capsys):
    from heemang_desktop.accounting.budget import set_budget
    from heemang_desktop.accounting.resolutions import get_resolution

    cards = hire_staff(ctx)
    month_of_attendance(ctx, cards)
    d = ["--data-dir", str(paths.data_dir)]
    assert main(d + ["payroll", "employer", "--month", "2026-09", "--size", "under_150", "--accident", "0.66"]) == 0
    assert "산재보험료율 0.66%" in capsys.readouterr().out
    assert main(d + ["payroll", "run", "--month", "2026-09", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["employees"] == 4 and list(out["flags"]) == ["E004"]
    assert main(d + ["payroll", "payslips", "--month", "2026-09", "--out", str(tmp_path / "pdf")]) == 0
    pdfs = sorted((tmp_path / "pdf").glob("*.pdf"))
    assert [p.name for p in pdfs][0] == "급여명세서_2026-09_E001_김복지.pdf" and len(pdfs) == 4
    assert pdf_page_count(pdfs[0]) == 1
    assert main(d + ["payroll", "transfers", "--month", "2026-09", str(tmp_path / "bank.xlsx")]) == 0
    layout = Layout("t", "이체목록", ("사번", "이체금액"), ("성명", "계좌번호"), {}, {}, ())
    _, rows = read_rows(tmp_path / "bank.xlsx", layout)
    assert [r.values["사번"] for r in rows] == ["E001", "E002", "E003", "E004"]
    assert rows[0].values["계좌번호"] == "301-1234-5678-11"  # whole, as the bank needs it
    assert sum(r.values["이체금액"] for r in rows) == register.get_register(ctx, "2026-09").total("net")

    # a resolution needs the month closed first
    assert main(d + ["payroll", "resolution", "--month", "2026-09"]) == 1
    assert "먼저 마감" in capsys.readouterr().err
    assert main(d + ["payroll", "close", "--month", "2026-09"]) == 0
    capsys.readouterr()
    for code in ("111", "112", "113", "116"):
        set_budget(ctx, 2026, "세출", code, 100_000_000)
    assert main(d + ["payroll", "resolution", "--month", "2026-09", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"resolution": "2026-지출-0001"}
    view = register.get_register(ctx, "2026-09")
    assert view.resolution_number == "2026-지출-0001"
    with ctx.store.session() as s:
        from heemang_desktop.payroll.models import PayrollRegister

        rid = s.get(PayrollRegister, view.id).resolution_id
    resolution = get_resolution(ctx, rid)
    lines = {ln.account_code: ln.amount for ln in resolution.lines}
    assert resolution.total == view.total("gross") + view.total("employer")
    assert resolution.resolution_date == date(2026, 9, 30)
    assert sum(ln.amount for ln in resolution.lines if ln.account_code == "116") == view.total("employer") > 0
    assert lines["113"] == 1_800_000 and lines["111"] == 2_800_000 + 2_400_000 + 400_000
    assert main(d + ["payroll", "resolution", "--month", "2026-09"]) == 1  # only once
