"""health sealed: health notes and daily-log contents leave their plain columns

`subject.health_notes` and `daily_log.content` become `<f>_enc/_hash/_masked` (purpose `health`).
A migration has no key (it is in the OS keyring, and an old store may be opened before its recovery
code is typed), so the plain text moves to `subject_unsealed`, with the plain text of unsent outbox
payloads, and subjects.sealing.seal_pending seals it as soon as the key is at hand, then scrubs the
file (VACUUM, WAL truncated) and the backups. The store is backed up before migrating (store.py).

Revision ID: 0021_health_sealed
Revises: 0020_audit_log
Create Date: 2026-12-02
"""

import json

import sqlalchemy as sa
from alembic import op

revision = '0021_health_sealed'
down_revision = "0020_audit_log"
branch_labels = None
depends_on = None

MASK = "●●● (건강 정보)"  # store/pii.HEALTH_MASK as of this revision
FIELDS = (("subject", "health_notes", 4000), ("daily_log", "content", 8000))
ENTITIES = {"subject": "health_notes", "daily_log": "content"}


def upgrade() -> None:
    op.create_table('subject_unsealed',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subject_unsealed'))
    )
    conn = op.get_bind()
    for table, field, _limit in FIELDS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column(f'{field}_enc', sa.Text(), nullable=True))
            batch_op.add_column(sa.Column(f'{field}_hash', sa.String(length=64), nullable=True))
            batch_op.add_column(sa.Column(f'{field}_masked', sa.String(length=32), nullable=True))
        conn.execute(sa.text(
            f"INSERT INTO subject_unsealed (table_name, row_id, field, value) "
            f"SELECT '{table}', id, '{field}', {field} FROM {table} WHERE {field} IS NOT NULL AND {field} <> ''"))
        conn.execute(sa.text(f"UPDATE {table} SET {field}_masked = :mask WHERE {field} IS NOT NULL AND {field} <> ''"),
                     {"mask": MASK})
    # Unsent (and sent) changes keep their payloads: the plain text leaves them too.
    rows = conn.execute(sa.text("SELECT seq, entity, payload FROM outbox WHERE entity IN ('subject', 'daily_log')"))
    for seq, entity, payload in rows.fetchall():
        data = json.loads(payload)
        field = ENTITIES[entity]
        if field not in data:
            continue
        plain = data.pop(field)
        data[f"{field}_enc"] = None
        data[f"{field}_masked"] = MASK if plain else None
        if plain:
            conn.execute(sa.text("INSERT INTO subject_unsealed (table_name, row_id, field, value) "
                                 "VALUES ('outbox', :seq, :field, :value)"),
                         {"seq": str(seq), "field": field, "value": plain})
        conn.execute(sa.text("UPDATE outbox SET payload = :p WHERE seq = :seq"),
                     {"p": json.dumps(data, ensure_ascii=False, separators=(",", ":")), "seq": seq})
    # A conflict keeps the server's copy in `result`: its plain text leaves it the same way.
    rows = conn.execute(sa.text("SELECT seq, entity, result FROM outbox WHERE entity IN ('subject', 'daily_log') "
                                "AND result LIKE '%server_copy%'"))
    for seq, entity, result in rows.fetchall():
        answer = json.loads(result)
        payload = (answer.get("server_copy") or {}).get("payload") or {}
        field = ENTITIES[entity]
        if field not in payload:
            continue
        plain = payload.pop(field)
        payload[f"{field}_enc"] = payload[f"{field}_hash"] = None
        payload[f"{field}_masked"] = MASK if plain else None
        if plain:
            conn.execute(sa.text("INSERT INTO subject_unsealed (table_name, row_id, field, value) "
                                 "VALUES ('outbox_result', :seq, :field, :value)"),
                         {"seq": str(seq), "field": field, "value": plain})
        conn.execute(sa.text("UPDATE outbox SET result = :r WHERE seq = :seq"),
                     {"r": json.dumps(answer, ensure_ascii=False), "seq": seq})
    # A quarantined copy's shown values leave personal fields out: these are personal now.
    rows = conn.execute(sa.text("SELECT id, entity, fields FROM sync_quarantine "
                                "WHERE entity IN ('subject', 'daily_log')"))
    for qid, entity, fields in rows.fetchall():
        shown = json.loads(fields or "{}")
        if shown.pop(ENTITIES[entity], None) is not None:
            conn.execute(sa.text("UPDATE sync_quarantine SET fields = :f WHERE id = :id"),
                         {"f": json.dumps(shown, ensure_ascii=False), "id": qid})
    for table, field, _limit in FIELDS:
        # SQLite's own DROP COLUMN (3.35+) rewrites the rows in place; a batch copy of `subject` would
        # DROP the table its episodes and logs point to, which foreign keys refuse.
        op.execute(f"ALTER TABLE {table} DROP COLUMN {field}")


def downgrade() -> None:
    raise RuntimeError("0021_health_sealed: sealed health text is not put back in plain columns; restore the "
                       "backup made before migrating instead")
