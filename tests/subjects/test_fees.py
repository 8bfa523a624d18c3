"""Fee charges from plans, receipts not above what is owed unless prepaid, arrears, receipt PDF."""

from __future__ import annotations

from datetime import date

import pytest
from subject_helpers import register

from heemang_desktop.store.errors import ValidationError
from heemang_desktop.subjects import service


def test_charge_uses_the_support_category_rate(ctx):
    general = register(ctx, "일반인", "400101-1234567", support_category="일반")
    poor = register(ctx, "차상위", "410101-1234567", support_category="차상위")
    basic = register(ctx, "수급자", "420101-1234567", support_category="기초생활수급(생계)")
    assert service.charge_month(ctx, general.id, "2026-09", "residential-2026").amount == 480_000
    assert service.charge_month(ctx, poor.id, "2026-09", "residential-2026").amount == 192_000
    assert service.charge_month(ctx, basic.id, "2026-09", "residential-2026").amount == 0
    day = service.charge_month(ctx, poor.id, "2026-9", "day-2026")  # 9% of 1,200,000
    assert (day.month, day.amount, day.rate_bp) == ("2026-09", 108_000, 900)
    again = service.charge_month(ctx, general.id, "2026-09", "residential-2026", amount=500_000)
    assert again.amount == 500_000 and len(service.balances(ctx)) == 3
    assert {b.subject_name: b.charged for b in service.balances(ctx)}["일반인"] == 500_000


def test_receipt_cannot_exceed_what_is_owed_unless_prepayment(ctx, subject):
    service.charge_month(ctx, subject.id, "2026-09", "residential-2026")  # 480,000
    first = service.record_receipt(ctx, subject.id, date(2026, 9, 10), 300_000, "계좌이체", payer="김영희")
    assert first.receipt_no == "2026-0001" and first.balance_after == 180_000
    with pytest.raises(ValidationError, match="미납액 180,000원"):
        service.record_receipt(ctx, subject.id, date(2026, 9, 11), 200_000, "현금")
    prepaid = service.record_receipt(ctx, subject.id, date(2026, 9, 11), 200_000, "현금", prepayment=True)
    assert prepaid.receipt_no == "2026-0002" and prepaid.balance_after == -20_000
    with pytest.raises(ValidationError, match="1원 이상"):
        service.record_receipt(ctx, subject.id, date(2026, 9, 11), 0, "현금")
    with pytest.raises(ValidationError, match="수납 방법"):
        service.record_receipt(ctx, subject.id, date(2026, 9, 11), 10, "수표")


def test_arrears_list(ctx, subject):
    other = register(ctx, "이말순", "450505-2345678")
    service.charge_month(ctx, subject.id, "2026-08", "residential-2026")
    service.charge_month(ctx, subject.id, "2026-09", "residential-2026")
    service.charge_month(ctx, other.id, "2026-09", "residential-2026")
    service.record_receipt(ctx, other.id, date(2026, 9, 10), 480_000, "현금")
    service.record_receipt(ctx, subject.id, date(2026, 9, 10), 480_000, "현금")
    [arrears] = service.balances(ctx, arrears_only=True)
    assert (arrears.subject_name, arrears.outstanding) == (subject.name, 480_000)
    assert service.balances(ctx, upto_month="2026-08", arrears_only=True) == []


def test_cancelled_receipt_no_longer_counts(ctx, subject):
    service.charge_month(ctx, subject.id, "2026-09", "residential-2026")
    r = service.record_receipt(ctx, subject.id, date(2026, 9, 10), 480_000, "현금")
    assert service.cancel_receipt(ctx, r.id) == "discarded"
    assert service.balances(ctx, arrears_only=True)[0].outstanding == 480_000


def test_receipt_printout_pdf(ctx, subject, tmp_path):
    from heemang_desktop.render.pdf import html_to_pdf, pdf_page_count

    service.charge_month(ctx, subject.id, "2026-09", "residential-2026")
    r = service.record_receipt(ctx, subject.id, date(2026, 9, 10), 480_000, "계좌이체", payer="김영희")
    page = service.receipt_html(ctx, r.id)
    assert "480,000원" in page and "2026-0001" in page and "2234567" not in page
    pdf = html_to_pdf(page, tmp_path / "receipt.pdf", title="이용료 영수증")
    assert pdf_page_count(pdf) == 1
