"""Requisitions (품의서): the planned spending a resolution later carries out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from heemang_desktop.accounting.chart import load_chart
from heemang_desktop.accounting.lines import LineInput, LineView, check_lines, line_views
from heemang_desktop.accounting.models import APPROVED, DRAFT, REJECTED, SIDE_OF_KIND, Requisition, RequisitionLine
from heemang_desktop.accounting.resolutions import KINDS, ResolutionInput
from heemang_desktop.store.base import new_id
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.owned import owned
from heemang_desktop.sync.outbox import record_change

STATES = {DRAFT: "작성", APPROVED: "승인", REJECTED: "반려"}


@dataclass
class RequisitionInput:
    requisition_date: date
    business_name: str
    lines: list[LineInput]
    purpose: str = ""
    kind: str = "지출"


@dataclass(frozen=True)
class RequisitionView:
    id: str
    number: str
    kind: str
    requisition_date: date
    business_name: str
    purpose: str
    state: str
    total: int
    lines: tuple[LineView, ...]

    @property
    def state_label(self) -> str:
        return STATES.get(self.state, self.state)


def _view(session, row: Requisition) -> RequisitionView:
    chart = load_chart(session, row.facility_id, row.fiscal_year)
    return RequisitionView(row.id, row.number, row.kind, row.requisition_date, row.business_name, row.purpose,
                           row.state, row.total, line_views(chart, SIDE_OF_KIND[row.kind], row.lines))


def _get(session, ctx, requisition_id: str) -> Requisition:
    return owned(session, Requisition, requisition_id, ctx.facility.id, "품의서")


def save_requisition(ctx, data: RequisitionInput, requisition_id: str | None = None) -> RequisitionView:
    actor = ctx.require_actor()
    if data.kind not in KINDS:
        raise ValidationError(f"구분은 수입 또는 지출입니다: '{data.kind}'", "kind")
    if not isinstance(data.requisition_date, date):
        raise ValidationError("품의일자를 입력하세요.", "requisition_date")
    name = (data.business_name or "").strip()
    if not name:
        raise ValidationError("사업명을 입력하세요.", "business_name")
    year = data.requisition_date.year
    with ctx.transaction() as session:
        check_lines(load_chart(session, ctx.facility.id, year), SIDE_OF_KIND[data.kind], data.lines)
        if requisition_id:
            row = _get(session, ctx, requisition_id)
            if row.state != DRAFT:
                raise ValidationError(f"{STATES[row.state]}된 품의서는 고칠 수 없습니다: {row.number}")
            if year != row.fiscal_year:
                raise ValidationError(f"품의일자는 번호의 회계연도({row.fiscal_year}년) 안이어야 합니다.",
                                      "requisition_date")
        else:
            seq = (session.scalar(select(func.max(Requisition.seq)).where(
                Requisition.facility_id == ctx.facility.id, Requisition.fiscal_year == year)) or 0) + 1
            row = Requisition(id=new_id(), facility_id=ctx.facility.id, fiscal_year=year, seq=seq,
                              number=f"{year}-품의-{seq:04d}", state=DRAFT)
        row.kind = data.kind
        row.requisition_date = data.requisition_date
        row.business_name = name
        row.purpose = (data.purpose or "").strip()
        row.lines = [RequisitionLine(position=i, account_code=ln.account_code.strip(), amount=ln.amount,
                                     note=ln.note or "") for i, ln in enumerate(data.lines, start=1)]
        row.total = sum(ln.amount for ln in data.lines)
        record_change(session, row, actor.login_id)
        return _view(session, row)


def decide_requisition(ctx, requisition_id: str, approve: bool) -> RequisitionView:
    """Approve or reject a draft (the 시설장's decision, recorded and synced)."""
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        row = _get(session, ctx, requisition_id)
        if row.state != DRAFT:
            raise ValidationError(f"이미 {STATES[row.state]}된 품의서입니다: {row.number}")
        row.state = APPROVED if approve else REJECTED
        record_change(session, row, actor.login_id)
        return _view(session, row)


def get_requisition(ctx, requisition_id: str) -> RequisitionView:
    with ctx.store.session() as session:  # a read: no write lock
        return _view(session, _get(session, ctx, requisition_id))


def list_requisitions(ctx, year: int, business: str = "") -> list[RequisitionView]:
    with ctx.store.session() as session:  # a read: no write lock
        q = select(Requisition).where(Requisition.facility_id == ctx.facility.id, Requisition.fiscal_year == year,
                                      Requisition.deleted.is_(False))
        if business.strip():
            q = q.where(Requisition.business_name.contains(business.strip(), autoescape=True))
        return [_view(session, r) for r in session.scalars(q.order_by(Requisition.seq.desc()))]


def resolution_from_requisition(ctx, requisition_id: str, resolution_date: date) -> ResolutionInput:
    """A resolution draft inheriting an approved requisition's business name and lines."""
    req = get_requisition(ctx, requisition_id)
    if req.state != APPROVED:
        raise ValidationError(f"승인된 품의서로만 결의서를 만들 수 있습니다 ({req.number}: {req.state_label}).")
    return ResolutionInput(
        kind=req.kind, resolution_date=resolution_date, business_name=req.business_name,
        lines=[LineInput(ln.account_code, ln.amount, ln.note) for ln in req.lines],
        summary=req.purpose, requisition_id=req.id,
    )
