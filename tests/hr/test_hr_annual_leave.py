"""Annual leave by 근로기준법 §60 from the hire date (domain.md §4)."""

from datetime import date

import pytest

from heemang_desktop.hr.annual_leave import leave_year

HIRE = date(2024, 3, 2)


@pytest.mark.parametrize("on,granted", [
    (date(2024, 3, 2), 0), (date(2024, 4, 1), 0), (date(2024, 4, 2), 1), (date(2024, 9, 15), 6),
    (date(2025, 3, 1), 11),  # first year: a day per full month, at most 11
    (date(2025, 3, 2), 15), (date(2026, 3, 2), 15), (date(2027, 3, 2), 16),  # +1 per 2 years beyond the first
    (date(2029, 3, 2), 17), (date(2050, 3, 2), 25),  # capped at 25
])
def test_days_granted(on, granted):
    assert leave_year(HIRE, on).granted == granted


def test_leave_year_runs_from_anniversary():
    y = leave_year(HIRE, date(2026, 9, 1))
    assert (y.start, y.end, y.years_of_service) == (date(2026, 3, 2), date(2027, 3, 1), 2)


def test_hired_on_29_february():
    assert leave_year(date(2024, 2, 29), date(2025, 2, 28)).granted == 15
