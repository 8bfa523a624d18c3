"""The one check every accounting write path makes: is the fiscal year closed (연도 마감)?

Its own module, importing only the model, so budget, transfers and periods can all call it without a cycle.
"""

from __future__ import annotations

from sqlalchemy import select

from heemang_desktop.accounting.year_close_models import CLOSED, YearClose
from heemang_desktop.store.errors import ValidationError


def closed_years(session, facility_id: str) -> set[int]:
    """Read once per session: an import checks thousands of rows in one transaction."""
    cache = session.info.setdefault("acc_closed_years", {})
    if facility_id not in cache:
        cache[facility_id] = set(session.scalars(select(YearClose.year).where(
            YearClose.facility_id == facility_id, YearClose.state == CLOSED, YearClose.deleted.is_(False))))
    return cache[facility_id]


def forget(session, facility_id: str) -> None:
    session.info.get("acc_closed_years", {}).pop(facility_id, None)


def require_year_open(session, facility_id: str, year: int, field: str | None = None) -> None:
    if year in closed_years(session, facility_id):
        raise ValidationError(f"{year}년 회계연도는 결산 마감되어 고칠 수 없습니다 "
                              "(관리자가 사유를 적어 마감을 풀어야 합니다).", field)
