"""평가관리 > 평가 이의신청: record a visit, see the deadline and the route; 8.27 → 공문 with the letter
draft (editable) saved as a PDF, 8.10 → online with no letter; a window added elsewhere re-routes."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

from PySide6.QtCore import QDate

from heemang_desktop.changes import Changes

from heemang_desktop.gui import status_bar


def _page(qtbot, main_window, ctx, monkeypatch):
    monkeypatch.setattr(status_bar, "today", lambda: date(2022, 8, 29))
    ctx.close()
    window = main_window("evaluation.objections")
    page = window.pages["evaluation.objections"]
    qtbot.waitUntil(window.worker.idle)
    return window, page


def _record(qtbot, window, page, visit: date, items: str = ""):
    page.cycle.setText("")
    page.visit.setDate(QDate(visit.year, visit.month, visit.day))
    page.items.setPlainText(items)
    page.add_button.click()
    qtbot.waitUntil(lambda: page.message.text().startswith("저장했습니다"))
    qtbot.waitUntil(window.worker.idle)


def test_a_visit_on_8_27_goes_by_letter_and_the_edited_letter_is_saved_as_pdf(qtbot, ctx, main_window,
                                                                              monkeypatch, tmp_path):
    window, page = _page(qtbot, main_window, ctx, monkeypatch)
    assert page.visit.date() == QDate(2022, 8, 29)  # the form starts on today
    _record(qtbot, window, page, date(2022, 8, 27), "지표 3-2 프로그램 운영 점수")
    assert page.message.text() == "저장했습니다. 이의신청 기한 2022-09-03(토), 공문"
    assert [page.table.item(0, c).text() for c in range(4)] == [
        "2022년 시설평가", "2022-08-27(토)", "2022-09-03(토)", "공문"]
    assert "2022-09-03(토)까지 공문으로 이의신청하세요." in page.route.text() and "9.1~9.6" in page.route.text()
    qtbot.waitUntil(lambda: "지표 3-2 프로그램 운영 점수" in page.letter.toPlainText())
    assert page.letter_box.isVisible() and "시설기호 K0161" in page.letter.toPlainText()
    page.grab().save("/tmp/evaluation-objections.png")
    page.letter.setPlainText(page.letter.toPlainText().replace("(평가 주관 기관을 적으세요)", "○○시장"))
    path = page.save_pdf(tmp_path / "공문.pdf")
    assert path is not None and path.read_bytes().startswith(b"%PDF")
    assert page.message.text().startswith("공문 PDF를 저장했습니다")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
        assert "○○시장" in text.replace("\x01", " ")
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "50", "-singlefile", str(path), "/tmp/evaluation-letter"], check=True)
    printed = []
    from heemang_desktop.gui import printing

    monkeypatch.setattr(printing, "print_html", lambda html, parent, **kw: printed.append((html, kw)) or True)
    page.print_button.click()
    [(html, kw)] = printed
    assert "○○시장" in html and kw == {"entity": "evaluation", "entity_id": page.current_id}
    page.letter.setPlainText("")
    assert page.save_pdf(tmp_path / "빈.pdf") is None and page.message.text() == "공문 내용이 비어 있습니다."
    page.message.clear()
    page.print_button.click()
    assert len(printed) == 1 and page.message.text() == "공문 내용이 비어 있습니다."


def test_a_visit_on_8_10_goes_online_with_no_letter(qtbot, ctx, main_window, monkeypatch):
    window, page = _page(qtbot, main_window, ctx, monkeypatch)
    _record(qtbot, window, page, date(2022, 8, 10))
    assert page.table.item(0, 3).text() == "시스템(온라인)"
    assert "2022-08-17(수)까지 시스템으로 이의신청하세요." in page.route.text()
    assert not page.letter_box.isVisible()


def test_correcting_the_date_reroutes_and_a_window_added_elsewhere_shows_without_f5(qtbot, ctx, main_window,
                                                                                   monkeypatch):
    window, page = _page(qtbot, main_window, ctx, monkeypatch)
    _record(qtbot, window, page, date(2025, 9, 22))
    assert page.table.item(0, 3).text() == "시스템(온라인)"
    from heemang_desktop.calendar import service as calendar

    done = []
    window.worker.call(calendar.add_window, "outage", date(2025, 9, 26), date(2025, 10, 10),
                       "국가정보자원관리원 화재로 중단", on_done=done.append)
    qtbot.waitUntil(lambda: bool(done))
    window.data_changed.emit(Changes.of("calendar_entry", done[0].ref), None)
    qtbot.waitUntil(lambda: page.table.item(0, 3).text() == "공문")
    assert "화재" in page.route.text() and page.letter_box.isVisible()
    page.visit.setDate(QDate(2025, 8, 1))
    page.save_button.click()
    qtbot.waitUntil(lambda: page.table.item(0, 1).text() == "2025-08-01(금)")
    assert page.table.item(0, 3).text() == "시스템(온라인)" and not page.letter_box.isVisible()
    page.remove_button.click()
    qtbot.waitUntil(lambda: page.table.rowCount() == 0)
    assert page.message.text() == "기록을 삭제했습니다." and not page.save_button.isEnabled()
