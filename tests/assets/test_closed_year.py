"""A year closed by the 결산 has reported its asset changes: no acquisition, move, disposal or correction may be
dated in it, by hand or by upload; the year after stays open."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from heemang_desktop.accounting import service as accounting
from heemang_desktop.assets import service
from heemang_desktop.excel.pipeline import run_import
from heemang_desktop.store.errors import ValidationError

LOCKED = "2026년은 결산 마감되어 재산·비품 변동을 기록할 수 없습니다"


def test_a_closed_year_takes_no_asset_change(ctx, bought, tmp_path):
    accounting.save_resolution(ctx, accounting.ResolutionInput(
        kind="수입", resolution_date=date(2026, 1, 5), business_name="시군구 보조금",
        lines=[accounting.LineInput("313", 2_000_000)]))
    for month in range(1, 13):
        accounting.close_month(ctx, 2026, month)
    accounting.close_year(ctx, 2026)
    washer = bought["washer"]
    with pytest.raises(ValidationError, match=LOCKED):
        service.move(ctx, washer.id, service.MoveInput(date(2026, 12, 30), "창고", "김영희"))
    with pytest.raises(ValidationError, match=LOCKED):
        service.dispose(ctx, washer.id, service.DisposeInput(date(2026, 12, 30), "폐기", approval="승인",
                                                             approved_on=date(2026, 12, 29)))
    with pytest.raises(ValidationError, match=LOCKED):
        service.add_asset(ctx, service.AssetInput(category="비품", name="책상", acquired_on=date(2026, 6, 1),
                                                  cost=100_000))
    with pytest.raises(ValidationError, match=LOCKED):
        service.correct(ctx, washer.id, service.AssetInput(category="비품", name="드럼세탁기"))
    moved = service.move(ctx, washer.id, service.MoveInput(date(2027, 1, 4), "창고", "김영희"))
    assert moved.location == "창고"

    from heemang_desktop.assets.imports import write_assets_template

    path = tmp_path / "assets.xlsx"
    write_assets_template(path)
    wb = openpyxl.load_workbook(path)
    wb.active["C2"] = "2026-06-01"
    wb.save(path)
    report = run_import(ctx, "assets", path)
    assert [(e.row, e.column) for e in report.rejected] == [(2, "취득일자")]
    assert LOCKED in report.rejected[0].reason
