"""Workbook imports (`결의서`, `예산` layouts) and their blank templates.

Every row is checked first; then everything is saved in one transaction, or nothing. The same
file imported twice changes nothing: resolutions are matched by their 결의키, budget lines by
(year, revision, account).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from heemang_desktop.accounting.budget import BudgetLine, Spending, parse_revision, save_budget_line
from heemang_desktop.accounting.chart import load_chart
from heemang_desktop.accounting.lines import LineInput
from heemang_desktop.accounting.models import EXPENSE, SIDE_OF_KIND, Resolution
from heemang_desktop.accounting.resolutions import KINDS, ResolutionInput, _apply_input, insert_lines, options
from heemang_desktop.excel.layout import load_layout
from heemang_desktop.excel.reader import read_rows
from heemang_desktop.excel.report import ImportReport
from heemang_desktop.excel.values import CellError, parse_amount, parse_date, parse_int, text
from heemang_desktop.excel.writer import write_template
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.pii import BANK_ACCOUNT, normalize_account
from heemang_desktop.sync.outbox import batched

# Columns all rows of one 결의키 must agree on (excel-templates.md).
_SHARED = ("구분", "결의일자", "사업명", "적요", "재원", "거래처", "거래처계좌", "결제방법")


class _RollBack(Exception):
    """Leaves the import transaction without saving (dry run, or a rejected row)."""


@dataclass
class _Group:
    key: str
    first_row: int
    shared: dict
    lines: list
    rows: list


def write_resolutions_template(path: Path) -> None:
    write_template(Path(path), load_layout("resolutions"))


def write_budget_template(path: Path) -> None:
    write_template(Path(path), load_layout("budget"))


def _cell(report: ImportReport, row, column: str, parse):
    try:
        return parse(row.get(column))
    except (CellError, ValidationError) as exc:
        report.reject(row.number, column, str(exc))
        return None


def _read_resolution_rows(ctx, session, rows, report: ImportReport) -> list[_Group]:
    opts = options()
    groups: dict[str, _Group] = {}
    for row in rows:
        key = text(row.get("결의키"))
        if not key:
            report.reject(row.number, "결의키", "결의키가 비어 있습니다.")
            continue
        kind = text(row.get("구분"))
        if kind not in KINDS:
            report.reject(row.number, "구분", f"구분은 수입 또는 지출입니다: '{kind}'")
        day = _cell(report, row, "결의일자", parse_date)
        name = text(row.get("사업명"))
        if not name:
            report.reject(row.number, "사업명", "사업명이 비어 있습니다.")
        amount = _cell(report, row, "금액", parse_amount)
        if amount is not None and amount <= 0:
            report.reject(row.number, "금액", f"금액은 1원 이상이어야 합니다: {amount:,}")
        account = None
        if kind in KINDS and day is not None:
            chart = load_chart(session, ctx.facility.id, day.year)
            side = SIDE_OF_KIND[kind]
            try:
                account = chart.find(text(row.get("예산과목")), side)
                chart.leaf(side, account.code)
            except ValidationError as exc:
                report.reject(row.number, "예산과목", str(exc))
                account = None
        funding, method = text(row.get("재원")), text(row.get("결제방법"))
        if funding and funding not in opts["funding_sources"]:
            report.reject(row.number, "재원", f"재원은 {', '.join(opts['funding_sources'])} 중 하나입니다: '{funding}'")
        if method and method not in opts["payment_methods"]:
            report.reject(row.number, "결제방법", f"결제방법은 {', '.join(opts['payment_methods'])} 중 하나입니다: '{method}'")
        vendor_account = text(row.get("거래처계좌"))
        if vendor_account:
            _cell(report, row, "거래처계좌", lambda v: normalize_account(text(v), "거래처계좌"))
        shared = {"구분": kind, "결의일자": day, "사업명": name, "적요": text(row.get("적요")), "재원": funding,
                  "거래처": text(row.get("거래처")), "거래처계좌": vendor_account, "결제방법": method}
        group = groups.get(key)
        if group is None:
            group = groups[key] = _Group(key, row.number, shared, [], [])
        else:
            for column in _SHARED:
                if shared[column] != group.shared[column]:
                    report.reject(row.number, column,
                                  f"결의키 '{key}'의 {group.first_row}행과 {column}이(가) 다릅니다: "
                                  f"'{shared[column] or ''}' / '{group.shared[column] or ''}'")
        if account is not None and amount:
            group.lines.append(LineInput(account.code, amount, text(row.get("비고"))))
        group.rows.append(row.number)
    return list(groups.values())


def _same(row: Resolution, data: ResolutionInput, ctx) -> bool:
    stored = [(l.account_code, l.amount, l.note) for l in row.lines]
    given = [(l.account_code, l.amount, l.note) for l in data.lines]
    digits = "".join(ch for ch in normalize_account(data.vendor_account or "0000000") if ch.isdigit())
    account_hash = ctx.cipher.lookup_hash(digits, BANK_ACCOUNT) if data.vendor_account else None
    return (row.kind, row.resolution_date, row.business_name, row.summary, row.funding_source, row.payment_method,
            row.vendor, row.vendor_account_hash, stored) == (
        data.kind, data.resolution_date, data.business_name, data.summary, data.funding_source, data.payment_method,
        data.vendor, account_hash, given)


def import_resolutions(ctx, path: Path, dry_run: bool = False, progress=None) -> ImportReport:
    ctx.require_actor()
    report = ImportReport(dry_run=dry_run)
    sheet, rows = read_rows(Path(path), load_layout("resolutions"), progress)
    report.read = len(rows)
    if sheet.unknown_columns:
        report.warn(f"모르는 열은 읽지 않았습니다: {', '.join(sheet.unknown_columns)}")
    try:
        with ctx.transaction() as session:
            groups = _read_resolution_rows(ctx, session, rows, report)
            if not report.ok:
                raise _RollBack
            existing = {r.import_key: r for r in session.scalars(select(Resolution).where(
                Resolution.facility_id == ctx.facility.id, Resolution.import_key.in_([g.key for g in groups])))}
            spending: dict[int, Spending] = {}
            new_lines: list = []
            with batched(session):
                _save_groups(ctx, session, groups, existing, spending, report, new_lines)
            if not report.ok or dry_run:
                raise _RollBack
            insert_lines(session, new_lines)
            report.saved = True
    except _RollBack:
        pass
    return report


def _save_groups(ctx, session, groups, existing, spending, report, new_lines) -> None:
    for g in groups:
        s = g.shared
        data = ResolutionInput(
            kind=s["구분"], resolution_date=s["결의일자"], business_name=s["사업명"], lines=g.lines,
            summary=s["적요"], funding_source=s["재원"], payment_method=s["결제방법"], vendor=s["거래처"],
            vendor_account=s["거래처계좌"], import_key=g.key)
        row = existing.get(g.key)
        if row is not None and _same(row, data, ctx):
            report.unchanged += 1
            continue
        year = data.resolution_date.year
        if data.kind == EXPENSE and year not in spending:
            codes = {l.account_code.strip() for g in groups for l in g.lines}
            spending[year] = Spending(session, ctx.facility.id, year, codes)
        try:
            _apply_input(session, ctx, row, data, spending.get(year), new_lines)
        except ValidationError as exc:
            column = {"lines": "예산과목", "resolution_date": "결의일자", "kind": "구분"}.get(exc.field or "", "결의키")
            report.reject(g.first_row, column, f"결의키 '{g.key}': {exc}")
            continue
        if row is None:
            report.created += 1
        else:
            report.updated += 1


def import_budget(ctx, path: Path, dry_run: bool = False, progress=None) -> ImportReport:
    actor = ctx.require_actor()
    report = ImportReport(dry_run=dry_run)
    sheet, rows = read_rows(Path(path), load_layout("budget"), progress)
    report.read = len(rows)
    if sheet.unknown_columns:
        report.warn(f"모르는 열은 읽지 않았습니다: {', '.join(sheet.unknown_columns)}")
    try:
        with ctx.transaction() as session:
            parsed = []
            seen: dict = {}
            for row in rows:
                year = _cell(report, row, "회계연도", lambda v: parse_int(v, "회계연도"))
                amount = _cell(report, row, "금액", parse_amount)
                revision = _cell(report, row, "구분", lambda v: parse_revision(text(v)))
                if year is None:
                    continue
                account = _cell(report, row, "예산과목",
                                lambda v: load_chart(session, ctx.facility.id, year).find(text(v)))
                if account is None or amount is None or revision is None:
                    continue
                try:
                    load_chart(session, ctx.facility.id, year).leaf(account.side, account.code)
                except ValidationError as exc:
                    report.reject(row.number, "예산과목", str(exc))
                    continue
                key = (year, revision, account.side, account.code)
                if key in seen:
                    report.reject(row.number, "예산과목", f"{seen[key]}행과 같은 과목·구분이 또 있습니다: {account.label}")
                    continue
                seen[key] = row.number
                parsed.append((row.number, year, BudgetLine(account.side, account.code, revision, amount,
                                                            text(row.get("재원")), text(row.get("비고")))))
            if not report.ok:
                raise _RollBack
            # Revisions in order, so 추경1 lines follow their 본예산 in the same file.
            for number, year, line in sorted(parsed, key=lambda p: (p[1], p[2].revision, p[0])):
                try:
                    outcome = save_budget_line(session, ctx.facility.id, actor.login_id, line, year)
                except ValidationError as exc:
                    report.reject(number, exc.field or "예산과목", str(exc))
                    continue
                setattr(report, outcome, getattr(report, outcome) + 1)
            if not report.ok or dry_run:
                raise _RollBack
            report.saved = True
    except _RollBack:
        pass
    return report
