"""Make the central database ready at start: create missing tables (`metadata.create_all`; the
reference service has no migrations) and move a database made before ids were scoped per facility
onto the new keys, in place and in one transaction.

Before: `central_entity` keyed (entity, entity_id) and `central_change.change_id` unique across all
facilities. After: (facility_id, entity, entity_id) and (facility_id, change_id). Every row is kept
as it was: the old keys were stricter, so the data already satisfies the new ones.
"""

from __future__ import annotations

import logging

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

from heemang_desktop.central import tables as t

log = logging.getLogger("heemang_desktop.central")


def prepare_database(engine: Engine) -> None:
    with engine.begin() as conn:
        if _ids_are_global(conn):
            log.warning("central database: scoping entity and change ids per facility (one-time upgrade)")
            if conn.dialect.name == "sqlite":
                _rebuild_sqlite(conn)
            else:
                _alter_in_place(conn)
        t.metadata.create_all(conn)


def _ids_are_global(conn: Connection) -> bool:
    insp = inspect(conn)
    return (insp.has_table(t.entity.name)
            and "facility_id" not in insp.get_pk_constraint(t.entity.name)["constrained_columns"])


def _rebuild_sqlite(conn: Connection) -> None:
    """SQLite cannot change a key in place: copy each table into a new one of the current shape."""
    insp = inspect(conn)
    for table in (t.change, t.entity):
        for ix in insp.get_indexes(table.name):  # index names are database-wide in SQLite
            conn.execute(text(f'DROP INDEX "{ix["name"]}"'))
        conn.execute(text(f'ALTER TABLE "{table.name}" RENAME TO "{table.name}_v1"'))
        table.create(conn)
        cols = ", ".join(f'"{c.name}"' for c in table.columns)
        conn.execute(text(f'INSERT INTO "{table.name}" ({cols}) SELECT {cols} FROM "{table.name}_v1"'))
        conn.execute(text(f'DROP TABLE "{table.name}_v1"'))


def _alter_in_place(conn: Connection) -> None:
    """PostgreSQL: swap the keys with ALTER TABLE (names as found, so any old naming works)."""
    insp = inspect(conn)
    pk = insp.get_pk_constraint(t.entity.name)["name"]
    conn.execute(text(f'ALTER TABLE central_entity DROP CONSTRAINT "{pk}", '
                      'ADD CONSTRAINT pk_central_entity PRIMARY KEY (facility_id, entity, entity_id)'))
    for uq in insp.get_unique_constraints(t.change.name):
        if uq["column_names"] == ["change_id"]:
            conn.execute(text(f'ALTER TABLE central_change DROP CONSTRAINT "{uq["name"]}"'))
    conn.execute(text("ALTER TABLE central_change ADD CONSTRAINT uq_central_change_facility_change "
                      "UNIQUE (facility_id, change_id)"))
    for ix in insp.get_indexes(t.change.name):
        if ix["column_names"] == ["entity", "entity_id"]:
            conn.execute(text(f'DROP INDEX "{ix["name"]}"'))
    conn.execute(text("CREATE INDEX ix_central_change_facility_entity "
                      "ON central_change (facility_id, entity, entity_id)"))
