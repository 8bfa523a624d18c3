"""The upload dialog (issue 14): a file is checked first; a value nothing matched gets a mapping step
("기초생활수급 (12행) → [choose]") applied to every row with it and remembered for the facility, so the
next file maps by itself; saving shows progress and can be cancelled, and a cancelled upload saves nothing."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from openpyxl import Workbook

from PySide6.QtWidgets import QProgressDialog, QPushButton

from heemang_desktop.progress import Progress

from heemang_desktop.gui.upload_dialog import UploadDialog


def workbook(path: Path, sheet: str, header: list[str], rows: list[tuple]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(header)
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def subjects_file(path: Path, first: int = 1) -> Path:
    rows = [(f"대상자{n}", "2026-09-01", f"S-{n:04d}", "기초생활수급") for n in range(first, first + 12)]
    rows.append((f"대상자{first + 12}", "2026-09-01", f"S-{first + 12:04d}", "차상위 계층"))
    return workbook(path, "대상자", ["성명", "입소일", "대상자번호", "보장구분"], rows)


def query(paths, sql: str) -> list[tuple]:
    con = sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture
def window(ctx, main_window):
    ctx.close()
    return main_window(timeout=10000)


def open_dialog(window, kind: str, title: str) -> UploadDialog:
    window.open_page("subjects.cards")
    dialog = UploadDialog(kind, title, window.pages["subjects.cards"])
    dialog.open()
    return dialog


def checked(qtbot, dialog: UploadDialog, path: Path):
    dialog.report = None
    dialog.choose_file(str(path))
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
    return dialog.report


def test_the_mapping_step_maps_every_row_and_the_next_file_maps_by_itself(qtbot, window, paths, tmp_path):
    dialog = open_dialog(window, "subjects", "대상자 엑셀 업로드")
    report = checked(qtbot, dialog, subjects_file(tmp_path / "first.xlsx"))
    assert not report.saved and query(paths, "SELECT count(*) FROM subject") == [(0,)]  # checked only
    assert dialog.mapping_box.isVisible() and dialog.mapping.rowCount() == 1
    assert dialog.mapping.item(0, 0).text() == "보장구분"
    assert dialog.mapping.item(0, 1).text() == "기초생활수급 (12행)"
    combo = dialog.mapping.cellWidget(0, 2)
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items[:3] == ["(고르세요)", "기초생활수급(생계)", "기초생활수급(의료)"]  # suggestions first
    assert {"일반", "의료급여", "차상위"} <= set(items)  # then every other allowed value
    assert dialog.errors.rowCount() == 12 and "여러 값에 맞습니다" in dialog.errors.item(0, 2).text()
    assert "아무것도 저장하지 않았습니다" in dialog.summary.text()

    combo.setCurrentIndex(combo.findText("기초생활수급(생계)"))
    dialog.grab().save("/tmp/upload-dialog-mapping.png")
    dialog.report = None
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
    assert dialog.report.saved and "모두 저장했습니다" in dialog.summary.text()
    assert query(paths, "SELECT support_category, count(*) FROM subject GROUP BY 1 ORDER BY 1") == [
        ("기초생활수급(생계)", 12), ("차상위", 1)]
    assert query(paths, "SELECT kind, column_name, as_written, value FROM excel_value_mapping") == [
        ("subjects", "보장구분", "기초생활수급", "기초생활수급(생계)")]

    report = checked(qtbot, dialog, subjects_file(tmp_path / "next.xlsx", first=14))
    assert report.ok and not report.unmapped and not dialog.mapping_box.isVisible()
    assert "오류가 없습니다" in dialog.summary.text()


def test_a_check_with_a_choice_shows_the_file_clean_and_saves_nothing_until_saved(qtbot, window, paths, tmp_path):
    dialog = open_dialog(window, "subjects", "대상자 엑셀 업로드")
    checked(qtbot, dialog, subjects_file(tmp_path / "first.xlsx"))
    dialog.remember.setChecked(False)
    combo = dialog.mapping.cellWidget(0, 2)
    combo.setCurrentIndex(combo.findText("기초생활수급(의료)"))
    dialog.report = None
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
    assert dialog.report.ok and dialog.errors.rowCount() == 0
    assert dialog.mapping.rowCount() == 1  # the choice stays on screen to change
    assert dialog.mapping.cellWidget(0, 2).currentText() == "기초생활수급(의료)"
    dialog.report = None
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
    assert query(paths, "SELECT count(*) FROM subject WHERE support_category = '기초생활수급(의료)'") == [(12,)]
    assert query(paths, "SELECT count(*) FROM excel_value_mapping") == [(0,)]  # not remembered: unticked


def test_cancelling_a_save_midway_saves_nothing_and_says_so(qtbot, window, paths, tmp_path, monkeypatch):
    """2,100 cards: the first chunk of 2,000 is written inside the transaction, then the user cancels."""
    rows = [(f"E{n:05d}", f"직원{n}", "요양보호사", "정규", "2026-01-02") for n in range(2100)]
    path = workbook(tmp_path / "cards.xlsx", "인사카드", ["사번", "성명", "직종", "고용형태", "입사일"], rows)
    after_first_chunk, go_on = threading.Event(), threading.Event()
    update = Progress.update

    def held_update(self, done, total=None):  # the database thread waits here until the test pressed cancel
        update(self, done, total)
        after_first_chunk.set()
        go_on.wait(20)

    monkeypatch.setattr(Progress, "update", held_update)
    dialog = open_dialog(window, "employees", "인사카드 엑셀 업로드")
    dialog.path.setText(str(path))
    dialog.save_button.click()
    assert not dialog.save_button.isEnabled()
    qtbot.waitUntil(after_first_chunk.is_set, timeout=20000)
    qtbot.waitUntil(lambda: bool(dialog.findChildren(QProgressDialog)), timeout=5000)  # shown after 600 ms
    progress = dialog.findChildren(QProgressDialog)[0]
    qtbot.waitUntil(lambda: "2,000" in progress.labelText(), timeout=5000)  # rows done / total
    progress.grab().save("/tmp/upload-dialog-progress.png")
    cancel = next(b for b in progress.findChildren(QPushButton) if b.text() == "취소")
    cancel.click()
    go_on.set()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=20000)
    assert dialog.summary.text() == "취소했습니다. 아무것도 저장하지 않았습니다."
    assert dialog.summary.is_error and dialog.report is None
    assert query(paths, "SELECT count(*) FROM hr_employee") == [(0,)]
    assert query(paths, "SELECT count(*) FROM outbox") == [(0,)]


def test_each_unknown_value_of_each_column_has_its_own_row(qtbot, window, paths, tmp_path):
    rows = [(f"E{n}", f"직원{n}", "요양보호사", "무기계약직", "2026-01-02", "가입") for n in range(1, 4)]
    rows.append(("E4", "직원4", "사회복지사 1급", "정규직", "2026-01-02", "가입예정"))
    header = ["사번", "성명", "직종", "고용형태", "입사일", "건강보험"]
    path = workbook(tmp_path / "cards.xlsx", "인사카드", header, rows)
    dialog = open_dialog(window, "employees", "인사카드 엑셀 업로드")
    checked(qtbot, dialog, path)
    shown = [(dialog.mapping.item(r, 0).text(), dialog.mapping.item(r, 1).text())
             for r in range(dialog.mapping.rowCount())]
    assert shown == [("고용형태", "무기계약직 (3행)"), ("건강보험", "가입예정 (1행)")]
    assert dialog.mapping.cellWidget(0, 2).itemText(1) == "계약"  # the closest first
    qtbot.wait(50)  # the layout settles on the next turn of the event loop, as on screen
    dialog.grab().save("/tmp/upload-dialog-mapping-two.png")
    for r, choice in ((0, "정규"), (1, "아니오")):
        combo = dialog.mapping.cellWidget(r, 2)
        combo.setCurrentIndex(combo.findText(choice))
    dialog.report = None
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
    assert dialog.report.saved
    assert query(paths, "SELECT employee_no, job_type, employment_type, health FROM hr_employee ORDER BY 1") == [
        ("E1", "요양보호사", "정규", 1), ("E2", "요양보호사", "정규", 1), ("E3", "요양보호사", "정규", 1),
        ("E4", "사회복지사", "정규", 0)]


def test_a_remembered_mapping_can_be_forgotten_so_the_next_file_asks_again(qtbot, window, paths, tmp_path):
    dialog = open_dialog(window, "subjects", "대상자 엑셀 업로드")
    checked(qtbot, dialog, subjects_file(tmp_path / "first.xlsx"))
    combo = dialog.mapping.cellWidget(0, 2)
    combo.setCurrentIndex(combo.findText("기초생활수급(의료)"))
    dialog.report = None
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.saved, timeout=20000)

    remembered = dialog.show_remembered()
    qtbot.waitUntil(lambda: remembered.table.rowCount() == 1)
    assert [remembered.table.item(0, c).text() for c in range(3)] == ["보장구분", "기초생활수급", "기초생활수급(의료)"]
    remembered.grab().save("/tmp/upload-dialog-remembered.png")
    remembered.table.selectRow(0)
    remembered.forget_button.click()
    qtbot.waitUntil(lambda: remembered.table.rowCount() == 0)
    assert "1개를 잊었습니다" in remembered.message.text()
    assert query(paths, "SELECT active FROM excel_value_mapping") == [(0,)]
    remembered.accept()

    report = checked(qtbot, dialog, subjects_file(tmp_path / "next.xlsx", first=14))
    assert [(u.column, u.value, u.rows) for u in report.unmapped] == [("보장구분", "기초생활수급", 12)]
    assert dialog.mapping.rowCount() == 1


def test_a_file_wrong_on_every_row_shows_the_first_rejections_and_says_how_many(qtbot, window, tmp_path):
    from heemang_desktop.gui.upload_dialog import SHOWN_ERRORS

    rows = [(f"대상자{n}", "2026-09-01", f"S-{n:04d}", "기초생활수급") for n in range(SHOWN_ERRORS + 50)]
    path = workbook(tmp_path / "wrong.xlsx", "대상자", ["성명", "입소일", "대상자번호", "보장구분"], rows)
    dialog = open_dialog(window, "subjects", "대상자 엑셀 업로드")
    report = checked(qtbot, dialog, path)
    assert len(report.rejected) == SHOWN_ERRORS + 50
    assert dialog.errors.rowCount() == SHOWN_ERRORS
    assert f"오류 {SHOWN_ERRORS + 50:,}건" in dialog.summary.text()
    assert f"처음 {SHOWN_ERRORS:,}건만 보입니다" in dialog.summary.text()
    assert dialog.mapping.item(0, 1).text() == f"기초생활수급 ({SHOWN_ERRORS + 50:,}행)"


def test_a_file_without_the_layouts_columns_is_told_to_save_the_template_and_the_button_is_beside_it(
        qtbot, window, tmp_path):
    dialog = open_dialog(window, "subjects", "대상자 엑셀 업로드")
    mine = workbook(tmp_path / "mine.xlsx", "대상자", ["이름", "들어온 날"], [("김순자", "2026-09-01")])
    dialog.choose_file(str(mine))
    qtbot.waitUntil(lambda: "빈 양식을 저장해" in dialog.summary.text(), timeout=20000)
    assert dialog.summary.is_error and dialog.template_button.isVisibleTo(dialog)
    target = tmp_path / "대상자 양식.xlsx"
    dialog.write_template(str(target))
    qtbot.waitUntil(lambda: "빈 양식을 저장했습니다" in dialog.summary.text(), timeout=20000)
    from openpyxl import load_workbook

    header = [c.value for c in next(load_workbook(target).active.iter_rows(max_row=10)) if c.value]
    assert header and any("성명" in str(h) for h in header)
