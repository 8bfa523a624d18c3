"""지정후원금: up to 15 % of a designated donation may pay fundraising and administration costs."""

from __future__ import annotations

from datetime import date

import pytest

from heemang_desktop.accounting.service import designated_share
from heemang_desktop.store.errors import ValidationError


def test_allowed_share_is_15_percent_and_within_it_there_is_no_warning():
    check = designated_share(date(2026, 5, 1), 1_000_000, 150_000)
    assert (check.percent, check.allowed, check.over, check.warning) == (15, 150_000, 0, "")
    assert "issue 12" in check.source


def test_one_won_above_the_share_warns_with_the_figures():
    check = designated_share(date(2026, 5, 1), 1_000_000, 150_001)
    assert check.over == 1
    assert check.warning == ("지정후원금 1,000,000원의 15%인 150,000원까지만 모금 및 운영관리 비용에 쓸 수 있습니다. "
                             "150,001원은 1원 많습니다.")


def test_share_rounds_down_to_the_won():
    """333,333 × 15 / 100 = 49,999.95: the limit is 49,999, never above 15 %."""
    assert designated_share(date(2026, 5, 1), 333_333).allowed == 49_999
    assert designated_share(date(2026, 5, 1), 333_333, 50_000).over == 1


def test_a_date_before_the_first_rule_uses_the_first_rule():
    assert designated_share(date(2019, 1, 1), 200_000).allowed == 30_000


@pytest.mark.parametrize("donation, spent", [(-1, 0), (1_000, -5), (1_000.0, 0), (True, 0)])
def test_amounts_must_be_whole_won_not_below_zero(donation, spent):
    with pytest.raises(ValidationError, match="원 단위 정수"):
        designated_share(date(2026, 5, 1), donation, spent)
