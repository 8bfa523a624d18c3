"""The upload dialog, for any feature's import kind: choose a file, and it is checked at once (nothing
saved); see every rejected row and, for coded values nothing matched, choose what each one means
("기초생활수급 (12행) → 기초생활수급(생계)"), applied to every row with that value; then save all. The
choices are remembered for the facility when the rows are saved. Checking and saving run as an Op
with progress (rows done / total) and a cancel button; a cancelled upload saves nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from heemang_desktop.excel.mappings import run_upload
from heemang_desktop.excel.report import Unmapped
from heemang_desktop.features import load, merged

from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.remembered_mappings import RememberedMappingsDialog
from heemang_desktop.gui.widgets.message_line import MessageLine

_UNCHOSEN = None  # the combo's first item: not mapped yet
SHOWN_ERRORS = 200  # the first ones say what is wrong; every row of a wrong 100,000-row file would stall the window


class UploadDialog(QDialog):
    saved = Signal(object)  # the report, after rows were saved

    def __init__(self, kind: str, title: str, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.report = None
        self.op: Op | None = None
        self.chosen: dict[str, dict[str, str]] = {}  # column -> {as written: chosen value}
        self._values: dict[tuple[str, str], Unmapped] = {}  # (column, as written) -> its Unmapped, in order
        ref = merged("imports").get(kind)
        self._filter = getattr(ref, "file_filter", self.tr("엑셀 파일 (*.xlsx)"))
        self.setWindowTitle(title)
        self.resize(760, 560)
        layout = QVBoxLayout(self)

        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("올릴 파일: [찾아보기…]로 고르면 바로 검사합니다"))
        browse = QPushButton(self.tr("찾아보기…"))
        browse.clicked.connect(self._browse)
        self.check_button = QPushButton(self.tr("검사(&C)"))
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        row.addWidget(self.check_button)
        layout.addLayout(row)

        self.summary = MessageLine()
        self.summary.setText(self.tr("파일을 고르면 먼저 검사만 합니다(저장하지 않음). 오류가 한 행이라도 있으면 "
                                     "아무것도 저장하지 않습니다."))
        self.message = self.summary  # where Op puts a user error it was given no handler for
        layout.addWidget(self.summary)

        self.mapping_box = QGroupBox(self.tr("값 맞추기 — 목록에 없는 값"))
        box = QVBoxLayout(self.mapping_box)
        hint = QLabel(self.tr("바꿀 값을 고르면 그 값이 적힌 모든 행에 적용됩니다. 고른 뒤 [검사]로 다시 확인하거나 "
                              "[저장]하세요."))
        hint.setWordWrap(True)
        box.addWidget(hint)
        self.mapping = QTableWidget(0, 3)
        self.mapping.setHorizontalHeaderLabels([self.tr("열"), self.tr("적힌 값 (행 수)"), self.tr("→ 바꿀 값")])
        self.mapping.verticalHeader().setVisible(False)
        self.mapping.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.mapping.setColumnWidth(0, 110)
        box.addWidget(self.mapping)
        self.remember = QCheckBox(self.tr("이 시설에서 기억하기 (저장하면 다음 파일부터 저절로 맞춥니다)"))
        self.remember.setChecked(True)
        box.addWidget(self.remember)
        self.mapping_box.setVisible(False)
        layout.addWidget(self.mapping_box)

        self.errors = QTableWidget(0, 3)
        self.errors.setHorizontalHeaderLabels([self.tr("행"), self.tr("열"), self.tr("사유")])
        self.errors.verticalHeader().setVisible(False)
        self.errors.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.errors.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.errors.setColumnWidth(0, 60)
        self.errors.setColumnWidth(1, 110)
        layout.addWidget(self.errors, 1)

        buttons = QHBoxLayout()
        # A file without the layout's columns is told to save the blank template: the button is here.
        self.template_button = QPushButton(self.tr("빈 양식 저장…"))
        self.template_button.clicked.connect(self.save_template)
        self.template_button.setVisible(kind in merged("templates"))
        buttons.addWidget(self.template_button)
        remembered = QPushButton(self.tr("기억한 값 맞춤…"))
        remembered.clicked.connect(self.show_remembered)
        buttons.addWidget(remembered)
        self.save_button = QPushButton(self.tr("저장(&S)"))
        self.save_button.clicked.connect(lambda: self.run(dry_run=False))
        close = QPushButton(self.tr("닫기"))
        close.clicked.connect(self.reject)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    # -- the blank template ------------------------------------------------------------------------
    def save_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("빈 양식 저장"), f"{self.kind}.xlsx",
                                              self.tr("엑셀 파일 (*.xlsx)"))
        if name:
            self.write_template(name)

    def write_template(self, path: str) -> None:
        write = load(merged("templates")[self.kind])
        Op(self, lambda _ctx: write(Path(path))).success(
            lambda _r: self.summary.show_ok(self.tr("빈 양식을 저장했습니다: {0}").format(Path(path).name))).run()

    # -- choosing the file ------------------------------------------------------------------------
    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.windowTitle(), "", self._filter)
        if name:
            self.choose_file(name)

    def choose_file(self, path: str) -> None:
        """A new file: its own mapping step, and a check straight away."""
        self.path.setText(path)
        self.chosen, self._values = {}, {}
        self._show_mapping()
        self.run(dry_run=True)

    # -- checking and saving ----------------------------------------------------------------------
    def run(self, dry_run: bool) -> None:
        path = self.path.text().strip()
        if not path:
            self.summary.show_error(self.tr("올릴 파일을 고르세요."))
            return
        self._busy(True)
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("검사하는 중…") if dry_run else self.tr("저장하는 중…"))
        given = {c: dict(v) for c, v in self.chosen.items() if v}
        remember = self.remember.isChecked()
        op = Op(self, None, label=self.tr("파일을 검사하는 중…") if dry_run else self.tr("저장하는 중…"),
                cancellable=True)
        op.fn = lambda ctx: run_upload(ctx, self.kind, path, dry_run=dry_run, given=given, remember=remember,
                                       progress=op.progress)
        self.op = op.success(self._done).failure(self._failed).run()

    def _busy(self, busy: bool) -> None:
        for button in (self.check_button, self.save_button):
            button.setEnabled(not busy)

    def _done(self, report) -> None:
        self.op = None
        self.report = report
        self._busy(False)
        counts = self.tr("읽은 행 {0} · 새로 {1} · 바뀜 {2} · 그대로 {3}").format(
            f"{report.read:,}", f"{report.created:,}", f"{report.updated:,}", f"{report.unchanged:,}")
        if report.rejected:
            self.summary.show_error(counts + "\n" + self.tr(
                "오류 {0}건({1}행) — 아무것도 저장하지 않았습니다. 고친 뒤 다시 올리세요.").format(
                f"{len(report.rejected):,}", f"{report.rejected_rows:,}"))
            if len(report.rejected) > SHOWN_ERRORS:
                self.summary.setText(self.summary.text() + "\n" + self.tr("아래에는 처음 {0}건만 보입니다.").format(
                    f"{SHOWN_ERRORS:,}"))
        elif report.saved:
            self.summary.show_ok(counts + "\n" + self.tr("모두 저장했습니다."))
        else:
            self.summary.setStyleSheet("")
            self.summary.setText(
                counts + "\n" + self.tr("검사를 마쳤습니다. 오류가 없습니다: [저장]을 누르면 저장합니다."))
        if report.warnings:
            self.summary.setText(self.summary.text() + "\n" + "\n".join(
                self.tr("주의: {0}").format(w) for w in report.warnings))
        for u in report.unmapped:
            self._values[(u.column, u.value)] = u
        self._show_mapping()
        shown = report.rejected[:SHOWN_ERRORS]
        self.errors.setRowCount(len(shown))
        for r, e in enumerate(shown):
            for c, v in enumerate((str(e.row), e.column, e.reason)):
                self.errors.setItem(r, c, QTableWidgetItem(v))
        if report.saved:
            self.saved.emit(report)

    def _failed(self, error) -> None:
        self.op = None
        self._busy(False)
        self.summary.show_error(str(error))
        self.errors.setRowCount(0)

    def show_remembered(self) -> RememberedMappingsDialog:
        dialog = RememberedMappingsDialog(self.kind, self.windowTitle(), self)
        dialog.open()
        return dialog

    # -- the mapping step -------------------------------------------------------------------------
    def _show_mapping(self) -> None:
        self.mapping.setRowCount(len(self._values))
        for r, ((column, value), u) in enumerate(self._values.items()):
            self.mapping.setItem(r, 0, QTableWidgetItem(column))
            self.mapping.setItem(r, 1, QTableWidgetItem(self.tr("{0} ({1}행)").format(value, f"{u.rows:,}")))
            self.mapping.setCellWidget(r, 2, self._combo(column, value, u))
        self.mapping_box.setVisible(bool(self._values))
        # As tall as its rows (up to six), so the rejected rows below keep the rest of the dialog.
        shown = min(max(self.mapping.rowCount(), 1), 6)
        self.mapping.setFixedHeight(self.mapping.horizontalHeader().height() + 2 * self.mapping.frameWidth()
                                    + shown * self.mapping.verticalHeader().defaultSectionSize())

    def _combo(self, column: str, value: str, u: Unmapped) -> QComboBox:
        """Suggestions first, then every other allowed value; the current choice selected."""
        combo = QComboBox()
        combo.addItem(self.tr("(고르세요)"), _UNCHOSEN)
        for s in u.suggestions:
            combo.addItem(s, s)
        rest = [a for a in u.allowed if a not in u.suggestions]
        if u.suggestions and rest:
            combo.insertSeparator(combo.count())
        for a in rest:
            combo.addItem(a, a)
        current = self.chosen.get(column, {}).get(value)
        if current is not None:
            combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.currentIndexChanged.connect(lambda _i, c=combo: self._choose(column, value, c.currentData()))
        return combo

    def _choose(self, column: str, value: str, choice) -> None:
        values = self.chosen.setdefault(column, {})
        if choice is _UNCHOSEN:
            values.pop(value, None)
        else:
            values[value] = choice

