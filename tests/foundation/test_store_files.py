"""Damaged, foreign and missing database files: a clear message naming the file, no crash, no overwrite."""

from __future__ import annotations

import sqlite3

import pytest

from heemang_desktop.app import open_app
from heemang_desktop.cli import main
from heemang_desktop.store import backup
from heemang_desktop.store.errors import NotAHeemangDatabase


def test_garbage_file_is_refused_and_kept(paths):
    paths.data_dir.mkdir(parents=True)
    paths.database.write_bytes(b"this is a spreadsheet, not a database" * 100)
    before = paths.database.read_bytes()
    with pytest.raises(NotAHeemangDatabase) as err:
        open_app(paths)
    assert str(paths.database) in str(err.value) and "덮어쓰지 않았습니다" in str(err.value)
    assert paths.database.read_bytes() == before


def test_other_programs_sqlite_file_is_refused_and_kept(paths):
    paths.data_dir.mkdir(parents=True)
    con = sqlite3.connect(paths.database)
    con.execute("CREATE TABLE notes (t TEXT)")
    con.execute("INSERT INTO notes VALUES ('x')")
    con.commit()
    con.close()
    before = paths.database.read_bytes()
    with pytest.raises(NotAHeemangDatabase, match="다른 프로그램"):
        open_app(paths)
    assert paths.database.read_bytes() == before


def test_truncated_database_is_refused(setup_result, paths):
    setup_result.context.close()
    data = paths.database.read_bytes()
    paths.database.write_bytes(data[:1500])
    with pytest.raises(NotAHeemangDatabase):
        open_app(paths)


def test_cli_reports_corrupt_file_without_traceback(paths, capsys):
    paths.data_dir.mkdir(parents=True)
    paths.database.write_bytes(b"\x00" * 4096)
    code = main(["--data-dir", str(paths.data_dir), "status"])
    err = capsys.readouterr().err
    assert code == 1
    assert str(paths.database) in err and "Traceback" not in err


def test_daily_backup_on_open_and_rotation(setup_result, paths):
    setup_result.context.close()
    open_app(paths).close()
    daily = backup.backups_of(paths.backups, "daily")
    assert len(daily) == 1
    open_app(paths).close()
    assert backup.backups_of(paths.backups, "daily") == daily  # one a day, not one per start
    for _ in range(5):
        backup.make_backup(paths.database, paths.backups, "manual", keep=3)
    assert len(backup.backups_of(paths.backups, "manual")) == 3


def test_failed_migration_is_reported_with_the_backup_and_leaves_the_file(setup_result, paths, monkeypatch):
    from heemang_desktop.store import migrate
    from heemang_desktop.store.errors import MigrationFailed

    setup_result.context.close()
    con = sqlite3.connect(paths.database)
    con.execute("DELETE FROM alembic_version")
    con.execute("INSERT INTO alembic_version VALUES ('0001_foundation')")  # an old file...
    con.commit()
    con.close()
    before = paths.database.read_bytes()

    def broken(_engine):
        raise RuntimeError("disk full")  # ...whose upgrade fails half-way

    monkeypatch.setattr(migrate, "upgrade", broken)
    with pytest.raises(MigrationFailed) as err:
        open_app(paths)
    assert str(paths.database) in str(err.value) and "disk full" in str(err.value)
    assert err.value.backup.exists() and migrate.read_revisions(err.value.backup) == {"0001_foundation"}
    assert paths.database.read_bytes() == before
