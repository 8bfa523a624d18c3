"""Pieces the subject pages share: a paged table model and its view, a subject chooser, won and date-time inputs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QDateTime, QModelIndex, Qt, QTime
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QComboBox, QDateEdit, QDateTimeEdit, QHeaderView, QLineEdit, QTableView

from heemang_desktop.subjects.service import now_seoul
from heemang_desktop.sync import service as sync_service

from heemang_desktop.gui.operation import Op, report_user_error

PAGE = 200
_ROOT = QModelIndex()  # a table's rows hang off the invalid (root) index


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[object], object]
    right: bool = False  # numbers and amounts


def show(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "예" if value else ""
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class RowsModel(QAbstractTableModel):
    """DTO rows shown by columns. With `fetch(ctx, *args, offset, limit)`, rows arrive a page at a time
    (canFetchMore/fetchMore), each read an Op of `parent` (the page)."""

    def __init__(self, columns: Sequence[Column], fetch=None, parent=None, sync_column: bool = False):
        """`sync_column`: a last 전송 column with each row's sync state and refusal reason (sync's door)."""
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list = []
        self.states: dict[str, tuple[str, str]] = {}  # row id -> (sync state, reason)
        self._sync = sync_column
        if sync_column:
            self.columns.append(Column(QCoreApplication.translate("sync", "전송"), self._sync_text))
        self._page, self._fetch = parent, fetch
        self._args: tuple = ()
        self._more = False
        self._loading = False
        self._generation = 0

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._more = False
        self.endResetModel()

    def load(self, *args, on_loaded=None) -> None:
        """Start over with the fetch function's `args`; the first page comes back from the worker."""
        self._args = args
        self._generation += 1
        self.beginResetModel()
        self.rows, self._more, self._loading = [], True, False
        self.endResetModel()
        self._next_page(on_loaded)

    def _next_page(self, on_loaded=None) -> None:
        generation = self._generation
        self._loading = True

        def done(answer):
            page, states = answer
            if generation != self._generation:
                return  # a newer search replaced this one
            self.states.update(states)
            self._loading = False
            self._more = len(page) == PAGE
            if page:
                self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
                self.rows.extend(page)
                self.endInsertRows()
            if on_loaded:
                on_loaded()

        def failed(error):
            if generation == self._generation:
                self._loading, self._more = False, False
            report_user_error(self._page, error)

        args, offset, fetch, sync = self._args, len(self.rows), self._fetch, self._sync

        def read(ctx):
            page = fetch(ctx, *args, offset, PAGE)
            return page, (sync_service.record_states(ctx, [r.id for r in page]) if sync else {})

        Op(self._page, read).success(done).failure(failed).run()

    def _sync_text(self, row) -> str:
        state, reason = self.states.get(row.id, ("", ""))
        return f"{state}: {reason}" if reason else state

    def canFetchMore(self, parent=_ROOT) -> bool:
        return not parent.isValid() and self._fetch is not None and self._more and not self._loading

    def fetchMore(self, parent=_ROOT) -> None:
        if self.canFetchMore(parent):
            self._next_page()

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return show(col.value(self.rows[index.row()]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignRight if col.right else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None

    def row_at(self, index):
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None


def rows_table(model: RowsModel) -> QTableView:
    """A view of `model` chosen by whole rows, without row numbers, its columns sharing the width."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


class MoneyEdit(QLineEdit):
    """Amounts typed as plain digits, shown with commas once typed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText("0")
        self.setValidator(QIntValidator(0, 2_000_000_000, self))
        self.editingFinished.connect(self._format)
        self.textEdited.connect(self._strip)

    def _strip(self, text: str) -> None:
        if "," in text:
            self.setText(text.replace(",", ""))

    def _format(self) -> None:
        if self.text():
            self.setText(f"{self.value():,}")

    def value(self) -> int:
        digits = self.text().replace(",", "")
        return int(digits) if digits.isdigit() else 0

    def set_value(self, won: int) -> None:
        self.setText(f"{won:,}")


class SubjectCombo(QComboBox):
    """Choose a subject by typing part of the name (the list comes from the service)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumWidth(200)
        self.completer().setFilterMode(Qt.MatchFlag.MatchContains)

    def set_subjects(self, rows) -> None:
        current = self.currentData()
        self.clear()
        for r in rows:
            label = f"{r.name} ({r.subject_no})" if r.subject_no else f"{r.name} ({r.resident_number_masked or '-'})"
            self.addItem(label, r.id)
        if current:
            self.select(current)

    def select(self, subject_id: str) -> None:
        i = self.findData(subject_id)
        if i >= 0:
            self.setCurrentIndex(i)

    def subject_id(self) -> str | None:
        i = self.findText(self.currentText())
        return self.itemData(i) if i >= 0 else None


def date_edit(value: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(value or now_seoul().date()))
    return edit


class OptionalDateEdit(QDateEdit):
    """A date that may stay empty: blank until the user picks or types one, and `value()` is None
    then. A plain QDateEdit always holds a date, so an untouched field would save today's."""

    EMPTY = QDate(1900, 1, 1)  # below any date used here; shown blank (the special value text)

    def __init__(self, value: date | None = None, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(self.EMPTY)
        self.setSpecialValueText(" ")
        self.setToolTip(self.tr("비워 두려면 Delete 키를 누르세요"))
        self.calendarWidget().installEventFilter(self)
        self.set_value(value)

    def value(self) -> date | None:
        return None if self.date() == self.EMPTY else self.date().toPython()

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value) if value else self.EMPTY)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.set_value(None)
            return
        if self.value() is None and (event.text().isdigit() or event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)):
            self.set_value(now_seoul().date())  # typing into a blank date starts from today
        super().keyPressEvent(event)

    def eventFilter(self, watched, event) -> bool:
        # A blank date's calendar would open on January 1900: open it on this month instead.
        if watched is self.calendarWidget() and event.type() == event.Type.Show and self.value() is None:
            today = now_seoul().date()
            watched.setCurrentPage(today.year, today.month)
        return False


def py_date(edit: QDateEdit) -> date:
    return edit.date().toPython()


def datetime_edit(value: datetime | None = None) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    value = value or now_seoul()  # Seoul wall time, whatever zone this PC is set to
    edit.setDateTime(QDateTime(QDate(value.date()), QTime(value.hour, value.minute)))
    return edit


def py_datetime(edit: QDateTimeEdit) -> datetime:
    return edit.dateTime().toPython().replace(second=0, microsecond=0, tzinfo=None)


POLICE_STYLE = ("background: #fdecea; color: #8a1c1c; border: 1px solid #e57373; padding: 8px; "
                "font-weight: bold;")
