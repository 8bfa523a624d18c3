"""나의업무's year-end checklist: from January to the end of February, what keeps last year from its close."""

from __future__ import annotations

from datetime import date

from settlement_year import a_year

from heemang_desktop.accounting.lines import LineInput
from heemang_desktop.accounting.periods import close_month
from heemang_desktop.accounting.requisitions import RequisitionInput, save_requisition
from heemang_desktop.accounting.service import close_year, year_end_items
from heemang_desktop.work_items import SOON, URGENT


def test_checklist_lists_open_months_requisitions_unsynced_changes_and_the_close(ctx):
    a_year(ctx, close_months=range(1, 11))
    save_requisition(ctx, RequisitionInput(date(2026, 12, 1), "송년회", [LineInput("321", 100_000)]))
    items = {i.kind: i for i in year_end_items(ctx, date(2027, 1, 15))}
    assert items["year_end_months"].title == "2026년 마감하지 않은 달: 11월, 12월"
    assert items["year_end_months"].page == "accounting.budget"
    assert items["year_end_requisitions"].title == "2026년 결의하지 않은 품의서 1건"
    assert items["year_end_unsynced"].page == "my_work.sync"  # nothing here has been synced yet
    assert items["year_end_close"].page == "accounting.settlement"
    assert {i.due for i in items.values()} == {date(2027, 2, 28)}
    assert {i.urgency for i in items.values()} == {SOON}
    assert {i.urgency for i in year_end_items(ctx, date(2027, 2, 3))} == {URGENT}
    assert "receipts_due" not in items  # donations' own item, not repeated
    assert year_end_items(ctx, date(2027, 3, 1)) == []
    assert year_end_items(ctx, date(2026, 12, 31)) == []


def test_a_closed_year_leaves_the_checklist(ctx):
    a_year(ctx, close_months=range(1, 12))
    close_month(ctx, 2026, 12)
    assert [i.kind for i in year_end_items(ctx, date(2028, 2, 1))][-1] == "year_end_close"  # 2027, still open
    close_year(ctx, 2026)
    assert year_end_items(ctx, date(2027, 2, 28)) == []


def test_the_provider_is_registered():
    from heemang_desktop.accounting.feature import FEATURE

    assert "heemang_desktop.accounting.service:year_end_items" in FEATURE.work_items
