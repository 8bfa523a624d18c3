"""급여대장 page keeps itself current and says what went wrong where the user looks: a change broadcast by
any operation or sync reloads it without F5; a refusal shows on its message line; the 장기요양 급여대장
upload and blank template sit on the page; the page fits a 1366×768 laptop."""

from __future__ import annotations

import openpyxl
import pytest
from helpers_payroll import hire_staff

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from heemang_desktop.changes import Changes
from heemang_desktop.payroll import employer, register

MONTH = "2026-09"


@pytest.fixture
def window(ctx, main_window):
    hire_staff(ctx)
    employer.save_facts(ctx, MONTH, "under_150", "0.66")
    register.run_month(ctx, MONTH)
    ctx.close()
    win = main_window()
    win.resize(1366, 768)
    return win


def _page(qtbot, window):
    window.open_page("hr.payroll")
    page = window.pages["hr.payroll"]
    page.month.setDate(QDate(2026, 9, 1))
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    return page


def _net(page, row: int = 0) -> str:
    return page.model.data(page.model.index(row, 12), Qt.ItemDataRole.DisplayRole)


def _write_behind_the_page(qtbot, window, fn):
    """A service write on the database thread that broadcasts nothing (as a pull not yet announced)."""
    done = []
    window.worker.call(fn, on_done=done.append, on_error=done.append)
    qtbot.waitUntil(lambda: bool(done))
    qtbot.waitUntil(window.worker.idle)
    return done[0]


def test_a_broadcast_change_reloads_the_register_without_f5(qtbot, window):
    page = _page(qtbot, window)
    entry = page.model.entries[0]
    assert _net(page) == "2,523,140"
    tax = next(ln for ln in entry.lines if ln.code == "income_tax")
    _write_behind_the_page(qtbot, window, lambda ctx: register.set_override(ctx, entry.id, "income_tax",
                                                                             tax.amount + 10_000))
    assert _net(page) == "2,523,140"  # nothing told the page yet
    window.data_changed.emit(Changes.of("subject", "x"), None)  # not what the page shows: no reload
    qtbot.waitUntil(window.worker.idle)
    assert _net(page) == "2,523,140"
    window.data_changed.emit(Changes.of("payroll_entry", entry.id), None)
    qtbot.waitUntil(lambda: _net(page) == "2,512,140")  # 10,000 more tax and 1,000 more local tax
    assert page.model.data(page.model.index(0, 9), Qt.ItemDataRole.DisplayRole).startswith("✎")


def test_a_page_off_screen_reloads_when_shown_again(qtbot, window):
    page = _page(qtbot, window)
    entry = page.model.entries[0]
    window.open_page("hr.attendance")
    _write_behind_the_page(qtbot, window, lambda ctx: register.set_override(ctx, entry.id, "income_tax", 0))
    window.data_changed.emit(Changes.of("payroll_entry", entry.id), None)
    qtbot.waitUntil(window.worker.idle)
    window.open_page("hr.payroll")
    qtbot.waitUntil(lambda: _net(page) == "2,527,920")  # 4,350 + 430 of tax no longer taken


def test_refusals_show_on_the_page_and_an_action_clears_them(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a))
    page = _page(qtbot, window)
    page.table.selectRow(0)
    entry = page.model.entries[0]
    page.lines.setCurrentCell(next(i for i, ln in enumerate(entry.lines) if ln.code == "income_tax"), 1)
    page.amount.setText("2만")
    page.amount.returnPressed.emit()
    assert page.message.text() == "금액은 숫자만 입력하세요." and page.message.is_error

    # the service refuses an employer share typed by hand: its reason, on the page, not in a box
    page.lines.setCurrentCell(next(i for i, ln in enumerate(entry.lines) if ln.code == "er_pension"), 1)
    page.amount.setText("1000")
    page.amount.returnPressed.emit()
    qtbot.waitUntil(lambda: "사업주 부담분은" in page.message.text())
    assert shown == [] and _net(page) == "2,523,140"
    page.grab().save("/tmp/payroll_register_refusal.png")

    page.lines.setCurrentCell(next(i for i, ln in enumerate(entry.lines) if ln.code == "income_tax"), 1)
    page.amount.setText("20000")
    page.amount.returnPressed.emit()
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 9), Qt.ItemDataRole.DisplayRole) == "✎ 20,000")
    assert page.message.text() == ""


def test_ltc_upload_and_blank_template_are_on_the_page(qtbot, window, monkeypatch, tmp_path):
    page = _page(qtbot, window)
    assert page.buttons["ltc_in"].isEnabled() and page.buttons["ltc_template"].isEnabled()
    target = tmp_path / "양식.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    page.buttons["ltc_template"].click()
    qtbot.waitUntil(lambda: bool(told))
    assert told == [f"빈 양식을 저장했습니다: {target}"]
    header = [c.value for c in next(openpyxl.load_workbook(target)["장기요양 급여대장"].iter_rows(max_row=1))]
    assert header[:4] == ["사번*", "성명*", "지급연월*", "지급총액*"] and header[-1] == "실지급액"

    page.buttons["ltc_in"].click()
    dialog = page.findChildren(__import__("heemang_desktop.gui.upload_dialog", fromlist=["x"]).UploadDialog)[-1]
    assert dialog.kind == "ltc-payroll" and dialog.isVisible()
    dialog.reject()


def test_the_page_and_its_dialogs_fit_1366_by_768(qtbot, window):
    page = _page(qtbot, window)
    qtbot.wait(50)
    assert (window.width(), window.height()) == (1366, 768)
    assert window.minimumSizeHint().width() <= 1366 and window.minimumSizeHint().height() <= 768
    window.grab().save("/tmp/payroll_register_1366.png")
    page.table.selectRow(0)
    for open_dialog, name in ((page.pay_settings, "pay_settings"), (page.employer_settings, "employer_settings")):
        dialog = open_dialog()
        qtbot.waitUntil(window.worker.idle)
        assert dialog.width() <= 1366 and dialog.height() <= 768, name
        dialog.grab().save(f"/tmp/payroll_{name}_1366.png")
        dialog.reject()


def test_an_upload_from_the_page_shows_its_rows_without_f5(qtbot, window, tmp_path):
    """October has no register yet; the uploaded 장기요양 급여대장 appears as soon as it is saved."""
    page = _page(qtbot, window)
    page.month.setDate(QDate(2026, 10, 1))
    qtbot.waitUntil(lambda: page.state.text() == "급여대장 없음")
    wb = openpyxl.Workbook()
    wb.active.title = "장기요양 급여대장"
    wb.active.append(["사번*", "성명*", "지급연월*", "지급총액*"])
    wb.active.append(["E001", "김복지", "2026-10", "2,900,000"])
    wb.active.append(["E002", "박요양", "2026-10", 2_400_000])
    wb.save(tmp_path / "10월.xlsx")

    dialog = page.import_ltc()
    dialog.choose_file(str(tmp_path / "10월.xlsx"))
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.save_button.isEnabled())
    assert dialog.report.ok and not dialog.report.saved and page.model.rowCount() == 0
    dialog.run(dry_run=False)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert [e.employee_no for e in page.model.entries] == ["E001", "E002"]
    assert [e.gross for e in page.model.entries] == [2_900_000, 2_400_000]
    assert page.state.text() == "작성 중"
    dialog.reject()


def test_a_refused_setting_is_explained_inside_its_dialog_which_stays_open(qtbot, window):
    page = _page(qtbot, window)
    dialog = page.employer_settings()
    qtbot.waitUntil(lambda: dialog.size_class.count() == 4)
    dialog.accident.setText("영점육육")
    dialog.accident.returnPressed.emit()
    qtbot.waitUntil(lambda: dialog.error.is_error)
    assert "산재보험료율" in dialog.error.text() and dialog.isVisible() and dialog.result() == 0
    assert page.message.text() == ""
    dialog.grab().save("/tmp/payroll_employer_settings_refused.png")
    dialog.accident.setText("0.7")
    dialog.accident.returnPressed.emit()
    qtbot.waitUntil(lambda: dialog.result() == 1)
    assert dialog.error.text() == ""


def test_the_register_is_exported_from_the_page(qtbot, window, monkeypatch, tmp_path):
    page = _page(qtbot, window)
    target = tmp_path / "급여대장.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    page.buttons["register_out"].click()
    qtbot.waitUntil(lambda: bool(told))
    assert told == [f"4명의 급여대장을 저장했습니다: {target}"]
    names = [r[1].value for r in openpyxl.load_workbook(target)["급여대장"].iter_rows(min_row=3)]
    assert names == ["김복지", "박요양", "이일용", "최단시", "4명"]


def test_a_month_closed_on_the_facilitys_other_pc_shows_closed_here_after_a_sync(qtbot, ctx, main_window, tmp_path):
    """PC 2 fixes 김복지's 소득세 and closes September; this PC's sync pulls both and the open page follows."""
    from facility_pcs import central_and_second_pc, sync_once
    from sync_helpers import engine_for

    with central_and_second_pc(tmp_path) as (server, second_pc):
        hire_staff(ctx)
        employer.save_facts(ctx, MONTH, "under_150", "0.66")
        register.run_month(ctx, MONTH)
        assert sync_once(ctx, server).drained and sync_once(second_pc, server).drained
        ctx.close()
        window = main_window(timeout=5000)
        page = _page(qtbot, window)
        assert page.state.text() == "작성 중" and _net(page) == "2,523,140"

        kim = register.get_register(second_pc, MONTH).entries[0]
        register.set_override(second_pc, kim.id, "income_tax", 0)
        register.close_month(second_pc, MONTH)
        assert sync_once(second_pc, server).drained
        pulled = []
        window.worker.call(lambda c: engine_for(c, server.url).run_once(), on_done=pulled.append)
        qtbot.waitUntil(lambda: bool(pulled))
        assert pulled[0].changes.touches("payroll_register", "payroll_entry")
        assert page.state.text() == "작성 중"  # pulled, not yet announced
        window.data_changed.emit(pulled[0].changes, None)  # what the sync controller does with a round's report
        qtbot.waitUntil(lambda: page.state.text() == "마감됨 (읽기 전용)")
        assert _net(page) == "2,527,920" and not page.run_button.isEnabled() and not page.amount.isEnabled()
        window.grab().save("/tmp/payroll_register_closed_by_sync.png")
