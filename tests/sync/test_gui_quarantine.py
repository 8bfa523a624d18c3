"""The 전송 대기 목록's problem tab lists a quarantined pulled change: kind, record, id and reason,
and shows the server's values with the invisible characters written out. A screenshot is saved."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sync_helpers import engine_for
from test_poison_pull import (
    change,
    employee_payload,
    older_server,  # noqa: F401  (a fixture, used by name)
    push_raw,
    subject_payload,
)

SHOTS = Path(os.environ.get("HEEMANG_SHOTS", "/tmp/heemang-sync-shots"))


@pytest.mark.usefixtures("older_server")
def test_the_problem_tab_lists_the_quarantined_change_with_its_reason(sctx, central, main_window, qtbot):
    bad = change("employee", employee_payload(sctx, base_pay=10**20))
    rlo = change("subject", subject_payload(sctx, name="김\u202e철수"), pii=("resident_number",))
    push_raw(central.url, [bad, rlo])
    assert engine_for(sctx, central.url).run_once().quarantined == 2

    window = main_window("my_work.sync")
    window.resize(1366, 768)
    page = window.pages["my_work.sync"]
    qtbot.waitUntil(lambda: page.issue_table.rowCount() == 2, timeout=10000)
    cells = [[page.issue_table.item(r, c).text() for c in range(5)] for r in range(2)]
    assert cells[0][:3] == ["격리", "인사카드", bad["entity_id"]] and "'기본급'(base_pay)" in cells[0][3]
    assert cells[1][:3] == ["격리", "대상자", rlo["entity_id"]] and "방향" in cells[1][3]
    assert page.tabs.tabText(0) == "해결할 기록 (2)"
    assert not any(b.isVisible() for b in page.actions.values())  # nothing to settle here: it is fixed at the source
    qtbot.waitUntil(lambda: window.status.problems.text() == "격리 2건", timeout=10000)  # seen from every page

    page.issue_table.selectRow(0)
    assert "격리" in page.reason.text() and "1조 원" in page.reason.text()
    shown = {page.fields.item(r, 0).text(): page.fields.item(r, 2).text() for r in range(page.fields.rowCount())}
    assert shown["기본급"] == "100,000,000,000,000,000,000" and shown["이름"] == "박독성"
    assert "resident_number" not in shown and "bank_account" not in shown  # plain PII never kept
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "quarantine-tab.png"))

    page.issue_table.selectRow(1)
    shown = {page.fields.item(r, 0).text(): page.fields.item(r, 2).text() for r in range(page.fields.rowCount())}
    assert shown["이름"] == "김\\u202e철수"  # written out, never reversing the text on screen
