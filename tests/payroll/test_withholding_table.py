"""The monthly income tax is looked up in the published 간이세액표 (소득세법 시행령 별표 2).

Figures are the published table's (resources/payroll/withholding/, README there) and its rules
outside the rows. Conventions: a row is 이상…미만; below 10 won is dropped; under 1,000 won
is not withheld (소득세법 §86).
"""

from __future__ import annotations

import csv
from itertools import pairwise

import pytest

from heemang_desktop.payroll import rates
from heemang_desktop.payroll.withholding import monthly
from heemang_desktop.resources import resource_path

FEB = rates.for_month("2026-02")
MAR = rates.for_month("2026-03")


def tax(pay: int, family: int = 1, children: int = 0, percent: int = 100, r=MAR) -> int:
    return monthly(pay, family, children, percent, r).income_tax


def published_rows() -> list[list[int]]:
    with resource_path("payroll", "withholding", "kr_withholding_2026-03.csv").open(encoding="utf-8") as fh:
        return [[int(v) for v in row.values()] for row in csv.DictReader(fh)]


def test_the_shipped_table_is_the_published_one():
    """646 rows from 770,000 to <10,000,000 in contiguous 이상…미만 rows, and the cells the NTS
    publishes (domain.md §4 and the README's spot checks) are in it."""
    rows = published_rows()
    assert len(rows) == 646 and all(len(r) == 13 for r in rows)
    assert rows[0][0] == 770_000 and rows[-1][1] == 10_000_000
    assert all(a[1] == b[0] for a, b in pairwise(rows))
    cells = {r[0]: r[2:] for r in rows}
    assert cells[3_000_000][:4] == [74_350, 56_850, 31_940, 26_690]
    assert cells[2_000_000][:4] == [19_520, 14_750, 6_600, 3_220]
    assert cells[5_000_000][:4] == [335_470, 306_710, 237_850, 219_100]
    assert cells[1_060_000][:4] == [1_040, 0, 0, 0]


def test_every_cell_round_trips_through_the_lookup():
    """646 rows × 11 family counts, at each row's lowest pay (이상) and its highest (미만 − 1)."""
    checked = 0
    for row in published_rows():
        low, high, amounts = row[0], row[1], row[2:]
        for family, amount in enumerate(amounts, start=1):
            for pay in (low, high - 1):
                got = monthly(pay, family, 0, 100, MAR)
                assert (got.income_tax, got.local_tax) == (amount, amount // 100 * 10), (pay, family)
                checked += 1
    assert checked == 646 * 11 * 2


def test_row_edges_are_inclusive_below_and_exclusive_above():
    assert tax(2_999_999) == 73_060  # row 2,990,000 이상 3,000,000 미만
    assert tax(3_000_000) == 74_350  # row 3,000,000 이상 3,020,000 미만
    assert tax(3_019_999) == 74_350
    assert tax(3_020_000) == 76_060
    assert tax(769_999) == 0 and tax(0) == 0  # below the first row: no tax


def test_the_two_cases_of_the_issue():
    """Before: 3,000,000 / 1 → 60,380 (지방 6,030); 2,156,880 / 2 → 17,700 (1,770). The table: 74,350 / 17,840."""
    a = monthly(3_000_000, 1, 0, 100, MAR)
    assert (a.income_tax, a.local_tax) == (74_350, 7_430)
    assert "3,000,000 이상 3,020,000 미만" in a.basis and "공제대상가족 1명" in a.basis
    b = monthly(2_156_880, 2, 0, 100, MAR)
    assert (b.income_tax, b.local_tax) == (17_840, 1_780)
    assert "2,150,000 이상 2,160,000 미만" in b.basis and "공제대상가족 2명" in b.basis


def test_exactly_ten_million_has_its_own_row():
    assert [tax(10_000_000, f) for f in range(1, 12)] == [
        1_507_400, 1_431_570, 1_200_840, 1_170_840, 1_140_840, 1_110_840, 1_080_840, 1_050_840, 1_020_840,
        990_840, 960_840]
    assert tax(9_999_999) == 1_503_990  # still the last CSV row
    assert "10,000,000원 행" in monthly(10_000_000, 1, 0, 100, MAR).basis


def test_bands_above_ten_million_at_their_edges():
    """Family 1, B = 1,507,400 (the 10,000,000 row). Truncated to the won, then below 10 won dropped.

    10,000,001: B + 25,000 + 1 × 98% × 35% (0.343 → 0)            = 1,532,400
    14M − 100:  B + 25,000 + 3,999,900 × 0.343 (1,371,965)        = 2,904,365 → 2,904,360
    14M:        B + 25,000 + 4,000,000 × 0.343 (1,372,000)        = 2,904,400 = B + 1,397,000
    14M + 100:  B + 1,397,000 + 100 × 98% × 38% (37)              = 2,904,437 → 2,904,430
    28M − 100:  B + 1,397,000 + 13,999,900 × 0.3724 (5,213,562)   = 8,117,962 → 8,117,960
    28M:        B + 6,610,600                                      = 8,118,000
    28M + 100:  B + 6,610,600 + 100 × 98% × 40% (39)               = 8,118,039 → 8,118,030
    30M − 100:  B + 6,610,600 + 1,999,900 × 0.392 (783,960)       = 8,901,960
    30M:        B + 7,394,600                                      = 8,902,000
    30M + 100:  B + 7,394,600 + 100 × 40% (40)                     = 8,902,040
    45M − 100:  B + 7,394,600 + 14,999,900 × 40% (5,999,960)      = 14,901,960
    45M:        B + 13,394,600                                     = 14,902,000
    45M + 100:  B + 13,394,600 + 100 × 42% (42)                    = 14,902,042 → 14,902,040
    87M − 100:  B + 13,394,600 + 41,999,900 × 42% (17,639,958)    = 32,541,958 → 32,541,950
    87M:        B + 31,034,600                                     = 32,542,000
    87M + 100:  B + 31,034,600 + 100 × 45% (45)                    = 32,542,045 → 32,542,040
    100M:       B + 31,034,600 + 13,000,000 × 45% (5,850,000)     = 38,392,000
    """
    assert tax(10_000_001) == 1_532_400
    edges = {14_000_000: (2_904_360, 2_904_400, 2_904_430), 28_000_000: (8_117_960, 8_118_000, 8_118_030),
             30_000_000: (8_901_960, 8_902_000, 8_902_040), 45_000_000: (14_901_960, 14_902_000, 14_902_040),
             87_000_000: (32_541_950, 32_542_000, 32_542_040)}
    for limit, expected in edges.items():
        assert (tax(limit - 100), tax(limit), tax(limit + 100)) == expected, limit
    assert tax(100_000_000) == 38_392_000
    basis = monthly(14_000_100, 1, 0, 100, MAR).basis
    assert "14,000,000원 초과" in basis and "1,397,000원" in basis and "98% × 38%" in basis


def test_more_than_eleven_family_members():
    """별표 2 제4호: 11명 − (10명 − 11명) × (members beyond 11).

    6,000,000 row: 10명 264,470, 11명 245,720 (step 18,750) → 12명 226,970, 13명 208,220
    10,000,000: 10명 990,840, 11명 960,840 (step 30,000) → 12명 930,840, 13명 900,840
    12,000,000, 12명: 930,840 + 25,000 + 2,000,000 × 0.343 (686,000) = 1,641,840
    3,040,000 row: 10명 4,450, 11명 1,080 → 12명 1,080 − 3,370 < 0 → 0
    """
    assert (tax(6_000_000, 12), tax(6_000_000, 13)) == (226_970, 208_220)
    assert (tax(10_000_000, 12), tax(10_000_000, 13)) == (930_840, 900_840)
    assert tax(12_000_000, 12) == 1_641_840
    assert tax(3_040_000, 12) == 0
    assert "공제대상가족 13명" in monthly(6_000_000, 13, 0, 100, MAR).basis


@pytest.mark.parametrize("children, february, march", [
    (1, 219_100 - 12_500, 219_100 - 20_830),
    (2, 219_100 - 29_160, 219_100 - 45_830),
    (3, 219_100 - 29_160 - 25_000, 219_100 - 45_830 - 33_330),
])
def test_children_amounts_change_on_march_first(children, february, march):
    """5,000,000 won, family 4 (219,100). Jan–Feb 2026: 12,500 / 29,160 / +25,000 a child beyond two;
    from 2026-03-01: 20,830 / 45,830 / +33,330."""
    assert tax(5_000_000, 4, children, r=FEB) == february
    assert tax(5_000_000, 4, children, r=MAR) == march
    basis = monthly(5_000_000, 4, children, 100, MAR).basis
    assert f"8~20세 자녀 {children}명" in basis and "2026-03-01 시행" in basis


def test_children_never_make_the_tax_negative_and_small_amounts_are_not_withheld():
    """2,000,000 / family 3: 6,600 − 20,830 → 0. 3,000,000 / family 5: 21,440 − 20,830 = 610 < 1,000 → 0
    (소득세법 §86); in February 21,440 − 12,500 = 8,940 is withheld."""
    assert tax(2_000_000, 3, 1) == 0
    small = monthly(3_000_000, 5, 1, 100, MAR)
    assert (small.income_tax, small.local_tax) == (0, 0) and "소액부징수" in small.basis
    assert tax(3_000_000, 5, 1, r=FEB) == 8_940


def test_the_employees_80_or_120_percent_choice():
    """시행령 §194①, on the amount after the 자녀 amount, below 10 won dropped.

    3,000,000 / 1: 74,350 × 80% = 59,480; × 120% = 89,220 (지방 8,920)
    2,156,880 / 2: 17,840 × 80% = 14,272 → 14,270; × 120% = 21,408 → 21,400 (지방 2,140)
    5,000,000 / 4, 2 children (March): (219,100 − 45,830) × 120% = 207,924 → 207,920
    1,060,000 / 1: 1,040 × 80% = 832 → 830 < 1,000 → 0
    """
    assert (tax(3_000_000, 1, 0, 80), tax(3_000_000, 1, 0, 120)) == (59_480, 89_220)
    assert monthly(3_000_000, 1, 0, 120, MAR).local_tax == 8_920
    higher = monthly(2_156_880, 2, 0, 120, MAR)
    assert (tax(2_156_880, 2, 0, 80), higher.income_tax, higher.local_tax) == (14_270, 21_400, 2_140)
    assert tax(5_000_000, 4, 2, 120) == 207_920
    assert tax(1_060_000, 1, 0, 80) == 0
    assert "원천징수 비율 120%" in higher.basis and "원천징수 비율 100%" in monthly(2_156_880, 2, 0, 100, MAR).basis
