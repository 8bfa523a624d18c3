"""Reporting's door: what the GUI, the CLI and other features (subjects) may call. Everything else
in `reporting/` is internal and may change without notice.

The draft functions take the caller's session, so a draft commits with the admission or discharge
that caused it, or not at all. Evaluation objections: `add_evaluation` records an on-site visit;
`objection_route` answers the deadline and the route (online or 공문) with the reason.
"""

from __future__ import annotations

from heemang_desktop.reporting.drafts import ADMISSION_DISCHARGE, cancel_drafts_for, queue_draft
from heemang_desktop.reporting.evaluation import (
    LETTER,
    ONLINE,
    EvaluationRow,
    Route,
    add_evaluation,
    list_evaluations,
    objection_route,
)

__all__ = [
    "ADMISSION_DISCHARGE", "LETTER", "ONLINE", "EvaluationRow", "Route", "add_evaluation", "cancel_drafts_for",
    "list_evaluations", "objection_route", "queue_draft",
]
