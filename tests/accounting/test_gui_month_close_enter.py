"""월 마감 asks with 아니요 as the default: pressing Enter on the question closes nothing (issue 10)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def press_enter_on_the_question(qtbot, seen):
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, lambda: press_enter_on_the_question(qtbot, seen))
        return
    seen.append(box.text())
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_enter_on_the_month_close_question_keeps_the_month_open(qtbot, setup_result, main_window):
    setup_result.context.close()
    page = main_window("accounting.budget").stack.currentWidget()
    panel = page.setup
    page.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.months.rowCount() == 12, timeout=5000)
    panel.months.selectRow(0)
    seen = []
    QTimer.singleShot(20, lambda: press_enter_on_the_question(qtbot, seen))
    panel.close_button.click()
    qtbot.waitUntil(page.worker.idle)
    assert "1월을 마감할까요" in seen[0]
    assert panel.months.item(0, 1).text() == "열림" and panel.closed == []
