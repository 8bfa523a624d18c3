"""결산: the hand-worked year of settlement_year.py, checked figure by figure against the hand sums and the
ledger (총계정원장); then the bundle to one workbook (a sheet per report) and one PDF, and the CLI."""

from __future__ import annotations

import json

import pytest
from settlement_year import EXPENSE_TOTAL, INCOME_TOTAL, a_year

from heemang_desktop.accounting import reports
from heemang_desktop.accounting.settlement import build
from heemang_desktop.accounting.settlement_output import save


def _rows(report) -> dict[str, dict]:
    """Rows by their first non-empty cell among 과목코드/관 (the totals row by its label)."""
    out = {}
    for row in report.rows:
        values = dict(zip(report.headers, row, strict=True))
        out[values["과목코드"] or values["관"]] = values
    return out


@pytest.fixture
def year(ctx):
    a_year(ctx)
    return ctx


def test_expense_statement_per_gwan_hang_mok(year):
    rows = _rows(build(year, 2026).get("expense"))
    pick = ("예산액", "전용액", "예산현액", "결산액", "불용액")
    figures = {code: tuple(rows[code][h] for h in pick) for code in rows}
    assert figures["1"] == (35_000_000, 300_000, 35_300_000, 28_700_000, 6_600_000)  # 사무비
    assert figures["11"] == (33_000_000, 0, 33_000_000, 26_400_000, 6_600_000)  # 인건비
    assert figures["111"] == (30_000_000, 0, 30_000_000, 24_000_000, 6_000_000)
    assert figures["116"] == (3_000_000, 0, 3_000_000, 2_400_000, 600_000)
    assert figures["13"] == figures["132"] == (2_000_000, 300_000, 2_300_000, 2_300_000, 0)  # the 50,000 cancelled
    assert figures["3"] == figures["32"] == figures["321"] == (5_000_000, 0, 5_000_000, 4_500_000, 500_000)
    assert figures["7"] == figures["711"] == (1_000_000, -300_000, 700_000, 0, 700_000)  # 예비비
    assert figures["세출 합계"] == (41_000_000, 0, 41_000_000, EXPENSE_TOTAL, 7_800_000)
    assert rows["1"]["관"] == "사무비" and rows["11"]["항"] == "인건비" and rows["111"]["목"] == "급여"


def test_income_statement_and_both_totals_equal_the_ledger(year):
    settlement = build(year, 2026)
    rows = _rows(settlement.get("income"))
    pick = ("예산액", "결산액", "증감(결산−예산)")
    assert tuple(rows["03"][h] for h in pick) == (35_000_000, 35_000_000, 0)
    assert tuple(rows["313"][h] for h in pick) == (35_000_000, 35_000_000, 0)
    assert tuple(rows["10"][h] for h in pick) == (6_000_000, 5_500_000, -500_000)
    assert tuple(rows["1011"][h] for h in pick) == (6_000_000, 5_500_000, -500_000)
    assert tuple(rows["세입 합계"][h] for h in pick) == (41_000_000, INCOME_TOTAL, -500_000)
    # The ledger's 소계 per account, summed by side, equals the statements' totals.
    ledger = reports.build(year, "ledger", 2026)
    per_account = {}
    account = None
    for row in ledger.rows:
        if row[0]:
            account = row[0]
        elif row[4] == "소계":
            per_account[account] = row[5]
    assert sum(v for k, v in per_account.items() if k.startswith("세입")) == INCOME_TOTAL
    assert sum(v for k, v in per_account.items() if k.startswith("세출")) == EXPENSE_TOTAL
    expense = _rows(settlement.get("expense"))
    for name, amount in per_account.items():
        side, code = name.split()[:2]
        statement = rows if side == "세입" else expense
        assert statement[code]["결산액"] == amount, name


def test_reserve_personnel_business_and_transfer_statements(year):
    settlement = build(year, 2026)
    reserve = settlement.get("reserve")
    assert [r[:5] for r in reserve.rows] == [
        ["2026-11-05", "2026-전용-001", "사무비 > 운영비 > 132 수용비 및 수수료", 300_000, "복사기 수리"],
        [None, None, "합계", 300_000, None]]
    personnel = settlement.get("personnel")
    assert personnel.rows == [["111", "급여", 30_000_000, 24_000_000, 6_000_000, 2],
                              ["116", "사회보험부담비용", 3_000_000, 2_400_000, 600_000, 1],
                              [None, "합계", 33_000_000, 26_400_000, 6_600_000, None]]
    business = settlement.get("business")
    assert business.rows == [["321", "프로그램사업비", None, 2, 5_000_000, 4_500_000, 500_000],
                             [None, None, "생신잔치", 1, None, 1_500_000, None],
                             [None, None, "여름 나들이", 1, None, 3_000_000, None],
                             [None, "합계", None, None, 5_000_000, 4_500_000, 500_000]]
    transfers = settlement.get("transfers")
    assert transfers.rows[0][0] == "2026-전용-001" and transfers.rows[-1][-3] == 300_000
    assets = settlement.get("assets")
    assert assets.rows == [["변동 없음", None, None, None, None, None, None, None]]
    assert [r.kind for r in settlement.reports] == ["income", "expense", "transfers", "reserve", "personnel",
                                                   "business", "assets"]  # no donations: no donation report


def test_columns_are_data(year, monkeypatch):
    from heemang_desktop.accounting import settlement as module

    data = json.loads(json.dumps(module.spec()))
    data["reports"]["personnel"]["columns"] = [{"key": "mok", "header": "과목"},
                                               {"key": "settled", "header": "지출액", "money": True}]
    monkeypatch.setattr(module, "spec", lambda: data)
    report = build(year, 2026).get("personnel")
    assert report.headers == ["과목", "지출액"] and report.money_columns == ["지출액"]
    assert report.rows[0] == ["급여", 24_000_000]


def test_one_workbook_with_a_sheet_per_report_and_a_pdf(year, tmp_path):
    from openpyxl import load_workbook

    from heemang_desktop.render.pdf import pdf_page_count

    settlement = build(year, 2026)
    book = load_workbook(save(settlement, tmp_path / "결산.xlsx"))
    assert book.sheetnames == ["세입결산서", "세출결산서", "과목전용조서", "예비비사용조서", "인건비명세서",
                               "사업비명세서", "재산증감"]
    sheet = book["세출결산서"]
    assert sheet["A2"].value == "과목코드" and sheet["E2"].value == "예산액"
    total = [row for row in sheet.iter_rows(values_only=True) if row[1] == "세출 합계"][0]
    assert total[7] == EXPENSE_TOTAL
    money = [c for c in sheet[3] if isinstance(c.value, int)]
    assert money and all(c.number_format == "#,##0" for c in money)
    pdf = save(settlement, tmp_path / "결산.pdf")
    assert pdf_page_count(pdf) >= len(settlement.reports)


def test_cli_report_settlement(year, paths, tmp_path, capsys):
    from heemang_desktop.cli import main

    year.close()
    out = tmp_path / "결산.xlsx"
    assert main(["--data-dir", str(paths.data_dir), "report", "settlement", "--year", "2026", "--out", str(out),
                 "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["file"] == str(out) and data["sheets"][:2] == ["세입결산서", "세출결산서"]
    assert out.exists()
