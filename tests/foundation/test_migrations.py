"""Migrations: the schema they build matches the models, and an old file upgrades without loss."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from heemang_desktop.app import open_app
from heemang_desktop.features import listed
from heemang_desktop.settings import Paths
from heemang_desktop.store import migrate
from heemang_desktop.store.base import Base
from heemang_desktop.store.engine import make_engine
from heemang_desktop.store.errors import NewerDatabase
from heemang_desktop.store.registry import metadata
from heemang_desktop.users.service import list_users, sign_in


def _app_tables() -> set[str]:
    """Tables of the app's model modules (tests may map throwaway tables on the same Base)."""
    modules = set(listed("models"))
    return {m.local_table.name for m in Base.registry.mappers if m.class_.__module__ in modules}


def test_migrations_build_exactly_the_models(tmp_path):
    engine = make_engine(tmp_path / "m.sqlite3")
    migrate.upgrade(engine)
    tables = _app_tables()

    def include(obj, name, type_, reflected, _compare_to):
        table = obj if type_ == "table" else getattr(obj, "table", None)
        return type_ != "table" or name in tables or (table is not None and table.name in tables)

    with engine.connect() as conn:
        mc = MigrationContext.configure(conn, opts={"include_object": include})
        diffs = compare_metadata(mc, metadata)
    engine.dispose()
    assert diffs == []


GOLDEN = Path(__file__).parent.parent / "fixtures" / "db_versions"
# The golden files were made by the release that introduced each revision (Electrum keeps such files);
# the JSON beside each (tests/fixtures/make_db_fixture.py) holds its recovery code.
GOLDEN_RECOVERY = {p.stem: json.loads(p.read_text(encoding="utf-8"))["recovery_code"] for p in GOLDEN.glob("*.json")}


@pytest.mark.parametrize("revision", sorted(GOLDEN_RECOVERY))
def test_saved_file_of_every_released_schema_opens_migrated_and_intact(tmp_path, revision):
    """A user's file from an older release: backed up before migrating, then opened with every row kept."""
    paths = Paths(tmp_path / "data")
    paths.data_dir.mkdir()
    shutil.copy(GOLDEN / f"{revision}.sqlite3", paths.database)
    assert migrate.read_revisions(paths.database) == {revision}

    ctx = open_app(paths)
    try:
        assert set(ctx.store.revisions()) == migrate.head_revisions()
        assert ctx.facility.code == "K0161"
        assert [u.login_id for u in list_users(ctx)] == ["admin", "lee"]
        assert sign_in(ctx, "lee", "lee-pw-12").role == "social_worker"
        assert not ctx.has_key()  # the key was in another PC's keyring...
        ctx.unlock(GOLDEN_RECOVERY[revision])  # ...and comes back from the printed recovery code
        assert ctx.has_key()
    finally:
        ctx.close()
    if migrate.head_revisions() != {revision}:
        backups = list(paths.backups.glob("*before-migration*.sqlite3"))
        assert backups and migrate.read_revisions(backups[0]) == {revision}


def test_file_from_a_newer_app_is_refused_untouched(setup_result, paths):
    setup_result.context.close()
    con = sqlite3.connect(paths.database)
    con.execute("INSERT INTO alembic_version VALUES ('9999_future')")
    con.commit()
    con.close()
    before = paths.database.read_bytes()
    with pytest.raises(NewerDatabase) as err:
        open_app(paths)
    assert "더 새로운 버전" in str(err.value)
    assert paths.database.read_bytes() == before


def test_fast_revision_reading_agrees_with_alembic():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(migrate.MIGRATIONS_DIR))
    assert migrate.head_revisions() == set(script.get_heads())
    assert migrate.known_revisions() == {r.revision for r in script.walk_revisions()}


def test_one_line_of_migrations():
    """Branches built in parallel must be re-chained before they land: one head, one order."""
    assert len(migrate.head_revisions()) == 1, sorted(migrate.head_revisions())
