"""Upload and blank-template buttons for the accounting screens that have an upload kind (issue 14):
the work and its file sit on one screen, and the upload dialog's "빈 양식을 저장하세요" has its button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QPushButton

from heemang_desktop.accounting import service

from heemang_desktop.gui.operation import Op


def upload_button(page, kind: str, title: str) -> QPushButton:
    """"엑셀 올리기…": the shared upload dialog for `kind`. What it saves reaches the page through the
    window's broadcast (the page watches those records), so nothing here reloads by hand."""
    from heemang_desktop.gui.upload_dialog import UploadDialog

    def open_dialog() -> None:
        page.upload = UploadDialog(kind, title, page)
        page.upload.open()

    button = QPushButton(page.tr("엑셀 올리기…"))
    button.clicked.connect(open_dialog)
    return button


def template_button(page, kind: str, file_name: str, say) -> QPushButton:
    """"빈 양식 저장…": the kind's blank workbook, saved where the user picks; `say(text)` reports it."""
    def save() -> None:
        name, _ = QFileDialog.getSaveFileName(page, page.tr("빈 양식 저장"), file_name, "Excel (*.xlsx)")
        if name:
            Op(page, lambda _ctx: service.write_template(kind, Path(name))).success(
                lambda path: say(page.tr("빈 양식을 저장했습니다: {0}").format(path.name))).run()

    button = QPushButton(page.tr("빈 양식 저장…"))
    button.clicked.connect(save)
    return button
