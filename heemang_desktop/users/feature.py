from heemang_desktop.features import Feature

FEATURE = Feature(
    # excel.models: the facility's remembered upload value mappings, a platform table like the users'
    models=("heemang_desktop.store.models", "heemang_desktop.users.models", "heemang_desktop.excel.models"),
    entities={"value_mapping": "엑셀 값 맞춤"},
    commands=("heemang_desktop.users.cli",),
    pages={
        "my_work.home": "heemang_desktop.gui.pages.home:HomePage",
        "admin.users": "heemang_desktop.gui.pages.users:UsersPage",
        "admin.backup": "heemang_desktop.gui.pages.backup:BackupPage",
    },
)
