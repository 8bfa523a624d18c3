"""사업주 부담분 (employer's social-insurance shares), checked by hand: September 2026 rates, a facility
under 150 employees (고용안정·직업능력개발 0.25%) with a notified 산재 rate of 0.66%.

Each share is floor10 of pay × rate, on the same pay and with the same exemptions as the employee's:

김복지 (taxable 2,900,000)
  국민연금 2,900,000 × 4.75% = 137,750
  건강     2,900,000 × 3.595% = 104,255 → 104,250
  장기요양 104,250 × 9,448 / 71,900 = 13,698.9 → 13,690
  고용     2,900,000 × 0.9% = 26,100
  고용안정 2,900,000 × 0.25% = 7,250
  산재     2,900,000 × 0.66% = 19,140                                  total 308,180
박요양 (taxable 3,077,497)
  국민연금 base 3,077,000 × 4.75% = 146,157.5 → 146,150
  건강     3,077,497 × 3.595% = 110,635.9 → 110,630
  장기요양 110,630 × 9,448 / 71,900 = 14,537.4 → 14,530
  고용     3,077,497 × 0.9% = 27,697.4 → 27,690
  고용안정 3,077,497 × 0.25% = 7,693.7 → 7,690
  산재     3,077,497 × 0.66% = 20,311.4 → 20,310                        total 327,000
이일용 (day laborer, 6 days × 200,000 = 1,200,000; under 8 days: no 국민연금/건강)
  고용 10,800 · 고용안정 3,000 · 산재 7,920                             total 21,720
최단시 (part-timer, 40 h a month: only 산재)  400,000 × 0.66% = 2,640      total 2,640
Register: 308,180 + 327,000 + 21,720 + 2,640 = 659,540
Resolution (사회보험부담비용, one line per insurance):
  국민연금 137,750 + 146,150 = 283,900
  건강보험 104,250 + 110,630 = 214,880
  장기요양 13,690 + 14,530 = 28,220
  고용보험 (26,100 + 27,690 + 10,800) + (7,250 + 7,690 + 3,000) = 82,530
  산재보험 19,140 + 20,310 + 7,920 + 2,640 = 50,010                      sum 659,540
"""

from __future__ import annotations

import pytest
from helpers_payroll import staff

from heemang_desktop.payroll import employer, expense, payslip, rates, register
from heemang_desktop.payroll.compute import compute
from heemang_desktop.payroll.employer import EmployerFacts
from heemang_desktop.render.pdf import html_to_pdf
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.outbox import pending_entity_ids

MONTH = "2026-09"
SHARES = {
    "E001": (137_750, 104_250, 13_690, 26_100, 7_250, 19_140),
    "E002": (146_150, 110_630, 14_530, 27_690, 7_690, 20_310),
    "E003": (0, 0, 0, 10_800, 3_000, 7_920),
    "E004": (0, 0, 0, 0, 0, 2_640),
}
CODES = ("er_pension", "er_health", "er_ltc", "er_employment", "er_stability", "er_accident")


def test_employer_shares_of_the_four_people():
    r = rates.for_month(MONTH)
    for inp in staff():
        result = compute(inp, r, employer=EmployerFacts("under_150", 660))
        assert tuple(result.amount(c) for c in CODES) == SHARES[inp.employee_no], inp.employee_no
        # the employee's figures do not move
        assert result.net == compute(inp, r).net
    kim = compute(staff()[0], r, employer=EmployerFacts("under_150", 660))
    assert kim.employer == 308_180
    assert next(ln for ln in kim.lines if ln.code == "er_stability").basis.endswith("(150인 미만)")


def test_size_class_is_data_of_the_rate_table():
    """150인 이상 1,000인 미만: 2,900,000 × 0.65% = 18,850."""
    r = rates.for_month(MONTH)
    result = compute(staff()[0], r, employer=EmployerFacts("150_to_999", 660))
    assert result.amount("er_stability") == 18_850


def test_register_total_and_the_resolution_lines(ctx):
    from heemang_desktop.accounting.budget import set_budget
    from heemang_desktop.accounting.resolutions import get_resolution
    from heemang_desktop.payroll.models import PayrollRegister

    facts = employer.save_facts(ctx, MONTH, "under_150", "0.66")
    assert (facts.size_class, facts.accident_rate) == ("under_150", 660)
    register.run_month(ctx, MONTH, staff())
    view = register.get_register(ctx, MONTH)
    assert view.total("employer") == 659_540
    assert view.total("deductions") == sum(e.deductions for e in view.entries)  # not mixed in
    register.close_month(ctx, MONTH)
    for code in ("111", "112", "113", "116"):
        set_budget(ctx, 2026, "세출", code, 100_000_000)
    expense.draft_resolution(ctx, MONTH)
    with ctx.store.session() as s:
        rid = s.get(PayrollRegister, view.id).resolution_id
    resolution = get_resolution(ctx, rid)
    social = [(ln.amount, ln.note) for ln in resolution.lines if ln.account_code == "116"]
    assert social == [(283_900, "2026-09 국민연금 사업주 부담분 (급여대장)"),
                      (214_880, "2026-09 건강보험 사업주 부담분 (급여대장)"),
                      (28_220, "2026-09 장기요양보험 사업주 부담분 (급여대장)"),
                      (82_530, "2026-09 고용보험 사업주 부담분 (급여대장)"),
                      (50_010, "2026-09 산재보험 사업주 부담분 (급여대장)")]
    assert resolution.total == view.total("gross") + 659_540


def test_a_month_without_the_facility_settings_cannot_be_closed(ctx):
    register.run_month(ctx, MONTH, staff())
    kim = register.get_register(ctx, MONTH).entries[0]
    assert kim.amount("er_pension") == 137_750 and kim.amount("er_accident") == 0  # computed what it can
    with pytest.raises(ValidationError, match="고용안정·직업능력개발, 산재보험"):
        register.close_month(ctx, MONTH)
    employer.save_facts(ctx, MONTH, "under_150", "0.66")
    register.run_month(ctx, MONTH, staff())
    assert register.close_month(ctx, MONTH).closed


def test_settings_are_checked_and_synced(ctx):
    with pytest.raises(ValidationError, match="사업장 규모"):
        employer.save_facts(ctx, MONTH, "tiny", "0.66")
    for bad in ("", "abc", "0", "0.6666", "100"):
        with pytest.raises(ValidationError, match="산재보험료율"):
            employer.save_facts(ctx, MONTH, "under_150", bad)
    employer.save_facts(ctx, MONTH, "priority_150", "1.2%")
    assert employer.get_facts(ctx) == EmployerFacts("priority_150", 1_200)
    assert employer.get_facts(ctx).accident_percent == "1.2"
    with ctx.store.session() as s:
        assert len(pending_entity_ids(s, "payroll_employer")) == 1


def test_payslips_stay_the_employees_own(ctx, tmp_path):
    register.run_month(ctx, MONTH, staff())
    before = payslip.digest(register.get_register(ctx, MONTH).entries[0])
    employer.save_facts(ctx, MONTH, "under_150", "0.66")
    register.run_month(ctx, MONTH, staff())
    kim = register.get_register(ctx, MONTH).entries[0]
    # a payslip mailed before the employer settings is not "changed" by them (no 정정 mail)
    assert payslip.digest(kim) == before
    html = payslip.payslip_html("희망요양원", MONTH, kim)
    assert "사업주" not in html and "산재" not in html
    assert payslip.render_entry(ctx, MONTH, kim, tmp_path / "k.pdf", html_to_pdf).stat().st_size > 0
