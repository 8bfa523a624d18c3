"""예산 편성 page tabs: 예산 전용 entered by keyboard, refused with the reason, cancelled after a confirmation."""

from __future__ import annotations

from datetime import date

from acc_helpers import budget

from PySide6.QtCore import QDate, Qt

from heemang_desktop.gui import dialogs


def test_transfer_tab_saves_refuses_and_cancels(qtbot, setup_result, monkeypatch, main_window):
    ctx = setup_result.context
    year = date.today().year
    budget(ctx, {"131": 1_000_000, "132": 500_000, "111": 5_000_000}, year=year)
    ctx.close()
    page = main_window("accounting.budget").stack.currentWidget()
    panel = page.transfers
    page.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: "131" in panel.names, timeout=5000)
    assert panel.names["121"] == "기관운영비 (전용 제한)"

    panel.day.setDate(QDate(year, 1, 10))
    qtbot.keyClicks(panel.source, "131")
    qtbot.keyClicks(panel.target, "121")
    assert panel.target_name.text() == "기관운영비 (전용 제한)"
    qtbot.keyClicks(panel.amount, "300000")
    assert panel.amount.text() == "300,000"
    panel.reason.setText("사무용품 추가")
    qtbot.keyClick(panel.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "전용으로 늘릴 수 없는" in panel.message.text(), timeout=5000)
    assert panel.table.rowCount() == 0

    panel.target.setText("132")
    qtbot.keyClick(panel.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=5000)
    assert [panel.table.item(0, c).text() for c in range(8)] == [
        f"{year}-전용-001", f"{year}-01-10", "131 여비", "132 수용비 및 수수료", "300,000", "사무용품 추가", "", "정상"]
    assert panel.source.text() == "" and "저장했습니다" in panel.message.text()

    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, action: asked.append(text) or True)
    panel.table.selectRow(0)
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: panel.table.item(0, 7).text() == "취소", timeout=5000)
    assert "300,000원" in asked[0]


def test_detail_account_and_month_close_tab(qtbot, setup_result, monkeypatch, main_window):
    setup_result.context.close()
    page = main_window("accounting.budget").stack.currentWidget()
    panel = page.setup
    page.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.months.rowCount() == 12, timeout=5000)

    qtbot.keyClicks(panel.parent_code, "132")
    panel.name.setText("사무용품")
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.details.rowCount() == 1, timeout=5000)
    assert [panel.details.item(0, c).text() for c in range(4)] == ["세출", "132-01", "사무용품", "132 수용비 및 수수료"]
    panel.name.setText("사무용품")
    panel.add()
    qtbot.waitUntil(lambda: "같은 이름의 세목" in panel.detail_message.text(), timeout=5000)

    answers = [False, True, True]
    monkeypatch.setattr(dialogs, "confirm", lambda *a: answers.pop(0))
    panel.months.selectRow(0)
    panel.close_button.click()  # answered No: nothing happens
    panel.close_button.click()
    qtbot.waitUntil(lambda: panel.months.item(0, 1).text() == "마감", timeout=5000)
    assert panel.closed == [1]
    panel.reopen_button.click()
    qtbot.waitUntil(lambda: panel.months.item(0, 1).text() == "열림", timeout=5000)
