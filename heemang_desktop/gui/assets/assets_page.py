"""인사/급여/세무/자산 > 재산·비품: the register with filters, the asset card (history), acquiring from an
expense line, moves, disposal, the registers to Excel/PDF, labels, the assets upload; and the 재물조사 tab."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from heemang_desktop.assets import service

from heemang_desktop.gui.assets.count_tab import CountTab
from heemang_desktop.gui.assets.dialogs import AssetDialog, CorrectDialog, DisposeDialog, MoveDialog
from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.pages.base import Page
from heemang_desktop.gui.subjects.widgets import Column, RowsModel, rows_table
from heemang_desktop.gui.widgets.message_line import MessageLine

SHOWN = ("asset", "asset_event", "resolution")


class AssetsPage(Page):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        self.current = None  # the AssetView on the card
        self.upload = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self._register_tab(), self.tr("대장"))
        self.count_tab = CountTab(self)
        self.tabs.addTab(self.count_tab, self.tr("재물조사"))
        self.layout_.addWidget(self.tabs, 1)
        self.layout_.addLayout(self._excel_row())
        self._debounce = QTimer(self, singleShot=True, interval=250, timeout=self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.category, self.state):
            combo.currentIndexChanged.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        self.watch(*SHOWN, refresh=self.refresh)
        self.watch("asset_count", "asset_count_line", "asset", refresh=self.count_tab.refresh)

    # -- building ------------------------------------------------------------------------------
    def _register_tab(self) -> QWidget:
        tab = QWidget()
        v = QVBoxLayout(tab)
        filters = QHBoxLayout()
        self.category = QComboBox()
        self.category.addItem(self.tr("분류 전체"), "")
        for c in service.categories():
            self.category.addItem(c, c)
        self.state = QComboBox()
        for label, value in ((self.tr("사용 중"), service.IN_USE), (self.tr("불용"), service.DISPOSED),
                             (self.tr("상태 전체"), "")):
            self.state.addItem(label, value)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("자산번호·품명·관리자 (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.total = QLabel()
        for w in (self.category, self.state):
            filters.addWidget(w)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.total)
        v.addLayout(filters)
        splitter = QSplitter()
        self.model = RowsModel([
            Column(self.tr("자산번호"), lambda a: a.number), Column(self.tr("품명"), lambda a: a.name),
            Column(self.tr("위치"), lambda a: a.location), Column(self.tr("관리자"), lambda a: a.custodian),
            Column(self.tr("취득일자"), lambda a: a.acquired_on), Column(self.tr("취득금액"), lambda a: a.cost, True),
            Column(self.tr("장부가액"), lambda a: a.depreciation(self.year.value())[1], True),
            Column(self.tr("상태"), lambda a: a.state_text),
        ], parent=self)
        self.table = rows_table(self.model)
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for column in (0, 4, 5, 6):  # number, date and amounts whole; names and places share the rest
            header.setSectionResizeMode(column, header.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        splitter.addWidget(self.table)
        splitter.addWidget(self._card())
        splitter.setSizes([760, 420])
        v.addWidget(splitter, 1)
        v.addLayout(self._buttons())
        self.message = MessageLine()
        v.addWidget(self.message)
        return tab

    def _card(self) -> QWidget:
        card = QWidget()
        v = QVBoxLayout(card)
        v.setContentsMargins(0, 0, 0, 0)
        self.details = QLabel(self.tr("자산을 고르면 카드와 이력이 여기에 나옵니다."))
        self.details.setWordWrap(True)
        self.details.setStyleSheet("padding: 6px; background: #f7f9fc; border: 1px solid #dde6f2;")
        v.addWidget(self.details)
        v.addWidget(QLabel(self.tr("이력")))
        self.events = RowsModel([
            Column(self.tr("일자"), lambda e: e.event_date), Column(self.tr("구분"), lambda e: e.kind),
            Column(self.tr("위치"), lambda e: f"{e.from_location} → {e.to_location}" if e.from_location
                   else e.to_location),
            Column(self.tr("관리자"), lambda e: f"{e.from_custodian} → {e.to_custodian}"
                   if e.from_custodian and e.from_custodian != e.to_custodian else e.to_custodian),
        ], parent=self)
        v.addWidget(rows_table(self.events), 1)
        row = QHBoxLayout()
        self.correct_button = QPushButton(self.tr("고치기…"))
        self.correct_button.clicked.connect(self.open_correct)
        row.addWidget(self.correct_button)
        self.move_button = QPushButton(self.tr("이동·관리자 변경…"))
        self.move_button.clicked.connect(self.open_move)
        self.dispose_button = QPushButton(self.tr("불용 처리…"))
        self.dispose_button.clicked.connect(self.open_dispose)
        row.addWidget(self.move_button)
        row.addWidget(self.dispose_button)
        v.addLayout(row)
        self._card_buttons()
        return card

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.acquire_button = QPushButton(self.tr("결의서에서 취득…"))
        self.acquire_button.setToolTip(self.tr("시설비·자산취득비 지출결의서의 줄에서 자산을 등록합니다."))
        self.acquire_button.clicked.connect(self.open_acquire)
        self.add_button = QPushButton(self.tr("기존 자산 등록…"))
        self.add_button.clicked.connect(lambda: AssetDialog(self, self._saved).open())
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.setSuffix(self.tr("년"))
        self.year.setToolTip(self.tr("장부가액과 대장은 이 해 말 기준입니다."))
        self.year.valueChanged.connect(lambda _y: self.model.layoutChanged.emit())
        self.register_button = QPushButton(self.tr("대장 저장…"))
        self.register_button.setToolTip(self.tr("고른 분류(전체면 비품)의 대장을 엑셀 또는 PDF로 저장합니다."))
        self.register_button.clicked.connect(self._ask_register)
        self.labels_button = QPushButton(self.tr("라벨 저장…"))
        self.labels_button.setToolTip(self.tr("목록에 보이는 자산의 라벨(자산번호+QR)을 A4 라벨지 PDF로 저장합니다."))
        self.labels_button.clicked.connect(self._ask_labels)
        for w in (self.acquire_button, self.add_button):
            row.addWidget(w)
        row.addStretch(1)
        for w in (self.year, self.register_button, self.labels_button):
            row.addWidget(w)
        return row

    def _excel_row(self) -> QHBoxLayout:
        """Both uploads under the tabs: the assets bought before the app, and a filled 재물조사표."""
        row = QHBoxLayout()
        self.upload_button = QPushButton(self.tr("재산·비품 엑셀 올리기…"))
        self.upload_button.setToolTip(self.tr("앱을 쓰기 전에 산 재산·비품을 빈 양식에 적어 한꺼번에 올립니다."))
        self.upload_button.clicked.connect(lambda: self.open_upload("assets"))
        self.template_button = QPushButton(self.tr("재산·비품 빈 양식 저장…"))
        self.template_button.clicked.connect(lambda: self._ask_template("assets", self.tr("재산비품_양식.xlsx")))
        self.count_upload_button = QPushButton(self.tr("재물조사표 올리기…"))
        self.count_upload_button.setToolTip(
            self.tr("[재물조사] 탭의 조사표에 결과를 적어 올리면 진행 중인 조사에 들어갑니다."))
        self.count_upload_button.clicked.connect(lambda: self.open_upload("assets-count"))
        self.count_template_button = QPushButton(self.tr("재물조사표 빈 양식 저장…"))
        self.count_template_button.clicked.connect(
            lambda: self._ask_template("assets-count", self.tr("재물조사_양식.xlsx")))
        for b in (self.upload_button, self.template_button, self.count_upload_button, self.count_template_button):
            row.addWidget(b)
        row.addStretch(1)
        return row

    def _card_buttons(self) -> None:
        busy = self.current is None or self.current.state == service.DISPOSED
        self.move_button.setEnabled(not busy)
        self.correct_button.setEnabled(not busy)
        self.dispose_button.setEnabled(not busy)

    # -- loading -------------------------------------------------------------------------------
    def activated(self) -> None:
        self.refresh()
        self.count_tab.refresh()

    def refresh(self) -> None:
        query = service.AssetQuery(category=self.category.currentData(), state=self.state.currentData(),
                                   text=self.search.text())
        keep = self.current.id if self.current else None

        def shown(rows):
            self.model.set_rows(rows)
            self.total.setText(self.tr("{0}건 · {1}원").format(f"{len(rows):,}", f"{sum(a.cost for a in rows):,}"))
            for i, a in enumerate(rows):
                if a.id == keep:
                    self.table.selectRow(i)

        Op(self, lambda ctx: service.list_assets(ctx, query)).success(shown).run()

    def _chosen(self, current, _previous) -> None:
        if not current.isValid() or current.row() >= len(self.model.rows):
            return
        self.open_asset(self.model.rows[current.row()].id)

    def open_asset(self, asset_id: str) -> None:
        def shown(answer):
            a, events, source = answer
            self.current = a
            life = self.tr("{0}년, {1}년 말 장부가액 {2}원").format(
                a.useful_life, self.year.value(), f"{a.depreciation(self.year.value())[1]:,}") if a.useful_life \
                else self.tr("상각 안 함")
            lines = [f"<b>{a.number}</b> {a.name} {a.spec}", self.tr("{0} · {1} · 수량 {2}").format(
                a.category, a.kind or "-", a.quantity),
                self.tr("취득 {0} · {1}원 · 재원 {2}{3}").format(
                    a.acquired_on, f"{a.cost:,}", a.funding_source or "-",
                    self.tr(" (보조금: 불용 시 승인 필요)") if a.subsidy else ""),
                self.tr("내용연수: {0}").format(life), self.tr("위치 {0} · 관리자 {1}").format(a.location, a.custodian)]
            if a.resolution_id:
                lines.append(self.tr("취득 결의: {0} {1}번째 줄").format(source, a.resolution_line))
            if a.state == service.DISPOSED:
                lines.append(self.tr("불용 {0} ({1}) · 승인 {2} · 매각대금 {3}원").format(
                    a.disposed_on, a.disposal_method, a.approval or "-", f"{a.proceeds:,}"))
            self.details.setText("<br>".join(lines))
            self.events.set_rows(events)
            self._card_buttons()

        def read(ctx):
            a = service.get_asset(ctx, asset_id)
            return a, service.history(ctx, asset_id), service.resolution_number(ctx, a.resolution_id)

        Op(self, read).success(shown).run()

    # -- actions -------------------------------------------------------------------------------
    def _saved(self, asset) -> None:
        self.current = asset
        self.message.show_ok(self.tr("저장했습니다: {0} {1}").format(asset.number, asset.name))
        self.changed()
        self.open_asset(asset.id)

    def open_acquire(self) -> None:
        year = self.year.value()

        def chosen(lines):
            if not lines:
                self.message.show_error(
                    self.tr("{0}년에 자산으로 등록할 시설비·자산취득비 지출 줄이 없습니다.").format(year))
                return
            AssetDialog(self, self._saved, lines).open()

        Op(self, lambda ctx: service.acquisition_lines(ctx, year)).success(chosen).run()

    def open_correct(self) -> None:
        if self.current is not None:
            CorrectDialog(self, self.current, self._saved).open()

    def open_move(self) -> None:
        if self.current is not None:
            MoveDialog(self, self.current, self._saved).open()

    def open_dispose(self) -> None:
        if self.current is not None:
            DisposeDialog(self, self.current, self._saved).open()

    def open_upload(self, kind: str = "assets"):
        from heemang_desktop.gui.upload_dialog import UploadDialog

        title = self.tr("재산·비품 엑셀 업로드") if kind == "assets" else self.tr("재물조사표 업로드")
        self.upload = UploadDialog(kind, title, self)
        self.upload.open()
        return self.upload

    def _ask_template(self, kind: str, suggested: str) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("빈 양식 저장"), suggested, "Excel (*.xlsx)")
        if name:
            self.save_template(kind, Path(name))

    def save_template(self, kind: str, path: Path) -> None:
        from heemang_desktop.features import load, merged

        writer = load(merged("templates")[kind])
        Op(self, lambda _ctx: writer(path)).success(
            lambda _none: self.message.show_ok(self.tr("빈 양식을 저장했습니다: {0}").format(path))).run()

    def _ask_register(self) -> None:
        category = self.category.currentData() or service.EQUIPMENT
        name, _ = QFileDialog.getSaveFileName(self, self.tr("대장 저장"), f"{service.register_title(category)}.xlsx",
                                              "Excel (*.xlsx);;PDF (*.pdf)")
        if name:
            self.save_register(category, Path(name))

    def save_register(self, category: str, path: Path) -> None:
        year = self.year.value()
        Op(self, lambda ctx: service.save_register(ctx, category, year, path)).success(
            lambda p: self.message.show_ok(self.tr("저장했습니다: {0}").format(p))).run()

    def _ask_labels(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("라벨 저장"), self.tr("재산비품_라벨.pdf"), "PDF (*.pdf)")
        if name:
            self.save_labels([a.id for a in self.model.rows], Path(name))

    def save_labels(self, ids: list[str], path: Path) -> None:
        Op(self, lambda ctx: service.save_labels(ctx, ids, path)).success(
            lambda n: self.message.show_ok(self.tr("라벨 {0}장을 저장했습니다: {1}").format(n, path))).run()
