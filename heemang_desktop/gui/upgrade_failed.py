"""What the window shows when this version could not migrate the store: the old data, put back as
it was before (store/migrate.undo_failed_upgrade), opened read-only, with the support bundle.

Nothing here writes to the store: no page opens (the pages expect the new schema), sync is off, and
the figures in the status bar come from a read-only look at the file (status.early_figures).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from heemang_desktop.gui.widgets.message_line import MessageLine


def save_bundle(_executor, paths, out: Path, qt: str) -> str:
    """On the database thread, with no store open: the bundle reads the file read-only."""
    from heemang_desktop.support_bundle import make_bundle

    return str(make_bundle(paths, out, qt=qt))


class UpgradeFailedPanel(QWidget):
    def __init__(self, paths, error, worker, parent=None):
        super().__init__(parent)
        self.paths = paths
        self.worker = worker
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        title = QLabel(self.tr("이전 자료를 읽기 전용으로 열었습니다"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)
        self.message = QLabel(self.tr(
            "이 버전의 프로그램이 데이터베이스를 새 버전으로 바꾸지 못했습니다. 자료는 바꾸기 전 상태 그대로이며 "
            "(바꾸기 직전에 만든 백업과 같습니다), 이 창은 읽기 전용이라 아무것도 저장하거나 보내지 않습니다.\n\n"
            "[지원 자료 저장]으로 만든 zip 파일을 지원 담당자에게 보내 주세요. 그동안은 이전 버전의 프로그램을 "
            "다시 설치하면 이 자료로 계속 일할 수 있습니다."))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.where = QLabel(self.tr("데이터 폴더: {0}\n바꾸기 전 백업: {1}\n백업 폴더: {2}").format(
            paths.data_dir, getattr(error, "backup", ""), paths.backups))
        self.where.setWordWrap(True)
        self.where.setStyleSheet("color: #333;")
        layout.addWidget(self.where)
        detail = QLabel(self.tr("오류 내용: {0}").format(str(error).splitlines()[1] if "\n" in str(error) else error))
        detail.setWordWrap(True)
        detail.setStyleSheet("color: #777;")
        layout.addWidget(detail)
        buttons = QHBoxLayout()
        self.bundle_button = QPushButton(self.tr("지원 자료 저장(&S)…"))
        self.bundle_button.setObjectName("support_bundle")
        self.bundle_button.clicked.connect(self._save_bundle)
        buttons.addWidget(self.bundle_button)
        folder = QPushButton(self.tr("백업 폴더 열기(&B)"))
        folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.backups))))
        buttons.addWidget(folder)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.result = MessageLine()
        layout.addWidget(self.result)
        layout.addStretch(1)

    def _save_bundle(self) -> None:
        from PySide6.QtCore import qVersion

        suggested = str(Path.home() / f"heemang-support-{date.today():%Y%m%d}.zip")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("지원 자료 저장"), suggested, self.tr("zip 파일 (*.zip)"))
        if not path:
            return
        out = Path(path if path.lower().endswith(".zip") else path + ".zip")
        self.bundle_button.setEnabled(False)
        self.result.clear()

        def done(saved) -> None:
            self.bundle_button.setEnabled(True)
            text = self.tr("지원 자료를 저장했습니다: {0}\n이 파일을 지원 담당자에게 보내 주세요.")
            self.result.show_ok(text.format(saved))

        def failed(error) -> None:
            self.bundle_button.setEnabled(True)
            self.result.show_error(str(error))

        self.worker.run_raw(save_bundle, self.paths, out, qVersion(), on_done=done, on_error=failed)


def show_read_only(window, paths, error) -> UpgradeFailedPanel:
    """Put the panel in the window's work area and turn off what would write or send."""
    panel = UpgradeFailedPanel(paths, error, window.worker)
    window.build_work_area()
    window.stack.addWidget(panel)
    window.stack.setCurrentWidget(panel)
    window.nav.hide()  # no page opens on a store this version cannot read
    window.status.sync_button.setEnabled(False)
    window.status.settings_button.setEnabled(False)
    window.setWindowTitle(window.tr("Heemang Desktop (읽기 전용)"))
    return panel
