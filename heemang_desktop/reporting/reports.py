"""시군구보고: a report of a kind for a period, drafted from the registers, checked, submitted, then
accepted or returned; its deadline from the form's rule and the outage calendar.

- `draft_report(ctx, kind, period)`: build (or rebuild) the draft from the registers; a submitted or
  accepted report is frozen, a returned one is rebuilt as a new draft.
- `set_status(ctx, id, to, reason)`: one step of draft → checked → submitted → accepted / returned.
- `list_reports`, `get_report`; each view carries its deadline as the calendar says now (a report due
  inside an outage is flagged and moved to the last open day before it, with the reason).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from heemang_desktop.calendar import service as calendar
from heemang_desktop.reporting import forms, sources
from heemang_desktop.reporting.drafts import ADMISSION_DISCHARGE
from heemang_desktop.reporting.models import DRAFT, SUBMITTED, MunicipalReport, MunicipalReportDraft
from heemang_desktop.store.base import utcnow
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.owned import owned
from heemang_desktop.sync.outbox import record_change

CHECKED, ACCEPTED, RETURNED = "checked", "accepted", "returned"
STATUS_LABELS = {DRAFT: "작성 중", CHECKED: "검토 완료", SUBMITTED: "제출", ACCEPTED: "수리", RETURNED: "반려"}
# the steps a report may take; a returned report goes back to draft by being rebuilt
STEPS = {DRAFT: (CHECKED,), CHECKED: (DRAFT, SUBMITTED), SUBMITTED: (ACCEPTED, RETURNED), RETURNED: (DRAFT,),
         ACCEPTED: ()}
FROZEN = (SUBMITTED, ACCEPTED)
ADMISSIONS = "admission_discharge"  # its rows are the admissions and discharges queued as drafts
_ID_SPACE = uuid.UUID("5b0f3c1e-6a43-4d55-9a53-7e1d3c0a2f18")


@dataclass(frozen=True)
class Deadline:
    due: date | None  # as the form's rule (or the notice it names) gives it; None: none given
    on: date | None  # when to file: `due`, or the last open day before the outage it falls in
    rule: str  # what set it: the form's rule or the calendar entry, with its source
    reason: str = ""  # why it moved; "" when it did not

    @property
    def moved(self) -> bool:
        return self.on != self.due


@dataclass(frozen=True)
class Step:
    status: str
    by: str
    at: str  # UTC ISO timestamp
    reason: str = ""


@dataclass(frozen=True)
class ReportView:
    id: str
    kind: str
    label: str
    title: str
    period: str
    status: str
    deadline: Deadline
    columns: tuple[tuple[str, str, str], ...]  # (key, label, type) in the form's order
    rows: tuple[dict, ...]
    totals: dict
    problems: tuple[str, ...]
    history: tuple[Step, ...]
    reason: str  # why it was returned
    built_at: str

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def frozen(self) -> bool:
        return self.status in FROZEN

    @property
    def next_steps(self) -> tuple[str, ...]:
        return STEPS.get(self.status, ())


def report_id(facility_id: str, kind: str, period: str) -> str:
    return str(uuid.uuid5(_ID_SPACE, f"{facility_id}/{kind}/{period}"))


# -- deadlines ------------------------------------------------------------------------------------

class Deadlines:
    """Deadlines for many reports with the calendar read once (the list and 나의업무 ask for dozens)."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.windows = calendar.calendar_of(ctx)
        self._closed: dict[int, calendar.Closed] = {}

    def closed(self, day: date) -> calendar.Closed:
        if day.year not in self._closed:
            self._closed[day.year] = calendar.closed_days(self.ctx, day)
        return self._closed[day.year]

    def due(self, form: forms.Form, period: forms.Period) -> tuple[date | None, str]:
        """The due day and what set it: the calendar entry the form names for the period (the notice's
        own day), else the form's monthly rule, a weekend or holiday rolling to the next business day
        (민법 제161조) unless the form says "roll": "none"."""
        ref = forms.calendar_ref(form, period)
        entry = next((w for w in self.windows if w.ref == ref), None) if ref else None
        if entry is not None:
            if entry.end is None:
                return None, f"{entry.title}: {entry.label} (기한 없음) — {entry.source}"
            return entry.end, f"{entry.title} — {entry.source}"
        due = forms.rule_due(form, period)
        rule = f"{form.label}: {form.deadline.get('rule', '')}".rstrip(": ")
        if form.deadline.get("roll", "next") != "next":
            return due, rule
        try:
            why = self.closed(due).why(due)
            rolled = calendar.next_open(due, (), calendar.OUTAGE, self.closed(due))
        except calendar.CalendarUnknown:
            return due, rule + f" ({due.year}년 공휴일 자료가 없어 주말·공휴일을 따지지 않음)"
        if rolled == due:
            return due, rule
        return rolled, rule + f" ({due.month}.{due.day} {why}: 다음 업무일 {rolled.month}.{rolled.day})"

    def of(self, form: forms.Form, period: forms.Period) -> Deadline:
        due, rule = self.due(form, period)
        if due is None:
            return Deadline(None, None, rule)
        try:
            moved = calendar.deadline(due, self.windows, self.closed(due))
        except calendar.CalendarUnknown:  # an outage in a year without holiday data: keep the rule's day
            return Deadline(due, due, rule + f" ({due.year}년 공휴일 자료 없음)")
        return Deadline(due, moved.on, rule, moved.reason)


# -- building -------------------------------------------------------------------------------------

def _previous_keep(session, facility_id: str, kind: str, period: str) -> dict:
    """What the latest earlier report of the kind kept (e.g. its roster of job types)."""
    row = session.scalar(select(MunicipalReport).where(
        MunicipalReport.facility_id == facility_id, MunicipalReport.kind == kind, MunicipalReport.period < period,
        MunicipalReport.deleted.is_(False)).order_by(MunicipalReport.period.desc()))
    return json.loads(row.details).get("keep", {}) if row is not None else {}


def _step(row: MunicipalReport, status: str, by: str, reason: str = "") -> None:
    history = json.loads(row.history or "[]")
    history.append({"status": status, "by": by, "at": utcnow().isoformat(timespec="seconds"), "reason": reason})
    row.history = json.dumps(history, ensure_ascii=False)
    row.status = status


def draft_report(ctx, kind: str, period: str) -> ReportView:
    """Build the kind's report for the period from the registers, or rebuild its draft (the rows follow
    the registers as they are now). A submitted or accepted report is frozen; a returned one becomes a
    draft again, its rows rebuilt."""
    actor = ctx.require_actor()
    form = forms.load_form(kind)
    p = forms.parse_period(period)
    rid = report_id(ctx.facility.id, form.kind, p.text)
    with ctx.store.session() as session:
        existing = session.get(MunicipalReport, rid)
        if existing is not None and existing.status in FROZEN:
            raise ValidationError(f"{form.label} {p.text}은(는) 이미 {STATUS_LABELS[existing.status]}되어 "
                                  "고칠 수 없습니다.", "status")
        before = _previous_keep(session, ctx.facility.id, form.kind, p.text)
    found = sources.find(ctx, form, p, before)  # reads through other features' doors, outside our transaction
    rows = forms.rows_of(form, found.records)
    # the form's shape goes with the rows: a report filed stays as filed when the form data changes later
    details = {"label": form.label, "title": form.title, "columns": [[f.key, f.label, f.type] for f in form.fields],
               "rows": rows, "totals": forms.totals(form, rows), "problems": forms.problems(form, found.records, rows),
               "keep": found.keep, "built_at": utcnow().isoformat(timespec="seconds")}
    deadlines = Deadlines(ctx)
    due, _rule = deadlines.due(form, p)
    with ctx.transaction() as session:
        row = session.get(MunicipalReport, rid)
        if row is None:
            row = MunicipalReport(id=rid, facility_id=ctx.facility.id, kind=form.kind, period=p.text)
            session.add(row)
            _step(row, DRAFT, actor.login_id)
        elif row.status in FROZEN:  # submitted on another PC meanwhile (a pull)
            raise ValidationError(f"{form.label} {p.text}은(는) 이미 {STATUS_LABELS[row.status]}되어 고칠 수 "
                                  "없습니다.", "status")
        elif row.status != DRAFT:
            _step(row, DRAFT, actor.login_id, "다시 작성")
        row.due_on = due
        row.details = json.dumps(details, ensure_ascii=False, default=str)
        record_change(session, row, actor.login_id)
        return _view(row, deadlines)


def set_status(ctx, report_id_: str, to: str, reason: str = "") -> ReportView:
    """One step of the report's status, kept with who and when. 검토 완료 needs a report without
    problems; 반려 needs the reason the 시군구 gave."""
    actor = ctx.require_actor()
    reason = (reason or "").strip()
    deadlines = Deadlines(ctx)
    with ctx.transaction() as session:
        row = owned(session, MunicipalReport, report_id_, ctx.facility.id, "시군구보고")
        label = json.loads(row.details or "{}").get("label") or row.kind
        if to not in STEPS.get(row.status, ()):
            allowed = ", ".join(STATUS_LABELS[s] for s in STEPS.get(row.status, ())) or "없음"
            raise ValidationError(f"{label} {row.period}: {STATUS_LABELS.get(row.status, row.status)}에서 "
                                  f"{STATUS_LABELS.get(to, to)}(으)로 바꿀 수 없습니다 (가능: {allowed}).", "status")
        problems = json.loads(row.details).get("problems", [])
        if to == CHECKED and problems:
            raise ValidationError(f"{label} {row.period}에 고칠 곳이 {len(problems)}건 있어 검토 완료할 수 없습니다. "
                                  f"먼저 원부를 고치고 다시 작성하세요: {problems[0]}", "status")
        if to == RETURNED and not reason:
            raise ValidationError("반려 사유를 입력하세요.", "reason")
        if len(reason) > 1000:
            raise ValidationError("사유는 1000자까지입니다.", "reason")
        _step(row, to, actor.login_id, reason)
        if to == RETURNED:
            row.reason = reason
        record_change(session, row, actor.login_id)
        if to == SUBMITTED and row.kind == ADMISSIONS:
            _file_queued(session, ctx.facility.id, forms.parse_period(row.period), actor.login_id)
        return _view(row, deadlines)


def _file_queued(session, facility_id: str, period: forms.Period, actor_id: str) -> None:
    """The admissions and discharges queued as drafts when entered (drafts.py) are filed with the report."""
    queued = session.scalars(select(MunicipalReportDraft).where(
        MunicipalReportDraft.facility_id == facility_id, MunicipalReportDraft.report_type == ADMISSION_DISCHARGE,
        MunicipalReportDraft.status == DRAFT, MunicipalReportDraft.event_on >= period.first,
        MunicipalReportDraft.event_on <= period.last, MunicipalReportDraft.deleted.is_(False))).all()
    for draft in queued:
        draft.status = SUBMITTED
        record_change(session, draft, actor_id)


# -- reading --------------------------------------------------------------------------------------

def _view(row: MunicipalReport, deadlines: Deadlines) -> ReportView:
    """The report as built (its columns and names kept with its rows); the deadline as the form and the
    calendar say now. A kind this PC has no form for (a newer PC's) still shows, without a deadline."""
    details = json.loads(row.details or "{}")
    history = tuple(Step(h["status"], h["by"], h["at"], h.get("reason", "")) for h in json.loads(row.history or "[]"))
    try:
        form: forms.Form | None = forms.load_form(row.kind)
    except ValidationError:
        form = None
    deadline = (deadlines.of(form, forms.parse_period(row.period)) if form is not None
                else Deadline(row.due_on, row.due_on, "이 PC에 없는 보고 양식입니다."))
    columns = details.get("columns") or ([[f.key, f.label, f.type] for f in form.fields] if form else [])
    return ReportView(
        row.id, row.kind, details.get("label") or (form.label if form else row.kind),
        details.get("title") or (form.title if form else row.kind), row.period, row.status, deadline,
        tuple((k, label, t) for k, label, t in columns), tuple(details.get("rows", ())),
        dict(details.get("totals", {})), tuple(details.get("problems", ())), history, row.reason,
        details.get("built_at", ""))


def list_reports(ctx, status: str | None = None) -> list[ReportView]:
    """The facility's reports, newest period first, each with its deadline as the calendar says now."""
    deadlines = Deadlines(ctx)
    with ctx.store.session() as session:
        query = select(MunicipalReport).where(MunicipalReport.facility_id == ctx.facility.id,
                                              MunicipalReport.deleted.is_(False))
        if status:
            query = query.where(MunicipalReport.status == status)
        rows = session.scalars(query.order_by(MunicipalReport.period.desc(), MunicipalReport.kind)).all()
        return [_view(r, deadlines) for r in rows]


def get_report(ctx, report_id_: str) -> ReportView:
    with ctx.store.session() as session:
        return _view(owned(session, MunicipalReport, report_id_, ctx.facility.id, "시군구보고"), Deadlines(ctx))


def form_choices() -> list[tuple[str, str]]:
    """(kind, Korean label) of every form, for a chooser."""
    return [(k, forms.load_form(k).label) for k in forms.kinds()]


# -- 나의업무 --------------------------------------------------------------------------------------

AHEAD_DAYS = 14
OVERDUE_DAYS = 7  # a deadline missed without a report stays on the list this long

def _months_around(on: date) -> list[forms.Period]:
    base = on.year * 12 + on.month - 1
    return [forms.parse_period(f"{n // 12:04d}-{n % 12 + 1:02d}") for n in range(base - 2, base + 3)]


def due_items(ctx, on: date) -> list[dict]:
    """Reports waiting (drafted, checked or returned, not yet submitted) and reports due within 14 days
    of `on` (or missed within the last 7) not yet drafted, each once: {kind, label, period, status,
    deadline, report_id}."""
    deadlines = Deadlines(ctx)
    with ctx.store.session() as session:
        rows = session.scalars(select(MunicipalReport).where(
            MunicipalReport.facility_id == ctx.facility.id, MunicipalReport.deleted.is_(False))).all()
        status = {(r.kind, r.period): (r.status, r.id) for r in rows}
    out: dict[tuple[str, str], dict] = {}
    for (kind, period), (st, rid) in status.items():
        if st not in FROZEN and kind in forms.kinds():  # a kind with no form here: the list still shows it
            form = forms.load_form(kind)
            out[(kind, period)] = {"kind": kind, "label": form.label, "period": period, "status": st,
                                   "deadline": deadlines.of(form, forms.parse_period(period)), "report_id": rid}
    first, last = date.fromordinal(on.toordinal() - OVERDUE_DAYS), date.fromordinal(on.toordinal() + AHEAD_DAYS)
    for kind in forms.kinds():
        form = forms.load_form(kind)
        if not form.applies_to(ctx.facility.type):
            continue
        for p in _months_around(on):
            if (kind, p.text) in out or status.get((kind, p.text), ("",))[0] in FROZEN:
                continue
            d = deadlines.of(form, p)
            if d.on is not None and first <= d.on <= last:
                out[(kind, p.text)] = {"kind": kind, "label": form.label, "period": p.text, "status": "",
                                       "deadline": d, "report_id": ""}
    return sorted(out.values(), key=lambda i: (i["deadline"].on or date.max, i["label"], i["period"]))


@dataclass(frozen=True)
class Upcoming:
    """A report due soon with no draft yet: what to draft, and by when."""

    kind: str
    label: str
    period: str
    deadline: Deadline


def upcoming(ctx, on: date) -> list[Upcoming]:
    """Reports due within 14 days of `on` (or missed within the last 7) with no report yet, soonest first."""
    return [Upcoming(i["kind"], i["label"], i["period"], i["deadline"]) for i in due_items(ctx, on)
            if not i["report_id"]]
