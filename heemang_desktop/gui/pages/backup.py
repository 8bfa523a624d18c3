"""관리 > 백업·데이터: where the data lives, a backup now, and the backups kept."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QPushButton

from heemang_desktop.gui.pages.base import Page


def _backup_now(ctx):
    from heemang_desktop.store import backup

    return str(backup.make_backup(ctx.paths.database, ctx.paths.backups, "manual", ctx.settings.backups_kept))


def _list_backups(ctx):
    return sorted((p.name for p in ctx.paths.backups.glob("heemang-*.sqlite3")), reverse=True) if ctx.paths.backups.is_dir() else []


class BackupPage(Page):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.layout_.addWidget(self.where)
        self.button = QPushButton(self.tr("지금 백업(&B)"))
        self.button.clicked.connect(self._backup)
        self.layout_.addWidget(self.button)
        self.layout_.addWidget(QLabel(self.tr("보관 중인 백업 (최근 순)")))
        self.list = QListWidget()
        self.layout_.addWidget(self.list)

    def activated(self) -> None:
        info = self.window_.session
        if info:
            self.where.setText(self.tr("데이터 파일: {0}").format(info.database))
        self.worker.call(_list_backups, on_done=self._show, on_error=self.show_error)

    def _show(self, names) -> None:
        self.list.clear()
        self.list.addItems(names)

    def _backup(self) -> None:
        self.button.setEnabled(False)

        def done(path):
            self.button.setEnabled(True)
            self.info(self.tr("백업했습니다:\n{0}").format(path))
            self.activated()

        def failed(error):
            self.button.setEnabled(True)
            self.show_error(error)

        self.worker.call(_backup_now, on_done=done, on_error=failed)
