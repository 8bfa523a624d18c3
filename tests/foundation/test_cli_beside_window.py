"""The CLI beside an open window: writing commands refused with one Korean sentence, reading ones work
read-only (no checkpoint, no backup), and a second writer command waits a little, then refuses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from heemang_desktop import cli
from heemang_desktop.cli import main
from heemang_desktop.store import backup

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from heemang_desktop.store.folder_lock import FolderLock
    assert FolderLock(Path(sys.argv[1])).try_acquire(sys.argv[2])
    print("held", flush=True)
    time.sleep(600)
    """
)


@pytest.fixture
def holder(paths):
    """Another process holding the data folder's lock as "gui" (the window) or "cli"."""
    procs = []

    def start(owner: str) -> subprocess.Popen:
        proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(paths.data_dir), owner],
                                stdout=subprocess.PIPE, text=True)
        procs.append(proc)
        assert proc.stdout.readline().strip() == "held"
        return proc

    yield start
    for proc in procs:
        proc.kill()
        proc.wait()


def run(paths, *argv) -> int:
    return main(["--data-dir", str(paths.data_dir), *argv])


def test_writing_commands_are_refused_while_the_window_is_open(setup_result, paths, holder, capsys, tmp_path):
    setup_result.context.close()
    holder("gui")
    workbook = tmp_path / "budget.xlsx"
    assert run(paths, "template", "budget", str(workbook)) == 0
    capsys.readouterr()
    assert run(paths, "import", "budget", str(workbook)) == 1
    err = capsys.readouterr().err
    assert "창이 열려 있습니다: 창을 닫거나 창에서 하세요" in err and "Traceback" not in err
    assert run(paths, "sync", "--once", "--json") == 1
    out = capsys.readouterr().out
    assert json.loads(out)["type"] == "FolderBusy"


def test_reading_commands_work_beside_the_window_without_making_a_backup(setup_result, paths, holder, capsys, tmp_path):
    import sqlite3

    with setup_result.context.transaction() as session:
        from heemang_desktop.store.models import AppMeta

        session.add(AppMeta(key="window-note", value="x"))
    setup_result.context.close()
    holder("gui")
    for old in backup.backups_of(paths.backups, "daily"):
        old.unlink()

    assert run(paths, "status", "--json") == 0
    assert json.loads(capsys.readouterr().out)["facility"]["code"] == "K0161"
    assert run(paths, "resolutions", "list", "--year", "2026", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []
    assert run(paths, "backup", "--to", str(tmp_path / "copy.sqlite3")) == 0
    assert backup.verify(tmp_path / "copy.sqlite3") is None
    copy = sqlite3.connect(tmp_path / "copy.sqlite3")
    assert copy.execute("SELECT value FROM app_meta WHERE key='window-note'").fetchone() == ("x",)
    copy.close()
    assert backup.backups_of(paths.backups, "daily") == []  # a read-only open makes no daily backup


WAL_WRITER = textwrap.dedent(
    """
    import sqlite3, sys, time
    con = sqlite3.connect(sys.argv[1])
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("INSERT INTO app_meta (key, value) VALUES ('in-the-wal', 'y')")
    con.commit()
    print("written", flush=True)
    time.sleep(600)
    """
)


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_a_reading_command_never_checkpoints(setup_result, paths, capsys):
    """A window killed with committed pages still in the -wal: `status` reads them, and leaves the
    -wal and the file as they were (a writable open would checkpoint them on close)."""
    setup_result.context.close()
    proc = subprocess.Popen([sys.executable, "-c", WAL_WRITER, str(paths.database)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "written"
    proc.kill()
    proc.wait()
    wal = paths.database.with_name(paths.database.name + "-wal")
    wal_before, db_before = wal.read_bytes(), paths.database.read_bytes()
    assert wal_before  # the write is only in the -wal

    class Args:
        data_dir = str(paths.data_dir)

    ctx = cli.open_context(Args(), read_only=True)
    assert ctx.store.meta("in-the-wal") == "y"
    ctx.close()
    assert run(paths, "status") == 0
    assert wal.read_bytes() == wal_before and paths.database.read_bytes() == db_before


def test_a_second_writing_command_waits_for_the_first_then_refuses(setup_result, paths, holder,
                                                                   capsys, monkeypatch, tmp_path):
    setup_result.context.close()
    holder("cli")
    monkeypatch.setattr(cli, "CLI_LOCK_WAIT", 0.3)
    workbook = tmp_path / "budget.xlsx"
    assert run(paths, "template", "budget", str(workbook)) == 0
    assert run(paths, "import", "budget", str(workbook)) == 1
    err = capsys.readouterr().err
    assert "다른 명령이 이 데이터 폴더에서 실행 중입니다" in err and "Traceback" not in err


def test_a_writing_command_holds_the_lock_until_it_ends(setup_result, paths):
    from heemang_desktop.store.folder_lock import FolderLock

    setup_result.context.close()

    class Args:
        data_dir = str(paths.data_dir)
        user = None

    ctx = cli.open_context(Args(), need_actor=True)
    assert FolderLock(paths.data_dir).holder() == {"pid": os.getpid(), "owner": "cli",
                                                   "host": FolderLock(paths.data_dir).holder()["host"]}
    ctx.close()
    assert FolderLock(paths.data_dir).holder() is None
    ro = cli.open_context(Args(), read_only=True)
    assert ro.store.read_only and FolderLock(paths.data_dir).holder() is None  # readers take no lock
    ro.close()


def test_read_only_open_migrates_an_old_file_first_when_the_folder_is_free(setup_result, paths, capsys, holder,
                                                                          monkeypatch):
    import sqlite3

    from heemang_desktop.store import migrate

    setup_result.context.close()
    con = sqlite3.connect(paths.database)
    old = con.execute("SELECT version_num FROM alembic_version").fetchall()
    con.execute("DELETE FROM alembic_version")
    con.execute("INSERT INTO alembic_version VALUES ('0009_accounting_index')")
    con.commit()
    con.close()
    proc = holder("gui")
    assert run(paths, "status") == 1  # the window will migrate it; a reader must not
    assert "새 버전에 맞게 바꿔야 합니다" in capsys.readouterr().err
    proc.kill()
    proc.wait()

    def upgrade(engine):  # stands in for the real migrations (the file already has their tables)
        with engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM alembic_version")
            for (rev,) in old:
                conn.exec_driver_sql("INSERT INTO alembic_version VALUES (?)", (rev,))

    monkeypatch.setattr(migrate, "upgrade", upgrade)
    assert run(paths, "status", "--json") == 0
    assert set(json.loads(capsys.readouterr().out)["schema_revision"].split(",")) == {r[0] for r in old}
