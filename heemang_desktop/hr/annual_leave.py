"""Annual leave granted by 근로기준법 §60, counted from the hire date (domain.md §4).

- First year: 1 day for each full month worked, at most 11 (§60②).
- After each full year: 15 days (§60①), +1 for every 2 years beyond the first (§60④), at most 25.
The ≥80 % attendance condition is assumed met; a facility records exceptions as leave refused.
The leave year runs from the hire anniversary to the day before the next one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

FIRST_YEAR_MAX = 11
BASE_DAYS = 15
MAX_DAYS = 25


@dataclass(frozen=True)
class LeaveYear:
    start: date
    end: date  # inclusive
    granted: float
    years_of_service: int


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def full_years(hire: date, on: date) -> int:
    years = on.year - hire.year
    if _add_years(hire, years) > on:
        years -= 1
    return max(0, years)


def full_months(hire: date, on: date) -> int:
    months = (on.year - hire.year) * 12 + on.month - hire.month
    if _add_months(hire, months) > on:
        months -= 1
    return max(0, months)


def leave_year(hire: date, on: date) -> LeaveYear:
    """The leave year containing `on`, and the days it grants as of `on`."""
    years = full_years(hire, on)
    start = _add_years(hire, years)
    end = _add_years(hire, years + 1) - timedelta(days=1)
    if years == 0:
        granted = min(FIRST_YEAR_MAX, full_months(hire, on))
    else:
        granted = min(MAX_DAYS, BASE_DAYS + (years - 1) // 2)
    return LeaveYear(start, end, float(granted), years)
