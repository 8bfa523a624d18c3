"""The 접속기록 door: record an access to personal data, list and export the records, review a month.

- `record_access(session, ctx_or_actor, kind, entity, entity_id, reason="", detail="")`: in the
  caller's transaction, beside the reveal/export it records (one commit: no access without its record).
- `record(ctx, ...)`: the same in a transaction of its own, for a screen that only shows or prints.
- `reveal(ctx, entity, id, field, reason)`: a full resident/account number for a reason, recorded.
- `list_access`, `export_access`, `mark_review`, `reviews`, `work_items` (나의업무: last month unreviewed).

Records are append-only: the session guard in models.py refuses editing or deleting a stored one, and no
function here removes any. They are kept at least `RETENTION_YEARS` (개인정보의 안전성 확보조치 기준
제8조); nothing prunes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from heemang_desktop.audit.models import AccessRecord, AuditReview
from heemang_desktop.audit.models import AppendOnly as AppendOnly  # the guard lives with the model
from heemang_desktop.store.base import utcnow
from heemang_desktop.store.errors import PermissionDenied, ValidationError
from heemang_desktop.store.models import Facility
from heemang_desktop.sync.outbox import record_change
from heemang_desktop.work_items import SOON, WorkItem

REVEAL_RESIDENT_NUMBER = "reveal_resident_number"
REVEAL_ACCOUNT_NUMBER = "reveal_account_number"
OPEN_HEALTH_NOTE = "open_health_note"
EXPORT = "export"
PRINT = "print"
KINDS = {
    REVEAL_RESIDENT_NUMBER: "주민등록번호 조회",
    REVEAL_ACCOUNT_NUMBER: "계좌번호 조회",
    OPEN_HEALTH_NOTE: "건강기록 열람",
    EXPORT: "파일 내보내기",
    PRINT: "인쇄",
}
RETENTION_YEARS = 2
REVIEW_PAGE = "admin.audit"
SEOUL = timezone(timedelta(hours=9))


# -- recording ---------------------------------------------------------------------------------
def _who(session: Session, ctx_or_actor) -> tuple[str, str]:
    """(login id, facility id) from an AppContext, or from an Actor in the store's one facility."""
    if hasattr(ctx_or_actor, "require_actor"):
        return ctx_or_actor.require_actor().login_id, ctx_or_actor.facility.id
    facility_id = session.scalar(select(Facility.id).limit(1))
    if facility_id is None:
        raise ValidationError("시설이 설정되지 않은 저장소입니다.")
    return ctx_or_actor.login_id, facility_id


def record_access(session: Session, ctx_or_actor, kind: str, entity: str, entity_id: str = "", reason: str = "",
                  detail: str = "") -> AccessRecord:
    """Who (login id), when (UTC now), what (entity and id, never the value), why (reason)."""
    if kind not in KINDS:
        raise ValueError(f"unknown access kind: {kind}")
    login_id, facility_id = _who(session, ctx_or_actor)
    row = AccessRecord(facility_id=facility_id, at=utcnow(), login_id=login_id, kind=kind, entity=entity[:64],
                       entity_id=(entity_id or "")[:64], reason=(reason or "").strip()[:200],
                       detail=(detail or "")[:200])
    record_change(session, row, login_id)
    return row


def record(ctx, kind: str, entity: str, entity_id: str = "", reason: str = "", detail: str = "") -> None:
    """`record_access` in its own transaction (a print or a screen that only reads)."""
    with ctx.transaction() as session:
        record_access(session, ctx, kind, entity, entity_id, reason, detail)


def require_reason(reason: str) -> str:
    """A reveal asks why; an empty answer is refused before anything is shown."""
    reason = (reason or "").strip()
    if len(reason) < 2:
        raise ValidationError("전체 번호를 보려면 조회 사유를 적으세요 (예: 급여 이체 확인).", "reason")
    if len(reason) > 200:
        raise ValidationError("조회 사유는 200자 이내로 적으세요.", "reason")
    return reason


# -- revealing a full number ------------------------------------------------------------------
_REVEAL_KINDS = {"rrn": REVEAL_RESIDENT_NUMBER, "bank_account": REVEAL_ACCOUNT_NUMBER}


@dataclass(frozen=True)
class Revealed:
    value: str
    masked: str


def _model_for(entity: str):
    import heemang_desktop.store.registry  # noqa: F401  (every feature's models)
    from heemang_desktop.store.base import Base

    return next((m.class_ for m in Base.registry.mappers if getattr(m.class_, "__sync_entity__", "") == entity), None)


def reveal(ctx, entity: str, entity_id: str, field: str, reason: str) -> Revealed:
    """A record's full resident or account number, for a role that may open the record's menu
    (resources/audit/reveal.json), with the reason asked on screen; recorded in the same transaction."""
    from heemang_desktop.resources import load_json
    from heemang_desktop.store.owned import owned
    from heemang_desktop.users import service as users

    actor = ctx.require_actor()
    menu = load_json("audit/reveal.json")["entities"].get(entity)
    model = _model_for(entity)
    purpose = (getattr(model, "__pii_fields__", {}) or {}).get(field) if model is not None else None
    if menu is None or purpose not in _REVEAL_KINDS:
        raise ValidationError("이 항목은 화면에서 전체 번호를 볼 수 없습니다.", field)
    if not users.opens_menu(actor.role, menu):
        raise PermissionDenied("이 번호를 볼 권한이 없습니다 (해당 메뉴를 여는 역할만 볼 수 있습니다).")
    reason = require_reason(reason)
    cipher = ctx.cipher  # KeyMissing (ask for the recovery code) before anything is recorded
    with ctx.transaction() as session:
        row = owned(session, model, entity_id, ctx.facility.id)
        enc = getattr(row, f"{field}_enc")
        if not enc:
            raise ValidationError("저장된 번호가 없습니다.", field)
        record_access(session, ctx, _REVEAL_KINDS[purpose], entity, entity_id, reason, detail=field)
        value = cipher.decrypt(enc, purpose)
        if purpose == "rrn" and len(value) == 13 and value.isdigit():
            value = f"{value[:6]}-{value[6:]}"  # as people write it
        return Revealed(value, getattr(row, f"{field}_masked") or "")


# -- reading -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class AccessRow:
    id: str
    at: datetime  # Seoul wall time
    login_id: str
    kind: str
    entity: str
    entity_id: str
    reason: str
    detail: str

    @property
    def kind_label(self) -> str:
        return KINDS.get(self.kind, self.kind)

    @property
    def entity_label(self) -> str:
        return entity_label(self.entity)


# What was looked at, when it is no synced entity of its own (a file, a printed report).
OTHER_ENTITIES = {"support_bundle": "지원 자료", "report": "장부·보고서", "document": "문서"}


def entity_label(entity: str) -> str:
    from heemang_desktop.features import merged

    return OTHER_ENTITIES.get(entity) or merged("entities").get(entity, entity)


def _utc(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=SEOUL).astimezone(UTC).replace(tzinfo=None)


def _seoul(stored: datetime) -> datetime:
    return stored.replace(tzinfo=UTC).astimezone(SEOUL).replace(tzinfo=None)


def _require_auditor(ctx) -> None:
    """The log is the 관리 menu's; a headless read (no actor: the CLI on this PC) may read it too."""
    from heemang_desktop.users import service as users

    actor = ctx.actor
    if actor is not None and not users.may_open(actor.role, REVIEW_PAGE):
        raise PermissionDenied("개인정보 접속기록은 관리자만 볼 수 있습니다.")


def list_access(ctx, first: date | None = None, last: date | None = None, login_id: str | None = None,
                kind: str | None = None, offset: int = 0, limit: int | None = 500) -> list[AccessRow]:
    """Newest first; `first`/`last` are Seoul days, both included."""
    _require_auditor(ctx)
    if kind and kind not in KINDS:
        raise ValidationError(f"종류는 다음 중 하나입니다: {', '.join(KINDS)}", "kind")
    stmt = select(AccessRecord).where(AccessRecord.facility_id == ctx.facility.id)
    if first:
        stmt = stmt.where(AccessRecord.at >= _utc(first))
    if last:
        stmt = stmt.where(AccessRecord.at < _utc(last + timedelta(days=1)))
    if login_id:
        stmt = stmt.where(AccessRecord.login_id == login_id)
    if kind:
        stmt = stmt.where(AccessRecord.kind == kind)
    stmt = stmt.order_by(AccessRecord.at.desc(), AccessRecord.id.desc()).offset(offset).limit(limit)
    with ctx.store.session() as session:
        return [AccessRow(r.id, _seoul(r.at), r.login_id, r.kind, r.entity, r.entity_id, r.reason, r.detail)
                for r in session.scalars(stmt)]


def users_seen(ctx) -> list[str]:
    """Login ids that appear in the log, for the page's user filter."""
    _require_auditor(ctx)
    with ctx.store.session() as session:
        return list(session.scalars(select(AccessRecord.login_id).where(AccessRecord.facility_id == ctx.facility.id)
                                    .distinct().order_by(AccessRecord.login_id)))


EXPORT_HEADERS = ("일시", "사용자", "종류", "대상", "대상 ID", "사유", "내용")


def export_access(ctx, path: Path, first: date | None = None, last: date | None = None,
                  login_id: str | None = None, kind: str | None = None) -> int:
    """The filtered log as an Excel sheet (for the monthly review file). Returns the rows written."""
    from heemang_desktop.excel.writer import write_table

    rows = list_access(ctx, first, last, login_id, kind, limit=None)
    span = f"{first or ''}~{last or ''}" if first or last else "전체 기간"
    return write_table(Path(path), "접속기록", EXPORT_HEADERS,
                       ((r.at, r.login_id, r.kind_label, r.entity_label, r.entity_id, r.reason, r.detail)
                        for r in rows),
                       title=f"{ctx.facility.name} 개인정보 접속기록 ({span})",
                       widths={"일시": 18, "대상 ID": 38, "사유": 30, "내용": 30})


# -- monthly review ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Review:
    month: str
    reviewed_by: str
    reviewed_at: datetime  # Seoul wall time
    note: str
    records: int  # records in that month when asked


def _month_span(month: str) -> tuple[date, date]:
    try:
        first = date.fromisoformat(month + "-01")
    except ValueError as exc:
        raise ValidationError(f"달은 2026-11 형식으로 적으세요: {month}", "month") from exc
    after = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return first, after - timedelta(days=1)


def previous_month(on: date) -> str:
    last = on.replace(day=1) - timedelta(days=1)
    return f"{last:%Y-%m}"


def _count(session: Session, facility_id: str, first: date, last: date) -> int:
    return session.scalar(select(func.count()).select_from(AccessRecord).where(
        AccessRecord.facility_id == facility_id, AccessRecord.at >= _utc(first),
        AccessRecord.at < _utc(last + timedelta(days=1)))) or 0


def mark_review(ctx, month: str, note: str = "", today: date | None = None) -> Review:
    """A 관리자 marks a finished month's records reviewed (once; a second mark returns the first)."""
    actor = ctx.require_actor()
    _require_auditor(ctx)
    first, last = _month_span(month)
    today = today or datetime.now(SEOUL).date()
    if last >= today:
        raise ValidationError(f"{month}은(는) 아직 끝나지 않은 달입니다. 달이 끝난 뒤에 점검을 기록하세요.", "month")
    with ctx.transaction() as session:
        row = session.scalar(select(AuditReview).where(AuditReview.facility_id == ctx.facility.id,
                                                      AuditReview.month == month, AuditReview.deleted.is_(False)))
        if row is None:
            row = AuditReview(facility_id=ctx.facility.id, month=month, reviewed_by=actor.login_id,
                              reviewed_at=utcnow(), note=(note or "").strip()[:500])
            record_change(session, row, actor.login_id)
        return Review(row.month, row.reviewed_by, _seoul(row.reviewed_at), row.note,
                      _count(session, ctx.facility.id, first, last))


def reviews(ctx) -> dict[str, Review]:
    """Month -> its review, for the page."""
    with ctx.store.session() as session:
        out: dict[str, Review] = {}
        for r in session.scalars(select(AuditReview).where(AuditReview.facility_id == ctx.facility.id,
                                                           AuditReview.deleted.is_(False))
                                 .order_by(AuditReview.reviewed_at)):
            first, last = _month_span(r.month)
            out.setdefault(r.month, Review(r.month, r.reviewed_by, _seoul(r.reviewed_at), r.note,
                                           _count(session, ctx.facility.id, first, last)))
        return out


def work_items(ctx, on: date) -> list[WorkItem]:
    """나의업무: last month's 접속기록 not yet reviewed (only if this store existed in that month)."""
    month = previous_month(on)
    first, last = _month_span(month)
    with ctx.store.session() as session:
        created = session.scalar(select(Facility.created_at).where(Facility.id == ctx.facility.id))
        if created is not None and created >= _utc(last + timedelta(days=1)):
            return []
        done = session.scalar(select(AuditReview.id).where(AuditReview.facility_id == ctx.facility.id,
                                                          AuditReview.month == month, AuditReview.deleted.is_(False)))
        if done is not None:
            return []
        count = _count(session, ctx.facility.id, first, last)
    year, mon = month.split("-")
    return [WorkItem("audit_review_due", f"{year}년 {int(mon)}월 개인정보 접속기록 점검 ({count:,}건)", REVIEW_PAGE,
                     due=_month_span(f"{on:%Y-%m}")[1], urgency=SOON,
                     reason="개인정보의 안전성 확보조치 기준 제8조 (접속기록 월 1회 이상 점검)", key=month)]
