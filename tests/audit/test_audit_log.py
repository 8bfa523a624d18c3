"""접속기록: a record per access (who, when, what, why; never the value), append-only, synced,
listed with filters, exported to Excel, and the monthly review 나의업무 asks for."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from heemang_desktop.audit import service as audit
from heemang_desktop.audit.models import AccessRecord
from heemang_desktop.context import Actor
from heemang_desktop.store.errors import PermissionDenied, ValidationError
from heemang_desktop.sync.models import OutboxEntry


def _record(ctx, kind=audit.REVEAL_RESIDENT_NUMBER, entity="employee", entity_id="e-1", reason="급여 확인"):
    with ctx.transaction() as session:
        audit.record_access(session, ctx, kind, entity, entity_id, reason)


def test_a_record_says_who_what_and_why_and_goes_to_the_outbox_in_the_same_transaction(ctx):
    _record(ctx)
    [row] = audit.list_access(ctx)
    assert (row.login_id, row.kind, row.entity, row.entity_id, row.reason) == (
        "admin", "reveal_resident_number", "employee", "e-1", "급여 확인")
    assert row.kind_label == "주민등록번호 조회"
    with ctx.store.session() as s:
        [entry] = s.scalars(select(OutboxEntry).where(OutboxEntry.entity == "access_record")).all()
        assert json.loads(entry.payload)["kind"] == "reveal_resident_number"


def test_a_failed_action_leaves_no_record(ctx):
    with pytest.raises(RuntimeError), ctx.transaction() as session:
        audit.record_access(session, ctx, audit.EXPORT, "payroll_register", "r-1")
        raise RuntimeError("export failed")
    assert audit.list_access(ctx) == []


def test_an_actor_alone_is_enough_inside_a_caller_transaction(ctx):
    with ctx.transaction() as session:
        audit.record_access(session, Actor("kim", "김복지", "social_worker"), audit.PRINT, "payslip", "p-1")
    assert [r.login_id for r in audit.list_access(ctx)] == ["kim"]


def test_records_cannot_be_edited_or_deleted(ctx):
    _record(ctx)
    with pytest.raises(PermissionDenied, match="고치거나 지울 수 없습니다"), ctx.transaction() as session:
        row = session.scalars(select(AccessRecord)).one()
        row.reason = "다른 사유"
    with pytest.raises(PermissionDenied), ctx.transaction() as session:
        session.delete(session.scalars(select(AccessRecord)).one())
    assert [r.reason for r in audit.list_access(ctx)] == ["급여 확인"]


def test_an_unknown_kind_is_a_programming_error(ctx):
    with pytest.raises(ValueError), ctx.transaction() as session:
        audit.record_access(session, ctx, "peek", "employee", "e-1")


def test_filters_by_user_kind_and_seoul_days(ctx):
    _record(ctx)
    _record(ctx, kind=audit.EXPORT, entity="payroll_register", entity_id="2026-11")
    with ctx.transaction() as session:
        audit.record_access(session, Actor("kim", "김복지", "social_worker"), audit.OPEN_HEALTH_NOTE, "subject", "s-1")
        # 2026-11-30 23:30 in Seoul is 14:30 UTC the same day; 2026-12-01 00:30 Seoul is 11-30 15:30 UTC
        for at in (datetime(2026, 11, 30, 14, 30), datetime(2026, 11, 30, 15, 30)):
            session.add(AccessRecord(facility_id=ctx.facility.id, at=at, login_id="lee", kind=audit.PRINT,
                                     entity="payslip", entity_id="x"))
    assert [r.kind for r in audit.list_access(ctx, kind=audit.EXPORT)] == ["export"]
    assert [r.login_id for r in audit.list_access(ctx, login_id="kim")] == ["kim"]
    nov = audit.list_access(ctx, date(2026, 11, 30), date(2026, 11, 30))
    assert [r.at for r in nov] == [datetime(2026, 11, 30, 23, 30)]
    dec1 = audit.list_access(ctx, date(2026, 12, 1), date(2026, 12, 1), login_id="lee")
    assert [r.at for r in dec1] == [datetime(2026, 12, 1, 0, 30)]
    assert set(audit.users_seen(ctx)) == {"admin", "kim", "lee"}


def test_only_roles_with_the_admin_menu_read_the_log(ctx):
    _record(ctx)
    ctx.actor = Actor("acc", "최회계", "accountant")
    with pytest.raises(PermissionDenied, match="관리자만"):
        audit.list_access(ctx)


def test_export_writes_the_filtered_rows_with_korean_kinds(ctx, tmp_path):
    _record(ctx)
    _record(ctx, kind=audit.PRINT, entity="payroll_register", entity_id="p-9", reason="")
    out = tmp_path / "log.xlsx"
    assert audit.export_access(ctx, out, kind=audit.PRINT) == 1
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[1] == audit.EXPORT_HEADERS
    assert rows[2][1:5] == ("admin", "인쇄", "급여대장", "p-9")  # the entity named as the menus name it
    assert len(rows) == 3


def test_monthly_review_is_due_until_an_admin_marks_last_month(ctx):
    with ctx.transaction() as session:  # the store has existed since before November
        from heemang_desktop.store.models import Facility
        session.get(Facility, ctx.facility.id).created_at = datetime(2026, 10, 1)
        session.add(AccessRecord(facility_id=ctx.facility.id, at=datetime(2026, 11, 3, 1), login_id="kim",
                                 kind=audit.PRINT, entity="payslip", entity_id="x"))
    [item] = audit.work_items(ctx, date(2026, 12, 2))
    assert (item.kind, item.page, item.key) == ("audit_review_due", "admin.audit", "2026-11")
    assert "2026년 11월" in item.title and "(1건)" in item.title
    with pytest.raises(ValidationError, match="아직 끝나지 않은 달"):
        audit.mark_review(ctx, "2026-12", today=date(2026, 12, 2))
    review = audit.mark_review(ctx, "2026-11", "이상 없음", today=date(2026, 12, 2))
    assert (review.month, review.reviewed_by, review.records) == ("2026-11", "admin", 1)
    assert audit.work_items(ctx, date(2026, 12, 2)) == []
    assert audit.mark_review(ctx, "2026-11", today=date(2026, 12, 2)).note == "이상 없음"  # the first mark stays
    assert list(audit.reviews(ctx)) == ["2026-11"]
    with ctx.store.session() as s:
        assert s.scalar(select(OutboxEntry.entity).where(OutboxEntry.entity == "audit_review")) == "audit_review"


def test_a_store_made_this_month_has_no_review_due(ctx):
    assert audit.work_items(ctx, date.today()) == []
