"""Correcting and cancelling a gift: refused while an issued 기부금영수증 covers it (void first) or while a
수입결의서 that is not cancelled books it (named); otherwise saved with its outbox entry. A CMS gift keeps
what the bank debited."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from heemang_desktop.accounting import service as accounting
from heemang_desktop.donations import service
from heemang_desktop.donations.models import Gift
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.models import OutboxEntry

DAY = date(2026, 9, 3)


@pytest.fixture
def gift(ctx):
    service.set_income_setup(ctx, service.IncomeSetup(deposit_accounts=("농협 후원금전용 301-01",)))
    service.set_receipt_setup(ctx, service.ReceiptSetup("1238212345", "서울특별시 종로구 희망로 1",
                                                        "소득세법 시행령 제80조제1항"))
    donor = service.add_donor(ctx, service.DonorInput(name="한나눔", phone="010-2000-0001",
                                                      resident_number="800101-1234567", receipt_wanted=True))
    data = service.GiftInput(donor_id=donor.id, gift_date=DAY, method="계좌이체", amount=50_000)
    return service.record_gift(ctx, data), data


def _entries(ctx, gift_id: str) -> int:
    with ctx.store.session() as session:
        return len(session.scalars(select(OutboxEntry).where(OutboxEntry.entity_id == gift_id)).all())


def test_a_receipted_gift_is_refused_until_the_receipt_is_voided(ctx, gift):
    row, data = gift
    receipt = service.issue_for_gift(ctx, row.id)
    with pytest.raises(ValidationError, match=f"기부금영수증 {receipt.number}.*영수증을 먼저 취소"):
        service.update_gift(ctx, row.id, replace(data, amount=55_000))
    with pytest.raises(ValidationError, match=receipt.number):
        service.cancel_gift(ctx, row.id, "중복 입력")
    assert [(g.amount, g.receipt_no) for g in service.list_gifts(ctx)] == [(50_000, receipt.number)]

    service.void_receipt(ctx, receipt.id, "금액 오기")
    assert service.list_gifts(ctx)[0].receipt_no == ""
    before = _entries(ctx, row.id)
    fixed = service.update_gift(ctx, row.id, replace(data, amount=55_000, note="통장 확인"))
    assert (fixed.amount, fixed.deposit_account) == (55_000, "농협 후원금전용 301-01")
    assert [g.amount for g in service.list_gifts(ctx)] == [55_000]
    assert _entries(ctx, row.id) == before + 1  # saved through the outbox
    again = service.reissue_receipt(ctx, receipt.id)  # the re-issue covers the corrected amount
    assert again.total == 55_000


def test_a_booked_gift_names_its_resolution_until_that_one_is_cancelled(ctx, gift):
    row, data = gift
    booked = service.book_income(ctx, date(2026, 9, 1), date(2026, 9, 30))
    [resolution] = booked.resolutions
    with pytest.raises(ValidationError, match=f"수입결의서 {resolution.number}\\(2026-09-03\\)"):
        service.cancel_gift(ctx, row.id, "중복 입력")
    with pytest.raises(ValidationError, match=resolution.number):
        service.update_gift(ctx, row.id, replace(data, amount=5_000))
    assert service.list_gifts(ctx)[0].resolution_no == resolution.number

    accounting.cancel_resolution(ctx, resolution.resolution_id)
    assert service.list_gifts(ctx)[0].resolution_no == ""  # shown as waiting again
    service.cancel_gift(ctx, row.id, "중복 입력")
    assert service.list_gifts(ctx) == []
    assert service.unbooked_count(ctx, date(2026, 9, 1), date(2026, 9, 30)) == 0  # not booked again
    with ctx.store.session() as session:
        stored = session.get_one(Gift, row.id)
        assert stored.cancelled and "중복 입력" in stored.note
    with pytest.raises(ValidationError, match="이미 취소한"):
        service.cancel_gift(ctx, row.id, "또")


def test_a_cancel_needs_a_reason_and_a_correction_is_checked_like_a_new_gift(ctx, gift):
    row, data = gift
    with pytest.raises(ValidationError, match="취소 사유"):
        service.cancel_gift(ctx, row.id, "  ")
    with pytest.raises(ValidationError, match="0보다 큰"):
        service.update_gift(ctx, row.id, replace(data, amount=0))
    with pytest.raises(ValidationError, match="지정목적"):
        service.update_gift(ctx, row.id, replace(data, designation="지정"))
    fixed = service.update_gift(ctx, row.id, replace(data, designation="지정", purpose="겨울 난방비"))
    assert (fixed.designation, fixed.purpose, fixed.amount) == ("지정", "겨울 난방비", 50_000)


def test_a_cms_gift_keeps_the_banks_date_amount_and_method(ctx, gift):
    row, data = gift
    with ctx.transaction() as session:  # as an EB22 success leaves it
        session.get_one(Gift, row.id).cms_line_id = "line-1"
    with pytest.raises(ValidationError, match="CMS 출금으로 받은 후원금은"):
        service.update_gift(ctx, row.id, replace(data, amount=60_000))
    assert service.update_gift(ctx, row.id, replace(data, note="메모")).amount == 50_000
