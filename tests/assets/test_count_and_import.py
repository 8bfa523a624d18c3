"""The 재물조사 Excel round trip, the import of assets bought before the app, and the registers' totals.

Count of 2026-12-10 (fixture: 세탁기 in 1층 세탁실, 냉장고 in 1층 식당, 승합차 in 주차장), filled as found:
세탁기 있음 in 2층 세탁실 (wrong place), 냉장고 없음 (missing), 승합차 있음 (blank place: where it should be),
and a 전자레인지 in 1층 식당 that the register does not have → three differences.
"""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from heemang_desktop.assets import service
from heemang_desktop.excel.pipeline import run_import
from heemang_desktop.store.errors import ValidationError


def _fill(path, changes: dict[str, tuple[str, str]], extra=()):
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    header = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        number = row[header.index("자산번호")].value
        if number in changes:
            row[header.index("확인")].value, row[header.index("실제위치")].value = changes[number]
    for name, place in extra:
        ws.append({header.index("품명") + 1: name, header.index("확인") + 1: "있음",
                   header.index("실제위치") + 1: place})
    wb.save(path)


def test_count_round_trip_reports_missing_wrong_place_and_extra(ctx, bought, tmp_path):
    count = service.start_count(ctx, 2026, date(2026, 12, 10))
    assert [(ln.asset_number, ln.expected_location, ln.custodian) for ln in count.lines] == [
        ("2020-재산-0001", "주차장", "박철수"), ("2026-비품-0001", "1층 세탁실", "김영희"),
        ("2026-비품-0002", "1층 식당", "김영희")]
    sheet = tmp_path / "조사표.xlsx"
    assert service.write_count_sheet(ctx, sheet) == 3
    _fill(sheet, {"2026-비품-0001": ("있음", "2층 세탁실"), "2026-비품-0002": ("없음", None),
                  "2020-재산-0001": ("있음", None)}, extra=[("전자레인지", "1층 식당")])
    report = run_import(ctx, "assets-count", sheet)
    assert report.saved and (report.created, report.updated) == (1, 3)
    assert [(d.kind, d.asset_number, d.name, d.expected_location, d.found_location)
            for d in service.differences(ctx, count.id)] == [
        ("없음", "2026-비품-0002", "냉장고", "1층 식당", ""),
        ("위치 다름", "2026-비품-0001", "세탁기", "1층 세탁실", "2층 세탁실"),
        ("대장에 없음", "", "전자레인지", "", "1층 식당"),
    ]
    assert run_import(ctx, "assets-count", sheet).created == 1  # an extra row is a new find each time
    done = service.finish_count(ctx, count.id)
    assert done.state == "완료"
    with pytest.raises(ValidationError, match="진행 중인 재물조사가 없습니다"):
        service.write_count_sheet(ctx, sheet)


def test_a_count_sheet_row_not_on_the_count_rejects_the_file(ctx, bought, tmp_path):
    count = service.start_count(ctx, 2026, date(2026, 12, 10))
    sheet = tmp_path / "조사표.xlsx"
    service.write_count_sheet(ctx, sheet)
    _fill(sheet, {"2026-비품-0001": ("있음", None), "2026-비품-0002": ("몰라", None)})
    wb = openpyxl.load_workbook(sheet)
    wb.active.append(["2026-비품-9999", "의자", "", "", "있음"])
    wb.save(sheet)
    report = run_import(ctx, "assets-count", sheet)
    assert not report.saved
    reasons = {(e.row, e.column): e.reason for e in report.rejected}
    assert reasons[(5, "자산번호")] == "이번 재물조사 목록에 없는 자산번호입니다: 2026-비품-9999"
    assert (4, "확인") in reasons  # 몰라 is neither 있음 nor 없음
    assert all(ln.found is None for ln in service.get_count(ctx, count.id).lines)  # nothing kept
    with pytest.raises(ValidationError, match="확인하지 않은 자산이 3건"):
        service.finish_count(ctx, count.id)


def _assets_file(ctx, tmp_path, rows):
    from heemang_desktop.assets.imports import write_assets_template

    path = tmp_path / "자산.xlsx"
    write_assets_template(path)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    header = [str(c.value).rstrip("*") for c in ws[1]]
    ws.delete_rows(2)
    for r in rows:
        ws.append([r.get(h) for h in header])
    wb.save(path)
    return path


def test_import_of_older_assets_reports_a_bad_row_then_saves_all(ctx, tmp_path):
    desk = {"분류": "비품", "품명": "사무용 책상", "취득일자": "2019-03-15", "취득금액": "350,000",
            "품목": "사무용 가구", "위치": "사무실", "관리자": "김영희", "재원": "보조금", "내용연수": 5}
    bad = {"분류": "가구", "품명": "의자", "취득일자": "2019-03-15", "취득금액": "80,000"}
    minus = {"분류": "비품", "품명": "의자", "취득일자": "2019-03-15", "취득금액": "0"}
    report = run_import(ctx, "assets", _assets_file(ctx, tmp_path, [desk, bad, minus]))
    assert not report.saved and service.list_assets(ctx) == []
    reasons = {(e.row, e.column): e.reason for e in report.rejected}
    assert set(reasons) == {(3, "분류"), (4, "취득금액")}
    assert reasons[(4, "취득금액")] == "취득금액은 0원보다 커야 합니다."
    fixed = {**bad, "분류": "비품"}
    path = _assets_file(ctx, tmp_path, [desk, fixed])
    report = run_import(ctx, "assets", path)
    assert report.saved and report.created == 2
    assert [(a.number, a.name, a.cost, a.subsidy) for a in service.list_assets(ctx)] == [
        ("2019-비품-0001", "사무용 책상", 350_000, True), ("2019-비품-0002", "의자", 80_000, False)]
    again = run_import(ctx, "assets", path)
    assert (again.created, again.unchanged) == (0, 2) and len(service.list_assets(ctx)) == 2


def test_register_totals_as_at_the_year_end(ctx, bought):
    reg = service.register(ctx, "비품", 2026)
    assert reg.title == "비품관리대장"
    # 세탁기 1,200,000 (5 years: 960,000 left) + 냉장고 600,000 (not depreciated)
    assert (reg.total_count, reg.total_cost, reg.total_book_value) == (2, 1_800_000, 1_560_000)
    service.dispose(ctx, bought["fridge"].id, service.DisposeInput(
        date(2026, 11, 20), "폐기", "고장", "○○시 노인복지과-1234", date(2026, 11, 15)))
    reg = service.register(ctx, "비품", 2026)
    assert (reg.total_count, reg.total_cost, reg.total_book_value) == (1, 1_200_000, 960_000)
    state = reg.headers.index("상태")
    assert [r[state] for r in reg.rows] == ["사용", "불용 (폐기)"]  # disposed in the year: still listed
    assert service.register(ctx, "비품", 2027).rows[-1][0] == "2026-비품-0001"  # gone the year after
    assert len(service.register(ctx, "비품", 2027).rows) == 1
    van = service.register(ctx, "재산", 2026)
    assert (van.title, van.total_cost, van.total_book_value) == ("재산대장", 25_000_000, 7_500_000)
