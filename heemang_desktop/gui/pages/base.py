"""What every page gets: the database worker and a way to report errors and refresh figures."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget


class Page(QWidget):
    title = ""

    def __init__(self, window, page_id: str, title: str):
        super().__init__()
        self.window_ = window
        self.worker = window.worker
        self.page_id = page_id
        self.title = title
        self.setObjectName(page_id)
        self.layout_ = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        heading.setStyleSheet("font-size: 17px; font-weight: bold; padding: 4px 0 8px 0;")
        self.layout_.addWidget(heading)

    # -- what the page shows, and keeping it current (architecture §8) ----------------------
    def watch(self, *entities: str, refresh=None) -> None:
        """Reload with `refresh` (default: `activated`) when an operation or a sync changes any of
        `entities` (wire names, e.g. "resolution"). A page may watch several groups, each with its
        own refresh. A page not on screen reloads when next shown."""
        if not hasattr(self, "_watches"):
            self._watches: list = []
            self._stale: set = set()
            self.window_.data_changed.connect(self._data_changed)
        self._watches.append((frozenset(entities), refresh or self.activated))

    def _data_changed(self, changes, _initiator) -> None:
        due = []
        for entities, refresh in self._watches:
            if changes.touches(*entities) and refresh not in due:  # once per broadcast, however many groups
                due.append(refresh)
        for refresh in due:
            if self.isVisible():
                refresh()
            else:
                self._stale.add(refresh)

    def refresh_if_stale(self) -> None:
        stale, self._stale = getattr(self, "_stale", set()), set()
        for refresh in stale:
            if refresh != self.activated:  # activated() has just reloaded otherwise
                refresh()

    def activated(self) -> None:
        """Called each time the page is shown: reload what may have changed."""

    def closing(self) -> None:
        """The window is closing: end any thread of the page's own before the window's objects go."""

    def show_error(self, error: BaseException) -> None:
        self.window_.show_error(error)

    def info(self, text: str) -> None:
        QMessageBox.information(self, self.title, text)

    def changed(self) -> None:
        """A user action saved something: the status bar's figures follow."""
        self.window_.refresh_figures()


class PlaceholderPage(Page):
    def __init__(self, window, page_id: str, title: str):
        super().__init__(window, page_id, title)
        note = QLabel(self.tr("이 화면은 다음 업데이트에서 제공됩니다.\n지금은 메뉴 구성만 미리 보여 줍니다."))
        note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        note.setStyleSheet("color: #555;")
        self.layout_.addWidget(note)
        self.layout_.addStretch(1)
