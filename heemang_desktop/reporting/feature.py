"""Municipal reports (시군구보고), their deadlines, and evaluation objections."""
from heemang_desktop.features import Feature

FEATURE = Feature(
    models=("heemang_desktop.reporting.models",),
    commands=("heemang_desktop.reporting.cli",),
    entities={"municipal_report_draft": "시군구보고 초안", "evaluation": "시설평가 현장평가"},
)
