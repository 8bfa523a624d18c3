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


def test_the_resolution_list_as_searched_goes_to_excel(qtbot, setup_result, tmp_path, monkeypatch, main_window):
    from acc_helpers import expense

    ctx = setup_result.context
    year = date.today().year
    budget(ctx, {"321": 9_000_000, "132": 1_000_000}, year=year)
    for i in range(60):  # more than a page of the list
        expense(ctx, f"나들이 {i}", [("321", 10_000 + i)], day=date(year, 1, 5))
    expense(ctx, "사무용품", [("132", 300_000)], day=date(year, 1, 6))
    ctx.close()
    window = main_window("accounting.resolutions")
    page = window.stack.currentWidget()
    qtbot.waitUntil(lambda: page.model.rowCount() == 50 and not page.model.loading, timeout=5000)
    page.s_account.setText("321")
    page.run_search()
    qtbot.waitUntil(lambda: page.model.query.account_code == "321" and not page.model.loading, timeout=5000)
    target = tmp_path / "목록.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export_button.click()
    qtbot.waitUntil(lambda: "60건을 저장했습니다" in page.search_message.text(), timeout=10000)
    rows = list(load_workbook(target).worksheets[0].iter_rows(values_only=True))
    data = [r for r in rows if r[0] and str(r[0]).startswith(f"{year}-지출-")]
    assert len(data) == 60 and {r[4] for r in data} == {10_000 + i for i in range(60)}
    assert "사무용품" not in [r[3] for r in data]


def test_a_cancelled_list_export_writes_no_file(ctx, tmp_path):
    from acc_helpers import expense

    from heemang_desktop.progress import Cancelled, Progress

    budget(ctx, {"321": 1_000_000})
    expense(ctx, "나들이", [("321", 10_000)])
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        service.export_resolutions(ctx, service.ResolutionQuery(year=2026), tmp_path / "x.xlsx", progress)
    assert not (tmp_path / "x.xlsx").exists()


def test_rows_saved_through_the_upload_dialog_show_on_the_list_without_f5(qtbot, setup_result, tmp_path,
                                                                           main_window):
    from openpyxl import Workbook

    ctx = setup_result.context
    year = date.today().year
    budget(ctx, {"321": 5_000_000}, year=year)
    ctx.close()
    book = Workbook()
    sheet = book.active
    sheet.append(["결의키", "구분", "결의일자", "사업명", "예산과목", "금액", "적요", "재원", "결제방법"])
    sheet.append(["K1", "지출", f"{year}-01-05", "올린 나들이", "321", "250,000", "버스", "보조금", "계좌이체"])
    path = tmp_path / "결의서.xlsx"
    book.save(path)
    window = main_window("accounting.resolutions")
    page = window.stack.currentWidget()
    qtbot.waitUntil(lambda: not page.model.loading, timeout=5000)
    assert page.model.rowCount() == 0
    page.upload_button.click()
    page.upload.choose_file(str(path))  # checked first: nothing saved yet
    qtbot.waitUntil(lambda: page.upload.report is not None, timeout=10000)
    assert page.upload.report.rejected == [] and page.model.rowCount() == 0
    page.upload.save_button.click()
    qtbot.waitUntil(lambda: page.upload.report.saved, timeout=10000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.model.loading, timeout=5000)
    assert page.model.rows[0].business_name == "올린 나들이" and page.model.data(page.model.index(0, 4)) == "250,000"
