"""Full re-sync: the way back when this PC and the central service disagree.

When the post-sync sanity check finds different counts (rows changed, lost or added behind the
app's back: a restored file, a disk fault, a hand edit), or an admin asks, this PC:
1. backs up the database file and exports its unsent changes to a file (nothing can be lost);
2. pulls every record from the start, rewriting each row from the server's copy (a damaged row
   keeps its version, so an ordinary pull would skip it);
3. sets aside rows the server does not have and no unsent change explains (exported first);
4. puts the unsent changes back on top (they stay queued and are sent next);
5. says what differed, record by record, and checks again.
Steps 2–4 are one transaction: a failure leaves the store as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, select

from heemang_desktop.features import merged
from heemang_desktop.store import backup
from heemang_desktop.store.base import Base
from heemang_desktop.store.private import private_dir
from heemang_desktop.sync import blobs, errors, protocol
from heemang_desktop.sync.entities import local_columns, model_for
from heemang_desktop.sync.models import UNSENT, OutboxEntry
from heemang_desktop.sync.outbox import row_payload
from heemang_desktop.sync.record_names import Namer
from heemang_desktop.sync.state import CURSOR, SANITY, set_state

RESTORED, ADDED, SET_ASIDE = "restored", "added", "set_aside"
WHAT = {RESTORED: "서버 기록으로 되돌림", ADDED: "이 PC에 없어서 다시 받음", SET_ASIDE: "서버에 없어 따로 보관 후 제거"}
SHOWN = 1000  # differences listed one by one; the counts are always complete


@dataclass(frozen=True)
class Difference:
    entity: str
    entity_label: str
    entity_id: str
    record_name: str
    what: str  # RESTORED | ADDED | SET_ASIDE

    @property
    def text(self) -> str:
        return f"{self.entity_label} {self.record_name or self.entity_id}: {WHAT[self.what]}"


@dataclass
class ResyncReport:
    backup: Path
    export: Path
    pulled: int = 0
    counts: dict[str, int] = field(default_factory=dict)  # RESTORED/ADDED/SET_ASIDE -> records
    unsent_kept: int = 0  # records whose unsent changes were put back on top
    differences: list[Difference] = field(default_factory=list)
    sanity: list[str] | None = None  # after: entity types still differing (empty when all agree)

    def as_dict(self) -> dict:
        return {"backup": str(self.backup), "export": str(self.export), "pulled": self.pulled,
                "counts": self.counts, "unsent_kept": self.unsent_kept, "sanity": self.sanity,
                "differences": [{"entity": d.entity, "entity_id": d.entity_id, "record": d.record_name,
                                 "what": d.what} for d in self.differences]}


def _synced_models() -> list[type]:
    import heemang_desktop.store.registry  # noqa: F401  (every feature's models)

    return [m.class_ for m in Base.registry.mappers if getattr(m.class_, "__sync_entity__", "")]


def _digest(row) -> str:
    """What a row holds, independent of sealing: PII by its keyed hash, not its (random) ciphertext."""
    payload = {k: v for k, v in row_payload(row).items() if not k.endswith("_enc")}
    payload.update({f"{f}_hash": getattr(row, f"{f}_hash", None) for f in getattr(row, "__pii_fields__", {}) or {}})
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


def _snapshot(s, models) -> dict[str, dict[str, str]]:
    return {m.__sync_entity__: {row.id: _digest(row) for row in s.scalars(select(m))} for m in models}


def _export(path: Path, doc: dict) -> None:
    private_dir(path.parent, tighten=True)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as f:  # sealed values only: PII stays encrypted in the file
        json.dump(doc, f, ensure_ascii=False, indent=1, default=str)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def full_resync(engine, progress=None) -> ResyncReport:
    """Run the whole re-sync with `engine` (its transport, login and store); see the module doc."""
    ctx = engine.ctx
    status = engine.transport.status()
    if status["state"] == protocol.MAINTENANCE:
        raise errors.Outage("중앙 서비스 중단 기간이라 다시 받을 수 없습니다.", until=status.get("until"))
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    report = ResyncReport(backup.make_backup(ctx.paths.database, ctx.paths.backups, "before-resync",
                                             keep=max(3, ctx.settings.backups_kept)),
                          ctx.paths.backups / f"resync-{stamp}-unsent.json")
    with ctx.store.session() as s:
        unsent = list(s.scalars(select(OutboxEntry).where(OutboxEntry.state.in_(UNSENT)).order_by(OutboxEntry.seq)))
        _export(report.export, {"about": "전체 다시 받기 전에 보내지 않은 변경 (개인정보는 암호화된 채)",
                                "unsent": [{c.key: getattr(e, c.key) for c in OutboxEntry.__table__.columns}
                                           for e in unsent]})
    pending = {(e.entity, e.entity_id) for e in unsent}
    models = _synced_models()
    with engine._pull_transaction() as s:
        before = _snapshot(s, models)
        seen: set[tuple[str, str]] = set()
        with_files: list[dict] = []  # records naming attachments: their files are fetched once committed
        cursor, more = 0, True
        while more:
            body = engine._authed(engine.transport.pull, cursor, engine.page)
            try:
                copies, cursor, more = protocol.check_pull_answer(body, cursor, ctx.facility.id)
            except protocol.ProtocolError as exc:
                raise errors.BadAnswer(f"중앙 서비스의 응답이 올바르지 않아 받지 않았습니다: {exc}") from exc
            engine._apply_page(s, copies, force=True)
            with_files += [c for c in copies if getattr(model_for(c["entity"]), "sync_blobs", None)]
            seen.update((c["entity"], c["entity_id"]) for c in copies)
            report.pulled += len(copies)
            if progress is not None:  # heemang_desktop.progress.Progress: records pulled so far; cancel rolls back
                progress.update(report.pulled)
                progress.check()
        set_state(s, CURSOR, str(cursor))
        known = seen | pending
        aside = {e: [rid for rid in rows if (e, rid) not in known] for e, rows in before.items()}
        aside_names = _names(s, [(e, rid) for e, ids in aside.items() for rid in ids][:SHOWN])  # before they go
        _set_aside(s, models, aside, report.export.with_name(f"resync-{stamp}-set-aside.json"))
        report.unsent_kept = _put_back(s, unsent)
        after = _snapshot(s, models)
        _differences(s, report, before, after, aside, pending, aside_names)
    blobs.fetch_files(engine, with_files)  # attachments this PC lacks (a failed fetch stops nothing)
    engine._sanity(sanity := _SanityOnly())
    report.sanity = sanity.sanity
    if report.sanity is not None:  # what the sync page's banner and 나의업무 read
        with ctx.transaction() as s:
            set_state(s, SANITY, ",".join(report.sanity))
    return report


class _SanityOnly:
    """The slice of SyncReport the engine's sanity check writes to."""

    sanity: list[str] | None = None
    error: str | None = None


def _set_aside(s, models, aside: dict[str, list[str]], path: Path) -> None:
    rows = {m: list(s.scalars(select(m).where(m.id.in_(aside[m.__sync_entity__])))) for m in models
            if aside[m.__sync_entity__]}
    if not rows:
        return
    _export(path, {"about": "서버에 없고 보내지 않은 변경도 없어 이 PC에서 제거한 기록 (개인정보는 암호화된 채)",
                   "records": [{"entity": m.__sync_entity__, "payload": row_payload(r)}
                               for m, rs in rows.items() for r in rs]})
    for m, rs in rows.items():
        if hasattr(m, "replace_sync_children"):
            for r in rs:
                s.delete(r)  # its child rows go with it (the model's cascade)
        else:
            s.execute(delete(m).where(m.id.in_([r.id for r in rs])))
    s.flush()


def _put_back(s, unsent: list[OutboxEntry]) -> int:
    """Each record with unsent changes gets its latest unsent state again (the entries stay queued)."""
    latest: dict[tuple[str, str], OutboxEntry] = {}
    for e in unsent:
        latest[(e.entity, e.entity_id)] = e
    for (entity, eid), e in latest.items():
        model = model_for(entity)
        if model is None:
            continue
        cols, children = local_columns(model, json.loads(e.payload))
        row = s.get(model, eid)
        if row is None:
            row = model(id=eid)
            s.add(row)
        for k, v in cols.items():
            if k != "server_version":
                setattr(row, k, v)
        if children and hasattr(row, "replace_sync_children"):
            s.flush()
            row.replace_sync_children(s, children)
    s.flush()
    return len(latest)


def _names(s, pairs: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    namer = Namer(s)
    namer.preload(pairs)
    return {p: namer.name(*p) for p in pairs}


def _differences(s, report: ResyncReport, before, after, aside, pending, aside_names) -> None:
    labels = merged("entities")
    found: list[tuple[str, str, str]] = []
    for entity, rows in after.items():
        for rid, digest in rows.items():
            if (entity, rid) in pending:
                continue
            if rid not in before[entity]:
                found.append((entity, rid, ADDED))
            elif before[entity][rid] != digest:
                found.append((entity, rid, RESTORED))
    found += [(entity, rid, SET_ASIDE) for entity, ids in aside.items() for rid in ids]
    for _, _, what in found:
        report.counts[what] = report.counts.get(what, 0) + 1
    shown = found[:SHOWN]
    names = _names(s, [(e, rid) for e, rid, what in shown if what != SET_ASIDE]) | aside_names
    report.differences = [Difference(e, labels.get(e, e), rid, names.get((e, rid), ""), what) for e, rid, what in shown]


def describe(report: ResyncReport, limit: int = 50) -> str:
    """The report for people: what was kept where, what changed, whether both sides agree now."""
    counts = ", ".join(f"{WHAT[k]} {v:,}건" for k, v in report.counts.items()) or "다른 기록 없음"
    lines = [f"전체 다시 받기: 받은 기록 {report.pulled:,}건; {counts}"
             + (f"; 보내지 않은 변경 {report.unsent_kept:,}건은 다시 얹어 보냅니다." if report.unsent_kept else ""),
             f"백업: {report.backup}", f"보내지 않은 변경 내보냄: {report.export}"]
    lines += [d.text for d in report.differences[:limit]]
    if len(report.differences) > limit:
        lines.append(f"… 외 {sum(report.counts.values()) - limit:,}건")
    lines.append("이제 양쪽 기록이 일치합니다." if report.sanity == []
                 else f"아직 다른 종류: {', '.join(report.sanity or [])}")
    return "\n".join(lines)
