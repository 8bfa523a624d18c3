"""Monthly withholding income tax (간이세액표) — a FORMULA RECONSTRUCTION, not the published table.

The real 간이세액표 (소득세법 시행령 별표 2) is a large annex we do not ship. Its rows are built by
a stated method, reproduced here with every parameter in resources/payroll/rates/<year>.json:
the bracket's middle pay × 12 → 근로소득공제 → 인적공제 (1.5M × 공제대상가족) → 연금보험료공제 →
특별소득공제 등 (by family count) → 기본세율 → 근로소득세액공제 → ÷ 12 → less 자녀 amounts →
truncated below 10 won; then the employee's chosen 80/100/120%. Results may differ from the
published table by tens of won: check it against the table before relying on it.
"""

from __future__ import annotations

from dataclasses import dataclass

from heemang_desktop.payroll.rates import MonthRates, floor10, times


@dataclass(frozen=True)
class Tax:
    income_tax: int
    local_tax: int
    basis: str


def bracket_middle(pay: int, t: dict) -> int:
    """The table row's middle value for this monthly pay (the table is built on it)."""
    for b in t["brackets"]:
        if b["from"] <= pay < b["to"]:
            low = b["from"] + (pay - b["from"]) // b["step"] * b["step"]
            return low + b["step"] // 2
    return pay


def _progressive(amount: int, bands: list[dict]) -> int:
    band = [b for b in bands if amount > b["over"]] or bands[:1]
    b = band[-1]
    return b["base"] + times(max(amount - b["over"], 0), b["rate"])


def _special(annual: int, persons: int, t: dict) -> int:
    sd = t["special_deduction"]
    fam = [f for f in sd["families"] if f["persons"] <= persons][-1]
    b1, b2, b3, b4 = sd["bands"]
    if annual > b4:
        return 0
    band = 0 if annual <= b1 else 1 if annual <= b2 else 2 if annual <= b3 else 3
    amount = fam["base"] + times(annual, fam["pcts"][band])
    if band == 1:
        amount -= times(annual - b1, sd["band2_minus_rate"])
    if fam.get("extra_over") and annual > fam["extra_over"]:
        amount += times(annual - fam["extra_over"], fam["extra_rate"])
    return amount


def _credit(tax: int, annual: int, t: dict) -> int:
    c = t["earned_income_credit"]
    credit = times(tax, c["low_rate"]) if tax <= c["pivot"] else c["high_base"] + times(tax - c["pivot"], c["high_rate"])
    for lim in c["limits"]:
        if lim["pay_upto"] is None or annual <= lim["pay_upto"]:
            limit = lim["limit"] if "limit" in lim else max(lim["start"] - times(annual - lim["over"], lim["minus"]), lim["floor"])
            return min(credit, limit)
    return credit


def _child_credit(children: int, t: dict) -> int:
    c = t["child_credit"]
    if children <= 0:
        return 0
    if children == 1:
        return c["one"]
    return c["two"] + (children - 2) * c["each_more"]


def table_tax(pay: int, persons: int, children: int, r: MonthRates) -> tuple[int, str]:
    """The reconstructed table value (100%) for monthly taxable pay below 10,000,000, and its steps."""
    t = r["income_tax"]
    if pay < t["no_tax_below"]:
        return 0, f"월 {t['no_tax_below']:,}원 미만: 세액 없음"
    middle = bracket_middle(pay, t)
    annual = middle * 12
    earned = min(_progressive(annual, t["earned_income_deduction"]), t["earned_income_deduction_max"])
    np = r["national_pension"]
    pension_base = min(max(middle // np["base_truncate"] * np["base_truncate"], r.pension_min), r.pension_max)
    pension_annual = floor10(times(pension_base, np["employee_rate"])) * 12
    personal = t["personal_deduction"] * max(persons, 1)
    special = _special(annual, persons, t)
    taxable = annual - earned - personal - pension_annual - special
    steps = (f"구간 중간값 {middle:,}원 × 12 = {annual:,} − 근로소득공제 {earned:,} − 인적공제 {personal:,} − 연금보험료 "
             f"{pension_annual:,} − 특별공제 {special:,} = 과세표준 {max(taxable, 0):,}")
    if taxable <= 0:
        return 0, steps
    tax = _progressive(taxable, t["tax_rates"])
    credit = _credit(tax, annual, t)
    decided = max(tax - credit, 0)
    child = _child_credit(children, t)
    steps += f"; 산출세액 {tax:,} − 근로소득세액공제 {credit:,} = {decided:,}, ÷ 12" + (f" − 자녀 {child:,}" if child else "")
    return floor10(max(decided // 12 - child, 0)), steps


def monthly(pay: int, persons: int, children: int, percent: int, r: MonthRates) -> Tax:
    t = r["income_tax"]
    top = t["brackets"][-1]["to"]
    if pay >= top:
        base, steps = table_tax(top - 1, persons, children, r)
        band = [b for b in t["over_10m"]["bands"] if pay > b["over"]] or t["over_10m"]["bands"][:1]
        b = band[-1]
        base += b["add"] + times(times(pay - b["over"], b["rate"]), b["rate2"])
        base = floor10(base)
        steps += f"; 월 {top:,}원 초과분 가산"
    else:
        base, steps = table_tax(pay, persons, children, r)
    tax = floor10(base * percent // 100)
    local = floor10(times(tax, r["local_income_tax"]))
    how = (f"간이세액표(공식 재구성) 월 과세급여 {pay:,}원, 공제대상가족 {persons}명, 8~20세 자녀 {children}명"
           f"{f', 선택 비율 {percent}%' if percent != 100 else ''} ({steps}), 10원 미만 절사")
    return Tax(tax, local, how)


def day_laborer(daily_wages: list[int], r: MonthRates) -> Tax:
    """일용근로소득: per day (wage − 150,000) × 6% less the 55% credit; under 1,000 won a day not collected."""
    d = r["day_laborer_tax"]
    total = 0
    for wage in daily_wages:
        computed = times(max(wage - d["daily_deduction"], 0), d["rate"])
        tax = computed - times(computed, d["credit"])
        total += floor10(tax) if tax >= d["min_tax"] else 0
    local = floor10(times(total, r["local_income_tax"]))
    return Tax(total, local, f"일용근로소득: 일 (일급 − {d['daily_deduction']:,}원) × 6% × (1 − 55%), 1,000원 미만 소액부징수")
