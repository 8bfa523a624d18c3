"""보고 목록·기한 on the real window: draft from a period, the rows shown, a moved deadline marked with
its reason, status steps, Excel and PDF saved; a draft made elsewhere appears without F5."""

from __future__ import annotations

from datetime import date

import pytest

from heemang_desktop.reporting import forms
from heemang_desktop.reporting import service as reporting
from heemang_desktop.subjects import service as subjects

PAGE = "municipal.reports"


def _run(qtbot, win, fn, *args):
    box = []
    win.worker.call(fn, *args, on_done=box.append, on_error=box.append)
    qtbot.waitUntil(lambda: bool(box))
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]


@pytest.fixture
def window(ctx, main_window, monkeypatch):
    """Two residents admitted in 2022-08; 입퇴소보고 due on the 2nd of the next month (inside 9.1~9.5)."""
    form = forms.load_form("입퇴소보고")
    rule = {"from": "end", "months": 1, "day": 2, "rule": "다음 달 2일까지"}
    early = forms.Form(**{**form.__dict__, "deadline": rule})
    real = forms.load_form
    monkeypatch.setattr(forms, "load_form", lambda kind: early if kind in ("입퇴소보고", form.kind) else real(kind))
    svc = next(iter(subjects.services()))
    for name, rrn in (("김순자", "400101-2234567"), ("박영희", "410202-2234568")):
        s = subjects.register_subject(ctx, subjects.SubjectInput(name=name, resident_number=rrn))
        subjects.admit(ctx, s.id, svc, date(2022, 8, 3))
    ctx.close()
    return main_window(timeout=10000)


def _made(page) -> list[list[str]]:
    """The list's rows of reports made (not those due soon with no draft yet)."""
    return [r for r in page.list_model.rows if r[2] != "초안 없음"]


def _page(qtbot, win, on=date(2022, 7, 12)):
    """The page counting "due soon" from `on`."""
    win.open_page(PAGE)
    page = win.pages[PAGE]
    page.on = on
    qtbot.waitUntil(win.worker.idle)
    page.activated()
    qtbot.waitUntil(win.worker.idle)
    return page


def test_draft_from_a_period_shows_rows_and_the_moved_deadline_then_steps_and_exports(qtbot, window, tmp_path):
    page = _page(qtbot, window)
    assert _made(page) == []
    page.kind.setCurrentIndex(page.kind.findData("admission_discharge"))
    page.period.set_month("2022-08")
    page.draft_button.click()
    qtbot.waitUntil(lambda: len(_made(page)) == 1)
    qtbot.waitUntil(window.worker.idle)
    [row] = _made(page)
    assert row[:3] == ["입퇴소보고", "2022-08", "작성 중"]
    assert row[3].startswith("2022-08-31") and "09-02" in row[3]
    assert "9.1~9.5" in row[6] and page.list_model.rows.index(row) in page.list_model.marked
    assert page.rows_model.rowCount() == 2
    names = {page.rows_model.rows[i][page.rows_model.headers.index("성명")] for i in range(2)}
    assert names == {"김순자", "박영희"}
    assert "기한을 앞당김" in page.detail.text()
    assert "입퇴소보고 2022-08 초안" in page.message.text()
    assert not page.step_buttons["submitted"].isEnabled() and page.step_buttons["checked"].isEnabled()

    window.resize(1366, 768)
    qtbot.wait(50)
    window.grab().save("/tmp/municipal-reports.png")

    page.set_status("checked")
    qtbot.waitUntil(lambda: _made(page)[0][2] == "검토 완료")
    page.set_status("submitted")
    qtbot.waitUntil(lambda: _made(page)[0][2] == "제출")
    page.draft_button.click()  # a submitted report is frozen: refused on the message line
    qtbot.waitUntil(lambda: page.message.is_error)
    assert "고칠 수 없습니다" in page.message.text()
    page.set_status("returned", "")
    qtbot.waitUntil(lambda: "반려 사유" in page.message.text())
    page.set_status("returned", "주소 누락")
    qtbot.waitUntil(lambda: _made(page)[0][2] == "반려")
    assert "주소 누락" in page.detail.text() and _made(page)[0][6] == "반려 사유: 주소 누락"

    xlsx, pdf = tmp_path / "r.xlsx", tmp_path / "r.pdf"
    page.export_to(xlsx)
    qtbot.waitUntil(xlsx.exists)
    page.export_to(pdf)
    qtbot.waitUntil(pdf.exists, timeout=10000)
    assert pdf.stat().st_size > 1000


def test_a_report_drafted_elsewhere_appears_without_f5(qtbot, window):
    page = _page(qtbot, window)
    assert _made(page) == []
    made = _run(qtbot, window, lambda ctx: reporting.draft_report(ctx, "생계급여신청", "2022-08"))
    window.data_changed.emit(reporting_changes(made.id), None)
    qtbot.waitUntil(lambda: len(_made(page)) == 1)
    assert _made(page)[0][:3] == ["생계급여신청", "2022-08", "작성 중"]


def reporting_changes(report_id):
    from heemang_desktop.changes import Changes

    return Changes.of("municipal_report", report_id)


def test_on_the_notices_day_the_page_lists_reports_due_before_the_outage_and_drafts_one(qtbot, window):
    page = _page(qtbot, window, date(2022, 8, 16))
    rows = {(r[0], r[1]): r for r in page.list_model.rows}
    ltc = rows[("장기요양인력변경보고", "2022-08")]
    assert (ltc[2], ltc[3]) == ("초안 없음", "2022-08-30") and "8.30일까지 사전 보고" in ltc[6]
    assert rows[("보조금교부신청", "2022-09")][3] == "2022-08-30"
    window.resize(1366, 768)
    qtbot.wait(50)
    window.grab().save("/tmp/municipal-due.png")
    page.list_view.selectRow(page.list_model.rows.index(ltc))
    assert (page.kind.currentData(), page.period.month()) == ("ltc_staff_change", "2022-08")
    assert "아직 초안이 없습니다" in page.detail.text()
    assert not any(b.isEnabled() for b in page.step_buttons.values())
    page.draft_button.click()
    qtbot.waitUntil(lambda: any(r[:3] == ["장기요양인력변경보고", "2022-08", "작성 중"] for r in page.list_model.rows))
    assert ("장기요양인력변경보고", "2022-08", "초안 없음") not in {tuple(r[:3]) for r in page.list_model.rows}
    assert page.selected().kind == "ltc_staff_change"
