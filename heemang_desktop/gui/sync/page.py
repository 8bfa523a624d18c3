"""나의업무 > 전송 대기 목록: records to settle (conflicts, rejections) and every change still waiting.

A conflict shows each field as this PC has it and as the server has it; the user keeps theirs,
takes the server's, or ticks the fields to take from the server. A rejection shows the server's
reason; after correcting the record the user sends it again. A quarantined change (pulled, but it
broke its record's rules) shows its reason and the server's values; it leaves the list by itself
when a corrected copy arrives.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from heemang_desktop.sync import service as sync_service

from heemang_desktop.gui import dialogs
from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.pages.base import Page
from heemang_desktop.gui.status_bar import seoul_text

_OPS = {"upsert": "저장", "delete": "삭제"}
_STATES = {"queued": "대기", "rejected": "거부됨", "conflict": "충돌", "applied": "전송됨"}
_KINDS = {"conflict": "충돌", "rejected": "거부", "quarantined": "격리"}


def _lists(ctx):
    """Records to settle, held-back pulls, the waiting queue and the last check, read together."""
    queued = sync_service.list_changes(ctx, ("queued",))
    return (sync_service.list_issues(ctx), sync_service.list_quarantined(ctx), queued,
            sync_service.sanity_differs(ctx))


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


class SyncPage(Page):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        self.issues: list = []
        self.held: list = []  # quarantined pulled changes
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        self.resync_button = QPushButton(self.tr("전체 다시 받기…"))
        self.resync_button.setToolTip(self.tr(
            "백업하고 보내지 않은 변경을 파일로 내보낸 뒤, 모든 기록을 중앙 서비스에서 "
            "다시 받습니다. 동기화 후 점검에서 양쪽이 다를 때 씁니다."))
        self.resync_button.clicked.connect(self._full_resync)
        top.addWidget(self.resync_button)
        self.layout_.addLayout(top)
        self.sanity = QLabel()
        self.sanity.setWordWrap(True)
        self.sanity.setStyleSheet("color: #8a4b00;")
        self.sanity.hide()
        self.layout_.addWidget(self.sanity)
        self.resync_result = QLabel()  # the last 전체 다시 받기: kept while the lists reload around it
        self.resync_result.setWordWrap(True)
        self.resync_result.hide()
        self.layout_.addWidget(self.resync_result)
        self.tabs = QTabWidget()
        self.layout_.addWidget(self.tabs, 1)

        settle = QSplitter(Qt.Orientation.Vertical)
        self.issue_table = _table([self.tr("구분"), self.tr("기록 종류"), self.tr("기록"), self.tr("사유"),
                                   self.tr("대기 변경")])
        self.issue_table.itemSelectionChanged.connect(self._show_issue)
        settle.addWidget(self.issue_table)
        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        # a wrapped label in a splitter pane gets one line's height; the reason is up to three lines
        self.reason.setMinimumHeight(3 * self.reason.fontMetrics().lineSpacing() + 4)
        self.reason.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        dl.addWidget(self.reason)
        self.fields = _table([self.tr("항목"), self.tr("이 PC"), self.tr("서버"), self.tr("서버 것으로")])
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        dl.addWidget(self.fields, 1)
        buttons = QHBoxLayout()
        self.actions = {
            "mine": QPushButton(self.tr("내 것 유지")),
            "theirs": QPushButton(self.tr("서버 것 받기")),
            "fields": QPushButton(self.tr("선택한 항목만 서버 것으로")),
            "resend": QPushButton(self.tr("고친 내용 다시 보내기")),
            "discard": QPushButton(self.tr("이 PC에서 지우기")),
        }
        for choice, button in self.actions.items():
            button.clicked.connect(lambda _=False, c=choice: self._resolve(c))
            buttons.addWidget(button)
        buttons.addStretch(1)
        dl.addLayout(buttons)
        settle.addWidget(detail)
        settle.setSizes([180, 320])
        self.tabs.addTab(settle, self.tr("해결할 기록"))

        self.queue_table = _table([self.tr("순번"), self.tr("기록"), self.tr("작업"), self.tr("입력자"),
                                   self.tr("입력 시각"), self.tr("상태")])
        self.tabs.addTab(self.queue_table, self.tr("전송 대기"))
        self._show_issue()
        from heemang_desktop.features import merged

        self.watch(*merged("entities"))  # any saved record joins the queue; a sync settles or adds rows

    def activated(self) -> None:
        Op(self, _lists).success(self._lists).run()

    def _lists(self, lists) -> None:
        self.issues, self.held, queued, differs = lists
        self._fill_issues()
        self._queue(queued)
        labels = sync_service.entity_labels()
        self.sanity.setVisible(bool(differs))
        self.sanity.setText(self.tr("마지막 동기화 후 점검에서 이 PC와 중앙 서비스의 기록이 다릅니다 ({0}). "
                                    "[전체 다시 받기]로 맞추세요.")
                            .format(", ".join(labels.get(e, e) for e in differs)))

    def _full_resync(self) -> None:
        sync = getattr(self.window_, "sync", None)
        if sync is None or not self.window_.session or not self.window_.session.server_url:
            self.window_.status.showMessage(
                self.tr("중앙 서비스가 설정되지 않았습니다. [동기화 설정]을 먼저 하세요."), 8000)
            return
        if not dialogs.confirm(self, self.tr("전체 다시 받기"), self.tr(
                "데이터 파일을 백업하고 보내지 않은 변경을 파일로 내보낸 뒤, "
                "모든 기록을 중앙 서비스에서 다시 받습니다. 서버와 다른 기록은 서버 것으로 바뀌고, "
                "서버에 없는 기록은 파일로 보관한 뒤 이 PC에서 뺍니다. "
                "보내지 않은 변경은 그대로 남아 다시 보내집니다."), self.tr("다시 받기")):
            return
        self.resync_button.setEnabled(False)
        self.window_.status.showMessage(self.tr("전체 다시 받는 중…"))
        sync.ensure_started()
        sync.worker.resync_done.connect(self._resynced, Qt.ConnectionType.SingleShotConnection)
        sync.full_resync()

    def _resynced(self, result) -> None:
        self.resync_button.setEnabled(True)
        self.last_resync = result
        if isinstance(result, BaseException):
            self.window_.status.showMessage(self.tr("전체 다시 받기를 하지 못했습니다: {0}").format(result), 15000)
            return
        text = sync_service.describe_resync(result, limit=8)  # the whole list is in the CLI's output
        self.window_.status.showMessage(text.splitlines()[0], 15000)
        self.resync_result.setText(text)
        self.resync_result.setVisible(True)
        self.activated()

    def _rows(self) -> list:
        return [*self.issues, *self.held]

    def _fill_issues(self) -> None:
        rows = self._rows()
        self.tabs.setTabText(0, self.tr("해결할 기록 ({0})").format(f"{len(rows):,}"))
        self.issue_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            held = r >= len(self.issues)  # the rows are [*issues, *held]
            kind = "quarantined" if held else row.kind
            name = getattr(row, "record_name", "") or row.entity_id  # held-back pulls have no local record
            cells = [self.tr(_KINDS[kind]) if kind in _KINDS else kind, row.entity_label, name, row.reason,
                     "" if held else f"{row.changes:,}"]
            for c, v in enumerate(cells):
                item = QTableWidgetItem(v)
                if c == 0:
                    item.setForeground(QBrush(QColor("#8a4b00" if held else "#b00020")))
                self.issue_table.setItem(r, c, item)
        if rows:
            self.issue_table.selectRow(0)
        self._show_issue()

    def _queue(self, rows) -> None:
        self.summary.setText(self.tr("중앙 서비스로 보낼 변경 {0}건").format(f"{len(rows):,}"))
        self.tabs.setTabText(1, self.tr("전송 대기 ({0})").format(f"{len(rows):,}"))
        self.queue_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            op = self.tr(_OPS[row.op]) if row.op in _OPS else row.op
            state = self.tr(_STATES[row.state]) if row.state in _STATES else row.state
            for c, v in enumerate([str(row.seq), row.record, op, row.user_id,
                                   seoul_text(row.created_at.isoformat()), state]):
                self.queue_table.setItem(r, c, QTableWidgetItem(v))

    def _current(self):
        rows = self.issue_table.selectionModel().selectedRows()
        every = self._rows()
        return every[rows[0].row()] if rows and rows[0].row() < len(every) else None

    def _show_issue(self) -> None:
        issue = self._current()
        rows = self.issue_table.selectionModel().selectedRows()
        held = issue is not None and rows[0].row() >= len(self.issues)
        for choice, button in self.actions.items():
            button.setVisible(bool(issue) and not held and choice in issue.choices)
        self.fields.setRowCount(0)
        if issue is None:
            self.reason.setText(self.tr("해결할 기록이 없습니다."))
            return
        if held:
            self._show_held(issue)
            return
        self.fields.setColumnHidden(1, False)
        self.reason.setText(f"{issue.entity_label}: {issue.reason}")
        conflict = issue.kind == "conflict" and not issue.theirs_deleted
        self.fields.setColumnHidden(2, issue.kind != "conflict")
        self.fields.setColumnHidden(3, not conflict)
        self.fields.setRowCount(len(issue.fields))
        for r, f in enumerate(issue.fields):
            cells = [QTableWidgetItem(f.label or f.name), QTableWidgetItem(f.mine), QTableWidgetItem(f.theirs)]
            cells[0].setData(Qt.ItemDataRole.UserRole, f.name)
            for c, item in enumerate(cells):
                if f.differs:
                    item.setBackground(QBrush(QColor("#fff3e0")))
                self.fields.setItem(r, c, item)
            pick = QTableWidgetItem()
            if conflict and f.differs:
                pick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                pick.setCheckState(Qt.CheckState.Unchecked)
            else:
                pick.setFlags(Qt.ItemFlag.NoItemFlags)
            self.fields.setItem(r, 3, pick)

    def _show_held(self, held) -> None:
        self.reason.setText(self.tr(
            "{0} {1}: 중앙 서비스에서 받은 변경이 올바르지 않아 이 PC에 적용하지 않고 격리했습니다.\n사유: {2}\n"
            "다른 PC나 중앙 서비스에서 기록을 고치면 다음 동기화 때 적용되고 이 목록에서 사라집니다.")
            .format(held.entity_label, held.entity_id, held.reason))
        self.fields.setColumnHidden(1, True)
        self.fields.setColumnHidden(2, False)
        self.fields.setColumnHidden(3, True)
        self.fields.setRowCount(len(held.fields))
        for r, (name, value) in enumerate(held.fields.items()):
            cells = [QTableWidgetItem(sync_service.field_label(held.entity, name)), QTableWidgetItem(""),
                     QTableWidgetItem(value)]
            for c, item in enumerate(cells):
                if name == held.field:
                    item.setBackground(QBrush(QColor("#fff3e0")))
                self.fields.setItem(r, c, item)

    def picked_fields(self) -> tuple[str, ...]:
        return tuple(self.fields.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(self.fields.rowCount())
                     if self.fields.item(r, 3) and self.fields.item(r, 3).checkState() == Qt.CheckState.Checked)

    def _resolve(self, choice: str) -> None:
        issue = self._current()
        if issue is None:
            return
        question = self._question(issue, choice)
        if question and not dialogs.confirm(self, self.actions[choice].text(), question, self.actions[choice].text()):
            return
        fields = self.picked_fields()
        Op(self, lambda ctx: sync_service.resolve(ctx, issue.entity_id, choice, fields)).success(self._resolved).run()

    def _question(self, issue, choice: str) -> str:
        """What a choice throws away, for the confirmation; empty when it throws nothing away."""
        record = f"{issue.entity_label} {issue.record_name or issue.entity_id}"
        if choice == "theirs":
            return self.tr("{0}: 이 PC에서 고친 내용을 버리고 서버의 기록으로 바꿉니다. "
                           "버린 내용은 되돌릴 수 없습니다.").format(record)
        if choice == "mine":
            return self.tr("{0}: 다른 PC(서버)에서 고친 내용을 이 PC의 기록으로 덮어씁니다.").format(record)
        if choice == "discard":
            return self.tr("{0}: 이 PC에만 있는 이 기록을 지웁니다. "
                           "서버로 보내지 않으며 되돌릴 수 없습니다.").format(record)
        return ""

    def _resolved(self, message: str) -> None:
        self.window_.status.showMessage(message, 8000)
        self.changed()  # the list itself reloads on the broadcast (it watches every record kind)
        sync = getattr(self.window_, "sync", None)
        if sync is not None:
            sync.sync_now()
