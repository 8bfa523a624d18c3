"""The inquiry composer: spans of personal data highlighted as the user types, 보내기 disabled until
the title, the content and the attachment names are clean, and one action that moves every flagged
part to the private field (대상자 정보), which is sealed and never scanned."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
)

from heemang_desktop.inquiries import service

from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.widgets.message_line import MessageLine

CHECK_AFTER_MS = 300  # typing pauses this long before the guard runs
FLAG = QColor("#ffcdd2")


class OneLine(QTextEdit):
    """A title box that can show highlighted spans (QLineEdit cannot): one line, Enter moves on, a
    pasted line break becomes a space."""

    def __init__(self):
        super().__init__()
        self.setAcceptRichText(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.NoWrap)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(self.fontMetrics().height() + 14)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:  # noqa: N802 - Qt's name
        self.insertPlainText(" ".join(source.text().split("\n")))


class Composer(QDialog):
    def __init__(self, page, window):
        super().__init__(window)
        self.page = page
        self.main_window = window
        self.setWindowTitle(self.tr("새 질의"))
        self.resize(760, 620)
        self.found: dict[str, list] = {}
        self._generation = 0
        self._files: list[str] = []
        self._shots = tempfile.TemporaryDirectory(prefix="heemang-shot-")

        self.title = OneLine()
        self.title.setPlaceholderText(self.tr("무엇이 안 되는지 한 줄로 (개인정보 없이)"))
        self.kind = QComboBox()
        self.kind.addItems(service.kinds())
        self.category = QComboBox()
        self.category.addItem(self.tr("(업무분류 없음)"), "")
        for top, subs in service.categories().items():
            self.category.addItem(top, top)
            for sub in subs:
                self.category.addItem(f"  {sub}", f"{top} > {sub}")
        self.content = QTextEdit()
        self.content.setAcceptRichText(False)
        self.content.setPlaceholderText(self.tr("어느 화면에서 무엇을 했을 때 어떻게 되었는지 적어 주세요. "
                                                "이 내용은 상담원 외 다른 사람도 볼 수 있습니다."))
        self.private = QPlainTextEdit()
        self.private.setPlaceholderText(self.tr("대상자·직원 이름, 주민등록번호, 연락처 등은 여기에만 적으세요 "
                                                "(암호화해 보관하고 상담원만 봅니다)."))
        self.private.setFixedHeight(80)
        self.attachments = QListWidget()
        self.attachments.setFixedHeight(72)

        self.attach_button = QPushButton(self.tr("파일 첨부…"))
        self.shot_button = QPushButton(self.tr("이 창 화면 첨부"))
        self.remove_button = QPushButton(self.tr("첨부 빼기"))
        self.move_button = QPushButton(self.tr("표시된 개인정보를 비공개 칸으로 옮기기"))
        self.send_button = QPushButton(self.tr("보내기(&S)"))
        self.cancel_button = QPushButton(self.tr("닫기"))
        self.message = MessageLine()
        # The guard reads text, not pictures: what a screenshot shows is the user's to check.
        self.shot_hint = QLabel(self.tr("화면 그림 속 글자는 검사하지 못합니다. 이름·번호가 보이지 않는지 확인하세요."))
        self.shot_hint.setStyleSheet("color: #8a5300;")
        self.shot_hint.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("제목"), self.title)
        kinds = QHBoxLayout()
        kinds.addWidget(self.kind)
        kinds.addWidget(self.category, 1)
        form.addRow(self.tr("종류·업무분류"), kinds)
        form.addRow(self.tr("내용"), self.content)
        form.addRow(self.tr("대상자 정보\n(비공개)"), self.private)
        files = QHBoxLayout()
        files.addWidget(self.attach_button)
        files.addWidget(self.shot_button)
        files.addWidget(self.remove_button)
        files.addStretch(1)
        form.addRow(self.tr("첨부"), self.attachments)
        form.addRow("", files)
        form.addRow("", self.shot_hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.move_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)
        for edit in (self.title, self.content):
            edit.textChanged.connect(self._edited)
        self.attach_button.clicked.connect(self._choose_files)
        self.shot_button.clicked.connect(self.attach_screenshot)
        self.remove_button.clicked.connect(self._remove_file)
        self.move_button.clicked.connect(self.move_to_private)
        self.send_button.clicked.connect(self.send)
        self.cancel_button.clicked.connect(self.reject)
        self.finished.connect(lambda _r: self._shots.cleanup())
        self._set_clean(None)

    # -- the guard ------------------------------------------------------------------------------
    def draft(self) -> service.InquiryDraft:
        return service.InquiryDraft(title=self.title.toPlainText(), kind=self.kind.currentText(),
                                    content=self.content.toPlainText(), private=self.private.toPlainText(),
                                    category=self.category.currentData() or "", attachments=tuple(self._files))

    def _edited(self) -> None:
        self._generation += 1
        self.send_button.setEnabled(False)  # until the guard has seen this text
        self._timer.start(CHECK_AFTER_MS)

    def check(self) -> None:
        self._timer.stop()
        generation, draft = self._generation, self.draft()
        Op(self, lambda ctx: service.check_draft(ctx, draft)).success(
            lambda found: self._checked(generation, found)).run()

    def _checked(self, generation: int, found: dict) -> None:
        if generation == self._generation:  # an answer about text since changed is dropped
            self._set_clean(found)

    def _set_clean(self, found: dict | None) -> None:
        self.found = found or {}
        self._highlight(self.title, self.found.get("title", []))
        self._highlight(self.content, self.found.get("content", []))
        self._mark_files(self.found.get("attachments", []))
        has_text = bool(self.title.toPlainText().strip() and self.content.toPlainText().strip())
        self.send_button.setEnabled(found is not None and not self.found and has_text)
        self.move_button.setEnabled(bool(self.found.get("title") or self.found.get("content")))
        if self.found:
            parts = [f"{service.FIELD_LABELS[k]}: {service.describe(v)}" for k, v in self.found.items()]
            self.message.show_error(self.tr("개인정보로 보이는 부분이 있어 보낼 수 없습니다 ({0}). 표시된 부분을 "
                                            "지우거나 비공개 칸으로 옮기세요.").format("; ".join(parts)))
        elif not self.message.is_error or found is not None:
            self.message.clear()

    @staticmethod
    def _highlight(edit: QTextEdit, spans: list) -> None:
        marks = []
        for s in spans:
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(FLAG)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor("#b00020"))
            fmt.setToolTip(service.LABELS[s.kind])
            sel.format = fmt
            cursor = QTextCursor(edit.document())
            cursor.setPosition(s.start)
            cursor.setPosition(s.end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            marks.append(sel)
        edit.setExtraSelections(marks)

    def _mark_files(self, spans: list) -> None:
        start = 0
        for i in range(self.attachments.count()):
            item = self.attachments.item(i)
            end = start + len(item.text())
            flagged = any(s.start < end and s.end > start for s in spans)
            item.setBackground(FLAG if flagged else QColor("transparent"))
            start = end + 1

    def move_to_private(self) -> None:
        private = self.private.toPlainText()
        for key, edit in (("title", self.title), ("content", self.content)):
            spans = [(s.start, s.end) for s in self.found.get(key, [])]
            text, private = service.move_to_private(edit.toPlainText(), private, spans)
            if text != edit.toPlainText():
                edit.setPlainText(text)
        self.private.setPlainText(private)
        self.check()

    # -- attachments ----------------------------------------------------------------------------
    def add_files(self, paths: list[str]) -> None:
        for p in paths:
            if p not in self._files:
                self._files.append(p)
                self.attachments.addItem(QListWidgetItem(Path(p).name))
        self._edited()

    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("첨부할 파일"), "",
                                                self.tr("문서·그림 (*.pdf *.png *.jpg *.jpeg *.bmp *.hwp *.hwpx "
                                                        "*.xls *.xlsx *.doc *.docx)"))
        self.add_files(paths)

    def attach_screenshot(self) -> None:
        """What the user sees in the main window (not this dialog) as a PNG attachment."""
        n = sum(1 for f in self._files if Path(f).parent == Path(self._shots.name)) + 1
        path = Path(self._shots.name) / f"화면{n}.png"
        self.main_window.grab().save(str(path), "PNG")
        self.add_files([str(path)])
        self.shot_hint.setVisible(True)

    def _remove_file(self) -> None:
        row = self.attachments.currentRow()
        if row >= 0:
            self.attachments.takeItem(row)
            del self._files[row]
            self.shot_hint.setVisible(any(Path(f).parent == Path(self._shots.name) for f in self._files))
            self._edited()

    # -- sending --------------------------------------------------------------------------------
    def send(self) -> None:
        draft = self.draft()
        self.send_button.setEnabled(False)
        Op(self, lambda ctx: service.submit_inquiry(ctx, draft)).success(self._sent).failure(self._refused).run()

    def _sent(self, row) -> None:
        self.page.sent(row)
        self.accept()

    def _refused(self, error) -> None:
        if isinstance(error, service.Blocked):
            self._set_clean(error.found)
        else:
            self.message.show_error(str(error))
            self.send_button.setEnabled(True)
