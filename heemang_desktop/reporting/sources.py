"""The source queries a form names (`"source"` in resources/reports/<kind>.json): each reads the
registers through their feature's door (subjects, hr, payroll, accounting) and returns one record
(a dict) per report row; the form picks the fields it shows from them.

Each is `fn(ctx, form, period, before) -> Found`: `before` is what the previous report of the kind
kept (`Found.keep`), e.g. the roster of job types that tells a job-type change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from heemang_desktop.reporting.forms import Form, Period


@dataclass(frozen=True)
class Found:
    records: list[dict]
    keep: dict = field(default_factory=dict)  # carried to the next report of the kind


SOURCES: dict[str, Callable[..., Found]] = {}


def source(name: str):
    def register(fn):
        SOURCES[name] = fn
        return fn
    return register


def find(ctx, form: Form, period: Period, before: dict) -> Found:
    if form.source not in SOURCES:
        raise ValueError(f"reports/{form.kind}.json names an unknown source query '{form.source}'")
    return SOURCES[form.source](ctx, form, period, before)


def _inside(day: date | None, period: Period) -> bool:
    return day is not None and period.first <= day <= period.last


# -- subjects -------------------------------------------------------------------------------------

def _episodes(ctx):
    from heemang_desktop.subjects import service as subjects

    return subjects.list_episodes(ctx, limit=1_000_000)


def _cards(ctx, ids) -> dict:
    from heemang_desktop.subjects import service as subjects

    return {i: subjects.get_subject(ctx, i) for i in sorted(set(ids))}


def _subject_record(card, episode) -> dict:
    from heemang_desktop.subjects import service as subjects

    return {"name": card.name, "resident_number_masked": card.resident_number_masked, "birth_date": card.birth_date,
            "sex": subjects.SEX_LABELS.get(card.sex, card.sex), "support_category": card.support_category,
            "ltc_grade": card.ltc_grade,
            "service_label": episode.service_label, "started_on": episode.started_on, "ended_on": episode.ended_on,
            "reason": episode.end_reason}


@source("subject_episodes")
def subject_episodes(ctx, form: Form, period: Period, before: dict) -> Found:
    """Admissions and discharges (or 이용 시작/종료) dated in the period, from the episodes."""
    from heemang_desktop.subjects import service as subjects

    episodes = [e for e in _episodes(ctx) if _inside(e.started_on, period) or _inside(e.ended_on, period)]
    cards = _cards(ctx, (e.subject_id for e in episodes))
    out = []
    for e in episodes:
        svc = subjects.service_of(e.service)
        for event, day, word in (("admitted", e.started_on, svc.start), ("discharged", e.ended_on, svc.end)):
            if _inside(day, period):
                out.append({**_subject_record(cards[e.subject_id], e), "event": event, "word": word, "event_on": day})
    out.sort(key=lambda r: (r["event_on"], r["name"], r["event"]))
    return Found(out)


@source("benefit_recipients")
def benefit_recipients(ctx, form: Form, period: Period, before: dict) -> Found:
    """Subjects of the listed 수급구분 served in the period, with the days served (both ends count)."""
    wanted = set(form.params.get("support_categories", ()))
    episodes = [e for e in _episodes(ctx)
                if e.started_on <= period.last and (e.ended_on or period.last) >= period.first]
    cards = _cards(ctx, (e.subject_id for e in episodes))
    out = []
    for e in episodes:
        card = cards[e.subject_id]
        if card.support_category not in wanted:
            continue
        first, last = max(e.started_on, period.first), min(e.ended_on or period.last, period.last)
        out.append({**_subject_record(card, e), "days": (last - first).days + 1})
    out.sort(key=lambda r: (r["name"], r["started_on"]))
    return Found(out)


# -- hr -------------------------------------------------------------------------------------------

@source("staff_changes")
def staff_changes(ctx, form: Form, period: Period, before: dict) -> Found:
    """Hires and leaves on the personnel cards in the period, and job-type changes since the previous
    report of the kind (its roster); keeps the roster at the period's end for the next one."""
    from heemang_desktop.hr import service as hr

    jobs = set(form.params.get("job_types", ()))
    skip = set(form.params.get("skip_employment_types", ()))
    cards = [c for c in hr.list_employees(ctx) if c.employment_type not in skip]
    earlier: dict = before.get("roster", {})
    out = []
    for c in cards:
        base = {"employee_no": c.employee_no, "name": c.name, "job_type": c.job_type, "position": c.position,
                "employment_type": c.employment_type, "hire_date": c.hire_date, "leave_date": c.leave_date,
                "licences": ", ".join(x.name for x in c.licences), "previous_job_type": None}
        if jobs and c.job_type not in jobs and earlier.get(c.id) not in jobs:
            continue
        if _inside(c.hire_date, period):
            out.append({**base, "change": "입사", "changed_on": c.hire_date, "leave_date": None})
        if _inside(c.leave_date, period):
            out.append({**base, "change": "퇴사", "changed_on": c.leave_date})
        was = earlier.get(c.id)
        if form.params.get("job_changes") and was and was != c.job_type and c.employed_on(period.last):
            # the card keeps no history of its job type: the change is dated at the period's end
            out.append({**base, "change": "직종변경", "changed_on": period.last, "previous_job_type": was})
    out.sort(key=lambda r: (r["changed_on"], r["employee_no"], r["change"]))
    roster = {c.id: c.job_type for c in cards if c.employed_on(period.last)}
    return Found(out, {"roster": roster})


# -- payroll --------------------------------------------------------------------------------------

@source("payroll_allowances")
def payroll_allowances(ctx, form: Form, period: Period, before: dict) -> Found:
    """Each employee paid any of the form's items in the month's payroll register, with the amounts."""
    from heemang_desktop.hr import service as hr
    from heemang_desktop.payroll import service as payroll

    register = payroll.require_register(ctx, period.text)
    codes = list(form.params.get("items", ()))
    hired = {c.id: c.hire_date for c in hr.list_employees(ctx)}
    out: list[dict] = []
    for e in register.entries:
        amount = sum(e.amount(code) for code in codes)
        if amount <= 0:
            continue
        names = sorted({ln.name for ln in e.lines if ln.code in codes and ln.amount})
        out.append({"employee_no": e.employee_no, "name": e.name, "job_type": e.job_type,
                    "hire_date": hired.get(e.employee_id), "item_names": ", ".join(names), "amount": amount})
    out.sort(key=lambda r: str(r["employee_no"]))
    return Found(out)


# -- accounting -----------------------------------------------------------------------------------

@source("subsidy_budget")
def subsidy_budget(ctx, form: Form, period: Period, before: dict) -> Found:
    """Each 세입 보조금 account with its budget for the year, what was booked on it before the period,
    the rest, and the request: the rest spread over the months left in the year, for the period's months."""
    from heemang_desktop.accounting import service as accounting

    year = period.first.year
    accounts = list(form.params.get("accounts", ()))
    _revisions, sheet = accounting.budget_sheet(ctx, year)
    budget = {r.code: r for r in sheet if r.side == "세입" and r.code in accounts}
    received = dict.fromkeys(accounts, 0)
    if period.first > date(year, 1, 1):
        query = accounting.ResolutionQuery(year=year, kind=accounting.INCOME, state="active",
                                           date_to=period.first - timedelta(days=1))
        for row in accounting.search_all(ctx, query):
            for code, amount in row.lines:
                if code in received:
                    received[code] += amount
    months_left = 12 - period.first.month + 1
    out = []
    for code in accounts:
        line = budget.get(code)
        if line is None or not line.current:
            continue
        rest = line.current - received[code]
        out.append({"account_code": code, "account_name": line.name, "budget": line.current,
                    "received": received[code], "remaining": rest,
                    "requested": max(rest, 0) // months_left * period.months()})
    return Found(out)


@source("subsidy_spending")
def subsidy_spending(ctx, form: Form, period: Period, before: dict) -> Found:
    """Every budget line of the period's expense resolutions paid from the form's 재원 (보조금)."""
    from heemang_desktop.accounting import service as accounting

    funding = form.params.get("funding_source", "보조금")
    query = accounting.ResolutionQuery(kind=accounting.EXPENSE, state="active", date_from=period.first,
                                       date_to=period.last, sort="date", descending=False)
    out = []
    for row in accounting.search_all(ctx, query):
        view = accounting.get_resolution(ctx, row.id)  # the list row has no 재원: read the resolution
        if view.funding_source != funding:
            continue
        for line in view.lines:
            out.append({"resolution_date": view.resolution_date, "number": view.number,
                        "account": f"{line.account_code} {line.account_name}".strip(),
                        "business_name": view.business_name, "summary": line.note or view.summary,
                        "vendor": view.vendor, "payment_method": view.payment_method, "amount": line.amount})
    return Found(out)
