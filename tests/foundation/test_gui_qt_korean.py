"""Qt's standard words in Korean: message-box buttons, and a file dialog that follows the app's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QPushButton

from heemang_desktop.gui.qt_language import install_qt_translation, use_translated_file_dialogs


def test_standard_buttons_read_korean(qapp):
    previous = QLocale()
    translator = install_qt_translation(qapp)
    try:
        assert translator is not None
        box = QMessageBox(QMessageBox.Icon.Question, "확인", "지울까요?",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        assert box.button(QMessageBox.StandardButton.Yes).text() == "예(&Y)"
        assert box.button(QMessageBox.StandardButton.No).text() == "아니요(&N)"
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        assert sorted(b.text() for b in buttons.buttons()) == ["취소", "확인"]
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        assert {"열기(&O)", "취소"} <= {b.text() for b in dialog.findChildren(QPushButton)}
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(previous)


def test_linux_uses_qts_own_translated_file_dialog_and_windows_its_own(qapp):
    try:
        assert use_translated_file_dialogs("linux") is True
        assert QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
        assert use_translated_file_dialogs("win32") is False  # Windows' dialog is Korean on a Korean PC
        assert not QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    finally:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, False)
