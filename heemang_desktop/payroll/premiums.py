"""Pay for the month's extra hours (근로기준법 §56, 기간제법 §6): 시간외, 야간, 휴일 lines.

The multipliers are data (resources/payroll/premiums.json). Holiday hours are paid +50 % for the
first 8 of a day and +100 % beyond (§56②), and are never overtime as well; night adds +50 % on
top of either. A facility of fewer than 5 staff pays the hours without premiums (시행령 별표 1).
"""

from __future__ import annotations

import functools

from heemang_desktop.resources import load_json
from heemang_desktop.store.errors import ValidationError

UNDER_FIVE_NOTE = "5인 미만 사업장: 가산 없음"


@functools.cache
def _table() -> dict:
    return load_json("payroll/premiums.json")


def factors(month: str, under_five: bool = False) -> dict:
    """The multipliers in force on the month's first day (or the under-5 ones)."""
    table = _table()
    if under_five:
        return table["under_five"]
    first = f"{month}-01"
    started = [p for p in table["periods"] if p["from"] <= first]
    if not started:
        raise ValidationError(f"{month}에 시행 중인 가산율이 없습니다: resources/payroll/premiums.json", "month")
    return max(started, key=lambda p: p["from"])


def _hm(minutes: int) -> str:
    return f"{minutes // 60}시간" + (f" {minutes % 60}분" if minutes % 60 else "")


def _x(fraction) -> str:
    num, den = fraction
    return f"{num / den:g}"


def hour_line(code: str, inp, hourly: int, hourly_basis: str, month: str) -> tuple[int, str]:
    """(amount, basis) of the "overtime", "night" or "holiday" line; (0, "") for another code."""
    f = factors(month, inp.under_five)
    note = f" ({UNDER_FIVE_NOTE})" if inp.under_five else ""
    if code in ("overtime", "night"):
        minutes = inp.overtime_minutes if code == "overtime" else inp.night_minutes
        num, den = f[code]
        return minutes * hourly * num // (60 * den), f"{hourly_basis} × {_hm(minutes)} × {_x(f[code])}{note}"
    if code == "holiday":
        over8 = min(inp.holiday_over8_minutes, inp.holiday_minutes)
        first = inp.holiday_minutes - over8
        (hn, hd), (on, od) = f["holiday"], f["holiday_over8"]
        # one division for both parts: the won are truncated once
        amount = hourly * (first * hn * od + over8 * on * hd) // (60 * hd * od)
        parts = f"{_hm(first)} × {_x(f['holiday'])}"
        if over8:
            parts = f"({parts} + 8시간 초과 {_hm(over8)} × {_x(f['holiday_over8'])})"
        return amount, f"{hourly_basis} × {parts}{note}"
    return 0, ""
