"""New rows as plain column dicts, for imports that save through sync.outbox.record_changes (an ORM
object and a flush per row cost milliseconds a row at upload sizes)."""

from __future__ import annotations


def new_row(model, source=None, **values) -> dict:
    """Every column of `model`: `values`, else `source`'s attribute (a transient object the feature's own
    rules filled in), else the column's plain default. Version 0: record_changes inserts it."""
    row = {}
    for column in model.__table__.columns:
        value = getattr(source, column.key, None) if source is not None else None
        if value is None and column.default is not None and column.default.is_scalar:
            value = column.default.arg
        row[column.key] = value
    row.update(values)
    row["version"] = 0
    return row
