"""Workbook imports (`결의서`, `예산` layouts) and their blank templates.

Both run through the import pipeline (excel/pipeline.py): every row is checked, then everything is
saved in one transaction, or nothing. The same file imported twice changes nothing: resolutions are
matched by their 결의키, budget lines by
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
from heemang_desktop.accounting.resolutions import (
    REQUIRED_LABELS,
    ResolutionInput,
    _apply_input,
    insert_lines,
    missing_fields,
)
from heemang_desktop.excel.layout import load_layout
from heemang_desktop.excel.spec import Column, Handler, ImportKind
from heemang_desktop.excel.values import parse_int, text
from heemang_desktop.excel.writer import write_template
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.pii import BANK_ACCOUNT, normalize_account
from heemang_desktop.sync.outbox import batched

# Columns all rows of one 결의키 must agree on (excel-templates.md).
_SHARED = ("구분", "결의일자", "사업명", "적요", "재원", "거래처", "거래처계좌", "결제방법")


@dataclass
class _Group:
    key: str
    first_row: int
    shared: dict
    lines: list


def write_resolutions_template(path: Path) -> None:
    write_template(Path(path), load_layout("resolutions"))


def write_budget_template(path: Path) -> None:
    write_template(Path(path), load_layout("budget"))


class _Resolutions(Handler):
    """Rows grouped by 결의키 (a group may span chunks); the groups are saved once every row passed."""

    def __init__(self, job):
        super().__init__(job)
        self.groups: dict[str, _Group] = {}
        self.charts: dict[int, object] = {}

    def _chart(self, year: int):
        chart = self.charts.get(year)
        if chart is None:
            chart = self.charts[year] = load_chart(self.session, self.ctx.facility.id, year)
        return chart

    def check(self, row):
        v, number, report = row.values, row.number, self.report
        key, kind, day, amount = v["결의키"], v["구분"], v["결의일자"], v["금액"]
        if amount <= 0:
            report.reject(number, "금액", f"금액은 1원 이상이어야 합니다: {amount:,}")
        side = SIDE_OF_KIND[kind]
        chart = self._chart(day.year)
        account = None
        try:
            account = chart.find(v["예산과목"], side)
            chart.leaf(side, account.code)
        except ValidationError as exc:
            report.reject(number, "예산과목", str(exc))
            account = None
        vendor_account = v["거래처계좌"] or ""
        if vendor_account:
            try:
                normalize_account(vendor_account, "거래처계좌")
            except ValidationError as exc:
                report.reject(number, "거래처계좌", str(exc))
        shared = {"구분": kind, "결의일자": day, "사업명": v["사업명"], "적요": v["적요"] or "",
                  "재원": v["재원"] or "",
                  "거래처": v["거래처"] or "", "거래처계좌": vendor_account, "결제방법": v["결제방법"] or ""}
        group = self.groups.get(key)
        if group is None:
            group = self.groups[key] = _Group(key, number, shared, [])
            # the editor's rule (an expense names its 재원 and 결제방법), once per resolution: its first row
            for field, reason in missing_fields(kind, shared["재원"], shared["결제방법"]):
                report.reject(number, REQUIRED_LABELS[field], reason)
        else:
            for column in _SHARED:
                if shared[column] != group.shared[column]:
                    report.reject(number, column,
                                  f"결의키 '{key}'의 {group.first_row}행과 {column}이(가) 다릅니다: "
                                  f"'{shared[column] or ''}' / '{group.shared[column] or ''}'")
        if account is not None and amount > 0:
            group.lines.append(LineInput(account.code, amount, v["비고"] or ""))
        return None  # rows wait in their groups (a 결의키's later rows may come in a later chunk): see finish

    def finish(self) -> None:
        ctx, session, report, groups = self.ctx, self.session, self.report, list(self.groups.values())
        existing = {r.import_key: r for r in session.scalars(select(Resolution).where(
            Resolution.facility_id == ctx.facility.id, Resolution.import_key.in_([g.key for g in groups])))}
        spending: dict[int, Spending] = {}
        new_lines: list = []
        with batched(session):
            _save_groups(ctx, session, groups, existing, spending, report, new_lines)
        if report.ok and not self.job.dry_run:
            insert_lines(session, new_lines)


def _same(row: Resolution, data: ResolutionInput, ctx) -> bool:
    stored = [(line.account_code, line.amount, line.note) for line in row.lines]
    given = [(line.account_code, line.amount, line.note) for line in data.lines]
    digits = "".join(ch for ch in normalize_account(data.vendor_account or "0000000") if ch.isdigit())
    account_hash = ctx.cipher.lookup_hash(digits, BANK_ACCOUNT) if data.vendor_account else None
    return (row.kind, row.resolution_date, row.business_name, row.summary, row.funding_source, row.payment_method,
            row.vendor, row.vendor_account_hash, stored) == (
        data.kind, data.resolution_date, data.business_name, data.summary, data.funding_source, data.payment_method,
        data.vendor, account_hash, given)


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
            codes = {line.account_code.strip() for g in groups for line in g.lines}
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


class _Budget(Handler):
    def __init__(self, job):
        super().__init__(job)
        self.parsed: list = []
        self.seen: dict = {}

    def check(self, row):
        v, number, report = row.values, row.number, self.report
        year = v["회계연도"]
        chart = load_chart(self.session, self.ctx.facility.id, year)
        try:
            account = chart.find(v["예산과목"])
            chart.leaf(account.side, account.code)
        except ValidationError as exc:
            report.reject(number, "예산과목", str(exc))
            return None
        revision = v["구분"] or 0
        key = (year, revision, account.side, account.code)
        if key in self.seen:
            report.reject(number, "예산과목", f"{self.seen[key]}행과 같은 과목·구분이 또 있습니다: {account.label}")
            return None
        self.seen[key] = number
        self.parsed.append((number, year, BudgetLine(account.side, account.code, revision, v["금액"], v["재원"] or "",
                                                     v["비고"] or "")))
        return None  # saved in finish: revisions in order, whatever the order of the rows

    def finish(self) -> None:
        # Revisions in order, so 추경1 lines follow their 본예산 in the same file.
        actor, report = self.job.actor, self.report
        for number, year, line in sorted(self.parsed, key=lambda p: (p[1], p[2].revision, p[0])):
            try:
                outcome = save_budget_line(self.session, self.ctx.facility.id, actor.login_id, line, year)
            except ValidationError as exc:
                report.reject(number, exc.field or "예산과목", str(exc))
                continue
            setattr(report, outcome, getattr(report, outcome) + 1)


RESOLUTIONS = ImportKind(
    name="resolutions",
    columns=(
        Column("결의키", required=True),
        Column("구분", "coded", required=True),
        Column("결의일자", "date", required=True),
        Column("사업명", required=True),
        Column("예산과목", required=True),
        Column("금액", "amount", required=True),
        Column("적요"),
        Column("재원", "coded"),
        Column("거래처"),
        Column("거래처계좌"),
        Column("결제방법", "coded"),
        Column("품의번호"),
        Column("비고"),
    ),
    handler=_Resolutions,
    unknown_warning="모르는 열은 읽지 않았습니다: {0}",
)
BUDGET = ImportKind(
    name="budget",
    columns=(
        Column("회계연도", parse=lambda v: parse_int(v, "회계연도"), required=True),
        Column("예산과목", required=True),
        Column("금액", "amount", required=True),
        Column("구분", parse=lambda v: parse_revision(text(v))),
        Column("재원", "coded"),
        Column("비고"),
    ),
    handler=_Budget,
    unknown_warning="모르는 열은 읽지 않았습니다: {0}",
)
import_resolutions = RESOLUTIONS
import_budget = BUDGET
