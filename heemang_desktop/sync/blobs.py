"""Files a record references (inquiry attachments, screenshots) reach the central service before the record.

A synced model that references files offers `sync_blobs(payload, attachments_root)`: one
(sha256, shown name, file on this PC or None) per file. Before a batch is pushed, each file of each
record in it is checked on disk (there, whole, unchanged: its content hash is its name) and sent
with `PUT /sync/blobs/{sha256}` unless the service says it has it (HEAD): so the centre never holds a
record whose file it lacks, and a record sent again does not send its files again.

- a network error, an outage, a 5xx stops the round as any push would: the record stays queued;
- a file missing, changed or too large on this PC, or one the service refuses (its size, the
  facility's space), rejects that record here with a Korean reason, shown beside it like a server's
  rejection (the user fixes it and sends again, or discards it); the rest of the queue moves on.

Pulled records' files this PC lacks are fetched after their page is applied (`GET`), checked against
their hash and their kind, and kept where the record names them; a file that does not come (offline
mid-round) is just missing here, as before, and never stops the pull.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from sqlalchemy import update

from heemang_desktop.changes import EMPTY, Changes
from heemang_desktop.store import safe_files
from heemang_desktop.store.base import utcnow
from heemang_desktop.sync import errors, protocol
from heemang_desktop.sync.entities import model_for
from heemang_desktop.sync.models import REJECTED, OutboxEntry
from heemang_desktop.sync.transport import FileRefused

log = logging.getLogger(__name__)
_MB = 1024 * 1024


def referenced(entry: OutboxEntry, root: Path) -> list[tuple[str, str, Path | None]]:
    """The files an outgoing change's record needs on the centre (none for a delete)."""
    hook = getattr(model_for(entry.entity), "sync_blobs", None)
    if hook is None or entry.op != protocol.UPSERT:
        return []
    payload = json.loads(entry.payload)
    return [] if payload.get("deleted") else list(hook(payload, root))


def _read(path: Path | None) -> bytes | None:
    if path is None or not path.is_file():
        return None
    with path.open("rb") as fh:
        return fh.read(protocol.MAX_BLOB_BYTES + 1)


def _problem(files: list[tuple[str, str, Path | None]]) -> str | None:
    """Why this record's files cannot go, checked before any of them is sent; None when they can."""
    for sha, name, path in files:
        data = _read(path)
        if data is None:
            return f"첨부 파일이 이 PC에 없어 보내지 못했습니다: {name}. 파일을 첨부해 새로 쓰고 이 기록은 버리세요."
        if len(data) > protocol.MAX_BLOB_BYTES:
            return (f"첨부 파일이 중앙 서비스가 받는 크기({protocol.MAX_BLOB_BYTES // _MB}MB)보다 커서 "
                    f"보내지 못했습니다: {name}")
        if hashlib.sha256(data).hexdigest() != sha:
            return f"첨부 파일이 저장된 뒤 바뀌었거나 손상되어 보내지 못했습니다: {name}"
    return None


def _send(engine, files: list[tuple[str, str, Path | None]], sent: set[str]) -> str | None:
    """Send the files the centre lacks; the refusal's reason, or None. SyncErrors stop the round."""
    for sha, name, path in files:
        if sha in sent:
            continue
        if not engine._authed(engine.transport.has_blob, sha):
            data = _read(path) or b""  # checked a moment ago; a change since is caught by the hash on the centre
            try:
                engine._authed(engine.transport.put_blob, sha, data)
            except FileRefused as exc:
                return f"중앙 서비스가 첨부 파일을 받지 않았습니다: {name} ({exc})"
        sent.add(sha)
    return None


def send_files(engine, entries: list[OutboxEntry]) -> tuple[list[OutboxEntry], Changes]:
    """The batch's files sent; returns the entries that may be pushed now, and the records rejected
    here. A rejected record's later changes in the batch stay queued (held behind the rejection)."""
    root = engine.ctx.paths.attachments
    sent: set[str] = set()
    reasons: dict[int, str] = {}
    held: set[str] = set()
    ready = []
    for e in entries:
        if e.entity_id in held:
            continue
        files = referenced(e, root)
        reason = (_problem(files) or _send(engine, files, sent)) if files else None
        if reason:
            reasons[e.seq] = reason
            held.add(e.entity_id)
        else:
            ready.append(e)
    if not reasons:
        return ready, EMPTY
    now = utcnow()
    with engine.ctx.transaction() as s:
        s.execute(update(OutboxEntry), [
            {"seq": seq, "state": REJECTED, "answered_at": now, "last_error": why,
             "result": json.dumps({"status": protocol.REJECTED, "reason": why, "local": True}, ensure_ascii=False)}
            for seq, why in reasons.items()])
    return ready, Changes.from_pairs((e.entity, e.entity_id) for e in entries if e.seq in reasons)


def fetch_files(engine, copies: list[dict]) -> int:
    """The files a pulled page's records reference that this PC lacks, fetched and kept; how many."""
    root = engine.ctx.paths.attachments
    got = 0
    for c in copies:
        hook = getattr(model_for(c["entity"]), "sync_blobs", None)
        if hook is None or c["deleted"]:
            continue
        for sha, _name, path in hook(c["payload"], root):
            if path is None or path.is_file() or not protocol.SHA256.match(sha):
                continue
            try:
                data = engine._authed(engine.transport.get_blob, sha)
            except errors.SyncError as exc:  # the record is in; its files come with a later copy or not at all
                log.info("attachment fetch stopped: %s", exc.kind)
                return got
            # The hash proves it is the file the record names; the kind, that it is what its name says.
            if (data is None or hashlib.sha256(data).hexdigest() != sha
                    or safe_files.sniff(data, path.name) != path.suffix.lstrip(".")):
                continue
            safe_files.write_atomic(path, data)
            got += 1
    return got
