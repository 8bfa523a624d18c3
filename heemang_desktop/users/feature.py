from heemang_desktop.features import Feature

FEATURE = Feature(
    models=("heemang_desktop.store.models", "heemang_desktop.users.models"),
    pages={
        "my_work.home": "heemang_desktop.gui.pages.home:HomePage",
        "admin.users": "heemang_desktop.gui.pages.users:UsersPage",
        "admin.backup": "heemang_desktop.gui.pages.backup:BackupPage",
    },
)
