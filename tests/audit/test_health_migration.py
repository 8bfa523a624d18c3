"""Health text in an old store is sealed by the upgrade: the store is backed up first, the notes and
daily logs (and their queued payloads) end up sealed with the health key, and no plain copy is left
in the database, its WAL, the backups or the log. A store opened before its key is back waits for
the recovery code, then seals."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from heemang_desktop import logs
from heemang_desktop.app import open_app
from heemang_desktop.audit import service as audit
from heemang_desktop.context import Actor, key_secret_name
from heemang_desktop.settings import Paths
from heemang_desktop.store import crypto, keystore, migrate, pii
from heemang_desktop.subjects import service as subjects

SAVED = Path(__file__).resolve().parents[1] / "fixtures" / "db_versions"
NOTE = "당뇨 인슐린 투여 하루 두 번"
NURSING = "혈압 130/85"  # the saved store's 간호일지
LIFE = "아침 식사 양호"  # its 생활일지
SERVER_COPY = "혈압 150/95, 서버 사본"  # a conflict's copy of a log, kept in the outbox's result
QUARANTINED = "맥박 불규칙, 격리된 사본"  # a pulled copy set aside, its values kept for the screen
SECRETS = (NOTE, NURSING, LIFE, SERVER_COPY, QUARANTINED)


def _old_store(tmp_path) -> tuple[Paths, dict, str]:
    """The newest saved store from before 0021, given a health note queued for sending, and a daily
    backup of it as it was (plain)."""
    record = max((p for p in SAVED.glob("*.sqlite3") if p.stem < "0020"), key=lambda p: p.stem)
    facts = json.loads(record.with_suffix(".json").read_text(encoding="utf-8"))
    paths = Paths(tmp_path / "data")
    paths.data_dir.mkdir()
    shutil.copy(record, paths.database)
    with sqlite3.connect(paths.database) as conn:
        seq, subject_id, payload = conn.execute("SELECT seq, entity_id, payload FROM outbox WHERE entity = 'subject' "
                                                "ORDER BY seq DESC").fetchone()
        conn.execute("UPDATE subject SET health_notes = ? WHERE id = ?", (NOTE, subject_id))
        data = json.loads(payload)
        data["health_notes"] = NOTE
        conn.execute("UPDATE outbox SET payload = ? WHERE seq = ?", (json.dumps(data, ensure_ascii=False), seq))
        log_seq, log_id = conn.execute("SELECT seq, entity_id FROM outbox WHERE entity = 'daily_log'").fetchone()
        copy = {"entity": "daily_log", "entity_id": log_id, "deleted": False, "payload": {"content": SERVER_COPY}}
        conn.execute("UPDATE outbox SET result = ? WHERE seq = ?",
                     (json.dumps({"status": "conflict", "server_copy": copy}, ensure_ascii=False), log_seq))
        conn.execute("INSERT INTO sync_quarantine (entity, entity_id, server_version, version, field, reason, "
                     "fields, quarantined_at) VALUES ('daily_log', ?, 9, 2, 'logged_at', '날짜 오류', ?, "
                     "'2026-11-01 00:00:00')",
                     (log_id, json.dumps({"content": QUARANTINED, "log_type": "간호일지"}, ensure_ascii=False)))
    paths.backups.mkdir()
    shutil.copy(paths.database, paths.backups / "heemang-20261101-090000-daily.sqlite3")
    return paths, facts, subject_id


def _everything(paths: Paths) -> bytes:
    """Every file in the data folder: the database, its -wal/-shm, the backups and the support log."""
    logs.close()
    files = [p for p in paths.data_dir.rglob("*") if p.is_file()]
    assert any(p.parent == paths.backups for p in files) and logs.log_files(paths.data_dir)
    assert b"health text sealed" in b"".join(p.read_bytes() for p in logs.log_files(paths.data_dir))
    return b"".join(p.read_bytes() for p in files)


@pytest.fixture(autouse=True)
def _no_log_left_open():
    yield
    logs.close()


def _put_key(facts, store_id: str) -> None:
    keystore.set_secret(key_secret_name(store_id), crypto.key_from_recovery_code(facts["recovery_code"]).hex())


def test_an_old_store_is_backed_up_then_sealed_and_no_plain_copy_is_left(tmp_path):
    paths, facts, subject_id = _old_store(tmp_path)
    with sqlite3.connect(paths.database) as conn:
        store_id = conn.execute("SELECT value FROM app_meta WHERE key = 'store_id'").fetchone()[0]
    _put_key(facts, store_id)
    logs.setup(paths.data_dir)  # as every command and the window do
    raw_before = _everything_but_logs(paths)
    assert all(s.encode() in raw_before for s in SECRETS)  # the test reads where the text was
    ctx = open_app(paths)
    try:
        assert set(ctx.store.revisions()) == migrate.head_revisions()
        assert [p.name for p in paths.backups.glob("*before-migration*")]  # backed up first
        ctx.actor = Actor("admin", "김관리", "admin")
        card, _ = subjects.card_with_timeline(ctx, subject_id)
        assert card.health_notes == NOTE
        by_type = {r.log_type: r for s in subjects.search_subjects(ctx, "") for r in subjects.list_logs(ctx, s.id)}
        assert by_type["생활일지"].content == LIFE and not by_type["생활일지"].masked
        assert (by_type["간호일지"].content, by_type["간호일지"].masked) == (pii.HEALTH_MASK, True)
        assert subjects.open_log(ctx, by_type["간호일지"].id).content == NURSING
        assert [r.kind for r in audit.list_access(ctx)] == ["open_health_note", "open_health_note"]
        with ctx.store.session() as s:
            from heemang_desktop.sync.models import OutboxEntry

            queued = [json.loads(e.payload) for e in s.query(OutboxEntry).filter_by(entity_id=subject_id)]
            results = [json.loads(e.result) for e in s.query(OutboxEntry).filter(OutboxEntry.result.like("%conflict%"))]
        assert all("health_notes" not in p for p in queued)
        assert any(p.get("health_notes_enc") and ctx.cipher.decrypt(p["health_notes_enc"], pii.HEALTH) == NOTE
                   for p in queued)
        copies = [r["server_copy"]["payload"] for r in results if r.get("server_copy")]
        assert [ctx.cipher.decrypt(c["content_enc"], pii.HEALTH) for c in copies if "content_enc" in c] == [SERVER_COPY]
    finally:
        ctx.close()
    raw = _everything(paths)
    for secret in SECRETS:
        assert secret.encode() not in raw, secret


def _everything_but_logs(paths: Paths) -> bytes:
    return b"".join(p.read_bytes() for p in paths.data_dir.rglob("*") if p.is_file())


def test_without_the_key_the_text_waits_then_seals_when_the_recovery_code_is_typed(tmp_path):
    paths, facts, subject_id = _old_store(tmp_path)
    logs.setup(paths.data_dir)
    ctx = open_app(paths)  # a new PC: the keyring has no key yet
    try:
        from heemang_desktop.subjects import sealing

        assert sealing.pending(ctx) == 9  # the note and 3 logs, in their rows and 4 payloads; a conflict's copy
        ctx.unlock(facts["recovery_code"])
        assert sealing.pending(ctx) == 0
        ctx.actor = Actor("admin", "김관리", "admin")
        assert subjects.get_subject(ctx, subject_id).health_notes == NOTE
    finally:
        ctx.close()
    raw = _everything(paths)
    for secret in SECRETS:
        assert secret.encode() not in raw, secret


@pytest.mark.parametrize("role, sees", [("social_worker", True), ("accountant", False)])
def test_only_roles_with_health_access_open_a_nursing_log(ctx, role, sees):
    from datetime import datetime

    s = subjects.register_subject(ctx, subjects.SubjectInput(name="박순자", health_notes=NOTE))
    log = subjects.add_log(ctx, s.id, "간호일지", datetime(2026, 11, 3, 9), NURSING)
    with ctx.store.session() as session:
        from heemang_desktop.subjects.models import DailyLog, Subject

        row, subject = session.get(DailyLog, log.id), session.get(Subject, s.id)
        assert row.content_enc and NURSING not in row.content_enc and row.content_hash is None
        assert subject.health_notes_enc and subject.health_notes_masked == pii.HEALTH_MASK
    ctx.actor = Actor("x", "누구", role)
    if sees:
        assert subjects.open_log(ctx, log.id).content == NURSING
        assert subjects.get_subject(ctx, s.id).health_notes == NOTE
    else:
        from heemang_desktop.store.errors import PermissionDenied

        with pytest.raises(PermissionDenied):
            subjects.open_log(ctx, log.id)
        assert subjects.get_subject(ctx, s.id).health_notes is None
