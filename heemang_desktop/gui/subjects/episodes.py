"""대상자관리 > 입소·퇴소·이용종료: the roster for a date (and its export), admissions and discharges."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from heemang_desktop.subjects import service

from heemang_desktop.gui import dialogs
from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.subjects.page import SubjectPage
from heemang_desktop.gui.subjects.widgets import (
    POLICE_STYLE,
    Column,
    RowsModel,
    SubjectCombo,
    date_edit,
    py_date,
    rows_table,
)


def _load(ctx, on: date):
    return service.roster(ctx, on), service.subject_choices(ctx)


class EpisodesPage(SubjectPage):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        top = QHBoxLayout()
        self.on = date_edit()
        self.on.dateChanged.connect(lambda _d: self.refresh())
        self.count = QLabel()
        top.addWidget(QLabel(self.tr("기준일")))
        top.addWidget(self.on)
        top.addWidget(self.count)
        top.addStretch(1)
        self.export_button = QPushButton(self.tr("명단 엑셀로 저장…"))
        self.export_button.clicked.connect(self._ask_export)
        top.addWidget(self.export_button)
        self.layout_.addLayout(top)

        self.model = RowsModel([
            Column(self.tr("번호"), lambda r: r.subject_no),
            Column(self.tr("성명"), lambda r: r.name),
            Column(self.tr("주민등록번호"), lambda r: r.resident_number_masked),
            Column(self.tr("서비스"), lambda r: r.service_label),
            Column(self.tr("입소(이용 시작)일"), lambda r: r.admitted_on),
            Column(self.tr("무연고"), lambda r: r.no_kin),
        ], parent=self)
        self.table = rows_table(self.model)
        self.layout_.addWidget(self.table, 1)

        forms = QHBoxLayout()
        admit = QGroupBox(self.tr("입소 / 이용 시작"))
        af = QFormLayout(admit)
        self.subject = SubjectCombo()
        self.service = QComboBox()
        for svc in service.services().values():
            self.service.addItem(svc.label, svc.id)
        self.start = date_edit()
        self.admit_note = QLineEdit()
        self.admit_button = QPushButton(self.tr("입소 처리(&A)"))
        self.admit_button.clicked.connect(self.admit)
        self.admit_note.returnPressed.connect(self.admit)
        af.addRow(self.tr("대상자"), self.subject)
        af.addRow(self.tr("서비스"), self.service)
        af.addRow(self.tr("시작일"), self.start)
        af.addRow(self.tr("비고"), self.admit_note)
        af.addRow("", self.admit_button)
        forms.addWidget(admit, 3)

        discharge = QGroupBox(self.tr("퇴소 / 이용 종료 (표에서 선택)"))
        df = QFormLayout(discharge)
        self.end = date_edit()
        self.reason = QComboBox()  # no reason until one is picked: a pre-picked 사망 would be saved unseen
        self.reason.addItem(self.tr("(사유를 고르세요)"), "")
        for reason in service.codes()["end_reasons"]:
            self.reason.addItem(reason, reason)
        self.discharge_button = QPushButton(self.tr("퇴소 처리(&D)"))
        self.discharge_button.clicked.connect(self.discharge)
        df.addRow(self.tr("종료일"), self.end)
        df.addRow(self.tr("사유"), self.reason)
        df.addRow("", self.discharge_button)
        forms.addWidget(discharge, 2)
        self.layout_.addLayout(forms)
        self.add_message_line()
        self.police = QLabel()
        self.police.setStyleSheet(POLICE_STYLE)
        self.police.setWordWrap(True)
        self.police.hide()
        self.layout_.addWidget(self.police)
        self.watch("episode", "subject", refresh=self.refresh)

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        on = py_date(self.on)
        Op(self, lambda ctx: _load(ctx, on)).success(self._show).run()

    def _show(self, result) -> None:
        rows, subjects = result
        self.model.set_rows(rows)
        self.count.setText(self.tr("재원 {0}명").format(len(rows)))
        self.subject.set_subjects(subjects)

    def admit(self) -> None:
        subject_id = self.chosen_subject(self.subject, self.tr("대상자를 목록에서 고르세요."))
        if subject_id is None:
            return

        def done(row):
            self.ok(self.tr("{0} 님 {1} 처리했습니다 ({2}). 입퇴소보고 초안을 만들었습니다.").format(
                row.subject_name, service.service_of(row.service).start, row.started_on))
            self.admit_note.clear()
            self.changed()

        svc, start, note = self.service.currentData(), py_date(self.start), self.admit_note.text()
        Op(self, lambda ctx: service.admit(ctx, subject_id, svc, start, note)).success(done).run()

    def discharge(self) -> None:
        row = self.model.row_at(self.table.currentIndex())
        if row is None:
            self._fail(self.tr("퇴소할 대상자를 표에서 고르세요."))
            return
        reason = self.reason.currentData()
        if not reason:
            self._fail(self.tr("퇴소 사유를 고르세요."))
            return
        end = service.service_of(row.service).end
        text = self.tr("{0} 님({1})을 {2}자로 {3} 처리합니다. 사유: {4}\n"
                       "재원 명단에서 빠지고 입퇴소보고 초안이 만들어집니다.").format(
            row.name, row.service_label, py_date(self.end), end, reason)
        if row.no_kin and reason in service.DEATH_OR_MISSING:
            text += self.tr("\n무연고자이므로 경찰 신고 기록이 열립니다.")
        if not dialogs.confirm(self, self.tr("{0} 처리").format(end), text, self.tr("{0} 처리").format(end)):
            return

        def done(ep):
            self.ok(self.tr("{0} 님 {1} 처리했습니다. 입퇴소보고 초안을 만들었습니다.").format(
                ep.subject_name, service.service_of(ep.service).end))
            self.police.setText(ep.police_notice)
            self.police.setVisible(bool(ep.police_notice))
            self.reason.setCurrentIndex(0)
            self.changed()

        episode_id, ended_on = row.episode_id, py_date(self.end)
        Op(self, lambda ctx: service.discharge(ctx, episode_id, ended_on, reason)).success(done).run()

    def _ask_export(self) -> None:
        on = py_date(self.on)
        path = self.ask_save_path(self.tr("재원자 명단 저장"), self.tr("재원자명단_{0}.xlsx").format(on))
        if path:
            self.export_roster(path)

    def export_roster(self, path, on_saved=None) -> None:
        on = py_date(self.on)
        self.save_file(lambda ctx, p: service.export_roster(ctx, on, p), path,
                       self.tr("재원자 명단 {1}명을 저장했습니다: {0}"), on_saved)
