"""Every saved store file in tests/fixtures/db_versions, as a user's PC holds it, opens with today's code:
backed up first, migrated to the head, unlocked with its recovery code, and every row count, record
version, state, money total, sync fact and decrypted number equal to what was recorded beside the
file when it was made (tests/fixtures/make_db_fixture.py; read by tests/fixtures/db_facts.py).
A migration that fails half-way leaves the file and its backup exactly as they were.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from heemang_desktop.app import open_app
from heemang_desktop.settings import Paths
from heemang_desktop.status import status
from heemang_desktop.store import backup, migrate
from heemang_desktop.store.errors import MigrationFailed

SAVED = Path(__file__).resolve().parents[1] / "fixtures" / "db_versions"
sys.path.insert(0, str(SAVED.parent))
from db_facts import describe  # noqa: E402
from make_db_fixture import settle_list  # noqa: E402

RECORDS = sorted(SAVED.glob("*.json"))
COMPARED = ("counts", "versions", "states", "totals", "decrypted", "sync_state")


def _recorded(record: Path) -> dict:
    return json.loads(record.read_text(encoding="utf-8"))


def _user_copy(tmp_path: Path, record: Path) -> Paths:
    paths = Paths(tmp_path / "data")
    paths.data_dir.mkdir()
    shutil.copy(record.with_suffix(".sqlite3"), paths.database)
    return paths


def _as_recorded(facts: dict, found: dict) -> dict:
    """`found` cut to what the fixture recorded: tables and columns a later schema added are not compared."""
    return {part: {key: found.get(part, {}).get(key) for key in facts.get(part, {})} for part in COMPARED}


def _expected(facts: dict) -> dict:
    return {part: facts.get(part, {}) for part in COMPARED}


def test_every_saved_file_has_its_record():
    files = {p.stem for p in SAVED.glob("*.sqlite3")}
    assert files and files == {p.stem for p in RECORDS}
    assert any(_recorded(r).get("sync_state") for r in RECORDS)  # at least one with a sync history


@pytest.mark.parametrize("record", RECORDS, ids=lambda p: p.stem)
def test_saved_file_opens_migrated_with_every_record_intact(tmp_path, record):
    facts = _recorded(record)
    paths = _user_copy(tmp_path, record)
    old = frozenset(facts["revisions"])
    assert migrate.read_revisions(paths.database) == old

    ctx = open_app(paths)
    try:
        assert set(ctx.store.revisions()) == migrate.head_revisions()
        assert not ctx.has_key()  # the key stayed in the keyring of the PC that made the file
        ctx.unlock(facts["recovery_code"])
        cipher = ctx.cipher
        if "status" in facts:  # what the user is shown to settle: queued, conflicts, rejections, quarantine
            assert {k: status(ctx)[k] for k in facts["status"]} == facts["status"]
        if "issues" in facts:  # each conflict and rejection still listed beside its record, settleable
            assert settle_list(ctx) == facts["issues"]
    finally:
        ctx.close()

    found = describe(paths.database, cipher.decrypt, tables=list(facts["counts"]))
    assert _as_recorded(facts, found) == _expected(facts)
    if old != migrate.head_revisions():
        [saved] = backup.backups_of(paths.backups, "before-migration")
        kept = describe(saved, cipher.decrypt, tables=list(facts["counts"]))
        assert kept["revisions"] == facts["revisions"] and _as_recorded(facts, kept) == _expected(facts)


OLDER = [r for r in RECORDS if frozenset(_recorded(r)["revisions"]) != migrate.head_revisions()]


def _unchanged(now: bytes, before: bytes) -> bool:
    """Byte for byte. One exception: a file still in the rollback-journal mode of early releases
    (header bytes 18-19 = 1) is switched to WAL when the store opens it, before any migration, which
    rewrites only header fields: the journal mode, the change counter (24-27) and the SQLite version
    that wrote it (92-99). Every page of data stays as it was."""
    if before[18:20] != b"\x01\x01" or now[18:20] != b"\x02\x02":
        return now == before
    mask = lambda b: b[:18] + b[20:24] + b[28:92] + b[100:]  # noqa: E731
    return mask(now) == mask(before)


@pytest.mark.parametrize("record", OLDER, ids=lambda p: p.stem)
def test_migration_failing_half_way_leaves_the_file_and_its_backup_untouched(tmp_path, record, monkeypatch):
    """The head revision's own step runs, then fails: every step before it has changed the schema
    inside the same transaction, and none of it may reach the file."""
    import alembic.util

    from heemang_desktop.store import store as store_module

    facts = _recorded(record)
    paths = _user_copy(tmp_path, record)
    before = paths.database.read_bytes()
    failing = sorted(migrate.head_revisions())[0]
    load = alembic.util.load_python_file

    def load_with_a_broken_head(dir_, filename):
        module = load(dir_, filename)
        if getattr(module, "revision", None) == failing:
            step = module.upgrade

            def upgrade():
                step()
                raise OSError(28, "No space left on device")

            module.upgrade = upgrade
        return module

    made = {}
    real_backup = store_module.backup.make_backup

    def recording_backup(*args, **kwargs):
        saved = real_backup(*args, **kwargs)
        made[saved] = saved.read_bytes()
        return saved

    monkeypatch.setattr(alembic.util, "load_python_file", load_with_a_broken_head)
    monkeypatch.setattr(store_module.backup, "make_backup", recording_backup)
    with pytest.raises(MigrationFailed) as err:
        open_app(paths)

    message = str(err.value)
    assert "새 버전에 맞게 바꾸지 못했습니다" in message and "바꾸기 전 그대로" in message
    assert "No space left on device" in message and str(err.value.backup) in message
    assert _unchanged(paths.database.read_bytes(), before)
    assert migrate.read_revisions(paths.database) == frozenset(facts["revisions"])
    assert list(made) == [err.value.backup] and err.value.backup.read_bytes() == made[err.value.backup]
    assert migrate.read_revisions(err.value.backup) == frozenset(facts["revisions"])
    nothing = lambda token, purpose: token  # noqa: E731  (the file itself: no key needed to count rows)
    for copy in (paths.database, err.value.backup):
        found = describe(copy, nothing, tables=list(facts["counts"]))
        parts = ("counts", "totals", "states")
        assert {k: found[k] for k in parts} == {k: facts[k] for k in parts}
