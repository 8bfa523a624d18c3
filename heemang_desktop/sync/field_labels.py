"""Korean names for synced fields on the conflict and quarantine screens ("금액", never `amount`).

Data (resources/sync/field_labels.json): one name per field, and per-entity names where an entity
means something else by the same field. A field without a name shows as it is (a newer server's
field), and tests/sync/test_field_labels.py keeps every field of this version named.
"""

from __future__ import annotations

from functools import cache

from heemang_desktop.resources import load_json


@cache
def _labels() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    doc = load_json("sync/field_labels.json")
    return doc["fields"], doc["entities"]


def label(entity: str, field: str) -> str:
    fields, entities = _labels()
    return entities.get(entity, {}).get(field) or fields.get(field) or field
