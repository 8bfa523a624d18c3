"""The resolution list's other filters (dates, account, vendor, state) and the sync state with its reason."""

from __future__ import annotations

from datetime import date

import pytest
from acc_helpers import budget, expense
from sqlalchemy import select

from heemang_desktop.accounting.resolutions import cancel_resolution
from heemang_desktop.accounting.search import ResolutionQuery, search_resolutions
from heemang_desktop.sync.models import REJECTED, OutboxEntry


@pytest.fixture
def listed(ctx):
    budget(ctx, {"131": 1_000_000, "132": 1_000_000, "321": 2_000_000})
    expense(ctx, "출장", [("131", 40_000)], day=date(2026, 8, 30), vendor="한빛여행")
    expense(ctx, "사무용품", [("132", 12_000)], day=date(2026, 9, 3), vendor="문구나라")
    expense(ctx, "나들이", [("321", 300_000), ("131", 20_000)], day=date(2026, 9, 10), vendor="한빛관광")
    c = expense(ctx, "나들이 간식", [("321", 50_000)], day=date(2026, 9, 11))
    cancel_resolution(ctx, c.id)
    return ctx


def names(ctx, **kw):
    return [r.business_name for r in search_resolutions(ctx, ResolutionQuery(year=2026, **kw)).rows]


def test_date_range_account_vendor_and_state(listed):
    assert names(listed, date_from=date(2026, 9, 1), date_to=date(2026, 9, 10)) == ["나들이", "사무용품"]
    assert names(listed, account_code="131") == ["나들이", "출장"]
    assert names(listed, vendor="한빛") == ["나들이", "출장"]
    assert names(listed, state="cancelled") == ["나들이 간식"]
    assert names(listed, state="active", account_code="321") == ["나들이"]


def test_a_rejected_change_shows_its_reason_in_the_list(listed):
    target = search_resolutions(listed, ResolutionQuery(year=2026, business="사무용품")).rows[0]
    assert (target.sync_state, target.sync_reason) == ("전송 대기", "")
    with listed.transaction() as s:
        entry = s.scalars(select(OutboxEntry).where(OutboxEntry.entity_id == target.id)).one()
        entry.state, entry.last_error = REJECTED, "거래처 사업자번호가 올바르지 않습니다."
    rows = {r.business_name: r for r in search_resolutions(listed, ResolutionQuery(year=2026)).rows}
    refused = rows["사무용품"]
    assert (refused.sync_state, refused.sync_reason) == ("거부됨", "거래처 사업자번호가 올바르지 않습니다.")
    assert rows["출장"].sync_reason == ""
