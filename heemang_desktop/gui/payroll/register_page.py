"""인사/급여 > 급여대장: run the month, see every row with its flags, override a figure by hand, close,
and the month's outputs (payslip PDFs, e-mail, 장기요양 workbook, transfer list, 인건비 결의서)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from heemang_desktop.payroll import service
from heemang_desktop.payroll.service import EMPLOYER

from heemang_desktop.gui import dialogs
from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.pages.base import Page
from heemang_desktop.gui.payroll.mail_run import MailRun
from heemang_desktop.gui.widgets.message_line import MessageLine

COLUMNS = (("사번", None), ("성명", None), ("고용형태", None), ("지급총액", "gross"), ("비과세", "nontaxable"),
           ("국민연금", "pension"), ("건강보험", "health"), ("장기요양", "ltc"), ("고용보험", "employment"),
           ("소득세", "income_tax"), ("지방소득세", "local_tax"), ("공제총액", "deductions"), ("실지급액", "net"),
           ("사업주부담", "employer"), ("메일", None), ("확인", None))
TOTALS = ("gross", "nontaxable", "deductions", "net", "employer")
MAIL_LABELS = {"sent": "보냄", "failed": "실패", "skipped": "건너뜀", "sending": "확인 필요 (전송 여부 불명)"}
FLAG = QColor("#fff1c2")
MINIMUM_WAGE_FLAG = "최저임금 미달"  # how payroll/compute.py begins that row flag
OVERRIDDEN = QColor("#e3f0ff")
ROOT = QModelIndex()


class RegisterModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: tuple = ()
        self.mail: dict = {}

    def set_data(self, entries, mail) -> None:
        self.beginResetModel()
        self.entries, self.mail = tuple(entries), dict(mail)
        self.endResetModel()

    def rowCount(self, parent=ROOT):
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=ROOT):
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][0])
        return None

    def _value(self, e, col: int):
        label, key = COLUMNS[col]
        if key in TOTALS:
            return getattr(e, key)
        if key:
            return e.amount(key)
        if label == "메일":
            sent = self.mail.get(e.employee_id)
            return self.tr(MAIL_LABELS[sent.state]) if sent and sent.state in MAIL_LABELS else ""
        if label == "확인":
            return " · ".join(e.flags)
        return (e.employee_no, e.name, e.employment_type)[col]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        key = COLUMNS[index.column()][1]
        value = self._value(e, index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{value:,}" if isinstance(value, int) else value
            return f"✎ {text}" if key in e.overridden else text
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if key in e.overridden:
                return QBrush(OVERRIDDEN)
            if e.flags:
                return QBrush(FLAG)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "employer":
                return "\n".join(f"{ln.name} {ln.amount:,}원: {ln.basis}" for ln in e.lines if ln.kind == EMPLOYER)
            line = next((ln for ln in e.lines if ln.code == key), None)
            if line is not None:
                return line.basis
            sent = self.mail.get(e.employee_id)
            if COLUMNS[index.column()][0] == "메일" and sent and sent.reason:
                return sent.reason
        return None


class PayrollPage(Page):
    WATCHES = ("payroll_register", "payroll_entry", "payslip_mail", "payroll_premium")

    def __init__(self, window, page_id, title):
        super().__init__(window, page_id, title)
        self.view = None
        self.last_mail: list = []
        self.mail_run = MailRun(self)
        self.mail_run.progress.connect(self._mail_progress)
        self.mail_run.finished.connect(self._mailed)
        self.mail_run.failed.connect(self._mail_failed)
        self.buttons: dict[str, QPushButton] = {}

        def button(key: str, label: str, slot) -> QPushButton:
            b = QPushButton(self.tr(label))
            b.clicked.connect(slot)
            self.buttons[key] = b
            return b

        bar = QHBoxLayout()
        self.month = QDateEdit()
        self.month.setDisplayFormat("yyyy-MM")
        today = date.today()
        self.month.setDate(QDate(today.year, today.month, 1))
        self.month.dateChanged.connect(lambda _d: (self.message.clear(), self.reload()))
        prev_button, next_button = QPushButton("◀"), QPushButton("▶")
        for b, step in ((prev_button, -1), (next_button, 1)):
            b.setFixedWidth(32)
            b.clicked.connect(lambda _c=False, s=step: self.month.setDate(self.month.date().addMonths(s)))
        self.run_button = QPushButton(self.tr("급여 계산(&R)"))
        self.run_button.clicked.connect(self.run)
        self.close_button = QPushButton(self.tr("마감"))
        self.close_button.clicked.connect(self.close_month)
        self.employer_button = QPushButton(self.tr("사업주 부담 설정…"))
        self.employer_button.clicked.connect(self.employer_settings)
        bar.addWidget(QLabel(self.tr("지급연월")))
        for w in (prev_button, self.month, next_button, self.run_button, self.close_button,
                  button("resolution", "인건비 결의서 만들기", self.make_resolution),
                  button("withholding", "원천징수신고서…", self.export_withholding_return),
                  button("day_statement", "일용 지급명세서…", self.export_day_laborer_statement), _gap(),
                  button("profile", "직원 급여 설정…", self.pay_settings), self.employer_button):
            bar.addWidget(w)
        bar.addStretch(1)
        self.state = QLabel()
        bar.addWidget(self.state)
        self.layout_.addLayout(bar)

        # the month's outputs, grouped so the row fits a 1366-pixel screen
        outputs = QHBoxLayout()
        outputs.addWidget(_group_label(self.tr("명세서")))
        for w in (button("pdf", "PDF 저장…", self.save_payslips), button("mail", "메일 발송", lambda: self.mail(False)),
                  button("retry", "실패만 다시 보내기", lambda: self.mail(True)),
                  button("settings", "메일 설정…", self.mail_settings), _gap(), _group_label(self.tr("엑셀 저장")),
                  button("register_out", "급여대장…", self.export_register),
                  button("bank", "이체 목록…", self.export_transfers), _gap(),
                  _group_label(self.tr("장기요양 급여대장")),
                  button("ltc_in", "올리기…", self.import_ltc),
                  button("ltc_template", "빈 양식 저장…", self.save_template),
                  button("ltc_out", "내보내기…", self.export_ltc)):
            outputs.addWidget(w)
        outputs.addStretch(1)
        self.layout_.addLayout(outputs)
        self.message = MessageLine()  # what the user must fix (Op routes a service's refusal here)
        self.layout_.addWidget(self.message)

        split = QSplitter(Qt.Orientation.Vertical)
        self.model = RegisterModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_detail(cur.row()))
        split.addWidget(self.table)
        split.addWidget(self._detail_panel())
        split.setSizes([420, 240])
        self.layout_.addWidget(split, 1)
        self.totals = QLabel()
        self.totals.setStyleSheet("font-weight: bold; padding: 4px;")
        self.layout_.addWidget(self.totals)
        self.employer_totals = QLabel()
        self.employer_totals.setStyleSheet("padding: 0 4px 4px 4px;")
        self.employer_totals.setWordWrap(True)
        self.layout_.addWidget(self.employer_totals)
        self.employer_warning = QLabel()
        self.employer_warning.setStyleSheet("color: #a15c00; padding: 0 4px 4px 4px;")
        self.employer_warning.setWordWrap(True)
        self.employer_warning.hide()
        self.layout_.addWidget(self.employer_warning)
        self.premiums = QLabel()  # the facility's premium rules, so a <5-staff register is never mistaken
        self.premiums.setStyleSheet("padding: 0 4px 4px 4px;")
        self.layout_.addWidget(self.premiums)
        legend = QLabel(self.tr("노란 행: 확인 필요(최저임금 미달, 신고 금액 차이 등) · ✎ 파란 칸: 수기로 고친 금액 · "
                                "칸에 마우스를 올리면 산출 근거가 보입니다"))
        legend.setStyleSheet("color: #555;")
        legend.setWordWrap(True)
        self.layout_.addWidget(legend)
        self.watch(*self.WATCHES, refresh=self.reload)

    def _detail_panel(self) -> QWidget:
        panel = QWidget()
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 0, 0, 0)
        self.detail_title = QLabel()
        box.addWidget(self.detail_title)
        self.lines = QTableWidget(0, 3)
        self.lines.setHorizontalHeaderLabels([self.tr("항목"), self.tr("금액"), self.tr("산출 근거")])
        self.lines.verticalHeader().setVisible(False)
        self.lines.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.lines.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.lines.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.lines.currentCellChanged.connect(lambda row, *_: self._pick_line(row))
        box.addWidget(self.lines, 1)
        edit = QHBoxLayout()
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("고칠 금액 (숫자만, Enter로 저장)"))
        self.amount.returnPressed.connect(self.save_override)
        self.save_amount = QPushButton(self.tr("수기 금액 저장"))
        self.save_amount.clicked.connect(self.save_override)
        self.reset_amount = QPushButton(self.tr("계산값으로 되돌리기"))
        self.reset_amount.clicked.connect(lambda: self.save_override(reset=True))
        edit.addWidget(QLabel(self.tr("선택한 항목")))
        edit.addWidget(self.amount, 1)
        edit.addWidget(self.save_amount)
        edit.addWidget(self.reset_amount)
        box.addLayout(edit)
        return panel

    # -- loading ---------------------------------------------------------------------------
    def month_text(self) -> str:
        return self.month.date().toString("yyyy-MM")

    def activated(self) -> None:
        self.reload()

    def reload(self) -> None:
        month = self.month_text()
        Op(self, lambda ctx: service.register_screen(ctx, month)).success(self._show).run()

    def _show(self, screen) -> None:
        if screen.month != self.month_text():
            return  # the user moved on to another month while this one loaded
        view = screen.view
        self.view = view
        entries = screen.entries
        self.model.set_data(entries, screen.mail)
        self.table.resizeColumnsToContents()
        closed = bool(view and view.closed)
        has_rows = bool(entries)
        state = (self.tr("급여대장 없음") if view is None else self.tr("마감됨 (읽기 전용)") if closed
                 else self.tr("작성 중"))
        if view and view.resolution_number:
            state += self.tr(" · 결의서 {0}").format(view.resolution_number)
        if not self.mail_run.running:
            self.state.setText(state)
        self.run_button.setEnabled(not closed)
        self.close_button.setEnabled(has_rows and not closed)
        for key in ("pdf", "mail", "retry", "ltc_out", "register_out", "bank", "profile"):
            self.buttons[key].setEnabled(has_rows and not (key in ("mail", "retry") and self.mail_run.running))
        self.buttons["ltc_in"].setEnabled(not closed)
        self.buttons["resolution"].setEnabled(closed and not (view and view.resolution_number))
        self.buttons["withholding"].setEnabled(closed and has_rows)  # the return is made from a closed month
        self.buttons["withholding"].setToolTip(
            self.tr("원천징수이행상황신고서 엑셀 (홈택스 입력 순서)") if closed and has_rows
            else self.tr("급여대장을 마감하면 원천징수이행상황신고서를 저장할 수 있습니다."))
        self.buttons["day_statement"].setEnabled(closed and any(e.employment_type == "일용" for e in entries))
        self.buttons["day_statement"].setToolTip(self.tr(
            "일용근로소득 지급명세서 엑셀 (주민등록번호 포함: 저장하면 개인정보 접속기록에 남습니다)"))
        for w in (self.amount, self.save_amount, self.reset_amount):
            w.setEnabled(not closed)
        flagged = sum(1 for e in entries if e.flags)
        self.totals.setText(
            self.tr("{0}명 · 지급총액 {1}원 · 공제총액 {2}원 · 실지급액 {3}원{4}").format(
                len(entries), *(f"{sum(getattr(e, k) for e in entries):,}" for k in ("gross", "deductions", "net")),
                self.tr(" · 확인 필요 {0}명").format(flagged) if flagged else ""))
        self._show_employer(screen)
        self._show_premiums(screen)
        if entries:
            self.table.selectRow(min(max(self.table.currentIndex().row(), 0), len(entries) - 1))
        else:
            self.show_detail(-1)

    def _show_premiums(self, screen) -> None:
        """The facility's rules; a closed month shows the ones it was computed under."""
        rules = screen.rules
        text = (self.tr("가산수당: 5인 미만 사업장 — 연장·야간·휴일 가산 없이 일한 시간만 지급 "
                        "(근로기준법 시행령 별표 1)") if rules.under_five
                else self.tr("가산수당: 연장 1.5배 · 야간 +0.5배 · 휴일 8시간까지 1.5배, 넘으면 2배"))
        if rules.saturday_overtime:
            text += self.tr(" · 토요일 근무는 모두 시간외")
        if screen.rules_of_month:
            text += self.tr(" (이 달 계산 당시)")
        self.premiums.setText(text)
        self.premiums.setStyleSheet("padding: 0 4px 4px 4px;" + (" color: #a15c00; font-weight: bold;"
                                                                  if rules.under_five else ""))

    def _show_employer(self, screen) -> None:
        """사업주 부담 합계 by insurance; unset facility facts are named, since closing needs them."""
        by_group = screen.employer_by_insurance
        self.employer_totals.setText(self.tr(
            "사업주 부담 합계 {0}원 (급여와 별도, 인건비 결의서의 사회보험부담비용): {1}").format(
            f"{sum(by_group.values()):,}", " · ".join(f"{g} {a:,}원" for g, a in by_group.items()))
            if screen.entries else "")
        self.employer_warning.setText(self.tr(
            "⚠ {0}: 사업주 부담 설정이 없어 계산하지 못했습니다. "
            "'사업주 부담 설정…'에서 입력하면 다시 계산합니다.").format(
            ", ".join(screen.employer_missing)))
        self.employer_warning.setVisible(bool(screen.employer_missing))

    def show_detail(self, row: int) -> None:
        entries = self.model.entries
        self.lines.setRowCount(0)
        if not 0 <= row < len(entries):
            self.detail_title.setText("")
            return
        e = entries[row]
        self.detail_title.setText(self.tr("{0} {1} — 실지급액 {2}원").format(e.employee_no, e.name, f"{e.net:,}"))
        self.lines.setRowCount(len(e.lines))
        for i, line in enumerate(e.lines):
            name = QTableWidgetItem(("✎ " if line.overridden else "") + line.name)
            amount = QTableWidgetItem(f"{line.amount:,}")
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for c, item in enumerate((name, amount, QTableWidgetItem(line.basis))):
                if line.overridden:
                    item.setBackground(QBrush(OVERRIDDEN))
                self.lines.setItem(i, c, item)
        self.lines.resizeColumnToContents(0)
        self.lines.resizeColumnToContents(1)

    def _current(self):
        row = self.table.currentIndex().row()
        line_row = self.lines.currentRow()
        if not 0 <= row < len(self.model.entries):
            return None, None
        e = self.model.entries[row]
        return e, (e.lines[line_row] if 0 <= line_row < len(e.lines) else None)

    def _pick_line(self, row: int) -> None:
        _e, line = self._current()
        self.amount.setText(str(line.amount) if line else "")

    # -- actions (each change is broadcast; this page and any other showing it reload) --------
    def _op(self, fn, **options) -> Op:
        self.message.clear()  # the last refusal no longer applies
        return Op(self, fn, **options)

    def _write(self, fn, **options) -> Op:
        """A change: the page reloads on its broadcast; the status bar's queued count follows here."""
        return self._op(fn, **options).success(lambda _r: self.changed())

    def run(self) -> None:
        month = self.month_text()
        self._write(lambda ctx: service.run_month(ctx, month), label=self.tr("급여 계산 중…")).run()

    def closing(self) -> None:
        self.mail_run.stop()

    def close_month(self) -> None:
        if dialogs.confirm(self, self.tr("급여대장 마감"), self.close_question(), self.tr("마감")):
            month = self.month_text()
            self._write(lambda ctx: service.close_month(ctx, month)).run()

    def close_question(self) -> str:
        """What closing means, and who on this register is paid under the minimum wage (by name)."""
        entries = self.view.entries if self.view else ()
        text = self.tr("{0} 급여대장을 마감합니다. 마감하면 고칠 수 없고, 인건비 결의서를 만들 수 있습니다.").format(
            self.month_text())
        under = [e for e in entries if any(f.startswith(MINIMUM_WAGE_FLAG) for f in e.flags)]
        if under:
            names = ", ".join(e.name for e in under[:10])
            if len(under) > 10:
                names += self.tr(" 외 {0}명").format(len(under) - 10)
            text += self.tr("\n\n최저임금 미달 {0}명: {1}\n마감하기 전에 시급과 근로시간을 확인하세요.").format(
                len(under), names)
        others = sum(1 for e in entries if e.flags and e not in under)
        if others:
            text += self.tr("\n확인이 필요한 행(노란 행)이 {0}명 더 있습니다.").format(others)
        return text

    def save_override(self, reset: bool = False) -> None:
        e, line = self._current()
        if line is None:
            return
        text = self.amount.text().replace(",", "").strip()
        if not reset and not text.isdigit():
            self.message.show_error(self.tr("금액은 숫자만 입력하세요."))
            return
        amount = None if reset else int(text)
        self._write(lambda ctx: service.set_override(ctx, e.id, line.code, amount)).run()

    def save_payslips(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("급여명세서를 저장할 폴더"))
        if not folder:
            return
        month = self.month_text()
        op = self._op(lambda ctx: service.save_payslips(ctx, month, Path(folder), progress=op.progress),
                label=self.tr("급여명세서 만드는 중…"), unit=self.tr("명"))
        op.success(lambda files: self.info(
            self.tr("급여명세서 {0}개를 저장했습니다: {1}").format(len(files), folder))).run()

    def mail(self, only_failed: bool) -> None:
        if self.mail_run.running:
            return
        month = self.month_text()
        if not only_failed:
            count = len(self.view.entries) if self.view else 0
            if not dialogs.confirm(self, self.tr("명세서 메일 발송"), self.tr(
                    "{0} 급여명세서를 메일로 보냅니다: 대장의 {1}명 중 메일 주소가 있고 아직 받지 않은 사람에게.\n"
                    "보낸 메일은 되돌릴 수 없습니다.").format(month, count), self.tr("보내기")):
                return
        self._op(lambda ctx: service.unknown_deliveries(ctx, month)).success(
            lambda unknown: self._start_mail(month, only_failed, unknown)).run()

    def _start_mail(self, month: str, only_failed: bool, unknown) -> None:
        resend_unknown = False
        if unknown:
            names = ", ".join(f"{d.employee_no} {d.name}" for d in unknown)
            # "그대로 두기" is the default: Enter must not send anyone a second payslip
            resend_unknown = dialogs.confirm(self, self.tr("전송 여부 불명"), self.tr(
                "지난 발송이 중간에 멈춰 {0}명은 명세서를 받았는지 알 수 없습니다: {1}\n\n"
                "이 사람들에게도 다시 보낼까요? 이미 받았다면 같은 명세서를 두 번 받게 됩니다.\n"
                "(그대로 두기: 이번에는 건너뛰고 '확인 필요'로 남겨 둡니다)").format(len(unknown), names),
                self.tr("다시 보내기"))
        self._mail_buttons(False)
        self.state.setText(self.tr("메일 준비 중…"))
        self.mail_run.start(month, only_failed, resend_unknown)

    def _mail_buttons(self, enabled: bool) -> None:
        for key in ("mail", "retry", "settings"):
            self.buttons[key].setEnabled(enabled)

    def _mail_progress(self, done: int, total: int) -> None:
        self.state.setText(self.tr("메일 보내는 중 {0}/{1}").format(done + 1, total))

    def _mail_failed(self, error) -> None:
        self._mail_buttons(True)
        self.reload()  # the state line and the buttons as the register now stands
        if error is not None:
            self.message.show_error(error)

    def _mailed(self, results) -> None:
        self._mail_buttons(True)
        self.reload()  # the state line: the run's broadcasts left "메일 보내는 중" on it
        self.changed()
        lines = [f"{r.employee_no} {r.name}: {self.tr(MAIL_LABELS[r.state])}" + (f" — {r.reason}" if r.reason else "")
                 for r in results]
        counts = {s: sum(r.state == s for r in results) for s in MAIL_LABELS}
        summary = self.tr("보냄 {0} · 실패 {1} · 건너뜀 {2}").format(
            counts["sent"], counts["failed"], counts["skipped"])
        if counts["sending"]:
            summary += self.tr(" · 확인 필요 {0}").format(counts["sending"])
        self.last_mail = results
        self.info(summary + "\n\n" + "\n".join(lines))

    def employer_settings(self):
        from heemang_desktop.gui.payroll.employer_settings import EmployerSettingsDialog

        dialog = EmployerSettingsDialog(self, self.month_text())
        dialog.accepted.connect(lambda: self.run() if self.view is not None and not self.view.closed else None)
        dialog.open()
        return dialog

    def mail_settings(self) -> None:
        from heemang_desktop.gui.payroll.mail_settings import MailSettingsDialog

        MailSettingsDialog(self).open()

    def export_ltc(self) -> None:
        month = self.month_text()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("장기요양 급여대장 저장"), f"장기요양급여대장_{month}.xlsx",
                                              "Excel (*.xlsx)")
        if name:
            self._op(lambda ctx: service.export_ltc(ctx, month, Path(name))).success(
                lambda n: self.info(self.tr("{0}행을 저장했습니다: {1}").format(n, name))).run()

    def import_ltc(self):
        from heemang_desktop.gui.upload_dialog import UploadDialog

        dialog = UploadDialog(service.LTC_KIND, self.tr("장기요양 급여대장 올리기"), self)
        dialog.open()
        return dialog

    def save_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("빈 양식 저장"), "장기요양급여대장_양식.xlsx",
                                              "Excel (*.xlsx)")
        if name:
            self._op(lambda _ctx: service.write_ltc_template(Path(name))).success(
                lambda _r: self.info(self.tr("빈 양식을 저장했습니다: {0}").format(name))).run()

    def export_register(self) -> None:
        month = self.month_text()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("급여대장 저장"), f"급여대장_{month}.xlsx",
                                              "Excel (*.xlsx)")
        if name:
            self._op(lambda ctx: service.export_register(ctx, month, Path(name))).success(
                lambda n: self.info(self.tr("{0}명의 급여대장을 저장했습니다: {1}").format(n, name))).run()

    def export_transfers(self) -> None:
        month = self.month_text()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("이체 목록 저장"), f"급여이체_{month}.xlsx",
                                              "Excel (*.xlsx)")
        if name:
            self._op(lambda ctx: service.export_transfers(ctx, month, Path(name))).success(
                lambda r: self.info(self.tr("{0}명 {1}원을 저장했습니다: {2}").format(r[0], f"{r[1]:,}", name))).run()

    def export_withholding_return(self) -> None:
        month = self.month_text()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("원천징수이행상황신고서 저장"),
                                              f"원천징수이행상황신고서_{month}.xlsx", "Excel (*.xlsx)")
        if name:
            self._op(lambda ctx: service.export_withholding_return(ctx, month, Path(name))).success(
                lambda r: self.info(self.tr("원천징수이행상황신고서를 저장했습니다: {0}\n근로소득 가감계(A10) {1}명 · "
                                            "소득세 {2}원 · 지방소득세 {3}원 (위택스에 따로 신고)").format(
                    name, r.row("A10").people, f"{r.row('A10').income_tax:,}",
                    f"{r.row('A10').local_tax:,}"))).run()

    def export_day_laborer_statement(self) -> None:
        month = self.month_text()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("일용근로소득 지급명세서 저장"),
                                              f"일용근로소득지급명세서_{month}.xlsx", "Excel (*.xlsx)")
        if name:
            told = self.tr("일용근로소득 지급명세서 {0}행을 저장했습니다: {1}\n"
                           "주민등록번호가 들어 있으니 제출한 뒤 파일을 지우세요.")
            self._op(lambda ctx: service.export_day_laborer_statement(ctx, month, Path(name))).success(
                lambda n: self.info(told.format(n, name))).run()

    def pay_settings(self):
        from heemang_desktop.gui.payroll.pay_settings import PaySettingsDialog

        e, _line = self._current()
        if e is None:
            self.info(self.tr("급여대장에서 직원을 먼저 고르세요."))
            return None
        dialog = PaySettingsDialog(self, e)
        dialog.accepted.connect(lambda: self.run() if self.view is not None and not self.view.closed else None)
        dialog.open()
        return dialog

    def make_resolution(self) -> None:
        month = self.month_text()
        self._write(lambda ctx: service.draft_resolution(ctx, month)).run()


def _group_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("color: #555;")
    return label


def _gap() -> QWidget:
    gap = QWidget()
    gap.setFixedWidth(12)
    return gap
