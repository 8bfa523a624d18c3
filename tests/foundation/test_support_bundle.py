"""`support-bundle`: read-only beside the window, useful when the store cannot be opened, no secrets in
its settings, and the 관리 > 백업·데이터 button that saves it. (Personal data: test_log_privacy.py.)"""

from __future__ import annotations

import json
import sqlite3
import sys
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent / "subjects"))

from subject_helpers import register  # noqa: E402
from test_cli_beside_window import holder  # noqa: E402,F401  (another process holding the folder)

from heemang_desktop import logs  # noqa: E402
from heemang_desktop.cli import main  # noqa: E402
from heemang_desktop.settings import Settings  # noqa: E402
from heemang_desktop.store import backup  # noqa: E402
from heemang_desktop.store.folder_lock import FolderLock  # noqa: E402


@pytest.fixture(autouse=True)
def close_log():
    yield
    logs.close()


def bundle_of(paths, out: Path, capsys) -> dict:
    assert main(["--data-dir", str(paths.data_dir), "support-bundle", "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    with zipfile.ZipFile(out) as z:
        return {name: z.read(name).decode("utf-8") for name in z.namelist()}


def store_bytes(paths) -> tuple[bytes, bytes]:
    """The file and its write-ahead log (SQLite may leave an empty -wal after a read-only open)."""
    wal = paths.database.with_name(paths.database.name + "-wal")
    return paths.database.read_bytes(), wal.read_bytes() if wal.exists() else b""


def test_beside_the_open_window_it_reads_only(setup_result, paths, holder, tmp_path, capsys):  # noqa: F811
    setup_result.context.close()
    for old in backup.backups_of(paths.backups, "daily"):
        old.unlink()
    holder("gui")
    before = store_bytes(paths)
    members = bundle_of(paths, tmp_path / "b.zip", capsys)
    facts = json.loads(members["support.json"])
    assert facts["store"]["state"] == "ok" and facts["store"]["integrity_check"] == ["ok"]
    assert facts["store"]["schema_revision"] == facts["store"]["expected_revision"]
    assert facts["store"]["created_by_version"] == facts["versions"]["app"]
    assert facts["data_folder"]["held_by"] == "gui"
    assert facts["store"]["sync"]["facility"] == {"code": "K0161", "type": "노인요양시설"}
    assert store_bytes(paths) == before  # no checkpoint, no migration, no write
    assert backup.backups_of(paths.backups, "daily") == []  # and no backup
    assert FolderLock(paths.data_dir).holder()["owner"] == "gui"  # the window keeps its folder


def test_a_store_the_app_cannot_open_is_described_and_left_alone(setup_result, paths, tmp_path, capsys):
    setup_result.context.close()
    con = sqlite3.connect(paths.database)
    con.execute("DELETE FROM alembic_version")
    con.execute("INSERT INTO alembic_version VALUES ('0009_accounting_index')")  # an older release's file
    con.commit()
    con.close()
    before = store_bytes(paths)
    facts = json.loads(bundle_of(paths, tmp_path / "old.zip", capsys)["support.json"])
    assert facts["store"]["state"] == "needs_upgrade" and facts["store"]["schema_revision"] == ["0009_accounting_index"]
    assert facts["store"]["integrity_check"] == ["ok"] and store_bytes(paths) == before  # described, not migrated

    paths.database.write_bytes(b"garbage " * 512)
    for extra in paths.data_dir.glob("heemang.sqlite3-*"):
        extra.unlink()
    facts = json.loads(bundle_of(paths, tmp_path / "bad.zip", capsys)["support.json"])
    assert facts["store"]["state"] == "unreadable" and facts["store"]["error_type"] == "NotAHeemangDatabase"


def test_no_store_yet_still_gives_versions_and_the_log(paths, tmp_path, capsys):
    paths.data_dir.mkdir(parents=True)
    members = bundle_of(paths, tmp_path / "new.zip", capsys)
    facts = json.loads(members["support.json"])
    assert facts["store"] == {"state": "missing"}
    assert facts["versions"]["app"] and facts["versions"]["sqlite"] == sqlite3.sqlite_version
    assert "command support-bundle" in members["logs/heemang.log"]


def test_settings_come_without_secrets_or_anyones_id(setup_result, paths, tmp_path, capsys):
    setup_result.context.close()
    Settings(server_url="https://kim:hunter2@sync.example.org:8443/api?token=abc", backups_kept=9,
             extra={"sync_user": "kim.minsu", "language": "en", "remember": True}).save(paths)
    members = bundle_of(paths, tmp_path / "s.zip", capsys)
    assert json.loads(members["support.json"])["settings"] == {
        "server_url": "https://sync.example.org:8443/api", "backups_kept": 9,
        "extra": {"sync_user": "(설정됨)", "language": "en", "remember": True}}
    text = "".join(members.values())
    assert "hunter2" not in text and "kim.minsu" not in text and "token=abc" not in text


def test_the_backup_page_saves_the_bundle(setup_result, paths, main_window, qtbot, tmp_path, monkeypatch):
    register(setup_result.context, name="탁수련", rrn="391225-2817364")
    setup_result.context.close()
    logs.setup(paths.data_dir)
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "지원자료"  # the page adds .zip
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "zip 파일 (*.zip)"))
    window = main_window("admin.backup")
    page = window.pages["admin.backup"]
    qtbot.waitUntil(window.worker.idle)
    assert "logs" in page.where.text()
    page.bundle_button.click()
    qtbot.waitUntil(lambda: page.message.text() != "", timeout=20000)
    saved = out.with_name("지원자료.zip")
    assert str(saved) in page.message.text() and not page.message.is_error
    qtbot.waitUntil(page.bundle_button.isEnabled)
    with zipfile.ZipFile(saved) as z:
        facts = json.loads(z.read("support.json"))
        text = "".join(z.read(n).decode("utf-8") for n in z.namelist())
    assert facts["store"]["state"] == "open" and facts["store"]["sync"]["queue_by_state"] == {"queued": 1}
    assert facts["versions"]["qt"]  # the running Qt's own version
    assert "탁수련" not in text and "2817364" not in text
