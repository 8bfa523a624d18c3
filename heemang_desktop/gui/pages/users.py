"""관리 > 사용자·권한: who may work on this PC, and what each role opens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from heemang_desktop.gui.pages.base import Page
from heemang_desktop.users import roles


def _rows(ctx):
    from heemang_desktop.gui.session import user_rows

    return user_rows(ctx)


def _add(ctx, login_id, name, role, password):
    from heemang_desktop.users import service

    service.add_user(ctx, login_id, name, role, password)
    return _rows(ctx)


def _set_role(ctx, login_id, role):
    from heemang_desktop.users import service

    service.set_role(ctx, login_id, role)
    return _rows(ctx)


def role_combo() -> QComboBox:
    """Starts on no role: a pre-picked one (시설장 came first) would be given to whoever is added."""
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("UsersPage", "(역할을 고르세요)"), "")
    for role in roles.roles().values():
        combo.addItem(role.label, role.id)
    return combo


class UsersPage(Page):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("사용자 ID"), self.tr("이름"), self.tr("역할"), self.tr("비밀번호")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.layout_.addWidget(self.table)

        change = QHBoxLayout()
        self.change_role = role_combo()
        self.change_button = QPushButton(self.tr("선택한 사용자 역할 변경"))
        self.change_button.clicked.connect(self._change_role)
        change.addWidget(QLabel(self.tr("역할")))
        change.addWidget(self.change_role)
        change.addWidget(self.change_button)
        change.addStretch(1)
        self.layout_.addLayout(change)

        box = QGroupBox(self.tr("사용자 추가"))
        form = QFormLayout(box)
        self.login_id = QLineEdit()
        self.name = QLineEdit()
        self.role = role_combo()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton(self.tr("추가(&A)"))
        self.add_button.clicked.connect(self._add)
        self.password.returnPressed.connect(self._add)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        form.addRow(self.tr("사용자 ID"), self.login_id)
        form.addRow(self.tr("이름"), self.name)
        form.addRow(self.tr("역할"), self.role)
        form.addRow(self.tr("비밀번호"), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        form.addRow("", self.message)
        self.layout_.addWidget(box)

    def activated(self) -> None:
        self.worker.call(_rows, on_done=self._show, on_error=self.show_error)

    def _show(self, rows) -> None:
        labels = {r.id: r.label for r in roles.roles().values()}
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, v in enumerate([row.login_id, row.name, labels.get(row.role, row.role),
                                   self.tr("설정됨") if row.has_password else self.tr("없음")]):
                self.table.setItem(r, c, QTableWidgetItem(v))

    def _fail(self, error) -> None:
        self.message.setText(str(error))

    def _add(self) -> None:
        self.message.clear()

        def done(rows):
            self._show(rows)
            for w in (self.login_id, self.name, self.password):
                w.clear()
            self.message.setStyleSheet("color: #2e7d32;")
            self.message.setText(self.tr("사용자를 추가했습니다."))

        self.message.setStyleSheet("color: #b00020;")
        if not self.role.currentData():
            self._fail(self.tr("새 사용자의 역할을 고르세요."))
            return
        self.worker.call(_add, self.login_id.text(), self.name.text(), self.role.currentData(), self.password.text(),
                         on_done=done, on_error=self._fail)

    def _change_role(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            self._fail(self.tr("역할을 바꿀 사용자를 표에서 고르세요."))
            return
        login_id = self.table.item(row, 0).text()
        self.message.setStyleSheet("color: #b00020;")
        self.message.clear()
        if not self.change_role.currentData():
            self._fail(self.tr("바꿀 역할을 고르세요."))
            return
        self.worker.call(_set_role, login_id, self.change_role.currentData(), on_done=self._show, on_error=self._fail)
