"""The names of people registered in this store, streamed for the guard.

Names are read a batch at a time from the subject and employee registers (only the name column,
never the sealed numbers), so the guard never holds every register in memory at once.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from heemang_desktop.hr.models import Employee
from heemang_desktop.subjects.models import Subject

BATCH = 500


def registered_names(session: Session, facility_id: str, batch: int = BATCH) -> Iterator[str]:
    for model in (Subject, Employee):
        result = session.execute(
            select(model.name).where(model.facility_id == facility_id, model.deleted.is_(False))
            .execution_options(yield_per=batch))
        try:
            for (name,) in result:
                if name:
                    yield name
        finally:
            result.close()
