"""나의업무: the items every feature offers (work_items.py), kept for the user's role, most urgent first."""
from heemang_desktop.features import Feature

FEATURE = Feature(
    commands=("heemang_desktop.mywork.cli",),
    # the areas whose doors already answer what is due; features with their own rules offer their own
    work_items=(
        "heemang_desktop.mywork.providers:calendar_items",
        "heemang_desktop.mywork.providers:sync_items",
        "heemang_desktop.mywork.providers:payslip_mail_items",
        "heemang_desktop.mywork.providers:police_report_items",
    ),
)
