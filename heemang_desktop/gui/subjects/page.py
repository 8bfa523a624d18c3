"""What the subject pages share beyond widgets: the message line, choosing a subject, PDFs from the
service's HTML, and saving a list or a blank form to a file the user names."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.pages.base import Page
from heemang_desktop.gui.widgets.message_line import MessageLine


class SubjectPage(Page):
    def add_message_line(self) -> None:
        """The line under the forms: saves confirmed in green, refusals explained in red (Op puts
        the service's refusals here too)."""
        self.message = MessageLine()
        self.layout_.addWidget(self.message)

    def _fail(self, text: str) -> None:
        self.message.show_error(text)

    def ok(self, text: str) -> None:
        self.message.show_ok(text)

    def chosen_subject(self, combo, missing: str) -> str | None:
        """The subject picked in `combo` (a SubjectCombo), or None after saying `missing`."""
        subject_id = combo.subject_id()
        if subject_id is None:
            self._fail(missing)
        return subject_id

    def write_pdf(self, html_of, record_id: str, path: Path, title: str, saved: str, on_saved=None) -> None:
        """HTML from the service (worker thread), PDF written here on the GUI thread (Qt); `saved` says where ({0})."""
        def write(page_html):
            from heemang_desktop.render.pdf import html_to_pdf

            html_to_pdf(page_html, path, title=title)
            self.ok(saved.format(path))
            if on_saved:
                on_saved(path)

        Op(self, lambda ctx: html_of(ctx, record_id)).success(write).run()

    def ask_save_path(self, title: str, suggested: str, kind: str = "Excel (*.xlsx)") -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, suggested, kind)
        return Path(name) if name else None

    def save_file(self, write, path: Path, saved: str, on_saved=None) -> None:
        """`write(ctx, path)` on the database thread (an export, a blank form); `saved` says what and where."""
        def done(count):
            self.ok(saved.format(path, f"{count:,}" if isinstance(count, int) else ""))
            if on_saved:
                on_saved(path)

        Op(self, lambda ctx: write(ctx, path), label=self.tr("파일을 저장하는 중…")).success(done).run()
