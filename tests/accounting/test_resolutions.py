"""Resolutions: several lines, optional vendor, numbering, the rules, outbox changes, cancellation."""

from __future__ import annotations

import json
from datetime import date

import pytest
from acc_helpers import PAID, budget, expense, income
from sqlalchemy import select

from heemang_desktop.accounting.lines import LineInput
from heemang_desktop.accounting.models import Resolution
from heemang_desktop.accounting.periods import close_month
from heemang_desktop.accounting.resolutions import (
    ResolutionInput,
    cancel_resolution,
    get_resolution,
    save_resolution,
)
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.models import OutboxEntry


def _outbox(ctx, entity_id):
    with ctx.transaction() as s:
        return s.scalars(select(OutboxEntry).where(OutboxEntry.entity_id == entity_id).order_by(OutboxEntry.seq)).all()


@pytest.fixture
def funded(ctx):
    budget(ctx, {"111": 10_000_000, "131": 1_000_000, "321": 2_000_000})
    return ctx


def test_expense_with_three_lines_no_vendor_totals_and_numbers(funded):
    v = expense(funded, "어르신 나들이", [("321", 350_000), ("131", 40_000), ("321", 10_000)], summary="버스 임차")
    assert v.number == "2026-지출-0001"
    assert v.total == 400_000
    assert [(ln.account_code, ln.amount) for ln in v.lines] == [("321", 350_000), ("131", 40_000), ("321", 10_000)]
    assert v.vendor == "" and v.vendor_account_masked == ""
    assert v.lines[1].account_name == "여비"
    changes = _outbox(funded, v.id)
    assert len(changes) == 1 and changes[0].entity == "resolution" and changes[0].base_version == 0
    payload = json.loads(changes[0].payload)
    assert payload["total"] == 400_000 and len(payload["lines"]) == 3
    assert "vendor_account_hash" not in payload


def test_numbering_per_kind_and_year_without_gaps(funded):
    budget(funded, {"111": 1_000_000}, year=2027)
    a = expense(funded, "A", [("111", 1)])
    b = income(funded, "B", [("111", 5)])  # 세입 111 사업수입
    c = expense(funded, "C", [("111", 1)])
    d = expense(funded, "D", [("111", 1)], day=date(2027, 1, 3))
    cancel_resolution(funded, c.id)
    e = expense(funded, "E", [("111", 1)])
    assert [a.number, b.number, c.number, d.number, e.number] == [
        "2026-지출-0001", "2026-수입-0001", "2026-지출-0002", "2027-지출-0001", "2026-지출-0003"]


def test_vendor_account_is_stored_encrypted_and_masked(funded):
    v = expense(funded, "소모품", [("131", 50_000)], vendor="희망상사", vendor_account="110-123-456789")
    assert v.vendor_account_masked == "***-***-**6789"
    with funded.transaction() as s:
        row = s.get(Resolution, v.id)
        assert "456789" not in (row.vendor_account_enc or "")
        assert row.vendor_account_hash
    assert "456789" not in _outbox(funded, v.id)[0].payload


@pytest.mark.parametrize("lines, message", [
    ([], "하나 이상"),
    ([("11", 1000)], "항입니다"),
    ([("999", 1000)], "없는 예산과목"),
    ([("511", 1000)], None),  # 세출 511 원금상환금 exists but has no budget
    ([("111", 0)], "1원 이상"),
    ([("111", -5)], "1원 이상"),
])
def test_bad_lines_are_refused_in_korean(funded, lines, message):
    with pytest.raises(ValidationError) as err:
        expense(funded, "X", lines)
    if message:
        assert message in str(err.value)
    with funded.transaction() as s:
        assert s.scalar(select(Resolution).limit(1)) is None


def test_income_account_on_expense_is_refused(funded):
    with pytest.raises(ValidationError, match="세입 과목입니다"):
        expense(funded, "X", [("911", 1000)])  # 세입 911 불용품매각대
    with pytest.raises(ValidationError, match="세출 과목입니다"):
        income(funded, "X", [("121", 1000)])  # 세출 121 기관운영비


def test_fractional_amount_is_refused(funded):
    with pytest.raises(ValidationError, match="정수"):
        save_resolution(funded, ResolutionInput("지출", date(2026, 9, 1), "X", [LineInput("111", 10.5)], **PAID))


def test_business_name_required(funded):
    with pytest.raises(ValidationError, match="사업명"):
        expense(funded, "  ", [("111", 1000)])


def test_over_budget_is_refused_with_budget_spent_and_shortfall(funded):
    expense(funded, "출장", [("131", 800_000)])
    with pytest.raises(ValidationError) as err:
        expense(funded, "출장2", [("131", 150_000), ("131", 150_000)])
    text = str(err.value)
    assert "예산 1,000,000원" in text and "이미 집행 800,000원" in text and "100,000원 부족" in text


def test_supplementary_budget_replaces_the_amount(funded):
    budget(funded, {"131": 1_500_000}, revision=1)
    expense(funded, "출장", [("131", 1_400_000)])
    budget(funded, {"131": 1_000_000}, revision=2)
    with pytest.raises(ValidationError, match="예산 1,000,000원"):
        expense(funded, "출장", [("131", 1)])


def test_cancelled_expense_frees_the_budget(funded):
    v = expense(funded, "출장", [("131", 1_000_000)])
    cancel_resolution(funded, v.id)
    assert get_resolution(funded, v.id).state_label == "취소"
    expense(funded, "출장", [("131", 1_000_000)])


def test_editing_keeps_number_bumps_version_and_queues_a_change(funded):
    v = expense(funded, "행사", [("321", 100_000)])
    data = ResolutionInput("지출", date(2026, 9, 3), "행사(수정)", [LineInput("321", 60_000), LineInput("131", 1_000)],
                           **PAID)
    edited = save_resolution(funded, data, v.id)
    assert edited.number == v.number and edited.version == 2 and edited.total == 61_000
    changes = _outbox(funded, v.id)
    assert [c.base_version for c in changes] == [0, 1]
    # the edit's own amount is not counted twice against the budget
    save_resolution(funded, ResolutionInput("지출", date(2026, 9, 3), "행사", [LineInput("321", 2_000_000)], **PAID),
                    v.id)


def test_date_must_stay_in_the_numbered_fiscal_year(funded):
    v = expense(funded, "행사", [("321", 100_000)])
    with pytest.raises(ValidationError, match="2026년"):
        save_resolution(funded, ResolutionInput("지출", date(2027, 1, 2), "행사", [LineInput("321", 1)], **PAID), v.id)


def test_closed_month_cannot_be_written_edited_or_cancelled(funded):
    v = expense(funded, "행사", [("321", 100_000)], day=date(2026, 8, 30))
    close_month(funded, 2026, 8)
    with pytest.raises(ValidationError, match="8월은 마감"):
        expense(funded, "늦은 입력", [("321", 1)], day=date(2026, 8, 31))
    with pytest.raises(ValidationError, match="마감"):
        save_resolution(funded, ResolutionInput("지출", date(2026, 9, 1), "옮기기", [LineInput("321", 1)], **PAID),
                        v.id)
    with pytest.raises(ValidationError, match="마감"):
        cancel_resolution(funded, v.id)


def test_cancelled_is_a_recorded_state_not_a_delete(funded):
    v = expense(funded, "행사", [("321", 100_000)])
    cancel_resolution(funded, v.id)
    with funded.transaction() as s:
        row = s.get(Resolution, v.id)
        assert row is not None and row.state == "cancelled" and not row.deleted
    assert len(_outbox(funded, v.id)) == 2
    with pytest.raises(ValidationError, match="취소된"):
        save_resolution(funded, ResolutionInput("지출", date(2026, 9, 3), "행사", [LineInput("321", 1)], **PAID), v.id)


def test_pulled_copy_replaces_lines(funded):
    v = expense(funded, "행사", [("321", 100_000)])
    with funded.transaction() as s:
        row = s.get(Resolution, v.id)
        row.replace_sync_children(s, {"lines": [{"position": 1, "account_code": "131", "amount": 7, "note": ""}]})
    assert [(ln.account_code, ln.amount) for ln in get_resolution(funded, v.id).lines] == [("131", 7)]


def test_attachments_are_copied_into_the_store(funded, tmp_path):
    f = tmp_path / "영수증.pdf"
    f.write_bytes(b"%PDF-1.4 receipt")
    v = expense(funded, "소모품", [("131", 10_000)], add_attachments=[str(f)])
    assert v.attachments == ("영수증.pdf",)
    [stored] = (funded.paths.attachments / "resolution" / v.id).iterdir()  # kept under its content hash
    assert stored.read_bytes() == b"%PDF-1.4 receipt"


def test_expense_without_funding_or_payment_method_is_refused_and_saves_nothing(funded):
    with pytest.raises(ValidationError) as err:
        expense(funded, "간담회", [("321", 10_000)], funding_source="", payment_method="")
    assert err.value.field == "funding_source"
    assert "재원을 골라야" in str(err.value) and "결제방법을 골라야" in str(err.value)
    with pytest.raises(ValidationError, match="결제방법을 골라야") as err:
        expense(funded, "간담회", [("321", 10_000)], payment_method=" ")
    assert err.value.field == "payment_method" and "재원" not in str(err.value)
    with funded.transaction() as s:
        assert s.scalars(select(Resolution)).all() == []
    assert income(funded, "후원금 입금", [("512", 30_000)]).total == 30_000  # income names neither: its account does


def test_editing_an_expense_needs_its_funding_too(funded):
    v = expense(funded, "행사", [("321", 100_000)])
    with pytest.raises(ValidationError, match="재원을 골라야"):
        save_resolution(funded, ResolutionInput("지출", date(2026, 9, 3), "행사", [LineInput("321", 1)],
                                                payment_method="현금"), v.id)
    assert get_resolution(funded, v.id).funding_source == "보조금"
