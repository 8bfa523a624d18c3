"""인사 > 인사카드: the card list (paged) and the card editor. Resident and account numbers show masked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QWidget,
)

from heemang_desktop.hr import service
from heemang_desktop.sync import service as sync_service

from heemang_desktop.gui import dialogs
from heemang_desktop.gui.audit.reveal import with_reveal
from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.pages.base import Page
from heemang_desktop.gui.upload_dialog import UploadDialog
from heemang_desktop.gui.widgets.message_line import MessageLine

PAGE = 200
PHOTO_SIZE = (90, 120)  # 3x4 ID photo proportions
ROOT = QModelIndex()  # Qt's "no parent": the default of the model methods below
COLUMNS = ("사번", "성명", "직종", "직위", "고용형태", "입사일", "퇴사일", "주민등록번호", "기본급/일급", "전송")
SYNC_COLUMN = len(COLUMNS) - 1


def _cards(ctx, **query):
    """A page of cards with each one's sync state (전송 대기 / 거부됨: reason …) from sync's door."""
    rows = service.list_employees(ctx, **query)
    return rows, sync_service.record_states(ctx, [r.id for r in rows])


def _who(card) -> str:
    """How a confirmation names the card: 성명(사번)."""
    return f"{card.name}({card.employee_no})" if card.employee_no else card.name


def won(n: int) -> str:
    return f"{n:,}" if n else ""


class CardsModel(QAbstractTableModel):
    """Cards, fetched a page at a time as the view scrolls (canFetchMore/fetchMore)."""

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.rows: list = []
        self.states: dict[str, tuple[str, str]] = {}  # card id -> (sync state, reason)
        self.search, self.retired = "", True
        self._more, self._loading = False, False
        self._generation = 0

    def reload(self, search: str, retired: bool) -> None:
        """The old rows stay on screen until the first new page arrives (no empty flash)."""
        self.search, self.retired = search, retired
        self._generation += 1
        self._loading = True
        generation = self._generation
        op = Op(self.page, lambda ctx: _cards(ctx, search=search, include_retired=retired, limit=PAGE))
        op.success(lambda page: self._replaced(generation, page)).failure(lambda e: self._failed(generation, e)).run()

    def _failed(self, generation: int, error) -> None:
        if generation == self._generation:
            self._loading = False
            self.page.message.show_error(str(error))

    def _replaced(self, generation: int, page) -> None:
        if generation != self._generation:
            return  # a newer search is on its way
        rows, states = page
        self.beginResetModel()
        self.rows, self.states, self._more, self._loading = list(rows), dict(states), len(rows) == PAGE, False
        self.endResetModel()

    def canFetchMore(self, parent=ROOT) -> bool:
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent=ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation, search, retired, offset = self._generation, self.search, self.retired, len(self.rows)
        Op(self.page, lambda ctx: _cards(ctx, search=search, include_retired=retired, offset=offset,
                                         limit=PAGE)).success(
            lambda page: self._arrived(generation, page)).failure(lambda e: self._failed(generation, e)).run()

    def _arrived(self, generation: int, page) -> None:
        if generation != self._generation:
            return
        page, states = page
        self._loading = False
        self._more = len(page) == PAGE
        self.states.update(states)
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows += page
            self.endInsertRows()

    def rowCount(self, parent=ROOT):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=ROOT):
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            pay = won(c.daily_wage) + "/일" if c.is_day_laborer else won(c.base_pay)
            state, reason = self.states.get(c.id, ("", ""))
            return (c.employee_no, c.name, c.job_type, c.position, c.employment_type, f"{c.hire_date:%Y-%m-%d}",
                    f"{c.leave_date:%Y-%m-%d}" if c.leave_date else "", c.resident_number_masked, pay,
                    f"{state}: {reason}" if reason else state)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == SYNC_COLUMN:
            return self.states.get(c.id, ("", ""))[1] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 8:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class MoneyEdit(QLineEdit):
    """Won typed as plain digits, shown with commas."""

    def __init__(self):
        super().__init__()
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.textEdited.connect(self._format)

    def _format(self, text: str) -> None:
        digits = "".join(ch for ch in text if ch.isdigit())
        self.setText(f"{int(digits):,}" if digits else "")

    def value(self) -> int:
        digits = "".join(ch for ch in self.text() if ch.isdigit())
        return int(digits) if digits else 0

    def set_value(self, n: int) -> None:
        self.setText(f"{n:,}" if n else "")


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    edit.setDate(QDate.currentDate())
    return edit


class CardEditor(QGroupBox):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("인사카드"))
        form = QFormLayout(self)
        self.employee_no, self.name, self.position = QLineEdit(), QLineEdit(), QLineEdit()
        self.job_type = QComboBox()
        self.job_type.setEditable(True)
        self.job_type.addItems(["", *service.job_types()])  # a new card's 직종 is chosen, never assumed
        self.job_type.lineEdit().setPlaceholderText(self.tr("직종을 고르거나 입력"))
        self.employment_type = QComboBox()
        self.employment_type.addItems(service.employment_types())
        self.hire_date = _date_edit()
        self.rrn, self.account = QLineEdit(), QLineEdit()
        card_id = lambda: self.card.id if self.card else None  # noqa: E731
        self.rrn_row = with_reveal(self.rrn, "employee", "resident_number", card_id)
        self.account_row = with_reveal(self.account, "employee", "bank_account", card_id)
        self.phone, self.email, self.address, self.bank = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.base_pay, self.daily_wage = MoneyEdit(), MoneyEdit()
        self.dependants, self.children = QSpinBox(), QSpinBox()
        self.dependants.setRange(1, 20)
        self.children.setRange(0, 20)
        flags = QWidget()
        row = QHBoxLayout(flags)
        row.setContentsMargins(0, 0, 0, 0)
        self.flags = {}
        for attr, label in (("pension", "국민연금"), ("health", "건강보험"), ("employment_insurance", "고용보험"),
                            ("accident_insurance", "산재보험")):
            box = QCheckBox(self.tr(label))
            box.setChecked(True)
            self.flags[attr] = box
            row.addWidget(box)
        for label, widget in (("사번", self.employee_no), ("성명", self.name), ("직종", self.job_type),
                              ("직위", self.position), ("고용형태", self.employment_type), ("입사일", self.hire_date),
                              ("주민등록번호", self.rrn_row), ("연락처", self.phone), ("이메일", self.email),
                              ("주소", self.address), ("은행", self.bank), ("계좌번호", self.account_row),
                              ("기본급(월)", self.base_pay), ("일급(일용직)", self.daily_wage),
                              ("부양가족수", self.dependants), ("20세 이하 자녀", self.children), ("4대보험", flags)):
            form.addRow(self.tr(label), widget)
        photo_row = QHBoxLayout()
        self.photo = QLabel(self.tr("사진 없음"))
        self.photo.setFixedSize(PHOTO_SIZE[0], PHOTO_SIZE[1])
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("border: 1px solid #bbb; color: #777;")
        self.photo_button = QPushButton(self.tr("사진…"))
        self.photo_button.setToolTip(self.tr("PNG 또는 JPEG, 5MB 이하. 카드를 저장한 뒤 넣을 수 있습니다."))
        photo_row.addWidget(self.photo)
        photo_row.addWidget(self.photo_button, 0, Qt.AlignmentFlag.AlignBottom)
        photo_row.addStretch(1)
        form.addRow(self.tr("사진"), photo_row)
        self.card = None

    def show_card(self, card) -> None:
        self.card = card
        c = card
        self.employee_no.setText(c.employee_no if c else "")
        self.name.setText(c.name if c else "")
        self.job_type.setCurrentText(c.job_type if c else "")
        self.position.setText(c.position if c else "")
        self.employment_type.setCurrentText(c.employment_type if c else "정규")
        d = c.hire_date if c else date.today()
        self.hire_date.setDate(QDate(d.year, d.month, d.day))
        # PII stays masked: typing a new value replaces it, leaving the field empty keeps it.
        self.rrn.clear()
        self.rrn.setPlaceholderText(c.resident_number_masked if c and c.resident_number_masked else "900101-1234567")
        self.account.clear()
        self.account.setPlaceholderText(c.bank_account_masked if c and c.bank_account_masked else "")
        for widget, value in ((self.phone, "phone"), (self.email, "email"), (self.address, "address"),
                              (self.bank, "bank_name")):
            widget.setText(getattr(c, value) if c else "")
        self.base_pay.set_value(c.base_pay if c else 0)
        self.daily_wage.set_value(c.daily_wage if c else 0)
        self.dependants.setValue(c.dependants if c else 1)
        self.children.setValue(c.children_under_20 if c else 0)
        for attr, box in self.flags.items():
            box.setChecked(getattr(c, attr) if c else True)
        self.photo_button.setEnabled(c is not None)
        self.show_photo(None)

    def show_photo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.photo.setPixmap(pixmap.scaled(self.photo.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        else:
            self.photo.clear()
            self.photo.setText(self.tr("사진 없음"))

    def value(self):
        q = self.hire_date.date()
        changes = dict(
            employee_no=self.employee_no.text(), name=self.name.text(), job_type=self.job_type.currentText().strip(),
            position=self.position.text().strip(), employment_type=self.employment_type.currentText(),
            hire_date=date(q.year(), q.month(), q.day()), phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            address=self.address.text().strip(), bank_name=self.bank.text().strip(), base_pay=self.base_pay.value(),
            daily_wage=self.daily_wage.value(), dependants=self.dependants.value(),
            children_under_20=self.children.value(), resident_number=self.rrn.text().strip() or None,
            bank_account=self.account.text().strip() or None,
            **{attr: box.isChecked() for attr, box in self.flags.items()},
        )
        if self.card is None:
            return service.EmployeeInput(**changes)
        data = service.input_from(self.card)
        for k, v in changes.items():
            setattr(data, k, v)
        return data


class EmployeesPage(Page):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("이름·사번·직종 찾기 (Ctrl+F)"))
        self.search.returnPressed.connect(self.reload)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        self.retired = QCheckBox(self.tr("퇴사자 포함"))
        self.retired.toggled.connect(lambda _c: self.reload())
        new_button = QPushButton(self.tr("새 카드(&N)"))
        new_button.clicked.connect(self.new_card)
        self.upload_button = QPushButton(self.tr("인사카드 업로드…"))
        self.upload_button.clicked.connect(self.open_upload)
        self.template_button = QPushButton(self.tr("빈 양식 저장…"))
        self.template_button.clicked.connect(self._template)
        self.export_button = QPushButton(self.tr("내보내기…"))
        self.export_button.setToolTip(self.tr(
            "목록을 인사카드 양식 그대로 엑셀로 저장합니다 (주민등록번호·계좌번호는 빼고)."))
        self.export_button.clicked.connect(self._export)
        bar.addWidget(self.search, 1)
        for w in (self.retired, new_button, self.upload_button, self.template_button, self.export_button):
            bar.addWidget(w)
        self.layout_.addLayout(bar)
        self.model = CardsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(self._picked)
        self.model.rowsInserted.connect(lambda *_: self.table.resizeColumnsToContents())
        self.model.modelReset.connect(self._reselect)
        self.editor = CardEditor()
        scroll = QScrollArea()  # the card's 18 fields scroll on a 768-pixel-high screen
        scroll.setWidget(self.editor)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        right = QWidget()
        col = QFormLayout(right)
        col.setContentsMargins(0, 0, 0, 0)
        col.addRow(scroll)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("저장(&S)"))
        self.save_button.clicked.connect(self.save)
        self.leave_date = _date_edit()
        retire = QPushButton(self.tr("퇴사 처리"))
        retire.clicked.connect(self._retire)
        delete = QPushButton(self.tr("삭제"))
        delete.clicked.connect(self._delete)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("퇴사일")))
        buttons.addWidget(self.leave_date)
        buttons.addWidget(retire)
        buttons.addWidget(delete)
        col.addRow(buttons)
        self.message = MessageLine()
        col.addRow(self.message)
        for edit in self.editor.findChildren(QLineEdit):
            edit.returnPressed.connect(self.save)
        self.editor.photo_button.clicked.connect(self._choose_photo)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.layout_.addWidget(split, 1)
        self.editor.show_card(None)
        self.upload = None
        self.watch("employee", refresh=self.reload)

    def activated(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.model.reload(self.search.text(), self.retired.isChecked())

    def _picked(self, current, _previous) -> None:
        if current.isValid():
            self.show_card(self.model.rows[current.row()])

    def _reselect(self) -> None:
        """After a reload the card in the editor stays selected if still listed; the editor keeps what the user
        typed (a sync's reload must not wipe it)."""
        card = self.editor.card
        row = next((i for i, c in enumerate(self.model.rows) if card is not None and c.id == card.id), None)
        if row is not None:
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            self.table.selectRow(row)
            selection.blockSignals(False)

    def new_card(self) -> None:
        self.table.clearSelection()
        self.message.clear()
        self.editor.show_card(None)

    def show_card(self, card) -> None:
        self.editor.show_card(card)
        if card is not None and card.photo_file:
            card_id = card.id
            Op(self, lambda ctx: (card_id, service.photo_bytes(ctx, card_id))).success(self._photo_arrived).run()

    def _photo_arrived(self, result) -> None:
        employee_id, data = result
        if self.editor.card is not None and self.editor.card.id == employee_id:  # still the card on screen
            self.editor.show_photo(data)

    def _choose_photo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("사진 고르기"), "", self.tr("사진 (*.png *.jpg *.jpeg)"))
        if name:
            self.set_photo(name)

    def set_photo(self, path: str) -> None:
        card = self.editor.card
        if card is None:
            return
        self.message.clear()
        Op(self, lambda ctx: service.set_photo(ctx, card.id, Path(path))).success(
            lambda c: self._saved(c, self.tr("사진을 넣었습니다."))).run()

    def _saved(self, card, text: str) -> None:
        self.show_card(card)
        self.message.show_ok(text)
        self.changed()

    def save(self) -> None:
        card = self.editor.card
        self.message.clear()
        data = self.editor.value()
        Op(self, lambda ctx: service.save_employee(ctx, card.id if card else None, data)).success(
            lambda saved: self._saved(saved, self.tr("저장했습니다."))).run()

    def _retire(self) -> None:
        card = self.editor.card
        if card is None:
            return
        q = self.leave_date.date()
        day = date(q.year(), q.month(), q.day())
        if not dialogs.confirm(self, self.tr("퇴사 처리"), self.tr(
                "{0} 님을 {1}자로 퇴사 처리합니다.\n"
                "인사카드는 퇴사자로 남습니다 ('퇴사자 포함'을 켜면 보입니다).").format(
                _who(card), day), self.tr("퇴사 처리")):
            return
        self.message.clear()
        Op(self, lambda ctx: service.retire_employee(ctx, card.id, day)).success(
            lambda c: self._saved(c, self.tr("퇴사 처리했습니다."))).run()

    def _delete(self) -> None:
        card = self.editor.card
        if card is None:
            return
        if not dialogs.confirm(self, self.tr("인사카드 삭제"), self.tr(
                "{0} 님의 인사카드를 삭제합니다. 되돌릴 수 없습니다.\n"
                "근무한 적이 있는 직원이면 삭제 대신 퇴사 처리하세요.").format(_who(card)),
                self.tr("삭제")):
            return
        self.message.clear()

        def deleted(_result) -> None:
            self.editor.show_card(None)
            self.message.show_ok(self.tr("삭제했습니다."))
            self.changed()

        Op(self, lambda ctx: service.delete_employee(ctx, card.id)).success(deleted).run()

    # -- files ----------------------------------------------------------------------------
    def open_upload(self) -> UploadDialog:
        self.upload = UploadDialog("employees", self.tr("인사카드 엑셀 업로드"), self)
        self.upload.saved.connect(lambda _r: self.changed())  # the list follows the upload's broadcast
        self.upload.open()
        return self.upload

    def _template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("빈 양식 저장"), "인사카드_양식.xlsx", "Excel (*.xlsx)")
        if name:
            Op(self, lambda _ctx: service.write_employee_template(Path(name))).success(
                lambda _r: self.message.show_ok(self.tr("빈 양식을 저장했습니다: {0}").format(name))).run()

    def _export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("인사카드 내보내기"), "인사카드.xlsx", "Excel (*.xlsx)")
        if name:
            retired = self.retired.isChecked()
            Op(self, lambda ctx: service.export_employees(ctx, Path(name), include_retired=retired),
               label=self.tr("내보내는 중…")).success(
                lambda n: self.message.show_ok(self.tr("{0}명을 저장했습니다: {1}").format(f"{n:,}", name))).run()
