"""Recording gifts: an in-kind gift's amount is quantity × unit value; money names its 후원금전용계좌;
a pledge's designation and purpose carry over; a 지정 gift needs its purpose."""

from __future__ import annotations

from datetime import date

import pytest

from heemang_desktop.donations import service
from heemang_desktop.store.errors import ValidationError

ACCOUNTS = ("농협 후원금전용 301-01", "국민 후원금전용 123-02")
DAY = date(2026, 9, 3)


@pytest.fixture
def donor(ctx):
    service.set_income_setup(ctx, service.IncomeSetup(deposit_accounts=ACCOUNTS))
    return service.add_donor(ctx, service.DonorInput(name="한나눔", phone="010-2000-0001")).id


def _gift(ctx, donor, **kw):
    return service.record_gift(ctx, service.GiftInput(donor_id=donor, gift_date=DAY, **kw))


def test_in_kind_amount_is_quantity_times_unit_value(ctx, donor):
    row = _gift(ctx, donor, method="현물", item="기저귀", quantity=12, unit_value=23_500)
    assert (row.amount, row.item, row.deposit_account, row.in_kind) == (282_000, "기저귀", "", True)
    with pytest.raises(ValidationError, match="수량×단가 282,000원"):
        _gift(ctx, donor, method="현물", item="기저귀", quantity=12, unit_value=23_500, amount=280_000)
    with pytest.raises(ValidationError, match="수량과 단가"):
        _gift(ctx, donor, method="현물", item="기저귀", quantity=0, unit_value=23_500)


def test_money_goes_to_the_first_dedicated_account_unless_another_is_named(ctx, donor):
    assert _gift(ctx, donor, method="계좌이체", amount=50_000).deposit_account == ACCOUNTS[0]
    assert _gift(ctx, donor, method="현금", amount=10_000, deposit_account=ACCOUNTS[1]).deposit_account == ACCOUNTS[1]
    with pytest.raises(ValidationError, match="품목·수량·단가는 현물 후원에만"):
        _gift(ctx, donor, method="현금", amount=10_000, item="쌀")


def test_a_pledge_gives_its_designation_and_a_designated_gift_needs_a_purpose(ctx, donor):
    pledge = service.add_pledge(ctx, donor, service.PledgeInput(
        pledge_kind="정기", amount=30_000, method="계좌이체", debit_day=5, designation="지정", purpose="아동 장학금"))
    row = _gift(ctx, donor, method="계좌이체", amount=30_000, pledge_id=pledge.id)
    assert (row.designation, row.purpose, row.resolution_id) == ("지정", "아동 장학금", None)
    with pytest.raises(ValidationError, match="지정목적"):
        _gift(ctx, donor, method="현금", amount=10_000, designation="지정")
