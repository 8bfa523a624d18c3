"""시군구보고 > 보고 목록·기한: the reports with their status and deadline (one moved before an outage
says why), reports due within 14 days that have no draft yet, a draft built from the registers for a
period, its rows, status steps, Excel and PDF."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
)

from heemang_desktop.reporting import service

from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.pages.base import Page
from heemang_desktop.gui.widgets.message_line import MessageLine
from heemang_desktop.gui.widgets.month_picker import MonthPicker

MOVED = QColor("#b26a00")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class Table(QAbstractTableModel):
    """A few dozen rows of text; `right` columns right-aligned, `marked` rows (a moved deadline) in amber."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[list[str]] = []
        self.right: set[int] = set()
        self.marked: set[int] = set()

    def set(self, headers, rows, right=(), marked=()) -> None:
        self.beginResetModel()
        self.headers, self.rows = list(headers), [list(r) for r in rows]
        self.right, self.marked = set(right), set(marked)
        self.endResetModel()

    def rowCount(self, parent=None) -> int:  # noqa: N802 - Qt's name
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):  # a long 비고 is cut: hover shows it
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self.marked:
            return MOVED
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def seoul(stamp: str) -> str:
    """A stored UTC timestamp as Seoul time, to the minute."""
    moment = datetime.fromisoformat(stamp)
    return (moment.replace(tzinfo=moment.tzinfo or UTC) + timedelta(hours=9)).strftime("%Y-%m-%d %H:%M")


def cell_text(value, kind: str) -> str:
    if value is None:
        return ""
    return f"{value:,}" if kind in ("money", "int") else str(value)


def deadline_cell(r) -> tuple[str, str]:
    """(기한, 비고) as the list shows them: a moved deadline with its original day and the reason."""
    d = r.deadline
    if d.due is None:
        return "기한 없음", d.rule
    if d.moved and d.on is not None:
        return f"{d.on:%Y-%m-%d} ⚠ (원래 {d.due:%m-%d})", d.reason
    return f"{d.due:%Y-%m-%d}", d.rule


class ReportsPage(Page):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        self.reports: list = []  # ReportView, or Upcoming (due soon, no draft yet) first
        self.on = date.today()  # what "due soon" counts from
        top = QHBoxLayout()
        self.kind = QComboBox()
        for kind, label in service.form_choices():
            self.kind.addItem(label, kind)
        self.period = MonthPicker()
        self.draft_button = QPushButton(self.tr("초안 만들기·다시 작성(&D)"))
        self.draft_button.clicked.connect(self.draft)
        top.addWidget(QLabel(self.tr("보고 종류")))
        top.addWidget(self.kind)
        top.addWidget(QLabel(self.tr("기간")))
        top.addWidget(self.period)
        top.addWidget(self.draft_button)
        top.addStretch(1)
        self.layout_.addLayout(top)

        self.list_model = Table(self)
        self.list_view = _table(self.list_model)
        self.list_view.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.rows_model = Table(self)
        self.rows_view = _table(self.rows_model)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list_view)
        split.addWidget(self.rows_view)
        split.setSizes([300, 260])
        self.layout_.addWidget(split, 1)
        self.layout_.addWidget(self.detail)

        steps = QHBoxLayout()
        self.step_buttons = {}
        for to, text in (("draft", self.tr("작성 중으로")), ("checked", self.tr("검토 완료")),
                         ("submitted", self.tr("제출함")), ("accepted", self.tr("수리됨")),
                         ("returned", self.tr("반려됨…"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, t=to: self.ask_status(t))
            self.step_buttons[to] = button
            steps.addWidget(button)
        steps.addStretch(1)
        self.excel_button = QPushButton(self.tr("엑셀 서식으로 저장…"))
        self.excel_button.clicked.connect(lambda: self.ask_export(".xlsx"))
        self.pdf_button = QPushButton(self.tr("PDF로 저장…"))
        self.pdf_button.clicked.connect(lambda: self.ask_export(".pdf"))
        steps.addWidget(self.excel_button)
        steps.addWidget(self.pdf_button)
        self.layout_.addLayout(steps)
        self.message = MessageLine()
        self.layout_.addWidget(self.message)
        self._update_buttons()
        self.watch("municipal_report", "calendar_entry", "holiday")

    def _fit_notes(self) -> None:
        """The last column (비고) takes the width left, cut with … rather than a horizontal scroll bar."""
        header = self.list_view.horizontalHeader()
        if self.list_model.columnCount():
            header.setStretchLastSection(False)  # it keeps the section as wide as its text; Stretch fits
            header.setSectionResizeMode(self.list_model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)

    # -- loading ------------------------------------------------------------------------------
    def _read(self, ctx):
        return service.upcoming(ctx, self.on) + service.list_reports(ctx)

    def activated(self) -> None:
        Op(self, self._read).success(self._loaded).run()

    def _loaded(self, reports, select_id: str | None = None) -> None:
        current = select_id or getattr(self._entry(), "id", None)
        self.reports = reports
        rows, marked = [], []
        for i, r in enumerate(reports):
            due, note = deadline_cell(r)
            if r.deadline.moved:
                marked.append(i)
            if isinstance(r, service.Upcoming):
                rows.append([r.label, r.period, self.tr("초안 없음"), due, "", "", note])
            else:
                if r.status == "returned" and r.reason:
                    note = self.tr("반려 사유: ") + r.reason
                rows.append([r.label, r.period, r.status_label, due, f"{len(r.rows):,}",
                             f"{len(r.problems):,}" if r.problems else "", note])
        self.list_model.set([self.tr("보고 종류"), self.tr("기간"), self.tr("상태"), self.tr("제출 기한"),
                             self.tr("행"), self.tr("고칠 곳"), self.tr("비고 (기한 근거·당긴 까닭)")],
                            rows, right=(4, 5), marked=marked)
        self._fit_notes()
        index = next((i for i, r in enumerate(reports) if getattr(r, "id", None) == current),
                     0 if reports else None)
        if index is not None:
            self.list_view.selectRow(index)
        self._show_selected()

    def _entry(self):
        rows = self.list_view.selectionModel().selectedRows() if self.list_view.selectionModel() else []
        return self.reports[rows[0].row()] if rows and rows[0].row() < len(self.reports) else None

    def selected(self):
        """The selected report (None for a due report with no draft yet)."""
        entry = self._entry()
        return None if isinstance(entry, service.Upcoming) else entry

    def _show_selected(self) -> None:
        entry = self._entry()
        r = self.selected()
        self._update_buttons()
        if r is None:
            self.rows_model.set([], [])
            if entry is None:
                self.detail.setText(self.tr("보고가 없습니다. 종류와 기간을 골라 초안을 만드세요."))
                return
            self.kind.setCurrentIndex(self.kind.findData(entry.kind))
            self.period.set_month(entry.period)
            self.detail.setText(self.tr("{0} {1}: 아직 초안이 없습니다. [초안 만들기]를 누르면 원부에서 만듭니다. "
                                        "기한 {2}").format(entry.label, entry.period, deadline_cell(entry)[0]))
            return
        self.rows_model.set([c[1] for c in r.columns],
                            [[cell_text(row.get(k), t) for k, _l, t in r.columns] for row in r.rows],
                            right=[j for j, c in enumerate(r.columns) if c[2] in ("money", "int")])
        totals = ", ".join(f"{label} {r.totals[k]:,}" for k, label, _t in r.columns if k in r.totals)
        last = r.history[-1] if r.history else None
        lines = [f"{r.title} {r.period} — {r.status_label}" + (f" ({last.by}, {seoul(last.at)})" if last else "")]
        if totals:
            lines.append(self.tr("합계: ") + totals)
        if r.deadline.moved:
            lines.append(self.tr("기한을 앞당김: ") + r.deadline.reason)
        if r.reason and r.status == "returned":
            lines.append(self.tr("반려 사유: ") + r.reason)
        if r.problems:
            lines.append(self.tr("고칠 곳: ") + " / ".join(r.problems[:3]) + (" …" if len(r.problems) > 3 else ""))
        self.detail.setText("\n".join(lines))

    def _update_buttons(self) -> None:
        r = self.selected()
        steps = r.next_steps if r else ()
        for to, button in self.step_buttons.items():
            button.setEnabled(to in steps)
        self.excel_button.setEnabled(r is not None)
        self.pdf_button.setEnabled(r is not None)

    # -- actions ------------------------------------------------------------------------------
    def draft(self) -> None:
        kind, period = self.kind.currentData(), self.period.month()
        self.message.clear()

        def done(report):
            self.message.show_ok(self.tr("{0} {1} 초안을 원부에서 만들었습니다: {2}행").format(
                report.label, report.period, f"{len(report.rows):,}"))
            Op(self, self._read).success(lambda rs: self._loaded(rs, report.id)).run()

        Op(self, lambda ctx: service.draft_report(ctx, kind, period), label=self.tr("원부에서 초안을 만드는 중…")) \
            .success(done).failure(lambda e: self.message.show_error(str(e))).run()

    def ask_status(self, to: str) -> None:
        reason = ""
        if to == "returned":
            reason, ok = QInputDialog.getText(self, self.tr("반려"), self.tr("시군구가 알려 준 반려 사유:"))
            if not ok:
                return
        self.set_status(to, reason)

    def set_status(self, to: str, reason: str = "") -> None:
        r = self.selected()
        if r is None:
            return

        def done(report):
            self.message.show_ok(self.tr("{0} {1}: {2}").format(report.label, report.period, report.status_label))

        Op(self, lambda ctx: service.set_status(ctx, r.id, to, reason)).success(done) \
            .failure(lambda e: self.message.show_error(str(e))).run()

    def ask_export(self, suffix: str) -> None:
        r = self.selected()
        if r is None:
            return
        kind = "Excel (*.xlsx)" if suffix == ".xlsx" else "PDF (*.pdf)"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("보고 저장"), f"{r.label}_{r.period}{suffix}", kind)
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        """Excel on the database thread; a PDF's HTML there and the PDF here (Qt draws on this thread)."""
        r = self.selected()
        if r is None:
            return
        saved = self.tr("저장했습니다: {0}")
        if path.suffix.lower() == ".pdf":
            def write(page_html):
                from heemang_desktop.render.pdf import html_to_pdf

                html_to_pdf(page_html, path, landscape=len(r.columns) > 7, title=f"{r.title} {r.period}")
                self.message.show_ok(saved.format(path))

            Op(self, lambda ctx: service.report_html(ctx, r.id)).success(write) \
                .failure(lambda e: self.message.show_error(str(e))).run()
            return
        Op(self, lambda ctx: service.export_report(ctx, r.id, path), label=self.tr("파일을 저장하는 중…")) \
            .success(lambda p: self.message.show_ok(saved.format(p))) \
            .failure(lambda e: self.message.show_error(str(e))).run()
