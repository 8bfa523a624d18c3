"""The resolutions screen: a three-line expense entered by keyboard, then found by business name and total."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from heemang_desktop.accounting.budget import set_budget
from heemang_desktop.gui.launch import build


def type_text(widget, text: str) -> None:
    """Key events carrying each character (QTest's keyClicks takes Latin-1 only; Hangul comes via the IME)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def test_three_line_expense_by_keyboard_then_found_by_name_and_total(qtbot, setup_result, paths):
    ctx = setup_result.context
    for code in ("321", "131", "132"):
        set_budget(ctx, 2026, "세출", code, 5_000_000)
    ctx.close()
    ready = []
    window, startup = build(paths, interactive=False, on_ready=ready.append)
    qtbot.addWidget(window)
    window.show()
    startup.start()
    qtbot.waitUntil(lambda: bool(ready), timeout=10000)
    window.open_page("accounting.resolutions")
    page = window.stack.currentWidget()
    qtbot.waitUntil(lambda: bool(page.names["세출"]), timeout=5000)

    from PySide6.QtCore import QDate

    page.date.setDate(QDate(2026, 9, 2))
    type_text(page.business, "어르신 가을 나들이")
    type_text(page.summary, "버스 임차 외")
    for row, (code, amount, note) in zip(page.lines.rows, [("321", "350000", "버스"), ("131", "40000", "인솔 여비"),
                                                             ("132", "12500", "생수")]):
        qtbot.keyClicks(row[0], code)
        qtbot.keyClicks(row[2], amount)
        type_text(row[3], note)
    assert page.lines.rows[0][2].text() == "350,000"  # typed as digits, shown with commas
    assert page.lines.rows[1][1].text() == "여비"
    assert page.total.text() == "합계 402,500원"
    qtbot.keyClick(page.lines.rows[2][3], Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: page.current_id is not None, timeout=5000)
    assert page.number.text().startswith("2026-지출-0001")

    type_text(page.s_business, "가을")
    qtbot.keyClicks(page.s_total, "402500")
    qtbot.keyClick(page.s_business, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.model.loading, timeout=5000)
    shown = [page.model.data(page.model.index(0, c)) for c in range(page.model.columnCount())]
    assert shown[:7] == ["2026-지출-0001", "2026-09-02", "지출", "어르신 가을 나들이", "402,500", "버스 임차 외", ""]
    assert shown[8] == "전송 대기"

    page.s_total.clear()
    qtbot.keyClicks(page.s_total, "402501")
    page.run_search()
    qtbot.waitUntil(lambda: not page.model.loading, timeout=5000)
    assert page.model.rowCount() == 0
    window.worker.shutdown()
