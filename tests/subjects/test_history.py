"""Outings, programs with attendance, daily logs and the per-subject timeline."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import select
from subject_helpers import register

from heemang_desktop.store.errors import ValidationError
from heemang_desktop.subjects import service
from heemang_desktop.subjects.models import DailyLog, ProgramSession
from heemang_desktop.sync.models import OutboxEntry


def test_an_outing_cannot_start_while_another_is_open(ctx, subject):
    out = service.start_outing(ctx, subject.id, "외박", datetime(2026, 9, 3, 10, 0), companion="딸 김영희",
                               destination="자택")
    assert out.is_open and service.list_outings(ctx, open_only=True)[0].id == out.id
    with pytest.raises(ValidationError, match="복귀하지 않았습니다"):
        service.start_outing(ctx, subject.id, "외출", datetime(2026, 9, 4, 9, 0))
    with pytest.raises(ValidationError, match="빠릅니다"):
        service.record_return(ctx, out.id, datetime(2026, 9, 3, 9, 0))
    back = service.record_return(ctx, out.id, datetime(2026, 9, 4, 18, 30))
    assert back.returned_at == datetime(2026, 9, 4, 18, 30)  # Seoul time in, Seoul time out
    assert service.list_outings(ctx, open_only=True) == []
    service.start_outing(ctx, subject.id, "외출", datetime(2026, 9, 5, 9, 0))


def test_outing_times_are_stored_in_utc(ctx, subject):
    out = service.start_outing(ctx, subject.id, "외출", datetime(2026, 9, 3, 10, 0))
    with ctx.store.session() as s:
        entry = s.scalar(select(OutboxEntry).where(OutboxEntry.entity_id == out.id))
    assert json.loads(entry.payload)["out_at"] == "2026-09-03T01:00:00"


def test_program_session_with_attendance_children(ctx, subject):
    other = register(ctx, "이말순", "450505-2345678")
    row = service.save_program_session(
        ctx, "원예치료", date(2026, 9, 3),
        [service.Attendance(subject.id, True), service.Attendance(other.id, False, "병원 진료")],
        leader="박사회복지사", content="화분 심기", evaluation="참여 적극적")
    assert row.present_count == 1
    with ctx.store.session() as s:
        payload = json.loads(s.scalar(select(OutboxEntry.payload).where(OutboxEntry.entity_id == row.id)))
    assert [a["present"] for a in payload["attendance"]] == [True, False]
    edited = service.save_program_session(ctx, "원예치료", date(2026, 9, 3), [service.Attendance(other.id)],
                                          session_id=row.id)
    assert [a.subject_id for a in edited.attendance] == [other.id]
    with pytest.raises(ValidationError, match="두 번"):
        service.save_program_session(ctx, "노래교실", date(2026, 9, 4),
                                     [service.Attendance(other.id), service.Attendance(other.id)])


def test_program_children_are_replaced_from_a_pulled_copy(ctx, subject):
    row = service.save_program_session(ctx, "체조", date(2026, 9, 3), [service.Attendance(subject.id)])
    with ctx.transaction() as s:
        sess = s.get(ProgramSession, row.id)
        sess.replace_sync_children(s, {"attendance": [{"id": "a1", "subject_id": subject.id, "position": 0,
                                                       "present": False, "note": "결석", "session_id": "x"}]})
    [program] = service.list_program_sessions(ctx, date(2026, 9, 1), date(2026, 9, 30))
    assert program.attendance == (service.Attendance(subject.id, False, "결석"),)


def test_logs_and_timeline(ctx, subject):
    service.admit(ctx, subject.id, "residential", date(2026, 9, 1))
    service.add_log(ctx, subject.id, "생활일지", datetime(2026, 9, 2, 8, 0), "아침 식사 양호")
    service.add_log(ctx, subject.id, "간호일지", datetime(2026, 9, 2, 9, 0), "혈압 130/85")
    service.start_outing(ctx, subject.id, "외출", datetime(2026, 9, 3, 10, 0), destination="시장")
    service.save_program_session(ctx, "원예치료", date(2026, 9, 4), [service.Attendance(subject.id)])
    service.charge_month(ctx, subject.id, "2026-09", "residential-2026")
    service.record_receipt(ctx, subject.id, date(2026, 9, 5), 100000, "현금")
    kinds = [i.kind for i in history_timeline(ctx, subject.id)]
    assert kinds == ["수납", "프로그램", "외출", "간호일지", "생활일지", "입소"]
    with pytest.raises(ValidationError, match="일지 종류"):
        service.add_log(ctx, subject.id, "업무일지", datetime(2026, 9, 2, 8, 0), "x")


def history_timeline(ctx, subject_id):
    from heemang_desktop.subjects.service import timeline

    return timeline(ctx, subject_id)


def test_cancelled_log_that_was_sent_stays_as_cancelled(ctx, subject):
    log = service.add_log(ctx, subject.id, "상담일지", datetime(2026, 9, 2, 8, 0), "상담")
    with ctx.transaction() as s:
        s.get(DailyLog, log.id).server_version = 3
    assert service.cancel_log(ctx, log.id) == "cancelled"
    assert service.list_logs(ctx, subject.id) == []
