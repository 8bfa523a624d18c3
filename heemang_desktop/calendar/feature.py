"""The outage calendar: windows, CMS blackouts and deadlines (no page yet: 나의업무 and the status bar come next)."""
from heemang_desktop.features import Feature

FEATURE = Feature(
    models=("heemang_desktop.calendar.models",),
    commands=("heemang_desktop.calendar.cli",),
    entities={"calendar_entry": "일정(중단 기간·기한)"},
)
