"""Alembic environment: always run through `heemang_desktop.store.migrate` with a live connection."""

from alembic import context

from heemang_desktop.store.registry import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through heemang_desktop.store.migrate, which passes a connection")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
