"""장기요양 급여대장 upload: a hand-made register with a bad row saves nothing; fixed, it saves once."""

from __future__ import annotations

from helpers_payroll import hire_staff
from openpyxl import Workbook

from heemang_desktop.cli import main
from heemang_desktop.excel.layout import load_layout
from heemang_desktop.excel.reader import read_rows
from heemang_desktop.payroll import ltc, register

HEADER = ["사번*", "성명*", "지급연월*", "기본급", "제수당",
          "시간외수당", "야간수당", "휴일수당", "비과세", "지급총액*",
          "국민연금", "소득세", "지방소득세", "실지급액"]
GOOD = [
    ["E001", "김복지", "2026-09", 2_800_000, "300,000", None, None, None, 200_000, "3,100,000", None, None, None, None],
    ["E002", "박요양", "2026.09", 2_400_000, None, 172_245, 229_660,
     275_592, 0, 3_077_497, "146,150", 70_000, None, None],
    ["E003", "이일용", "202609", None, None, None, None, None, None, "1,200,000원", None, None, None, 1_180_290],
]
BAD = [
    ["E009", "홍길동", "2026-09", None, None, None, None, None, None, 2_000_000, None, None, None, None],
    ["E004", "최단시", "2026-09", 400_000, None, None, None, None, None, 400_000, None, None, None, 399_000],
    ["E001", "김복지", "2026-9월", 1.5, None, None, None, None, None, 100, None, None, None, None],
]


def workbook(path, rows):
    """As people make it: a merged title, a blank row, the header with '*' marks, data, a 합계 row."""
    wb = Workbook()
    ws = wb.active
    ws.title = "장기요양 급여대장"
    ws["A1"] = "2026년 9월 장기요양 급여대장 (희망요양원)"
    ws.merge_cells("A1:J1")
    ws.append([])
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    ws.append(["합계", None, None, None, None, None, None, None, None, 4_300_000])
    wb.save(path)
    return path


def test_bad_rows_save_nothing_and_are_reported(ctx, tmp_path):
    hire_staff(ctx)
    report = ltc.import_ltc(ctx, workbook(tmp_path / "bad.xlsx", GOOD + BAD))
    assert not report.ok and not report.saved
    rejected = {(e.row, e.column): e.reason for e in report.rejected}
    assert rejected[(7, "사번")] == "인사카드에 없는 사번입니다: E009"
    assert rejected[(8, "실지급액")] == "실지급액 399,000원이 지급총액 − 공제총액 400,000원과 다릅니다."
    assert rejected[(9, "기본급")] == "금액은 원 단위 정수여야 합니다: 1.5"
    assert report.read == 6
    assert register.get_register(ctx, "2026-09") is None  # nothing half-saved


def test_a_good_register_comes_in_once_with_given_deductions_kept_and_flagged(ctx, tmp_path):
    hire_staff(ctx)
    path = workbook(tmp_path / "good.xlsx", GOOD)
    report = ltc.import_ltc(ctx, path)
    assert report.ok and report.saved and report.created == 3
    view = register.get_register(ctx, "2026-09")
    e1, e2, e3 = view.entries
    # E001: 2,800,000 + 300,000, 비과세 200,000 → the worked example's 2,809,800
    assert (e1.gross, e1.taxable, e1.net) == (3_100_000, 2_900_000, 2_809_800)
    # E002: 소득세 as entered (70,000, computed 79,480) → 지방소득세 follows: 7,000; flagged, marked
    assert (e2.amount("income_tax"), e2.amount("local_tax"), e2.amount("pension")) == (70_000, 7_000, 146_150)
    assert e2.flags == ("소득세 신고 70,000원 ≠ 계산 79,480원",)
    assert set(e2.overridden) >= {"income_tax", "pension"}
    # E003 (일용, 일급 200,000): 1,200,000 = 6 days → the worked example's net 1,180,290
    assert e3.net == 1_180_290 and all(e.source == "import" for e in view.entries)
    # the same file again changes nothing; a payroll run leaves uploaded rows alone
    again = ltc.import_ltc(ctx, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert register.run_month(ctx, "2026-09").kept_imported == 3
    assert register.get_register(ctx, "2026-09").entries[1].amount("income_tax") == 70_000


def test_export_in_the_upload_layout(ctx, tmp_path):
    hire_staff(ctx)
    ltc.import_ltc(ctx, workbook(tmp_path / "good.xlsx", GOOD))
    out = tmp_path / "export.xlsx"
    assert ltc.export_ltc(ctx, "2026-09", out) == 3
    _, rows = read_rows(out, load_layout("ltc-payroll"))
    first = rows[0].values
    assert (first["사번"], first["지급연월"], first["지급총액"], first["실지급액"]) == (
        "E001", "2026-09", 3_100_000, 2_809_800)
    assert first["비과세"] == 200_000 and first["공제총액"] == 290_200


def test_cli_import_and_dry_run(ctx, tmp_path, paths, capsys):
    hire_staff(ctx)
    bad = workbook(tmp_path / "bad.xlsx", GOOD + BAD[:1])
    good = workbook(tmp_path / "good.xlsx", GOOD)
    assert main(["--data-dir", str(paths.data_dir), "import", "ltc-payroll", str(bad), "--json"]) == 1
    assert '"row": 7' in capsys.readouterr().out
    assert main(["--data-dir", str(paths.data_dir), "import", "ltc-payroll", str(good), "--dry-run"]) == 0
    assert register.get_register(ctx, "2026-09") is None
    assert main(["--data-dir", str(paths.data_dir), "template", "ltc-payroll", str(tmp_path / "t.xlsx")]) == 0


def test_every_problem_of_a_row_is_listed(ctx, tmp_path):
    hire_staff(ctx)
    row = ["E009", "홍길동", "2025-09", None, None, None, None, None, 5_000_000, 2_000_000, None, None, None, None]
    report = ltc.import_ltc(ctx, workbook(tmp_path / "bad.xlsx", [row]))
    assert [(e.row, e.column) for e in report.rejected] == [(4, "사번"), (4, "비과세"), (4, "지급연월")]
    assert report.rejected_rows == 1 and not report.saved
