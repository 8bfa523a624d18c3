"""Seoul wall time (what staff type and see) <-> naive UTC (what the store keeps).

Korea has kept UTC+9 without daylight saving since 1988, so a fixed offset is exact and needs
no time-zone database (absent on some Windows PCs).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import overload

SEOUL = timezone(timedelta(hours=9))


def to_utc(local: datetime) -> datetime:
    if local.tzinfo is None:
        local = local.replace(tzinfo=SEOUL)
    return local.astimezone(UTC).replace(tzinfo=None)


@overload
def to_seoul(stored: datetime) -> datetime: ...
@overload
def to_seoul(stored: None) -> None: ...
def to_seoul(stored: datetime | None) -> datetime | None:
    if stored is None:
        return None
    return stored.replace(tzinfo=UTC).astimezone(SEOUL).replace(tzinfo=None)


def now_seoul() -> datetime:
    return datetime.now(SEOUL).replace(tzinfo=None, microsecond=0)
