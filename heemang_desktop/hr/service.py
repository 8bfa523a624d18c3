"""HR's door: what the GUI, the CLI and other features (payroll) may call. Everything else in `hr/`
is internal and may change without notice.
"""

from __future__ import annotations

from heemang_desktop.hr.attendance import month_range, month_summary
from heemang_desktop.hr.employees import bank_accounts_for_transfer, list_employees
from heemang_desktop.hr.hours import Limits, statutory_limits
from heemang_desktop.hr.pay_hours import month_hours

__all__ = [
    "Limits",
    "bank_accounts_for_transfer",
    "list_employees",
    "month_hours",
    "month_range",
    "month_summary",
    "statutory_limits",
]
