"""Workbook imports: a messy 결의서 file, all-or-nothing, twice changes nothing; the 예산 layout."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from acc_helpers import budget
from openpyxl import Workbook

from heemang_desktop.accounting.excel import import_budget, import_resolutions
from heemang_desktop.accounting.search import ResolutionQuery, search_all
from heemang_desktop.cli import main

HEAD = ["결의키", "구분", "결의일자", "사업명", "예산과목", "금액",
        "적요", "재원", "거래처", "거래처계좌", "결제방법", "비고"]


def _messy(path, bad: bool):
    wb = Workbook()
    ws = wb.active
    ws.title = "결의서"
    ws["A1"] = "2026년 9월 결의서 (중단 기간 입력분)"
    ws.merge_cells("A1:L1")
    ws.append([])
    ws.append(["결의키*", "구분*", "결의\n일자*", " 사업명*", "예산과목*", "금액*",
               "적요", "재원", "거래처", "거래처계좌", "결제방법", "비고", "메모"])
    ws.append(["A1", "지출", "2026-09-02", "어르신 나들이", "321", "1,234,000", "버스 임차",
               "보조금", "희망관광", "110-123-456789", "계좌이체", "1/2", "x"])
    ws.append(["A1", "지출", "2026-09-02", "어르신 나들이", "여비", "40,000원",
               "버스 임차", "보조금", "희망관광", "110-123-456789", "계좌이체", "2/2"])
    ws.append(["B7", "지출", 46267, "9월 급여", "급여", 3000000, "9월분",
               "보조금", None, None, "계좌이체", None])  # serial 2026-09-02
    ws.append(["C2", "수입", datetime(2026, 9, 1), "보조금 수령", "313",
               "５,０００,０００", "시군구", "보조금", None, None, None, None])
    if bad:
        ws.append(["D1", "지출", "2026.09.31", "잘못된 날짜", "321", "1000", None, None, None, None, None, None])
    ws.append([None] * 12)
    ws.append(["합계", None, None, None, None, 9274000])
    ws.append([None, None, None])
    wb.save(path)


@pytest.fixture
def funded(ctx):
    budget(ctx, {"111": 10_000_000, "131": 1_000_000, "321": 2_000_000})
    return ctx


def test_messy_workbook_with_one_bad_row_saves_nothing(funded, tmp_path):
    path = tmp_path / "bad.xlsx"
    _messy(path, bad=True)
    report = import_resolutions(funded, path)
    assert not report.ok and not report.saved
    assert [(e.row, e.column) for e in report.rejected] == [(8, "결의일자")]
    assert "없는 날짜" in report.rejected[0].reason
    assert search_all(funded, ResolutionQuery()) == []


def test_messy_workbook_imports_all_and_twice_changes_nothing(funded, tmp_path):
    path = tmp_path / "ok.xlsx"
    _messy(path, bad=False)
    report = import_resolutions(funded, path)
    assert report.ok and report.saved, report.summary_text()
    assert (report.read, report.created) == (4, 3)
    assert any("메모" in w for w in report.warnings)
    rows = {r.business_name: r for r in search_all(funded, ResolutionQuery(year=2026))}
    trip = rows["어르신 나들이"]
    assert trip.total == 1_274_000 and trip.lines == (("321", 1_234_000), ("131", 40_000)) and trip.vendor == "희망관광"
    assert rows["9월 급여"].resolution_date.isoformat() == "2026-09-02"
    assert rows["보조금 수령"].total == 5_000_000 and rows["보조금 수령"].kind == "수입"
    again = import_resolutions(funded, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert len(search_all(funded, ResolutionQuery())) == 3


def test_import_over_budget_and_disagreeing_rows_are_reported(funded, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(HEAD)
    paid = ["", "보조금", "", "", "계좌이체"]  # 적요, 재원, 거래처, 거래처계좌, 결제방법
    ws.append(["K", "지출", "2026-09-02", "큰 행사", "321", 1_500_000, *paid])
    ws.append(["K", "지출", "2026-09-03", "큰 행사", "321", 10, *paid])
    ws.append(["L", "지출", "2026-09-04", "또 행사", "321", 600_000, *paid])
    ws.append(["M", "지출", "2026-09-04", "없는과목", "없음", 1, *paid])
    path = tmp_path / "k.xlsx"
    wb.save(path)
    report = import_resolutions(funded, path)
    assert [(e.row, e.column) for e in report.rejected] == [(3, "결의일자"), (5, "예산과목")]
    ws.delete_rows(3)
    ws.delete_rows(4)
    wb.save(path)
    report = import_resolutions(funded, path)
    assert [(e.row, e.column) for e in report.rejected] == [(3, "예산과목")]
    assert "100,000원 부족" in report.rejected[0].reason
    assert search_all(funded, ResolutionQuery()) == []


def test_an_expense_without_funding_or_payment_method_is_refused_naming_both(funded, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(HEAD)
    ws.append(["A", "지출", "2026-09-02", "행사", "321", 10_000])
    ws.append(["A", "지출", "2026-09-02", "행사", "321", 5_000])
    ws.append(["B", "수입", "2026-09-01", "보조금 수령", "111", 5_000])  # income names its source by its account
    path = tmp_path / "m.xlsx"
    wb.save(path)
    report = import_resolutions(funded, path)
    assert [(e.row, e.column) for e in report.rejected] == [(2, "재원"), (2, "결제방법")]
    assert "재원을 골라야 합니다" in report.rejected[0].reason and not report.saved
    assert search_all(funded, ResolutionQuery()) == []


def test_budget_import_and_dry_run(ctx, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "예산"
    ws.append(["회계연도", "예산과목", "금액", "구분", "재원"])
    ws.append([2026, "세출 111", "120,000,000", None, "보조금"])
    ws.append([2026, "여비", 3_000_000, "본예산", None])
    ws.append([2026, "111", 130_000_000, "추경1", None])  # 세출 111 급여 and 세입 111 사업수입 collide
    ws.append([2026, "세입 511", 5_000_000, None, None])
    path = tmp_path / "b.xlsx"
    wb.save(path)
    report = import_budget(ctx, path)
    assert [(e.row, e.column) for e in report.rejected] == [(4, "예산과목")]
    assert "여러 개" in report.rejected[0].reason
    ws["B4"] = "세출-111"
    wb.save(path)
    assert import_budget(ctx, path, dry_run=True).created == 4
    report = import_budget(ctx, path)
    assert report.saved and report.created == 4
    assert import_budget(ctx, path).unchanged == 4


def test_cli_import_list_template_and_report(funded, paths, tmp_path, capsys):
    path = tmp_path / "ok.xlsx"
    _messy(path, bad=False)
    funded.close()
    base = ["--data-dir", str(paths.data_dir)]
    assert main(base + ["template", "resolutions", str(tmp_path / "t.xlsx")]) == 0
    assert main(base + ["template", "budget", str(tmp_path / "tb.xlsx")]) == 0
    capsys.readouterr()
    assert main(base + ["import", "resolutions", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["created"] == 3
    assert main(base + ["resolutions", "list", "--year", "2026", "--business",
                        "나들이", "--min", "1000000", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["number"], r["total"], r["summary"]) for r in rows] == [("2026-지출-0001", 1_274_000, "버스 임차")]
    assert rows[0]["lines"] == [{"account_code": "321", "amount": 1_234_000}, {"account_code": "131", "amount": 40_000}]
    assert main(base + ["report", "budget", "--year", "2026", str(tmp_path / "b.xlsx")]) == 0
    assert (tmp_path / "b.xlsx").exists()
    bad = tmp_path / "bad.xlsx"
    _messy(bad, bad=True)
    assert main(base + ["import", "resolutions", str(bad)]) == 1
    assert "8행 [결의일자]" in capsys.readouterr().out


def test_template_reads_back_as_its_own_layout(tmp_path):
    from heemang_desktop.accounting.excel import write_resolutions_template
    from heemang_desktop.excel.layout import load_layout
    from heemang_desktop.excel.reader import read_rows

    write_resolutions_template(tmp_path / "t.xlsx")
    sheet, rows = read_rows(tmp_path / "t.xlsx", load_layout("resolutions"))
    assert not sheet.unknown_columns and rows == []  # the untouched example row is not data
    import openpyxl

    wb = openpyxl.load_workbook(tmp_path / "t.xlsx")
    ws = wb.active
    [name_cell] = [c for c in ws[1] if str(c.value).rstrip("*") == "사업명"]
    ws.cell(row=2, column=name_cell.column, value="어르신 봄 나들이")  # the example, made the user's own
    wb.save(tmp_path / "t.xlsx")
    sheet, rows = read_rows(tmp_path / "t.xlsx", load_layout("resolutions"))
    assert rows[0].get("구분") == "지출" and rows[0].get("사업명") == "어르신 봄 나들이"
