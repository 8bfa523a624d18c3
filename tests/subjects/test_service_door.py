"""Subjects' door (`subjects/service.py`): the work the pages used to assemble themselves, in one
transaction each, and reads that answer while another connection holds the write lock."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest
from sqlalchemy import func, select
from subject_helpers import register

from heemang_desktop.changes import collect
from heemang_desktop.store import engine
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.subjects import service
from heemang_desktop.subjects.models import TraineeAttendance, WorkRecord
from heemang_desktop.users import service as users


def _count(ctx, model) -> int:
    with ctx.store.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_police_report_recorded_for_every_due_report_of_the_subject(ctx, subject):
    service.update_subject(ctx, subject.id, service.SubjectInput(name=subject.name, no_kin=True))
    service.report_event(ctx, subject.id, "무연고자 실종", datetime(2026, 9, 3, 8, 0))
    assert len(service.list_reports(ctx, due_only=True, subject_id=subject.id)) == 2
    with pytest.raises(ValidationError, match="경찰서"):  # one bad field: neither report is marked told
        service.record_police_reports_for(ctx, subject.id, datetime(2030, 1, 1, 9, 0), "")
    assert len(service.list_reports(ctx, due_only=True, subject_id=subject.id)) == 2
    with collect() as seen:
        told = service.record_police_reports_for(ctx, subject.id, datetime(2030, 1, 1, 9, 0), "중부경찰서", "김경장")
    assert told == 2 and seen.changes.touches("no_kin_report") and len(seen.changes.ids("no_kin_report")) == 2
    assert service.list_reports(ctx, due_only=True, subject_id=subject.id) == []
    assert not service.get_subject(ctx, subject.id).police_report_due


def test_a_trainee_day_saves_attendance_and_work_together_or_not_at_all(ctx, subject):
    with pytest.raises(ValidationError, match="수량"):
        service.record_day(ctx, subject.id, date(2026, 9, 1), "출근", 240, "포장", -1)
    assert (_count(ctx, TraineeAttendance), _count(ctx, WorkRecord)) == (0, 0)  # the attendance did not stay
    service.record_day(ctx, subject.id, date(2026, 9, 1), "출근", 240, "포장", 100)
    service.record_day(ctx, subject.id, date(2026, 9, 2), "결근", 0)  # no task: attendance only
    assert (_count(ctx, TraineeAttendance), _count(ctx, WorkRecord)) == (2, 1)
    [wage] = service.calculate_wages(ctx, "2026-09")
    assert wage.piece_pay == 100 * 20


def test_subject_choices_and_card_with_timeline(ctx, subject):
    other = register(ctx, "가나다", "450505-2345678")
    assert [r.name for r in service.subject_choices(ctx)] == ["가나다", "김순자"]
    service.admit(ctx, other.id, "residential", date(2026, 9, 3))
    card, items = service.card_with_timeline(ctx, other.id)
    assert card.name == "가나다" and [i.kind for i in items] == ["입소"]


def test_reads_answer_while_another_connection_writes(ctx, subject, monkeypatch, tmp_path):
    service.admit(ctx, subject.id, "residential", date(2026, 9, 3))
    service.charge_month(ctx, subject.id, "2026-09", "residential-2026")
    receipt = service.record_receipt(ctx, subject.id, date(2026, 9, 10), 1_000, "현금")
    service.start_outing(ctx, subject.id, "외출", datetime(2026, 9, 4, 10, 0))
    service.record_day(ctx, subject.id, date(2026, 9, 1), "출근", 60, "포장", 10)
    [wage] = service.calculate_wages(ctx, "2026-09")
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)  # a read waiting for the lock fails fast here
    writer = sqlite3.connect(ctx.store.path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # the sync thread applying a pulled page, a CLI import
    try:
        assert [r.name for r in service.search_subjects(ctx, "김")] == ["김순자"]
        assert [r.name for r in service.roster(ctx, date(2026, 9, 5))] == ["김순자"]
        assert service.get_subject(ctx, subject.id).name == "김순자"
        assert len(service.timeline(ctx, subject.id)) == 3
        assert [o.kind for o in service.list_outings(ctx, open_only=True)] == ["외출"]
        assert [r.amount for r in service.list_receipts(ctx)] == [1_000]
        assert [b.received for b in service.balances(ctx)] == [1_000]
        assert [w.amount for w in service.wage_list(ctx, "2026-09")] == [wage.amount]
        assert "1,000원" in service.receipt_html(ctx, receipt.id)
        assert service.list_program_sessions(ctx, date(2026, 9, 1), date(2026, 9, 30)) == []
        assert service.list_logs(ctx, subject.id) == []
        assert service.list_reports(ctx) == []
        assert [u.login_id for u in users.list_users(ctx)] == ["admin"]
        assert service.export_roster(ctx, date(2026, 9, 5), tmp_path / "roster.xlsx") == 1
    finally:
        writer.execute("ROLLBACK")
        writer.close()
