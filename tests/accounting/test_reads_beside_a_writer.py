"""The resolution list and the books are reads: they answer while another connection holds the write
lock (the sync thread applying a pulled page, a CLI import), instead of queueing behind it on the busy
timeout and then failing with '사용 중'."""

from __future__ import annotations

import sqlite3

from acc_helpers import budget, expense

from heemang_desktop.accounting import reports
from heemang_desktop.accounting.chart import chart
from heemang_desktop.accounting.requisitions import list_requisitions
from heemang_desktop.accounting.resolutions import get_resolution
from heemang_desktop.accounting.search import ResolutionQuery, search_resolutions
from heemang_desktop.accounting.transfers import list_transfers
from heemang_desktop.store import engine


def test_search_and_reports_answer_while_another_connection_writes(ctx, monkeypatch):
    budget(ctx, {"111": 5_000_000})
    saved = expense(ctx, "9월 급여", [("111", 1_234_000)])
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)  # a read that waits for the lock fails fast here
    writer = sqlite3.connect(ctx.store.path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # holds the write lock, as a long write on another thread does
    try:
        page = search_resolutions(ctx, ResolutionQuery(year=2026, business="급여"))
        assert [(r.business_name, r.total) for r in page.rows] == [("9월 급여", 1_234_000)]
        report = reports.build(ctx, "budget", 2026)
        assert report.title == "예산 대비 집행 현황"
        assert get_resolution(ctx, saved.id).total == 1_234_000
        assert list_requisitions(ctx, 2026) == [] and list_transfers(ctx, 2026) == []
        assert chart(ctx, 2026) is not None
    finally:
        writer.execute("ROLLBACK")
        writer.close()
