"""관리 > 백업·데이터: where the data lives, a backup now, the backups kept, and the support bundle."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QListWidget, QPushButton

from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.pages.base import Page
from heemang_desktop.gui.widgets.message_line import MessageLine


def _backup_now(ctx):
    from heemang_desktop.store import backup

    return str(backup.make_backup(ctx.paths.database, ctx.paths.backups, "manual", ctx.settings.backups_kept))


def _list_backups(ctx):
    folder = ctx.paths.backups
    return sorted((p.name for p in folder.glob("heemang-*.sqlite3")), reverse=True) if folder.is_dir() else []


def _save_bundle(ctx, out: Path, qt: str) -> str:
    from heemang_desktop.support_bundle import make_bundle

    return str(make_bundle(ctx.paths, out, ctx=ctx, qt=qt))


class BackupPage(Page):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.layout_.addWidget(self.where)
        buttons = QHBoxLayout()
        self.button = QPushButton(self.tr("지금 백업(&B)"))
        self.button.clicked.connect(self._backup)
        buttons.addWidget(self.button)
        self.bundle_button = QPushButton(self.tr("지원 자료 저장(&S)…"))
        self.bundle_button.setToolTip(self.tr("문제가 생겼을 때 지원 담당자에게 보낼 zip 파일을 만듭니다."))
        self.bundle_button.clicked.connect(self._save_bundle)
        buttons.addWidget(self.bundle_button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        note = QLabel(self.tr(
            "지원 자료에는 기록(로그), 프로그램·데이터베이스 버전, 전송 대기·충돌 건수, 파일 점검 결과가 "
            "들어 있고, 주민등록번호·계좌번호·이름 같은 개인정보와 비밀번호는 들어 있지 않습니다."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.layout_.addWidget(note)
        self.message = MessageLine()
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(QLabel(self.tr("보관 중인 백업 (최근 순)")))
        self.list = QListWidget()
        self.layout_.addWidget(self.list)

    def activated(self) -> None:
        info = self.window_.session
        if info:
            from heemang_desktop.logs import log_dir

            folder = Path(info.database).parent
            where = self.tr("데이터 파일: {0}\n기록(로그) 폴더: {1}")
            self.where.setText(where.format(info.database, log_dir(folder)))
        Op(self, _list_backups).success(self._show).run()

    def _show(self, names) -> None:
        self.list.clear()
        self.list.addItems(names)

    def _backup(self) -> None:
        self.button.setEnabled(False)

        def done(path):
            self.info(self.tr("백업했습니다:\n{0}").format(path))
            self.activated()

        op = Op(self, _backup_now).success(done).failure(self.show_error)
        op.destroyed.connect(self._backup_ended)  # after success, a refusal or a bug alike
        op.run()

    def _backup_ended(self) -> None:
        self.button.setEnabled(True)

    def _save_bundle(self) -> None:
        from PySide6.QtCore import qVersion

        suggested = str(Path.home() / f"heemang-support-{date.today():%Y%m%d}.zip")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("지원 자료 저장"), suggested, self.tr("zip 파일 (*.zip)"))
        if not path:
            return
        out = Path(path if path.lower().endswith(".zip") else path + ".zip")
        self.bundle_button.setEnabled(False)
        self.message.clear()
        op = Op(self, lambda ctx: _save_bundle(ctx, out, qVersion()), label=self.tr("지원 자료를 만드는 중…"))
        op.success(lambda saved: self.message.show_ok(
            self.tr("지원 자료를 저장했습니다: {0}\n이 파일을 지원 담당자에게 보내 주세요.").format(saved)))
        op.destroyed.connect(self._bundle_ended)
        op.run()

    def _bundle_ended(self) -> None:
        self.bundle_button.setEnabled(True)
