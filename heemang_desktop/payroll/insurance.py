"""Social-insurance shares (국민연금, 건강, 장기요양, 고용), int won, truncated below 10 won.

The employee's rate unless `rate` is given (the employer's share, payroll/employer.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from heemang_desktop.payroll.rates import MonthRates, floor10, times


@dataclass(frozen=True)
class Share:
    amount: int
    basis: str  # how it was computed, for the payslip


def _pct(fraction) -> str:
    num, den = fraction
    return f"{num * 100 / den:g}%"


def pension(pay: int, r: MonthRates, rate=None) -> Share:
    t = r["national_pension"]
    rate = rate or t["employee_rate"]
    base = pay // t["base_truncate"] * t["base_truncate"]
    clamped = min(max(base, r.pension_min), r.pension_max)
    note = "" if clamped == base else f" (기준소득월액 {r.pension_min:,}~{r.pension_max:,}원 범위로 조정)"
    amount = floor10(times(clamped, rate))
    return Share(amount, f"기준소득월액 {clamped:,}원{note} × {_pct(rate)}, 10원 미만 절사")


def health(pay: int, r: MonthRates, rate=None) -> Share:
    t = r["health"]
    rate = rate or t["employee_rate"]
    raw = floor10(times(pay, rate))
    amount = min(max(raw, t["share_min"]), t["share_max"])
    note = "" if amount == raw else f" (하한 {t['share_min']:,}원·상한 {t['share_max']:,}원 적용)"
    return Share(amount, f"보수월액 {pay:,}원 × {_pct(rate)}, 10원 미만 절사{note}")


def long_term_care(health_share: int, r: MonthRates) -> Share:
    frac = r["long_term_care"]["share_of_health"]
    amount = floor10(times(health_share, frac))
    return Share(amount, f"건강보험료 {health_share:,}원 × {frac[0]:,}/{frac[1]:,} (보수의 0.9448%), 10원 미만 절사")


def employment(pay: int, r: MonthRates, rate=None) -> Share:
    frac = rate or r["employment"]["employee_rate"]
    return Share(floor10(times(pay, frac)), f"보수월액 {pay:,}원 × {_pct(frac)}, 10원 미만 절사")
