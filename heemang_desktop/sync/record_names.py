"""Names for records on the sync screens: "결의서 2026-지출-0005", "인사카드 E001 김민수",
"대상자 S-0012 최*자" — not a bare id. The patterns are data (resources/sync/record_names.json);
a subject's name is masked (a waiting list is seen over the shoulder), staff names are not."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from sqlalchemy import select

from heemang_desktop.resources import load_json

_FIELD = re.compile(r"\{(\w+)(?:@(\w+))?(!mask)?\}")


@cache
def _patterns() -> dict[str, str]:
    return {k: v for k, v in load_json("sync/record_names.json").items() if not k.startswith("_")}


def mask_name(name: str) -> str:
    """김민수 -> 김*수, 김수 -> 김*, a single character as it is."""
    name = (name or "").strip()
    if len(name) <= 1:
        return name
    return name[0] + "*" * max(1, len(name) - 2) + (name[-1] if len(name) > 2 else "")


def _text(value) -> str:
    if value is None:
        return ""
    iso = getattr(value, "isoformat", None)
    if iso is not None:
        return iso(sep=" ", timespec="minutes") if hasattr(value, "hour") and hasattr(value, "date") else iso()
    return str(value)


class Namer:
    """Names many records with one query per entity (a waiting list has up to 500 rows)."""

    def __init__(self, session):
        self.session = session
        self._rows: dict[tuple[str, str], object | None] = {}

    def preload(self, pairs: Iterable[tuple[str, str]]) -> None:
        from heemang_desktop.sync.entities import model_for

        wanted: dict[str, set[str]] = {}
        for entity, entity_id in pairs:
            if (entity, entity_id) not in self._rows:
                wanted.setdefault(entity, set()).add(entity_id)
        for entity, ids in wanted.items():
            model = model_for(entity)
            if model is None:
                continue
            found = {}
            id_list = list(ids)
            for i in range(0, len(id_list), 500):
                for row in self.session.scalars(select(model).where(model.id.in_(id_list[i:i + 500]))):
                    found[row.id] = row
            for entity_id in ids:
                self._rows[(entity, entity_id)] = found.get(entity_id)

    def _row(self, entity: str, entity_id: str):
        if (entity, entity_id) not in self._rows:
            self.preload([(entity, entity_id)])
        return self._rows.get((entity, entity_id))

    def name(self, entity: str, entity_id: str, depth: int = 0) -> str:
        """The record's name without its kind ("2026-지출-0005"); "" when the record is not here."""
        pattern = _patterns().get(entity)
        row = self._row(entity, entity_id) if pattern else None
        if not pattern or row is None or depth > 2:
            return ""

        def field(m: re.Match) -> str:
            key, target, masked = m.groups()
            value = getattr(row, key, None)
            if target:
                return self.name(target, value, depth + 1) if value else ""
            text = _text(value)
            return mask_name(text) if masked else text

        return " ".join(_FIELD.sub(field, pattern).split())
