"""The year's payroll rate table (resources/payroll/rates/<year>.json), and integer arithmetic on it.

A month whose year has no table is refused with the missing file's name: last year's rates are
never used silently.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from heemang_desktop.resources import resource_path
from heemang_desktop.store.errors import ValidationError

Fraction = tuple[int, int]


def times(amount: int, fraction) -> int:
    """amount × num / den, truncated to whole won (never a float)."""
    num, den = fraction
    return amount * num // den


def floor10(amount: int) -> int:
    return amount // 10 * 10


def parse_month(month: str) -> tuple[int, int]:
    try:
        year, mon = (int(p) for p in month.split("-"))
        if not 1 <= mon <= 12 or len(month) != 7:
            raise ValueError
    except ValueError:
        raise ValidationError(f"지급연월은 2026-09 형식이어야 합니다: '{month}'", "month") from None
    return year, mon


@dataclass(frozen=True)
class MonthRates:
    """The rates that apply to one pay month."""

    month: str
    table: dict  # the year's parsed JSON (read-only)
    pension_min: int
    pension_max: int

    def __getitem__(self, key):
        return self.table[key]


def rates_file(year: int):
    return resource_path("payroll", "rates", f"{year}.json")


def load_year(year: int) -> dict:
    path = rates_file(year)
    if not path.is_file():
        raise ValidationError(
            f"{year}년 급여 요율표가 없습니다: {path} 파일을 추가하세요. 지난해 요율로 계산하지 않습니다.", "month")
    return json.loads(path.read_text(encoding="utf-8"))


def for_month(month: str) -> MonthRates:
    year, _ = parse_month(month)
    table = load_year(year)
    for period in table["national_pension"]["periods"]:
        if period["from"] <= month <= period["to"]:
            return MonthRates(month, table, period["base_min"], period["base_max"])
    raise ValidationError(f"{year}년 요율표에 {month}의 국민연금 기준소득월액 구간이 없습니다: {rates_file(year)}", "month")
