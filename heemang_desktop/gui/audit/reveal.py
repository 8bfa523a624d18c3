"""A "보기" button beside a masked number: asks why, then shows the full number in the field's place.

The reveal itself (role check, reason, the 접속기록 entry) is audit/service.py's; the number is shown
until the card changes: in a label's place, or as an input's placeholder (it still takes a new value).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton, QWidget

from heemang_desktop.audit import service as audit

from heemang_desktop.gui.operation import Op


def ask_reason(parent) -> str | None:
    """The reason typed, or None when cancelled (tests replace this function)."""
    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("reveal", "조회 사유"),
        QCoreApplication.translate("reveal", "전체 번호를 보는 사유를 적으세요. 개인정보 접속기록에 남습니다."))
    return text if ok else None


class RevealButton(QPushButton):
    revealed = Signal(str)

    def __init__(self, target: QLineEdit | QLabel, entity: str, field: str, id_of: Callable[[], str | None],
                 parent=None):
        super().__init__(QCoreApplication.translate("reveal", "보기…"), parent)
        self.target, self.entity, self.field, self.id_of = target, entity, field, id_of
        self.setToolTip(QCoreApplication.translate("reveal", "전체 번호 보기 (사유를 묻고 접속기록에 남깁니다)"))
        self.clicked.connect(self.reveal)

    def reveal(self) -> None:
        entity_id = self.id_of()
        if not entity_id:
            return
        reason = ask_reason(self)
        if reason is None:
            return
        Op(self, lambda ctx: audit.reveal(ctx, self.entity, entity_id, self.field, reason)).success(self._show).run()

    def _show(self, shown) -> None:
        if isinstance(self.target, QLineEdit):
            self.target.setPlaceholderText(shown.value)
        else:
            self.target.setText(shown.value)
        self.revealed.emit(shown.value)


def with_reveal(target: QLineEdit | QLabel, entity: str, field: str, id_of: Callable[[], str | None]) -> QWidget:
    """`target` and its 보기 button in one row, for a form (the button is `row.reveal`)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    label = isinstance(target, QLabel)
    layout.addWidget(target, 0 if label else 1)
    row.reveal = RevealButton(target, entity, field, id_of, row)  # type: ignore[attr-defined]
    layout.addWidget(row.reveal)  # type: ignore[attr-defined]
    if label:
        layout.addStretch(1)  # the button beside the number, not at the far edge
    return row
