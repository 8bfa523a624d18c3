"""메일 설정: the facility's SMTP server for payslips; the password goes to the OS keyring only."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox

from heemang_desktop.payroll import service

from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.widgets.message_line import MessageLine

SECURITY_LABELS = {"starttls": "STARTTLS (포트 587)", "ssl": "SSL/TLS (포트 465)",
                   "none": "암호화 안 함 (이 PC의 서버만)"}


class MailSettingsDialog(QDialog):
    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.setWindowTitle(self.tr("급여명세서 메일 설정"))
        form = QFormLayout(self)
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.security = QComboBox()
        for key, label in SECURITY_LABELS.items():
            self.security.addItem(self.tr(label), key)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("바꿀 때만 입력 (키링에 저장)"))
        self.sender = QLineEdit()
        self.sender_name = QLineEdit()
        for label, widget in ((self.tr("SMTP 서버"), self.host), (self.tr("포트"), self.port),
                              (self.tr("보안 연결"), self.security), (self.tr("사용자 이름"), self.username),
                              (self.tr("비밀번호"), self.password), (self.tr("보내는 주소"), self.sender),
                              (self.tr("보내는 이름"), self.sender_name)):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("저장"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("취소"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.error = MessageLine()
        form.addRow(self.error)
        form.addRow(buttons)
        Op(page, service.load_mail_settings).success(self._fill).run()

    def _fill(self, s) -> None:
        self.host.setText(s.host)
        self.port.setValue(int(s.port))
        self.security.setCurrentIndex(max(self.security.findData(s.security), 0))
        self.username.setText(s.username)
        self.sender.setText(s.sender)
        self.sender_name.setText(s.sender_name)

    def _accept(self) -> None:
        data = service.SmtpSettings(self.host.text(), self.port.value(), self.security.currentData(),
                                    self.username.text(),
                            self.sender.text(), self.sender_name.text())
        password = self.password.text() or None
        self.error.clear()
        Op(self.page, lambda ctx: service.save_mail_settings(ctx, data, password)).success(lambda _s: self.accept()) \
            .failure(self._refused).run()

    def _refused(self, error) -> None:
        self.error.show_error(error)
        self.adjustSize()  # room for the wrapped reason: a form layout does not grow by itself
