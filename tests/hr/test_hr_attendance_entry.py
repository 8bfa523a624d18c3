"""One day typed into the month grid (issue 14): "0900-1800", "결근 병원", blank clears; the upload's rules."""

from datetime import date, time

import pytest
from hr_helpers import card, workbook
from sqlalchemy import select

from heemang_desktop.hr import service
from heemang_desktop.hr.attendance_import import import_attendance
from heemang_desktop.hr.models import Attendance
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.models import OutboxEntry

SEP1 = date(2026, 9, 1)  # a Tuesday


@pytest.fixture
def emp(ctx):
    return card(ctx)


def stored(ctx, emp, day=SEP1):
    with ctx.store.session() as s:
        row = s.scalar(select(Attendance).where(Attendance.employee_id == emp.id, Attendance.work_date == day,
                                                Attendance.deleted.is_(False)))
        return None if row is None else (row.check_in, row.check_out, row.status, row.note, row.regular_minutes,
                                         row.overtime_minutes)


@pytest.mark.parametrize("typed, expected", [
    ("0900-1800", ("09:00", "18:00", "정상", "", 480, 0)),
    ("09:00 ~ 20:00", ("09:00", "20:00", "정상", "", 480, 120)),
    ("900-1800", ("09:00", "18:00", "정상", "", 480, 0)),
    ("０９３０-1800 병원 다녀옴", ("09:30", "18:00", "지각", "병원 다녀옴", 480, 0)),
    ("0900-1800 조퇴 외출", ("09:00", "18:00", "조퇴", "외출", 480, 0)),
    ("결근", (None, None, "결근", "", 0, 0)),
    ("결 연락 없음", (None, None, "결근", "연락 없음", 0, 0)),
    ("휴가 가족여행", (None, None, "휴가", "가족여행", 0, 0)),
    ("연차 가족여행", (None, None, "휴가", "가족여행", 0, 0)),  # spelled as the upload's 근태구분 accepts it
    ("외근", (None, None, "출장", "", 0, 0)),
])
def test_typed_day_is_saved_with_its_times_status_note_and_minutes(ctx, emp, typed, expected):
    service.enter_day(ctx, emp.id, SEP1, typed)
    assert stored(ctx, emp) == expected


def test_typing_over_a_day_corrects_it_and_blank_text_clears_it(ctx, emp):
    service.enter_day(ctx, emp.id, SEP1, "0900-1800")
    service.enter_day(ctx, emp.id, SEP1, "0900-2000")
    assert stored(ctx, emp)[:2] == ("09:00", "20:00")
    with ctx.store.session() as s:
        assert len(s.scalars(select(Attendance)).all()) == 1  # corrected, never doubled
    service.enter_day(ctx, emp.id, SEP1, "  ")
    assert stored(ctx, emp) is None
    with ctx.store.session() as s:  # never synced: no entry left for the central service
        assert s.scalars(select(OutboxEntry).where(OutboxEntry.entity == "attendance")).all() == []


@pytest.mark.parametrize("typed, column, reason", [
    ("0960-1800", "출근시각", "0900-1800 처럼"),
    ("0900-0900", "퇴근시각", "출근시각과 퇴근시각이 같습니다"),
    ("지각", "출근시각", "'지각'인 날은 출근시각을 적으세요"),
    ("병원", "출근시각", "출근시각이나 근태구분을 적으세요"),
])
def test_a_day_the_rules_refuse_is_not_saved_and_says_why(ctx, emp, typed, column, reason):
    with pytest.raises(ValidationError) as exc:
        service.enter_day(ctx, emp.id, SEP1, typed)
    assert exc.value.field == column and reason in str(exc.value)
    assert stored(ctx, emp) is None


def test_the_cell_and_the_upload_apply_one_rule(ctx, emp, tmp_path):
    """Same day, same verdict: a typed day uploads again as unchanged, and both refuse a day before hiring."""
    service.enter_day(ctx, emp.id, SEP1, "2200-0700 야간")
    service.enter_day(ctx, emp.id, date(2026, 9, 2), "0900-1800 특근")
    sheet = workbook(tmp_path / "a.xlsx", [("E001", "2026-09-01", "김요양", "22:00", "07:00", "", "야간"),
                                           ("E001", "2026-09-02", "김요양", "09:00", "18:00", "휴일 근무", ""),
                                           ("E001", "2024-03-01", "김요양", "09:00", "18:00", "", "")])
    report = import_attendance(ctx, sheet, dry_run=True)
    assert report.unchanged == 2
    with pytest.raises(ValidationError) as typed:
        service.enter_day(ctx, emp.id, date(2024, 3, 1), "0900-1800")
    assert [(e.row, e.column, e.reason) for e in report.rejected] == [(4, typed.value.field, str(typed.value))]


def test_the_grid_offers_a_stored_day_back_as_it_would_be_typed(ctx, emp):
    service.enter_day(ctx, emp.id, SEP1, "0930-1800 병원")
    service.enter_day(ctx, emp.id, date(2026, 9, 2), "0900-1800 조퇴 외출")
    service.record_day(ctx, emp.id, date(2026, 9, 3), status="결근", note="연락 없음")
    row = service.month_grid(ctx, "2026-09").rows[0]
    assert row.entries[:4] == ("0930-1800 병원", "0900-1800 조퇴 외출", "결근 연락 없음", "")
    assert row.cells[:3] == ("지", "조", "결")


def test_clearing_several_days_at_once_leaves_the_others(ctx, emp):
    for d in (1, 2, 3):
        service.record_day(ctx, emp.id, date(2026, 9, d), time(9), time(18))
    assert service.clear_days(ctx, [(emp.id, date(2026, 9, 1)), (emp.id, date(2026, 9, 3)),
                                    (emp.id, date(2026, 9, 4))]) == 2
    assert [d.work_date.day for d in service.days_of(ctx, emp.id, "2026-09")] == [2]
