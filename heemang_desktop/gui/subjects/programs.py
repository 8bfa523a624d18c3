"""이력정보 > 프로그램·일지: program sessions with attendance, and a subject's daily logs."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from heemang_desktop.inquiries import service as inquiries
from heemang_desktop.subjects import service

from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.subjects.page import SubjectPage
from heemang_desktop.gui.subjects.widgets import (
    Column,
    RowsModel,
    SubjectCombo,
    date_edit,
    datetime_edit,
    py_date,
    py_datetime,
    rows_table,
)


def _load(ctx):
    today = service.now_seoul().date()
    return (service.list_program_sessions(ctx, today - timedelta(days=90), today + timedelta(days=30)),
            service.subject_choices(ctx), service.can_see_health(ctx))


class ProgramsPage(SubjectPage):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        columns = QHBoxLayout()
        self.layout_.addLayout(columns, 1)

        left = QVBoxLayout()
        self.sessions = RowsModel([
            Column(self.tr("일자"), lambda r: r.held_on),
            Column(self.tr("프로그램"), lambda r: r.program),
            Column(self.tr("진행자"), lambda r: r.leader),
            Column(self.tr("참석"), lambda r: f"{r.present_count}/{len(r.attendance)}", right=True),
        ], parent=self)
        left.addWidget(rows_table(self.sessions), 1)
        box = QGroupBox(self.tr("프로그램 진행 기록"))
        form = QFormLayout(box)
        self.program = QLineEdit()
        self.held_on = date_edit()
        self.leader = QLineEdit()
        self.content = QLineEdit()
        self.evaluation = QLineEdit()
        self.participants = QListWidget()
        self.participants.setMaximumHeight(110)
        self.save_program_button = QPushButton(self.tr("프로그램 저장(&P)"))
        self.save_program_button.clicked.connect(self.save_program)
        form.addRow(self.tr("프로그램명"), self.program)
        form.addRow(self.tr("일자"), self.held_on)
        form.addRow(self.tr("진행자"), self.leader)
        form.addRow(self.tr("내용"), self.content)
        form.addRow(self.tr("평가"), self.evaluation)
        form.addRow(self.tr("참석(체크)"), self.participants)
        form.addRow("", self.save_program_button)
        left.addWidget(box)
        columns.addLayout(left, 1)

        right = QVBoxLayout()
        self.log_subject = SubjectCombo()
        self.log_subject.currentIndexChanged.connect(lambda _i: self.load_logs())
        right.addWidget(self.log_subject)
        self.logs = RowsModel([
            Column(self.tr("일시"), lambda r: r.logged_at),
            Column(self.tr("종류"), lambda r: r.log_type),
            Column(self.tr("작성자"), lambda r: r.author),
            Column(self.tr("내용"), lambda r: r.content),
        ], service.list_logs, self)
        self.log_table = rows_table(self.logs)
        self.log_table.setToolTip(self.tr("간호일지는 가려서 보여 줍니다. "
                                          "두 번 누르면 열어 봅니다 (개인정보 접속기록에 남음)."))
        self.log_table.doubleClicked.connect(self.open_log)
        right.addWidget(self.log_table, 1)
        logbox = QGroupBox(self.tr("일지 쓰기"))
        lf = QFormLayout(logbox)
        self.log_type = QComboBox()
        self.logged_at = datetime_edit()
        self.log_text = QPlainTextEdit()
        self.log_text.setMaximumHeight(70)
        self.log_button = QPushButton(self.tr("일지 저장(&L)"))
        self.log_button.clicked.connect(self.save_log)
        lf.addRow(self.tr("종류"), self.log_type)
        lf.addRow(self.tr("일시"), self.logged_at)
        lf.addRow(self.tr("내용"), self.log_text)
        lf.addRow("", self.log_button)
        right.addWidget(logbox)
        columns.addLayout(right, 1)
        self.add_message_line()
        # One reload for all three: the chooser's reload reloads the chosen subject's logs too.
        self.watch("program_session", "subject", "daily_log", refresh=self.activated)

    def activated(self) -> None:
        Op(self, _load).success(self._show).run()

    def open_log(self, index) -> None:
        """A masked (health) log opened in its row: the service checks the role and records the opening."""
        row = self.logs.rows[index.row()] if index.isValid() else None
        if row is None or not row.masked:
            return

        def shown(opened) -> None:
            at = next((i for i, r in enumerate(self.logs.rows) if r.id == opened.id), None)
            if at is not None:
                self.logs.rows[at] = opened
                self.logs.dataChanged.emit(self.logs.index(at, 0), self.logs.index(at, self.logs.columnCount() - 1))

        Op(self, lambda ctx: service.open_log(ctx, row.id)).success(shown).run()

    def _show(self, result) -> None:
        sessions, subjects, health = result
        self.sessions.set_rows(sessions)
        checked = set(self._checked())  # a reload (a log saved, a sync) keeps the ticks being made
        self.participants.clear()
        for s in subjects:
            item = QListWidgetItem(s.name)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if s.id in checked else Qt.CheckState.Unchecked)
            self.participants.addItem(item)
        self.log_subject.set_subjects(subjects)
        log_type = self.log_type.currentText()
        self.log_type.clear()
        self.log_type.addItems([t for t, is_health in service.log_types().items() if health or not is_health])
        if log_type:
            self.log_type.setCurrentText(log_type)

    def _checked(self) -> list[str]:
        items = (self.participants.item(i) for i in range(self.participants.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]

    def load_logs(self) -> None:
        subject_id = self.log_subject.subject_id()
        if subject_id:
            self.logs.load(subject_id, None)

    def save_program(self) -> None:
        attendance = [service.Attendance(subject_id) for subject_id in self._checked()]

        def done(result):
            row, warning = result
            self.ok(self.tr("{0} ({1}) 참석 {2}명을 저장했습니다.").format(row.program, row.held_on, row.present_count))
            if warning:
                self.message.show_warning(f"{self.message.text()} {warning}")
            for i in range(self.participants.count()):  # the next session ticks its own participants
                self.participants.item(i).setCheckState(Qt.CheckState.Unchecked)
            self.changed()

        args = (self.program.text(), py_date(self.held_on), attendance, self.leader.text(), self.content.text(),
                self.evaluation.text())
        label = self.tr("프로그램 내용·평가")
        Op(self, lambda ctx: (service.save_program_session(ctx, *args),
                              inquiries.leave_warning(ctx, label, args[4], args[5]))).success(done).run()

    def save_log(self) -> None:
        subject_id = self.chosen_subject(self.log_subject, self.tr("대상자를 고르세요."))
        if subject_id is None:
            return

        def done(result):
            _row, warning = result
            self.ok(self.tr("일지를 저장했습니다."))
            if warning:  # the log leaves the PC: personal data in it is warned of, never refused
                self.message.show_warning(f"{self.message.text()} {warning}")
            self.log_text.clear()
            self.changed()

        args = (subject_id, self.log_type.currentText(), py_datetime(self.logged_at), self.log_text.toPlainText())
        label = self.tr("일지 내용")
        Op(self, lambda ctx: (service.add_log(ctx, *args), inquiries.leave_warning(ctx, label, args[3]))).success(
            done).run()
