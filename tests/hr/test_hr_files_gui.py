"""인사카드 and 근태관리 each have their upload, blank-template and export buttons (issue 14), and they work."""

import pytest
from hr_helpers import card
from openpyxl import load_workbook

from PySide6.QtWidgets import QFileDialog

PAGES = {"hr.employees": ("employees", "인사카드", "사번*"), "hr.attendance": ("attendance", "일일근태", "근무일자*")}


@pytest.fixture
def window(ctx, main_window):
    card(ctx)
    ctx.close()
    return main_window(timeout=5000)


@pytest.mark.parametrize("page_id", PAGES)
def test_the_template_and_export_buttons_save_workbooks_in_the_upload_layout(qtbot, window, tmp_path, monkeypatch,
                                                                             page_id):
    kind, sheet, column = PAGES[page_id]
    window.open_page(page_id)
    page = window.pages[page_id]
    qtbot.waitUntil(page.worker.idle)
    target = tmp_path / "blank.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.template_button.click()
    qtbot.waitUntil(lambda: "빈 양식을 저장했습니다" in page.message.text())
    assert column in [c.value for c in load_workbook(target)[sheet][1]]
    target = tmp_path / "export.xlsx"
    page.export_button.click()
    qtbot.waitUntil(lambda: "저장했습니다: " + str(target) in page.message.text())
    assert load_workbook(target).sheetnames[0] == sheet


@pytest.mark.parametrize("page_id", PAGES)
def test_the_upload_button_opens_the_upload_for_the_pages_kind(qtbot, window, page_id):
    window.open_page(page_id)
    page = window.pages[page_id]
    page.upload_button.click()
    dialog = page.upload
    assert dialog.isVisible() and dialog.kind == PAGES[page_id][0]
    dialog.reject()


def test_cards_uploaded_show_in_the_list_without_f5(qtbot, window, tmp_path):
    from hr_helpers import workbook

    window.open_page("hr.employees")
    page = window.pages["hr.employees"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    dialog = page.open_upload()
    dialog.path.setText(str(workbook(tmp_path / "cards.xlsx", [("E002", "이간호", "간호조무사", "정규", "2025-01-02")],
                                     header=("사번", "성명", "직종", "고용형태", "입사일"), sheet="인사카드")))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.saved)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert [r.name for r in page.model.rows] == ["김요양", "이간호"]
