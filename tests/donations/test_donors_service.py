"""The donations door: donor cards with duplicate detection, search, pledge versions, pause/해지, gifts."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from heemang_desktop.donations import service
from heemang_desktop.donations.models import Pledge
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.models import OutboxEntry

CMS_PLEDGE = service.PledgeInput(pledge_kind="정기", amount=30000, method="CMS", debit_day=25,
                                 start_date=date(2026, 1, 1), bank_name="국민은행", bank_account="123-45-678901",
                                 account_holder="홍길동")


def _donor(ctx, name="홍길동", phone="010-1234-5678", allow_duplicate=False, **kw):
    return service.add_donor(ctx, service.DonorInput(name=name, phone=phone, **kw), allow_duplicate)


def test_donor_saved_sealed_with_its_outbox_entry(ctx):
    card = _donor(ctx, resident_number="800101-1234567", receipt_wanted=True, news_channel="문자")
    assert card.donor_no == "D-00001"
    assert card.resident_number_masked == "800101-1******" and card.birth_ymd == "800101"
    with ctx.store.session() as session:
        entries = session.scalars(select(OutboxEntry).where(OutboxEntry.entity == "donor")).all()
        assert [e.entity_id for e in entries] == [card.id]
        assert "1234567" not in entries[0].payload  # the sealed number never travels in plain from the outbox


def test_same_name_and_phone_or_birth_is_refused_naming_the_existing_donor(ctx):
    first = _donor(ctx, birth_ymd="800101")
    with pytest.raises(service.DuplicateDonor) as caught:
        _donor(ctx, name="홍 길동", phone="01012345678")
    assert "홍길동 (후원자번호 D-00001)" in str(caught.value) and caught.value.existing[0].id == first.id
    with pytest.raises(service.DuplicateDonor):
        _donor(ctx, phone="", birth_ymd="800101")
    other = _donor(ctx, phone="010-9999-0000")  # same name, other phone, no birth date: someone else
    assert other.id != first.id
    again = _donor(ctx, allow_duplicate=True)  # the user confirmed it is another person
    assert again.donor_no == "D-00003"


def test_search_by_name_phone_tail_state_and_method(ctx):
    a = _donor(ctx, "김후원", "010-1111-2222")
    b = _donor(ctx, "이나눔", "010-3333-4444")
    c = _donor(ctx, "박기부", "010-5555-6666")
    service.add_pledge(ctx, a.id, CMS_PLEDGE)
    p = service.add_pledge(ctx, b.id, service.PledgeInput(pledge_kind="정기", amount=10000, method="계좌이체",
                                                          debit_day=10))
    service.pause_pledge(ctx, p.id)

    def names(**kw):
        return [r.name for r in service.search_donors(ctx, **kw)]

    assert names(query="나눔") == ["이나눔"]
    assert names(phone_tail="2222") == ["김후원"]
    assert names(pledge_state="진행") == ["김후원"]
    assert names(pledge_state="일시정지") == ["이나눔"]
    assert names(pledge_state="약정없음") == [c.name]
    assert names(method="계좌이체") == ["이나눔"]
    with pytest.raises(ValidationError, match="약정 상태"):
        service.search_donors(ctx, pledge_state="없는상태")


def test_pledge_change_is_a_new_version_and_history_keeps_the_old(ctx):
    donor = _donor(ctx)
    first = service.add_pledge(ctx, donor.id, CMS_PLEDGE)
    assert first.cms_state == "신청" and first.bank_account_masked == "***-**-**8901"
    registered = service.add_pledge(ctx, donor.id, service.PledgeInput(
        **{**CMS_PLEDGE.__dict__, "amount": 20000, "cms_registered_on": date(2025, 5, 1)}))
    assert registered.cms_state == "등록"  # moved from another program: no new EB13
    changed = service.change_pledge(ctx, first.id, service.PledgeInput(**{**CMS_PLEDGE.__dict__, "amount": 50000,
                                                                          "bank_account": ""}))
    assert (changed.revision, changed.amount, changed.series_id) == (2, 50000, first.id)
    history = service.pledge_history(ctx, changed.id)
    assert [(h.revision, h.amount, h.current) for h in history] == [(1, 30000, False), (2, 50000, True)]
    assert {p.amount for p in service.donor_pledges(ctx, donor.id)} == {50000, 20000}
    with pytest.raises(ValidationError, match="이전 버전"):
        service.change_pledge(ctx, first.id, CMS_PLEDGE)


def test_cancel_of_a_registered_cms_pledge_waits_for_its_eb13_cancellation(ctx):
    donor = _donor(ctx)
    p = service.add_pledge(ctx, donor.id, service.PledgeInput(**{**CMS_PLEDGE.__dict__,
                                                                  "cms_registered_on": date(2025, 5, 1)}))
    cancelled = service.cancel_pledge(ctx, p.id, date(2026, 10, 1))
    assert (cancelled.state, cancelled.cms_state) == ("해지", "해지신청")
    with pytest.raises(ValidationError, match="해지한 약정"):
        service.pause_pledge(ctx, p.id)


@pytest.mark.parametrize(("changes", "reason"), [
    ({"amount": 139}, "140원 이상"),
    ({"debit_day": None}, "출금일"),
    ({"designation": "지정"}, "지정목적"),
    ({"bank_account": ""}, "은행, 계좌번호, 예금주"),
    ({"end_date": date(2025, 1, 1)}, "약정종료일"),
    ({"method": "카드"}, "납부방법"),
])
def test_bad_pledges_are_refused_with_their_reason(ctx, changes, reason):
    donor = _donor(ctx)
    with pytest.raises(ValidationError, match=reason):
        service.add_pledge(ctx, donor.id, service.PledgeInput(**{**CMS_PLEDGE.__dict__, **changes}))
    with ctx.store.session() as session:
        assert session.scalar(select(func.count()).select_from(Pledge)) == 0


def test_gifts_money_and_in_kind(ctx):
    donor = _donor(ctx)
    pledge = service.add_pledge(ctx, donor.id, service.PledgeInput(
        pledge_kind="정기", amount=10000, method="계좌이체", debit_day=5, designation="지정", purpose="아동 급식"))
    gift = service.record_gift(ctx, service.GiftInput(donor_id=donor.id, gift_date=date(2026, 9, 5),
                                                      method="계좌이체", amount=10000, pledge_id=pledge.id))
    assert (gift.designation, gift.purpose) == ("지정", "아동 급식")
    goods = service.record_gift(ctx, service.GiftInput(donor_id=donor.id, gift_date=date(2026, 9, 7), method="현물",
                                                       item="쌀 20kg", quantity=3, unit_value=55000))
    assert goods.amount == 165000
    with pytest.raises(ValidationError, match="수량×단가"):
        service.record_gift(ctx, service.GiftInput(donor_id=donor.id, gift_date=date(2026, 9, 7), method="현물",
                                                   item="쌀", quantity=3, unit_value=55000, amount=100000))
    with pytest.raises(ValidationError, match="0보다 큰"):
        service.record_gift(ctx, service.GiftInput(donor_id=donor.id, gift_date=date(2026, 9, 7), method="현금"))
    assert sum(g.amount for g in service.list_gifts(ctx, donor.id, 2026)) == 175000
