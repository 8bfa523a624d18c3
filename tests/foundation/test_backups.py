"""Backups: unique names when two are made in the same second, each checked before it replaces an
older one, a copy cut off half-way never taken for a good one; the data folder user-only."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
from datetime import datetime

import pytest
from sample import add_person, create_tables

from heemang_desktop.app import open_app
from heemang_desktop.cli import main
from heemang_desktop.settings import Settings
from heemang_desktop.store import backup
from heemang_desktop.store.errors import BackupFailed


class FrozenClock(datetime):
    @classmethod
    def now(cls, tz=None):
        return datetime(2026, 9, 3, 10, 0, 0)


def test_backups_in_the_same_second_get_their_own_names_and_all_are_whole(setup_result, paths, monkeypatch):
    setup_result.context.close()
    monkeypatch.setattr(backup, "datetime", FrozenClock)
    made, failed = [], []

    def worker():
        for _ in range(3):
            try:
                made.append(backup.make_backup(paths.database, paths.backups, "daily", keep=100))
            except Exception as exc:  # noqa: BLE001 (the test reports any failure)
                failed.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert failed == []
    assert len(set(made)) == 9 and sorted(made) == backup.backups_of(paths.backups, "daily")
    assert all(backup.verify(p) is None for p in made)
    assert list(paths.backups.glob("*.part*")) == []


def test_a_cut_off_copy_is_refused_and_the_previous_good_backups_stay(setup_result, paths, monkeypatch):
    setup_result.context.close()
    good = [backup.make_backup(paths.database, paths.backups, "manual", keep=2) for _ in range(2)]
    real_copy = backup._copy

    def cut_off(source, tmp):  # the power went half-way through the copy
        real_copy(source, tmp)
        with open(tmp, "r+b") as fh:  # the backup's own temporary file, not the store
            fh.truncate(os.path.getsize(tmp) // 2)

    monkeypatch.setattr(backup, "_copy", cut_off)
    with pytest.raises(BackupFailed) as err:
        backup.make_backup(paths.database, paths.backups, "manual", keep=2)
    assert "이전 백업은 그대로 두었습니다" in str(err.value)
    assert backup.backups_of(paths.backups, "manual") == good  # none rotated away for a bad one
    assert sorted(p.name for p in paths.backups.iterdir()) == sorted(p.name for p in good)  # no debris


BACKUP_CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from heemang_desktop.store import backup
    print("start", flush=True)
    while True:
        backup.make_backup(Path(sys.argv[1]), Path(sys.argv[2]), "manual", keep=3)
        print("made", flush=True)
    """
)


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_a_backup_killed_mid_copy_is_never_listed_as_a_backup(setup_result, paths):
    import random

    ctx = setup_result.context
    create_tables(ctx)
    for i in range(300):  # some pages to copy
        add_person(ctx, f"사람{i}" + "가" * 60)
    ctx.close()
    rng = random.Random(10)
    for _ in range(6):
        proc = subprocess.Popen([sys.executable, "-c", BACKUP_CHILD, str(paths.database), str(paths.backups)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "start"
        threading.Event().wait(rng.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
    listed = backup.backups_of(paths.backups, "manual")
    assert listed and all(backup.verify(p) is None for p in listed)
    assert backup.has_backup_today(paths.backups, "manual")


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes; on Windows the profile's ACL does this")
def test_the_data_folder_and_its_files_are_user_only(setup_result, paths):
    ctx = setup_result.context
    Settings(server_url="http://127.0.0.1:1").save(paths)
    backup.make_backup(paths.database, paths.backups, "manual", keep=3)
    ctx.close()
    open_app(paths).close()
    assert paths.data_dir.stat().st_mode & 0o777 == 0o700
    assert paths.backups.stat().st_mode & 0o777 == 0o700
    for f in paths.data_dir.rglob("*"):
        if f.is_file():
            assert f.stat().st_mode & 0o077 == 0, f.name


def test_a_backup_that_cannot_be_written_is_one_sentence(setup_result, paths, capsys, tmp_path):
    setup_result.context.close()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")  # a file where the backup's folder should be: no root privilege helps
    code = main(["--data-dir", str(paths.data_dir), "backup", "--to", str(blocker / "b.sqlite3")])
    err = capsys.readouterr().err
    assert code == 1 and "백업하지 못했습니다" in err and "Traceback" not in err
    code = main(["--data-dir", str(paths.data_dir), "backup"])  # the ordinary backup still works
    assert code == 0 and backup.backups_of(paths.backups, "manual")
