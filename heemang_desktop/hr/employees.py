"""Personnel cards (인사카드): create, edit, retire, delete a never-synced card, find by resident number.

Payroll reads cards through `list_employees` / `get_employee` (pay, dependants, insurance flags).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from heemang_desktop.hr import codes
from heemang_desktop.hr.models import Attendance, Employee, Leave, Training, Trip
from heemang_desktop.store import pii
from heemang_desktop.store.errors import PermissionDenied, ValidationError
from heemang_desktop.store.owned import owned
from heemang_desktop.sync.outbox import discard_unsynced, record_change, was_ever_synced


@dataclass(frozen=True)
class Licence:
    name: str
    number: str = ""
    issued: date | None = None


@dataclass
class EmployeeInput:
    """What the card editor and the bulk upload give. For PII, None keeps the stored value, "" clears it."""

    employee_no: str
    name: str
    job_type: str
    employment_type: str
    hire_date: date
    position: str = ""
    leave_date: date | None = None
    phone: str = ""
    email: str = ""
    address: str = ""
    bank_name: str = ""
    resident_number: str | None = None
    bank_account: str | None = None
    base_pay: int = 0
    daily_wage: int = 0
    dependants: int = 1
    children_under_20: int = 0
    pension: bool = True
    health: bool = True
    employment_insurance: bool = True
    accident_insurance: bool = True
    licences: tuple[Licence, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class EmployeeInfo:
    id: str
    employee_no: str
    name: str
    job_type: str
    position: str
    employment_type: str
    hire_date: date
    leave_date: date | None
    phone: str
    email: str
    address: str
    bank_name: str
    resident_number_masked: str
    bank_account_masked: str
    base_pay: int
    daily_wage: int
    dependants: int
    children_under_20: int
    pension: bool
    health: bool
    employment_insurance: bool
    accident_insurance: bool
    licences: tuple[Licence, ...]
    note: str
    version: int
    synced: bool = field(default=False)
    photo_file: str = field(default="")  # a content reference, never a path (hr.photos)

    @property
    def is_day_laborer(self) -> bool:
        return self.employment_type == "일용"

    def employed_on(self, day: date) -> bool:
        return self.hire_date <= day and (self.leave_date is None or day <= self.leave_date)


PLAIN_FIELDS = ("employee_no", "name", "job_type", "position", "employment_type", "hire_date", "leave_date",
                "phone", "email", "address", "bank_name", "base_pay", "daily_wage", "dependants",
                "children_under_20", "pension", "health", "employment_insurance", "accident_insurance", "note")


def _licences_json(licences) -> str:
    return json.dumps([{"name": lic.name, "number": lic.number,
                        "issued": lic.issued.isoformat() if lic.issued else None} for lic in licences],
                      ensure_ascii=False)


def _licences(text: str) -> tuple[Licence, ...]:
    return tuple(Licence(d["name"], d.get("number", ""), date.fromisoformat(d["issued"]) if d.get("issued") else None)
                 for d in json.loads(text or "[]"))


def info(row: Employee) -> EmployeeInfo:
    return EmployeeInfo(
        id=row.id, licences=_licences(row.licences), version=row.version, synced=row.server_version is not None,
        photo_file=row.photo_file or "",
        resident_number_masked=row.resident_number_masked or "", bank_account_masked=row.bank_account_masked or "",
        **{name: getattr(row, name) for name in PLAIN_FIELDS},
    )


def validate(data: EmployeeInput) -> None:
    """Raise ValidationError (Korean, naming the field) for the first thing wrong."""
    if not data.employee_no.strip():
        raise ValidationError("사번을 입력하세요.", "사번")
    if not data.name.strip():
        raise ValidationError("성명을 입력하세요.", "성명")
    if not data.job_type.strip():
        raise ValidationError("직종을 입력하세요.", "직종")
    if data.employment_type not in codes.employment_types():
        raise ValidationError(
            f"고용형태는 {', '.join(codes.employment_types())} 중 하나입니다: '{data.employment_type}'", "고용형태")
    if data.leave_date is not None and data.leave_date < data.hire_date:
        raise ValidationError("퇴사일이 입사일보다 빠릅니다.", "퇴사일")
    for label, value in (("기본급", data.base_pay), ("일급", data.daily_wage), ("부양가족수", data.dependants),
                         ("20세이하자녀수", data.children_under_20)):
        if value < 0:
            raise ValidationError(f"{label}는 0 이상이어야 합니다.", label)
    if data.employment_type == "일용" and data.daily_wage <= 0:
        raise ValidationError("일용직은 일급을 입력하세요.", "일급")


def _seal_pii(ctx, session: Session, row: Employee, data: EmployeeInput) -> bool:
    """Seal new resident number / account values; True when something changed. Same value, no change."""
    changed = False
    if data.resident_number is not None:
        if data.resident_number.strip() == "":
            changed |= row.resident_number_enc is not None
            row.resident_number_enc = row.resident_number_hash = row.resident_number_masked = None
        else:
            rrn = pii.parse_rrn(data.resident_number)
            digest = ctx.cipher.lookup_hash(rrn.digits, pii.RRN)
            if digest != row.resident_number_hash:
                other = session.scalar(select(Employee.employee_no).where(
                    Employee.facility_id == ctx.facility.id, Employee.resident_number_hash == digest,
                    Employee.id != row.id, Employee.deleted.is_(False)))
                if other:
                    raise ValidationError(f"같은 주민등록번호의 인사카드가 이미 있습니다 (사번 {other}).",
                                          "주민등록번호")
                sealed = pii.seal_rrn(ctx.cipher, rrn)
                row.resident_number_enc, row.resident_number_hash = sealed.enc, sealed.hash
                row.resident_number_masked = sealed.masked
                changed = True
    if data.bank_account is not None:
        if data.bank_account.strip() == "":
            changed |= row.bank_account_enc is not None
            row.bank_account_enc = row.bank_account_hash = row.bank_account_masked = None
        else:
            account = pii.normalize_account(data.bank_account)
            sealed_hash = ctx.cipher.lookup_hash("".join(c for c in account if c.isdigit()), pii.BANK_ACCOUNT)
            if sealed_hash != row.bank_account_hash or pii.mask_account(account) != row.bank_account_masked:
                sealed = pii.seal_account(ctx.cipher, account)
                row.bank_account_enc, row.bank_account_hash = sealed.enc, sealed.hash
                row.bank_account_masked = sealed.masked
                changed = True
    return changed


def apply(ctx, session: Session, row: Employee, data: EmployeeInput) -> bool:
    """Put `data` on the row (validated, PII sealed); True when anything differs. The caller records it."""
    validate(data)
    data.employee_no, data.name = data.employee_no.strip(), data.name.strip()
    taken = session.scalar(select(Employee.id).where(
        Employee.facility_id == ctx.facility.id, Employee.employee_no == data.employee_no, Employee.id != row.id))
    if taken:
        raise ValidationError(f"사번 {data.employee_no}은(는) 이미 다른 인사카드에 있습니다.", "사번")
    changed = False
    for name in PLAIN_FIELDS:
        value = getattr(data, name)
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    licences = _licences_json(data.licences)
    if (row.licences or "[]") != licences:
        row.licences = licences
        changed = True
    return _seal_pii(ctx, session, row, data) or changed


def new_row(ctx) -> Employee:
    return Employee(facility_id=ctx.facility.id, licences="[]", photo_file="", position="", phone="", email="",
                    address="", bank_name="", note="")


def create_employee(ctx, data: EmployeeInput) -> EmployeeInfo:
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        row = new_row(ctx)
        apply(ctx, session, row, data)
        record_change(session, row, actor.login_id)
        return info(row)


def _load(ctx, session: Session, employee_id: str) -> Employee:
    return owned(session, Employee, employee_id, ctx.facility.id)


def update_employee(ctx, employee_id: str, data: EmployeeInput) -> EmployeeInfo:
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        row = _load(ctx, session, employee_id)
        if apply(ctx, session, row, data):
            record_change(session, row, actor.login_id)
        return info(row)


def save_employee(ctx, employee_id: str | None, data: EmployeeInput) -> EmployeeInfo:
    """The card editor's 저장: a new card when there is no id yet, else that card edited."""
    return update_employee(ctx, employee_id, data) if employee_id else create_employee(ctx, data)


def retire_employee(ctx, employee_id: str, leave_date: date) -> EmployeeInfo:
    """퇴사: the card stays (and syncs) with its leave date."""
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        row = _load(ctx, session, employee_id)
        if leave_date < row.hire_date:
            raise ValidationError("퇴사일이 입사일보다 빠릅니다.", "퇴사일")
        later = session.scalar(select(func.count()).select_from(Attendance).where(
            Attendance.employee_id == row.id, Attendance.work_date > leave_date, Attendance.deleted.is_(False)))
        if later:
            raise ValidationError(f"퇴사일 뒤에 근태 기록이 {later}건 있습니다. 먼저 그 기록을 정리하세요.", "퇴사일")
        row.leave_date = leave_date
        record_change(session, row, actor.login_id)
        return info(row)


def delete_employee(ctx, employee_id: str) -> None:
    """Only a card the central service never saw, with no records hanging on it; otherwise retire it."""
    ctx.require_actor()
    with ctx.transaction() as session:
        row = _load(ctx, session, employee_id)
        for model in (Attendance, Leave, Trip, Training):
            if session.scalar(select(func.count()).select_from(model).where(model.employee_id == row.id)):
                raise ValidationError("근태·휴가·출장·교육 기록이 있는 인사카드는 삭제할 수 없습니다. 퇴사 처리하세요.")
        if was_ever_synced(session, row):
            raise ValidationError("이미 중앙 서비스에 전송된 인사카드는 삭제할 수 없습니다. 퇴사 처리하세요.")
        discard_unsynced(session, row)


def _query(ctx, search: str, include_retired: bool, on: date | None):
    q = select(Employee).where(Employee.facility_id == ctx.facility.id, Employee.deleted.is_(False))
    if search.strip():
        like = f"%{search.strip()}%"
        q = q.where(or_(Employee.name.like(like), Employee.employee_no.like(like), Employee.job_type.like(like)))
    if not include_retired:
        day = on or date.today()
        q = q.where(or_(Employee.leave_date.is_(None), Employee.leave_date >= day))
    if on is not None:
        q = q.where(Employee.hire_date <= on)
    return q


def list_employees(ctx, search: str = "", include_retired: bool = True, on: date | None = None,
                   offset: int = 0, limit: int | None = None) -> list[EmployeeInfo]:
    """Cards ordered by employee number; `include_retired=False` keeps those employed on `on` (today)."""
    q = _query(ctx, search, include_retired, on).order_by(Employee.employee_no).offset(offset)
    if limit is not None:
        q = q.limit(limit)
    with ctx.store.session() as session:
        return [info(r) for r in session.scalars(q)]


def get_employee(ctx, employee_id: str) -> EmployeeInfo:
    with ctx.store.session() as session:
        return info(_load(ctx, session, employee_id))


def find_by_resident_number(ctx, resident_number: str) -> EmployeeInfo | None:
    """Exact search through the keyed hash; the number itself is never compared in plain text."""
    digest = pii.rrn_lookup_hash(ctx.cipher, resident_number)
    with ctx.store.session() as session:
        row = session.scalar(select(Employee).where(
            Employee.facility_id == ctx.facility.id, Employee.resident_number_hash == digest,
            Employee.deleted.is_(False)))
        return info(row) if row else None


def input_from(card: EmployeeInfo) -> EmployeeInput:
    """An editable copy of a card (PII left as None: kept unless the user types a new value)."""
    names = {f.name for f in fields(EmployeeInput)} - {"resident_number", "bank_account"}
    return EmployeeInput(**{n: getattr(card, n) for n in names})


# Who may see plain account numbers: the people who pay salaries.
PAY_ROLES = frozenset({"hr_officer", "accountant", "facility_head", "admin"})


def bank_accounts_for_transfer(ctx, employee_ids) -> dict[str, str]:
    """Plain account numbers for a salary transfer file, decrypted in memory for the paying roles only."""
    actor = ctx.require_actor()
    if actor.role not in PAY_ROLES:
        raise PermissionDenied("급여 이체용 계좌번호는 인사·회계 담당, 시설장, 관리자만 볼 수 있습니다.")
    cipher = ctx.cipher  # KeyMissing (ask for the recovery code) before anything is read
    with ctx.store.session() as session:
        rows = session.execute(
            select(Employee.id, Employee.bank_account_enc).where(
                Employee.facility_id == ctx.facility.id, Employee.id.in_(list(employee_ids)))
        ).all()
    return {emp_id: cipher.decrypt(enc, pii.BANK_ACCOUNT) for emp_id, enc in rows if enc}
