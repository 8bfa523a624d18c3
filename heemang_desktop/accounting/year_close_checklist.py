"""나의업무, January to the end of February: what stands between last year and its 결산 마감.

Months not closed, requisitions still open (작성 중, or 승인 but never resolved), changes not yet synced, and
the year close itself. Un-issued 기부금영수증 are donations' own item (`receipts_due_items`), listed beside
these on the same page, so not repeated here.
"""

from __future__ import annotations

import calendar
from datetime import date

from sqlalchemy import func, select

from heemang_desktop.accounting.models import APPROVED, CANCELLED, DRAFT, Requisition, Resolution
from heemang_desktop.accounting.year_close import open_months
from heemang_desktop.accounting.year_close_models import CLOSED, YearClose
from heemang_desktop.work_items import SOON, URGENT, WorkItem

PAGE = "accounting.settlement"
REASON = "결산은 다음 해 2월 말까지 (재무·회계 규칙: 3월 31일까지 시군구 제출)"


def _open_requisitions(session, facility_id: str, year: int) -> int:
    resolved = select(Resolution.requisition_id).where(
        Resolution.facility_id == facility_id, Resolution.requisition_id.is_not(None), Resolution.state != CANCELLED,
        Resolution.deleted.is_(False))
    return session.scalar(select(func.count()).select_from(Requisition).where(
        Requisition.facility_id == facility_id, Requisition.fiscal_year == year, Requisition.deleted.is_(False),
        (Requisition.state == DRAFT) | ((Requisition.state == APPROVED) & Requisition.id.not_in(resolved)))) or 0


def year_end_items(ctx, on: date) -> list[WorkItem]:
    if on.month > 2:
        return []
    year = on.year - 1
    due = date(on.year, 2, calendar.monthrange(on.year, 2)[1])
    urgency = SOON if on.month == 1 else URGENT
    facility_id = ctx.facility.id
    with ctx.store.session() as session:
        if session.scalar(select(YearClose.id).where(YearClose.facility_id == facility_id, YearClose.year == year,
                                                     YearClose.state == CLOSED, YearClose.deleted.is_(False))):
            return []
        months = open_months(session, facility_id, year)
        requisitions = _open_requisitions(session, facility_id, year)
    out = []
    if months:
        out.append(WorkItem("year_end_months", f"{year}년 마감하지 않은 달: " + ", ".join(f"{m}월" for m in months),
                            "accounting.budget", due, urgency, REASON, f"year_end_months:{year}"))
    if requisitions:
        out.append(WorkItem("year_end_requisitions", f"{year}년 결의하지 않은 품의서 {requisitions:,}건",
                            "accounting.requisitions", due, urgency, REASON, f"year_end_requisitions:{year}"))
    from heemang_desktop.sync import service as sync

    f = sync.figures(ctx)
    unsent = f.queued + f.conflicts + f.rejected
    if unsent:
        out.append(WorkItem("year_end_unsynced", f"결산 전에 동기화할 변경 {unsent:,}건", "my_work.sync", due,
                            urgency, "결산서는 중앙 서비스와 같은 장부로 만들어야 합니다.",
                            f"year_end_unsynced:{year}"))
    out.append(WorkItem("year_end_close", f"{year}년 결산 마감 (결산서 확인 후 연도 마감)", PAGE, due, urgency,
                        REASON, f"year_end_close:{year}"))
    return out
