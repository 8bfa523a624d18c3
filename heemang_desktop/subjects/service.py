"""Subjects' door: what the GUI, the CLI and other features may call. Everything else in `subjects/`
is internal and may change without notice.

Reads run in plain sessions (no write lock), writes each in their own transaction; a write's
outbox entries tell `changes.collect()` what it touched, so no function here builds a Changes.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from heemang_desktop.subjects.cards import (
    SEX_LABELS,
    Guardian,
    SubjectCard,
    SubjectInput,
    SubjectRow,
    discard_subject,
    find_by_resident_number,
    get_subject,
    photo_file,
    register_subject,
    search_subjects,
    set_photo,
    update_subject,
)
from heemang_desktop.subjects.clock import now_seoul
from heemang_desktop.subjects.codes import FeePlan, Service, codes, fee_plans, log_types, services, wage_rule
from heemang_desktop.subjects.codes import service as service_of
from heemang_desktop.subjects.common import can_see_health
from heemang_desktop.subjects.episodes import (
    DEATH_OR_MISSING,
    EpisodeRow,
    RosterRow,
    admit,
    cancel_episode,
    discharge,
    list_episodes,
    roster,
    undo_discharge,
)
from heemang_desktop.subjects.fees import (
    BalanceRow,
    ChargeRow,
    ReceiptRow,
    balances,
    cancel_charge,
    cancel_receipt,
    charge_month,
    list_receipts,
    receipt_html,
    record_receipt,
)
from heemang_desktop.subjects.history import (
    Attendance,
    LogRow,
    OutingRow,
    ProgramRow,
    add_log,
    cancel_log,
    cancel_outing,
    cancel_program_session,
    list_logs,
    list_outings,
    list_program_sessions,
    open_log,
    record_return,
    save_program_session,
    start_outing,
)
from heemang_desktop.subjects.nokin import (
    POLICE_NOTICE,
    NoKinRow,
    list_reports,
    record_police_report,
    record_police_reports_for,
    report_event,
)
from heemang_desktop.subjects.sealing import seal_pending
from heemang_desktop.subjects.timeline import TimelineItem, timeline
from heemang_desktop.subjects.vocational import (
    WageRow,
    add_work,
    calculate_wages,
    cancel_work,
    export_wage_list,
    pay_wages,
    payslip_html,
    record_attendance,
    record_day,
    wage_list,
)

__all__ = [
    "DEATH_OR_MISSING", "POLICE_NOTICE", "SEX_LABELS", "TEMPLATE_KIND",
    "Attendance", "BalanceRow", "ChargeRow", "EpisodeRow", "FeePlan", "Guardian", "LogRow", "NoKinRow", "OutingRow",
    "ProgramRow", "ReceiptRow", "RosterRow", "Service", "SubjectCard", "SubjectInput", "SubjectRow",
    "TimelineItem", "WageRow",
    "add_log", "add_work", "admit", "balances", "calculate_wages", "can_see_health", "cancel_charge",
    "cancel_episode", "cancel_log", "cancel_outing", "cancel_program_session", "cancel_receipt", "cancel_work",
    "card_with_timeline", "charge_month", "codes", "discard_subject", "discharge", "export_fee_ledger",
    "export_roster", "export_wage_list", "fee_plans", "find_by_resident_number", "get_subject", "list_episodes",
    "list_logs", "list_outings", "list_program_sessions", "list_receipts", "list_reports", "log_types", "now_seoul",
    "open_log", "seal_pending",
    "pay_wages", "payslip_html", "photo_file", "receipt_html", "record_attendance", "record_day",
    "record_police_report", "record_police_reports_for", "record_receipt", "record_return", "register_subject",
    "report_event", "roster", "save_program_session", "search_subjects", "service_of", "services", "set_photo",
    "start_outing", "subject_choices", "timeline", "undo_discharge", "update_subject", "wage_list",
    "wage_rule", "write_template",
]

TEMPLATE_KIND = "subjects"  # the registry's import and template kind for the 대상자 workbook
CHOICES_LIMIT = 5000  # subjects offered in a page's chooser


def subject_choices(ctx) -> list[SubjectRow]:
    """Every subject, by name, for a page's chooser."""
    return search_subjects(ctx, "", 0, CHOICES_LIMIT)


def card_with_timeline(ctx, subject_id: str) -> tuple[SubjectCard, list[TimelineItem]]:
    """The card as the screen opens it: health notes shown to an allowed role are recorded (접속기록)."""
    card = get_subject(ctx, subject_id)
    if card.health_notes:
        from heemang_desktop.audit import service as audit

        audit.record(ctx, audit.OPEN_HEALTH_NOTE, "subject", card.id, detail="건강 특이사항")
    return card, timeline(ctx, subject_id)


def write_template(path: Path) -> None:
    """The blank 대상자 workbook."""
    from heemang_desktop.subjects import excel  # openpyxl loads only when a file is written

    excel.write_subjects_template(Path(path))


def export_roster(ctx, on: date, path: Path) -> int:
    from heemang_desktop.subjects import excel

    return excel.export_roster(ctx, on, Path(path))


def export_fee_ledger(ctx, path: Path, upto_month: str | None = None) -> int:
    from heemang_desktop.subjects import excel

    return excel.export_fee_ledger(ctx, Path(path), upto_month)


def names_query(facility_id: str):
    """Subjects' names (the name column alone, never a sealed number) as a select the personal-data
    guard streams in batches (inquiries/names.py)."""
    from sqlalchemy import select

    from heemang_desktop.subjects.models import Subject

    return select(Subject.name).where(Subject.facility_id == facility_id, Subject.deleted.is_(False))
