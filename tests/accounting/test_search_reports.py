"""The resolution list search (business name, total, 적요, account, paging) and the books."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from acc_helpers import budget, expense, income

from heemang_desktop.accounting import reports
from heemang_desktop.accounting.budget import budget_sheet
from heemang_desktop.accounting.chart import add_detail_account, chart
from heemang_desktop.accounting.resolutions import cancel_resolution
from heemang_desktop.accounting.search import ResolutionQuery, search_all, search_resolutions
from heemang_desktop.store.errors import ValidationError


@pytest.fixture
def books(ctx):
    budget(ctx, {"111": 10_000_000, "131": 1_000_000, "321": 2_000_000})
    income(ctx, "보조금 수령", [("313", 5_000_000)], day=date(2026, 9, 1), summary="9월 시군구 보조금")
    expense(ctx, "어르신 나들이", [("321", 350_000), ("131", 40_000)], day=date(2026, 9, 2), summary="버스 임차")
    expense(ctx, "9월 급여", [("111", 3_000_000)], day=date(2026, 9, 25), summary="9월분")
    c = expense(ctx, "어르신 나들이 간식", [("321", 50_000)], day=date(2026, 9, 3), summary="간식")
    cancel_resolution(ctx, c.id)
    return ctx


def _numbers(page):
    return [r.business_name for r in page.rows]


def test_search_by_business_contains_and_total(books):
    page = search_resolutions(books, ResolutionQuery(year=2026, business="나들이"))
    assert _numbers(page) == ["어르신 나들이 간식", "어르신 나들이"]  # newest first
    spaced = search_resolutions(books, ResolutionQuery(year=2026, business="나 들 이", total=390_000))
    assert spaced.rows[0].total == 390_000
    rng = search_resolutions(books, ResolutionQuery(year=2026, min_total=100_000, max_total=4_000_000))
    assert _numbers(rng) == ["9월 급여", "어르신 나들이"]
    row = rng.rows[1]
    assert row.summary == "버스 임차" and row.lines == (("321", 350_000), ("131", 40_000))
    assert row.sync_state == "전송 대기"


def test_search_by_summary_account_state_kind(books):
    assert _numbers(search_resolutions(books, ResolutionQuery(summary="보조금"))) == ["보조금 수령"]
    assert _numbers(search_resolutions(books, ResolutionQuery(account_code="131"))) == ["어르신 나들이"]
    assert _numbers(search_resolutions(books, ResolutionQuery(state="cancelled"))) == ["어르신 나들이 간식"]
    assert len(search_resolutions(books, ResolutionQuery(kind="지출")).rows) == 3
    assert search_resolutions(books, ResolutionQuery(business="100%")).rows == []


def test_keyset_pages_cover_every_row_once_in_each_sort(books):
    for sort in ("date", "number", "total", "business"):
        for descending, min_total in ((True, None), (False, None), (True, 1)):  # min_total: the narrow-amount plan
            q = ResolutionQuery(year=2026, limit=1, sort=sort, descending=descending, min_total=min_total)
            seen = []
            while True:
                page = search_resolutions(books, q)
                seen += [r.id for r in page.rows]
                if page.next_after is None:
                    break
                q = replace(q, after=page.next_after)
            assert len(seen) == len(set(seen)) == 4
    totals = [r.total for r in search_all(books, ResolutionQuery(sort="total", descending=False))]
    assert totals == sorted(totals)


def test_budget_vs_actual_with_subtotals(books):
    r = reports.build(books, "budget", 2026)
    rows = {(row[0], row[1]): row for row in r.rows}
    # 예산액, 전용, 예산현액, 집행액, 잔액
    assert rows[("세출", "321")][4:9] == [2_000_000, 0, 2_000_000, 350_000, 1_650_000]  # the cancelled one is not spent
    assert rows[("세출", "3")][6:8] == [2_000_000, 350_000]  # 관 사업비
    assert rows[("세출", "1")][6:8] == [11_000_000, 3_040_000]  # 관 사무비 = 111 + 131
    assert rows[("세입", "313")][7] == 5_000_000
    total = [row for row in r.rows if row[2] == "세출 합계"][0]
    assert total[6:8] == [13_000_000, 3_390_000]


def test_cash_book_running_balance(books):
    r = reports.build(books, "cashbook", 2026, date(2026, 9, 2), date(2026, 9, 30))
    assert r.rows[0][3] == "전기이월" and r.rows[0][7] == 5_000_000
    balances = [row[7] for row in r.rows[1:-1]]
    assert balances == [4_650_000, 4_610_000, 1_610_000]
    assert r.rows[-1][5:8] == [0, 3_390_000, 1_610_000]


def test_ledger_and_statement(books):
    ledger = reports.build(books, "ledger", 2026)
    heads = [row[0] for row in ledger.rows if row[0]]
    assert heads == ["세입 313 시군구보조금", "세출 111 급여", "세출 131 여비", "세출 321 프로그램사업비"]
    st = reports.build(books, "statement", 2026)
    assert [row for row in st.rows if row[2] == "세입 합계"][0][4] == 5_000_000
    assert [row for row in st.rows if row[2] == "세출 합계"][0][4] == 3_390_000


def test_report_period_outside_year_refused(books):
    with pytest.raises(ValidationError):
        reports.build(books, "cashbook", 2026, date(2025, 12, 1), date(2026, 1, 31))


def test_report_html_and_excel(books, tmp_path):
    r = reports.build(books, "budget", 2026)
    assert "2,000,000" in reports.to_html(r)
    path = tmp_path / "b.xlsx"
    assert reports.to_excel(r, path) == len(r.rows)
    from openpyxl import load_workbook

    ws = load_workbook(path).active
    assert ws["A1"].value.startswith("예산 대비 집행 현황")


def test_detail_account_under_a_mok_becomes_the_leaf(ctx):
    acc = add_detail_account(ctx, "세출", "132", "사무용품", 2026)
    assert acc.code == "132-01"
    c = chart(ctx, 2026)
    assert not c.is_leaf(c.get("세출", "132")) and c.is_leaf(c.get("세출", "132-01"))
    with pytest.raises(ValidationError, match="세목이 있는 목"):
        expense(ctx, "X", [("132", 1)])
    budget(ctx, {"132-01": 500_000})
    expense(ctx, "사무용품 구입", [("132-01", 30_000)])
    revisions, rows = budget_sheet(ctx, 2026)
    by = {(r.side, r.code): r for r in rows}
    assert by[("세출", "13")].current == 500_000 and by[("세출", "1")].current == 500_000
    with pytest.raises(ValidationError, match="목 아래에만"):
        add_detail_account(ctx, "세출", "13", "잘못", 2026)


def test_budget_revisions_in_order_and_sheet(ctx):
    from heemang_desktop.accounting.budget import set_budget

    with pytest.raises(ValidationError, match="본예산"):
        set_budget(ctx, 2026, "세출", "111", 1, revision=1)
    assert set_budget(ctx, 2026, "세출", "111", 1_000) == "created"
    assert set_budget(ctx, 2026, "세출", "111", 1_000) == "unchanged"
    set_budget(ctx, 2026, "세출", "131", 500)
    set_budget(ctx, 2026, "세출", "111", 2_000, revision=1)
    revisions, rows = budget_sheet(ctx, 2026)
    by = {(r.side, r.code): r for r in rows}
    assert revisions == 2
    assert by[("세출", "111")].amounts == (1_000, 2_000)
    assert by[("세출", "131")].amounts == (500, 500)  # untouched by 추경1: keeps its amount
    assert by[("세출", "1")].current == 2_500
