"""Donations' door: what the GUI, the CLI and other features may call. Everything else in `donations/`
is internal and may change without notice.

Reads run in plain sessions, writes each in their own transaction; a write's outbox entries tell
`changes.collect()` what it touched.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from heemang_desktop.donations.cms import (
    AppliedResult,
    CmsSetup,
    FileResult,
    MovedDebit,
    Problem,
    ResultLineOut,
    apply_result,
    blackout_moves,
    cms_setup,
    discard_eb21,
    retry_cycles,
    set_cms_setup,
    write_eb13,
    write_eb21,
    write_notice,
)
from heemang_desktop.donations.cms_month import (
    BlockedDay,
    MonthDebit,
    MonthView,
    blocked_days,
    default_direction,
    keep_notice_template,
    month_view,
    notice_template,
    without_consent,
)
from heemang_desktop.donations.consent import ConsentFile, attach_consent, consent_file, consent_path
from heemang_desktop.donations.donors import (
    PLEDGE_STATES,
    DonorCard,
    DonorInput,
    DonorRow,
    DuplicateDonor,
    add_donor,
    find_duplicates,
    get_donor,
    search_donors,
    update_donor,
)
from heemang_desktop.donations.gifts import GiftInput, GiftRow, cancel_gift, list_gifts, record_gift, update_gift
from heemang_desktop.donations.income import (
    GROUPINGS,
    BookResult,
    IncomeSetup,
    PlannedResolution,
    UnbookedMonth,
    book_gifts,
    book_month,
    income_items,
    income_setup,
    set_income_setup,
    unbooked_count,
    unbooked_months,
)
from heemang_desktop.donations.merge import MergeResult, merge_donors
from heemang_desktop.donations.pledges import (
    CMS_MINIMUM,
    PledgeInput,
    PledgeRow,
    add_pledge,
    cancel_pledge,
    change_pledge,
    donor_pledges,
    pause_pledge,
    pledge_history,
    reapply_cms,
)
from heemang_desktop.donations.receipt_books import write_receipt_book, write_receipt_statement
from heemang_desktop.donations.receipts import (
    BulkResult,
    DueDonor,
    ReceiptRow,
    ReceiptSetup,
    check_unlocked,
    find_receipt,
    is_locked,
    issue_annual,
    issue_for_gift,
    issue_for_period,
    list_receipts,
    receipt_lines,
    receipt_setup,
    receipts_due,
    receipts_due_items,
    reissue_receipt,
    set_receipt_setup,
    void_receipt,
    write_receipt_pdf,
)
from heemang_desktop.donations.usage_report import PurposeUse, UsageReport, designated_purposes, designated_use
from heemang_desktop.donations.usage_report import build as _build_usage
from heemang_desktop.donations.usage_report import save as _save_usage
from heemang_desktop.donations.usage_report import to_html as _usage_html
from heemang_desktop.work_items import SOON, URGENT, WorkItem

__all__ = [
    "CMS_MINIMUM", "PLEDGE_STATES", "TEMPLATE_KIND",
    "AppliedResult", "CmsSetup", "FileResult", "MovedDebit", "Problem", "ResultLineOut",
    "apply_result", "blackout_moves", "cms_setup", "discard_eb21", "retry_cycles", "set_cms_setup", "write_eb13",
    "write_eb21", "write_notice",
    "DonorCard", "DonorInput", "DonorRow", "DuplicateDonor", "GiftInput", "GiftRow", "PledgeInput", "PledgeRow",
    "add_donor", "add_pledge", "cancel_pledge", "change_pledge", "donor_pledges", "find_duplicates", "get_donor",
    "list_gifts", "pause_pledge", "pledge_history", "reapply_cms", "record_gift", "search_donors", "update_donor",
    "update_gift", "cancel_gift",
    "write_template",
    "GROUPINGS", "BookResult", "IncomeSetup", "PlannedResolution", "book_gifts", "book_income", "book_month",
    "income_items", "income_setup", "set_income_setup", "unbooked_count", "UnbookedMonth", "unbooked_months",
    "PurposeUse", "UsageReport", "designated_purposes", "designated_use", "usage_report", "usage_report_html",
    "save_usage_report",
    "ConsentFile", "MergeResult", "attach_consent", "consent_file", "consent_path", "merge_donors",
    "cms_blackout_items", "choices", "names_query",
    "MonthDebit", "MonthView", "month_view", "notice_template", "keep_notice_template", "default_direction",
    "without_consent", "BlockedDay", "blocked_days",
    "BulkResult", "DueDonor", "ReceiptRow", "ReceiptSetup", "check_unlocked", "find_receipt", "is_locked",
    "issue_annual", "issue_for_gift", "issue_for_period", "list_receipts", "receipt_lines", "receipt_setup",
    "receipts_due", "receipts_due_items", "reissue_receipt", "set_receipt_setup", "void_receipt", "write_receipt_pdf",
    "write_receipt_book", "write_receipt_statement",
]

TEMPLATE_KIND = "donors"  # the registry's import and template kind for the 후원자 workbook


def names_query(facility_id: str):
    """Donors' names (the name column alone) as a select the personal-data guard streams in batches
    (inquiries/names.py): people only, since an organisation's name is not personal data, and not the
    merged-away duplicates, whose name the kept donor carries."""
    from sqlalchemy import select

    from heemang_desktop.donations.models import PERSON, Donor

    return select(Donor.name).where(Donor.facility_id == facility_id, Donor.deleted.is_(False),
                                    Donor.donor_kind == PERSON, Donor.merged_into.is_(None))


def book_income(ctx, first: date, last: date, preview: bool = False) -> BookResult:
    """후원금 수입 결의 (the donor/CMS page's button): the span's money gifts not booked yet become 수입결의서,
    one per 재원 and day or month as set; `preview` shows what would be made without saving."""
    return book_gifts(ctx, first, last, preview=preview)


def usage_report(ctx, year: int) -> UsageReport:
    """후원금 수입 및 사용결과보고서: income by donor type, use by purpose and account; no donor names."""
    return _build_usage(ctx, year)


def usage_report_html(report: UsageReport) -> str:
    return _usage_html(report)


def save_usage_report(report: UsageReport, path: Path) -> Path:
    """To .xlsx (won with commas) or .pdf."""
    return _save_usage(report, path)


def write_template(path: Path) -> None:
    """The blank 후원자 workbook."""
    from heemang_desktop.donations import donor_import  # openpyxl loads only when a file is written

    donor_import.write_donors_template(Path(path))


def choices(key: str) -> tuple[str, ...]:
    """A coded value's choices for a screen: donor_kinds, pledge_kinds, designations, methods, news_channels."""
    from heemang_desktop.donations import codes

    return codes.values(key)


BLACKOUT_LEAD_DAYS = 31  # a CMS blackout starting within this many days is announced in 나의업무


def cms_blackout_items(ctx, on: date) -> list[WorkItem]:
    """나의업무: CMS debit dates that fall in a blackout starting within 31 days of `on` (or going on),
    up to that blackout's end: a month's notice, time to move the debits and tell the donors."""
    from heemang_desktop.calendar.service import CMS_BLACKOUT, CalendarUnknown, list_windows

    ends = [w.end for w in list_windows(ctx, on, on + timedelta(days=BLACKOUT_LEAD_DAYS), CMS_BLACKOUT) if w.end]
    if not ends:
        return []
    try:
        days = blocked_days(ctx, on, max(ends))
    except CalendarUnknown:  # a year whose holidays are not published yet: nothing to say about it
        return []
    return [WorkItem("cms_blackout", f"CMS 출금일 {b.old.month}.{b.old.day}이 출금 중단 기간({b.window})에 "
                                     f"걸립니다: 약정 {b.pledges}건, {b.new.month}.{b.new.day}로 "
                                     "옮겨 출금하고 후원자에게 알리세요",
                     "donations.cms", b.old, URGENT if (b.old - on).days <= 3 else SOON,
                     "CMS 출금 중단 안내", f"cms_blackout:{b.old.isoformat()}")
            for b in days]
