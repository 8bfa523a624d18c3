"""The quarantine: pulled changes this PC did not apply, with the reason, so the pull moves on.

One bad record (an amount of 10^20 an older server let through, a missing required field) must
not stop every PC of the facility: it is put here instead of into its table, shown on the
전송 대기 목록's problem tab and counted by `status`, and a later valid copy of the same record
(corrected on another PC) applies as usual and takes its entry away.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select, tuple_
from sqlalchemy.orm import Session

from heemang_desktop.features import merged
from heemang_desktop.store.base import utcnow
from heemang_desktop.sync.models import QuarantinedChange

SHOWN_CHARS = 200  # of each text value kept for the screen: a 50,000-character name is not kept whole


@dataclass(frozen=True)
class Quarantined:
    entity: str
    entity_label: str
    entity_id: str
    server_version: int
    field: str
    reason: str
    fields: dict[str, str]
    quarantined_at: datetime


def _visible(value) -> str:
    """A value as the screen may show it: invisible and direction-changing characters written out."""
    if type(value) is int:
        return f"{value:,}"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    from heemang_desktop.sync.schema import BAD_CHARS  # here: the status bar's count must not load the schema

    shown = BAD_CHARS.sub(lambda m: f"\\u{ord(m.group()):04x}", text[:SHOWN_CHARS])
    return shown + (f"… ({len(text):,}자)" if len(text) > SHOWN_CHARS else "")


def _kept_fields(payload, pii: set[str]) -> dict[str, str]:
    if not isinstance(payload, dict):
        return {}
    return {str(k)[:64]: _visible(v) for k, v in list(payload.items())[:200]
            if k not in pii and not isinstance(v, (list, dict))}


def put(session: Session, copy: dict, reason: str, field: str = "", pii: frozenset[str] | set[str] = frozenset()
        ) -> None:
    """Quarantine a pulled copy (its plain PII values are never written down)."""
    session.execute(delete(QuarantinedChange).where(QuarantinedChange.entity == copy["entity"],
                                                    QuarantinedChange.entity_id == copy["entity_id"]))
    session.add(QuarantinedChange(
        entity=copy["entity"], entity_id=copy["entity_id"], server_version=copy["server_version"],
        version=copy["version"], field=field[:64], reason=reason[:2000], quarantined_at=utcnow(),
        fields=json.dumps(_kept_fields(copy.get("payload"), set(pii)), ensure_ascii=False)))
    session.flush()


def release(session: Session, keys: list[tuple[str, str]]) -> None:
    """Records whose valid copy has just been applied leave the quarantine."""
    for i in range(0, len(keys), 400):
        session.execute(delete(QuarantinedChange).where(
            tuple_(QuarantinedChange.entity, QuarantinedChange.entity_id).in_(keys[i:i + 400])))


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(QuarantinedChange)) or 0


def ids_by_entity(session: Session) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for entity, eid in session.execute(select(QuarantinedChange.entity, QuarantinedChange.entity_id)):
        out.setdefault(entity, set()).add(eid)
    return out


def summary(session: Session) -> str | None:
    """One sentence for the status bar and `status`'s last_error, or None when nothing is held."""
    n = count(session)
    last = session.scalars(select(QuarantinedChange).order_by(QuarantinedChange.id.desc())).first() if n else None
    if last is None:
        return None
    label = merged("entities").get(last.entity, last.entity)
    return (f"받은 변경 {n:,}건이 올바르지 않아 적용하지 않고 격리했습니다 (전송 대기 목록 참고). "
            f"최근: {label} {_visible(last.entity_id)}: {last.reason}")


def list_quarantined(ctx, limit: int = 500) -> list[Quarantined]:
    labels = merged("entities")
    with ctx.store.session() as s:
        rows = s.scalars(select(QuarantinedChange).order_by(QuarantinedChange.id).limit(limit))
        return [Quarantined(r.entity, labels.get(r.entity, r.entity), _visible(r.entity_id), r.server_version, r.field,
                            r.reason, json.loads(r.fields or "{}"), r.quarantined_at) for r in rows]
