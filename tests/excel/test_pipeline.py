"""The one import pipeline: every problem of a row, a header without rows, progress and cancel, one log
line without cell values, CSV files in the encodings Korean PCs write, each kind's file formats."""

from __future__ import annotations

import logging
from datetime import date

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from heemang_desktop.cli import main
from heemang_desktop.excel import pipeline
from heemang_desktop.excel.guard import WorkbookError
from heemang_desktop.excel.pipeline import run_import
from heemang_desktop.features import merged
from heemang_desktop.hr import employees as cards
from heemang_desktop.hr.models import Attendance
from heemang_desktop.progress import Cancelled, Progress
from heemang_desktop.sync.models import OutboxEntry

EMPLOYEE_HEAD = ["사번", "성명", "직종", "고용형태", "입사일", "기본급"]
ATTENDANCE_HEAD = ["사번", "근무일자", "성명", "출근시각", "퇴근시각", "근태구분", "비고"]


def book(path, header, rows, sheet="Sheet"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.fixture
def staff(ctx):
    cards.create_employee(ctx, cards.EmployeeInput(employee_no="E001", name="김요양", job_type="요양보호사",
                                                   employment_type="정규", hire_date=date(2024, 3, 2)))
    return ctx


def saved_days(ctx) -> tuple[int, int]:
    with ctx.store.session() as s:
        return (s.scalar(select(func.count()).select_from(Attendance)),
                s.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.entity == "attendance")))


def test_every_bad_cell_of_a_row_is_its_own_entry(ctx, tmp_path):
    rows = [["E001", "김요양", "요양보호사", "알바", "2024-13-02", "이백만원"],
            ["E002", "\u3000 ", "간호사", "정규", "2024-03-02", "2,000,000"]]  # a full-width space is blank
    report = run_import(ctx, "employees", book(tmp_path / "e.xlsx", EMPLOYEE_HEAD, rows))
    assert [(e.row, e.column) for e in report.rejected] == [(2, "고용형태"), (2, "입사일"), (2, "기본급"), (3, "성명")]
    assert report.rejected[3].reason == "성명이 비어 있습니다."
    assert report.rejected_rows == 2 and not report.saved
    assert cards.list_employees(ctx) == []


def test_a_header_without_rows_is_refused(ctx, paths, tmp_path, capsys):
    path = book(tmp_path / "empty.xlsx", EMPLOYEE_HEAD, [[None] * 6, ["합계"]])
    with pytest.raises(WorkbookError, match="자료 행이 없습니다"):
        run_import(ctx, "employees", path)
    ctx.close()
    assert main(["--data-dir", str(paths.data_dir), "import", "employees", str(path)]) == 1
    out = capsys.readouterr()
    assert "자료 행이 없습니다" in out.err and "모두 저장했습니다" not in out.out


def test_cancel_between_chunks_saves_nothing(staff, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "CHUNK", 3)
    rows = [["E001", f"2026-09-{d:02d}", "", "09:00", "18:00", "", ""] for d in range(1, 11)]
    path = book(tmp_path / "a.xlsx", ATTENDANCE_HEAD, rows)
    seen = []

    class CancelAfterFirstChunk(Progress):
        def update(self, done, total=None):
            super().update(done, total)
            seen.append((done, total))
            self.cancel()  # the user presses 취소 while the first chunk was being saved

    with pytest.raises(Cancelled, match="아무것도 저장하지 않았습니다"):
        run_import(staff, "attendance", path, progress=CancelAfterFirstChunk())
    assert seen == [(3, 10)]  # rows done of the rows below the header
    assert saved_days(staff) == (0, 0)
    report = run_import(staff, "attendance", path, progress=Progress())
    assert report.saved and saved_days(staff) == (10, 10)


def test_one_log_line_per_import_without_cell_values(staff, tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="heemang_desktop.excel.pipeline")
    rows = [["E001", "2026-09-01", "김요양", "09:00", "18:00", "", "병원 진료"],
            ["E001", "2026-09-02", "박비밀", "09:00", "18:00", "", ""]]
    run_import(staff, "attendance", book(tmp_path / "a.xlsx", ATTENDANCE_HEAD, rows))
    lines = [r.getMessage() for r in caplog.records if r.name == "heemang_desktop.excel.pipeline"]
    assert lines == ["import attendance: rejected; rows read 2, saved 0, rejected 1"]
    assert not any(v in lines[0] for v in ("김요양", "박비밀", "병원"))


def _csv(path, text: str, encoding: str):
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp949"])
def test_attendance_from_a_csv_in_each_encoding(staff, tmp_path, encoding):
    text = "희망요양원 9월 근태\r\n사번,근무일자,성명,출근시각,퇴근시각,근태구분,비고\r\n"
    text += "E001,2026-09-01,김요양,09:00,18:00,,\r\nE001,2026-09-02,김요양,,,휴가,\"연차, 오전\"\r\n"
    report = run_import(staff, "attendance", _csv(tmp_path / "a.csv", text, encoding))
    assert report.saved and report.created == 2, report.summary_text()
    with staff.store.session() as s:
        assert s.scalar(select(Attendance.note).where(Attendance.work_date == date(2026, 9, 2))) == "연차, 오전"


def test_a_template_saved_as_csv_leaves_its_untouched_example_row_out(staff, tmp_path):
    text = "사번,근무일자,성명,출근시각,퇴근시각,근태구분,비고\r\nE001,2026-09-01,김요양,09:00,18:00,정상,\r\n"
    text += "E001,2026-09-02,김요양,09:00,18:00,정상,\r\n"
    report = run_import(staff, "attendance", _csv(tmp_path / "a.csv", text, "utf-8"))
    assert report.saved and (report.read, report.created) == (1, 1), report.summary_text()
    with staff.store.session() as s:
        assert s.scalars(select(Attendance.work_date)).all() == [date(2026, 9, 2)]


def test_a_csv_that_is_neither_utf8_nor_cp949_gets_one_korean_message(staff, tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes("사번,근무일자\r\nE001,2026-09-01\r\n".encode() + b"\xff\xfe\xff,x\r\n")
    with pytest.raises(WorkbookError) as refused:
        run_import(staff, "attendance", path)
    assert "인코딩" in str(refused.value) and "Error" not in str(refused.value)


def test_a_kind_takes_only_its_formats(ctx, tmp_path):
    text = ",".join(EMPLOYEE_HEAD) + "\r\nE001,김요양,요양보호사,정규,2024-03-02,0\r\n"
    path = _csv(tmp_path / "e.csv", text, "utf-8")
    with pytest.raises(WorkbookError, match=r"이 업로드는 엑셀 파일 \(\*\.xlsx\)만 받습니다"):
        run_import(ctx, "employees", path)
    imports = merged("imports")
    assert imports["attendance"].file_filter == "엑셀 파일 (*.xlsx);;CSV 파일 (*.csv)"
    nouns = {kind: ref.noun for kind, ref in imports.items()}
    assert {kind: nouns[kind] for kind in ("resolutions", "budget", "employees", "attendance", "ltc-payroll",
                                           "subjects")} == {
        "resolutions": "엑셀", "budget": "엑셀", "employees": "엑셀", "attendance": "엑셀·CSV", "ltc-payroll": "엑셀",
        "subjects": "엑셀"}


def test_unmapped_values_counted_per_value_and_settled_by_a_mapping(ctx, tmp_path):
    header = ["성명", "입소일", "보장구분"]
    rows = [["가", "2026-09-01", "기초생활수급"], ["나", "2026-09-01", "기초생활수급"], ["다", "2026-09-01", "일반"]]
    path = book(tmp_path / "s.xlsx", header, rows, sheet="대상자")
    report = run_import(ctx, "subjects", path)
    [unmapped] = report.unmapped
    assert (unmapped.column, unmapped.value, unmapped.rows) == ("보장구분", "기초생활수급", 2)
    assert unmapped.suggestions[:2] == ("기초생활수급(생계)", "기초생활수급(의료)")
    assert report.as_dict()["unmapped"][0]["rows"] == 2
    fixed = run_import(ctx, "subjects", path, mapping={"보장구분": {"기초생활수급": "기초생활수급(의료)"}})
    assert fixed.saved and fixed.created == 3 and fixed.unmapped == []


def test_a_file_the_system_refuses_is_one_korean_sentence(ctx, tmp_path, monkeypatch):
    path = book(tmp_path / "e.xlsx", EMPLOYEE_HEAD, [["E001", "김요양", "요양보호사", "정규", "2024-03-02", 0]])

    def locked(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(pipeline, "_open", locked)
    with pytest.raises(WorkbookError) as refused:
        run_import(ctx, "employees", path)
    assert str(refused.value).startswith("e.xlsx을(를) 읽을 권한이 없습니다") and "Permission" not in str(refused.value)
