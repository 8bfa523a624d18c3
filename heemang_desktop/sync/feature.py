"""Sync: the transactional outbox, the sync engine and its CLI, and the reference central service's CLI."""
from heemang_desktop.features import Feature

FEATURE = Feature(
    models=("heemang_desktop.sync.models",),
    commands=("heemang_desktop.sync.cli", "heemang_desktop.central.cli"),
    pages={"my_work.sync": "heemang_desktop.gui.sync.page:SyncPage"},
)
