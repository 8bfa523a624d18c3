"""후원관리 > CMS 출금: a month's debit list, the CMS blackout (affected donors, old → proposed date, the
notice list to export for the facility's SMS service), EB21/EB13 files written, EB14/EB22 results read
with each failure's Korean reason, and the institution setup. A date inside a blackout never goes to
the bank: the service moves it before the file is written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from heemang_desktop.audit import service as audit
from heemang_desktop.donations import service

from heemang_desktop.gui import dialogs
from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.pages.base import Page
from heemang_desktop.gui.subjects.widgets import Column, RowsModel, rows_table
from heemang_desktop.gui.widgets.message_line import MessageLine
from heemang_desktop.gui.widgets.month_picker import MonthPicker

SHOWN = ("pledge", "donor", "cms_batch", "cms_line", "calendar_entry")
DIRECTIONS = (("next", "다음 영업일로"), ("previous", "앞 영업일로"))
BLACKOUT_STYLE = "background: #fdecea; color: #8a1c1c; border: 1px solid #e57373; padding: 6px;"


def _md(day: date | None) -> str:
    return f"{day:%m-%d}" if day else ""


class CmsPage(Page):
    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        self.view = None
        top = QHBoxLayout()
        self.month = MonthPicker()
        self.month.month_changed.connect(lambda _m: self.refresh())
        self.direction = QComboBox()
        for value, label in DIRECTIONS:
            self.direction.addItem(self.tr(label), value)
        self.direction.setToolTip(self.tr("출금 중단 기간에 걸린 출금일을 옮길 방향"))
        self.direction.currentIndexChanged.connect(self.refresh)
        self.eb21_button = QPushButton(self.tr("EB21 출금파일 쓰기…"))
        self.eb21_button.clicked.connect(self._ask_eb21)
        self.eb13_button = QPushButton(self.tr("EB13 등록·해지파일 쓰기…"))
        self.eb13_button.clicked.connect(self._ask_eb13)
        self.discard_button = QPushButton(self.tr("출금 요청 다시 만들기"))
        self.discard_button.setToolTip(self.tr("저장된 이 달의 출금 요청(은행 결과 전)을 버리고 다시 계획합니다"))
        self.discard_button.clicked.connect(self._ask_discard)
        self.discard_button.setEnabled(False)
        self.result_button = QPushButton(self.tr("결과 파일 읽기(EB14·EB22)…"))
        self.result_button.clicked.connect(self._ask_result)
        top.addWidget(QLabel(self.tr("출금월")))
        top.addWidget(self.month)
        top.addWidget(QLabel(self.tr("중단일 옮기기")))
        top.addWidget(self.direction)
        top.addStretch(1)
        for b in (self.eb21_button, self.discard_button, self.eb13_button, self.result_button):
            top.addWidget(b)
        self.layout_.addLayout(top)
        self.blackout_banner = QLabel()
        self.blackout_banner.setWordWrap(True)
        self.blackout_banner.setStyleSheet(BLACKOUT_STYLE)
        self.blackout_banner.hide()
        self.layout_.addWidget(self.blackout_banner)
        self.summary = QLabel()
        self.layout_.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._debits_tab(), self.tr("출금 목록"))
        self.tabs.addTab(self._blackout_tab(), self.tr("출금 중단·안내 명단"))
        self.tabs.addTab(self._results_tab(), self.tr("결과 (불능 사유)"))
        self.tabs.addTab(self._setup_tab(), self.tr("CMS 기관 설정"))
        self.layout_.addWidget(self.tabs, 1)
        self.message = MessageLine()
        self.layout_.addWidget(self.message)
        self.watch(*SHOWN, refresh=self.refresh)

    # -- building ------------------------------------------------------------------------------
    def _debits_tab(self) -> QWidget:
        tab = QWidget()
        v = QVBoxLayout(tab)
        self.debits = RowsModel([
            Column(self.tr("출금일"), lambda d: d.debit_date),
            Column(self.tr("약정일"), lambda d: f"{d.debit_day}일" if d.debit_day else ""),
            Column(self.tr("후원자번호"), lambda d: d.donor_no), Column(self.tr("성명"), lambda d: d.name),
            Column(self.tr("금액"), lambda d: d.amount, right=True),
            Column(self.tr("미납 포함"), lambda d: d.arrears or "", right=True),
            Column(self.tr("미납 월"), lambda d: d.arrears_from),
            Column(self.tr("상태"), lambda d: d.state),
            Column(self.tr("불능 사유"), lambda d: f"{d.reject_code} {d.reason}".strip()),
        ], parent=self)
        self.debit_table = rows_table(self.debits)
        v.addWidget(self.debit_table, 1)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #7a4b00;")
        v.addWidget(self.problems)
        return tab

    def _blackout_tab(self) -> QWidget:
        tab = QWidget()
        v = QVBoxLayout(tab)
        self.moves = RowsModel([
            Column(self.tr("후원자번호"), lambda m: m.donor_no), Column(self.tr("성명"), lambda m: m.name),
            Column(self.tr("휴대전화"), lambda m: m.phone),
            Column(self.tr("기존 출금일"), lambda m: m.old), Column(self.tr("변경 출금일"), lambda m: m.new),
            Column(self.tr("중단 기간"), lambda m: m.window),
        ], parent=self)
        v.addWidget(rows_table(self.moves), 1)
        v.addWidget(QLabel(self.tr("문자 문구 ({이름} {기존출금일} {변경출금일} {중단기간} {중단사유} {기관}을 "
                                   "채웁니다)")))
        self.template = QPlainTextEdit()
        self.template.setMaximumHeight(70)
        v.addWidget(self.template)
        row = QHBoxLayout()
        row.addStretch(1)
        self.notice_button = QPushButton(self.tr("안내 명단 저장(엑셀·CSV)…"))
        self.notice_button.clicked.connect(self._ask_notice)
        row.addWidget(self.notice_button)
        v.addLayout(row)
        return tab

    def _results_tab(self) -> QWidget:
        tab = QWidget()
        v = QVBoxLayout(tab)
        self.result_summary = QLabel(self.tr("은행에서 받은 EB14(등록 결과) 또는 EB22(출금 결과) 파일을 읽으면 "
                                             "불능 건이 사유와 함께 여기에 나옵니다."))
        self.result_summary.setWordWrap(True)
        v.addWidget(self.result_summary)
        self.results = RowsModel([
            Column(self.tr("후원자번호"), lambda r: r.donor_no), Column(self.tr("성명"), lambda r: r.name),
            Column(self.tr("요청"), lambda r: r.request), Column(self.tr("금액"), lambda r: r.amount, right=True),
            Column(self.tr("결과"), lambda r: "정상" if r.ok else "불능"),
            Column(self.tr("불능코드"), lambda r: r.reject_code), Column(self.tr("사유"), lambda r: r.reason),
        ], parent=self)
        v.addWidget(rows_table(self.results), 1)
        return tab

    def _setup_tab(self) -> QWidget:
        tab = QWidget()
        outer = QVBoxLayout(tab)
        box = QGroupBox(self.tr("금융결제원 CMS 이용기관"))
        box.setMaximumWidth(640)  # short codes: a form as wide as the screen reads badly
        form = QFormLayout(box)
        self.institution = QLineEdit()
        self.institution.setMaxLength(10)
        self.bank_code = QLineEdit()
        self.bank_code.setMaxLength(3)
        self.bank_code.setPlaceholderText("004")
        self.account = QLineEdit()
        self.passbook = QLineEdit()
        self.passbook.setPlaceholderText(self.tr("후원자 통장에 찍힐 글자 (예: 희망요양원)"))
        form.addRow(self.tr("기관코드(10자리)"), self.institution)
        form.addRow(self.tr("수납 은행코드"), self.bank_code)
        form.addRow(self.tr("수납 계좌번호"), self.account)
        form.addRow(self.tr("통장 표시 내용"), self.passbook)
        self.setup_button = QPushButton(self.tr("설정 저장"))
        self.setup_button.clicked.connect(self.save_setup)
        form.addRow("", self.setup_button)
        outer.addWidget(box)
        outer.addStretch(1)
        return tab

    # -- reading -------------------------------------------------------------------------------
    def activated(self) -> None:
        Op(self, service.cms_setup).success(self._show_setup).run()
        if not self.template.toPlainText():
            Op(self, lambda ctx: (service.notice_template(ctx), service.default_direction())).success(
                self._show_defaults).run()
        self.refresh()

    def _show_defaults(self, answer) -> None:
        template, direction = answer
        self.template.setPlainText(template)
        self.direction.setCurrentIndex(max(0, self.direction.findData(direction)))

    def _show_setup(self, setup) -> None:
        if setup is None:  # the files need the 기관코드: say where to set it before a write is refused
            self.message.show_error(self.tr("CMS 기관코드가 아직 없습니다. 'CMS 기관 설정' 탭에서 먼저 저장하세요."))
        else:
            self.institution.setText(setup.institution_code)
            self.bank_code.setText(setup.bank_code)
            self.account.setText(setup.account)
            self.passbook.setText(setup.passbook_text)

    def refresh(self) -> None:
        month, direction = self.month.month(), self.direction.currentData()

        def read(ctx):
            return service.month_view(ctx, month, direction), service.blackout_moves(ctx, month, direction)

        def failed(error):
            self.debits.set_rows([])
            self.moves.set_rows([])
            self.blackout_banner.hide()
            self.summary.clear()
            self.message.show_error(str(error))

        Op(self, read).success(self._show).failure(failed).run()

    def _show(self, answer) -> None:
        view, moves = answer
        if view.month != self.month.month():
            return  # the user moved on to another month meanwhile
        self.view = view
        self.discard_button.setEnabled(view.written)
        self.debits.set_rows(view.debits)
        self.moves.set_rows(moves)
        state = self.tr("파일 작성됨") if view.written else self.tr("파일 작성 전")
        self.summary.setText(self.tr("{0} CMS 출금 {1}건, 합계 {2}원 ({3})").format(
            view.month, len(view.debits), f"{view.total:,}", state))
        self.problems.setText("\n".join(self.tr("{0}: {1} {2} — {3}").format(p.label, p.donor_no, p.name, p.reason)
                                        for p in view.problems))
        if moves:
            windows = sorted({m.window for m in moves})
            self.blackout_banner.setText(self.tr("출금 중단 기간 {0}에 걸린 약정 {1}건: 출금일을 옮겨 파일을 씁니다 "
                                                 "(중단 기간의 날짜로는 은행에 보내지 않습니다). 후원자에게 알리려면 "
                                                 "'출금 중단·안내 명단'에서 명단을 저장하세요.").format(
                ", ".join(windows), len(moves)))
            self.blackout_banner.show()
        else:
            self.blackout_banner.hide()

    # -- writing files ---------------------------------------------------------------------------
    def _ask_path(self, title: str, suggested: str, kinds: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, suggested, kinds)
        return Path(name) if name else None

    def _ask_eb21(self) -> None:
        month = self.month.month()
        path = self._ask_path(self.tr("EB21 출금파일 저장"), f"EB21_{month}.txt", self.tr("CMS 파일 (*.txt *.dat)"))
        if path:
            self.write_eb21(path)

    def write_eb21(self, path: Path) -> None:
        month, direction = self.month.month(), self.direction.currentData()

        def done(result):
            files = ", ".join(f"{p.name} ({day:%m-%d} {count}건 {total:,}원)" for p, day, count, total in result.files)
            again = self.tr(" 이미 만든 파일을 다시 썼습니다 (새로 저장한 것 없음).") if result.reused else ""
            skipped = self.tr(" 제외 {0}건은 출금 목록 아래에 있습니다.").format(len(result.problems)) \
                if result.problems else ""
            notes = "".join(" " + n for n in result.notes)
            self.message.show_ok(self.tr("EB21을 저장했습니다: {0}.").format(files) + again + notes + skipped)
            self.changed()

        Op(self, lambda ctx: service.write_eb21(ctx, month, path, direction),
           label=self.tr("EB21 파일을 쓰는 중…")).success(done).run()

    def _ask_discard(self) -> None:
        text = self.tr("{0}의 저장된 출금 요청을 버리고 다시 계획합니다. "
                       "은행에 이미 보낸 파일이면 버리지 마세요.").format(self.month.month())
        if dialogs.confirm(self, self.tr("출금 요청 다시 만들기"), text, self.tr("버리기")):
            self.discard_eb21()

    def discard_eb21(self) -> None:
        month = self.month.month()

        def done(count):
            self.message.show_ok(self.tr("{0}의 출금 요청 {1}건을 버렸습니다. 확인한 뒤 EB21을 다시 쓰세요.").format(
                month, count))
            self.changed()

        Op(self, lambda ctx: service.discard_eb21(ctx, month), label=self.tr("출금 요청을 버리는 중…")).success(
            done).run()

    def _ask_eb13(self) -> None:
        path = self._ask_path(self.tr("EB13 등록파일 저장"), f"EB13_{date.today():%Y%m%d}.txt",
                              self.tr("CMS 파일 (*.txt *.dat)"))
        if path:
            self.write_eb13(path)

    def write_eb13(self, path: Path, day: date | None = None) -> None:
        day = day or date.today()

        def write(ctx):
            unconsented = service.without_consent(ctx)  # before: the file takes them out of waiting
            return service.write_eb13(ctx, path, day), unconsented

        def done(answer):
            result, unconsented = answer
            _path, _day, count, _total = result.files[0]
            notes = [f"{p.donor_no} {p.name}: {p.reason}" for p in result.problems + unconsented]
            moved = [result.moved] if result.moved else []  # a blackout day: the file carries the next one
            self.message.show_ok("\n".join([self.tr("EB13을 저장했습니다: {0} ({1}건).").format(path.name, count),
                                            *moved, *notes]))
            self.changed()

        Op(self, write).success(done).run()

    def _ask_notice(self) -> None:
        path = self._ask_path(self.tr("안내 명단 저장"), f"출금일변경안내_{self.month.month()}.xlsx",
                              "Excel (*.xlsx);;CSV (*.csv)")
        if path:
            self.write_notice(path)

    def write_notice(self, path: Path) -> None:
        month, direction, template = self.month.month(), self.direction.currentData(), self.template.toPlainText()

        def write(ctx):
            count = service.write_notice(ctx, month, path, template, direction)
            service.keep_notice_template(ctx, template)  # the wording the facility uses, for next time
            # names and phone numbers leave the store: 접속기록 (architecture §10)
            audit.record(ctx, audit.EXPORT, "donor", detail=f"CMS 출금일 변경 안내 명단 {month} {count}명")
            return count

        Op(self, write).success(
            lambda n: self.message.show_ok(self.tr("안내 명단 {0}명을 저장했습니다: {1}").format(n, path))).run()

    # -- results and setup -----------------------------------------------------------------------
    def _ask_result(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("CMS 결과 파일 열기"), "", self.tr("CMS 파일 (*)"))
        if name:
            self.read_result(Path(name))

    def read_result(self, path: Path) -> None:
        def done(result):
            self.tabs.setCurrentIndex(2)
            if result.already_applied:  # the failures shown stay: the file has nothing new
                text = self.tr("{0} {1}: 이미 반영한 파일입니다. 바뀐 것은 없습니다.")
                self.result_summary.setText(text.format(result.kind, result.day))
            else:
                self.results.set_rows([r for r in result.lines if not r.ok])
                text = self.tr("{0} {1}: 정상 {2}건, 불능 {3}건을 반영했습니다.")
                self.result_summary.setText(text.format(result.kind, result.day, result.done, result.failed))
            self.message.show_ok(self.result_summary.text())
            self.changed()

        Op(self, lambda ctx: service.apply_result(ctx, path)).success(done).run()

    def save_setup(self) -> None:
        setup = service.CmsSetup(self.institution.text().strip(), self.bank_code.text().strip(),
                                 self.account.text().strip(), self.passbook.text().strip())
        Op(self, lambda ctx: service.set_cms_setup(ctx, setup)).success(
            lambda s: self.message.show_ok(self.tr("CMS 기관코드 {0}을(를) 저장했습니다.").format(s.institution_code))
        ).run()
