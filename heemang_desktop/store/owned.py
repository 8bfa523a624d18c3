"""Fetch a row the user may act on: this facility's, and not deleted (a tombstone is gone to users)."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from heemang_desktop.store.errors import ValidationError

T = TypeVar("T")


def owned(session: Session, model: type[T], row_id: str, facility_id: str, label: str | None = None) -> T:
    """The row, or a Korean "…을(를) 찾을 수 없습니다." naming `label` (default: the entity's label)."""
    row = session.get(model, row_id) if row_id else None
    if row is None or getattr(row, "facility_id", facility_id) != facility_id or getattr(row, "deleted", False):
        raise ValidationError(f"{label or _label(model)}을(를) 찾을 수 없습니다.")
    return row


def _label(model) -> str:
    from heemang_desktop.features import merged

    entity = getattr(model, "__sync_entity__", "")
    return merged("entities").get(entity, entity or "기록")
