"""The GUI: background sync drives the status bar through 온라인 / 중단 기간 / 오프라인, and the
conflict screen settles a record. Screenshots of each are saved for a person to look at."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from harness_central import PASSWORD
from notes import add_note, edit_note, get_note
from sync_helpers import engine_for

from heemang_desktop.sync.credentials import account_of, remember

SHOTS = Path(os.environ.get("HEEMANG_SHOTS", "/tmp/heemang-sync-shots"))


def shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def window(sctx, central, main_window):
    remember(sctx, account_of(sctx, central.url, "sync"), PASSWORD)
    win = main_window()
    win.resize(1280, 720)
    return win


def test_status_bar_follows_the_server_and_the_conflict_screen_settles_a_record(window, qtbot, sctx, central,
                                                                               second_pc):
    bar = window.status
    qtbot.waitUntil(lambda: window.sync.view is not None and window.sync.view.state == "online", timeout=10000)
    assert "온라인" in bar.connection.text() and "전송 대기 0건" in bar.queued.text()
    shot(bar, "status-online")

    # Another PC changes a record first; this PC's edit of it becomes a conflict.
    nid = add_note(sctx, "공유 기록", 1000)
    window.sync.sync_now()
    qtbot.waitUntil(lambda: nid in central.entities(), timeout=10000)
    assert engine_for(second_pc, central.url).run_once().drained
    edit_note(second_pc, nid, title="둘째 PC가 고친 제목", amount=2000)
    assert engine_for(second_pc, central.url).run_once().drained
    edit_note(sctx, nid, amount=1500)
    window.sync.sync_now()
    qtbot.waitUntil(lambda: window.sync.view.conflicts == 1, timeout=10000)
    assert "충돌 1건" in bar.problems.text()

    window.open_page("my_work.sync")
    page = window.pages["my_work.sync"]
    qtbot.waitUntil(lambda: page.issue_table.rowCount() == 1 and page.fields.rowCount() > 0, timeout=10000)
    assert page.issue_table.item(0, 0).text() == "충돌"
    rows = {page.fields.item(r, 0).text(): r for r in range(page.fields.rowCount())}
    assert page.fields.item(rows["금액"], 1).text() == "1,500" and page.fields.item(rows["금액"], 2).text() == "2,000"
    assert not {"amount", "title"} & set(rows)  # Korean labels, never the raw field names
    assert page.actions["mine"].isVisible() and not page.actions["resend"].isVisible()
    shot(window, "conflict-screen")

    from PySide6.QtCore import Qt

    page.fields.item(rows["제목"], 3).setCheckState(Qt.CheckState.Checked)  # their title, my amount
    page.actions["fields"].click()
    qtbot.waitUntil(lambda: window.sync.view.conflicts == 0 and window.sync.view.queued == 0, timeout=10000)
    qtbot.waitUntil(lambda: '"amount":1500' in central.entities()[nid]["payload"], timeout=10000)
    note = get_note(sctx, nid)
    assert (note.title, note.amount) == ("둘째 PC가 고친 제목", 1500)

    central.maintenance(True, "2026-09-05T18:00:00+09:00")
    window.sync.sync_now()
    qtbot.waitUntil(lambda: window.sync.view.state == "maintenance", timeout=10000)
    assert "중단 기간" in bar.connection.text() and "2026-09-05 18:00" in bar.connection.text()
    add_note(sctx, "중단 중 입력", 10)
    window.refresh_figures()
    qtbot.waitUntil(lambda: "전송 대기 1건" in bar.queued.text(), timeout=10000)
    shot(bar, "status-maintenance")

    central.stop()
    window.sync.sync_now()
    qtbot.waitUntil(lambda: window.sync.view.state == "offline", timeout=15000)
    assert "오프라인" in bar.connection.text() and "연결할 수 없습니다" in bar.connection.toolTip()
    shot(bar, "status-offline")


def test_a_screenshot_run_does_not_send_the_queue(sctx, central, paths, qtbot):
    """`gui --screenshot` (a headless start) shows the store; it must not sync: a screenshot emptied the
    queue. Started the way the screenshot command starts the window, with a sync login saved."""
    from heemang_desktop.gui.launch import build

    remember(sctx, account_of(sctx, central.url, "sync"), PASSWORD)
    add_note(sctx, "보내지 않을 기록", 1000)
    sctx.close()
    ready = []
    window, startup = build(paths, interactive=False, on_ready=ready.append, headless=True)
    qtbot.addWidget(window)
    window.show()
    startup.start()
    qtbot.waitUntil(lambda: bool(ready), timeout=10000)
    try:
        assert window.sync is None and central.changes() == []  # no sync thread at all, nothing sent
    finally:
        window.close()
