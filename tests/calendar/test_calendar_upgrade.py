"""A facility's saved store from before the calendar (the newest saved fixture) is migrated through
0015_calendar and then takes a 관리자's outage window and an evaluation visit, its earlier queue intact."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

from heemang_desktop.app import open_app
from heemang_desktop.calendar import service as calendar
from heemang_desktop.context import Actor
from heemang_desktop.reporting import service as reporting
from heemang_desktop.settings import Paths
from heemang_desktop.status import status
from heemang_desktop.store import migrate

SAVED = Path(__file__).resolve().parents[1] / "fixtures" / "db_versions"


def test_a_store_saved_before_the_calendar_migrates_and_takes_windows_and_visits(tmp_path):
    record = max((p for p in SAVED.glob("*.sqlite3") if p.stem < "0015"), key=lambda p: p.stem)
    facts = json.loads(record.with_suffix(".json").read_text(encoding="utf-8"))
    assert "0015_calendar" not in facts["revisions"]
    paths = Paths(tmp_path / "data")
    paths.data_dir.mkdir()
    shutil.copy(record, paths.database)
    ctx = open_app(paths)
    try:
        assert set(ctx.store.revisions()) == migrate.head_revisions()
        ctx.unlock(facts["recovery_code"])
        ctx.actor = Actor("admin", "김관리", "admin")
        queued = status(ctx)["queued"]
        calendar.add_window(ctx, "outage", date(2026, 10, 6), date(2026, 10, 8), "희망이음 정기 점검")
        visit = reporting.add_evaluation(ctx, date(2026, 10, 1))
        assert (visit.route.route, visit.route.deadline) == ("공문", date(2026, 10, 8))
        # the saved store made 10.2 a holiday (임시공휴일): the deadline goes back past it too
        assert calendar.deadline_for(ctx, date(2026, 10, 7)).on == date(2026, 10, 1)
        assert status(ctx)["queued"] == queued + 2  # the window and the visit joined the earlier queue
    finally:
        ctx.close()
