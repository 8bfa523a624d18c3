"""The confirmation every destructive action asks: Enter and Esc leave things as they are."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from heemang_desktop.gui import dialogs


def answer_with(qtbot, press) -> list[QMessageBox]:
    """When the box appears, `press(box)`; the boxes seen are returned for a look at their text."""
    seen = []

    def act():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, act)
            return
        seen.append(box)
        box.grab().save("/tmp/h5-confirm.png")
        press(box)

    QTimer.singleShot(20, act)
    return seen


def test_enter_keeps_things_as_they_are(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = answer_with(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
    assert dialogs.confirm(parent, "인사카드 삭제", "김요양(E001) 님의 인사카드를 삭제합니다.", "삭제") is False
    assert seen[0].text() == "김요양(E001) 님의 인사카드를 삭제합니다."
    assert seen[0].defaultButton().text() == "그대로 두기"


def test_escape_keeps_and_the_action_button_does_it(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    answer_with(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    assert dialogs.confirm(parent, "결의 취소", "결의서 2026-지출-0001을 취소합니다.", "결의 취소") is False

    def click_action(box):
        next(b for b in box.buttons() if b.text() == "결의 취소").click()

    answer_with(qtbot, click_action)
    assert dialogs.confirm(parent, "결의 취소", "결의서 2026-지출-0001을 취소합니다.", "결의 취소") is True
