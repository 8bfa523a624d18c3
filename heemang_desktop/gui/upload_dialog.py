"""The Excel upload dialog, for any feature's import kind: choose a file, check it (nothing saved), see every
rejected row, then save all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from heemang_desktop.features import load, merged


def _run_import(ctx, kind: str, path: str, dry_run: bool):
    return load(merged("imports")[kind])(ctx, Path(path), dry_run=dry_run)


class UploadDialog(QDialog):
    saved = Signal(object)  # the report, after rows were saved

    def __init__(self, worker, kind: str, title: str, parent=None):
        super().__init__(parent)
        self.worker, self.kind = worker, kind
        self.report = None
        self.setWindowTitle(title)
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("올릴 엑셀 파일 (xlsx)"))
        browse = QPushButton(self.tr("찾아보기…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.summary = QLabel(self.tr("파일을 고른 뒤 [검사]로 확인하고 [저장]하세요. 오류가 한 행이라도 있으면 아무것도 저장하지 않습니다."))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.errors = QTableWidget(0, 3)
        self.errors.setHorizontalHeaderLabels([self.tr("행"), self.tr("열"), self.tr("사유")])
        self.errors.verticalHeader().setVisible(False)
        self.errors.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.errors.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.errors.setColumnWidth(0, 60)
        self.errors.setColumnWidth(1, 100)
        layout.addWidget(self.errors, 1)
        buttons = QHBoxLayout()
        self.check_button = QPushButton(self.tr("검사(&C)"))
        self.save_button = QPushButton(self.tr("저장(&S)"))
        close = QPushButton(self.tr("닫기"))
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.save_button.clicked.connect(lambda: self.run(dry_run=False))
        close.clicked.connect(self.reject)
        buttons.addStretch(1)
        for b in (self.check_button, self.save_button, close):
            buttons.addWidget(b)
        layout.addLayout(buttons)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.windowTitle(), "", self.tr("엑셀 파일 (*.xlsx)"))
        if name:
            self.path.setText(name)

    def run(self, dry_run: bool) -> None:
        if not self.path.text().strip():
            self.summary.setText(self.tr("올릴 파일을 고르세요."))
            return
        self.check_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.summary.setText(self.tr("읽는 중…"))
        self.worker.call(_run_import, self.kind, self.path.text().strip(), dry_run, on_done=self._done, on_error=self._failed)

    def _done(self, report) -> None:
        self.report = report
        self.check_button.setEnabled(True)
        self.save_button.setEnabled(True)
        counts = self.tr("읽은 행 {0} · 새로 {1} · 바뀜 {2} · 그대로 {3}").format(
            f"{report.read:,}", f"{report.created:,}", f"{report.updated:,}", f"{report.unchanged:,}")
        if report.rejected:
            text = counts + "\n" + self.tr("오류 {0}건 — 아무것도 저장하지 않았습니다. 고친 뒤 다시 올리세요.").format(len(report.rejected))
            self.summary.setStyleSheet("color: #b00020;")
        elif report.saved:
            text = counts + "\n" + self.tr("모두 저장했습니다.")
            self.summary.setStyleSheet("color: #2e7d32;")
        else:
            text = counts + "\n" + self.tr("검사를 마쳤습니다. 오류가 없습니다: [저장]을 누르면 저장합니다.")
            self.summary.setStyleSheet("")
        if report.warnings:
            text += "\n" + "\n".join(self.tr("주의: {0}").format(w) for w in report.warnings)
        self.summary.setText(text)
        self.errors.setRowCount(len(report.rejected))
        for r, e in enumerate(report.rejected):
            for c, v in enumerate((str(e.row), e.column, e.reason)):
                self.errors.setItem(r, c, QTableWidgetItem(v))
        if report.saved:
            self.saved.emit(report)

    def _failed(self, error) -> None:
        self.check_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.summary.setStyleSheet("color: #b00020;")
        self.summary.setText(str(error))
        self.errors.setRowCount(0)
