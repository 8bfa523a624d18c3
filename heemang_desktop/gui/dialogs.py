"""Start-up dialogs: who is working, and key recovery (first-time setup is gui/setup_wizard.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from heemang_desktop.resources import ui_path
from heemang_desktop.users import service as roles


def load_form(name: str, parent):
    """A Qt Designer form from `ui/`, built into `parent`."""
    from PySide6.QtCore import QFile
    from PySide6.QtUiTools import QUiLoader

    file = QFile(str(ui_path(name)))
    if not file.open(QFile.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(ui_path(name))
    try:
        return QUiLoader().load(file, parent)
    finally:
        file.close()


def confirm(parent, title: str, text: str, action: str) -> bool:
    """Ask before an action that destroys data or cannot be undone: `text` names the record and what
    will happen, `action` labels the button that does it. "그대로 두기" is the default and the Esc
    button, so Enter never does it by accident. Tests answer by replacing `dialogs.confirm`
    (pages call it through the module) or by clicking the box."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(QCoreApplication.translate("confirm", "그대로 두기"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is go


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.setObjectName("error")
    return label


class LoginDialog(QDialog):
    """On a PC with several users: who is working, with their local password."""

    def __init__(self, users, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("사용자 선택"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.user = QComboBox()
        labels = {r.id: r.label for r in roles.roles().values()}
        for u in users:
            self.user.addItem(f"{u.name} ({u.login_id}, {labels.get(u.role, u.role)})", u.login_id)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("사용자(&U)"), self.user)
        form.addRow(self.tr("비밀번호(&P)"), self.password)
        layout.addLayout(form)
        self.error = _error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("시작"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("종료"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.submit_handler = None  # receives (login_id, password)
        self.password.setFocus()

    def _submit(self) -> None:
        self.error.clear()
        if self.submit_handler:
            self.submit_handler(self.user.currentData(), self.password.text())

    def failed(self, error: BaseException) -> None:
        self.password.clear()
        self.error.setText(str(error))


class UnlockDialog(QDialog):
    """The key is not in this PC's keyring: type the recovery code, or go on without encrypted fields."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("복구 코드 입력"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "이 PC의 키링에 이 데이터의 암호화 열쇠가 없습니다 (다른 PC에서 가져온 파일이거나 키링을 잃었습니다). "
            "처음 설정할 때 받은 복구 코드를 입력하세요. "
            "입력하지 않으면 주민등록번호·계좌번호를 보거나 바꿀 수 없습니다."))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-…")
        layout.addWidget(self.code)
        self.error = _error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("복구"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("나중에"))
        buttons.accepted.connect(lambda: self.submit_handler and self.submit_handler(self.code.text()))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.submit_handler = None
        self.resize(480, 0)

    def failed(self, error: BaseException) -> None:
        self.error.setText(str(error))
