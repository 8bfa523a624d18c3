"""Accounting's door: what the GUI, the CLI and other features (payroll) may call. Everything else
in `accounting/` is internal and may change without notice.

`add_resolution_in` joins the caller's transaction (the way `reporting/drafts.py` does), so another
feature's record and the resolution it causes commit together, or not at all.
"""

from __future__ import annotations

from heemang_desktop.accounting.chart import load_chart
from heemang_desktop.accounting.lines import LineInput
from heemang_desktop.accounting.models import Resolution
from heemang_desktop.accounting.resolutions import ResolutionInput, _apply_input

__all__ = ["LineInput", "Resolution", "ResolutionInput", "add_resolution_in", "load_chart"]


def add_resolution_in(session, ctx, data: ResolutionInput) -> Resolution:
    """Save a new resolution inside the caller's `session`, checked by accounting's rules (budget,
    open month, chart) and with its outbox change; the caller commits."""
    return _apply_input(session, ctx, None, data)
