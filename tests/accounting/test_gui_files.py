"""Accounting screens with an upload kind carry its upload and blank-template buttons (issue 14); the books
export; an approved requisition opens as a resolution to finish; every page fits a 1366×768 laptop."""

from __future__ import annotations

from datetime import date

import pytest
from acc_helpers import budget
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from heemang_desktop.accounting import service


@pytest.mark.parametrize("page_id, kind, header", [("accounting.resolutions", "resolutions", "결의키"),
                                                   ("accounting.budget", "budget", "회계연도")])
def test_upload_and_template_buttons_sit_on_the_screen(qtbot, setup_result, tmp_path, monkeypatch, main_window,
                                                        page_id, kind, header):
    setup_result.context.close()
    window = main_window(page_id)
    page = window.stack.currentWidget()
    target = tmp_path / "빈 양식.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.template_button.click()
    qtbot.waitUntil(target.exists, timeout=5000)
    line = page.search_message if kind == "resolutions" else page.message  # beside the buttons
    qtbot.waitUntil(lambda: "빈 양식을 저장했습니다" in line.text(), timeout=5000)
    sheet = load_workbook(target).worksheets[0]
    headers = [str(c.value).rstrip("*") for row in sheet.iter_rows(max_row=3) for c in row]
    assert header in headers

    page.upload_button.click()
    assert page.upload.kind == kind and page.upload.isVisible()
    page.upload.reject()


def test_books_save_the_report_to_excel(qtbot, setup_result, tmp_path, monkeypatch, main_window):
    ctx = setup_result.context
    budget(ctx, {"321": 2_000_000}, year=date.today().year)
    ctx.close()
    window = main_window("accounting.books")
    page = window.stack.currentWidget()
    qtbot.waitUntil(lambda: page.report is not None, timeout=5000)
    target = tmp_path / "예산"  # typed without the suffix: the file still gets .xlsx
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.excel_button.click()
    qtbot.waitUntil(lambda: "저장했습니다" in page.message.text(), timeout=5000)
    cells = [c.value for row in load_workbook(tmp_path / "예산.xlsx").worksheets[0].iter_rows() for c in row]
    assert 2_000_000 in cells and "321" in cells


def test_an_approved_requisition_opens_as_a_resolution_to_finish(qtbot, setup_result, main_window):
    ctx = setup_result.context
    year = date.today().year
    budget(ctx, {"321": 1_000_000}, year=year)
    req = service.save_requisition(ctx, service.RequisitionInput(date(year, 3, 2), "여름 캠프",
                                                                 [service.LineInput("321", 90_000, "버스")]))
    service.decide_requisition(ctx, req.id, approve=True)
    ctx.close()
    window = main_window("accounting.requisitions")
    page = window.stack.currentWidget()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualItemRect(page.table.item(0, 0)).center())
    assert page.business.text() == "여름 캠프"
    page.buttons["resolve"].click()
    qtbot.waitUntil(lambda: window.current_page_id() == "accounting.resolutions", timeout=5000)
    editor = window.stack.currentWidget()
    assert editor.business.text() == "여름 캠프" and editor.lines.total() == 90_000
    assert "재원과 결제방법을 고른 뒤" in editor.message.text()
    editor.save()  # 재원 not chosen: refused beside the form, nothing saved
    qtbot.waitUntil(lambda: "재원을 골라야" in editor.message.text(), timeout=5000)
    assert editor.current_id is None
    editor.funding.setCurrentText("보조금")
    editor.method.setCurrentText("계좌이체")
    editor.save()
    qtbot.waitUntil(lambda: editor.current_id is not None, timeout=5000)
    box = []
    window.worker.call(service.get_resolution, editor.current_id, on_done=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=5000)
    assert box[0].requisition_id == req.id and box[0].funding_source == "보조금" and box[0].total == 90_000


def test_every_accounting_page_and_tab_fits_1366x768(qtbot, setup_result, main_window):
    setup_result.context.close()
    window = main_window("accounting.resolutions")
    window.resize(1366, 768)
    for page_id in ("accounting.resolutions", "accounting.requisitions", "accounting.budget", "accounting.books"):
        window.open_page(page_id)
        page = window.stack.currentWidget()
        for tab in range(getattr(getattr(page, "tabs", None), "count", lambda: 1)()):
            if hasattr(page, "tabs"):
                page.tabs.setCurrentIndex(tab)
            qtbot.wait(50)
            assert window.width() <= 1366 and window.height() <= 768, (page_id, tab, window.size())
            hint = window.minimumSizeHint()
            assert hint.width() <= 1366 and hint.height() <= 768, (page_id, tab, hint)
