"""The payroll rate table in force on a date (resources/payroll/rates/<valid-from>.json), and integer
arithmetic on it.

A file is in force from the date in its name until the next file. Rates change every year, so a
year needs a file of its own: a month whose year has none is refused with the missing file's name
(last year's rates are never used silently). Inside a file, lists of entries with a "from" date
(the 자녀 amounts of the 간이세액표) change within the year: `MonthRates.in_force` picks one.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

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
    table: dict  # the in-force file's parsed JSON (read-only)
    pension_min: int
    pension_max: int
    source: Path  # the rates file in force; data it names (the 간이세액표 CSV) lies beside its folder

    def __getitem__(self, key):
        return self.table[key]

    @property
    def day(self) -> date:
        """The day the month's rates are taken on: its first (pay is withheld in the pay month)."""
        year, mon = parse_month(self.month)
        return date(year, mon, 1)

    def in_force(self, entries: list[dict]) -> dict:
        """The entry whose "from" date is the latest on or before the month's first day."""
        on = self.day.isoformat()
        started = [e for e in entries if e["from"] <= on]
        if not started:
            raise ValidationError(f"{self.month}에 시행 중인 항목이 요율표에 없습니다: "
                                  f"{entries[0]['from']}부터 있습니다.",
                                  "month")
        return max(started, key=lambda e: e["from"])


def rates_dir() -> Path:
    return resource_path("payroll", "rates")


def dated_files() -> dict[date, Path]:
    """valid-from date -> file, for every rates/<YYYY-MM-DD>.json."""
    found = {}
    for path in rates_dir().glob("*.json"):
        try:
            found[date.fromisoformat(path.stem)] = path
        except ValueError:
            continue
    return found


def file_in_force(day: date) -> Path:
    """The file in force on `day`: the latest valid-from on or before it, within the same year."""
    files = dated_files()
    started = [d for d in files if d <= day and d.year == day.year]
    if not started:
        expected = rates_dir() / f"{day.year}-01-01.json"
        raise ValidationError(
            f"{day.year}년 급여 요율표가 없습니다: {expected} 파일을 추가하세요. 지난해 요율로 계산하지 않습니다.",
            "month")
    return files[max(started)]


@functools.cache
def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def for_month(month: str) -> MonthRates:
    year, mon = parse_month(month)
    path = file_in_force(date(year, mon, 1))
    table = _load(path)
    for period in table["national_pension"]["periods"]:
        if period["from"] <= month <= period["to"]:
            return MonthRates(month, table, period["base_min"], period["base_max"], path)
    raise ValidationError(f"{path} 요율표에 {month}의 국민연금 기준소득월액 구간이 없습니다.", "month")
