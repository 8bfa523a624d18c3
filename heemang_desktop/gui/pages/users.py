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

from heemang_desktop.users import service

from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.pages.base import Page
from heemang_desktop.gui.session import user_rows
from heemang_desktop.gui.widgets.message_line import MessageLine


def role_combo() -> QComboBox:
    """Starts on no role: a pre-picked one (시설장 came first) would be given to whoever is added."""
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("UsersPage", "(역할을 고르세요)"), "")
    for role_id, label in service.role_labels().items():
        combo.addItem(label, role_id)
    return combo


class UsersPage(Page):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("사용자 ID"), self.tr("이름"), self.tr("역할"), self.tr("비밀번호")])
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
        self.message = MessageLine()
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

    # Users live on this PC only (never synced), so no broadcast names them: each action here
    # returns the list it leaves, and the page shows that.
    def activated(self) -> None:
        Op(self, user_rows).success(self._show).run()

    def _show(self, rows) -> None:
        labels = service.role_labels()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, v in enumerate([row.login_id, row.name, labels.get(row.role, row.role),
                                   self.tr("설정됨") if row.has_password else self.tr("없음")]):
                self.table.setItem(r, c, QTableWidgetItem(v))

    def _fail(self, text: str) -> None:
        self.message.show_error(text)

    def _add(self) -> None:
        self.message.clear()

        def done(rows):
            self._show(rows)
            for w in (self.login_id, self.name, self.password):
                w.clear()
            self.message.show_ok(self.tr("사용자를 추가했습니다."))

        if not self.role.currentData():
            self._fail(self.tr("새 사용자의 역할을 고르세요."))
            return
        args = (self.login_id.text(), self.name.text(), self.role.currentData(), self.password.text())

        def add(ctx):
            service.add_user(ctx, *args)
            return user_rows(ctx)

        Op(self, add).success(done).run()

    def _change_role(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            self._fail(self.tr("역할을 바꿀 사용자를 표에서 고르세요."))
            return
        login_id = self.table.item(row, 0).text()
        self.message.clear()
        role = self.change_role.currentData()
        if not role:
            self._fail(self.tr("바꿀 역할을 고르세요."))
            return

        def change(ctx):
            service.set_role(ctx, login_id, role)
            return user_rows(ctx)

        def done(rows):
            self._show(rows)
            self.message.show_ok(self.tr("역할을 바꿨습니다."))

        Op(self, change).success(done).run()
