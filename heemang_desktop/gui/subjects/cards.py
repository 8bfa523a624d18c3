"""대상자관리 > 대상자 정보: search, the card form, the 무연고 police notice, the subject's timeline, and the
대상자 workbook (upload, blank form)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from heemang_desktop.inquiries import service as inquiries
from heemang_desktop.subjects import service

from heemang_desktop.gui.audit.reveal import with_reveal
from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.subjects.page import SubjectPage
from heemang_desktop.gui.subjects.widgets import (
    POLICE_STYLE,
    Column,
    OptionalDateEdit,
    RowsModel,
    datetime_edit,
    py_datetime,
)
from heemang_desktop.gui.widgets.message_line import MessageLine

SEX_LABEL = {"M": "남", "F": "여", "": ""}
# What the list and the open card show: any of these changed elsewhere (another page, a sync) reloads the list.
SHOWN = ("subject", "no_kin_report")


class SubjectCardsPage(SubjectPage):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        self.current_id: str | None = None
        self.health_allowed = False
        splitter = QSplitter()
        self.layout_.addWidget(splitter, 1)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("성명·대상자번호, 또는 주민등록번호 13자리 (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        lv.addWidget(self.search)
        self.model = RowsModel([
            Column(self.tr("번호"), lambda r: r.subject_no),
            Column(self.tr("성명"), lambda r: r.name),
            Column(self.tr("주민등록번호"), lambda r: r.resident_number_masked),
            Column(self.tr("보장구분"), lambda r: r.support_category),
            Column(self.tr("무연고"), lambda r: r.no_kin),
        ], service.search_subjects, self, sync_column=True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        lv.addWidget(self.table)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("새 대상자(&N)"))
        self.new_button.clicked.connect(self.new_card)
        self.upload_button = QPushButton(self.tr("엑셀 올리기…"))
        self.upload_button.setToolTip(self.tr("대상자 엑셀(빈 양식에 적은 것)을 검사한 뒤 한꺼번에 저장합니다."))
        self.upload_button.clicked.connect(self.open_upload)
        self.template_button = QPushButton(self.tr("빈 양식 저장…"))
        self.template_button.clicked.connect(self._ask_template)
        for b in (self.new_button, self.upload_button, self.template_button):
            buttons.addWidget(b)
        lv.addLayout(buttons)
        self.list_message = MessageLine()  # what the upload and the blank form did
        lv.addWidget(self.list_message)
        splitter.addWidget(left)

        right = QWidget()
        rv = QVBoxLayout(right)
        self.police = QLabel()
        self.police.setStyleSheet(POLICE_STYLE)
        self.police.setWordWrap(True)
        self.police.hide()
        rv.addWidget(self.police)
        self.police_box = self._police_form()
        rv.addWidget(self.police_box)
        rv.addWidget(self._card_form())
        self.timeline_model = RowsModel([
            Column(self.tr("일시"), lambda i: i.at.strftime("%Y-%m-%d %H:%M") if i.at.hour or i.at.minute
                   else i.at.strftime("%Y-%m-%d")),
            Column(self.tr("구분"), lambda i: i.kind),
            Column(self.tr("내용"), lambda i: i.title),
            Column(self.tr("상세"), lambda i: i.detail),
        ], parent=self)
        box = QGroupBox(self.tr("이력 (입퇴소·외출·프로그램·일지·수납)"))
        bv = QVBoxLayout(box)
        self.timeline = QTableView()
        self.timeline.setModel(self.timeline_model)
        self.timeline.verticalHeader().setVisible(False)
        self.timeline.horizontalHeader().setStretchLastSection(True)
        self.timeline.setMinimumHeight(160)
        bv.addWidget(self.timeline)
        rv.addWidget(box, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(right)
        splitter.addWidget(scroll)
        splitter.setSizes([380, 620])

        self._debounce = QTimer(self, singleShot=True, interval=250, timeout=self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        self.watch(*SHOWN, refresh=self.refresh)
        self.upload = None
        self.new_card()

    # -- building ------------------------------------------------------------------------------
    def _combo(self, kind: str, blank: bool = False) -> QComboBox:
        combo = QComboBox()
        for value in ([""] if blank else []) + list(service.codes()[kind]):
            combo.addItem(value or self.tr("(없음)"), value)
        return combo

    def _card_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("대상자 카드"))
        form = QFormLayout(box)
        self.name = QLineEdit()
        self.rrn = QLineEdit()
        self.rrn.setPlaceholderText(self.tr("900101-1234567 (저장하면 가려서 보여 줍니다)"))
        self.rrn_shown = QLabel()
        self.subject_no = QLineEdit()
        self.birth = QLabel()
        self.category = self._combo("support_categories")
        self.grade = self._combo("ltc_grades")
        self.grade_from, self.grade_to = OptionalDateEdit(), OptionalDateEdit()  # empty until typed
        validity = QHBoxLayout()
        validity.addWidget(self.grade_from)
        validity.addWidget(QLabel("~"))
        validity.addWidget(self.grade_to)
        self.disability = self._combo("disability_degrees")
        self.guardian_name, self.guardian_phone = QLineEdit(), QLineEdit()
        self.guardian_relation = self._combo("guardian_relations", blank=True)
        guardian = QHBoxLayout()
        for w in (self.guardian_name, self.guardian_relation, self.guardian_phone):
            guardian.addWidget(w)
        self.guardian_name.setPlaceholderText(self.tr("성명"))
        self.guardian_phone.setPlaceholderText(self.tr("연락처"))
        self.no_kin = QCheckBox(self.tr("무연고자"))
        self.no_kin.toggled.connect(self._no_kin_toggled)
        self.notes = QLineEdit()
        self.health_label = QLabel(self.tr("건강 특이사항"))
        self.health = QPlainTextEdit()
        self.health.setMaximumHeight(60)
        self.save_button = QPushButton(self.tr("저장(&S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.message = MessageLine()
        form.addRow(self.tr("성명*"), self.name)
        form.addRow(self.tr("주민등록번호"), self.rrn)
        form.addRow("", with_reveal(self.rrn_shown, "subject", "resident_number", lambda: self.current_id))
        form.addRow(self.tr("생년월일·성별"), self.birth)
        form.addRow(self.tr("대상자번호"), self.subject_no)
        form.addRow(self.tr("보장구분"), self.category)
        form.addRow(self.tr("장기요양등급"), self.grade)
        form.addRow(self.tr("등급 유효기간"), validity)
        form.addRow(self.tr("장애정도"), self.disability)
        form.addRow(self.tr("보호자"), guardian)
        form.addRow("", self.no_kin)
        form.addRow(self.tr("비고"), self.notes)
        form.addRow(self.health_label, self.health)
        form.addRow("", self.save_button)
        form.addRow("", self.message)
        for w in (self.name, self.rrn, self.subject_no, self.notes, self.guardian_name, self.guardian_phone):
            w.returnPressed.connect(self.save)
        return box

    def _police_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("경찰 신고 기록"))
        row = QHBoxLayout(box)
        self.police_when = datetime_edit()
        self.police_station = QLineEdit()
        self.police_station.setPlaceholderText(self.tr("경찰서"))
        self.police_officer = QLineEdit()
        self.police_officer.setPlaceholderText(self.tr("담당자"))
        self.police_button = QPushButton(self.tr("신고 기록"))
        self.police_button.clicked.connect(self._record_police)
        for w in (self.police_when, self.police_station, self.police_officer, self.police_button):
            row.addWidget(w)
        box.hide()
        return box

    # -- behaviour -----------------------------------------------------------------------------
    def activated(self) -> None:
        Op(self, service.can_see_health).success(self._health_access).run()
        self.refresh()

    def _health_access(self, allowed: bool) -> None:
        self.health_allowed = allowed
        self._show_health(allowed)

    def _show_health(self, visible: bool) -> None:
        self.health_label.setVisible(visible)
        self.health.setVisible(visible)
        if not visible:
            self.health.clear()

    def refresh(self) -> None:
        self.model.load(self.search.text(), on_loaded=self.table.resizeColumnsToContents)

    def new_card(self) -> None:
        self.current_id = None
        self.table.clearSelection()
        for w in (self.name, self.rrn, self.subject_no, self.notes, self.guardian_name, self.guardian_phone):
            w.clear()
        self.health.clear()
        self.rrn_shown.clear()
        self.birth.clear()
        self.no_kin.setChecked(False)
        for combo in (self.category, self.grade, self.disability, self.guardian_relation):
            combo.setCurrentIndex(0)
        self.grade_from.set_value(None)
        self.grade_to.set_value(None)
        self.category.setCurrentIndex(max(0, self.category.findData("일반")))
        self.police.hide()
        self.police_box.hide()
        self.timeline_model.set_rows([])
        self.message.clear()
        self._show_health(self.health_allowed)
        self.name.setFocus()

    def _chosen(self, current, _previous) -> None:
        row = self.model.row_at(current)
        if row is not None:
            self.open_subject(row.id)

    def open_subject(self, subject_id: str) -> None:
        Op(self, lambda ctx: service.card_with_timeline(ctx, subject_id)).success(self._show_card).run()

    def _show_card(self, result) -> None:
        card, items = result
        self.current_id = card.id
        self.name.setText(card.name)
        self.rrn.clear()
        self.rrn_shown.setText(card.resident_number_masked)
        self.subject_no.setText(card.subject_no)
        self.birth.setText(f"{card.birth_date or ''} {SEX_LABEL.get(card.sex, '')}".strip())
        for combo, value in ((self.category, card.support_category), (self.grade, card.ltc_grade),
                             (self.disability, card.disability_degree)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.grade_from.set_value(card.ltc_valid_from)  # an empty date shows empty, not the last card's
        self.grade_to.set_value(card.ltc_valid_to)
        g = card.guardians[0] if card.guardians else service.Guardian("")
        self.guardian_name.setText(g.name)
        self.guardian_relation.setCurrentIndex(max(0, self.guardian_relation.findData(g.relation)))
        self.guardian_phone.setText(g.phone)
        self.no_kin.blockSignals(True)
        self.no_kin.setChecked(card.no_kin)
        self.no_kin.blockSignals(False)
        self.notes.setText(card.notes)
        self._show_health(card.health_visible)
        self.health.setPlainText(card.health_notes or "")
        self._police_due(card.police_report_due)
        self.timeline_model.set_rows(items)
        self.timeline.resizeColumnsToContents()

    def _police_due(self, due: bool) -> None:
        if due and not self.police_box.isVisible():
            self.police_when.setDateTime(datetime_edit().dateTime())  # now, when the notice appears
        self.police.setText(service.POLICE_NOTICE)
        self.police.setVisible(due)
        self.police_box.setVisible(due)

    def _no_kin_toggled(self, checked: bool) -> None:
        if checked:
            self.police.setText(service.POLICE_NOTICE)
            self.police.show()

    def _input(self) -> service.SubjectInput:
        has_grade = bool(self.grade.currentData())
        return service.SubjectInput(
            name=self.name.text(), resident_number=self.rrn.text(), subject_no=self.subject_no.text(),
            support_category=self.category.currentData(), ltc_grade=self.grade.currentData(),
            ltc_valid_from=self.grade_from.value() if has_grade else None,
            ltc_valid_to=self.grade_to.value() if has_grade else None,
            disability_degree=self.disability.currentData(),
            guardians=(service.Guardian(self.guardian_name.text(), self.guardian_relation.currentData(),
                                      self.guardian_phone.text()),),
            no_kin=self.no_kin.isChecked(), notes=self.notes.text(),
            health_notes=self.health.toPlainText() if self.health_allowed else None,
        )

    def save(self) -> None:
        data = self._input()
        label = self.tr("비고")

        def done(result):
            card, warning = result
            self._show_card((card, self.timeline_model.rows))
            text = self.tr("저장했습니다.")
            if card.warnings:
                text += " " + " ".join(card.warnings)
            self.message.show_ok(text)
            if warning:  # 비고 leaves the PC: a number in it is warned of, never refused
                self.message.show_warning(f"{text} {warning}")
            self.changed()

        def warned(ctx, card):
            return card, inquiries.leave_warning(ctx, label, data.notes, names=False)

        subject_id = self.current_id
        if subject_id is None:
            op = Op(self, lambda ctx: warned(ctx, service.register_subject(ctx, data)))
        else:
            op = Op(self, lambda ctx: warned(ctx, service.update_subject(ctx, subject_id, data)))
        op.success(done).run()

    def _record_police(self) -> None:
        if self.current_id is None:
            return

        subject_id, when = self.current_id, py_datetime(self.police_when)
        station, officer = self.police_station.text(), self.police_officer.text()

        def record(ctx):
            service.record_police_reports_for(ctx, subject_id, when, station, officer)
            return service.card_with_timeline(ctx, subject_id)

        def done(result):
            self._show_card(result)
            self.message.show_ok(self.tr("경찰 신고 기록을 저장했습니다."))
            self.changed()

        Op(self, record).success(done).run()

    # -- the 대상자 workbook ----------------------------------------------------------------------
    def open_upload(self):
        from heemang_desktop.gui.upload_dialog import UploadDialog

        self.upload = UploadDialog(service.TEMPLATE_KIND, self.tr("대상자 엑셀 업로드"), self)
        self.upload.open()
        return self.upload

    def _ask_template(self) -> None:
        path = self.ask_save_path(self.tr("빈 양식 저장"), self.tr("대상자_양식.xlsx"))
        if path:
            self.save_template(path)

    def save_template(self, path, on_saved=None) -> None:
        def done(_none):
            self.list_message.show_ok(self.tr("빈 양식을 저장했습니다: {0}").format(path))
            if on_saved:
                on_saved(path)

        Op(self, lambda _ctx: service.write_template(path)).success(done).failure(
            lambda e: self.list_message.show_error(str(e))).run()
