"""후원금 수입 및 사용결과보고서 for a year, and 지정후원금 use tracked against its purpose.

Income comes from the gifts (by donor type: 개인/단체, 금전/현물, 지정/비지정); use from the year's expense
resolutions funded by donations (재원 후원금(지정) / 후원금(비지정)). A designated expense belongs to the
purpose its 사업명 names; on a 모금·운영관리 account (resources/donations/income.json) it counts against
the purpose's 15 % share (accounting's `designated_share`). Published without donor names (domain §6):
the report never reads them. The year's figures only; carry-overs from earlier years are not added.
"""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from heemang_desktop.accounting import service as accounting
from heemang_desktop.donations import codes
from heemang_desktop.donations.income import rules, waiting_gifts
from heemang_desktop.donations.models import DESIGNATED, IN_KIND, UNDESIGNATED, Donor, Gift
from heemang_desktop.store.errors import ValidationError

DESIGNATED_SOURCE, UNDESIGNATED_SOURCE = "후원금(지정)", "후원금(비지정)"
NO_PURPOSE_WARNING = "지정후원금 수입에 없는 목적입니다: 지출 결의서의 사업명을 지정 목적과 같게 적으세요."


@dataclass(frozen=True)
class PurposeUse:
    purpose: str
    received: int  # the year's designated money gifts for it
    used: int  # spent on the purpose itself
    admin: int  # spent on 모금·운영관리 accounts
    allowed_admin: int  # the share's limit (15 %)
    warning: str  # Korean, "" when within the share and backed by income

    @property
    def balance(self) -> int:
        return self.received - self.used - self.admin


@dataclass
class Section:
    title: str
    headers: list[str]
    money: list[str]
    rows: list[list] = field(default_factory=list)
    emphasis: set[int] = field(default_factory=set)

    def add(self, values: list, bold: bool = False) -> None:
        if bold:
            self.emphasis.add(len(self.rows))
        self.rows.append(values)


@dataclass(frozen=True)
class UsageReport:
    year: int
    facility: str
    sections: tuple[Section, ...]
    notes: tuple[str, ...]

    @property
    def title(self) -> str:
        return f"{self.year}년 후원금 수입 및 사용결과보고서"


def _gifts(session, facility_id: str, year: int):
    """(donor kind, gift) of the year's gifts; only the donor's kind is read, never a name."""
    return session.execute(select(Donor.donor_kind, Gift).join(Donor, Donor.id == Gift.donor_id).where(
        Gift.facility_id == facility_id, Gift.deleted.is_(False), Gift.cancelled.is_(False),
        Gift.gift_date >= date(year, 1, 1), Gift.gift_date <= date(year, 12, 31))).all()


def _expenses(session, facility_id: str, year: int, source: str):
    R = accounting.Resolution
    return session.scalars(select(R).where(
        R.facility_id == facility_id, R.fiscal_year == year, R.kind == accounting.EXPENSE, R.deleted.is_(False),
        R.state != accounting.CANCELLED, R.funding_source == source).order_by(R.resolution_date, R.seq)).all()


def _is_admin(chart, code: str, admin_codes: set[str]) -> bool:
    account = chart.get("세출", code)
    if account is None:
        return False
    return any(a.code in admin_codes for a in [account, *chart.ancestors(account)])


def _designated(session, ctx, year: int, gifts, chart) -> list[PurposeUse]:
    admin_codes = set(rules()["fundraising_admin"])
    received: dict[str, int] = defaultdict(int)
    names: dict[str, str] = {}
    for _kind, g in gifts:
        if g.designation == DESIGNATED and g.method != IN_KIND:
            key = accounting.normalize_key(g.purpose)
            names.setdefault(key, g.purpose)
            received[key] += g.amount
    used: dict[str, int] = defaultdict(int)
    admin: dict[str, int] = defaultdict(int)
    for r in _expenses(session, ctx.facility.id, year, DESIGNATED_SOURCE):
        names.setdefault(r.business_key, r.business_name)
        for line in r.lines:
            bucket = admin if _is_admin(chart, line.account_code, admin_codes) else used
            bucket[r.business_key] += line.amount
    out = []
    for key in sorted(names, key=lambda k: names[k]):
        share = accounting.designated_share(date(year, 12, 31), received[key], admin[key])
        warning = share.warning
        if not received[key]:
            warning = NO_PURPOSE_WARNING
        elif used[key] + admin[key] > received[key]:
            warning = (warning + " " if warning else "") + (
                f"받은 {received[key]:,}원보다 {used[key] + admin[key] - received[key]:,}원 더 썼습니다.")
        out.append(PurposeUse(names[key], received[key], used[key], admin[key], share.allowed, warning))
    return out


def designated_use(ctx, year: int) -> list[PurposeUse]:
    """Each 지정 purpose of the year: received, spent on it, spent on 모금·운영관리 against the 15 % share,
    with a warning above the share or beyond what came in."""
    chart = accounting.chart(ctx, year)
    with ctx.store.session() as session:
        return _designated(session, ctx, year, _gifts(session, ctx.facility.id, year), chart)


def designated_purposes(ctx, year: int) -> list[str]:
    """The year's 지정 purposes as the gifts name them: what an expense funded by 후원금(지정) writes as its
    사업명 to count against that purpose (the resolution editor's suggestions)."""
    stmt = select(Gift.purpose).where(
        Gift.facility_id == ctx.facility.id, Gift.deleted.is_(False), Gift.cancelled.is_(False),
        Gift.designation == DESIGNATED, Gift.gift_date >= date(year, 1, 1), Gift.gift_date <= date(year, 12, 31)
    ).distinct().order_by(Gift.purpose)
    with ctx.store.session() as session:
        return [p for p in session.scalars(stmt) if p]


def build(ctx, year: int) -> UsageReport:
    if not 2000 <= year <= 2100:
        raise ValidationError(f"연도를 확인하세요: {year}", "year")
    chart = accounting.chart(ctx, year)
    with ctx.store.session() as session:  # a read: never the write lock
        gifts = _gifts(session, ctx.facility.id, year)
        purposes = _designated(session, ctx, year, gifts, chart)
        undesignated = _expenses(session, ctx.facility.id, year, UNDESIGNATED_SOURCE)
        waiting = waiting_gifts(session, ctx.facility.id, date(year, 1, 1), date(year, 12, 31))[0]
        by_account: dict[str, list[int]] = defaultdict(list)
        for r in undesignated:
            for line in r.lines:
                by_account[line.account_code].append(line.amount)
    sections = (_income_section(gifts), _designated_section(purposes), _undesignated_section(chart, by_account))
    notes = ["후원자 이름은 싣지 않습니다 (공개용).",
             f"{year}년에 받은 후원금과 {year}년 지출 결의서(재원 후원금)로 만들었습니다. "
             "전년도 이월금은 넣지 않았습니다.",
             f"지정후원금의 모금·운영관리 비용은 {', '.join(_labels(chart, rules()['fundraising_admin']))} 과목의 "
             "지출로 셉니다."]
    if waiting:
        notes.append(f"수입결의서가 아직 없는 후원금 {len(waiting)}건 {sum(g.amount for g in waiting):,}원이 있습니다.")
    return UsageReport(year, ctx.facility.name, sections, tuple(notes))


def _labels(chart, codes_: list[str]) -> list[str]:
    return [a.label if (a := chart.get("세출", c)) is not None else c for c in codes_]


def _income_section(gifts) -> Section:
    s = Section("1. 후원금(품) 수입 — 후원자 구분별", ["후원자 구분", "금전/현물", "지정/비지정", "건수", "금액"],
                ["금액"])
    counts: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for kind, g in gifts:
        counts[(kind, "현물" if g.method == IN_KIND else "금전", g.designation)].append(g.amount)
    total_n = total = 0
    for kind in codes.values("donor_kinds"):
        n = amount = 0
        for form in ("금전", "현물"):
            for designation in (DESIGNATED, UNDESIGNATED):
                amounts = counts.get((kind, form, designation), [])
                if amounts:
                    s.add([kind, form, designation, len(amounts), sum(amounts)])
                    n, amount = n + len(amounts), amount + sum(amounts)
        s.add([f"{kind} 소계", "", "", n, amount], bold=True)
        total_n, total = total_n + n, total + amount
    for form in ("금전", "현물"):
        amounts = [a for (_k, f, _d), v in counts.items() if f == form for a in v]
        s.add([f"{form} 계", "", "", len(amounts), sum(amounts)], bold=True)
    s.add(["합계", "", "", total_n, total], bold=True)
    return s


def _designated_section(purposes: list[PurposeUse]) -> Section:
    s = Section("2. 지정후원금 사용 — 지정 목적별",
                ["지정 목적", "수입", "목적사업 사용", "모금·운영관리", "한도(15%)", "잔액", "비고"],
                ["수입", "목적사업 사용", "모금·운영관리", "한도(15%)", "잔액"])
    for p in purposes:
        s.add([p.purpose, p.received, p.used, p.admin, p.allowed_admin, p.balance, p.warning])
    s.add(["합계", sum(p.received for p in purposes), sum(p.used for p in purposes), sum(p.admin for p in purposes),
           sum(p.allowed_admin for p in purposes), sum(p.balance for p in purposes), ""], bold=True)
    return s


def _undesignated_section(chart, by_account: dict[str, list[int]]) -> Section:
    s = Section("3. 비지정후원금 사용 — 예산과목별", ["예산과목", "건수", "금액"], ["금액"])
    for code in sorted(by_account):
        account = chart.get("세출", code)
        s.add([account.label if account else code, len(by_account[code]), sum(by_account[code])])
    s.add(["합계", sum(len(v) for v in by_account.values()), sum(sum(v) for v in by_account.values())], bold=True)
    return s


def to_html(report: UsageReport) -> str:
    parts = [f"<h2 align=center>{html.escape(report.title)}</h2><p align=center>{html.escape(report.facility)}</p>"]
    for s in report.sections:
        money = {s.headers.index(h) for h in s.money}
        head = "".join(f"<th{' width=34%' if h == '비고' else ''}>{html.escape(h)}</th>" for h in s.headers)
        body = []
        for i, row in enumerate(s.rows):
            style = ' style="font-weight:bold; background:#f2f2f2"' if i in s.emphasis else ""
            cells = "".join(f'<td{" align=right" if j in money or isinstance(v, int) else ""}>'
                            f"{html.escape(accounting.cell_text(v))}</td>" for j, v in enumerate(row))
            body.append(f"<tr{style}>{cells}</tr>")
        parts.append(f"<h3>{html.escape(s.title)}</h3>"
                     '<table width="100%" border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">'
                     f'<thead><tr style="background:#dde6f2">{head}</tr></thead><tbody>{"".join(body)}</tbody></table>')
    parts.append("<p>" + "<br>".join(f"※ {html.escape(n)}" for n in report.notes) + "</p>")
    return "".join(parts)


def to_excel(report: UsageReport, path: Path) -> None:
    """One sheet, the sections one under another as printed; won with commas."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "수입 및 사용결과"
    ws.append([report.title])
    ws.cell(ws.max_row, 1).font = Font(bold=True, size=13)
    ws.append([report.facility])
    for s in report.sections:
        ws.append([])
        ws.append([s.title])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        ws.append(s.headers)
        for c in ws[ws.max_row]:
            c.font, c.fill = Font(bold=True), PatternFill("solid", fgColor="DDE6F2")
        money = {s.headers.index(h) for h in s.money}
        for i, row in enumerate(s.rows):
            ws.append(row)
            for j, c in enumerate(ws[ws.max_row]):
                if j in money:
                    c.number_format = "#,##0"
                if i in s.emphasis:
                    c.font = Font(bold=True)
    ws.append([])
    for n in report.notes:
        ws.append([f"※ {n}"])
    for col, width in zip("ABCDEFG", (26, 14, 14, 14, 14, 14, 40), strict=True):
        ws.column_dimensions[col].width = width
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    wb.save(tmp)
    tmp.replace(path)


def save(report: UsageReport, path: str | Path) -> Path:
    """Write the report to .xlsx or .pdf; any other suffix is refused."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        to_excel(report, path)
    elif suffix == ".pdf":
        from heemang_desktop.render.pdf import html_to_pdf

        html_to_pdf(to_html(report), path, landscape=True, title=report.title)
    else:
        raise ValidationError("파일 이름은 .xlsx 또는 .pdf로 끝나야 합니다.")
    return path
