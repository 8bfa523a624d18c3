"""The 결산 bundle takes the 후원금 수입 및 사용결과보고서 from donations' door (only when the year has donations)
and the year's 재산 changes from assets' door, each figure as those features report it."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from heemang_desktop.accounting import service as accounting
from heemang_desktop.assets import service as assets
from heemang_desktop.donations import service as donations


def test_bundle_has_the_donation_report_and_the_asset_changes(ctx, tmp_path):
    accounting.set_budget(ctx, 2026, "세출", "212", 3_000_000)
    res = accounting.save_resolution(ctx, accounting.ResolutionInput(
        kind="지출", resolution_date=date(2026, 3, 10), business_name="생활실 가전 구입",
        lines=[accounting.LineInput("212", 1_200_000)], funding_source="보조금", payment_method="계좌이체"))
    assets.acquire(ctx, res.id, 1, assets.AssetInput(category="비품", kind="주방기기", name="세탁기", cost=1_200_000,
                                                     location="1층 세탁실", custodian="김영희"))
    assets.add_asset(ctx, assets.AssetInput(category="재산", kind="차량운반구", name="승합차",
                                            acquired_on=date(2020, 5, 1), cost=25_000_000, location="주차장",
                                            custodian="박철수"))  # bought before 2026: not a change of the year
    settlement = accounting.build_settlement(ctx, 2026)
    assert "donations1" not in [r.kind for r in settlement.reports]  # no gifts in 2026: no donation report
    changes = settlement.get("assets")
    assert changes.rows == [["취득", "2026-03-10", changes.rows[0][2], "비품", "세탁기", 1_200_000, None, "보조금"]]

    donations.set_income_setup(ctx, donations.IncomeSetup(deposit_accounts=("농협 후원금전용 301-0000-0000-01",)))
    donor = donations.add_donor(ctx, donations.DonorInput(name="김개인", donor_kind="개인", phone="010-1000-0001")).id
    donations.record_gift(ctx, donations.GiftInput(donor_id=donor, gift_date=date(2026, 9, 1), method="계좌이체",
                                                   amount=300_000, designation="비지정"))
    settlement = accounting.build_settlement(ctx, 2026)
    usage = donations.usage_report(ctx, 2026)
    parts = [r for r in settlement.reports if r.kind.startswith("donations")]
    assert [(r.headers, r.rows) for r in parts] == [(s.headers, s.rows) for s in usage.sections]
    assert any(300_000 in row for row in parts[0].rows)
    book = load_workbook(accounting.save_settlement(settlement, tmp_path / "결산.xlsx"))
    assert "후원금보고서1" in book.sheetnames and "김개인" not in str(list(book["후원금보고서1"].values))
