"""Synced models by wire name, and converting rows between this PC's form and the wire's.

On this PC a PII field is `<f>_enc` (this PC's key), `<f>_hash`, `<f>_masked`. On the wire it is
the plain `<f>` (over TLS) plus `<f>_masked`; the server keeps it under its own key. So sending
decrypts, and receiving seals with the local key again.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime, time

from sqlalchemy import Date, DateTime, Time, insert, select, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from heemang_desktop.store import pii
from heemang_desktop.store.base import Base
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.outbox import pending_entity_ids

_models: dict[str, type] = {}


def model_for(entity: str):
    """The mapped class whose `__sync_entity__` is `entity` (features' models are loaded first)."""
    if entity not in _models:
        import heemang_desktop.store.registry  # noqa: F401  (imports every feature's models)

        for mapper in Base.registry.mappers:
            name = getattr(mapper.class_, "__sync_entity__", "")
            if name:
                _models[name] = mapper.class_
    return _models.get(entity)


# -- sending ----------------------------------------------------------------------------------
def to_wire(entry, cipher) -> dict:
    """An outbox entry as a protocol change; `cipher` is a callable giving the field cipher when needed."""
    payload = json.loads(entry.payload)
    model = model_for(entry.entity)
    fields = dict(getattr(model, "__pii_fields__", {}) or {})
    for name, purpose in fields.items():
        enc = payload.pop(f"{name}_enc", None)
        payload.pop(f"{name}_hash", None)
        payload[name] = cipher().decrypt(enc, purpose) if enc else None
    return {"change_id": entry.change_id, "entity": entry.entity, "entity_id": entry.entity_id, "op": entry.op,
            "base_version": entry.base_version, "payload": payload, "pii": sorted(fields)}


# -- receiving --------------------------------------------------------------------------------
def _seal(cipher, purpose: str, plain: str) -> pii.Sealed:
    if purpose == pii.RRN:
        try:
            return pii.seal_rrn(cipher, pii.parse_rrn(plain))
        except ValidationError:
            pass  # e.g. a passport number kept in the same field: sealed as it is
    elif purpose == pii.BANK_ACCOUNT:
        return pii.seal_account(cipher, plain)
    elif purpose == pii.HEALTH:
        return pii.seal_health(cipher, plain)
    return pii.Sealed(cipher.encrypt(plain, purpose), cipher.lookup_hash(plain, purpose), "")


def sealed_payload(model, payload: dict, cipher) -> dict:
    """A wire payload with its plain PII replaced by this PC's `_enc/_hash/_masked` (nothing plain kept)."""
    out = dict(payload)
    for name, purpose in (getattr(model, "__pii_fields__", {}) or {}).items():
        plain = out.pop(name, None)
        if plain:
            s = _seal(cipher(), purpose, plain)
            out[f"{name}_enc"], out[f"{name}_hash"] = s.enc, s.hash
            out[f"{name}_masked"] = out.get(f"{name}_masked") or s.masked
        else:
            out[f"{name}_enc"] = out[f"{name}_hash"] = None
    return out


def _converters(model) -> dict:
    conv: dict[str, Callable[[str], object] | None] = {}
    for attr in sa_inspect(model).column_attrs:
        kind = attr.columns[0].type
        if isinstance(kind, DateTime):
            conv[attr.key] = datetime.fromisoformat
        elif isinstance(kind, Date):
            conv[attr.key] = date.fromisoformat
        elif isinstance(kind, Time):
            conv[attr.key] = time.fromisoformat
        else:
            conv[attr.key] = None
    return conv


def local_columns(model, payload: dict) -> tuple[dict, dict]:
    """(column values, children) from a payload already in this PC's form (PII sealed)."""
    conv = _converters(model)
    cols, children = {}, {}
    for key, value in payload.items():
        if key in conv:
            fn = conv[key]
            cols[key] = fn(value) if fn and isinstance(value, str) else value
        elif isinstance(value, list):
            children[key] = value
    return cols, children


def columns_of(model, payload: dict, cipher) -> tuple[dict, dict]:
    """(column values, children) from a wire payload."""
    return local_columns(model, sealed_payload(model, payload, cipher))


def apply_copies(session: Session, copies: list[dict], cipher, force: bool = False) -> dict:
    """Apply pulled server copies; rows with unsent local edits are left alone. Returns counts.

    `force` rewrites rows whose version already matches (a full re-sync: a row changed behind the
    app's back keeps its version)."""
    counts = {"applied": 0, "unchanged": 0, "kept_local": 0, "unknown": 0}
    by_entity: dict[str, list[dict]] = {}
    for c in copies:
        by_entity.setdefault(c["entity"], []).append(c)
    for entity, items in by_entity.items():
        model = model_for(entity)
        if model is None:
            counts["unknown"] += len(items)
            continue
        pending = pending_entity_ids(session, entity)
        ids = [c["entity_id"] for c in items if c["entity_id"] not in pending]
        local = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for row in session.execute(select(model.id, model.version, model.deleted).where(model.id.in_(chunk))):
                local[row.id] = (row.version, row.deleted)
        inserts, updates, marks = [], [], []
        has_children = hasattr(model, "replace_sync_children")
        for c in items:
            eid = c["entity_id"]
            if eid in pending:
                counts["kept_local"] += 1
                continue
            if not force and local.get(eid) == (c["version"], c["deleted"]):
                marks.append({"id": eid, "server_version": c["server_version"]})
                counts["unchanged"] += 1
                continue
            cols, children = columns_of(model, c["payload"], cipher)
            cols.update(id=eid, version=c["version"], deleted=c["deleted"], server_version=c["server_version"])
            counts["applied"] += 1
            if has_children and children:
                obj = session.get(model, eid)
                if obj is None:
                    obj = model(**cols)
                    session.add(obj)
                else:
                    for k, v in cols.items():
                        setattr(obj, k, v)
                session.flush()
                obj.replace_sync_children(session, children)
            elif eid in local:
                updates.append(cols)
            else:
                inserts.append(cols)
        if inserts:
            session.execute(insert(model), inserts)
        if updates:
            session.execute(update(model), updates)
        if marks:
            session.execute(update(model), marks)
    return counts
