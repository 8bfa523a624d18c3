"""Conflicts and rejections: records waiting for a person, and the ways to settle them.

A conflict (another PC changed the record first) is settled by keeping mine, taking theirs, or
taking chosen fields from theirs; a delete on the other side wins, so only "theirs" is offered
then. A rejection (the server refused the change, with its reason) is settled by correcting the
record and sending it again, or by discarding a record the server never had. Either way every
waiting change of that record is marked resolved, and at most one new change is queued.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update

from heemang_desktop.features import merged
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.entities import local_columns, model_for
from heemang_desktop.sync.field_labels import label
from heemang_desktop.sync.models import CONFLICT, QUEUED, REJECTED, RESOLVED, OutboxEntry
from heemang_desktop.sync.outbox import discard_unsynced, record_change, row_payload, was_ever_synced
from heemang_desktop.sync.record_names import Namer

MINE, THEIRS, FIELDS, RESEND, DISCARD = "mine", "theirs", "fields", "resend", "discard"
_BOOKKEEPING = {"id", "facility_id", "version", "server_version", "deleted", "created_at", "created_by",
                "updated_at", "updated_by"}


@dataclass(frozen=True)
class FieldDiff:
    name: str
    mine: str
    theirs: str
    differs: bool
    label: str = ""  # the screen's name for the field (sync/field_labels.py)


@dataclass(frozen=True)
class Issue:
    entity: str
    entity_label: str
    entity_id: str
    kind: str  # "conflict" | "rejected"
    reason: str
    changes: int  # waiting changes of this record
    theirs_deleted: bool
    fields: tuple[FieldDiff, ...]
    choices: tuple[str, ...]
    first_at: datetime
    record_name: str = ""  # "2026-지출-0005", "E001 김민수" (sync/record_names.py)


def _shown(payload: dict | None, pii_fields) -> dict[str, str]:
    """Field -> text for the screen; PII shows only masked, never decrypted."""
    if payload is None:
        return {}
    out = {}
    for key, value in payload.items():
        if key in _BOOKKEEPING or key.endswith(("_enc", "_hash")) or isinstance(value, (list, dict)):
            continue
        name = key[: -len("_masked")] if key.endswith("_masked") and key[: -len("_masked")] in pii_fields else key
        out[name] = "" if value is None else f"{value:,}" if type(value) is int else str(value)
    return out


def list_issues(ctx) -> list[Issue]:
    labels = merged("entities")
    with ctx.store.session() as s:
        entries = list(s.scalars(select(OutboxEntry).where(OutboxEntry.state.in_((CONFLICT, REJECTED)))
                                 .order_by(OutboxEntry.seq)))
        grouped: dict[str, list[OutboxEntry]] = {}
        for e in entries:
            grouped.setdefault(e.entity_id, []).append(e)
        issues = []
        namer = Namer(s)
        namer.preload((g[0].entity, eid) for eid, g in grouped.items())
        for eid, group in grouped.items():
            first = group[0]
            model = model_for(first.entity)
            row = s.get(model, eid) if model else None
            pii_fields = getattr(model, "__pii_fields__", {}) or {}
            mine = _shown(row_payload(row) if row is not None else None, pii_fields)
            copy = _server_copy(group)
            theirs = _shown(copy["payload"] if copy else None, pii_fields)
            names = sorted(set(mine) | set(theirs)) if copy else sorted(mine)
            fields = tuple(FieldDiff(n, mine.get(n, ""), theirs.get(n, ""), bool(copy) and mine.get(n) != theirs.get(n),
                                     label(first.entity, n)) for n in names)
            deleted = bool(copy and copy["deleted"])
            choices: tuple[str, ...]
            if first.state == CONFLICT:
                choices = (THEIRS,) if deleted else (MINE, THEIRS, FIELDS)
            else:  # a record gone from this PC was never synced from here either: it may be discarded
                choices = (RESEND,) if row is not None and was_ever_synced(s, row) else (RESEND, DISCARD)
            queued = s.scalar(select(func.count()).select_from(OutboxEntry).where(
                OutboxEntry.entity_id == eid, OutboxEntry.state == QUEUED))
            issues.append(Issue(first.entity, labels.get(first.entity, first.entity), eid, first.state,
                                first.last_error or "", len(group) + queued, deleted, fields, choices, first.created_at,
                                namer.name(first.entity, eid)))
        return issues


def _server_copy(group: list[OutboxEntry]) -> dict | None:
    for e in reversed(group):
        if e.state == CONFLICT and e.result:
            return json.loads(e.result).get("server_copy")
    return None


def resolve(ctx, entity_id: str, choice: str, fields: tuple[str, ...] = ()) -> str:
    """Settle one record; returns what was done, for the screen."""
    actor = ctx.require_actor()
    with ctx.transaction() as s:
        waiting = list(s.scalars(select(OutboxEntry).where(
            OutboxEntry.entity_id == entity_id, OutboxEntry.state.in_((CONFLICT, REJECTED, QUEUED)))
            .order_by(OutboxEntry.seq)))
        issues = [e for e in waiting if e.state in (CONFLICT, REJECTED)]
        if not issues:
            raise ValidationError("이미 해결된 기록입니다.")
        model = model_for(issues[0].entity)
        row = s.get(model, entity_id)
        copy = _server_copy(issues)
        kind, base = issues[0].state, issues[0].base_version
        if choice == DISCARD:
            discard_unsynced(s, row)  # refuses a record the server has seen
            return "이 PC에만 있던 기록을 지웠습니다."
        s.execute(update(OutboxEntry).where(OutboxEntry.seq.in_([e.seq for e in waiting])).values(state=RESOLVED))
        if choice == RESEND:
            if kind != REJECTED:
                raise ValidationError("충돌한 기록은 내 것 유지 / 서버 것 받기 / 항목별 선택으로 해결하세요.")
            row.version = base  # the version the server still has
            record_change(s, row, actor.login_id, op="delete" if row.deleted else "upsert")
            return "다시 보내도록 전송 대기에 넣었습니다."
        if copy is None:
            raise ValidationError("서버 사본이 없는 기록입니다. 고친 뒤 다시 보내세요.")
        if choice == THEIRS or copy["deleted"]:
            if choice != THEIRS:
                raise ValidationError("다른 PC에서 삭제한 기록입니다. 삭제가 우선하므로 서버 것을 받으세요.")
            cols, children = local_columns(model, copy["payload"])
            cols.update(version=copy["version"], deleted=copy["deleted"], server_version=copy["server_version"])
            for k, v in cols.items():
                setattr(row, k, v)
            if children and hasattr(row, "replace_sync_children"):
                s.flush()
                row.replace_sync_children(s, children)
            return "서버의 기록으로 바꾸었습니다."
        if choice == FIELDS:
            cols, _ = local_columns(model, copy["payload"])
            pii_fields = getattr(model, "__pii_fields__", {}) or {}
            for name in fields:
                keys = [f"{name}_enc", f"{name}_hash", f"{name}_masked"] if name in pii_fields else [name]
                for k in keys:
                    if k in cols and k not in _BOOKKEEPING:
                        setattr(row, k, cols[k])
        elif choice != MINE:
            raise ValueError(choice)
        row.version = copy["version"]  # my copy now follows theirs: sent on top of the server's version
        record_change(s, row, actor.login_id)
        return "내 기록을 서버 기록 위에 다시 보내도록 전송 대기에 넣었습니다."
