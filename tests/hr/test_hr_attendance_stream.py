"""The attendance upload streams the sheet in chunks inside one transaction: still all or nothing,
every problem reported, duplicates and updates found across chunks, rows never all held at once."""

import json
from datetime import date

import pytest
from hr_helpers import card, workbook
from sqlalchemy import func, select

from heemang_desktop.excel import pipeline, reader
from heemang_desktop.hr import attendance_import
from heemang_desktop.hr.attendance_import import import_attendance
from heemang_desktop.hr.models import Attendance
from heemang_desktop.progress import Progress
from heemang_desktop.sync.models import OutboxEntry


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(pipeline, "CHUNK", 3)


@pytest.fixture
def staff(ctx):
    return {"E001": card(ctx), "E002": card(ctx, no="E002", name="이간호", job_type="간호조무사")}


def counts(ctx):
    with ctx.store.session() as s:
        return (s.scalar(select(func.count()).select_from(Attendance)),
                s.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.entity == "attendance")))


def month(days, no="E001", check_out="18:00"):
    return [(no, f"2026-09-{d:02d}", "", "09:00", check_out, "", "") for d in days]


def test_a_bad_row_after_chunks_were_written_still_leaves_nothing_saved(ctx, staff, tmp_path, small_chunks):
    rows = month(range(1, 21)) + [("E404", "2026-09-01", "", "09:00", "18:00", "", "")] + month(range(21, 26))
    r = import_attendance(ctx, workbook(tmp_path / "a.xlsx", rows))
    assert not r.ok and not r.saved and r.read == 26
    assert [(e.row, e.column) for e in r.rejected] == [(22, "사번")]
    assert r.created == 25  # the rows after the bad one were still checked and counted
    assert counts(ctx) == (0, 0)


def test_every_problem_is_reported_even_in_later_chunks(ctx, staff, tmp_path, small_chunks):
    rows = month(range(1, 8)) + [("E001", "2026-09-02", "", "09:00", "19:00", "", "")]  # duplicate of row 3
    rows += [("E002", "2026-09-01", "", "25:00", "", "", "")] + month(range(1, 5), no="E002")
    r = import_attendance(ctx, workbook(tmp_path / "a.xlsx", rows))
    assert [(e.row, e.column) for e in r.rejected] == [(9, "근무일자"), (10, "출근시각")]
    assert "3행과 같은 직원·같은 날입니다" in r.rejected[0].reason
    assert counts(ctx) == (0, 0)


def test_updates_and_unchanged_days_are_found_in_every_chunk(ctx, staff, tmp_path, small_chunks):
    first = import_attendance(ctx, workbook(tmp_path / "a.xlsx", month(range(1, 11))))
    assert first.saved and first.created == 10
    changed = month(range(1, 11))
    changed[7] = ("E001", "2026-09-08", "", "09:00", "21:00", "", "연장")
    again = import_attendance(ctx, workbook(tmp_path / "b.xlsx", changed + month(range(11, 13))))
    assert (again.created, again.updated, again.unchanged) == (2, 1, 9) and again.saved
    assert counts(ctx) == (12, 13)
    with ctx.store.session() as s:
        row = s.scalar(select(Attendance).where(Attendance.work_date == date(2026, 9, 8)))
        payloads = [json.loads(p) for p in s.scalars(
            select(OutboxEntry.payload).where(OutboxEntry.entity_id == row.id).order_by(OutboxEntry.seq))]
    assert (row.version, row.overtime_minutes, row.note) == (2, 180, "연장")
    assert payloads[1]["created_at"] == payloads[0]["created_at"] and payloads[1]["version"] == 2
    assert payloads[1]["work_date"] == "2026-09-08" and payloads[1]["deleted"] is False


def test_dry_run_counts_like_a_save_but_writes_nothing(ctx, staff, tmp_path, small_chunks):
    f = workbook(tmp_path / "a.xlsx", month(range(1, 11)))
    dry = import_attendance(ctx, f, dry_run=True)
    assert dry.ok and not dry.saved and dry.created == 10 and counts(ctx) == (0, 0)
    assert import_attendance(ctx, f).as_dict() | {"dry_run": True, "saved": False} == dry.as_dict()


def test_a_sheet_without_the_optional_columns(ctx, staff, tmp_path):
    f = workbook(tmp_path / "a.xlsx", [("E001", "2026-09-01", "휴가"), ("E002", "2026-09-01", "출장")],
                 header=("사번", "근무일자", "근태구분"))
    r = import_attendance(ctx, f)
    assert r.ok and r.created == 2 and counts(ctx) == (2, 2)


def test_the_importer_never_holds_all_rows(ctx, staff, tmp_path, small_chunks, monkeypatch):
    """Saving starts before the sheet is read to its end, and no save covers more than a chunk."""
    read = []
    saves = []
    open_sheet = reader.open_sheet

    def counting_open_sheet(path, layout):
        sheet = open_sheet(path, layout)

        def cells(source):
            for item in source:
                read.append(item[0])
                yield item
        sheet.cells = cells(sheet.cells)
        return sheet

    real_save = attendance_import.record_changes

    def recording_save(session, model, rows, actor_id):
        saves.append((len(read), len(rows)))
        return real_save(session, model, rows, actor_id)

    monkeypatch.setattr(reader, "open_sheet", counting_open_sheet)
    monkeypatch.setattr(attendance_import, "record_changes", recording_save)
    r = import_attendance(ctx, workbook(tmp_path / "a.xlsx", month(range(1, 31))))
    assert r.saved and len(read) == 30
    assert saves[0][0] <= 3 and all(n <= 3 for _, n in saves) and sum(n for _, n in saves) == 30


def test_progress_after_every_chunk(ctx, staff, tmp_path, small_chunks):
    seen = []

    class Recording(Progress):
        def update(self, done, total=None):
            seen.append(done)
            super().update(done, total)

    import_attendance(ctx, workbook(tmp_path / "a.xlsx", month(range(1, 11))), progress=Recording())
    assert seen == [3, 6, 9, 10]
