"""Status bar: connection state (온라인 / 중단 기간 / 오프라인), queued changes, conflicts and
rejections, last sync, who is working, and the buttons to sync now or set up the sync login."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton

from heemang_desktop.status import seoul_text  # the CLI prints the same time

ONLINE, MAINTENANCE, OFFLINE = "online", "maintenance", "offline"
_COLORS = {ONLINE: "#2e7d32", MAINTENANCE: "#e65100", OFFLINE: "#757575"}


class SyncStatusBar(QStatusBar):
    sync_now = Signal()
    settings = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.connection = QLabel()
        self.queued = QLabel()
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #b00020;")
        self.last_sync = QLabel()
        self.outage = QLabel()  # 중단 기간 from the outage calendar, once the store is open
        self.outage.setStyleSheet(f"color: {_COLORS[MAINTENANCE]};")
        self.outage.setVisible(False)
        self.who = QLabel()
        self.sync_button = QToolButton()
        self.sync_button.setText(self.tr("지금 동기화"))
        self.sync_button.clicked.connect(self.sync_now)
        self.settings_button = QToolButton()
        self.settings_button.setText(self.tr("동기화 설정"))
        self.settings_button.clicked.connect(self.settings)
        for w in (self.connection, self.outage, self.queued, self.problems, self.last_sync, self.who):
            w.setContentsMargins(8, 0, 8, 0)
            self.addPermanentWidget(w)
        self.addPermanentWidget(self.sync_button)
        self.addPermanentWidget(self.settings_button)
        self.set_connection(OFFLINE)
        self.queued.setText(self.tr("전송 대기 -"))
        self.last_sync.setText(self.tr("마지막 동기화 -"))

    def set_connection(self, state: str, until: str | None = None, detail: str = "") -> None:
        label = {
            ONLINE: self.tr("온라인"),
            MAINTENANCE: self.tr("중단 기간"),
            OFFLINE: self.tr("오프라인"),
        }[state]
        if state == MAINTENANCE and until:
            label += self.tr(" (~{0})").format(seoul_text(until))
        self.connection.setText(f"<span style='color:{_COLORS[state]}'>●</span> {label}")
        self.connection.setToolTip(detail)
        self.showMessage(detail if state != ONLINE else "", 0)
        entering = state == MAINTENANCE and self.connection.property("state") != MAINTENANCE
        self.connection.setProperty("state", state)
        if entering and getattr(self, "_window", None) is not None:
            self.load_outage()  # the sync engine has just recorded "maintenance until T" as a window

    def set_figures(self, queued: int, last_sync: str | None) -> None:
        self.queued.setText(self.tr("전송 대기 {0}건").format(f"{queued:,}"))
        self.last_sync.setText(self.tr("마지막 동기화 {0}").format(seoul_text(last_sync) or self.tr("없음")))

    def set_problems(self, conflicts: int, rejected: int, quarantined: int = 0) -> None:
        parts = []
        if conflicts:
            parts.append(self.tr("충돌 {0}건").format(f"{conflicts:,}"))
        if rejected:
            parts.append(self.tr("거부 {0}건").format(f"{rejected:,}"))
        if quarantined:
            parts.append(self.tr("격리 {0}건").format(f"{quarantined:,}"))
        self.problems.setText(" · ".join(parts))
        self.problems.setToolTip(self.tr("[나의업무 > 전송 대기 목록]에서 해결하세요.") if parts else "")

    def set_who(self, text: str) -> None:
        self.who.setText(text)

    # -- 중단 기간 (the outage calendar) ------------------------------------------------------------
    def follow_calendar(self, window) -> None:
        """Show the current or next outage, read on the database thread once the store is open, and
        again whenever the calendar changes (a 관리자's window, a maintenance answer recorded)."""
        if getattr(self, "_window", None) is None:  # once: a second session (another user) only reloads
            self._window = window
            window.data_changed.connect(lambda changes, _by: changes.touches("calendar_entry") and self.load_outage())
            self._hourly = QTimer(self)  # a window left open overnight: "중단 예정" becomes "중단 중"
            self._hourly.timeout.connect(self.load_outage)
            self._hourly.start(3_600_000)
        QTimer.singleShot(0, self, self.load_outage)  # after start-up's own database work (the models' mapping)

    def load_outage(self) -> None:
        on = today()
        self._window.worker.call(_outage_notice, on, on_done=self.set_outage, on_error=lambda e: None)

    def set_outage(self, notice) -> None:
        self.outage.setText(notice.text if notice else "")
        self.outage.setToolTip(notice.detail if notice else "")
        self.outage.setVisible(notice is not None)


def today():
    """The day the status bar and 나의업무 speak of (tests set the notice's dates here)."""
    from datetime import date

    return date.today()


def _outage_notice(ctx, on):
    from heemang_desktop.mywork import service as mywork  # loaded on the database thread, after start-up

    return mywork.outage_notice(ctx, on)
