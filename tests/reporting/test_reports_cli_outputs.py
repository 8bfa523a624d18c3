"""`reports list|draft|status|export` on a data folder, and what the Excel form and the PDF hold."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date

from openpyxl import load_workbook

from heemang_desktop.accounting import service as accounting
from heemang_desktop.cli import main
from heemang_desktop.reporting import service as reporting


def _subsidy_spending(ctx):
    year = 2026
    codes = sorted(accounting.leaf_names(ctx, year)["세출"])[:1]
    accounting.set_budget(ctx, year, "세출", codes[0], 10_000_000)
    for day, amount, note in ((3, 1_234_000, "부식 구입"), (17, 56_000, "가스 요금")):
        accounting.save_resolution(ctx, accounting.ResolutionInput(
            kind="지출", resolution_date=date(year, 8, day), business_name="어르신 급식", funding_source="보조금",
            payment_method="보조금카드", lines=[accounting.LineInput(codes[0], amount, note)]))


def test_cli_drafts_lists_steps_and_exports_a_report(ctx, paths, capsys, tmp_path):
    _subsidy_spending(ctx)
    d = ["--data-dir", str(paths.data_dir)]
    assert main(d + ["reports", "draft", "보조금정산보고", "--period", "2026-08", "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert (made["kind"], made["period"], made["status"], made["totals"]) == (
        "subsidy_settlement", "2026-08", "draft", {"amount": 1_290_000})
    assert [r["summary"] for r in made["rows"]] == ["부식 구입", "가스 요금"]
    assert made["deadline"] == "2026-09-10" and made["moved"] is False
    assert main(d + ["reports", "list"]) == 0
    line = capsys.readouterr().out.strip()
    assert "보조금정산보고 2026-08  작성 중  2행" in line and "기한 2026-09-10" in line
    assert main(d + ["reports", "status", made["id"], "--to", "submitted"]) == 1  # draft → submitted skips a step
    assert "바꿀 수 없습니다" in capsys.readouterr().err
    assert main(d + ["reports", "status", made["id"], "--to", "checked", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "checked"
    assert main(d + ["reports", "draft", "없는보고", "--period", "2026-08"]) == 1
    capsys.readouterr()

    xlsx = tmp_path / "정산.xlsx"
    assert main(d + ["reports", "export", made["id"], "--out", str(xlsx)]) == 0
    ws = load_workbook(xlsx).active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[0][0] == "보조금 정산 보고서"
    assert "시설: 희망요양원 (K0161)" in [v[0] for v in values] and "보고 기간: 2026-08" in [v[0] for v in values]
    header = next(i for i, v in enumerate(values) if v[0] == "결의일자")
    assert values[header][-1] == "집행액"
    assert [v[-1] for v in values[header + 1:]] == [1_234_000, 56_000, 1_290_000]
    assert values[-1][0] == "합계"
    assert ws.cell(header + 2, len(values[header])).number_format == "#,##0"

    pdf = tmp_path / "정산.pdf"
    assert main(d + ["reports", "export", made["id"], "--out", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        text = text.replace("\x01", " ")
        for expected in ("보조금 정산 보고서", "희망요양원", "2026-08", "1,234,000", "1,290,000", "부식 구입", "합계"):
            assert expected in text, expected
    assert main(d + ["reports", "export", made["id"], "--out", str(tmp_path / "x.csv")]) == 1


def test_a_report_with_no_rows_says_so_on_paper(ctx, tmp_path):
    report = reporting.draft_report(ctx, "생계급여신청", "2022-08")
    html = reporting.report_html(ctx, report.id)
    assert "해당 없음" in html and "보고 기간: 2022-08" in html
    assert "2022-09-13" in html  # the deadline printed: 9.10 is a Saturday, then 추석 to 9.12


def test_saving_a_report_that_names_people_is_recorded_and_one_that_does_not_is_not(ctx, tmp_path):
    from heemang_desktop.audit import service as audit
    from heemang_desktop.subjects import service as subjects

    s = subjects.register_subject(ctx, subjects.SubjectInput(name="김순자", resident_number="400101-2234567"))
    subjects.admit(ctx, s.id, next(iter(subjects.services())), date(2022, 8, 3))
    people = reporting.draft_report(ctx, "입퇴소보고", "2022-08")
    reporting.export_report(ctx, people.id, tmp_path / "a.xlsx")
    reporting.report_html(ctx, people.id)  # the GUI's PDF
    _subsidy_spending(ctx)
    money = reporting.draft_report(ctx, "보조금정산보고", "2026-08")
    reporting.export_report(ctx, money.id, tmp_path / "b.xlsx")
    records = [(r.kind, r.entity, r.entity_id, r.detail) for r in audit.list_access(ctx, kind="export")]
    assert sorted(records) == [("export", "municipal_report", people.id, "입퇴소보고 2022-08 PDF"),
                               ("export", "municipal_report", people.id, "입퇴소보고 2022-08 XLSX")]
    assert "김순자" not in str(records)
