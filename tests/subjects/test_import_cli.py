"""`import subjects` (all or nothing, idempotent), `template subjects`, `subjects roster`, exports."""

from __future__ import annotations

import json
from datetime import date

from openpyxl import Workbook, load_workbook

from heemang_desktop.cli import main
from heemang_desktop.reporting import drafts
from heemang_desktop.subjects import cards, episodes, excel

HEADER = ["대상자번호", "성명", "주민등록번호", "입소일", "보장구분", "장기요양등급", "보호자성명", "보호자관계",
          "보호자연락처", "무연고", "비고"]


def _book(path, rows, header=HEADER, title=True):
    wb = Workbook()
    ws = wb.active
    ws.title = "대상자"
    if title:
        ws.append(["2026년 대상자 명단"])
        ws.merge_cells("A1:E1")
    ws.append(header)
    for row in rows:
        ws.append(row)
    ws.append([])
    ws.append(["합계", "3명"])
    wb.save(path)
    return path


ROWS = [
    ["S-001", "김순자", "400101-2234567", "2026-09-01", "일반", "3등급", "김영희", "딸", "010-1111-2222", "N", ""],
    ["S-002", "박철수", "3803031456789", "2026.08.15", "차상위", "2등급", "", "", "", "예", "무연고"],
    ["S-003", "이말순", "", 46266, "기초생활수급(생계)", "", "이철", "아들", "010-3333-4444", "", ""],
]


def test_import_twice_changes_nothing_the_second_time(ctx, tmp_path):
    path = _book(tmp_path / "subjects.xlsx", ROWS)
    first = excel.import_subjects(ctx, path)
    assert first.ok and (first.read, first.created) == (3, 3), first.as_dict()
    assert any("무연고" in w for w in first.warnings)
    second = excel.import_subjects(ctx, path)
    assert (second.created, second.updated, second.unchanged) == (0, 0, 3), second.as_dict()
    roster = episodes.roster(ctx, date(2026, 9, 1))
    assert [r.name for r in roster] == ["김순자", "박철수", "이말순"]
    assert cards.find_by_resident_number(ctx, "380303-1456789").no_kin
    assert drafts.list_drafts(ctx) == []  # moving current residents in files no admission report


def test_one_bad_row_saves_nothing_and_names_row_and_column(ctx, tmp_path):
    bad = [r[:] for r in ROWS]
    bad[1][2] = "380303-14567"
    bad[2][3] = "2026-13-01"
    bad[0][4] = "부자"
    report = excel.import_subjects(ctx, _book(tmp_path / "bad.xlsx", bad))
    assert not report.ok and not report.saved
    got = {(e.row, e.column) for e in report.rejected}
    assert got == {(3, "보장구분"), (4, "주민등록번호"), (5, "입소일")}
    assert "380303" not in json.dumps(report.as_dict(), ensure_ascii=False)
    assert cards.search_subjects(ctx) == []


def test_day_service_column_and_dry_run(ctx, tmp_path):
    header = ["성명", "이용시작일", "생년월일", "성별"]
    path = _book(tmp_path / "day.xlsx", [["최주간", "20260902", "1945-03-03", "여"]], header=header, title=False)
    dry = excel.import_subjects(ctx, path, dry_run=True)
    assert dry.ok and dry.created == 1 and not dry.saved
    assert cards.search_subjects(ctx) == []
    done = excel.import_subjects(ctx, path)
    assert done.saved
    [row] = episodes.roster(ctx, date(2026, 9, 2))
    assert (row.service, row.name) == ("day", "최주간")


def test_cli_import_template_and_roster(ctx, paths, tmp_path, capsys):
    data_dir = str(paths.data_dir)
    ctx.close()
    tpl = tmp_path / "tpl.xlsx"
    assert main(["--data-dir", data_dir, "template", "subjects", str(tpl)]) == 0
    assert [c.value for c in load_workbook(tpl)["대상자"][1]][:2] == ["성명*", "입소일*"]
    path = _book(tmp_path / "subjects.xlsx", ROWS)
    assert main(["--data-dir", data_dir, "import", "subjects", str(path), "--json"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data_dir, "subjects", "roster", "--date", "2026-09-03", "--json",
                 "--xlsx", str(tmp_path / "roster.xlsx")]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["count"] == 3
    first = out["rows"][0]
    assert set(first) >= {"id", "name", "resident_number_masked", "admitted_on", "service", "no_kin"}
    assert first["resident_number_masked"] == "400101-2******" and first["admitted_on"] == "2026-09-01"
    assert load_workbook(tmp_path / "roster.xlsx").active.max_row == 5  # title, header, 3 rows
    assert main(["--data-dir", data_dir, "subjects", "fee-ledger", str(tmp_path / "fees.xlsx")]) == 0
    bad = _book(tmp_path / "bad.xlsx", [["S-9", "", "", "2026-09-01"]])
    assert main(["--data-dir", data_dir, "import", "subjects", str(bad)]) == 1
    assert "성명" in capsys.readouterr().out


def test_the_same_new_person_twice_by_name_and_birth_date_is_refused(ctx, tmp_path):
    header = ["성명", "입소일", "생년월일"]
    rows = [["최주간", "2026-09-01", "1945-03-03"], ["최주간", "2026-09-02", "1945-03-03"]]
    report = excel.import_subjects(ctx, _book(tmp_path / "twice.xlsx", rows, header=header, title=False))
    assert [(e.row, e.column, e.reason) for e in report.rejected] == [
        (3, "성명", "2행과 같은 대상자입니다 (성명·생년월일).")]
    assert cards.search_subjects(ctx) == []
