"""관리 > 개인정보 접속기록 as an admin meets it: the records listed newest first, filtered by user
and kind, saved to Excel, a month's review marked done; a print from a screen lands in the list."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from PySide6.QtWidgets import QFileDialog

from heemang_desktop.audit import service as audit
from heemang_desktop.audit.models import AccessRecord
from heemang_desktop.context import Actor

from heemang_desktop.gui import printing


@pytest.fixture
def window(ctx, main_window):
    today = date.today()
    with ctx.transaction() as session:
        audit.record_access(session, ctx, audit.REVEAL_RESIDENT_NUMBER, "employee", "e-1", "4대보험 신고")
        audit.record_access(session, Actor("kim", "김복지", "social_worker"), audit.OPEN_HEALTH_NOTE, "subject", "s-1")
        session.add(AccessRecord(facility_id=ctx.facility.id, at=datetime(today.year, today.month, 1, 0, 30),
                                 login_id="lee", kind=audit.EXPORT, entity="payroll_register", entity_id="r-1",
                                 detail="급여 이체목록 12명"))
    ctx.close()
    return main_window(page_id="admin.audit", timeout=5000)


def _cells(page):
    m = page.model
    return [[m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_the_log_filters_exports_and_takes_the_monthly_review(qtbot, window, tmp_path, monkeypatch):
    window.resize(1366, 768)
    page = window.pages["admin.audit"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and page.user.count() == 4)
    rows = _cells(page)
    assert {r[1] for r in rows} == {"admin", "kim", "lee"}
    assert {r[2] for r in rows} == {"주민등록번호 조회", "건강기록 열람", "파일 내보내기"}
    assert any(r[5] == "4대보험 신고" for r in rows)

    page.user.setCurrentIndex(page.user.findData("kim"))
    page.search_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert _cells(page)[0][1:4] == ["kim", "건강기록 열람", "대상자"]

    page.user.setCurrentIndex(0)
    page.kind.setCurrentIndex(page.kind.findData(audit.EXPORT))
    page.search_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and _cells(page)[0][1] == "lee")
    out = tmp_path / "접속기록.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.export_button.click()
    qtbot.waitUntil(lambda: "1건을 저장했습니다" in page.message.text())
    sheet = list(load_workbook(out).active.iter_rows(values_only=True))
    assert sheet[2][1:3] == ("lee", "파일 내보내기") and len(sheet) == 3

    assert page.review_state.text() == "아직 점검하지 않았습니다"
    page.note.setText("이상 없음")
    page.review_button.click()
    qtbot.waitUntil(lambda: page.review_state.text().startswith("점검 완료: admin"))
    assert page.message.text() == f"{page.month.month()} 접속기록 점검을 기록했습니다."
    page.kind.setCurrentIndex(0)
    page.search_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    window.grab().save("/tmp/privacy-audit-page.png")


def test_a_print_is_recorded_and_shows_in_the_log(qtbot, window):
    page = window.pages["admin.audit"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    printing.record_print(page, "resolution", "res-42")
    page.search_button.click()
    qtbot.waitUntil(lambda: any(r[4] == "res-42" and r[2] == "인쇄" for r in _cells(page)))


def test_printing_a_form_records_it_and_a_cancelled_print_does_not(qtbot, window, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog

    from heemang_desktop.render import pdf

    page = window.pages["admin.audit"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    printed = []
    class Doc:  # the pages go nowhere: no printer on a test machine
        def __init__(self, html):
            self.html = html

        def print_(self, _printer):
            printed.append(self.html)

    monkeypatch.setattr(pdf, "document", Doc)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert printing.print_html("<p>결의서</p>", page, entity="resolution", entity_id="res-1") is False
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert printing.print_html("<p>결의서</p>", page, entity="resolution", entity_id="res-2") is True
    assert printed == ["<p>결의서</p>"]
    page.search_button.click()
    qtbot.waitUntil(lambda: any(r[4] == "res-2" for r in _cells(page)))
    assert not any(r[4] == "res-1" for r in _cells(page))
    assert [(r[2], r[3]) for r in _cells(page) if r[4] == "res-2"] == [("인쇄", "결의서")]
