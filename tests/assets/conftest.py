"""A 2026 year with a 보조금 expense resolution buying a washing machine and a fridge (212 자산취득비),
and a van bought in 2020, before the app."""

from __future__ import annotations

from datetime import date

import pytest

from heemang_desktop.accounting import service as accounting
from heemang_desktop.assets import service


@pytest.fixture
def bought(ctx):
    accounting.set_budget(ctx, 2026, "세출", "212", 3_000_000)
    res = accounting.save_resolution(ctx, accounting.ResolutionInput(
        kind="지출", resolution_date=date(2026, 3, 10), business_name="생활실 가전 구입",
        lines=[accounting.LineInput("212", 1_800_000, "세탁기 외")], funding_source="보조금",
        payment_method="계좌이체"))
    washer = service.acquire(ctx, res.id, 1, service.AssetInput(
        category="비품", kind="주방기기", name="세탁기", spec="21kg", cost=1_200_000, location="1층 세탁실",
        custodian="김영희", useful_life=5))
    fridge = service.acquire(ctx, res.id, 1, service.AssetInput(
        category="비품", kind="주방기기", name="냉장고", cost=600_000, location="1층 식당", custodian="김영희"))
    van = service.add_asset(ctx, service.AssetInput(
        category="재산", kind="차량운반구", name="승합차", spec="12인승", acquired_on=date(2020, 5, 1),
        cost=25_000_000, location="주차장", custodian="박철수", funding_source="법인전입금", useful_life=10))
    return {"resolution": res, "washer": washer, "fridge": fridge, "van": van}
