"""`accounting close-month|reopen-month`: the months `year close` asks for can be closed headless."""

from __future__ import annotations

import json
from datetime import date

import pytest
from acc_helpers import budget, expense
from settlement_year import SURPLUS, a_year

from heemang_desktop.accounting.periods import closed_months
from heemang_desktop.cli import main
from heemang_desktop.store.errors import ValidationError


def _json(capsys, *argv) -> dict:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_close_a_month_refuses_its_resolutions_and_reopen_allows_them_again(ctx, paths, capsys):
    budget(ctx, {"132": 1_000_000})
    base = ["--data-dir", str(paths.data_dir), "accounting"]
    closed = _json(capsys, *base, "close-month", "--month", "2026-09", "--json")
    assert closed == {"year": 2026, "month": 9, "closed": True, "closed_months": [9]}
    with pytest.raises(ValidationError, match="2026년 9월은 마감되어"):
        expense(ctx, "사무용품", [("132", 50_000)], date(2026, 9, 10))
    expense(ctx, "사무용품", [("132", 50_000)], date(2026, 10, 1))  # the next month is still open

    assert main([*base, "reopen-month", "--month", "2026-09"]) == 0
    assert "2026년 9월의 마감을 해제했습니다. 2026년 마감된 달: 없음" in capsys.readouterr().out
    assert closed_months(ctx, 2026) == []
    assert expense(ctx, "사무용품", [("132", 50_000)], date(2026, 9, 10)).total == 50_000


@pytest.mark.parametrize("month", ["2026-13", "9월", "2026-09-01"])
def test_a_month_not_written_as_year_dash_month_is_refused(ctx, paths, capsys, month):
    capsys.readouterr()
    assert main(["--data-dir", str(paths.data_dir), "accounting", "close-month", "--month", month]) == 1
    assert "달은 2026-10 형식으로 적으세요" in capsys.readouterr().err
    assert closed_months(ctx, 2026) == []


def test_the_last_month_closed_from_the_cli_lets_the_year_close(ctx, paths, capsys):
    a_year(ctx, close_months=range(1, 12))
    data_dir = ["--data-dir", str(paths.data_dir)]
    assert main([*data_dir, "year", "close", "--year", "2026"]) == 1
    assert "마감하지 않은 달: 12월" in capsys.readouterr().err
    again = _json(capsys, *data_dir, "accounting", "close-month", "--month", "2026-12", "--json")
    assert again["closed_months"] == list(range(1, 13))
    year = _json(capsys, *data_dir, "year", "close", "--year", "2026", "--json")
    assert (year["closed"], year["carry_over"]) == (True, SURPLUS)
    # A closed year's months stay as they are: reopening one is refused with the year's reason.
    assert main([*data_dir, "accounting", "reopen-month", "--month", "2026-12"]) == 1
    assert "결산 마감" in capsys.readouterr().err
    assert closed_months(ctx, 2026) == list(range(1, 13))
