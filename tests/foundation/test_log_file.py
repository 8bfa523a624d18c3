"""The support log file: where it is, its permissions, its cap, what masks it and what reaches it."""

from __future__ import annotations

import logging
import os
import sys

import pytest

from heemang_desktop import logs
from heemang_desktop.cli import main


@pytest.fixture(autouse=True)
def close_log():
    yield
    logs.close()


def log_text(paths) -> str:
    return "".join(f.read_text(encoding="utf-8") for f in logs.log_files(paths.data_dir))


def test_the_log_rotates_at_its_cap_and_keeps_a_few_files(paths):
    logs.setup(paths.data_dir, max_bytes=4000, backups=2)
    log = logging.getLogger("heemang_desktop.test")
    for n in range(300):
        log.info("line %04d of the rotation test", n)
    files = logs.log_files(paths.data_dir)
    assert [f.name for f in files] == ["heemang.log", "heemang.log.1", "heemang.log.2"]
    assert all(f.stat().st_size <= 4000 for f in files)
    text = log_text(paths)
    assert "line 0299" in files[0].read_text(encoding="utf-8")  # the newest in the current file
    assert "line 0000" not in text  # the oldest went with the file beyond the cap
    if os.name == "posix":
        assert logs.log_dir(paths.data_dir).stat().st_mode & 0o777 == 0o700
        assert all(f.stat().st_mode & 0o777 == 0o600 for f in files)


@pytest.mark.parametrize("raw, shown", [
    ("주민번호 900101-1234567 확인", "주민번호 900101-1****** 확인"),
    ("9001011234567", "900101-1******"),
    ("계좌 110-482-913375 입금", "계좌 ***-***-****** 입금"),
    ("계좌 3021187441961 입금", "계좌 302118-7****** 입금"),  # 13 digits: masked as a resident number
    ("계좌 1002123456789012", "계좌 ****************"),
    ("계좌 110 482 913375", "계좌 *** *** ******"),
    ("연락처 010-1234-5678", "연락처 ***-****-****"),
    ("여권 M12345678", "여권 M********"),
    ("Authorization: Bearer abc.DEF-123", "Authorization: *** ***"),
    ("header Bearer abc.DEF-123", "header Bearer ***"),
    ('{"password": "hunter2", "user": "kim"}', '{"password": ***, "user": "kim"}'),
    ("token=Xy9_aaaaBBBBccccDDDDeeee1234", "token=***"),
    ("got Xy9_aaaaBBBBccccDDDDeeee1234 back", "got *** back"),
])
def test_personal_numbers_and_secrets_are_masked(raw, shown):
    assert logs.mask(raw) == shown


@pytest.mark.parametrize("plain", [
    "2026-12-02 03:22:04,123 INFO [123 MainThread]",
    "2026-12-02T03:22:04+00:00",
    "entity 12345678-1234-1234-1234-123456789012 v3",
    "rows 12,345 of 20000; pushed applied=500",
    "backup heemang-20261202-031500-daily.sqlite3",
    "schema 0012_sync_quarantine",
    "File \"/work/heemang_desktop/sync/engine.py\", line 104, in run_once",
])
def test_what_a_help_desk_reads_is_left_as_it_is(plain):
    assert logs.mask(plain) == plain


@pytest.mark.qt_no_exception_capture  # the hook under test is the app's, not pytest-qt's
def test_an_uncaught_error_reaches_the_log_with_its_traceback_masked(paths, capsys):
    logs.setup(paths.data_dir)
    try:
        raise ValueError("계좌 110-482-913375 의 잔액")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert "ValueError" in capsys.readouterr().err  # the interpreter's own report still follows
    text = log_text(paths)
    assert "unexpected error" in text and "Traceback" in text and "ValueError: 계좌 ***-***-****** 의 잔액" in text
    assert "913375" not in text


def test_a_user_error_of_a_command_is_logged_by_its_kind_only(paths, capsys):
    paths.data_dir.mkdir(parents=True)
    paths.database.write_bytes(b"not a database " * 100)
    assert main(["--data-dir", str(paths.data_dir), "status"]) == 1
    assert "오류:" in capsys.readouterr().err
    text = log_text(paths)
    assert "command status refused: NotAHeemangDatabase" in text
    assert str(paths.database) not in text  # the message (a path, a typed value, a cell) stays out


def test_a_reading_command_on_a_mistyped_folder_creates_no_folder_for_its_log(tmp_path, capsys):
    missing = tmp_path / "no-such-folder"
    assert main(["--data-dir", str(missing), "status"]) == 1
    capsys.readouterr()
    assert not missing.exists()


def test_a_bug_in_a_window_operation_is_logged_once_with_its_traceback(setup_result, paths, main_window, qtbot,
                                                                        monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from heemang_desktop.gui.operation import Op

    setup_result.context.close()
    logs.setup(paths.data_dir)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))  # the dialog, not waited for
    window = main_window("admin.backup")

    def bug(_ctx):
        raise KeyError("주민등록번호 900101-1234567")

    Op(window.pages["admin.backup"], bug).run()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "예상하지 못한 오류" in shown[0] and "900101-1******" in shown[0]  # the dialog masks it too
    text = log_text(paths)
    assert text.count("Traceback") == 1 and "in bug" in text and "KeyError" in text
    assert "unexpected error in an operation of admin.backup" in text
    assert "1234567" not in text


def test_a_migration_is_logged_with_its_revisions_and_backup_and_a_failed_one_with_its_traceback(
        setup_result, paths, monkeypatch):
    import sqlite3

    from heemang_desktop.app import open_app
    from heemang_desktop.store import migrate
    from heemang_desktop.store.errors import MigrationFailed

    setup_result.context.close()
    con = sqlite3.connect(paths.database)
    heads = sorted(r[0] for r in con.execute("SELECT version_num FROM alembic_version"))
    head = ",".join(heads)  # as the log writes them
    con.execute("DELETE FROM alembic_version")
    con.execute("INSERT INTO alembic_version VALUES ('0009_accounting_index')")
    con.commit()
    con.close()
    logs.setup(paths.data_dir)

    def broken(engine):
        raise RuntimeError("a step of the migration failed")

    monkeypatch.setattr(migrate, "upgrade", broken)
    with pytest.raises(MigrationFailed):
        open_app(paths)
    text = log_text(paths)
    assert f"store: migrating schema 0009_accounting_index -> {head}; backup made first: heemang-" in text
    assert "store: migration failed; the file is as it was" in text and "RuntimeError: a step of the migration" in text

    def upgrade(engine):  # stands in for the real migrations (the file already has their tables)
        with engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM alembic_version")
            for rev in heads:
                conn.exec_driver_sql("INSERT INTO alembic_version VALUES (?)", (rev,))

    monkeypatch.setattr(migrate, "upgrade", upgrade)
    open_app(paths).close()
    assert f"store: migrated to schema {head}" in log_text(paths)


def test_a_log_call_with_bad_arguments_does_not_break_the_caller():
    record = logging.LogRecord("heemang_desktop.test", logging.INFO, __file__, 1, "rows %d of %d", (5,), None)
    assert logs.MaskFilter().filter(record)  # the filter runs outside the handler's own error guard
    assert record.getMessage() == "rows %d of %d (unformattable arguments)"


def test_a_bug_in_background_sync_is_logged_with_its_traceback(setup_result, paths, qtbot, monkeypatch):
    from PySide6.QtCore import QTimer

    from heemang_desktop.gui.sync.controller import SyncWorker

    ctx = setup_result.context
    ctx.settings.server_url = "http://127.0.0.1:9"
    logs.setup(paths.data_dir)
    worker = SyncWorker(paths)
    worker.ctx, worker.timer = ctx, QTimer()
    views = []
    worker.finished.connect(views.append)

    def bug(*_):
        raise ZeroDivisionError("a bug in building the engine")

    monkeypatch.setattr(worker, "_engine", bug)
    worker.run()
    worker.timer.stop()
    assert "ZeroDivisionError" in views[0].error  # the status bar says so, and sync tries again later
    text = log_text(paths)
    assert "background sync failed unexpectedly" in text and "in bug" in text and text.count("Traceback") == 1
