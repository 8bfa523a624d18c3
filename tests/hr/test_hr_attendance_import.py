"""The daily-attendance upload: every rule, every messy-sheet case, all or nothing, idempotent."""

import json
from datetime import date, datetime, time

import pytest
from hr_helpers import card, workbook
from sqlalchemy import func, select

from heemang_desktop.cli import main
from heemang_desktop.hr import attendance
from heemang_desktop.hr.attendance_import import import_attendance
from heemang_desktop.hr.models import Attendance
from heemang_desktop.hr.workbooks import export_attendance
from heemang_desktop.sync.models import OutboxEntry


@pytest.fixture
def staff(ctx):
    return {"E001": card(ctx), "E002": card(ctx, no="E002", name="이간호", job_type="간호조무사"),
            "D001": card(ctx, no="D001", name="박일용", employment_type="일용")}


def counts(ctx):
    with ctx.store.session() as s:
        return (s.scalar(select(func.count()).select_from(Attendance)),
                s.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.entity == "attendance")))


def day(ctx, emp, d):
    with ctx.store.session() as s:
        return s.scalar(select(Attendance).where(Attendance.employee_id == emp.id, Attendance.work_date == d))


def test_clean_sheet_saves_each_day_with_minutes_and_an_outbox_entry(ctx, staff, tmp_path):
    f = workbook(tmp_path / "a.xlsx", [
        ("E001", "2026-09-01", "김요양", "09:00", "18:00", "", ""),
        ("E002", "2026-09-01", "이간호", "22:00", "07:00", "", "야간"),
        ("D001", "2026-09-01", "", "08:00", "17:00", "정상", ""),
    ])
    r = import_attendance(ctx, f)
    assert r.ok and r.saved and (r.read, r.created, r.updated, r.unchanged) == (3, 3, 0, 0)
    assert counts(ctx) == (3, 3)
    night = day(ctx, staff["E002"], date(2026, 9, 1))
    assert (night.check_in, night.check_out, night.status, night.night_minutes, night.regular_minutes) == (
        "22:00", "07:00", "정상", 480, 480)
    with ctx.store.session() as s:
        payload = json.loads(s.scalar(select(OutboxEntry.payload).where(OutboxEntry.entity_id == night.id)))
    assert payload["work_date"] == "2026-09-01" and payload["night_minutes"] == 480 and payload["version"] == 1


def test_messy_sheet_merged_titles_excel_times_text_times_serial_and_dotted_dates_total_row(ctx, staff, tmp_path):
    f = workbook(tmp_path / "messy.xlsx", [
        ("E001", datetime(2026, 9, 1), None, time(9, 0), time(18, 0), None, None),  # Excel date and times
        ("E001", 46267, None, "9:00", "18:00", None, None),  # serial date (2026-09-02), text 9:00
        ("E001", "2026.09.03", None, "09:00:00", "18:30:00", None, None),
        ("E001", "2026.09.04", None, "0900", "1800", None, None),
        ("E002", "20260901", " 이간호 ", 0.375, 0.75, None, None),  # times as day fractions
    ], header=("사번*", "근무\n일자*", "성명", "출근시각", "퇴근시각", "근태구분", "비고"),
        title_rows=("희망요양원 9월 근태", "작성: 사무국"), merge_title=True, total_row=True)
    r = import_attendance(ctx, f)
    assert r.ok, r.rejected
    assert (r.read, r.created) == (5, 5)
    assert [day(ctx, staff["E001"], date(2026, 9, d)).check_in for d in (1, 2, 3, 4)] == ["09:00"] * 4
    assert day(ctx, staff["E001"], date(2026, 9, 3)).check_out == "18:30"
    assert day(ctx, staff["E002"], date(2026, 9, 1)).check_out == "18:00"


def test_each_bad_row_is_reported_with_column_and_reason_and_nothing_is_saved(ctx, staff, tmp_path):
    f = workbook(tmp_path / "bad.xlsx", [
        ("E001", "2026-09-01", "김요양", "09:00", "18:00", "", ""),  # fine
        ("E999", "2026-09-01", "", "09:00", "18:00", "", ""),  # unknown employee
        ("E002", "2026-09-01", "", "25:00", "18:00", "", ""),  # bad time
        ("E002", "2026-09-31", "", "09:00", "18:00", "", ""),  # no such date
        ("E001", "2026-09-01", "", "09:00", "19:00", "", ""),  # duplicate inside the file
        ("E002", "2026-09-02", "홍길동", "09:00", "18:00", "", ""),  # name differs from the card
        ("E002", "2026-09-03", "", "09:00", "18:00", "외출", ""),  # unknown status
        ("E002", "2026-09-04", "", "", "18:00", "", ""),  # check-out without check-in
        ("E002", "2024-01-02", "", "09:00", "18:00", "", ""),  # before hire date
    ])
    r = import_attendance(ctx, f)
    assert not r.ok and not r.saved and r.read == 9
    got = {(e.row, e.column) for e in r.rejected}
    assert got == {(3, "사번"), (4, "출근시각"), (5, "근무일자"), (6, "근무일자"), (7, "성명"), (8, "근태구분"),
                   (9, "출근시각"), (10, "근무일자")}
    dup = next(e for e in r.rejected if e.row == 6)
    assert "2행" in dup.reason
    assert "E999" in next(e for e in r.rejected if e.row == 3).reason
    assert counts(ctx) == (0, 0)  # the good row was not saved either


def test_same_file_twice_changes_nothing_the_second_time(ctx, staff, tmp_path):
    rows = [(no, f"2026-09-{d:02d}", "", "09:00", "18:00", "", "") for no in ("E001", "E002") for d in range(1, 11)]
    f = workbook(tmp_path / "a.xlsx", rows)
    first = import_attendance(ctx, f)
    assert first.created == 20
    before = counts(ctx)
    second = import_attendance(ctx, f)
    assert (second.created, second.updated, second.unchanged) == (0, 0, 20) and second.ok
    assert counts(ctx) == before


def test_a_day_already_recorded_is_an_update_never_a_second_row(ctx, staff, tmp_path):
    attendance.record_day(ctx, staff["E001"].id, date(2026, 9, 1), time(9), time(18))
    f = workbook(tmp_path / "a.xlsx", [("E001", "2026-09-01", "", "09:00", "21:00", "", "연장"),
                                       ("E001", "2026-09-02", "", "09:00", "18:00", "", "")])
    r = import_attendance(ctx, f)
    assert (r.created, r.updated, r.unchanged) == (1, 1, 0)
    row = day(ctx, staff["E001"], date(2026, 9, 1))
    assert row.version == 2 and row.overtime_minutes == 180 and row.note == "연장"
    assert counts(ctx) == (2, 3)  # two days; three changes queued (record, update, new day)
    with ctx.store.session() as s:
        query = select(OutboxEntry.base_version).where(OutboxEntry.entity_id == row.id).order_by(OutboxEntry.seq)
        bases = list(s.scalars(query))
    assert bases == [0, 1]


def test_dry_run_saves_nothing_but_counts(ctx, staff, tmp_path):
    f = workbook(tmp_path / "a.xlsx", [("E001", "2026-09-01", "", "09:00", "18:00", "", "")])
    r = import_attendance(ctx, f, dry_run=True)
    assert r.ok and r.created == 1 and not r.saved and counts(ctx) == (0, 0)


def test_status_only_days_and_derived_status(ctx, staff, tmp_path):
    f = workbook(tmp_path / "a.xlsx", [
        ("E001", "2026-09-01", "", "", "", "휴가", ""), ("E001", "2026-09-02", "", "09:30", "18:00", "", ""),
        ("E001", "2026-09-25", "", "09:00", "18:00", "", ""),  # 추석: holiday work
    ])
    assert import_attendance(ctx, f).ok
    assert [day(ctx, staff["E001"], date(2026, 9, d)).status for d in (1, 2, 25)] == ["휴가", "지각", "휴일근무"]
    assert day(ctx, staff["E001"], date(2026, 9, 25)).holiday_minutes == 480


def test_wrong_file_gets_one_clear_message(ctx, staff, tmp_path):
    from heemang_desktop.excel.reader import WorkbookError

    f = workbook(tmp_path / "x.xlsx", [("a", "b")], header=("이름", "날짜"))
    with pytest.raises(WorkbookError, match="사번"):
        import_attendance(ctx, f)


def test_export_writes_the_upload_layout_and_re_uploading_it_changes_nothing(ctx, staff, tmp_path):
    rows = [("E001", "2026-09-01", "", "09:00", "18:00", "", ""),
            ("E002", "2026-09-01", "", "22:00", "07:00", "", "야간"),
            ("E001", "2026-09-02", "", "", "", "출장", "서울"), ("E001", "2026-10-01", "", "09:00", "18:00", "", "")]
    assert import_attendance(ctx, workbook(tmp_path / "a.xlsx", rows)).created == 4
    out = tmp_path / "export.xlsx"
    assert export_attendance(ctx, "2026-09", out) == 3
    from python_calamine import CalamineWorkbook

    sheet = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("일일근태").to_python()
    assert list(sheet[1]) == ["사번", "근무일자", "성명", "출근시각", "퇴근시각", "근태구분", "비고"]
    assert len(sheet) == 5  # title, header, three days of September
    again = import_attendance(ctx, out)
    assert again.ok and (again.read, again.unchanged, again.created, again.updated) == (3, 3, 0, 0)


def test_cli_import_json_and_export_and_template(ctx, staff, tmp_path, paths, capsys):
    ctx.close()
    bad = workbook(tmp_path / "bad.xlsx", [("E001", "2026-09-01", "", "9:00", "18:00", "", ""),
                                           ("E404", "2026-09-01", "", "9:00", "18:00", "", "")])
    assert main(["--data-dir", str(paths.data_dir), "import", "attendance", str(bad), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["read"] == 2 and report["created"] == 1 and report["saved"] is False
    assert report["rejected"] == [{"row": 3, "column": "사번", "reason": "인사카드에 없는 사번입니다: 'E404'"}]

    good = workbook(tmp_path / "good.xlsx", [("E001", "2026-09-01", "", "9:00", "18:00", "", "")])
    assert main(["--data-dir", str(paths.data_dir), "import", "attendance", str(good), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["created"] == 1
    out = tmp_path / "sep.xlsx"
    assert main(["--data-dir", str(paths.data_dir), "attendance",
                 "export", "--month", "2026-09", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["rows"] == 1
    template = tmp_path / "t.xlsx"
    assert main(["--data-dir", str(paths.data_dir), "template", "attendance", str(template)]) == 0
    capsys.readouterr()
    # the untouched template imports nothing; its example row, once the user's own, is valid for E001
    assert main(["--data-dir", str(paths.data_dir), "import", "attendance", str(template), "--dry-run", "--json"]) == 1
    assert "자료 행이 없습니다" in capsys.readouterr().err
    import openpyxl

    wb = openpyxl.load_workbook(template)
    [note] = [c for c in wb.active[1] if str(c.value).rstrip("*") == "비고"]
    wb.active.cell(row=2, column=note.column, value="확인")
    wb.save(template)
    assert main(["--data-dir", str(paths.data_dir), "import", "attendance", str(template), "--dry-run", "--json"]) == 0


def test_a_row_with_a_wrong_name_and_a_wrong_day_lists_both(ctx, staff, tmp_path):
    r = import_attendance(ctx, workbook(tmp_path / "two.xlsx", [("E002", "2026-09-04", "홍길동", "", "18:00", "", "")]))
    assert [(e.row, e.column) for e in r.rejected] == [(2, "성명"), (2, "출근시각")]
    assert counts(ctx) == (0, 0)
