"""Subject cards: registration, derived birth date and sex, exact search by resident number."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select
from subject_helpers import register

from heemang_desktop.store.errors import ValidationError
from heemang_desktop.subjects import service
from heemang_desktop.subjects.models import NoKinReport
from heemang_desktop.sync.models import OutboxEntry


def test_registration_derives_birth_and_sex_and_masks_the_number(ctx):
    card = register(ctx, guardians=(service.Guardian("김영희", "딸", "010-1111-2222"),), ltc_grade="3등급")
    assert card.birth_date == date(1940, 1, 1) and card.sex == "F"
    assert card.resident_number_masked == "400101-2******"
    assert card.guardians[0].relation == "딸"
    with ctx.store.session() as s:
        entry = s.scalar(select(OutboxEntry).where(OutboxEntry.entity_id == card.id))
    payload = json.loads(entry.payload)
    assert entry.entity == "subject" and "resident_number_hash" not in payload
    assert "2234567" not in entry.payload


def test_exact_search_by_resident_number_with_or_without_dash(ctx):
    register(ctx, "이말순", "450505-2345678")
    target = register(ctx, "박철수", "380303-1456789")
    assert service.find_by_resident_number(ctx, "3803031456789").id == target.id
    assert [r.name for r in service.search_subjects(ctx, "380303-1456789")] == ["박철수"]
    assert service.find_by_resident_number(ctx, "380303-1456788") is None
    assert [r.name for r in service.search_subjects(ctx, "말순")] == ["이말순"]


def test_duplicate_resident_number_and_mismatching_birth_date_are_refused(ctx, subject):
    with pytest.raises(ValidationError, match="이미 등록된"):
        register(ctx, "다른사람", "400101-2234567")
    with pytest.raises(ValidationError, match="생년월일"):
        register(ctx, "최영", "500101-1234560", birth_date=date(1950, 2, 1))
    with pytest.raises(ValidationError, match="13자리"):
        register(ctx, "최영", "5001011234")


def test_subject_without_resident_number_keeps_typed_birth_date(ctx):
    card = register(ctx, "무명", "", birth_date=date(1950, 5, 5), sex="M", support_category="차상위")
    assert (card.birth_date, card.sex, card.resident_number_masked) == (date(1950, 5, 5), "M", "")


def test_marking_no_kin_shows_police_notice_until_the_report_is_recorded(ctx, subject):
    data = service.SubjectInput(name=subject.name, no_kin=True)
    card = service.update_subject(ctx, subject.id, data)
    assert card.no_kin and card.police_report_due
    [due] = service.list_reports(ctx, due_only=True)
    assert "경찰" in due.notice
    with pytest.raises(ValidationError, match="경찰서"):
        service.record_police_report(ctx, due.id, due.occurred_at, "")
    done = service.record_police_report(ctx, due.id, due.occurred_at, "서울중부경찰서", "김경위")
    assert not done.due and done.police_station == "서울중부경찰서"
    assert not service.get_subject(ctx, subject.id).police_report_due
    # saving the card again does not open a second report
    service.update_subject(ctx, subject.id, data)
    with ctx.store.session() as s:
        assert len(s.scalars(select(NoKinReport)).all()) == 1


def test_unsynced_card_can_be_discarded_with_its_queue(ctx, subject):
    service.discard_subject(ctx, subject.id)
    assert service.search_subjects(ctx) == []
    with ctx.store.session() as s:
        assert s.scalar(select(OutboxEntry).where(OutboxEntry.entity_id == subject.id)) is None
