"""An asset bought from a resolution line, moved, disposed of with its 잡수입 resolution; the year's changes.

Hand-worked: resolution 2026-지출-0001 line 1 (212 자산취득비, 보조금) 1,800,000 = 세탁기 1,200,000 + 냉장고 600,000,
so nothing is left on the line. The 2020 van (25,000,000, 10 years) loses 2,500,000 a year: in 2026, its 7th
year, the book value is 25,000,000 − 7 × 2,500,000 = 7,500,000. The fridge is sold on 11-20 for 50,000:
a 수입결의서 2026-수입-0001 on 911 불용품매각대 for 50,000.
"""

from __future__ import annotations

from datetime import date

import pytest

from heemang_desktop.accounting import service as accounting
from heemang_desktop.assets import service
from heemang_desktop.store.errors import ValidationError


def test_bought_from_a_resolution_line_keeps_the_link_and_numbers_per_year(ctx, bought):
    washer, fridge, van = bought["washer"], bought["fridge"], bought["van"]
    assert (washer.number, fridge.number, van.number) == ("2026-비품-0001", "2026-비품-0002", "2020-재산-0001")
    assert (washer.resolution_id, washer.resolution_line) == (bought["resolution"].id, 1)
    assert washer.acquired_on == date(2026, 3, 10) and washer.funding_source == "보조금" and washer.subsidy
    assert not van.subsidy and van.resolution_id is None
    with pytest.raises(ValidationError, match="1,800,000원인데 이미 1,800,000원어치.*남은 금액은 0원"):
        service.acquire(ctx, bought["resolution"].id, 1, service.AssetInput(category="비품", name="다리미", cost=1))


def test_only_a_facility_or_asset_line_of_an_expense_becomes_an_asset(ctx):
    accounting.set_budget(ctx, 2026, "세출", "111", 5_000_000)
    res = accounting.save_resolution(ctx, accounting.ResolutionInput(
        kind="지출", resolution_date=date(2026, 3, 25), business_name="3월 급여",
        lines=[accounting.LineInput("111", 2_000_000)], funding_source="보조금", payment_method="계좌이체"))
    with pytest.raises(ValidationError, match="211, 212 과목의 지출 줄에서 취득합니다: 111"):
        service.acquire(ctx, res.id, 1, service.AssetInput(category="비품", name="책상"))
    with pytest.raises(ValidationError, match="2번째 줄이 없습니다"):
        service.acquire(ctx, res.id, 2, service.AssetInput(category="비품", name="책상"))


def test_straight_line_book_value(bought):
    assert bought["van"].depreciation(2026) == (2_500_000, 7_500_000)
    assert bought["van"].depreciation(2029) == (2_500_000, 0) and bought["van"].depreciation(2030) == (0, 0)
    # 1,200,000 over 5 years: 240,000 a year
    assert bought["washer"].depreciation(2026) == (240_000, 960_000)
    assert bought["fridge"].depreciation(2026) == (0, 600_000)  # no useful life: not depreciated


def test_a_move_is_history_never_an_overwrite(ctx, bought):
    washer = bought["washer"]
    moved = service.move(ctx, washer.id, service.MoveInput(date(2026, 6, 1), "2층 세탁실", "박철수", "층 이전"))
    assert (moved.location, moved.custodian) == ("2층 세탁실", "박철수")
    again = service.move(ctx, washer.id, service.MoveInput(date(2026, 7, 1), "2층 세탁실", "이민수"))
    assert [(e.event_date, e.kind, e.from_location, e.to_location, e.from_custodian, e.to_custodian)
            for e in service.history(ctx, washer.id)] == [
        (date(2026, 3, 10), "취득", "", "1층 세탁실", "", "김영희"),
        (date(2026, 6, 1), "이동", "1층 세탁실", "2층 세탁실", "김영희", "박철수"),
        (date(2026, 7, 1), "관리자변경", "2층 세탁실", "2층 세탁실", "박철수", "이민수"),
    ]
    with pytest.raises(ValidationError, match="지금과 같습니다"):
        service.move(ctx, washer.id, service.MoveInput(date(2026, 8, 1), again.location, again.custodian))


def test_disposal_of_a_subsidy_asset_needs_approval_and_books_the_proceeds(ctx, bought):
    fridge = bought["fridge"]
    sale = service.DisposeInput(date(2026, 11, 20), "매각", "고장", proceeds=50_000)
    with pytest.raises(ValidationError, match="보조금으로 산 자산은 불용 승인"):
        service.dispose(ctx, fridge.id, sale)
    assert accounting.search_all(ctx, accounting.ResolutionQuery(year=2026, kind="수입")) == []
    done = service.dispose(ctx, fridge.id, service.DisposeInput(
        date(2026, 11, 20), "매각", "고장", "○○시 노인복지과-1234", date(2026, 11, 15), 50_000))
    assert (done.state, done.disposed_on, done.proceeds, done.approval) == (
        "불용", date(2026, 11, 20), 50_000, "○○시 노인복지과-1234")
    income = accounting.get_resolution(ctx, done.proceeds_resolution_id)
    assert (income.number, income.kind, income.resolution_date, income.total) == (
        "2026-수입-0001", "수입", date(2026, 11, 20), 50_000)
    assert [(ln.account_code, ln.account_name, ln.amount) for ln in income.lines] == [("911", "불용품매각대", 50_000)]
    with pytest.raises(ValidationError, match="이미 불용 처리한"):
        service.dispose(ctx, fridge.id, service.DisposeInput(date(2026, 11, 21), "폐기"))


def test_a_refused_proceeds_resolution_saves_no_disposal(ctx, bought):
    accounting.close_month(ctx, 2026, 11)
    with pytest.raises(ValidationError):
        service.dispose(ctx, bought["van"].id, service.DisposeInput(date(2026, 11, 20), "매각", proceeds=3_000_000))
    assert service.get_asset(ctx, bought["van"].id).state == "사용"


def test_year_changes_for_the_settlement(ctx, bought):
    service.move(ctx, bought["washer"].id, service.MoveInput(date(2026, 6, 1), "2층 세탁실", "박철수"))
    service.dispose(ctx, bought["fridge"].id, service.DisposeInput(
        date(2026, 11, 20), "매각", "고장", "○○시 노인복지과-1234", date(2026, 11, 15), 50_000))
    assert [(c.kind, c.on, c.number, c.cost, c.proceeds, c.detail) for c in service.year_changes(ctx, 2026)] == [
        ("취득", date(2026, 3, 10), "2026-비품-0001", 1_200_000, 0, "보조금"),
        ("취득", date(2026, 3, 10), "2026-비품-0002", 600_000, 0, "보조금"),
        ("이동", date(2026, 6, 1), "2026-비품-0001", 1_200_000, 0, "1층 세탁실 → 2층 세탁실"),
        ("불용", date(2026, 11, 20), "2026-비품-0002", 600_000, 50_000, "매각"),
    ]
    summary = {s.category: s for s in service.year_summary(ctx, 2026)}
    assert (summary["재산"].opening_count, summary["재산"].opening_cost, summary["재산"].closing_cost) == (
        1, 25_000_000, 25_000_000)
    b = summary["비품"]
    assert (b.opening_count, b.acquired_count, b.acquired_cost, b.disposed_count, b.disposed_cost,
            b.closing_count, b.closing_cost) == (0, 2, 1_800_000, 1, 600_000, 1, 1_200_000)


def test_lines_left_to_register(ctx, bought):
    res = accounting.save_resolution(ctx, accounting.ResolutionInput(
        kind="지출", resolution_date=date(2026, 5, 2), business_name="사무실 책상", funding_source="자부담",
        payment_method="계좌이체", lines=[accounting.LineInput("212", 900_000, "책상 3개")]))
    assert [(x.number, x.line_no, x.amount, x.registered, x.left) for x in service.acquisition_lines(ctx, 2026)] == [
        ("2026-지출-0002", 1, 900_000, 0, 900_000)]  # 2026-지출-0001 is fully registered
    service.acquire(ctx, res.id, 1, service.AssetInput(category="비품", name="책상", cost=300_000))
    assert [(x.number, x.left) for x in service.acquisition_lines(ctx, 2026, open_only=False)] == [
        ("2026-지출-0002", 600_000), ("2026-지출-0001", 0)]


def test_correcting_details_keeps_number_place_and_the_lines_cost(ctx, bought):
    washer = bought["washer"]
    fixed = service.correct(ctx, washer.id, service.AssetInput(
        category="재산", name="드럼세탁기", spec="24kg", cost=1, acquired_on=date(2026, 1, 1), kind="주방기기",
        location="어딘가", useful_life=8))
    assert (fixed.number, fixed.category, fixed.name, fixed.spec, fixed.useful_life) == (
        "2026-비품-0001", "비품", "드럼세탁기", "24kg", 8)
    assert (fixed.cost, fixed.acquired_on, fixed.location, fixed.subsidy) == (
        1_200_000, date(2026, 3, 10), "1층 세탁실", True)  # the line's figures and the place stay
    van = bought["van"]
    with pytest.raises(ValidationError, match="취득연도는 자산번호"):
        service.correct(ctx, van.id, service.AssetInput(category="재산", name="승합차", acquired_on=date(2021, 5, 1),
                                                         cost=25_000_000))
    cheaper = service.correct(ctx, van.id, service.AssetInput(  # the whole card as it should read
        category="재산", name="승합차", kind="차량운반구", acquired_on=date(2020, 5, 1), cost=24_000_000,
        funding_source="보조금", useful_life=10))
    assert cheaper.spec == ""
    assert (cheaper.cost, cheaper.subsidy, cheaper.depreciation(2026)) == (24_000_000, True, (2_400_000, 7_200_000))
    with pytest.raises(ValidationError, match="바뀐 내용이 없습니다"):
        service.correct(ctx, van.id, service.AssetInput(
            category="재산", name="승합차", kind="차량운반구", acquired_on=date(2020, 5, 1), cost=24_000_000,
            funding_source="보조금", useful_life=10))  # the same again


def test_the_card_says_when_its_resolution_was_cancelled(ctx, bought):
    res = bought["resolution"]
    assert service.resolution_number(ctx, bought["washer"].resolution_id) == "2026-지출-0001"
    accounting.cancel_resolution(ctx, res.id)
    assert service.resolution_number(ctx, bought["washer"].resolution_id) == "2026-지출-0001 (취소됨)"
    assert service.resolution_number(ctx, None) == ""
