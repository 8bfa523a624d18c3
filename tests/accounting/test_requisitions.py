"""Requisitions: write, approve, and carry into a resolution; the printed forms."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from acc_helpers import PAID, budget

from heemang_desktop.accounting.forms import requisition_html, resolution_html
from heemang_desktop.accounting.lines import LineInput
from heemang_desktop.accounting.requisitions import (
    RequisitionInput,
    decide_requisition,
    list_requisitions,
    resolution_from_requisition,
    save_requisition,
)
from heemang_desktop.accounting.resolutions import save_resolution
from heemang_desktop.store.errors import ValidationError


def _req(ctx):
    return save_requisition(ctx, RequisitionInput(date(2026, 9, 1), "가을 나들이", [
        LineInput("321", 300_000, "버스"), LineInput("131", 20_000, "인솔 여비")], purpose="어르신 가을 나들이"))


def test_resolution_from_an_approved_requisition_inherits_name_and_lines(ctx):
    budget(ctx, {"321": 1_000_000, "131": 100_000})
    req = _req(ctx)
    assert req.number == "2026-품의-0001" and req.total == 320_000 and req.state_label == "작성"
    with pytest.raises(ValidationError, match="승인된 품의서"):
        resolution_from_requisition(ctx, req.id, date(2026, 9, 5))
    decide_requisition(ctx, req.id, approve=True)
    draft = resolution_from_requisition(ctx, req.id, date(2026, 9, 5))
    with pytest.raises(ValidationError, match="재원을 골라야"):  # the requisition does not say how it is paid
        save_resolution(ctx, draft)
    draft.funding_source, draft.payment_method = PAID["funding_source"], PAID["payment_method"]
    saved = save_resolution(ctx, draft)
    assert saved.business_name == "가을 나들이" and saved.requisition_id == req.id
    assert [(ln.account_code, ln.amount, ln.note) for ln in saved.lines] == [
        ("321", 300_000, "버스"), ("131", 20_000, "인솔 여비")]
    with pytest.raises(ValidationError, match="고칠 수 없습니다"):
        save_requisition(ctx, RequisitionInput(date(2026, 9, 1), "x", [LineInput("321", 1)]), req.id)
    assert [r.number for r in list_requisitions(ctx, 2026, "나들이")] == [req.number]


def test_requisition_rules(ctx):
    with pytest.raises(ValidationError, match="하나 이상"):
        save_requisition(ctx, RequisitionInput(date(2026, 9, 1), "x", []))
    with pytest.raises(ValidationError, match="사업명"):
        save_requisition(ctx, RequisitionInput(date(2026, 9, 1), " ", [LineInput("321", 1)]))


def test_printed_forms_carry_approval_boxes_and_lines(ctx):
    budget(ctx, {"321": 1_000_000, "131": 100_000})
    req = decide_requisition(ctx, _req(ctx).id, approve=True)
    page = requisition_html(req, "희망요양원")
    assert "품 의 서" in page and "사무국장" in page and "300,000" in page
    draft = resolution_from_requisition(ctx, req.id, date(2026, 9, 5))
    res = save_resolution(ctx, replace(draft, **PAID))
    page = resolution_html(res, "희망요양원")
    for text in ("지출 결의서", "담당", "사무국장", "시설장", "320,000", "2026-지출-0001", "가을 나들이"):
        assert text in page
