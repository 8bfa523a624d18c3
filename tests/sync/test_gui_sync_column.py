"""Lists beside the resolution list show each record's sync state and refusal reason too (sync's door
serves every list): 인사카드 and 대상자 정보."""

from __future__ import annotations

from datetime import date

from sqlalchemy import update

from heemang_desktop.hr.service import EmployeeInput, create_employee
from heemang_desktop.subjects.service import SubjectInput, register_subject
from heemang_desktop.sync.models import REJECTED, OutboxEntry

REASON = "중앙 서비스가 거부했습니다: 입사일이 퇴사일보다 늦습니다."


def _refuse(ctx, entity_id: str) -> None:
    """What the sync engine stores for a change the central service refused."""
    with ctx.transaction() as s:
        s.execute(update(OutboxEntry).where(OutboxEntry.entity_id == entity_id)
                  .values(state=REJECTED, last_error=REASON))


def _column(model, header: str, row: int) -> str:
    columns = [model.headerData(c, _horizontal()) for c in range(model.columnCount())]
    return model.data(model.index(row, columns.index(header)))


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_employee_and_subject_lists_show_the_refusal_beside_the_record(qtbot, ctx, main_window):
    refused = create_employee(ctx, EmployeeInput(employee_no="E001", name="김민수", job_type="요양보호사",
                                                 employment_type="정규", hire_date=date(2024, 3, 2)))
    create_employee(ctx, EmployeeInput(employee_no="E002", name="이영희", job_type="요양보호사",
                                       employment_type="정규", hire_date=date(2024, 3, 2)))
    person = register_subject(ctx, SubjectInput(name="최순자", resident_number="400101-2234567"))
    _refuse(ctx, refused.id)
    _refuse(ctx, person.id)
    ctx.close()
    window = main_window("hr.employees")
    cards = window.pages["hr.employees"].table.model()
    qtbot.waitUntil(lambda: cards.rowCount() == 2, timeout=10000)
    assert _column(cards, "전송", 0) == f"거부됨: {REASON}"
    assert _column(cards, "전송", 1) == "전송 대기"
    window.open_page("subjects.cards")
    subjects = window.pages["subjects.cards"].table.model()
    qtbot.waitUntil(lambda: subjects.rowCount() == 1, timeout=10000)
    assert _column(subjects, "전송", 0) == f"거부됨: {REASON}"
