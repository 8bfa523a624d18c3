"""Accounting's door: what the GUI, the CLI and other features (payroll, donations) may call. Everything
else in `accounting/` is internal and may change without notice.

Functions taking `ctx` open their own transaction (or a plain read session). `add_resolution_in` joins the
caller's transaction instead (the way `reporting/drafts.py` does), so another feature's record and the
resolution it causes commit together, or not at all.
"""

from __future__ import annotations

from pathlib import Path

from heemang_desktop.accounting import forms, reports
from heemang_desktop.accounting.budget import BudgetRow, budget_sheet, revision_label, set_budget
from heemang_desktop.accounting.chart import Account, Chart, add_detail_account, chart, correct_account, load_chart
from heemang_desktop.accounting.designated_share import ShareCheck, designated_share
from heemang_desktop.accounting.lines import LineInput, LineView, normalize_key
from heemang_desktop.accounting.models import CANCELLED, EXPENSE, INCOME, SIDE_OF_KIND, Resolution
from heemang_desktop.accounting.periods import close_month, closed_months, reopen_month
from heemang_desktop.accounting.reports import TITLES as REPORT_TITLES
from heemang_desktop.accounting.reports import Report, cell_text
from heemang_desktop.accounting.requisitions import (
    RequisitionInput,
    RequisitionView,
    decide_requisition,
    get_requisition,
    list_requisitions,
    resolution_from_requisition,
    save_requisition,
)
from heemang_desktop.accounting.resolutions import (
    KINDS,
    REQUIRED_LABELS,
    ResolutionInput,
    ResolutionView,
    _apply_input,
    cancel_resolution,
    get_resolution,
    missing_fields,
    options,
    save_resolution,
)
from heemang_desktop.accounting.search import (
    ResolutionPage,
    ResolutionQuery,
    ResolutionRow,
    search_all,
    search_in,
    search_resolutions,
)
from heemang_desktop.accounting.transfers import (
    TransferInput,
    TransferView,
    bases,
    cancel_transfer,
    list_transfers,
    save_transfer,
)
from heemang_desktop.accounting.year_close import YearState, close_year, reopen_year, year_state
from heemang_desktop.accounting.year_close_checklist import year_end_items
from heemang_desktop.excel.values import CellError, parse_date
from heemang_desktop.store.errors import ValidationError

__all__ = [
    "CANCELLED", "EXPENSE", "INCOME", "KINDS", "REPORT_TITLES", "REQUIRED_LABELS", "SIDE_OF_KIND",
    "Account", "BudgetRow", "Chart", "ShareCheck", "LineInput", "LineView", "Report", "RequisitionInput",
    "RequisitionView",
    "Resolution", "ResolutionInput", "ResolutionPage", "ResolutionQuery", "ResolutionRow", "ResolutionView",
    "TransferInput", "TransferView",
    "add_detail_account", "add_resolution_in", "bases", "budget_sheet", "build_report", "cancel_resolution",
    "cancel_transfer", "cell_text", "chart", "close_month", "closed_months", "correct_account", "decide_requisition",
    "designated_share", "normalize_key",
    "get_requisition", "get_resolution", "leaf_names", "list_requisitions", "list_transfers", "load_chart",
    "missing_fields", "options", "reopen_month", "report_html", "requisition_html", "resolution_from_requisition",
    "resolution_html", "revision_label", "save_report", "save_requisition", "save_resolution",
    "save_transfer", "search_all", "search_resolutions", "set_budget", "setup_state", "transfer_accounts",
    "export_resolutions", "write_template",
    "YearState", "build_settlement", "close_year", "reopen_year", "save_settlement", "settlement_html",
    "settlement_sheets", "year_end_items", "year_state",
]

LIST_HEADERS = ["번호", "결의일자", "구분", "사업명", "금액", "적요", "거래처", "상태", "전송", "예산과목"]


def add_resolution_in(session, ctx, data: ResolutionInput) -> Resolution:
    """Save a new resolution inside the caller's `session`, checked by accounting's rules (budget,
    open month, chart) and with its outbox change; the caller commits."""
    return _apply_input(session, ctx, None, data)


def leaf_names(ctx, year: int) -> dict[str, dict[str, str]]:
    """{"세입"|"세출": {code: name}} of the accounts a line may use (the editors' completion)."""
    c = chart(ctx, year)
    return {side: {a.code: a.name for a in c.leaves(side)} for side in ("세입", "세출")}


def resolution_html(ctx, resolution_id: str) -> str:
    """The printed 결의서 (approval boxes, lines, attachments) as HTML for print or PDF."""
    return forms.resolution_html(get_resolution(ctx, resolution_id), ctx.facility.name)


def requisition_html(ctx, requisition_id: str) -> str:
    return forms.requisition_html(get_requisition(ctx, requisition_id), ctx.facility.name)


def transfer_accounts(ctx, year: int) -> dict[str, str]:
    """The 세출 leaves a transfer may name, restricted ones marked (they may not receive a transfer)."""
    c = chart(ctx, year)
    return {a.code: a.name + (" (전용 제한)" if c.is_restricted(a) else "") for a in c.leaves("세출")}


def setup_state(ctx, year: int):
    """What the 세목·월 마감 tab shows: the 목 codes per side, the facility's own 세목 (side, code, name,
    parent label) and the closed months."""
    c = chart(ctx, year)
    moks = {side: sorted(a.code for a in c.accounts if a.side == side and a.level == "목") for side in ("세입", "세출")}
    own = [(a.side, a.code, a.name, _label(c, a.side, a.parent)) for a in c.accounts if a.annex == "시설"]
    return moks, own, closed_months(ctx, year)


def _label(c: Chart, side: str, code: str | None) -> str:
    account = c.get(side, code) if code else None
    return account.label if account is not None else code or ""


def build_report(ctx, kind: str, year: int, start: str = "", end: str = "") -> Report:
    """A book or report for the year, optionally between two typed dates (empty: the whole year)."""
    try:
        first = parse_date(start) if start.strip() else None
        last = parse_date(end) if end.strip() else None
    except CellError as exc:
        raise ValidationError(str(exc)) from exc
    return reports.build(ctx, kind, year, first, last)


def report_html(report: Report) -> str:
    return reports.to_html(report)


def save_report(report: Report, path: str | Path) -> Path:
    """Write the report to `path`: .xlsx (won with commas) or .pdf; any other suffix is refused."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        reports.to_excel(report, path)
    elif suffix == ".pdf":
        from heemang_desktop.render.pdf import html_to_pdf

        html_to_pdf(reports.to_html(report), path, landscape=report.landscape, title=report.title)
    else:
        raise ValidationError("파일 이름은 .xlsx 또는 .pdf로 끝나야 합니다.")
    return path


def build_settlement(ctx, year: int):
    """The 결산 bundle of `year` (settlement.Settlement: its `reports`, in the data's order)."""
    from heemang_desktop.accounting import settlement

    return settlement.build(ctx, year)


def save_settlement(settlement_, path: str | Path) -> Path:
    """The bundle to .xlsx (a sheet per report) or .pdf (every report, each from a new page)."""
    from heemang_desktop.accounting import settlement_output

    return settlement_output.save(settlement_, path)


def settlement_sheets(settlement_) -> list[str]:
    from heemang_desktop.accounting import settlement_output

    return [settlement_output.sheet_name(r) for r in settlement_.reports]


def settlement_html(settlement_) -> str:
    from heemang_desktop.accounting import settlement_output

    return settlement_output.to_bundle_html(settlement_)


def write_template(kind: str, path: str | Path) -> Path:
    """Save the blank workbook of an upload kind ("resolutions" or "budget") with its 작성안내."""
    from heemang_desktop.accounting import excel

    writers = {"resolutions": excel.write_resolutions_template, "budget": excel.write_budget_template}
    if kind not in writers:
        raise ValidationError(f"빈 양식이 없는 종류입니다: {kind}")
    writers[kind](Path(path))
    return Path(path)


def export_resolutions(ctx, query: ResolutionQuery, path: str | Path, progress=None) -> int:
    """Every resolution the search matches (not only the pages on screen) to an .xlsx list, won with commas;
    returns the rows written. Read in pages of 500, checking `progress` between them: a cancel writes no file."""
    from dataclasses import replace

    from heemang_desktop.excel.writer import write_table

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError("파일 이름은 .xlsx로 끝나야 합니다.")
    rows: list[list] = []
    query = replace(query, limit=500, after=None)
    with ctx.store.session() as session:  # one read, never the write lock
        while True:
            if progress is not None:
                progress.check()
                progress.update(len(rows))
            page = search_in(session, ctx.facility.id, query)
            rows += [[r.number, r.resolution_date.isoformat(), r.kind, r.business_name, r.total, r.summary, r.vendor,
                      r.state_label, f"{r.sync_state}: {r.sync_reason}" if r.sync_reason else r.sync_state,
                      ", ".join(f"{code} {amount:,}" for code, amount in r.lines)] for r in page.rows]
            if page.next_after is None:
                break
            query = replace(query, after=page.next_after)
    if progress is not None:
        progress.check()
    write_table(path, "결의서", LIST_HEADERS, rows, ["금액"], title=f"결의서 목록 — {ctx.facility.name}")
    return len(rows)
