"""Admissions and discharges: one open episode per service, dates in order, drafts and roster."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from subject_helpers import register

from heemang_desktop.reporting import drafts
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.subjects import service
from heemang_desktop.sync.models import OutboxEntry


def test_admission_queues_a_municipal_draft_in_the_same_transaction(ctx, subject):
    ep = service.admit(ctx, subject.id, "residential", date(2026, 9, 3))
    [draft] = drafts.list_drafts(ctx)
    assert draft.report_type == "입퇴소보고" and draft.source_id == ep.id
    assert draft.details["event"] == "입소" and draft.details["resident_number_masked"] == "400101-2******"
    with ctx.store.session() as s:
        entities = set(s.scalars(select(OutboxEntry.entity)))
    assert {"subject", "episode", "municipal_report_draft"} <= entities


def test_one_open_episode_per_service(ctx, subject):
    service.admit(ctx, subject.id, "residential", date(2026, 9, 3))
    with pytest.raises(ValidationError, match="이미 .* 입소 중"):
        service.admit(ctx, subject.id, "residential", date(2026, 9, 10))
    day = service.admit(ctx, subject.id, "day", date(2026, 9, 10))  # another service is fine
    assert day.service_label == "주간이용"


def test_discharge_not_before_admission_and_not_inside_an_old_episode(ctx, subject):
    ep = service.admit(ctx, subject.id, "residential", date(2026, 9, 3))
    with pytest.raises(ValidationError, match="빠릅니다"):
        service.discharge(ctx, ep.id, date(2026, 9, 2), "가정 복귀")
    with pytest.raises(ValidationError, match="퇴소 사유"):
        service.discharge(ctx, ep.id, date(2026, 9, 20), "모름")
    done = service.discharge(ctx, ep.id, date(2026, 9, 20), "가정 복귀")
    assert done.ended_on == date(2026, 9, 20)
    with pytest.raises(ValidationError, match="기간"):
        service.admit(ctx, subject.id, "residential", date(2026, 9, 15))
    assert [d.details["event"] for d in drafts.list_drafts(ctx)] == ["입소", "퇴소"]


def test_roster_for_a_date(ctx):
    a, b, c = (register(ctx, n, r) for n, r in
               [("가나다", "400101-2234567"), ("라마바", "410101-1234567"), ("사아자", "420101-2234567")])
    service.admit(ctx, a.id, "residential", date(2026, 9, 1))
    eb = service.admit(ctx, b.id, "residential", date(2026, 8, 1))
    service.discharge(ctx, eb.id, date(2026, 9, 2), "사망")
    service.admit(ctx, c.id, "day", date(2026, 9, 4))
    rows = service.roster(ctx, date(2026, 9, 3))
    assert [(r.name, r.service, r.admitted_on) for r in rows] == [("가나다", "residential", date(2026, 9, 1))]
    assert {r.name for r in service.roster(ctx, date(2026, 9, 2))} == {"가나다", "라마바"}
    assert rows[0].resident_number_masked == "400101-2******"


def test_discharge_by_death_of_no_kin_subject_asks_for_police_report(ctx):
    s = register(ctx, "무연고", "400101-1234567", no_kin=True)
    ep = service.admit(ctx, s.id, "residential", date(2026, 1, 1))
    out = service.discharge(ctx, ep.id, date(2026, 9, 3), "사망")
    assert "경찰" in out.police_notice
    assert {r.event for r in service.list_reports(ctx, due_only=True)} == {"무연고자 사망", "무연고 확인"}


def test_cancelling_an_unsent_admission_removes_it_and_its_draft(ctx, subject):
    ep = service.admit(ctx, subject.id, "residential", date(2026, 9, 3))
    assert service.cancel_episode(ctx, ep.id) == "discarded"
    assert drafts.list_drafts(ctx) == [] and service.list_episodes(ctx) == []
    with ctx.store.session() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.entity_id == ep.id)) == 0


def test_cancelling_a_sent_admission_marks_it_cancelled(ctx, subject):
    ep = service.admit(ctx, subject.id, "residential", date(2026, 9, 3))
    with ctx.transaction() as s:  # as if the central service had answered
        from heemang_desktop.subjects.models import Episode
        s.get(Episode, ep.id).server_version = 7
    assert service.cancel_episode(ctx, ep.id) == "cancelled"
    assert service.roster(ctx, date(2026, 9, 3)) == []
    # and a new admission is possible again
    service.admit(ctx, subject.id, "residential", date(2026, 9, 4))


def test_undo_discharge_reopens_and_withdraws_only_the_discharge_draft(ctx, subject):
    ep = service.admit(ctx, subject.id, "residential", date(2026, 9, 3))
    service.discharge(ctx, ep.id, date(2026, 9, 5), "본인 희망")
    again = service.undo_discharge(ctx, ep.id)
    assert again.ended_on is None
    assert [d.details["event"] for d in drafts.list_drafts(ctx)] == ["입소"]
    assert service.get_subject(ctx, subject.id).name == subject.name
