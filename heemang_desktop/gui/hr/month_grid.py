"""The attendance month grid: its model (a day cell is typed into: "0900-1800", "결근 병원") and a view
whose 사번/성명 columns stay put while the days and totals scroll under them (Qt's frozen-column
example: a second view over the first, sharing its model and selection)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
)

ROOT = QModelIndex()  # Qt's "no parent": the default of the model methods below
FIXED = 2  # 사번, 성명
TOTALS = ("근무일", "정규(시간)", "연장", "야간", "휴일", "결근", "휴가", "출장", "교육")
WEEKDAYS = "월화수목금토일"
SHADES = {"holiday": QColor("#fde2e2"), "rest": QColor("#eef2f8")}
DAY_WIDTH = 30
EDITOR_WIDTH = 190  # a day column is 30 px: the editor spreads over the next days while typing


def _hours(minutes: int) -> str:
    return f"{minutes / 60:.1f}".rstrip("0").rstrip(".") if minutes else ""


class MonthGridModel(QAbstractTableModel):
    day_typed = Signal(str, object, str)  # employee id, day, the text typed into its cell

    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid = None
        self.refused: dict[tuple, str] = {}  # (employee id, day) -> text the rules refused, offered again to fix

    def set_grid(self, grid) -> None:
        """A grid of the same month and people only changes cells: the selection and scroll stay."""
        same = (self.grid is not None and grid.month == self.grid.month
                and [r.summary.employee_id for r in grid.rows] == [r.summary.employee_id for r in self.grid.rows])
        if same:
            self.grid = grid
            if grid.rows:
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent=ROOT):
        return 0 if parent.isValid() or self.grid is None else len(self.grid.rows)

    def columnCount(self, parent=ROOT):
        return 0 if parent.isValid() or self.grid is None else FIXED + len(self.grid.days) + len(TOTALS)

    def day_index(self, column: int) -> int | None:
        i = column - FIXED
        return i if self.grid is not None and 0 <= i < len(self.grid.days) else None

    def index_of(self, employee_id: str, day) -> QModelIndex:
        if self.grid is None or day not in self.grid.days:
            return QModelIndex()
        row = next((r for r, g in enumerate(self.grid.rows) if g.summary.employee_id == employee_id), None)
        return QModelIndex() if row is None else self.index(row, FIXED + self.grid.days.index(day))

    def day_at(self, index: QModelIndex):
        """(employee id, day) of a day cell, else None."""
        i = self.day_index(index.column()) if index.isValid() else None
        return None if i is None else (self.grid.rows[index.row()].summary.employee_id, self.grid.days[i])

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or self.grid is None:
            return None
        i = self.day_index(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section < FIXED:
                return self.tr(("사번", "성명")[section])
            if i is not None:
                d = self.grid.days[i]
                return f"{d.day}\n{self.tr(WEEKDAYS[d.weekday()])}"
            return self.tr(TOTALS[section - FIXED - len(self.grid.days)])
        if role == Qt.ItemDataRole.ForegroundRole and i is not None and self.grid.day_kinds[i] == "holiday":
            return QBrush(QColor("#c62828"))
        return None

    def flags(self, index):
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if self.day_index(index.column()) is not None else flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.grid is None:
            return None
        row = self.grid.rows[index.row()]
        col = index.column()
        i = self.day_index(col)
        if role == Qt.ItemDataRole.DisplayRole:
            s = row.summary
            if col < FIXED:
                return (s.employee_no, s.name)[col]
            if i is not None:
                return row.cells[i]
            totals = (s.work_days, _hours(s.regular_minutes), _hours(s.overtime_minutes), _hours(s.night_minutes),
                      _hours(s.holiday_minutes), s.absent_days, s.leave_days, s.trip_days, s.training_days)
            value = totals[col - FIXED - len(self.grid.days)]
            return "" if value in (0, "") else str(value)
        if role == Qt.ItemDataRole.EditRole and i is not None:
            refused = self.refused.get((row.summary.employee_id, self.grid.days[i]))
            return refused if refused is not None else row.entries[i] if row.entries else ""
        if role == Qt.ItemDataRole.ToolTipRole and i is not None:
            return row.notes[i] or None
        if role == Qt.ItemDataRole.BackgroundRole and i is not None:
            shade = SHADES.get(self.grid.day_kinds[i])
            return QBrush(shade) if shade else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= FIXED:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        """The page saves it (on the database thread); the grid shows it once the change comes back."""
        day = self.day_at(index)
        if role != Qt.ItemDataRole.EditRole or day is None:
            return False
        stored = self.refused.pop(day, None)
        if stored is not None or str(value).strip() != self.data(index, Qt.ItemDataRole.EditRole).strip():
            self.day_typed.emit(day[0], day[1], str(value))
        return True


class DayDelegate(QStyledItemDelegate):
    """A day's editor wide enough to read "0930-1800 지각 병원" while it is typed."""

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setPlaceholderText(self.tr("0900-1800"))
            editor.setStyleSheet("border: 2px solid #1e6fd9; background: white;")
        return editor

    def updateEditorGeometry(self, editor, option, index) -> None:
        rect = option.rect
        rect.setWidth(max(rect.width(), EDITOR_WIDTH))
        viewport = editor.parentWidget()
        if viewport is not None and rect.right() > viewport.width():  # the last days open leftwards
            rect.moveRight(option.rect.right())
        editor.setGeometry(rect)


class FrozenGridView(QTableView):
    """The grid with its first FIXED columns frozen; typing on a day cell edits it, Enter saves and moves to the
    next day, Delete clears the selected days (`clear_requested`)."""

    clear_requested = Signal(list)  # [(employee id, day), ...]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.frozen = QTableView(self)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setMinimumSectionSize(26)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegate(DayDelegate(self))
        f = self.frozen
        f.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        f.verticalHeader().hide()
        f.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        f.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        f.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        f.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        f.setStyleSheet("QTableView { border: none; border-right: 1px solid #999; background: palette(base); }")
        self.viewport().stackUnder(f)
        self.horizontalHeader().sectionResized.connect(self._section_resized)
        f.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(f.verticalScrollBar().setValue)

    def setModel(self, model) -> None:
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        model.modelReset.connect(self.sync_frozen)
        self.sync_frozen()

    def sync_frozen(self) -> None:
        model = self.model()
        for c in range(model.columnCount()):
            self.frozen.setColumnHidden(c, c >= FIXED)
            if c < FIXED:
                self.frozen.setColumnWidth(c, self.columnWidth(c))
        self.frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())
        for r in range(model.rowCount()):
            self.frozen.setRowHeight(r, self.rowHeight(r))
        self._place()

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if column < FIXED:
            self.frozen.setColumnWidth(column, new)
            self._place()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        width = sum(self.columnWidth(c) for c in range(FIXED)) + self.frameWidth()
        self.frozen.setGeometry(self.frameWidth(), self.frameWidth(), width,
                                self.viewport().height() + self.horizontalHeader().height())

    def moveCursor(self, action, modifiers):
        # Moving left past the frozen columns scrolls the days back into sight beside them.
        current = super().moveCursor(action, modifiers)
        frozen = sum(self.columnWidth(c) for c in range(FIXED))
        if (action == QAbstractItemView.CursorAction.MoveLeft and current.column() >= FIXED
                and self.visualRect(current).topLeft().x() < frozen):
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + self.visualRect(current).topLeft().x() - frozen)
        return current

    def scrollTo(self, index, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        if index.column() >= FIXED:
            super().scrollTo(index, hint)

    def keyPressEvent(self, event) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not editing:
            days = [d for d in (self.model().day_at(i) for i in self.selectedIndexes()) if d is not None]
            if days:
                self.clear_requested.emit(days)
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor, hint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.RevertModelCache:  # Esc: a refused text is given up
            self.model().refused.clear()
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter: on to the next day
            current = self.currentIndex()
            nxt = current.siblingAtColumn(current.column() + 1)
            if self.model().day_index(nxt.column()) is not None:
                self.setCurrentIndex(nxt)
