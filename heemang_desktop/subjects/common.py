"""Small helpers every subjects service shares: who may see health notes and their sealed text, taking a
record back, text fields."""

from __future__ import annotations

from sqlalchemy.orm import Session

from heemang_desktop.store import pii
from heemang_desktop.store.errors import PermissionDenied, ValidationError
from heemang_desktop.subjects import codes
from heemang_desktop.sync.outbox import discard_unsynced, record_change, was_ever_synced


def can_see_health(ctx) -> bool:
    actor = ctx.actor
    return actor is not None and actor.role in codes.health_roles()


def health_text(ctx, enc: str | None) -> str:
    """A sealed health field in plain text ("" when empty); the caller checks the role first."""
    return ctx.cipher.decrypt(enc, pii.HEALTH) if enc else ""


def seal_health_into(ctx, row, field: str, value: str) -> None:
    """Put `value` sealed into `row`'s `<field>_enc/_hash/_masked` (empty text: nothing kept)."""
    sealed = pii.seal_health(ctx.cipher, value) if value else None
    setattr(row, f"{field}_enc", sealed.enc if sealed else None)
    setattr(row, f"{field}_hash", None)
    setattr(row, f"{field}_masked", sealed.masked if sealed else None)


def require_health(ctx) -> None:
    if not can_see_health(ctx):
        raise PermissionDenied(
            "건강 관련 기록은 허용된 역할(resources/subjects/health_access.json)만 다룰 수 있습니다.")


def withdraw(session: Session, row, actor_id: str) -> str:
    """Take a record back: gone if the central service never saw it, else marked cancelled.

    Returns "discarded" or "cancelled" so the screen can say which happened.
    """
    if not was_ever_synced(session, row):
        discard_unsynced(session, row)
        return "discarded"
    row.cancelled = True
    record_change(session, row, actor_id)
    return "cancelled"


def text(value: str | None, limit: int, label: str, required: bool = False) -> str:
    value = (value or "").strip()
    if required and not value:
        raise ValidationError(f"{label}을(를) 입력하세요.", label)
    if len(value) > limit:
        raise ValidationError(f"{label}은(는) {limit}자 이내로 입력하세요.", label)
    return value
