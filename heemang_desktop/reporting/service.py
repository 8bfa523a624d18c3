"""Reporting's door: what the GUI, the CLI and other features (subjects) may call. Everything else
in `reporting/` is internal and may change without notice.

The draft functions take the caller's session, so a draft commits with the admission or discharge
that caused it, or not at all.
"""

from __future__ import annotations

from heemang_desktop.reporting.drafts import ADMISSION_DISCHARGE, cancel_drafts_for, queue_draft

__all__ = ["ADMISSION_DISCHARGE", "cancel_drafts_for", "queue_draft"]
