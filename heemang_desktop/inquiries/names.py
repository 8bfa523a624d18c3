"""The names of people registered in this store, streamed for the guard.

Each register's door (subjects, staff, donors) gives the select of its name column (never the sealed
numbers); the rows are read a batch at a time, so the guard never holds a whole register in memory.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy.orm import Session

from heemang_desktop.donations import service as donations
from heemang_desktop.hr import service as hr
from heemang_desktop.subjects import service as subjects

BATCH = 500


def registered_names(session: Session, facility_id: str, batch: int = BATCH) -> Iterator[str]:
    queries = (subjects.names_query(facility_id), hr.names_query(facility_id), donations.names_query(facility_id))
    for query in queries:
        result = session.execute(query.execution_options(yield_per=batch))
        try:
            for (name,) in result:
                if name:
                    yield name
        finally:
            result.close()
