"""Municipal reports (시군구보고), their deadlines, and evaluation objections."""
from heemang_desktop.features import Feature

FEATURE = Feature(
    models=("heemang_desktop.reporting.models",),
    commands=("heemang_desktop.reporting.cli",),
    entities={"municipal_report_draft": "시군구보고 초안", "evaluation": "시설평가 현장평가",
              "municipal_report": "시군구보고"},
    pages={"municipal.reports": "heemang_desktop.gui.municipal.reports_page:ReportsPage",
           "evaluation.objections": "heemang_desktop.gui.evaluation.objections:ObjectionsPage"},
    work_items=("heemang_desktop.reporting.evaluation:objection_items",
                "heemang_desktop.reporting.service:report_items"),
)
