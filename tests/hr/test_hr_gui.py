"""HR pages as a user meets them: the monthly grid, the upload dialog with its error report, the card list."""

from datetime import date, time

import pytest
from hr_helpers import card, workbook

from PySide6.QtCore import QDate, Qt

from heemang_desktop.hr import attendance, leave


@pytest.fixture
def window(ctx, main_window):
    e1 = card(ctx, resident_number="900101-2345678")
    e2 = card(ctx, no="E002", name="이간호", job_type="간호조무사")
    attendance.record_day(ctx, e1.id, date(2026, 9, 1), time(9), time(20))
    attendance.record_day(ctx, e2.id, date(2026, 9, 1), time(22), time(7))
    leave.add_activity(ctx, "출장", e2.id, date(2026, 9, 2), date(2026, 9, 3), "세종시", "회의", 16)
    ctx.close()
    return main_window(timeout=5000)


def open_attendance(qtbot, window):
    window.open_page("hr.attendance")
    page = window.pages["hr.attendance"]
    page.month.setDate(QDate(2026, 9, 1))
    qtbot.waitUntil(lambda: page.model.grid is not None and page.model.grid.month == "2026-09")
    return page


def cell(model, row, column):
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def test_monthly_grid_shows_each_employee_by_day_with_totals(qtbot, window):
    page = open_attendance(qtbot, window)
    m = page.model
    assert m.rowCount() == 2 and m.columnCount() == 2 + 30 + 9
    assert [cell(m, r, 1) for r in range(2)] == ["김요양", "이간호"]
    assert cell(m, 0, 2) == "○" and cell(m, 1, 3) == "출" and cell(m, 1, 4) == "출"
    assert m.headerData(2 + 24, Qt.Orientation.Horizontal) == "25\n금"  # 추석
    totals = {m.headerData(c, Qt.Orientation.Horizontal): cell(m, 0, c) for c in range(32, 41)}
    assert totals["근무일"] == "1" and totals["정규(시간)"] == "8" and totals["연장"] == "2"
    assert cell(m, 1, 32 + 3) == "8"  # 이간호's night hours
    assert cell(m, 1, 32 + 7) == "2"  # two trip days
    assert "22:00" in m.data(m.index(1, 2), Qt.ItemDataRole.ToolTipRole)
    page.grab().save("/tmp/hr_attendance_grid.png")


def test_upload_dialog_shows_rejected_rows_then_saves_a_good_file(qtbot, window, tmp_path):
    page = open_attendance(qtbot, window)
    dialog = page.open_upload()
    bad = workbook(tmp_path / "bad.xlsx", [("E001", "2026-09-02", "", "9:00", "18:00", "", ""),
                                           ("E777", "2026-09-02", "", "9:00", "18:00", "", ""),
                                           ("E002", "2026-09-02", "", "9시 반", "18:00", "", "")])
    dialog.path.setText(str(bad))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert dialog.errors.rowCount() == 2
    assert [dialog.errors.item(r, 0).text() for r in range(2)] == ["3", "4"]
    assert dialog.errors.item(0, 1).text() == "사번" and "E777" in dialog.errors.item(0, 2).text()
    assert "아무것도 저장하지 않았습니다" in dialog.summary.text()
    dialog.grab().save("/tmp/hr_upload_errors.png")
    assert cell(page.model, 0, 3) == ""  # nothing saved

    good = workbook(tmp_path / "good.xlsx", [("E001", "2026-09-02", "", "9:00", "18:00", "", ""),
                                             ("E001", "2026-09-01", "", "9:00", "20:00", "", "")])
    dialog.report = None
    dialog.path.setText(str(good))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert dialog.errors.rowCount() == 0 and "모두 저장했습니다" in dialog.summary.text()
    assert "새로 1" in dialog.summary.text() and "그대로 1" in dialog.summary.text()
    qtbot.waitUntil(lambda: cell(page.model, 0, 3) == "○")  # the grid refreshed itself
    assert window.status.queued.text() != "전송 대기 0건"


def test_card_list_masks_resident_numbers_and_the_editor_saves(qtbot, window):
    window.open_page("hr.employees")
    page = window.pages["hr.employees"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert cell(page.model, 0, 7) == "900101-2******"
    page.table.selectRow(0)
    assert page.editor.name.text() == "김요양" and page.editor.rrn.placeholderText() == "900101-2******"
    page.editor.position.setText("팀장")
    page.editor.base_pay.setText("2300000")
    page.editor.base_pay.textEdited.emit("2300000")
    assert page.editor.base_pay.text() == "2,300,000"
    page.save()
    qtbot.waitUntil(lambda: page.message.text() == "저장했습니다.")
    qtbot.waitUntil(lambda: cell(page.model, 0, 3) == "팀장")
    assert cell(page.model, 0, 8) == "2,300,000"
    page.grab().save("/tmp/hr_employees.png")


def test_leave_page_requests_and_approves_with_the_balance(qtbot, window):
    window.open_page("hr.leave")
    page = window.pages["hr.leave"]
    qtbot.waitUntil(lambda: "연차" in page.balance.text())
    page.leave_type.setCurrentText("연차")
    page.start.setDate(QDate(2026, 12, 1))
    page.end.setDate(QDate(2026, 12, 2))
    page._request()
    qtbot.waitUntil(lambda: page.leaves.rowCount() == 1)
    page.leaves.selectRow(0)
    page._decide(True)
    qtbot.waitUntil(lambda: page.leaves.item(0, 6) is not None and page.leaves.item(0, 6).text() == "승인")
    qtbot.waitUntil(lambda: "사용 2일" in page.balance.text())
    page.grab().save("/tmp/hr_leave.png")


def test_card_editor_puts_in_a_photo_and_shows_it(qtbot, window, tmp_path):
    from PySide6.QtGui import QColor, QImage

    window.open_page("hr.employees")
    page = window.pages["hr.employees"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert not page.editor.photo_button.isEnabled()  # a new card: save it first
    page.table.selectRow(0)
    assert page.editor.photo_button.isEnabled() and page.editor.photo.text() == "사진 없음"
    bad = tmp_path / "note.png"
    bad.write_text("not an image")
    page.set_photo(str(bad))
    qtbot.waitUntil(lambda: "PNG 또는 JPEG" in page.message.text())
    img = QImage(300, 400, QImage.Format.Format_RGB32)
    img.fill(QColor("#5b8db8"))
    img.save(str(tmp_path / "me.jpg"), "JPEG")
    page.set_photo(str(tmp_path / "me.jpg"))
    qtbot.waitUntil(lambda: page.message.text() == "사진을 넣었습니다.")
    qtbot.waitUntil(lambda: page.editor.photo.pixmap() is not None and not page.editor.photo.pixmap().isNull())
    assert page.editor.photo.pixmap().height() == 120
    qtbot.waitUntil(page.worker.idle)  # the list reloads after a save; pick a card once it has
    page.table.selectRow(1)  # another card: no photo
    qtbot.waitUntil(lambda: page.editor.photo.text() == "사진 없음")
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: not page.editor.photo.pixmap().isNull())
    page.grab().save("/tmp/hr_employees_photo.png")
