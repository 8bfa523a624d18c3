"""What the subject pages share beyond widgets: the message line, choosing a subject, PDFs from the service's HTML."""

from __future__ import annotations

from pathlib import Path

from heemang_desktop.gui.pages.base import Page
from heemang_desktop.gui.subjects.widgets import message_label, say


class SubjectPage(Page):
    def add_message_line(self) -> None:
        """The line under the forms: saves confirmed in green, refusals explained in red."""
        self.message = message_label()
        self.layout_.addWidget(self.message)

    def _fail(self, error) -> None:
        say(self.message, str(error), error=True)

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
            say(self.message, saved.format(path))
            if on_saved:
                on_saved(path)

        self.worker.call(html_of, record_id, on_done=write, on_error=self._fail)
