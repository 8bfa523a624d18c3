"""The resolution list as a paged model: pages come from the database worker as the view scrolls."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from heemang_desktop.accounting import service

from heemang_desktop.gui.operation import Op

COLUMNS = ("번호", "결의일자", "구분", "사업명", "금액", "적요", "거래처", "상태", "전송")
SYNC = 8
SORT_KEYS = {0: "number", 1: "date", 3: "business", 4: "total"}
ROOT = QModelIndex()  # the table's (invalid) root index, the default parent


class ResolutionListModel(QAbstractTableModel):
    def __init__(self, page):
        super().__init__(page)
        self.page = page  # pages run the searches (Op): errors reach the page, never a red line here
        self.rows = []
        self.query = service.ResolutionQuery()
        self.next_after = None
        self.loading = False
        self.generation = 0  # answers to an older query are dropped

    def search(self, query: service.ResolutionQuery) -> None:
        self.generation += 1
        self.query = query
        self.beginResetModel()
        self.rows, self.next_after = [], None
        self.endResetModel()
        self._load(query)

    def refresh(self) -> None:
        self.search(self.query)

    def _load(self, query: service.ResolutionQuery) -> None:
        self.loading = True
        generation = self.generation
        Op(self.page, lambda ctx: service.search_resolutions(ctx, query)).success(
            lambda page: self._arrived(generation, page)).failure(self._failed).run()

    def _failed(self, error) -> None:
        self.loading = False
        self.page.show_error(error)

    def _arrived(self, generation: int, page) -> None:
        if generation != self.generation:
            return
        self.loading = False
        if page.rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()
        self.next_after = page.next_after

    def canFetchMore(self, parent=ROOT) -> bool:
        return not parent.isValid() and self.next_after is not None and not self.loading

    def fetchMore(self, parent=ROOT) -> None:
        if self.canFetchMore(parent):
            self._load(replace(self.query, after=self.next_after))

    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=ROOT) -> int:
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.rows[index.row()]
        c = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            sync = f"{row.sync_state}: {row.sync_reason}" if row.sync_reason else row.sync_state
            return (row.number, row.resolution_date.isoformat(), row.kind, row.business_name, f"{row.total:,}",
                    row.summary, row.vendor, row.state_label, sync)[c]
        if role == Qt.ItemDataRole.TextAlignmentRole and c == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and c == 3:
            return "\n".join(f"{code}  {amount:,}원" for code, amount in row.lines)
        if c == SYNC and row.sync_reason:  # refused or in conflict: the user has to act on it
            if role == Qt.ItemDataRole.ToolTipRole:
                return row.sync_reason
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#b00020")
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        self.search(replace(self.query, sort=key, descending=order == Qt.SortOrder.DescendingOrder, after=None))
