"""A store written by the release before the 2026-12 wave (schema 0009) upgrades to today's schema
with every record, its encrypted numbers and its queued changes intact.

The file was made by that release's own code (tests/fixtures/db_versions/make_0009.py, run against
commit 5b088ee): facility K0161, users admin and lee, a 2026 budget on 111, two 지출 resolutions,
one employee and one subject with resident numbers.
"""

from __future__ import annotations

import shutil
import sqlite3

from test_migrations import GOLDEN, GOLDEN_RECOVERY

from heemang_desktop.accounting.search import ResolutionQuery, search_all
from heemang_desktop.app import open_app
from heemang_desktop.hr import employees
from heemang_desktop.settings import Paths
from heemang_desktop.store import migrate
from heemang_desktop.subjects import cards
from heemang_desktop.users.service import sign_in

RECOVERY = GOLDEN_RECOVERY["0009_accounting_index"]
SAVED = GOLDEN / "0009_accounting_index.sqlite3"


def _counts(path) -> dict[str, int]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("outbox", "acc_resolution", "acc_resolution_line", "hr_employee", "subject", "app_user")}
    finally:
        con.close()


def test_release_0009_store_upgrades_without_loss(tmp_path):
    paths = Paths(tmp_path / "data")
    paths.data_dir.mkdir()
    shutil.copy(SAVED, paths.database)
    before = _counts(paths.database)
    assert before["acc_resolution"] == 2 and before["outbox"] > 0

    ctx = open_app(paths)
    try:
        assert set(ctx.store.revisions()) == migrate.head_revisions() != {"0009_accounting_index"}
        ctx.unlock(RECOVERY)
        ctx.actor = sign_in(ctx, "admin", "admin-pw-1")
        rows = search_all(ctx, ResolutionQuery(year=2026, sort="date", descending=False, limit=10))
        assert [(r.number, r.business_name, r.total, r.lines) for r in rows] == [
            ("2026-지출-0001", "급여 지급 1", 1_234_000, (("111", 1_234_000),)),
            ("2026-지출-0002", "급여 지급 2", 2_500_000, (("111", 2_500_000),)),
        ]
        assert employees.find_by_resident_number(ctx, "900101-1234567").name == "김요양"
        assert cards.find_by_resident_number(ctx, "400101-2345678").name == "박어르신"
    finally:
        ctx.close()
    assert _counts(paths.database) == before  # nothing dropped, nothing queued twice
    backups = list(paths.backups.glob("*before-migration*.sqlite3"))
    assert backups and migrate.read_revisions(backups[0]) == {"0009_accounting_index"}
