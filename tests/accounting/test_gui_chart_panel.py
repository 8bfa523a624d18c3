"""과목표 tab: "확인 필요" beside every account not checked against the annex; a correction clears it."""

from __future__ import annotations

import os
from datetime import date

from acc_helpers import expense
from chart_helpers import write_old_store

from heemang_desktop.accounting.budget import set_budget
from heemang_desktop.accounting.chart import chart
from heemang_desktop.app import open_app


def _row(panel, code):
    return next(r for r in range(panel.table.rowCount()) if panel.table.item(r, 1).text() == code)


def test_unchecked_account_shows_the_mark_and_a_correction_clears_it(qtbot, setup_result, paths, main_window):
    setup_result.context.close()
    window = main_window("accounting.budget")
    window.resize(1366, 768)
    page = window.stack.currentWidget()
    panel = page.chart
    page.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.table.rowCount() > 40, timeout=5000)
    assert "사회복지시설" in panel.rule.text() and "재무·회계 규칙" in panel.rule.text()
    headers = [panel.table.horizontalHeaderItem(c).text() for c in range(panel.table.columnCount())]
    assert headers[2:4] == ["과목", "확인"]  # the mark sits right beside the account's name
    r = _row(panel, "213")
    assert [panel.table.item(r, c).text() for c in range(4)] == ["세출", "213", "시설장비유지비", "확인 필요"]
    assert "liberte46" in panel.table.item(r, 6).text()
    if os.environ.get("H3_SHOTS"):
        window.grab().save(os.path.join(os.environ["H3_SHOTS"], "h3-chart-before.png"))

    panel.table.selectRow(r)
    assert panel.name.text() == "시설장비유지비" and not panel.confirmed.isChecked()
    panel.confirmed.setChecked(True)
    panel.note.setText("별표 4, 관리안내 2026 p.401")
    panel.save_button.click()
    qtbot.waitUntil(lambda: "저장했습니다" in panel.message.text(), timeout=5000)
    qtbot.waitUntil(lambda: panel.table.item(_row(panel, "213"), 3).text() == "시설 확인", timeout=5000)  # reloaded
    r = _row(panel, "213")
    assert panel.table.currentRow() == r  # the corrected account stays selected
    assert "시설 메모: 별표 4, 관리안내 2026 p.401" in panel.table.item(r, 6).text()
    assert panel.table.item(_row(panel, "211"), 3).text() == "확인 필요"

    panel.only_unchecked.setChecked(True)
    assert all(panel.table.item(i, 3).text() == "확인 필요" for i in range(panel.table.rowCount()))
    assert "213" not in [panel.table.item(i, 1).text() for i in range(panel.table.rowCount())]
    if os.environ.get("H3_SHOTS"):
        panel.only_unchecked.setChecked(False)
        panel.table.selectRow(_row(panel, "213"))
        window.grab().save(os.path.join(os.environ["H3_SHOTS"], "h3-chart-after.png"))
    window.close()

    ctx = open_app(paths)
    try:
        saved = chart(ctx, 2026).get("세출", "213")
        assert saved.confirmed and saved.note == "별표 4, 관리안내 2026 p.401"
    finally:
        ctx.close()


def test_home_care_store_from_the_old_release_shows_its_rule_and_kept_accounts(qtbot, paths, main_window):
    def write(ctx):
        set_budget(ctx, 2026, "세출", "811", 500_000)
        expense(ctx, "법인 전출", [("811", 200_000)], day=date(2026, 3, 5))

    write_old_store(paths, "재가장기요양기관", write)
    window = main_window("accounting.budget")
    window.resize(1366, 768)
    page = window.stack.currentWidget()
    panel = page.chart
    page.tabs.setCurrentWidget(panel)
    page.year.setText("2026")
    page.activated()
    qtbot.waitUntil(lambda: panel.table.rowCount() > 40 and "장기요양기관" in panel.rule.text(), timeout=5000)
    assert "장기요양기관 재무·회계 규칙" in panel.rule.text()
    r = _row(panel, "811")
    assert [panel.table.item(r, c).text() for c in range(4)] == ["세출", "811", "법인전출금", "확인 필요"]
    assert panel.table.item(r, 6).text().startswith("이전 과목표 (기록에서 사용 중)")
    assert panel.table.item(_row(panel, "821"), 2).text() == "설치·운영자 전출금"
    if os.environ.get("H3_SHOTS"):
        panel.table.scrollToItem(panel.table.item(r, 0))
        window.grab().save(os.path.join(os.environ["H3_SHOTS"], "h3-chart-ltc.png"))
