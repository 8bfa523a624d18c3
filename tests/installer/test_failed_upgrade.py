"""An upgrade that fails to migrate never leaves a half-migrated store: a migration step that had
already changed the file (a step committing on its own, here forced by monkeypatch) is undone by
copying back the backup made just before, and the window then opens that old data read-only, with a
clear Korean message and the support-bundle button."""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
import zipfile
from pathlib import Path

import pytest

from heemang_desktop.app import open_app
from heemang_desktop.settings import Paths
from heemang_desktop.store import migrate
from heemang_desktop.store.errors import MigrationFailed, RestoreFailed

SAVED = Path(__file__).resolve().parents[1] / "fixtures" / "db_versions"
sys.path.insert(0, str(SAVED.parent))
from db_facts import describe  # noqa: E402

OLD = SAVED / "0013_value_mappings.sqlite3"
FACTS = json.loads(OLD.with_suffix(".json").read_text(encoding="utf-8"))
KEPT = ("counts", "totals", "states")


@pytest.fixture
def old_store(tmp_path) -> Paths:
    paths = Paths(tmp_path / "data")
    paths.data_dir.mkdir()
    shutil.copy(OLD, paths.database)
    return paths


def migrating_half_way(paths: Paths, also=lambda: None):
    """A migration that commits part of its work on its own connection, then fails."""

    def upgrade(_engine):
        conn = sqlite3.connect(paths.database)
        conn.execute("CREATE TABLE half_done (x INTEGER)")
        conn.execute("UPDATE alembic_version SET version_num = ?", (sorted(migrate.head_revisions())[0],))
        conn.execute("DELETE FROM outbox WHERE seq % 2 = 0")
        conn.commit()
        conn.close()
        also()
        raise OSError(28, "No space left on device")

    return upgrade


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def _kept(path: Path) -> dict:
    found = describe(path, lambda token, purpose: token, tables=list(FACTS["counts"]))
    return {k: found[k] for k in KEPT}


def test_a_half_migrated_file_is_put_back_from_its_backup(old_store, monkeypatch):
    monkeypatch.setattr(migrate, "upgrade", migrating_half_way(old_store))
    with pytest.raises(MigrationFailed) as err:
        open_app(old_store)
    assert "바꾸기 전 그대로" in str(err.value) and "No space left on device" in str(err.value)
    assert migrate.read_revisions(old_store.database) == frozenset(FACTS["revisions"])
    assert "half_done" not in _tables(old_store.database)
    assert _kept(old_store.database) == {k: FACTS[k] for k in KEPT}  # every row back, outbox included
    assert err.value.backup.parent == old_store.backups and _kept(err.value.backup) == _kept(old_store.database)


def test_no_restore_is_claimed_when_the_backup_itself_is_unusable(old_store, monkeypatch):
    def spoil_backup():
        for backup in old_store.backups.glob("*before-migration*"):
            backup.write_bytes(b"\0" * 4096)

    monkeypatch.setattr(migrate, "upgrade", migrating_half_way(old_store, also=spoil_backup))
    with pytest.raises(RestoreFailed) as err:
        open_app(old_store)
    message = str(err.value)
    assert "되돌리지도 못했습니다" in message and "이 파일로 작업하지 말고" in message
    assert "바꾸기 전 그대로" not in message


def test_the_window_opens_the_old_data_read_only_with_the_support_bundle(qtbot, old_store, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QPushButton

    from heemang_desktop.gui.launch import build
    from heemang_desktop.gui.upgrade_failed import UpgradeFailedPanel

    monkeypatch.setattr(migrate, "upgrade", migrating_half_way(old_store))
    window, startup = build(old_store, interactive=False, on_failed=lambda e: None)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    startup.start()
    qtbot.waitUntil(lambda: window.findChild(UpgradeFailedPanel) is not None, timeout=20000)
    panel = window.findChild(UpgradeFailedPanel)
    qtbot.waitUntil(panel.isVisible, timeout=5000)
    text = panel.message.text()
    assert "새 버전으로 바꾸지 못했습니다" in text and "읽기 전용" in text and "바꾸기 전 상태" in text
    assert str(old_store.backups) in panel.where.text()
    assert window.session is None and not window.status.sync_button.isEnabled()
    queued = FACTS["states"]["outbox.state"]["queued"]
    assert window.status.queued.text() == f"전송 대기 {queued:,}건"  # the old data's own figures
    window.grab().save(str(tmp_path / "upgrade-failed.png"))

    out = tmp_path / "지원자료.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    button = panel.findChild(QPushButton, "support_bundle")
    button.click()
    qtbot.waitUntil(lambda: out.exists() and "저장했습니다" in panel.result.text(), timeout=20000)
    assert "support.json" in zipfile.ZipFile(out).namelist()
    assert migrate.read_revisions(old_store.database) == frozenset(FACTS["revisions"])  # nothing migrated
