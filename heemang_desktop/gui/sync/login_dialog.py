"""동기화 로그인: the central service's address, this facility's code, user id and password."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout


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
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("로그인"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("취소"))
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.submit_handler = None  # (url, user_id, password, save)

    def _submit(self) -> None:
        self.error.setText(self.tr("확인하는 중…"))
        if self.submit_handler:
            self.submit_handler(self.server_url.text(), self.user_id.text(), self.password.text(),
                                self.save_password.isChecked())

    def failed(self, error: BaseException) -> None:
        self.password.clear()
        self.error.setText(str(error))
