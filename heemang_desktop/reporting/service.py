"""Reporting's door: what the GUI, the CLI and other features (subjects) may call. Everything else
in `reporting/` is internal and may change without notice.

The draft functions take the caller's session, so a draft commits with the admission or discharge
that caused it, or not at all. Evaluation objections: `add_evaluation` records an on-site visit;
`objection_route` answers the deadline and the route (online or 공문) with the reason.
시군구보고: `draft_report` builds a report from the registers (forms as data, resources/reports/),
`set_status` moves it along, `export_report` writes its Excel form or PDF; `report_items` is 나의업무's.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from heemang_desktop.reporting.drafts import ADMISSION_DISCHARGE, cancel_drafts_for, queue_draft
from heemang_desktop.reporting.evaluation import (
    LETTER,
    ONLINE,
    ROUTE_LABELS,
    EvaluationRow,
    Route,
    add_evaluation,
    get_evaluation,
    list_evaluations,
    objection_items,
    objection_route,
    remove_evaluation,
    update_evaluation,
)
from heemang_desktop.reporting.evaluation_letter import letter_html, letter_text, save_letter_pdf
from heemang_desktop.reporting.reports import (
    ACCEPTED,
    CHECKED,
    RETURNED,
    STATUS_LABELS,
    Deadline,
    ReportView,
    Upcoming,
    draft_report,
    form_choices,
    get_report,
    list_reports,
    set_status,
    upcoming,
)
from heemang_desktop.reporting.reports import due_items as _due_items
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.work_items import OVERDUE, SOON, URGENT, WorkItem

__all__ = [
    "ADMISSION_DISCHARGE", "LETTER", "ONLINE", "ROUTE_LABELS", "EvaluationRow", "Route", "add_evaluation",
    "cancel_drafts_for",
    "get_evaluation", "letter_html", "letter_text", "list_evaluations", "objection_items", "objection_route",
    "queue_draft", "remove_evaluation", "save_letter_pdf", "update_evaluation",
    "ACCEPTED", "CHECKED", "RETURNED", "STATUS_LABELS", "Deadline", "ReportView", "draft_report", "export_report",
    "form_choices", "get_report", "list_reports", "report_html", "report_items", "set_status", "Upcoming",
    "upcoming",
]


def _record_export(ctx, report: ReportView, what: str) -> None:
    """A report naming people leaves the PC as a file: 접속기록 says who, when and which (never the rows)."""
    from heemang_desktop.audit import service as audit
    from heemang_desktop.reporting.forms import load_form

    try:
        personal = load_form(report.kind).personal
    except ValidationError:  # a kind this PC has no form for: assume it names people
        personal = True
    if personal:
        audit.record(ctx, audit.EXPORT, "municipal_report", report.id, detail=f"{report.label} {report.period} {what}")


def report_html(ctx, report_id: str) -> str:
    """The report as HTML for the PDF the GUI draws on its own thread (recorded as an export)."""
    from heemang_desktop.reporting import outputs

    report = get_report(ctx, report_id)
    _record_export(ctx, report, "PDF")
    return outputs.report_html(report, f"{ctx.facility.name} ({ctx.facility.code})")


def export_report(ctx, report_id: str, path) -> Path:
    """The report as an Excel form (.xlsx) or a printable PDF (.pdf)."""
    from heemang_desktop.reporting import outputs

    report = get_report(ctx, report_id)
    written = outputs.export(report, f"{ctx.facility.name} ({ctx.facility.code})", Path(path))
    _record_export(ctx, report, written.suffix.lstrip(".").upper())
    return written


def report_items(ctx, on: date) -> list[WorkItem]:
    """나의업무: 시군구보고 drafts waiting, reports due in the next 14 days (moved before an outage with
    the reason) and ones missed in the last 7 days, each opening 보고 목록·기한."""
    items = []
    for i in _due_items(ctx, on):
        d = i["deadline"]
        when = "기한 없음" if d.on is None else f"{d.on.month}.{d.on.day}" + ("까지" if d.on >= on else " 기한 지남")
        state = f"({STATUS_LABELS[i['status']]})" if i["status"] else "(초안 없음)"
        urgency = SOON if d.on is None or (d.on - on).days > 3 else OVERDUE if d.on < on else URGENT
        items.append(WorkItem("report_due", f"시군구보고 {i['label']} {i['period']} {state}: {when}",
                              "municipal.reports", d.on, urgency, d.reason or d.rule,
                              i["report_id"] or f"{i['kind']}:{i['period']}"))
    return items
