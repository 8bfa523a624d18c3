"""전송 대기 목록 after a sanity mismatch: the page says the two sides differ, 전체 다시 받기 asks
first, repairs the store on the sync thread, and lists what differed."""

from __future__ import annotations

import os
from pathlib import Path

from harness_central import PASSWORD
from notes import add_note, get_note
from test_full_resync import _damage

from heemang_desktop.sync.credentials import account_of, remember

from heemang_desktop.gui import dialogs

SHOTS = Path(os.environ.get("HEEMANG_SHOTS", "/tmp/heemang-sync-shots"))


def test_the_sync_page_offers_and_runs_a_full_resync(qtbot, sctx, central, main_window, monkeypatch):
    remember(sctx, account_of(sctx, central.url, "sync"), PASSWORD)
    ids = [add_note(sctx, f"기록 {i}", 1000 * i) for i in range(3)]
    window = main_window()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.sync.view is not None and window.sync.view.queued == 0, timeout=15000)
    _damage(sctx, ids[1], ids[2])
    window.sync.sync_now()
    qtbot.waitUntil(lambda: "점검" in (window.sync.view.error or ""), timeout=15000)

    window.open_page("my_work.sync")
    page = window.pages["my_work.sync"]
    qtbot.waitUntil(page.sanity.isVisible, timeout=10000)
    assert "다릅니다" in page.sanity.text() and "전체 다시 받기" in page.sanity.text()

    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, title, text, action: asked.append(text) or False)
    page.resync_button.click()
    assert asked and "백업" in asked[0] and get_note(sctx, ids[1]).amount == 999999  # declined: nothing done

    monkeypatch.setattr(dialogs, "confirm", lambda *a: True)
    page.last_resync = None
    page.resync_button.click()
    qtbot.waitUntil(lambda: getattr(page, "last_resync", None) is not None, timeout=20000)
    assert not isinstance(page.last_resync, BaseException), page.last_resync
    text = page.resync_result.text()
    assert "서버 기록으로 되돌림 1건" in text and "다시 받음 1건" in text and "일치합니다" in text
    assert get_note(sctx, ids[1]).amount == 1000 and get_note(sctx, ids[2]).amount == 2000
    qtbot.waitUntil(page.resync_button.isEnabled, timeout=5000)
    qtbot.waitUntil(lambda: not page.sanity.isVisible(), timeout=10000)  # the mismatch banner goes
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "full-resync.png"))
