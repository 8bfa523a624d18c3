"""The monthly payroll register (급여대장): run, override by hand, close, read.

Every change writes its entry and its outbox change in one transaction. A closed month is
read-only. Running again recomputes each employee from fresh inputs and keeps hand overrides;
rows that came from an LTC upload stay as uploaded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Literal, overload

from sqlalchemy import select

from heemang_desktop.payroll import rates
from heemang_desktop.payroll.compute import Computation, Line, PayrollInput, compute
from heemang_desktop.payroll.employer import LINES as EMPLOYER_LINES
from heemang_desktop.payroll.employer import load_facts, require_complete
from heemang_desktop.payroll.items import EMPLOYER, ItemDef
from heemang_desktop.payroll.models import CLOSED, OPEN, PayrollEntry, PayrollRegister
from heemang_desktop.payroll.settings import facility_items
from heemang_desktop.store.base import utcnow
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.owned import owned
from heemang_desktop.sync.outbox import DELETE, discard_unsynced, record_change, was_ever_synced

RUN = "run"
IMPORT = "import"
SOURCE_LABELS = {RUN: "계산", IMPORT: "엑셀"}


@dataclass(frozen=True)
class EntryView:
    id: str
    employee_id: str
    employee_no: str
    name: str
    employment_type: str
    job_type: str
    email: str
    bank_name: str
    bank_account_masked: str
    source: str
    lines: tuple[Line, ...]
    gross: int
    nontaxable: int
    taxable: int
    deductions: int
    net: int
    flags: tuple[str, ...]
    under_five: bool = False  # the premium rules the row was computed under
    saturday_overtime: bool = False

    @property
    def overridden(self) -> tuple[str, ...]:
        return tuple(ln.code for ln in self.lines if ln.overridden)

    def amount(self, code: str) -> int:
        return sum(ln.amount for ln in self.lines if ln.code == code)

    @property
    def employer(self) -> int:
        """사업주 부담분 (not part of gross, deductions or net)."""
        return sum(ln.amount for ln in self.lines if ln.kind == EMPLOYER)


@dataclass(frozen=True)
class RegisterView:
    id: str
    month: str
    state: str
    resolution_number: str
    entries: tuple[EntryView, ...]

    @property
    def closed(self) -> bool:
        return self.state == CLOSED

    def total(self, attr: str) -> int:
        return sum(getattr(e, attr) for e in self.entries)


@dataclass(frozen=True)
class RunResult:
    month: str
    created: int
    updated: int
    unchanged: int
    removed: int
    kept_imported: int
    flagged: int


def input_from_json(text: str) -> PayrollInput:
    raw = json.loads(text)
    known = {f.name for f in fields(PayrollInput)}
    return PayrollInput(**{k: v for k, v in raw.items() if k in known})


def entry_view(row: PayrollEntry) -> EntryView:
    inp = input_from_json(row.input_json)
    lines = tuple(Line(**d) for d in json.loads(row.lines_json))
    return EntryView(row.id, row.employee_id, row.employee_no, row.name, inp.employment_type, inp.job_type, inp.email,
                     inp.bank_name, inp.bank_account_masked, row.source, lines, row.gross, row.nontaxable, row.taxable,
                     row.deductions, row.net, tuple(json.loads(row.flags_json or "[]")), inp.under_five,
                     inp.saturday_overtime)


def _stamp(row: PayrollEntry, inp: PayrollInput, result: Computation, overrides: dict, extra_flags=()) -> bool:
    """Write the computation into the row; False when nothing changed (no outbox change then)."""
    values = dict(
        employee_no=inp.employee_no, name=inp.name,
        input_json=json.dumps(inp.as_dict(), ensure_ascii=False, sort_keys=True),
        overrides_json=json.dumps(overrides, sort_keys=True),
        lines_json=json.dumps([ln.__dict__ for ln in result.lines], ensure_ascii=False),
        flags_json=json.dumps(list(result.flags) + list(extra_flags), ensure_ascii=False),
        gross=result.gross, nontaxable=result.nontaxable, taxable=result.taxable,
        deductions=result.deductions, net=result.net,
    )
    if all(getattr(row, k, None) == v for k, v in values.items()):
        return False
    for k, v in values.items():
        setattr(row, k, v)
    return True


@overload
def find_register(session, ctx, month: str, create: Literal[True]) -> PayrollRegister: ...


@overload
def find_register(session, ctx, month: str, create: bool = False) -> PayrollRegister | None: ...


def find_register(session, ctx, month: str, create: bool = False) -> PayrollRegister | None:
    """The month's register; with `create`, a new open one when there is none."""
    row = session.scalar(select(PayrollRegister).where(
        PayrollRegister.facility_id == ctx.facility.id, PayrollRegister.month == month,
        PayrollRegister.deleted.is_(False)))
    if row is None and create:
        row = PayrollRegister(facility_id=ctx.facility.id, month=month, state=OPEN)
        record_change(session, row, ctx.require_actor().login_id)
    return row


def require_open(register: PayrollRegister) -> None:
    if register.state == CLOSED:
        raise ValidationError(f"{register.month} 급여대장은 마감되어 고칠 수 없습니다.")


def entries_by_employee(session, register_id: str) -> dict[str, PayrollEntry]:
    rows = session.scalars(select(PayrollEntry).where(PayrollEntry.register_id == register_id,
                                                      PayrollEntry.deleted.is_(False)))
    return {r.employee_id: r for r in rows}


def save_entry(session, ctx, register: PayrollRegister, existing: PayrollEntry | None, inp: PayrollInput,
               result: Computation, overrides: dict, source: str, extra_flags=()) -> str:
    """Write one employee's computed row: "created" | "updated" | "unchanged"."""
    row = existing or PayrollEntry(facility_id=ctx.facility.id, register_id=register.id,
                                   employee_id=inp.employee_id, source=source)
    changed = _stamp(row, inp, result, overrides, extra_flags)
    if existing is not None and existing.source != source:
        row.source, changed = source, True
    if not changed:
        return "unchanged"
    record_change(session, row, ctx.require_actor().login_id)
    return "updated" if existing is not None else "created"


def run_month(ctx, month: str, inputs: list[PayrollInput] | None = None) -> RunResult:
    """Fill the month's register: from HR's cards and attendance, or from the given inputs."""
    ctx.require_actor()
    r = rates.for_month(month)
    if inputs is None:
        from heemang_desktop.payroll.hr_source import collect

        inputs = collect(ctx, month)
    counts = dict(created=0, updated=0, unchanged=0, removed=0, kept_imported=0, flagged=0)
    with ctx.transaction() as session:
        register = find_register(session, ctx, month, create=True)
        require_open(register)
        items = facility_items(session, ctx.facility.id)
        facts = load_facts(session, ctx.facility.id)
        existing = entries_by_employee(session, register.id)
        for inp in inputs:
            row = existing.pop(inp.employee_id, None)
            if row is not None and row.source == IMPORT:
                counts["kept_imported"] += 1
                continue
            overrides = json.loads(row.overrides_json) if row is not None else {}
            result = compute(inp, r, overrides, items, facts)
            counts[save_entry(session, ctx, register, row, inp, result, overrides, RUN)] += 1
            counts["flagged"] += bool(result.flags)
        for row in existing.values():  # no longer on the books this month
            if row.source == IMPORT:
                counts["kept_imported"] += 1
                continue
            if was_ever_synced(session, row):
                record_change(session, row, ctx.require_actor().login_id, op=DELETE)
            else:
                discard_unsynced(session, row)
            counts["removed"] += 1
    return RunResult(month, **counts)


def set_override(ctx, entry_id: str, code: str, amount: int | None) -> EntryView:
    """Replace one figure by hand (marked on the register and payslip); None goes back to the computed one."""
    actor = ctx.require_actor()
    if amount is not None and (not isinstance(amount, int) or amount < 0):
        raise ValidationError("금액은 0 이상의 원 단위 정수여야 합니다.", "amount")
    with ctx.transaction() as session:
        row = owned(session, PayrollEntry, entry_id, ctx.facility.id)
        register = session.get(PayrollRegister, row.register_id)
        require_open(register)
        items: tuple[ItemDef, ...] = facility_items(session, ctx.facility.id)
        if code in EMPLOYER_LINES:
            raise ValidationError("사업주 부담분은 요율표와 사업주 부담 설정으로 계산하며 직접 고칠 수 없습니다.",
                                  "code")
        if code not in {i.code for i in items}:
            raise ValidationError(f"없는 급여 항목입니다: {code}", "code")
        overrides = json.loads(row.overrides_json or "{}")
        if amount is None:
            overrides.pop(code, None)
        else:
            overrides[code] = amount
        inp = input_from_json(row.input_json)
        result = compute(inp, rates.for_month(register.month), overrides, items, load_facts(session, ctx.facility.id))
        if _stamp(row, inp, result, overrides):
            record_change(session, row, actor.login_id)
        return entry_view(row)


def close_month(ctx, month: str) -> RegisterView:
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        register = find_register(session, ctx, month)
        if register is None or not entries_by_employee(session, register.id):
            raise ValidationError(f"{month} 급여대장이 비어 있어 마감할 수 없습니다. 먼저 급여를 계산하세요.")
        require_open(register)
        # a closed month cannot be recomputed: its resolution needs every employer share
        require_complete(month, [ln for row in entries_by_employee(session, register.id).values()
                                 for ln in entry_view(row).lines])
        register.state, register.closed_at, register.closed_by = CLOSED, utcnow(), actor.login_id
        record_change(session, register, actor.login_id)
        return _view(session, register)


def _view(session, register: PayrollRegister) -> RegisterView:
    entries = sorted(entries_by_employee(session, register.id).values(), key=lambda e: e.employee_no)
    return RegisterView(register.id, register.month, register.state, register.resolution_number,
                        tuple(entry_view(e) for e in entries))


def get_register(ctx, month: str) -> RegisterView | None:
    rates.parse_month(month)
    with ctx.store.session() as session:
        register = find_register(session, ctx, month)
        return _view(session, register) if register is not None else None


def require_register(ctx, month: str) -> RegisterView:
    view = get_register(ctx, month)
    if view is None or not view.entries:
        raise ValidationError(f"{month} 급여대장이 없습니다. 먼저 급여를 계산하세요 (payroll run --month {month}).")
    return view


def entry_inputs(ctx, view: RegisterView) -> dict[str, str]:
    """entry id -> its input snapshot (JSON), for the payslip's hours and family lines."""
    with ctx.store.session() as session:
        rows = session.execute(select(PayrollEntry.id, PayrollEntry.input_json).where(
            PayrollEntry.register_id == view.id, PayrollEntry.deleted.is_(False)))
        return dict(tuple(r) for r in rows)


def months(ctx) -> list[tuple[str, str]]:
    """(month, state) of every register, newest first."""
    with ctx.store.session() as session:
        rows = session.execute(select(PayrollRegister.month, PayrollRegister.state).where(
            PayrollRegister.facility_id == ctx.facility.id, PayrollRegister.deleted.is_(False))
            .order_by(PayrollRegister.month.desc()))
        return [tuple(r) for r in rows]
