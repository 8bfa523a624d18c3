"""Background sync survives a bug in one run: the status bar says so and the next run still happens."""

from __future__ import annotations

import socket

from heemang_desktop.sync.credentials import account_of, remember
from heemang_desktop.sync.engine import SyncEngine


def test_an_unexpected_error_is_shown_and_sync_goes_on(qtbot, ctx, main_window, monkeypatch):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{s.getsockname()[1]}"  # nobody listens: a normal run ends 오프라인
    remember(ctx, account_of(ctx, url, "sync"), "sync-pw-1")
    ctx.close()
    real_run = SyncEngine.run_once
    monkeypatch.setattr(SyncEngine, "run_once", lambda self: (_ for _ in ()).throw(RuntimeError("bug")))
    window = main_window()
    qtbot.waitUntil(lambda: window.sync.view is not None, timeout=10000)
    assert "예상하지 못한 오류" in window.sync.view.error and "RuntimeError" in window.sync.view.error
    assert "예상하지 못한 오류" in window.status.currentMessage()  # said on the status bar
    monkeypatch.setattr(SyncEngine, "run_once", real_run)
    window.sync.sync_now()
    qtbot.waitUntil(lambda: "예상하지 못한 오류" not in (window.sync.view.error or ""), timeout=15000)
    assert window.sync.thread.isRunning()
