"""The status bar's figures come from the file before the ORM loads, and agree with the full reading."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid

from heemang_desktop.status import early_figures, status
from heemang_desktop.sync import state
from heemang_desktop.sync.models import OutboxEntry, QuarantinedChange


def _queue(ctx, states: dict[str, int], same_record: bool = False) -> None:
    record = str(uuid.uuid4())
    with ctx.transaction() as session:
        for st, n in states.items():
            for _ in range(n):
                session.add(OutboxEntry(change_id=str(uuid.uuid4()), entity="employee", op="upsert",
                                        entity_id=record if same_record else str(uuid.uuid4()),
                                        base_version=0, payload="{}", user_id="admin", state=st, attempts=0))
        session.add(QuarantinedChange(entity="employee", entity_id=str(uuid.uuid4()), server_version=3,
                                      version=1, reason="깨진 값"))
        state.set_state(session, state.LAST_SYNC, "2026-11-30T01:02:03+00:00")


def test_early_figures_match_the_full_status(ctx):
    _queue(ctx, {"queued": 5, "conflict": 2, "rejected": 1, "applied": 4})
    _queue(ctx, {"conflict": 3}, same_record=True)  # three changes of one record: one record in conflict
    full = status(ctx)
    early = early_figures(ctx.paths.database)
    assert early is not None
    assert (early.queued, early.conflicts, early.rejected, early.quarantined, early.last_sync) == (
        full["queued"], full["conflicts"], full["rejected"], full["quarantined"], full["last_sync"])
    assert (early.queued, early.conflicts, early.rejected, early.quarantined) == (5, 3, 1, 2)


def test_no_figures_from_a_missing_or_foreign_file(tmp_path):
    assert early_figures(tmp_path / "none.sqlite3") is None
    foreign = tmp_path / "foreign.sqlite3"
    foreign.write_bytes(b"not a database at all" * 100)
    assert early_figures(foreign) is None


def test_early_figures_load_neither_sqlalchemy_nor_qt(ctx):
    _queue(ctx, {"queued": 7})
    code = ("import sys, json; from pathlib import Path; from heemang_desktop.status import early_figures; "
            f"f = early_figures(Path({str(ctx.paths.database)!r})); "
            "print(json.dumps([f.queued, sorted(m for m in sys.modules if m.split('.')[0] in "
            "('sqlalchemy', 'PySide6', 'alembic'))]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == [7, []]


def test_the_window_shows_the_queue_before_the_store_opens(qtbot, ctx, paths, monkeypatch):
    """The store's open is made to fail here: whatever the status bar shows came from the early read."""
    _queue(ctx, {"queued": 1234, "conflict": 1})
    ctx.close()
    from heemang_desktop.store.errors import StoreBusy

    from heemang_desktop.gui import session
    from heemang_desktop.gui.launch import build

    def never_opens(executor, paths, headless=False):
        raise StoreBusy()

    monkeypatch.setattr(session, "open_session", never_opens)
    failures = []
    window, startup = build(paths, interactive=False, on_failed=failures.append)
    qtbot.addWidget(window)
    window.show()
    startup.start()
    qtbot.waitUntil(lambda: bool(failures), timeout=10000)
    assert window.session is None
    assert window.status.queued.text() == "전송 대기 1,234건"
    assert "충돌 1건" in window.status.problems.text()
    assert window.status.last_sync.text() == "마지막 동기화 2026-11-30 10:02"  # Seoul time


def test_the_figures_follow_the_first_paint_before_anything_else_starts(qtbot, ctx, paths, monkeypatch):
    """As the app starts (show_then_start): painted, then the figures, then the store's open begins."""
    _queue(ctx, {"queued": 42})
    ctx.close()
    from heemang_desktop.gui import launch

    seen_at_start = []
    real_start = launch.Startup.start
    monkeypatch.setattr(launch.Startup, "start",
                        lambda self: (seen_at_start.append(self.window.status.queued.text()), real_start(self)))
    ready = []
    window, startup = launch.build(paths, interactive=False, on_ready=ready.append)
    qtbot.addWidget(window)
    launch.show_then_start(window, startup)
    qtbot.waitUntil(lambda: bool(ready), timeout=20000)
    assert seen_at_start[0] == "전송 대기 42건"  # shown before the store's open was even asked for
    assert window.status.queued.text() == "전송 대기 42건"
