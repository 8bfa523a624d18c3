"""Donor merge: a donor entered twice becomes one card; pledges (every version), gifts and CMS lines move
to the donor kept, the duplicate stays marked merged (never deleted), all through the outbox."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from heemang_desktop.donations import service
from heemang_desktop.donations.models import CmsLine, Donor
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.models import OutboxEntry

INSTITUTION = "9912345678"


def _twins(ctx):
    kept = service.add_donor(ctx, service.DonorInput(name="홍길동", phone="010-1234-5678"))
    other = service.add_donor(ctx, service.DonorInput(name="홍길동", phone="", birth_ymd="800101",
                                                      email="hong@example.com", privacy_consent_on=date(2026, 1, 5)))
    return kept, other


def test_merge_moves_both_histories_and_keeps_the_duplicate_marked(ctx, tmp_path):
    service.set_cms_setup(ctx, service.CmsSetup(INSTITUTION, "004", "99988877766655", "희망요양원"))
    kept, other = _twins(ctx)
    pledge = service.add_pledge(ctx, other.id, service.PledgeInput(
        pledge_kind="정기", amount=30000, method="CMS", debit_day=1, bank_name="국민은행",
        bank_account="123-456-78901", account_holder="홍길동"))
    changed = service.change_pledge(ctx, pledge.id, service.PledgeInput(
        pledge_kind="정기", amount=50000, method="CMS", debit_day=1, bank_name="국민은행",
        bank_account="123-456-78901", account_holder="홍길동"))
    service.write_eb13(ctx, tmp_path / "eb13.txt", date(2026, 9, 1))
    service.record_gift(ctx, service.GiftInput(donor_id=other.id, gift_date=date(2026, 9, 3), method="현금",
                                               amount=10000))
    service.record_gift(ctx, service.GiftInput(donor_id=kept.id, gift_date=date(2026, 9, 4), method="현금",
                                               amount=20000))

    result = service.merge_donors(ctx, kept.id, other.id)

    assert (result.pledges, result.gifts, result.cms_lines) == (2, 1, 1)
    assert [p.revision for p in service.donor_pledges(ctx, kept.id, include_history=True)] == [1, 2]
    assert service.pledge_history(ctx, changed.id)[-1].amount == 50000  # the version history is kept
    assert sorted(g.amount for g in service.list_gifts(ctx, kept.id)) == [10000, 20000]
    assert service.list_gifts(ctx, other.id) == []
    card = service.get_donor(ctx, kept.id)  # blanks filled from the duplicate, the kept values kept
    assert (card.phone, card.birth_ymd, card.email) == ("010-1234-5678", "800101", "hong@example.com")
    assert card.privacy_consent_on == date(2026, 1, 5) and other.donor_no in card.note
    assert [d.id for d in service.search_donors(ctx, "홍길동")] == [kept.id]
    with ctx.store.session() as session:
        merged = session.get_one(Donor, other.id)
        assert merged.merged_into == kept.id and not merged.deleted
        assert session.scalars(select(CmsLine.donor_id)).all() == [kept.id]
        queued = {(e.entity, e.entity_id) for e in session.scalars(select(OutboxEntry))}
    assert ("donor", other.id) in queued and ("gift", service.list_gifts(ctx, kept.id)[0].id) in queued
    # the duplicate is gone from the checks; the kept card answers for both
    assert [d.id for d in service.find_duplicates(ctx, "홍길동", birth_ymd="800101")] == [kept.id]


def test_merge_refusals_change_nothing(ctx):
    kept, other = _twins(ctx)
    with pytest.raises(ValidationError, match="같은 후원자"):
        service.merge_donors(ctx, kept.id, kept.id)
    service.merge_donors(ctx, kept.id, other.id)
    with pytest.raises(ValidationError, match="이미 다른 후원자로 병합"):
        service.merge_donors(ctx, kept.id, other.id)
    a = service.add_donor(ctx, service.DonorInput(name="김하나", resident_number="800101-1234567"))
    b = service.add_donor(ctx, service.DonorInput(name="김하나", resident_number="850505-1234568"))
    with pytest.raises(ValidationError, match="주민등록번호가 달라"):
        service.merge_donors(ctx, a.id, b.id)
    assert {d.id for d in service.search_donors(ctx, "김하나")} == {a.id, b.id}


def test_the_duplicates_consent_file_comes_along_when_the_kept_card_has_none(ctx, tmp_path):
    kept, other = _twins(ctx)
    form = tmp_path / "동의서.pdf"
    form.write_bytes(b"%PDF-1.4\n%%EOF\n")
    service.attach_consent(ctx, other.id, form, date(2026, 3, 2))
    service.merge_donors(ctx, kept.id, other.id)
    carried = service.consent_file(ctx, kept.id)
    assert (carried.name, carried.signed_on, carried.present) == ("동의서.pdf", date(2026, 3, 2), True)
    assert service.consent_path(ctx, kept.id).read_bytes() == form.read_bytes()
    assert kept.id in service.consent_path(ctx, kept.id).parts
