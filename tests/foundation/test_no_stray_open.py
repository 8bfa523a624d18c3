"""Nothing but SQLite opens the database, its -wal or its -shm (issue 10).

On POSIX, closing any descriptor of the database file drops every SQLite lock the process holds on
it; another process may then checkpoint and delete the -wal under an open connection. So every
Python-level way of opening a file fails here when it names a store file, while the app starts,
opens the store a second time (the sync thread), syncs with the reference central service, backs
up, imports, and answers `status`.
"""

from __future__ import annotations

import builtins
import io
import os
import sys
import traceback
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent / "central"))
sys.path.insert(0, str(Path(__file__).parent.parent / "sync"))

from harness_central import CentralServer, db_url_for  # noqa: E402
from notes import add_note, create_table  # noqa: E402
from sync_helpers import engine_for  # noqa: E402

from heemang_desktop.app import open_app  # noqa: E402
from heemang_desktop.cli import main  # noqa: E402
from heemang_desktop.store import backup  # noqa: E402

SUFFIXES = ("", "-wal", "-shm", "-journal")


class StrayOpen(AssertionError):
    pass


@pytest.fixture
def guard(paths, monkeypatch):
    """Make builtins.open, io.open (pathlib's and shutil's way in) and os.open refuse store files."""
    db = os.path.realpath(paths.database)
    store_files = {db + s for s in SUFFIXES}
    seen: list[str] = []

    def check(target, dir_fd=None):
        if isinstance(target, int) or dir_fd is not None:
            return
        name = os.path.realpath(os.fsdecode(os.fspath(target)))
        if name in store_files:
            seen.append(f"{os.path.basename(name)}\n{''.join(traceback.format_stack(limit=8))}")
            raise StrayOpen(f"opened a store file: {name}")

    real_open, real_io_open, real_os_open = builtins.open, io.open, os.open

    def guarded_open(file, *args, **kwargs):
        check(file)
        return real_open(file, *args, **kwargs)

    def guarded_io_open(file, *args, **kwargs):
        check(file)
        return real_io_open(file, *args, **kwargs)

    def guarded_os_open(path, flags, mode=0o777, *, dir_fd=None):
        check(path, dir_fd)
        return real_os_open(path, flags, mode, dir_fd=dir_fd)

    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(io, "open", guarded_io_open)
    monkeypatch.setattr(os, "open", guarded_os_open)
    yield seen
    monkeypatch.undo()
    assert seen == [], "a store file was opened outside SQLite:\n" + "\n".join(seen)


def test_the_guard_catches_a_plain_open_of_the_store(setup_result, paths, guard):
    with pytest.raises(StrayOpen):
        paths.database.read_bytes()  # what store/migrate.py used to do at every start
    with pytest.raises(StrayOpen):
        os.open(paths.database.with_name(paths.database.name + "-wal"), os.O_RDONLY)
    guard.clear()


@pytest.fixture
def central(tmp_path):
    server = CentralServer(db_url_for("sqlite", tmp_path)).start()
    server.add_user()
    yield server
    server.stop()


def test_start_sync_backup_import_and_status_open_no_store_file(setup_result, paths, central, guard, tmp_path):
    ctx = setup_result.context
    create_table(ctx)
    add_note(ctx, "가", 1000)
    ctx.close()
    for old in backup.backups_of(paths.backups, "daily"):
        old.unlink()  # so the start below makes its daily backup

    window = open_app(paths)  # start-up: file checks and the daily backup
    sync_thread = open_app(paths)  # the sync thread's own context on the same file
    try:
        window.actor = sync_thread.actor = setup_result.context.actor
        add_note(window, "나", 2000)
        report = engine_for(sync_thread, central.url).run_once()
        assert report.drained and report.pushed == {"applied": 2}
        backup.make_backup(paths.database, paths.backups, "manual", keep=3)
        window.store.backup_to(tmp_path / "elsewhere.sqlite3")
    finally:
        sync_thread.close()
        window.close()
    assert backup.backups_of(paths.backups, "daily")

    d = ["--data-dir", str(paths.data_dir)]
    workbook = tmp_path / "budget.xlsx"
    assert main([*d, "template", "budget", str(workbook)]) == 0
    assert main([*d, "import", "budget", str(workbook)]) in (0, 1)  # an empty sheet may be refused: it ran
    assert main([*d, "status", "--json"]) == 0
    assert main([*d, "backup"]) == 0
    assert main([*d, "resolutions", "list", "--year", "2026"]) == 0


def test_the_window_starting_and_closing_opens_no_store_file(setup_result, paths, main_window, guard):
    setup_result.context.close()
    window = main_window()
    window.close()


CHILD_COUNT = (
    "import sqlite3, sys; from heemang_desktop.store.engine import ro_uri; from pathlib import Path;"
    "c = sqlite3.connect(ro_uri(Path(sys.argv[1])), uri=True);"
    "print(c.execute('SELECT count(*) FROM sample_person').fetchone()[0])"
)


def test_issue_10_walkthrough_status_beside_the_window_loses_nothing(setup_result, paths):
    """The window (two contexts in this process: DB thread and sync thread), `status` from a terminal,
    then another save in the window: a third process sees that save. When the second open closed a
    plain descriptor of the file, `status` became the file's "last" user, checkpointed and deleted
    the -wal, and the window's next saves went into a deleted file (the walkthrough's 104 vs 103)."""
    import subprocess

    from sample import add_person, create_tables

    ctx = setup_result.context
    create_tables(ctx)
    add_person(ctx, "첫째")
    sync_ctx = open_app(paths)  # the sync thread's own context
    try:
        status = subprocess.run([sys.executable, "-m", "heemang_desktop", "--data-dir", str(paths.data_dir), "status"],
                                capture_output=True, text=True, timeout=120)
        assert status.returncode == 0, status.stderr
        add_person(ctx, "둘째")
        seen = subprocess.run([sys.executable, "-c", CHILD_COUNT, str(paths.database)], capture_output=True, text=True,
                              timeout=120)
        assert seen.stdout.strip() == "2", seen.stderr
    finally:
        sync_ctx.close()
