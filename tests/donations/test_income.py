"""Donation income into the books: a month of gifts becomes 수입결의서 on 511 지정후원금 / 512 비지정후원금, one
per 재원 and day (or month), in one transaction with each gift's link; never twice; nothing on a refusal.

Hand-worked September 2026 (in-kind rice is not cash and stays out):
  9.1  CMS 30,000 비지정 · CMS 20,000 지정(아동 장학금) · 계좌이체 500,000 지정(아동 장학금)
  9.15 현금 50,000 비지정 · 계좌이체 100,000 비지정 · 현물 쌀 10 × 45,000 = 450,000 비지정
  9.22 계좌이체 200,000 지정(겨울 난방비)
By day: 9.1 비지정 30,000 · 9.1 지정 520,000 · 9.15 비지정 150,000 · 9.22 지정 200,000 = 900,000.
By month: 비지정 180,000 (dated 9.15) · 지정 720,000 (dated 9.22).
"""

from __future__ import annotations

from datetime import date

import pytest

from heemang_desktop.accounting import service as accounting
from heemang_desktop.donations import service
from heemang_desktop.store.errors import ValidationError

SCHOLARSHIP, HEATING = "아동 장학금", "겨울 난방비"


def _donor(ctx, name, kind="개인", phone=""):
    return service.add_donor(ctx, service.DonorInput(name=name, donor_kind=kind, phone=phone)).id


def gift(ctx, donor, day, method, amount=0, purpose="", **kw):
    return service.record_gift(ctx, service.GiftInput(
        donor_id=donor, gift_date=day, method=method, amount=amount,
        designation="지정" if purpose else "비지정", purpose=purpose, **kw))


@pytest.fixture
def september(ctx):
    service.set_income_setup(ctx, service.IncomeSetup(deposit_accounts=("농협 후원금전용 301-0000-0000-01",)))
    kim, park = _donor(ctx, "김개인", phone="010-1000-0001"), _donor(ctx, "박후원", phone="010-1000-0002")
    corp = _donor(ctx, "(주)희망상사", kind="단체", phone="02-100-0003")
    gift(ctx, kim, date(2026, 9, 1), "CMS", 30_000)
    gift(ctx, park, date(2026, 9, 1), "CMS", 20_000, SCHOLARSHIP)
    gift(ctx, corp, date(2026, 9, 1), "계좌이체", 500_000, SCHOLARSHIP)
    gift(ctx, park, date(2026, 9, 15), "현금", 50_000)
    gift(ctx, corp, date(2026, 9, 15), "계좌이체", 100_000)
    gift(ctx, corp, date(2026, 9, 15), "현물", item="쌀 20kg", quantity=10, unit_value=45_000)
    gift(ctx, kim, date(2026, 9, 22), "계좌이체", 200_000, HEATING)
    return {"kim": kim, "park": park, "corp": corp}


def _resolutions(ctx, state=""):
    rows = accounting.search_all(ctx, accounting.ResolutionQuery(year=2026, kind="수입", state=state))
    return sorted((accounting.get_resolution(ctx, r.id) for r in rows), key=lambda v: v.number)


def _shape(view):
    return (view.number, view.resolution_date, view.funding_source, view.payment_method, view.total,
            [(ln.account_code, ln.amount, ln.note) for ln in view.lines])


def test_a_month_of_gifts_becomes_one_resolution_per_funding_and_day(ctx, september):
    result = service.book_month(ctx, "2026-09")
    assert (result.booked, result.total, result.in_kind, result.already_booked) == (6, 900_000, 1, 0)
    assert [_shape(v) for v in _resolutions(ctx)] == [
        ("2026-수입-0001", date(2026, 9, 1), "후원금(비지정)", "자동이체", 30_000, [("512", 30_000, "CMS 1건")]),
        ("2026-수입-0002", date(2026, 9, 1), "후원금(지정)", "", 520_000,
         [("511", 20_000, "아동 장학금 · CMS 1건"), ("511", 500_000, "아동 장학금 · 계좌이체 1건")]),
        ("2026-수입-0003", date(2026, 9, 15), "후원금(비지정)", "", 150_000,
         [("512", 100_000, "계좌이체 1건"), ("512", 50_000, "현금 1건")]),
        ("2026-수입-0004", date(2026, 9, 22), "후원금(지정)", "계좌이체", 200_000,
         [("511", 200_000, "겨울 난방비 · 계좌이체 1건")]),
    ]
    views = _resolutions(ctx)
    assert all(v.business_name.endswith("후원금 수입") and v.vendor == "" for v in views)
    assert "김개인" not in " ".join(v.summary for v in views)  # donor names stay out of the books
    # each money gift points at the resolution of its day and 재원; the rice at none
    by_number = {v.id: v for v in views}
    linked = {(g.gift_date, g.designation, g.amount): by_number[g.resolution_id].number
              for g in service.list_gifts(ctx, year=2026) if g.resolution_id}
    assert linked[(date(2026, 9, 15), "비지정", 50_000)] == "2026-수입-0003"
    assert linked[(date(2026, 9, 1), "지정", 500_000)] == "2026-수입-0002"
    assert [g.item for g in service.list_gifts(ctx, year=2026) if g.resolution_id is None] == ["쌀 20kg"]


def test_by_month_setting_makes_one_resolution_per_funding(ctx, september):
    service.set_income_setup(ctx, service.IncomeSetup(grouping="month",
                                                      deposit_accounts=("농협 후원금전용 301-0000-0000-01",)))
    result = service.book_month(ctx, "2026-09")
    assert [(r.designation, r.resolution_date, r.total, len(r.gift_ids)) for r in result.resolutions] == [
        ("비지정", date(2026, 9, 15), 180_000, 3), ("지정", date(2026, 9, 22), 720_000, 3)]
    assert [(v.number, v.total, v.summary) for v in _resolutions(ctx)] == [
        ("2026-수입-0001", 180_000, "비지정후원금 2026-09 3건"), ("2026-수입-0002", 720_000, "지정후원금 2026-09 3건")]


def test_preview_plans_without_saving(ctx, september):
    plan = service.book_income(ctx, date(2026, 9, 1), date(2026, 9, 30), preview=True)
    assert (plan.saved, len(plan.resolutions), plan.total) == (False, 4, 900_000)
    assert _resolutions(ctx) == [] and service.unbooked_count(ctx, date(2026, 9, 1), date(2026, 9, 30)) == 6


def test_booking_again_books_nothing_twice_and_only_new_gifts(ctx, september):
    service.book_month(ctx, "2026-09")
    again = service.book_month(ctx, "2026-09")
    assert (again.booked, again.already_booked, again.resolutions) == (0, 6, ())
    gift(ctx, september["park"], date(2026, 9, 30), "현금", 10_000)
    late = service.book_month(ctx, "2026-09")
    assert [(r.number, r.total) for r in late.resolutions] == [("2026-수입-0005", 10_000)]
    assert sum(v.total for v in _resolutions(ctx)) == 910_000


def test_a_gift_whose_resolution_was_cancelled_is_booked_anew(ctx, september):
    first = service.book_month(ctx, "2026-09")
    accounting.cancel_resolution(ctx, first.resolutions[1].resolution_id)  # 9.1 지정 520,000
    again = service.book_month(ctx, "2026-09")
    assert [(r.number, r.total, r.designation) for r in again.resolutions] == [("2026-수입-0005", 520_000, "지정")]
    assert sum(v.total for v in _resolutions(ctx, state="active")) == 900_000


def test_a_refused_resolution_mid_way_saves_nothing(ctx, september):
    """511 gets a 세목, so it is no longer a line's account: 9.1 비지정 is made first in the transaction,
    then 9.1 지정 is refused; nothing stays, no gift is marked; choosing the 세목 books them all."""
    detail = accounting.add_detail_account(ctx, "세입", "511", "결연후원금", 2026)
    with pytest.raises(ValidationError, match="511"):
        service.book_month(ctx, "2026-09")
    assert _resolutions(ctx) == []
    assert all(g.resolution_id is None for g in service.list_gifts(ctx, year=2026))
    service.set_income_setup(ctx, service.IncomeSetup(accounts={"지정": detail.code}))
    done = service.book_month(ctx, "2026-09")
    assert {ln[0] for r in done.resolutions for ln in r.lines} == {"512", detail.code}
    assert done.total == 900_000


def test_a_closed_month_refuses_the_booking_whole(ctx, september):
    accounting.close_month(ctx, 2026, 9)
    with pytest.raises(ValidationError, match="마감"):
        service.book_month(ctx, "2026-09")
    assert service.unbooked_count(ctx, date(2026, 9, 1), date(2026, 9, 30)) == 6


def test_undesignated_donation_income_still_may_not_pay_restricted_accounts(ctx, september):
    """The booked 비지정후원금 funds an expense: 기관운영비 (업무추진비) is refused, 생계비 is paid."""
    service.book_month(ctx, "2026-09")
    for code in ("121", "311"):
        accounting.set_budget(ctx, 2026, "세출", code, 500_000)

    def spend(code):
        return accounting.save_resolution(ctx, accounting.ResolutionInput(
            kind="지출", resolution_date=date(2026, 9, 25), business_name="후원금 사용",
            lines=[accounting.LineInput(code, 100_000)], funding_source="후원금(비지정)", payment_method="계좌이체"))

    with pytest.raises(ValidationError, match="비지정후원금.*업무추진비"):
        spend("121")
    assert spend("311").total == 100_000


def test_money_gifts_name_a_dedicated_account_and_in_kind_none(ctx, september):
    kim = september["kim"]
    with pytest.raises(ValidationError, match="후원금전용계좌"):
        gift(ctx, kim, date(2026, 9, 2), "현금", 5_000, deposit_account="시설 운영비 통장")
    with pytest.raises(ValidationError, match="입금 계좌"):
        gift(ctx, kim, date(2026, 9, 2), "현물", item="라면", quantity=2, unit_value=15_000,
             deposit_account="농협 후원금전용 301-0000-0000-01")
    rows = {(g.method, g.deposit_account) for g in service.list_gifts(ctx, donor_id=kim)}
    assert rows == {("CMS", "농협 후원금전용 301-0000-0000-01"), ("계좌이체", "농협 후원금전용 301-0000-0000-01")}


def test_my_work_lists_each_month_with_gifts_waiting_to_be_booked(ctx, september):
    gift(ctx, september["kim"], date(2026, 10, 2), "현금", 7_000)
    items = service.income_items(ctx, date(2026, 10, 3))
    assert [(i.title, i.urgency, i.page) for i in items] == [
        ("2026년 9월 후원금 6건 900,000원이 수입결의되지 않았습니다", 10, "donations.donors"),
        ("2026년 10월 후원금 1건 7,000원이 수입결의되지 않았습니다", 20, "donations.donors")]
    service.book_month(ctx, "2026-09")
    assert [i.key for i in service.income_items(ctx, date(2026, 10, 3))] == ["donation_income:2026-10"]
    assert service.income_items(ctx, date(2026, 10, 2)) == []  # a gift of today is not late yet
