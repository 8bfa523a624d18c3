"""Worked examples, each checked by hand (September 2026 rates, resources/payroll/rates/2026-01-01.json).

Conventions: floor10(x) drops the won below 10; a×b/c is integer arithmetic truncated to the won.
"""

from __future__ import annotations

import pytest

from heemang_desktop.payroll import rates
from heemang_desktop.payroll.compute import PayrollInput, compute
from heemang_desktop.payroll.withholding import monthly
from heemang_desktop.store.errors import ValidationError

SEPT = rates.for_month("2026-09")


def amounts(result) -> dict:
    return {line.code: line.amount for line in result.lines}


def test_check_vector_of_the_domain_notes():
    """domain.md §4: taxable 3,000,000 (Jul–Oct 2026) → 142,500 · 107,850 · 14,170 · 27,000 (291,520)."""
    a = amounts(compute(PayrollInput("e", "E0", "기준", base_pay=3_000_000), SEPT))
    assert (a["pension"], a["health"], a["ltc"], a["employment"]) == (142_500, 107_850, 14_170, 27_000)
    assert a["pension"] + a["health"] + a["ltc"] + a["employment"] == 291_520


def test_full_time_social_worker():
    """사회복지사, 정규: 기본급 2,800,000 + 직책수당 100,000 + 식대 200,000; 본인+2명, 8~20세 자녀 1명.

    gross 3,100,000; 식대 200,000 ≤ 200,000 limit → non-taxable 200,000; taxable 2,900,000
    국민연금 2,900,000 (already whole thousands, within 410,000–6,590,000) × 4.75% = 137,750
    건강     2,900,000 × 3.595% = 104,255 → floor10 104,250
    장기요양 104,250 × 9,448 / 71,900 = 13,698.9 → floor10 13,690
    고용     2,900,000 × 0.9% = 26,100
    소득세: 간이세액표 row 2,900,000 이상 2,910,000 미만, 3명 → 28,480 − 자녀 1명 20,830 (from 2026-03-01) = 7,650
    지방소득세 7,650 × 10% = 765 → 760
    deductions 137,750 + 104,250 + 13,690 + 26,100 + 7,650 + 760 = 290,200; net 2,809,800
    """
    inp = PayrollInput("e1", "E001", "김복지", job_type="사회복지사", base_pay=2_800_000, dependants=3, children=1,
                       standing={"position": 100_000, "meal": 200_000})
    r = compute(inp, SEPT)
    assert (r.gross, r.nontaxable, r.taxable) == (3_100_000, 200_000, 2_900_000)
    assert amounts(r) == {"base": 2_800_000, "position": 100_000, "meal": 200_000, "overtime": 0, "night": 0,
                          "holiday": 0, "pension": 137_750,
                               "health": 104_250, "ltc": 13_690, "employment": 26_100, "income_tax": 7_650,
                               "local_tax": 760}
    assert (r.deductions, r.net, r.flags) == (290_200, 2_809_800, ())
    # 통상임금 2,900,000 (기본급 + 직책수당) ÷ 209 h = 13,875 won/h ≥ 10,320
    assert r.hourly == 13_875


def test_care_worker_with_night_and_holiday_hours():
    """요양보호사, 정규: 기본급 2,400,000; 시간외 10 h, 야간 40 h, 휴일 16 h from attendance.

    통상시급 2,400,000 ÷ 209 = 11,483.25 → 11,483
    시간외 11,483 × 10 h × 1.5 = 172,245
    야간   11,483 × 40 h × 0.5 = 229,660 (the night premium on hours already paid)
    휴일   11,483 × 16 h × 1.5 = 275,592
    gross = taxable = 2,400,000 + 172,245 + 229,660 + 275,592 = 3,077,497
    국민연금 base 3,077,000 (below 1,000 dropped) × 4.75% = 146,157.5 → 146,150
    건강 3,077,497 × 3.595% = 110,635.9 → 110,630; 장기요양 110,630 × 9,448/71,900 = 14,537.0 → 14,530
    고용 3,077,497 × 0.9% = 27,697.4 → 27,690
    소득세: 간이세액표 row 3,060,000 이상 3,080,000 미만, 1명 → 79,480; 지방 7,948 → 7,940
    net 3,077,497 − (146,150 + 110,630 + 14,530 + 27,690 + 79,480 + 7,940 = 386,420) = 2,691,077
    """
    inp = PayrollInput("e2", "E002", "박요양", job_type="요양보호사", base_pay=2_400_000,
                       overtime_minutes=600, night_minutes=2_400, holiday_minutes=960)
    r = compute(inp, SEPT)
    a = amounts(r)
    assert (a["overtime"], a["night"], a["holiday"]) == (172_245, 229_660, 275_592)
    assert r.gross == r.taxable == 3_077_497
    assert (a["pension"], a["health"], a["ltc"], a["employment"]) == (146_150, 110_630, 14_530, 27_690)
    assert (a["income_tax"], a["local_tax"]) == (79_480, 7_940)
    assert (r.deductions, r.net) == (386_420, 2_691_077)
    night = next(ln for ln in r.lines if ln.code == "night")
    assert "11,483원" in night.basis and "40시간" in night.basis and "0.5" in night.basis


def test_day_laborer_paid_by_work_days():
    """일용: 일급 200,000 × 6 days = 1,200,000.

    국민연금·건강: 6 days < 8 → not applied (so no 장기요양 either)
    고용 (day laborers stay insured) 1,200,000 × 0.9% = 10,800
    소득세 per day (200,000 − 150,000) × 6% = 3,000, less 55% (1,650) = 1,350 ≥ 1,000 → × 6 = 8,100
    지방소득세 810; net 1,200,000 − 10,800 − 8,100 − 810 = 1,180,290
    """
    inp = PayrollInput("e3", "E003", "이일용", employment_type="일용", daily_wage=200_000, work_days=6)
    r = compute(inp, SEPT)
    a = amounts(r)
    assert a["base"] == 1_200_000
    assert (a["pension"], a["health"], a["ltc"], a["employment"]) == (0, 0, 0, 10_800)
    assert (a["income_tax"], a["local_tax"], r.net) == (8_100, 810, 1_180_290)
    assert "8일 미만" in next(ln for ln in r.lines if ln.code == "pension").basis
    # 8 days: pension and health apply: 1,600,000 × 4.75% = 76,000; × 3.595% = 57,520
    a8 = amounts(compute(PayrollInput("e3", "E003", "이일용", employment_type="일용", daily_wage=200_000,
                                      work_days=8), SEPT))
    assert (a8["pension"], a8["health"]) == (76_000, 57_520)


def test_part_timer_below_the_insurance_thresholds_and_minimum_wage():
    """단시간: 월 400,000 for 40 h of attendance.

    40 h < 60 h a month → no 국민연금, 건강, 장기요양, 고용
    400,000 < 770,000 (the table's first row) → 소득세 0, 지방소득세 0; net 400,000
    hourly 400,000 ÷ 40 h = 10,000 < 10,320 → flagged on the register
    """
    inp = PayrollInput("e4", "E004", "최단시", employment_type="단시간", base_pay=400_000, regular_minutes=2_400)
    r = compute(inp, SEPT)
    a = amounts(r)
    assert all(a[c] == 0 for c in ("pension", "health", "ltc", "employment", "income_tax", "local_tax"))
    assert r.net == 400_000
    assert r.flags == ("최저임금 미달: 시간당 10,000원 < 10,320원",)
    # 600,000 for the same 40 h is 15,000 won/h: no flag
    assert compute(PayrollInput("e4", "E004", "최단시", employment_type="단시간", base_pay=600_000,
                                regular_minutes=2_400), SEPT).flags == ()


def test_pension_base_limits_change_in_july():
    """7,000,000 a month: Jun base capped at 6,370,000 (302,575 → 302,570); Sep at 6,590,000 (313,025 → 313,020)."""
    inp = PayrollInput("e", "E", "고액", base_pay=7_000_000)
    assert amounts(compute(inp, rates.for_month("2026-06")))["pension"] == 302_570
    assert amounts(compute(inp, SEPT))["pension"] == 313_020


def test_override_is_marked_and_followed():
    """소득세 by hand 50,000 → 지방소득세 5,000; 건강 by hand 100,000 → 장기요양 100,000 × 9,448/71,900 = 13,140."""
    r = compute(PayrollInput("e", "E", "수기", base_pay=3_000_000), SEPT, {"income_tax": 50_000, "health": 100_000})
    a = amounts(r)
    assert (a["income_tax"], a["local_tax"], a["health"], a["ltc"]) == (50_000, 5_000, 100_000, 13_140)
    tax = next(ln for ln in r.lines if ln.code == "income_tax")
    assert tax.overridden and "수기" in tax.basis and "74,350원" in tax.basis


def test_withholding_choice_80_100_120():
    base = monthly(3_000_000, 1, 0, 100, SEPT).income_tax
    assert base == 74_350  # 간이세액표 3,000,000 이상 3,020,000 미만, 1명
    assert monthly(3_000_000, 1, 0, 80, SEPT).income_tax == 59_480  # 74,350 × 80%
    assert monthly(3_000_000, 1, 0, 120, SEPT).income_tax == 89_220  # 74,350 × 120%


def test_meal_allowance_over_the_limit_and_meals_in_kind():
    """식대 250,000: 200,000 non-taxable, 50,000 taxable; with meals given in kind it is all taxable."""
    inp = PayrollInput("e", "E", "식대", base_pay=2_500_000, standing={"meal": 250_000})
    assert compute(inp, SEPT).taxable == 2_550_000
    inp.meals_in_kind = True
    assert compute(inp, SEPT).taxable == 2_750_000


def test_a_year_without_a_rate_table_is_refused_naming_the_file():
    with pytest.raises(ValidationError) as err:
        rates.for_month("2031-01")
    assert "2031-01-01.json" in str(err.value) and "지난해 요율로 계산하지 않습니다" in str(err.value)
