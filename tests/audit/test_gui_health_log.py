"""프로그램·일지: a 간호일지 shows masked in the list; a double-click opens it in its row, and the
opening is recorded in 접속기록. A 생활일지 shows as written."""

from __future__ import annotations

from datetime import datetime

import pytest

from heemang_desktop.audit import service as audit
from heemang_desktop.store import pii
from heemang_desktop.subjects import service as subjects


@pytest.fixture
def window(ctx, main_window):
    s = subjects.register_subject(ctx, subjects.SubjectInput(name="박순자"))
    subjects.add_log(ctx, s.id, "간호일지", datetime(2026, 11, 3, 9), "혈압 130/85")
    subjects.add_log(ctx, s.id, "생활일지", datetime(2026, 11, 3, 8), "아침 식사 양호")
    ctx.close()
    return main_window(page_id="history.programs", timeout=5000), s.id


def test_a_nursing_log_opens_on_double_click_and_is_recorded(qtbot, window):
    window, subject_id = window
    page = window.pages["history.programs"]
    qtbot.waitUntil(lambda: page.log_subject.count() > 0)
    page.log_subject.select(subject_id)
    qtbot.waitUntil(lambda: page.logs.rowCount() == 2)
    content = {r.log_type: r.content for r in page.logs.rows}
    assert content == {"간호일지": pii.HEALTH_MASK, "생활일지": "아침 식사 양호"}
    nursing = next(i for i, r in enumerate(page.logs.rows) if r.log_type == "간호일지")
    page.log_table.doubleClicked.emit(page.logs.index(nursing, 3))
    qtbot.waitUntil(lambda: page.logs.data(page.logs.index(nursing, 3)) == "혈압 130/85")
    page.grab().save("/tmp/privacy-nursing-log.png")
    audit_page = window.open_page("admin.audit") or window.pages["admin.audit"]
    qtbot.waitUntil(lambda: audit_page.model.rowCount() == 1)
    row = audit_page.model.rows[0]
    assert (row.kind, row.entity, row.detail) == (audit.OPEN_HEALTH_NOTE, "daily_log", "간호일지")
