"""The central service's own tables (never the client's Base): created with `metadata.create_all` at start."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData(naming_convention={
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "pk": "pk_%(table_name)s",
})

# `last_version` hands out the facility's server_versions (the pull cursor); updating the row
# first in every push serializes a facility's pushes, so a cursor never skips a late commit.
facility = Table(
    "central_facility", metadata,
    Column("id", String(36), primary_key=True),
    Column("code", String(16), nullable=False, unique=True),
    Column("last_version", Integer, nullable=False, default=0),
    Column("pushes", Integer, nullable=False, default=0),
)

user = Table(
    "central_user", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("facility_code", String(16), nullable=False),
    Column("user_id", String(64), nullable=False),
    Column("password_hash", String(255), nullable=False),
    UniqueConstraint("facility_code", "user_id"),
)

token = Table(
    "central_token", metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("facility_code", String(16), nullable=False),
    Column("user_id", String(64), nullable=False),
    Column("expires_at", DateTime, nullable=False),
)

setting = Table(
    "central_setting", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# Every applied change, kept: the full history of every version of every record. Ids (change and
# record) are scoped per facility: one facility can neither take an id first nor learn another's.
change = Table(
    "central_change", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("change_id", String(36), nullable=False),
    Column("facility_id", String(36), nullable=False),
    Column("server_version", Integer, nullable=False),
    Column("entity", String(64), nullable=False),
    Column("entity_id", String(36), nullable=False),
    Column("op", String(16), nullable=False),
    Column("base_version", Integer, nullable=False),
    Column("version", Integer, nullable=False),
    Column("payload", Text, nullable=False),
    Column("user_id", String(64), nullable=False),
    Column("client_id", String(64), nullable=False),
    Column("received_at", DateTime, nullable=False),
    UniqueConstraint("facility_id", "change_id", name="uq_central_change_facility_change"),
    Index("ix_central_change_facility_sv", "facility_id", "server_version", unique=True),
    Index("ix_central_change_facility_entity", "facility_id", "entity", "entity_id"),
)

# The current copy of each record: what a pull returns (one row per record, its latest version).
entity = Table(
    "central_entity", metadata,
    Column("facility_id", String(36), primary_key=True),
    Column("entity", String(64), primary_key=True),
    Column("entity_id", String(36), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("deleted", Boolean, nullable=False),
    Column("server_version", Integer, nullable=False),
    Column("payload", Text, nullable=False),
    Column("pii", Text, nullable=False),
    Index("ix_central_entity_facility_sv", "facility_id", "server_version"),
)

# Failed logins per user and per address (see throttle.py): here, not in memory, so every worker and
# a restart see the same count.
login_throttle = Table(
    "central_login_throttle", metadata,
    Column("key", String(200), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("locks", Integer, nullable=False),
    Column("blocked_until", DateTime, nullable=True),
    Column("last_failure", DateTime, nullable=True),
)

# Files a facility's records reference (inquiry attachments), by content: one row per facility and
# SHA-256, so a facility never learns another holds a file, and a second upload of it is no copy.
blob = Table(
    "central_blob", metadata,
    Column("facility_id", String(36), primary_key=True),
    Column("sha256", String(64), primary_key=True),
    Column("size", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("user_id", String(64), nullable=False),
    Column("received_at", DateTime, nullable=False),
)
