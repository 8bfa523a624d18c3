"""The sync engine: push the outbox in order and in batches, then pull, then check both sides agree.

Rules it keeps (architecture §6, and the failures of Anki, PouchDB, PowerSync it learns from):
- a change is marked answered only in the transaction that stores the server's answer for its
  change_id; a lost answer means the change is sent again and comes back `duplicate`;
- each pulled page is applied and the cursor moved in one transaction;
- a record with an unresolved conflict or rejection holds back its later changes (sending them
  would overwrite the other PC's edit), while the rest of the queue moves on;
- every failure is a classified SyncError, stored for the status bar; nothing is lost by one;
- a pulled change that breaks its entity's schema, or that SQLite refuses, is quarantined with the
  reason (sync/quarantine.py) and the pull moves on: one bad record never stops the facility's PCs.
"""

from __future__ import annotations

import json
import logging
import random
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from heemang_desktop.changes import EMPTY, Changes
from heemang_desktop.logs import log_unexpected
from heemang_desktop.store.base import utcnow
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync import blobs, errors, held, protocol, quarantine, schema
from heemang_desktop.sync.entities import apply_copies, model_for, sealed_payload, to_wire
from heemang_desktop.sync.models import APPLIED, CONFLICT, QUEUED, REJECTED, UNSENT, OutboxEntry, QuarantinedChange
from heemang_desktop.sync.state import (
    CLIENT_ID,
    CONNECTION,
    CURSOR,
    LAST_ATTEMPT,
    LAST_ERROR,
    LAST_SYNC,
    SANITY,
    UNTIL,
    get_state,
    set_state,
    unsent_counts,
)

log = logging.getLogger(__name__)

BATCH = 500
PULL_PAGE = 1000
SANITY_MAX_EXCLUDED = 20000
# What one pulled change can make SQLite or the sealing refuse; a busy or full store is not among
# them (it is no fault of the change, and the page is tried again).
_APPLY_ERRORS = (IntegrityError, DataError, OverflowError, ValueError, TypeError, KeyError, ValidationError)


ONLINE, MAINTENANCE_STATE, OFFLINE_STATE = "online", "maintenance", "offline"


@dataclass
class SyncReport:
    state: str = ONLINE  # online | maintenance | offline
    error_kind: str | None = None  # errors.OFFLINE, MAINTENANCE, AUTH, ...
    error: str | None = None
    until: str | None = None
    retry_after: float | None = None
    pushed: dict = field(default_factory=dict)  # answer -> count
    pulled: dict = field(default_factory=dict)
    sanity: list[str] | None = None  # entity types whose figures differ; None when not checked
    queued: int = 0
    conflicts: int = 0
    rejected: int = 0
    quarantined: int = 0  # pulled records held back (schema or SQLite refused them)
    unknown_kept: int = 0  # pulled records of kinds this version does not know, kept for an upgrade
    finished: bool = False
    changes: Changes = EMPTY  # what this round pushed or pulled: open views reload these

    @property
    def drained(self) -> bool:
        return self.finished and self.queued == 0 and self.conflicts == 0 and self.rejected == 0

    def as_dict(self) -> dict:
        out = {k: getattr(self, k) for k in self.__dataclass_fields__ if k != "changes"}
        return out | {"drained": self.drained}


def backoff(attempt: int, base: float = 1.0, cap: float = 300.0, rng=random.random) -> float:
    """Full jitter: many PCs coming back after an outage do not all call at once."""
    return rng() * min(cap, base * 2 ** min(attempt, 20))


def next_delay(report: SyncReport, attempt: int, rng=random.random) -> float:
    """Wait before the next try: at least the server's Retry-After, plus jitter."""
    delay = backoff(attempt, rng=rng)
    if report.retry_after is not None:
        delay = report.retry_after + rng() * min(30.0, 0.1 * report.retry_after + 1.0)
    return delay


class SyncEngine:
    def __init__(self, ctx, transport, credentials, batch: int = BATCH, page: int = PULL_PAGE, should_stop=None):
        self.ctx = ctx
        self.transport = transport
        self.creds = credentials
        self.batch = batch
        self.page = page
        self.should_stop = should_stop or (lambda: False)

    # -- one pass ---------------------------------------------------------------------------
    def run_once(self) -> SyncReport:
        report = SyncReport()
        try:
            status = self.transport.status()
            if status["state"] == protocol.MAINTENANCE:
                raise errors.Outage("중앙 서비스 중단 기간입니다.", until=status.get("until"))
            self._push(report)
            self._pull(report)
            if not self.should_stop():
                self._sanity(report)
                report.finished = True
        except errors.SyncError as exc:
            report.error_kind, report.error = exc.kind, str(exc)
            report.until, report.retry_after = exc.until, exc.retry_after
            report.state = MAINTENANCE_STATE if exc.kind == errors.MAINTENANCE else OFFLINE_STATE
        except Exception as exc:
            log_unexpected("sync round failed unexpectedly", exc)
            raise
        self._record(report)
        _log_round(report)
        return report

    def _record(self, report: SyncReport) -> None:
        now = utcnow().isoformat()
        with self.ctx.transaction() as s:
            if report.state == MAINTENANCE_STATE and report.until:
                # "maintenance until T" is an outage window: deadlines and 나의업무 learn of it
                from heemang_desktop.calendar import service as calendar

                actor = self.ctx.actor.login_id if self.ctx.actor else "sync"
                calendar.record_maintenance(s, self.ctx.facility.id, actor, report.until)
            report.queued, report.conflicts, report.rejected = unsent_counts(s)
            report.quarantined = quarantine.count(s)
            report.unknown_kept = held.count(s)
            if report.quarantined and not report.error:
                report.error = quarantine.summary(s)  # stays the last error until the record is fixed
            set_state(s, CONNECTION, report.state)
            set_state(s, UNTIL, report.until or "")
            set_state(s, LAST_ATTEMPT, now)
            set_state(s, LAST_ERROR, report.error or "")
            if report.finished:
                set_state(s, LAST_SYNC, now)
                set_state(s, SANITY, ",".join(report.sanity or []))

    # -- auth -------------------------------------------------------------------------------
    def _login(self) -> str:
        password = self.creds.password()
        if not password:
            raise errors.AuthRequired("중앙 서비스에 다시 로그인해야 합니다 (저장된 비밀번호가 없습니다).")
        a = self.creds.account
        token = self.transport.login(a.facility_code, a.user_id, password)
        self.creds.set_token(token)
        return token

    def _authed(self, fn, *args):
        token = self.creds.token() or self._login()
        try:
            return fn(token, *args)
        except errors.AuthRequired:
            self.creds.set_token(None)
            return fn(self._login(), *args)  # the token expired: one new login, then the same call

    def _client_id(self) -> str:
        with self.ctx.transaction() as s:
            cid = get_state(s, CLIENT_ID)
            if not cid:
                cid = str(uuid.uuid4())
                set_state(s, CLIENT_ID, cid)
        return cid

    # -- push -------------------------------------------------------------------------------
    def _next_batch(self) -> list[OutboxEntry]:
        blocked = select(OutboxEntry.entity_id).where(OutboxEntry.state.in_((CONFLICT, REJECTED)))
        with self.ctx.store.session() as s:
            return list(s.scalars(
                select(OutboxEntry).where(OutboxEntry.state == QUEUED, OutboxEntry.entity_id.not_in(blocked))
                .order_by(OutboxEntry.seq).limit(self.batch)))

    def _push(self, report: SyncReport) -> None:
        client_id = self._client_id()
        with self.ctx.store.session() as s:
            rounds = (s.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.state == QUEUED)) or 0)
        for _ in range(rounds // self.batch + 2):  # bounded: every round answers a full batch
            if self.should_stop():
                return
            entries = self._next_batch()
            if not entries:
                return
            entries, refused = blobs.send_files(self, entries)  # files first: the centre never lacks one
            report.changes |= refused
            if not entries:
                continue
            wire = [to_wire(e, lambda: self.ctx.cipher) for e in entries]
            body = self._authed(self.transport.push, client_id, wire)
            try:
                results = protocol.check_push_answer(body, [e.change_id for e in entries], self.ctx.facility.id)
            except protocol.ProtocolError as exc:
                raise errors.BadAnswer(f"중앙 서비스의 응답이 올바르지 않아 받지 않았습니다: {exc}") from exc
            with self.ctx.transaction() as s:
                self._store_answers(s, entries, {r["change_id"]: r for r in results})
            # their sync state changed: lists that show it reload
            report.changes |= Changes.from_pairs((e.entity, e.entity_id) for e in entries)
            for r in results:
                report.pushed[r["status"]] = report.pushed.get(r["status"], 0) + 1

    def _store_answers(self, s, entries: list[OutboxEntry], answers: dict[str, dict]) -> None:
        now = utcnow()
        rows: list[dict] = []
        stamps: dict[str, list[dict]] = {}  # entity -> the version stamps of its applied rows
        for e in entries:
            a = answers[e.change_id]
            status = a["status"]
            if status in (protocol.APPLIED, protocol.DUPLICATE):
                rows.append({"seq": e.seq, "state": APPLIED, "result": json.dumps(a), "answered_at": now,
                             "last_error": None})
                stamps.setdefault(e.entity, []).append(
                    {"b_id": e.entity_id, "b_version": e.base_version + 1,
                     "b_sv": a["server_version"], "b_new": a["version"]})
            elif status == protocol.CONFLICT:
                copy = dict(a["server_copy"])
                model = model_for(e.entity)
                if model is not None:  # never keep the other side's plain PII on disk
                    copy["payload"] = self._sealed_copy(model, copy["payload"])
                reason = ("다른 PC에서 삭제한 기록입니다 (삭제가 우선합니다)." if copy["deleted"]
                          else "다른 PC에서 먼저 고친 기록입니다. 어느 쪽을 남길지 정하세요.")
                rows.append({"seq": e.seq, "state": CONFLICT, "answered_at": now, "last_error": reason,
                             "result": json.dumps({**a, "server_copy": copy}, ensure_ascii=False)})
            else:
                rows.append({"seq": e.seq, "state": REJECTED, "answered_at": now, "last_error": a["reason"],
                             "result": json.dumps(a, ensure_ascii=False)})
        s.execute(update(OutboxEntry), rows)
        for entity, items in stamps.items():
            table = model_for(entity).__table__
            # Only a row not edited again since: its later edits are still on their way.
            s.execute(update(table).where(table.c.id == bindparam("b_id"), table.c.version == bindparam("b_version"))
                      .values(server_version=bindparam("b_sv"), version=bindparam("b_new")), items)

    def _sealed_copy(self, model, payload: dict) -> dict:
        cipher = lambda: self.ctx.cipher  # noqa: E731
        try:
            return sealed_payload(model, payload, cipher)
        except _APPLY_ERRORS:  # PII an older server kept unchecked: the copy is kept without it
            pii = getattr(model, "__pii_fields__", {}) or {}
            return sealed_payload(model, {k: None if k in pii else v for k, v in payload.items()}, cipher)

    # -- pull -------------------------------------------------------------------------------
    def _pull(self, report: SyncReport) -> None:
        self._apply_held(report)
        with self.ctx.store.session() as s:
            cursor = int(get_state(s, CURSOR) or 0)
        while not self.should_stop():
            body = self._authed(self.transport.pull, cursor, self.page)
            try:
                copies, nxt, more = protocol.check_pull_answer(body, cursor, self.ctx.facility.id)
            except protocol.ProtocolError as exc:
                raise errors.BadAnswer(f"중앙 서비스의 응답이 올바르지 않아 받지 않았습니다: {exc}") from exc
            with self._pull_transaction() as s:
                counts = self._apply_page(s, copies)
                set_state(s, CURSOR, str(nxt))
            report.changes |= Changes.from_pairs((c["entity"], c["entity_id"]) for c in copies)
            for k, v in counts.items():
                report.pulled[k] = report.pulled.get(k, 0) + v
            blobs.fetch_files(self, copies)  # attachments the facility's other PCs sent
            cursor = nxt
            if not more:
                return

    def _apply_held(self, report: SyncReport) -> None:
        """Records kept because an older version did not know their kind, applied once it does."""
        with self.ctx.store.session() as s:
            if not held.count(s):
                return
        with self._pull_transaction() as s:
            copies = held.known_now(s, lambda entity: model_for(entity) is not None, lambda: self.ctx.cipher)
            if not copies:
                return
            counts = self._apply_page(s, [c for c in copies if not self._has_newer(s, c)])
        report.changes |= Changes.from_pairs((c["entity"], c["entity_id"]) for c in copies)
        for k, v in counts.items():
            report.pulled[k] = report.pulled.get(k, 0) + v

    @staticmethod
    def _has_newer(s: Session, copy: dict) -> bool:
        model = model_for(copy["entity"])
        mine = s.scalar(select(model.server_version).where(model.id == copy["entity_id"]))
        return mine is not None and mine >= copy["server_version"]

    def _apply_page(self, s: Session, copies: list[dict], force: bool = False) -> dict:
        """Apply a pulled page: copies that break their schema are quarantined first; the rest go in
        together, and if SQLite refuses that, one by one, so only the offending copy is held back."""
        cipher = lambda: self.ctx.cipher  # noqa: E731
        good, unknown, held_back = [], [], set()
        for c in copies:
            model = model_for(c["entity"])
            if model is None:
                unknown.append(c)
                continue
            try:
                schema.check(schema.rules_for_model(model), c["payload"])
            except schema.Invalid as exc:
                held_back.add(self._hold(s, c, str(exc), exc.field))
                continue
            good.append(c)
        if unknown:
            held.keep(s, unknown, cipher)
        try:
            with s.begin_nested():
                applied = apply_copies(s, good, cipher, force)
        except _APPLY_ERRORS:
            applied = {}
            for c in good:
                try:
                    with s.begin_nested():
                        one = apply_copies(s, [c], cipher, force)
                except _APPLY_ERRORS as exc:
                    held_back.add(self._hold(s, c, _refusal(exc)))
                    continue
                for k, v in one.items():
                    applied[k] = applied.get(k, 0) + v
        quarantine.release(s, [k for k in {(c["entity"], c["entity_id"]) for c in good} if k not in held_back])
        applied.pop("unknown", None)
        return (applied | ({"quarantined": len(held_back)} if held_back else {})
                | ({"unknown_kept": len(unknown)} if unknown else {}))

    def _hold(self, s: Session, copy: dict, reason: str, field: str = "") -> tuple[str, str]:
        model = model_for(copy["entity"])
        quarantine.put(s, copy, reason, field, set(getattr(model, "__pii_fields__", {}) or {}))
        return copy["entity"], copy["entity_id"]

    @contextmanager
    def _pull_transaction(self):
        """A page's transaction with foreign-key checks off: a parent edited after its child was
        made sorts after the child in the feed (possibly on a later page). The server only took the
        child after its parent, so the complete pull is whole again."""
        with self.ctx.store.write_engine.connect() as conn:  # BEGIN IMMEDIATE: a page is a write
            raw = conn.connection.driver_connection  # outside any transaction, where the pragma takes effect
            raw.execute("PRAGMA foreign_keys=OFF")
            try:
                with Session(bind=conn) as s, s.begin():
                    yield s
            finally:
                raw.execute("PRAGMA foreign_keys=ON")

    # -- sanity check -----------------------------------------------------------------------
    def _sanity(self, report: SyncReport) -> None:
        """Counts and version sums per record type, both sides, leaving out records with unsent edits."""
        with self.ctx.store.session() as s:
            unsent: dict[str, set[str]] = {}
            for entity, eid in s.execute(select(OutboxEntry.entity, OutboxEntry.entity_id)
                                         .where(OutboxEntry.state.in_(UNSENT))):
                unsent.setdefault(entity, set()).add(eid)
            for entity, ids in quarantine.ids_by_entity(s).items():  # left out on both sides, like unsent edits
                unsent.setdefault(entity, set()).update(ids)
        if sum(map(len, unsent.values())) > SANITY_MAX_EXCLUDED:
            return
        body = self._authed(self.transport.summary, {k: sorted(v) for k, v in unsent.items()})
        theirs = body.get("entities") if isinstance(body, dict) else None
        if not isinstance(theirs, dict):
            raise errors.BadAnswer("점검 응답 형식이 올바르지 않습니다.")
        mismatched = []
        with self.ctx.store.session() as s:
            for name in sorted(set(theirs) | set(unsent)):
                model = model_for(name)
                if model is None:
                    continue
                pending = select(OutboxEntry.entity_id).where(OutboxEntry.entity == name, OutboxEntry.state.in_(UNSENT))
                held_ids = select(QuarantinedChange.entity_id).where(QuarantinedChange.entity == name)
                row = s.execute(select(func.count(), func.sum(model.version))
                                .where(model.id.not_in(pending), model.id.not_in(held_ids))).one()
                mine = {"count": row[0], "version_sum": int(row[1] or 0)}
                if mine != theirs.get(name, {"count": 0, "version_sum": 0}):
                    mismatched.append(name)
        report.sanity = mismatched
        if mismatched:
            report.error = f"동기화 후 점검에서 양쪽 기록 수가 다릅니다: {', '.join(mismatched)}"


def _log_round(report: SyncReport) -> None:
    """Counts per answer and the error's kind for the support log; never a record's content (a
    rejection's reason or an error's text may quote one). A quiet round is not worth a line."""
    if not (report.pushed or report.pulled or report.error_kind or report.sanity):
        log.debug("sync round: nothing to do")
        return
    fmt = lambda counts: " ".join(f"{k}={v}" for k, v in sorted(counts.items())) or "-"  # noqa: E731
    log.log(logging.WARNING if report.error_kind or report.sanity else logging.INFO,
            "sync round: %s%s; pushed %s; pulled %s; left: queued %d, conflicts %d, rejected %d, quarantined %d%s",
            report.state, f" ({report.error_kind})" if report.error_kind else "", fmt(report.pushed),
            fmt(report.pulled), report.queued, report.conflicts, report.rejected, report.quarantined,
            f"; sanity check differs for {','.join(report.sanity)}" if report.sanity else "")


def _refusal(exc: Exception) -> str:
    """Why SQLite (or sealing) refused a pulled copy, for people; no values quoted."""
    if isinstance(exc, ValidationError):
        return str(exc)
    if isinstance(exc, IntegrityError):
        detail = str(exc.orig) if exc.orig is not None else ""
        return f"이 PC의 데이터베이스가 받지 않았습니다 (무결성 제약: {detail[:200]})."
    if isinstance(exc, OverflowError):
        return "숫자가 너무 커서 이 PC의 데이터베이스에 저장할 수 없습니다."
    return f"이 PC에 저장할 수 없는 값이 있습니다 ({type(exc).__name__})."


def run(engine: SyncEngine, attempts: int = 3, max_wait: float = 30.0, sleep=time.sleep) -> SyncReport:
    """A few tries for passing trouble (network, 5xx, a bad answer); an outage or a login problem
    is reported at once. Every wait is bounded by `max_wait` in total."""
    waited = 0.0
    report = engine.run_once()
    for attempt in range(attempts - 1):
        if report.finished or report.error_kind in (errors.MAINTENANCE, errors.AUTH):
            break
        delay = next_delay(report, attempt)
        if waited + delay > max_wait:
            break
        sleep(delay)
        waited += delay
        report = engine.run_once()
    return report
