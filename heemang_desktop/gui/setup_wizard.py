"""First run with nobody to ask: where the data lives -> the facility and first user (the store is
made here) -> the recovery code, saved to PDF or printed -> the central service, optional and
tested -> done, and the window opens on 나의업무.

The work runs on the database thread (gui/session.initialize, first_run.connect_central); the pages
only ask and show. After the store is made there is no way back and no cancel: the recovery code is
shown once and must be kept.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from heemang_desktop.users import service as roles

from heemang_desktop.gui.dialogs import load_form


def _label(text: str = "", style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


def _error_label() -> QLabel:
    label = _label(style="color: #b00020;")
    label.setObjectName("error")
    return label


class WherePage(QWizardPage):
    """Where the data, its backups and the log live, before anything is made there."""

    def __init__(self, paths):
        super().__init__()
        from heemang_desktop.first_run import locations

        self.setTitle(self.tr("Heemang Desktop 처음 설정"))
        self.setSubTitle(self.tr("이 PC에서 쓸 시설과 첫 사용자를 정합니다. 서버 없이도 바로 쓸 수 있고, "
                                 "희망이음 계정이 있으면 동기화도 연결할 수 있습니다."))
        where = locations(paths)
        layout = QVBoxLayout(self)
        layout.addWidget(_label(self.tr("자료는 모두 이 PC의 아래 폴더에 저장됩니다. 이 폴더를 통째로 백업하면 "
                                        "모든 자료가 백업됩니다.")))
        form = QFormLayout()
        self.data_dir = _label(str(where.data_dir))
        self.backups = _label(str(where.backups))
        self.logs = _label(str(where.logs))
        for widget in (self.data_dir, self.backups, self.logs):
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("데이터 폴더"), self.data_dir)
        form.addRow(self.tr("자동 백업"), self.backups)
        form.addRow(self.tr("기록(로그)"), self.logs)
        layout.addLayout(form)
        backups = self.tr("프로그램은 날마다 처음 열 때 자동으로 백업하고 최근 {0}개를 보관합니다. "
                          "새 버전으로 바꾸기 전에도 백업합니다. "
                          "다른 디스크나 USB에 따로 보관하려면 [관리 > 백업·데이터]를 쓰세요.")
        layout.addWidget(_label(backups.format(where.backups_kept), "color: #555;"))
        layout.addStretch(1)


class FacilityPage(QWizardPage):
    """The facility and the first user; Next makes the store (on the database thread)."""

    def __init__(self, paths, worker):
        super().__init__()
        self.paths = paths
        self.worker = worker
        self.running = False
        self.setTitle(self.tr("시설과 첫 사용자"))
        self.setSubTitle(self.tr("시설 유형에 따라 예산과목표가 정해집니다. 첫 사용자는 보통 관리자입니다."))
        self.setCommitPage(True)  # the store exists after this page: no way back to change it
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("설정하기"))
        layout = QVBoxLayout(self)
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

    def validatePage(self) -> bool:
        wizard = self.wizard()
        if wizard.info is not None:
            return True
        if self.running:
            return False
        self.error.clear()
        if not self.facility_type.currentData():
            self.error.setText(self.tr("시설 유형을 고르세요."))
            return False
        from heemang_desktop.gui.session import initialize

        self.running = True
        self.error.setText(self.tr("설정하는 중…"))
        wizard.button(QWizard.WizardButton.CommitButton).setEnabled(False)
        self.worker.run_raw(initialize, self.paths, self.setup_input(), on_done=self._done, on_error=self._failed)
        return False  # moves on when the worker answers

    def _done(self, result) -> None:
        self.running = False
        self.error.clear()
        wizard = self.wizard()
        wizard.info, wizard.code = result
        wizard.set_up_done()
        wizard.next()

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.wizard().button(QWizard.WizardButton.CommitButton).setEnabled(True)
        self.error.setText(str(error))


class RecoveryPage(QWizardPage):
    """The recovery code, shown once: saved to PDF (or printed) and kept before going on."""

    def __init__(self):
        super().__init__()
        self.saved_to: Path | None = None
        self.printed = False
        self.setTitle(self.tr("개인정보 암호화 복구 코드"))
        self.setSubTitle(self.tr("주민등록번호와 계좌번호는 이 PC의 키링에 있는 열쇠로 암호화됩니다. 다른 PC에서 "
                                 "이 자료를 열거나 키링을 잃으면 아래 복구 코드가 있어야 합니다."))
        layout = QVBoxLayout(self)
        self.code = QLabel()
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(13)
        self.code.setFont(font)
        self.code.setStyleSheet("padding: 10px 10px 10px 40px; border: 1px solid #999; background: #fafafa;")
        layout.addWidget(self.code)
        buttons = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("PDF로 저장(&S)…"))
        self.pdf_button.clicked.connect(self._save_pdf)
        self.print_button = QPushButton(self.tr("인쇄(&P)…"))
        self.print_button.clicked.connect(self._print)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.result = _label()
        layout.addWidget(self.result)
        layout.addWidget(_label(self.tr("PDF로 저장했다면 인쇄한 뒤 파일은 지우고, 종이는 금고 등 잠긴 곳에 "
                                        "보관하세요."), "color: #555;"))
        self.kept = QCheckBox(self.tr("복구 코드를 저장하거나 인쇄해 안전한 곳에 보관했습니다"))
        self.kept.setEnabled(False)
        self.kept.toggled.connect(self.completeChanged)
        layout.addWidget(self.kept)
        layout.addStretch(1)

    def initializePage(self) -> None:
        groups = self.wizard().code.split("-")
        self.code.setText("\n".join("  ".join(groups[i:i + 4]) for i in range(0, len(groups), 4)))

    def isComplete(self) -> bool:
        return self.kept.isChecked() and (self.saved_to is not None or self.printed)

    def _facility(self):
        return self.wizard().info.facility

    def _save_pdf(self) -> None:
        from heemang_desktop.first_run import recovery_pdf

        f = self._facility()
        suggested = str(Path.home() / f"heemang-복구코드-{f.code}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("복구 코드 PDF 저장"), suggested,
                                              self.tr("PDF 파일 (*.pdf)"))
        if not path:
            return
        out = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
        try:
            self.saved_to = recovery_pdf(self.wizard().code, f.name, f.code, out)
        except OSError as exc:
            self.result.setStyleSheet("color: #b00020;")
            self.result.setText(self.tr("PDF를 저장하지 못했습니다: {0}").format(exc.strerror or exc))
            return
        self.result.setStyleSheet("color: #2e7d32;")
        self.result.setText(self.tr("PDF로 저장했습니다: {0}").format(self.saved_to))
        self._may_confirm()

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from heemang_desktop.render.pdf import document

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() == QPrintDialog.DialogCode.Accepted:
            from html import escape

            f = self._facility()
            document(f"<h2>Heemang Desktop 복구 코드</h2><p>{escape(f.name)} ({escape(f.code)})</p>"
                     f"<p style='font-size:16pt;font-family:monospace'>{self.wizard().code}</p>").print_(printer)
            self.printed = True
            self._may_confirm()

    def _may_confirm(self) -> None:
        self.kept.setEnabled(True)
        self.completeChanged.emit()


class CentralPage(QWizardPage):
    """Optional: the central service's address and login, tried before they are kept."""

    def __init__(self, worker):
        super().__init__()
        self.worker = worker
        self.connected = False
        self.running = False
        self.setTitle(self.tr("중앙 서비스(희망이음) 연결"))
        self.setSubTitle(self.tr("연결하지 않아도 이 PC에서 모든 업무를 할 수 있습니다. 연결하면 작업 내용을 "
                                 "중앙 서비스로 보내고 다른 PC의 변경을 받습니다."))
        layout = QVBoxLayout(self)
        self.later = QRadioButton(self.tr("나중에 연결합니다 (지금은 이 PC에서만 씁니다)"))
        self.now = QRadioButton(self.tr("지금 연결합니다"))
        self.later.setChecked(True)
        layout.addWidget(self.later)
        layout.addWidget(self.now)
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        self.server_url = QLineEdit()
        self.server_url.setPlaceholderText("https://")
        self.user_id = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.save_password = QCheckBox(self.tr("비밀번호를 이 PC의 키링에 저장"))
        self.save_password.setChecked(True)
        form.addRow(self.tr("서버 주소(&A)"), self.server_url)
        form.addRow(self.tr("중앙 서비스 사용자 ID"), self.user_id)
        form.addRow(self.tr("비밀번호"), self.password)
        form.addRow("", self.save_password)
        self.test_button = QPushButton(self.tr("연결 시험(&T)"))
        self.test_button.clicked.connect(lambda: self._test(go_on=False))
        form.addRow("", self.test_button)
        layout.addWidget(self.fields)
        self.result = _label()
        layout.addWidget(self.result)
        layout.addWidget(_label(self.tr("나중에 연결하려면 창 아래 [동기화 설정]을 누르세요."), "color: #555;"))
        layout.addStretch(1)
        self.now.toggled.connect(self._choose)
        for field in (self.server_url, self.user_id, self.password):
            field.textEdited.connect(self._changed)
        self._choose(False)

    def _choose(self, now: bool) -> None:
        self.fields.setEnabled(now)
        self.result.clear()

    def _changed(self) -> None:
        self.connected = False
        self.result.clear()

    def _test(self, go_on: bool) -> None:
        from heemang_desktop.first_run import connect_central

        self.running = True
        self.test_button.setEnabled(False)
        self.result.setStyleSheet("color: #555;")
        self.result.setText(self.tr("연결하는 중…"))
        self.worker.call(connect_central, self.server_url.text(), self.user_id.text(), self.password.text(),
                         self.save_password.isChecked(), on_done=lambda check: self._tested(check, go_on),
                         on_error=self._failed)

    def _tested(self, check, go_on: bool) -> None:
        self.running = False
        self.test_button.setEnabled(True)
        self.connected = check.ok
        self.result.setStyleSheet("color: #2e7d32;" if check.ok else "color: #b00020;")
        self.result.setText(check.text)
        if check.ok and go_on:
            self.wizard().next()

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.test_button.setEnabled(True)
        self.result.setStyleSheet("color: #b00020;")
        self.result.setText(str(error))

    def validatePage(self) -> bool:
        if self.later.isChecked() or self.connected:
            return True
        if not self.running:
            self._test(go_on=True)
        return False


class DonePage(QWizardPage):
    def __init__(self, paths):
        super().__init__()
        self.paths = paths
        self.setTitle(self.tr("설정을 마쳤습니다"))
        layout = QVBoxLayout(self)
        self.summary = _label()
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        wizard = self.wizard()
        f = wizard.info.facility
        central = wizard.page_central
        sync = (self.tr("연결했습니다 ({0})").format(central.server_url.text().strip()) if central.connected
                else self.tr("연결하지 않았습니다. 창 아래 [동기화 설정]에서 언제든 연결할 수 있습니다."))
        self.summary.setText(self.tr(
            "시설: {0} ({1})\n데이터 폴더: {2}\n중앙 서비스: {3}\n\n[마침]을 누르면 나의업무 화면이 열립니다. "
            "오늘 할 일과 기한이 그곳에 모입니다.").format(f.name, f.code, self.paths.data_dir, sync))


class SetupWizard(QWizard):
    """`finished_setup(info)` once the user finishes, after the store was made."""

    finished_setup = Signal(object)

    def __init__(self, paths, worker, parent=None):
        super().__init__(parent)
        self.info = None  # SessionInfo once the store is made
        self.code = ""
        self.setWindowTitle(self.tr("Heemang Desktop 처음 설정"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # one look on every OS, and the screenshots
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.page_where = WherePage(paths)
        self.page_facility = FacilityPage(paths, worker)
        self.page_recovery = RecoveryPage()
        self.page_central = CentralPage(worker)
        self.page_done = DonePage(paths)
        for page in (self.page_where, self.page_facility, self.page_recovery, self.page_central, self.page_done):
            self.addPage(page)
        for button, text in ((QWizard.WizardButton.NextButton, self.tr("다음(&N) >")),
                             (QWizard.WizardButton.BackButton, self.tr("< 뒤로(&B)")),
                             (QWizard.WizardButton.CancelButton, self.tr("취소")),
                             (QWizard.WizardButton.FinishButton, self.tr("마침(&F)"))):
            self.setButtonText(button, text)
        self.resize(680, 520)

    def set_up_done(self) -> None:
        """The store exists: closing now would lose the only display of the recovery code."""
        self.setOption(QWizard.WizardOption.NoCancelButton, True)

    def reject(self) -> None:
        if self.info is None:
            super().reject()

    def accept(self) -> None:
        super().accept()
        self.finished_setup.emit(self.info)
