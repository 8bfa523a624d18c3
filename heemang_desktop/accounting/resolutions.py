"""Income/expense resolutions (수입/지출 결의서): save, edit, cancel, read.

Every save checks the rules (leaf accounts of the right side, positive whole won, within budget,
open month, date inside the numbered fiscal year) and records its outbox change in the same
transaction. Numbers (`2026-지출-0001`) are assigned inside that transaction, so saved ones never gap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm.attributes import set_committed_value

from heemang_desktop.accounting import attachments
from heemang_desktop.accounting.budget import Spending, check_within_budget
from heemang_desktop.accounting.chart import load_chart
from heemang_desktop.accounting.funding import check_funding
from heemang_desktop.accounting.lines import LineInput, LineView, check_lines, line_views, normalize_key
from heemang_desktop.accounting.models import (
    ACTIVE,
    CANCELLED,
    EXPENSE,
    INCOME,
    SIDE_OF_KIND,
    Resolution,
    ResolutionLine,
)
from heemang_desktop.accounting.periods import require_open
from heemang_desktop.resources import load_json
from heemang_desktop.store.base import new_id
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.owned import owned
from heemang_desktop.store.pii import normalize_account, seal_account
from heemang_desktop.store.safe_files import remove_quietly
from heemang_desktop.sync.outbox import record_change

KINDS = (INCOME, EXPENSE)
STATE_LABELS = {ACTIVE: "정상", CANCELLED: "취소"}


@dataclass
class ResolutionInput:
    kind: str
    resolution_date: date
    business_name: str
    lines: list[LineInput]
    summary: str = ""
    cash_date: date | None = None
    funding_source: str = ""
    payment_method: str = ""
    vendor: str = ""
    vendor_account: str | None = None  # None keeps what is stored; "" clears it
    add_attachments: list[str] = field(default_factory=list)  # files to copy into the store
    requisition_id: str | None = None
    import_key: str | None = None


@dataclass(frozen=True)
class ResolutionView:
    id: str
    number: str
    kind: str
    fiscal_year: int
    resolution_date: date
    cash_date: date | None
    business_name: str
    summary: str
    funding_source: str
    payment_method: str
    vendor: str
    vendor_account_masked: str
    attachments: tuple[str, ...]
    requisition_id: str | None
    state: str
    total: int
    version: int
    lines: tuple[LineView, ...]

    @property
    def state_label(self) -> str:
        return STATE_LABELS.get(self.state, self.state)


def options() -> dict:
    return load_json("accounting/options.json")


def format_number(year: int, kind: str, seq: int) -> str:
    return f"{year}-{kind}-{seq:04d}"


def _clean(data: ResolutionInput) -> ResolutionInput:
    if data.kind not in KINDS:
        raise ValidationError(f"구분은 수입 또는 지출입니다: '{data.kind}'", "kind")
    if not isinstance(data.resolution_date, date):
        raise ValidationError("결의일자를 입력하세요.", "resolution_date")
    data.business_name = (data.business_name or "").strip()
    if not data.business_name:
        raise ValidationError("사업명을 입력하세요.", "business_name")
    if len(data.business_name) > 200:
        raise ValidationError("사업명은 200자까지입니다.", "business_name")
    opts = options()
    if data.funding_source and data.funding_source not in opts["funding_sources"]:
        raise ValidationError(f"재원은 {', '.join(opts['funding_sources'])} 중 하나입니다: '{data.funding_source}'",
                              "funding_source")
    if data.payment_method and data.payment_method not in opts["payment_methods"]:
        raise ValidationError(f"결제방법은 {', '.join(opts['payment_methods'])} 중 하나입니다: '{data.payment_method}'",
                              "payment_method")
    if data.cash_date and data.cash_date.year != data.resolution_date.year:
        raise ValidationError("출납일자는 결의일자와 같은 회계연도여야 합니다.", "cash_date")
    data.summary = (data.summary or "").strip()
    data.vendor = (data.vendor or "").strip()
    return data


REQUIRED_LABELS = {"funding_source": "재원", "payment_method": "결제방법"}


def missing_fields(kind: str, funding_source: str, payment_method: str) -> list[tuple[str, str]]:
    """The fields the rules need that are left empty, as (field, Korean reason); [] when none.

    An expense must name its 재원 (the 비지정후원금 rule checks its accounts against it) and its 결제방법
    (보조금 may be paid only by the subsidy card or account). Income may leave both empty: its 세입 account
    already says where the money came from. The editor (`save_resolution`) and the resolution import both
    refuse with these reasons; drafts other features make (`service.add_resolution_in`) are not checked.
    """
    if kind != EXPENSE:
        return []
    out = []
    if not (funding_source or "").strip():
        out.append(("funding_source",
                    "지출 결의서는 재원을 골라야 합니다 (비지정후원금으로 쓸 수 없는 과목을 확인합니다)."))
    if not (payment_method or "").strip():
        out.append(("payment_method",
                    "지출 결의서는 결제방법을 골라야 합니다 (보조금은 보조금카드나 보조금 계좌로만 지급합니다)."))
    return out


def _require_fields(data: ResolutionInput) -> None:
    missing = missing_fields(data.kind, data.funding_source, data.payment_method)
    if missing:
        raise ValidationError(" ".join(reason for _f, reason in missing), missing[0][0])


def _apply_input(session, ctx, row: Resolution | None, data: ResolutionInput, spending: Spending | None = None,
                 bulk_lines: list | None = None) -> Resolution:
    """Check `data` and write it into `row` (a new one when None), with the outbox change.

    Private: other features call `service.add_resolution_in`. Accounting's own import, inside
    `batched`, uses the fast path: `spending` keeps the year's budget use in memory instead of summing
    lines per save; a new resolution's lines go into `bulk_lines` for `insert_lines` after the flush
    instead of through the ORM (10,000 lines: about half the import's time).
    """
    actor = ctx.require_actor()
    data = _clean(data)
    facility_id = ctx.facility.id
    year = data.resolution_date.year
    is_new = row is None
    if row is not None:
        if row.state == CANCELLED:
            raise ValidationError(f"취소된 결의서는 고칠 수 없습니다: {row.number}")
        if data.kind != row.kind:
            raise ValidationError("저장된 결의서의 수입/지출 구분은 바꿀 수 없습니다. 취소하고 새로 쓰세요.", "kind")
        if year != row.fiscal_year:
            raise ValidationError(
                f"결의일자는 번호의 회계연도({row.fiscal_year}년) 안이어야 합니다: {data.resolution_date}",
                "resolution_date")
        require_open(session, facility_id, row.resolution_date)
    require_open(session, facility_id, data.resolution_date)
    chart = load_chart(session, facility_id, year)
    per_account = check_lines(chart, SIDE_OF_KIND[data.kind], data.lines)
    if data.kind == EXPENSE:
        check_funding(chart, year, data.funding_source, data.lines)
    if spending is not None and data.kind == EXPENSE:
        previous: dict[str, int] = {}
        if row is not None and row.state == ACTIVE:
            for line in row.lines:
                previous[line.account_code] = previous.get(line.account_code, 0) + line.amount
        spending.take(per_account, previous)
    else:
        check_within_budget(session, facility_id, year, data.kind, per_account, exclude_id=row.id if row else None)

    if row is None:
        seq = _next_seq(session, facility_id, year, data.kind)
        row = Resolution(id=new_id(), facility_id=facility_id, fiscal_year=year, kind=data.kind, seq=seq,
                         number=format_number(year, data.kind, seq), state=ACTIVE)
    row.resolution_date = data.resolution_date
    row.cash_date = data.cash_date
    row.business_name = data.business_name
    row.business_key = normalize_key(data.business_name)
    row.summary = data.summary
    row.funding_source = data.funding_source
    row.payment_method = data.payment_method
    row.vendor = data.vendor
    if data.vendor_account is not None:
        _set_vendor_account(ctx, row, data.vendor_account)
    if data.requisition_id is not None:
        row.requisition_id = data.requisition_id or None
    if data.import_key is not None:
        row.import_key = data.import_key
    lines = [ResolutionLine(position=i, account_code=ln.account_code.strip(), amount=ln.amount,
                            note=(ln.note or "").strip()) for i, ln in enumerate(data.lines, start=1)]
    row.total = sum(ln.amount for ln in data.lines)
    if data.add_attachments:
        row.attachments = attachments.add(ctx.paths.attachments, row.id, row.attachments, data.add_attachments,
                                          session.info.setdefault("written_files", []))
    if bulk_lines is not None and is_new:
        for line in lines:
            line.id, line.resolution_id = new_id(), row.id
        record_change(session, row, actor.login_id)
        # Set after record_change (whose add would cascade them into the flush) and without history,
        # so the ORM leaves them alone; the batch's payload still lists them as `lines`.
        set_committed_value(row, "lines", lines)
        bulk_lines.extend(lines)
        return row
    row.lines = lines
    record_change(session, row, actor.login_id)
    return row


def insert_lines(session, lines: list[ResolutionLine]) -> None:
    """Write the lines `_apply_input(bulk_lines=...)` collected, once their resolutions are flushed
    (foreign key): one executemany instead of 10,000 ORM inserts."""
    if lines:
        session.connection().execute(insert(ResolutionLine), [
            {"id": ln.id, "resolution_id": ln.resolution_id, "position": ln.position, "account_code": ln.account_code,
             "amount": ln.amount, "note": ln.note} for ln in lines])


def _next_seq(session, facility_id: str, year: int, kind: str) -> int:
    """The next number, read inside the saving transaction (SQLite has one writer at a time), then
    counted on in the session so an import numbers thousands without asking again."""
    counters = session.info.setdefault("acc_seq", {})
    key = (facility_id, year, kind)
    if key not in counters:
        counters[key] = session.scalar(select(func.max(Resolution.seq)).where(
            Resolution.facility_id == facility_id, Resolution.fiscal_year == year, Resolution.kind == kind)) or 0
    counters[key] += 1
    return counters[key]


def _set_vendor_account(ctx, row: Resolution, text: str) -> None:
    if not text.strip():
        row.vendor_account_enc = row.vendor_account_hash = None
        row.vendor_account_masked = ""
        return
    sealed = seal_account(ctx.cipher, normalize_account(text, "거래처계좌"))
    row.vendor_account_enc, row.vendor_account_hash, row.vendor_account_masked = sealed.enc, sealed.hash, sealed.masked


def view_of(session, row: Resolution) -> ResolutionView:
    chart = load_chart(session, row.facility_id, row.fiscal_year)
    return ResolutionView(
        row.id, row.number, row.kind, row.fiscal_year, row.resolution_date, row.cash_date, row.business_name,
        row.summary, row.funding_source, row.payment_method, row.vendor, row.vendor_account_masked,
        attachments.names(row.attachments), row.requisition_id, row.state, row.total, row.version,
        line_views(chart, SIDE_OF_KIND[row.kind], row.lines),
    )


def _get(session, ctx, resolution_id: str) -> Resolution:
    return owned(session, Resolution, resolution_id, ctx.facility.id, "결의서")


def save_resolution(ctx, data: ResolutionInput, resolution_id: str | None = None) -> ResolutionView:
    """Create (no id) or edit a resolution; returns it as saved (attachment copies made for a save that
    fails are removed again)."""
    _require_fields(data)
    written: list[Path] = []
    try:
        with ctx.transaction() as session:
            session.info["written_files"] = written
            row = _get(session, ctx, resolution_id) if resolution_id else None
            row = _apply_input(session, ctx, row, data)
            return view_of(session, row)
    except BaseException:
        for path in written:
            remove_quietly(path)
        raise


def cancel_resolution(ctx, resolution_id: str) -> ResolutionView:
    """Cancelling is a recorded state (the number stays used), never a delete."""
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        row = _get(session, ctx, resolution_id)
        if row.state == CANCELLED:
            raise ValidationError(f"이미 취소된 결의서입니다: {row.number}")
        require_open(session, ctx.facility.id, row.resolution_date)
        row.state = CANCELLED
        record_change(session, row, actor.login_id)
        return view_of(session, row)


def get_resolution(ctx, resolution_id: str) -> ResolutionView:
    with ctx.store.session() as session:  # a read: no write lock
        return view_of(session, _get(session, ctx, resolution_id))
