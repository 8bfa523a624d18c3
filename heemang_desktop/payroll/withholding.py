"""Monthly withholding income tax: a lookup in the published 간이세액표 (소득세법 시행령 별표 2).

The table's rows (770,000 to <10,000,000 won, 1–11 공제대상가족) are shipped as a CSV in
resources/payroll/withholding/ (source and checks in README.md there); the rules outside the rows are in the
rates file in force: exactly 10,000,000 won, the bands above it, more than 11 family members, the
dated 8~20세 자녀 amounts, 소액부징수. Order, as 별표 2 and 시행령 §194① give it: the table amount
for the family count → less the 자녀 amount (not below 0) → × the employee's 80/100/120 % → below
10 won dropped (국고금 관리법 §47) → under 1,000 won not collected (소득세법 §86).
"""

from __future__ import annotations

import csv
import functools
from bisect import bisect_right
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from heemang_desktop.payroll.rates import MonthRates, floor10, times
from heemang_desktop.store.errors import ValidationError

FAMILY_COLUMNS = 11


@dataclass(frozen=True)
class Tax:
    income_tax: int
    local_tax: int
    basis: str


@dataclass(frozen=True)
class Table:
    lows: tuple[int, ...]  # each row's 이상 bound, ascending
    highs: tuple[int, ...]  # each row's 미만 bound
    amounts: tuple[tuple[int, ...], ...]  # each row's tax for 1..11 family members


@functools.cache
def load_table(path: Path) -> Table:
    """The CSV, read once per process; a gap or overlap between rows is refused (a row is 이상…미만)."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        if header != ["from_krw", "to_krw"] + [f"f{i}" for i in range(1, FAMILY_COLUMNS + 1)]:
            raise ValueError(f"{path}: unexpected columns {header}")
        rows = [tuple(int(v) for v in row) for row in reader if row]
    for before, after in pairwise(rows):
        if before[1] != after[0]:
            raise ValueError(f"{path}: rows {before[0]} and {after[0]} are not contiguous")
    return Table(tuple(r[0] for r in rows), tuple(r[1] for r in rows), tuple(r[2:] for r in rows))


def for_family(amounts, family: int) -> tuple[int, str]:
    """One row's amount for `family` members; above 11, 별표 2 제4호: the 11-member amount less the
    10→11 step once per member beyond 11 (not below 0)."""
    if family <= FAMILY_COLUMNS:
        return amounts[family - 1], f"공제대상가족 {family}명"
    a10, a11 = amounts[FAMILY_COLUMNS - 2], amounts[FAMILY_COLUMNS - 1]
    extra = family - FAMILY_COLUMNS
    return max(a11 - (a10 - a11) * extra, 0), (
        f"공제대상가족 {family}명 (11명 {a11:,}원 − (10명 {a10:,} − 11명 {a11:,}) × {extra})")


def table_amount(pay: int, family: int, r: MonthRates) -> tuple[int, str]:
    """The table's amount (100 %, before the 자녀 amount) and the row it came from."""
    t = r["income_tax"]
    table = load_table(r.source.parent.parent / "withholding" / t["table"])
    top = t["at_10m"]["pay"]
    if pay < table.lows[0]:
        return 0, f"월 {table.lows[0]:,}원 미만: 간이세액표 첫 행 아래, 세액 없음"
    if pay < top:
        i = bisect_right(table.lows, pay) - 1
        if pay >= table.highs[i]:  # a table that stops short of 10,000,000 must not stretch its last row
            raise ValidationError(f"간이세액표에 월 과세급여 {pay:,}원의 행이 없습니다: {t['table']}", "taxable")
        amount, fam = for_family(table.amounts[i], family)
        return amount, f"간이세액표 {table.lows[i]:,} 이상 {table.highs[i]:,} 미만 행, {fam} 열 {amount:,}원"
    base, fam = for_family(t["at_10m"]["amounts"], family)
    if pay == top:
        return base, f"간이세액표 {top:,}원 행, {fam} 열 {base:,}원"
    band = [b for b in t["over_10m"]["bands"] if pay > b["over"]][-1]
    above = pay - band["over"]
    (fn, fd), (rn, rd) = band["factor"], band["rate"]
    amount = floor10(base + band["fixed"] + above * fn * rn // (fd * rd))
    factor = f"{100 * fn // fd}% × " if fn != fd else ""
    return amount, (f"월 {band['over']:,}원 초과: {top:,}원 행 {fam} {base:,}원 + {band['fixed']:,}원 + "
                    f"{above:,}원 × {factor}{100 * rn // rd}% = {amount:,}원 (10원 미만 절사)")


def child_amount(children: int, r: MonthRates) -> tuple[int, str]:
    """별표 2 제3호: the amount taken off for 8~20세 자녀, by the entry in force in the pay month."""
    if children <= 0:
        return 0, "8~20세 자녀 없음"
    c = r.in_force(r["income_tax"]["child_reduction"])
    amount = c["one"] if children == 1 else c["two"] + (children - 2) * c["each_more"]
    return amount, f"8~20세 자녀 {children}명 {amount:,}원 ({c['from']} 시행 금액)"


def monthly(pay: int, persons: int, children: int, percent: int, r: MonthRates) -> Tax:
    family = max(persons, 1)  # the employee always counts
    amount, row = table_amount(pay, family, r)
    child, child_note = child_amount(children, r)
    after_child = max(amount - child, 0)
    steps = [f"월 과세급여 {pay:,}원: {row}"
             + (f" − {child_note} = {after_child:,}원" if child else f" · {child_note}")]
    tax = floor10(after_child * percent // 100)
    steps.append(f"원천징수 비율 {percent}%"
                 + (f": {after_child:,} × {percent}%, 10원 미만 절사" if percent != 100 else ""))
    minimum = r["income_tax"]["min_collected"]
    if 0 < tax < minimum:
        steps.append(f"{tax:,}원은 {minimum:,}원 미만 소액부징수 (소득세법 §86)")
        tax = 0
    local = floor10(times(tax, r["local_income_tax"]))
    return Tax(tax, local, " · ".join(steps) + f" → {tax:,}원")


def day_laborer(daily_wages: list[int], r: MonthRates) -> Tax:
    """일용근로소득: per day (wage − 150,000) × 6% less the 55% credit; under 1,000 won a day not collected."""
    d = r["day_laborer_tax"]
    total = 0
    for wage in daily_wages:
        computed = times(max(wage - d["daily_deduction"], 0), d["rate"])
        tax = computed - times(computed, d["credit"])
        total += floor10(tax) if tax >= d["min_tax"] else 0
    local = floor10(times(total, r["local_income_tax"]))
    return Tax(total, local,
               f"일용근로소득: 일 (일급 − {d['daily_deduction']:,}원) × 6% × (1 − 55%), 1,000원 미만 소액부징수")
