from heemang_desktop.features import Feature

FEATURE = Feature(
    models=("heemang_desktop.sync.models",),
    pages={"my_work.sync": "heemang_desktop.gui.pages.outbox:OutboxPage"},
)
