"""Revealing a full number: a reason is asked, the role must open the record's menu, the reveal is
recorded (entity, id, field; never the number) in the same transaction as the read."""

from __future__ import annotations

from datetime import date

import pytest

from heemang_desktop.audit import service as audit
from heemang_desktop.context import Actor
from heemang_desktop.hr import service as hr
from heemang_desktop.store.errors import PermissionDenied, ValidationError
from heemang_desktop.subjects import cards as subjects

RRN = "900101-1234568"


def card(ctx, no="E001", name="김요양", **pii):
    return hr.create_employee(ctx, hr.EmployeeInput(no, name, "요양보호사", "정규", date(2024, 3, 2), **pii))


@pytest.fixture
def employee(ctx):
    return card(ctx, resident_number=RRN, bank_account="110-234-567890")


def test_an_employee_number_is_revealed_with_a_reason_and_recorded_without_the_value(ctx, employee):
    shown = audit.reveal(ctx, "employee", employee.id, "resident_number", "4대보험 신고 확인")
    assert (shown.value, shown.masked) == ("900101-1234568", "900101-1******")
    account = audit.reveal(ctx, "employee", employee.id, "bank_account", "급여 이체 확인")
    assert account.value == "110-234-567890"
    rows = audit.list_access(ctx)
    assert [(r.kind, r.entity, r.entity_id, r.detail, r.reason) for r in rows] == [
        ("reveal_account_number", "employee", employee.id, "bank_account", "급여 이체 확인"),
        ("reveal_resident_number", "employee", employee.id, "resident_number", "4대보험 신고 확인")]
    assert not any("1234568" in str(r) or "567890" in str(r) for r in rows)


def test_no_reason_no_number_and_no_record(ctx, employee):
    with pytest.raises(ValidationError, match="조회 사유"):
        audit.reveal(ctx, "employee", employee.id, "resident_number", " ")
    assert audit.list_access(ctx) == []


def test_a_role_without_the_menu_is_refused_and_nothing_is_recorded(ctx, employee):
    subject = subjects.register_subject(ctx, subjects.SubjectInput(name="박순자", resident_number="400101-2234561"))
    ctx.actor = Actor("kim", "김복지", "social_worker")  # no 인사 menu
    with pytest.raises(PermissionDenied, match="권한"):
        audit.reveal(ctx, "employee", employee.id, "resident_number", "확인 필요")
    assert audit.reveal(ctx, "subject", subject.id, "resident_number", "입소 서류 대조").value == "400101-2234561"
    ctx.actor = Actor("admin", "김관리", "admin")
    assert [(r.login_id, r.entity) for r in audit.list_access(ctx)] == [("kim", "subject")]


def test_fields_without_a_number_are_not_revealable(ctx, employee):
    with pytest.raises(ValidationError, match="전체 번호를 볼 수 없습니다"):
        audit.reveal(ctx, "employee", employee.id, "name", "확인")
    bare = card(ctx, no="E002", name="이무번")
    with pytest.raises(ValidationError, match="저장된 번호가 없습니다"):
        audit.reveal(ctx, "employee", bare.id, "resident_number", "확인")
    assert audit.list_access(ctx) == []
