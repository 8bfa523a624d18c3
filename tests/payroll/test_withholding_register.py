"""A payroll month through the real register, its 소득세 taken from the published 간이세액표.

Three staff, run for March 2026 (and February, when the 자녀 amounts were lower). Insurance as
domain.md §4 (Jan–Jun 국민연금 limits); every share truncated below 10 won.

A. 3,000,000 a month, 공제대상가족 1
   국민연금 3,000,000 × 4.75% = 142,500; 건강 × 3.595% = 107,850; 장기요양 107,850 × 9,448/71,900
   = 14,172.0 → 14,170; 고용 × 0.9% = 27,000
   소득세: row 3,000,000 이상 3,020,000 미만, 1명 → 74,350; 지방소득세 7,435 → 7,430
   deductions 142,500 + 107,850 + 14,170 + 27,000 + 74,350 + 7,430 = 373,300; net 2,626,700
B. 2,156,880 (the 2026 minimum wage × 209 h), 공제대상가족 2
   국민연금 2,156,000 × 4.75% = 102,410; 건강 2,156,880 × 3.595% = 77,539.8 → 77,530;
   장기요양 77,530 × 9,448/71,900 = 10,187.8 → 10,180; 고용 19,411.9 → 19,410
   소득세: row 2,150,000 이상 2,160,000 미만, 2명 → 17,840; 지방소득세 1,784 → 1,780
   deductions 102,410 + 77,530 + 10,180 + 19,410 + 17,840 + 1,780 = 229,150; net 1,927,730
C. 5,000,000 + 식대 200,000 (non-taxable), 공제대상가족 4 with two 8~20세 children, 120 % chosen
   국민연금 237,500; 건강 179,750; 장기요양 179,750 × 9,448/71,900 = 23,620; 고용 45,000
   소득세 (March): row 5,000,000 이상 5,020,000 미만, 4명 → 219,100 − 45,830 = 173,270
   × 120% = 207,924 → 207,920; 지방소득세 20,792 → 20,790
   deductions 237,500 + 179,750 + 23,620 + 45,000 + 207,920 + 20,790 = 714,580; net 5,200,000 − 714,580 = 4,485,420
   February: 219,100 − 29,160 = 189,940 × 120% = 227,928 → 227,920; 지방 22,790; net 4,463,420
"""

from __future__ import annotations

from heemang_desktop.payroll import register
from heemang_desktop.payroll.compute import PayrollInput
from heemang_desktop.payroll.payslip import payslip_html
from heemang_desktop.store.base import new_id

IDS = [new_id() for _ in range(3)]


def fixture_staff() -> list[PayrollInput]:
    return [
        PayrollInput(IDS[0], "W001", "가표준", base_pay=3_000_000, dependants=1),
        PayrollInput(IDS[1], "W002", "나최저", base_pay=2_156_880, dependants=2),
        PayrollInput(IDS[2], "W003", "다가족", base_pay=5_000_000, dependants=4, children=2, withholding_percent=120,
                     standing={"meal": 200_000}),
    ]


def figures(ctx, month: str) -> dict:
    register.run_month(ctx, month, fixture_staff())
    return {e.employee_no: (e.amount("income_tax"), e.amount("local_tax"), e.net)
            for e in register.get_register(ctx, month).entries}


def test_a_march_month_withholds_what_the_table_says(ctx):
    assert figures(ctx, "2026-03") == {
        "W001": (74_350, 7_430, 2_626_700),
        "W002": (17_840, 1_780, 1_927_730),
        "W003": (207_920, 20_790, 4_485_420),
    }
    view = {e.employee_no: e for e in register.get_register(ctx, "2026-03").entries}
    assert view["W003"].deductions == 714_580
    assert (view["W001"].amount("pension"), view["W001"].amount("ltc")) == (142_500, 14_170)


def test_february_takes_the_earlier_childrens_amounts(ctx):
    got = figures(ctx, "2026-02")
    assert got["W003"] == (227_920, 22_790, 4_463_420)
    assert got["W001"] == (74_350, 7_430, 2_626_700)  # no children: the same row as in March


def test_the_payslip_shows_how_the_tax_was_found(ctx):
    register.run_month(ctx, "2026-03", fixture_staff())
    entries = {e.employee_no: e for e in register.get_register(ctx, "2026-03").entries}
    plain = payslip_html("희망요양원", "2026-03", entries["W001"])
    assert "간이세액표 3,000,000 이상 3,020,000 미만 행, 공제대상가족 1명 열 74,350원" in plain
    assert "8~20세 자녀 없음" in plain and "원천징수 비율 100%" in plain
    family = payslip_html("희망요양원", "2026-03", entries["W003"])
    assert "5,000,000 이상 5,020,000 미만 행, 공제대상가족 4명 열 219,100원" in family
    assert "8~20세 자녀 2명 45,830원 (2026-03-01 시행 금액) = 173,270원" in family
    assert "원천징수 비율 120%: 173,270 × 120%" in family and "207,920" in family
    assert "재구성" not in family
