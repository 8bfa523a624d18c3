"""동기화 설정: the central service's address, this facility's code, user id and password, and a
연결 시험 that says in Korean what failed (unreachable, maintenance until …, login refused,
certificate not trusted) before anything is saved."""

from __future__ import annotations

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from heemang_desktop.sync import service as sync_service

_RUNNING: set[QThread] = set()  # a running QThread must never be garbage-collected (Qt aborts)


class _Check(QThread):
    """The connection test off the GUI thread: it may wait for the network for seconds."""

    done = Signal(object)

    def __init__(self, args: tuple, parent=None):
        super().__init__(parent)
        self.args = args

    def run(self) -> None:
        self.done.emit(sync_service.check_connection(*self.args))


class SyncLoginDialog(QDialog):
    def __init__(self, facility_code: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("중앙 서비스 로그인"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("희망이음(중앙 서비스)과 동기화할 계정입니다. 비밀번호는 이 PC의 "
                               "운영체제 암호 저장소에만 저장됩니다."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.server_url = QLineEdit()
        self.server_url.setPlaceholderText("https://")
        self.facility = QLineEdit(facility_code)
        self.facility.setReadOnly(True)
        self.user_id = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.save_password = QCheckBox(self.tr("비밀번호 저장 (키링)"))
        self.save_password.setChecked(True)
        form.addRow(self.tr("서버 주소(&S)"), self.server_url)
        form.addRow(self.tr("시설코드"), self.facility)
        form.addRow(self.tr("사용자 ID(&U)"), self.user_id)
        form.addRow(self.tr("비밀번호(&P)"), self.password)
        form.addRow("", self.save_password)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("로그인"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("취소"))
        self.test_button = QPushButton(self.tr("연결 시험(&T)"))
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.test_button.clicked.connect(self.test_connection)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.submit_handler = None  # (url, user_id, password, save)
        self.last_check = None  # the last ConnectionCheck, for tests and the status line

    def _say(self, text: str, ok: bool = False) -> None:
        self.error.setStyleSheet("color: #1b5e20;" if ok else "color: #b00020;")
        self.error.setText(text)

    def _submit(self) -> None:
        self._say(self.tr("확인하는 중…"), ok=True)
        if self.submit_handler:
            self.submit_handler(self.server_url.text(), self.user_id.text(), self.password.text(),
                                self.save_password.isChecked())

    def failed(self, error: BaseException) -> None:
        self.password.clear()
        self._say(str(error))

    def test_connection(self) -> None:
        """Try the address and the login without saving anything; the answer shows under the form."""
        self.test_button.setEnabled(False)
        self._say(self.tr("연결을 시험하는 중…"), ok=True)
        check = _Check((self.server_url.text(), self.facility.text(), self.user_id.text(), self.password.text()))
        _RUNNING.add(check)
        check.done.connect(self._tested)
        check.finished.connect(lambda: _RUNNING.discard(check))
        check.start()

    def _tested(self, result) -> None:
        self.last_check = result
        self.test_button.setEnabled(True)
        self._say(result.text, ok=result.ok)
