"""연도 마감: refused while a month is open; the year's surplus becomes next year's 전년도이월금 budget line;
the closed year refuses every write; only an admin with a reason reopens it, and that is recorded and queued."""

from __future__ import annotations

import json
from datetime import date

import pytest
from acc_helpers import PAID, expense
from settlement_year import SURPLUS, a_year
from sqlalchemy import select

from heemang_desktop.accounting.budget import budget_sheet, set_budget
from heemang_desktop.accounting.lines import LineInput
from heemang_desktop.accounting.periods import close_month, closed_months, reopen_month
from heemang_desktop.accounting.resolutions import ResolutionInput, cancel_resolution, save_resolution
from heemang_desktop.accounting.transfers import TransferInput, cancel_transfer, save_transfer
from heemang_desktop.accounting.year_close import close_year, reopen_year, year_state
from heemang_desktop.context import Actor
from heemang_desktop.store.errors import PermissionDenied, ValidationError
from heemang_desktop.sync.models import OutboxEntry

LOCKED = "2026년 회계연도는 결산 마감되어"


def _carry(ctx, year: int = 2027) -> int:
    rows = {(r.side, r.code): r for r in budget_sheet(ctx, year)[1]}
    return rows[("세입", "811")].current


def test_open_months_are_listed_and_nothing_changes(ctx):
    a_year(ctx, close_months=range(1, 11))
    with pytest.raises(ValidationError, match="마감하지 않은 달: 11월, 12월"):
        close_year(ctx, 2026)
    assert year_state(ctx, 2026).open_months == (11, 12)
    assert not year_state(ctx, 2026).closed
    assert _carry(ctx) == 0


def test_surplus_becomes_next_years_carry_over_line(ctx):
    a_year(ctx)
    state = close_year(ctx, 2026)
    assert (state.income, state.expense, state.carry_over) == (40_500_000, 33_200_000, 7_300_000)
    assert state.carry_over == SURPLUS and state.closed and state.state_label == "마감"
    assert _carry(ctx) == 7_300_000
    with ctx.transaction() as s:
        assert "year_close" in s.scalars(select(OutboxEntry.entity)).all()


def test_carry_over_updates_the_latest_revision_naming_it(ctx):
    set_budget(ctx, 2027, "세입", "811", 5_000_000)  # estimated in the 본예산
    set_budget(ctx, 2027, "세입", "811", 6_000_000, revision=1)  # and again in 추경1
    a_year(ctx)
    close_year(ctx, 2026)
    sheet = {(r.side, r.code): r for r in budget_sheet(ctx, 2027)[1]}[("세입", "811")]
    assert sheet.amounts == (5_000_000, 7_300_000) and sheet.current == 7_300_000


def test_every_write_path_of_a_closed_year_is_refused(ctx):
    transfer = a_year(ctx)
    close_year(ctx, 2026)
    from heemang_desktop.accounting.search import ResolutionQuery, search_all

    some = search_all(ctx, ResolutionQuery(year=2026))[0]
    attempts = {
        "new resolution": lambda: save_resolution(ctx, ResolutionInput(
            "지출", date(2026, 12, 30), "추가", [LineInput("321", 10_000)], **PAID)),
        "cancel resolution": lambda: cancel_resolution(ctx, some.id),
        "budget": lambda: set_budget(ctx, 2026, "세출", "321", 6_000_000),
        "transfer": lambda: save_transfer(ctx, TransferInput(date(2026, 12, 1), "711", "321", 1_000, "행사",
                                                             "이사회 의결")),
        "cancel transfer": lambda: cancel_transfer(ctx, transfer.id),
        "reopen month": lambda: reopen_month(ctx, 2026, 12),
        "close month": lambda: close_month(ctx, 2026, 12),
    }
    for attempt in attempts.values():
        with pytest.raises(ValidationError, match=LOCKED):
            attempt()
    assert closed_months(ctx, 2026) == list(range(1, 13))
    with pytest.raises(ValidationError, match="이미 결산 마감"):
        close_year(ctx, 2026)
    set_budget(ctx, 2027, "세출", "321", 1_000_000)  # the next year stays open


def test_reopen_needs_an_admin_and_a_reason_and_is_recorded(ctx):
    a_year(ctx)
    close_year(ctx, 2026)
    admin = ctx.actor
    ctx.actor = Actor("acc", "최회계", "accountant")
    with pytest.raises(PermissionDenied, match="관리자만"):
        reopen_year(ctx, 2026, "감사 지적으로 결의서 수정")
    assert year_state(ctx, 2026).closed
    ctx.actor = admin
    with pytest.raises(ValidationError, match="사유"):
        reopen_year(ctx, 2026, "  ")
    state = reopen_year(ctx, 2026, "감사 지적으로 결의서 수정")
    assert not state.closed and state.state_label == "마감 해제"
    assert (state.reopen_reason, state.reopened_by) == ("감사 지적으로 결의서 수정", admin.login_id)
    with ctx.transaction() as s:
        payloads = [json.loads(p) for p in s.scalars(select(OutboxEntry.payload).where(
            OutboxEntry.entity == "year_close"))]
    assert any(p.get("reopen_reason") == "감사 지적으로 결의서 수정" for p in payloads)
    reopen_month(ctx, 2026, 12)  # writable again
    expense(ctx, "추가 급여", [("111", 100_000)], date(2026, 12, 28))
    close_month(ctx, 2026, 12)
    assert close_year(ctx, 2026).carry_over == 7_200_000
    assert _carry(ctx) == 7_200_000


def test_cli_year_close_and_reopen(ctx, paths, capsys):
    from heemang_desktop.cli import main

    a_year(ctx, close_months=range(1, 12))
    base = ["--data-dir", str(paths.data_dir), "year"]
    assert main([*base, "close", "--year", "2026", "--json"]) == 1
    assert "마감하지 않은 달: 12월" in capsys.readouterr().out
    close_month(ctx, 2026, 12)
    assert main([*base, "close", "--year", "2026", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["closed"], data["income"], data["expense"], data["carry_over"]) == (True, 40_500_000, 33_200_000,
                                                                                      SURPLUS)
    assert main([*base, "reopen", "--year", "2026", "--reason", "결의서 정정"]) == 0
    assert "마감 해제 사유: 결의서 정정" in capsys.readouterr().out
    assert not year_state(ctx, 2026).closed
    assert main([*base, "close", "--year", "2026"]) == 0  # closed again: says what this close did
    out = capsys.readouterr().out
    assert out.startswith("2026년 결산을 마감했습니다: 세입 40,500,000원 · 세출 33,200,000원") and "사유" not in out
    assert "2027년 예산의 세입 811 과목" in out and year_state(ctx, 2026).closed


def test_a_year_spending_more_than_it_took_in_is_not_closed(ctx):
    set_budget(ctx, 2026, "세출", "321", 1_000_000)
    set_budget(ctx, 2026, "세입", "313", 1_000_000)
    income_ = ResolutionInput("수입", date(2026, 2, 1), "보조금", [LineInput("313", 300_000)])
    save_resolution(ctx, income_)
    expense(ctx, "행사", [("321", 500_000)], date(2026, 3, 1))
    for month in range(1, 13):
        close_month(ctx, 2026, month)
    with pytest.raises(ValidationError, match="세출 500,000원이 세입 300,000원보다 많아"):
        close_year(ctx, 2026)
    assert not year_state(ctx, 2026).closed and _carry(ctx) == 0
