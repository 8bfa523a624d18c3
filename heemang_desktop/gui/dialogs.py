"""Start-up dialogs: first-time setup, the recovery code, who is working, and key recovery."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
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


class SetupDialog(QDialog):
    """First start: the facility and the first user. The caller runs the setup on the worker."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Heemang Desktop 처음 설정"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("이 PC에서 쓸 시설과 첫 사용자를 정합니다. 서버 없이도 바로 쓸 수 있고, "
                               "희망이음 계정이 생기면 나중에 동기화합니다."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = load_form("setup_dialog.ui", self)
        for name in ("facility_code", "facility_name", "facility_type", "user_id", "user_name", "role", "password"):
            setattr(self, name, form.findChild(QWidget, name))
        # No type until one is picked: it chooses the budget-account chart, so a pre-picked first
        # type would go unnoticed into every resolution.
        self.facility_type.addItem(self.tr("(시설 유형을 고르세요)"), "")
        for kind in roles.facility_types():
            self.facility_type.addItem(kind, kind)
        for role in roles.roles().values():
            self.role.addItem(role.label, role.id)
        self.role.setCurrentIndex(self.role.findData("admin"))
        layout.addWidget(form)
        self.error = _error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("설정 완료"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("취소"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.submit_handler = None  # set by the caller: receives SetupInput
        self.resize(460, 0)

    def setup_input(self):
        from heemang_desktop.app import SetupInput

        return SetupInput(
            facility_code=self.facility_code.text(),
            facility_name=self.facility_name.text(),
            facility_type=self.facility_type.currentData(),
            user_id=self.user_id.text(),
            user_name=self.user_name.text(),
            role=self.role.currentData(),
            password=self.password.text() or None,
        )

    def _submit(self) -> None:
        self.error.clear()
        if not self.facility_type.currentData():
            self.error.setText(self.tr("시설 유형을 고르세요."))
            return
        self.buttons.setEnabled(False)
        if self.submit_handler:
            self.submit_handler(self.setup_input())

    def failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(str(error))


class RecoveryCodeDialog(QDialog):
    """Shows the key's recovery code once, to print or copy and keep."""

    def __init__(self, code: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("개인정보 암호화 복구 코드"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "주민등록번호와 계좌번호는 이 PC의 키링에 있는 열쇠로 암호화됩니다. 다른 PC에서 이 데이터를 열거나 "
            "키링을 잃으면 아래 복구 코드가 있어야 합니다. 인쇄해서 금고 등 안전한 곳에 보관하세요."))
        text.setWordWrap(True)
        layout.addWidget(text)
        # The code in rows of four groups: one 70-character word cannot wrap, and a label cut it
        # at half height (9 of 14 groups showed). Copy and print still give it with its dashes.
        groups = code.split("-")
        rows = ["  ".join(groups[i:i + 4]) for i in range(0, len(groups), 4)]
        self.code = QLabel("\n".join(rows))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(14)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.code.setStyleSheet("padding: 12px 12px 12px 60px; border: 1px solid #999; background: #fafafa;")
        self.code.setMinimumHeight(self.code.sizeHint().height())  # every row, whatever the text above takes
        layout.addWidget(self.code)
        copy = QPushButton(self.tr("복사(&C)"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(code))
        print_button = QPushButton(self.tr("인쇄(&P)…"))
        print_button.clicked.connect(lambda: self._print(code))
        self.kept = QCheckBox(self.tr("복구 코드를 안전한 곳에 보관했습니다"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("확인"))
        self.ok.setEnabled(False)
        self.kept.toggled.connect(self.ok.setEnabled)
        buttons.accepted.connect(self.accept)
        layout.addWidget(self.kept)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.adjustSize()  # tall enough for the text and every row of the code

    def _print(self, code: str) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            doc = QTextDocument()
            doc.setHtml(f"<h2>Heemang Desktop 복구 코드</h2><p style='font-size:16pt;font-family:monospace'>{code}</p>")
            doc.print_(printer)

    def reject(self) -> None:
        # Closing without confirming would lose the only copy of the code on screen.
        if self.kept.isChecked():
            super().reject()


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
