"""Donor cards (후원자): register, edit, duplicate detection (name + phone or birth date), search.

The resident number is sealed (encrypted, keyed hash, masked); a CMS file takes only YYMMDD, kept in
`birth_ymd`, or an organisation's 10-digit business number.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session

from heemang_desktop.donations import codes
from heemang_desktop.donations.cms_files import business_number_valid
from heemang_desktop.donations.models import ORGANISATION, PERSON, Donor, Pledge
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.owned import owned
from heemang_desktop.store.pii import parse_rrn, seal_rrn
from heemang_desktop.sync.outbox import record_change

ACTIVE, PAUSED, CANCELLED, ENDED, NONE = "진행", "일시정지", "해지", "종료", "약정없음"
PLEDGE_STATES = (ACTIVE, PAUSED, CANCELLED, ENDED, NONE)


class DuplicateDonor(ValidationError):
    """The donor being entered looks like one already registered: `existing` names them."""

    def __init__(self, message: str, existing: list[DonorRow]):
        super().__init__(message, "name")
        self.existing = existing


@dataclass
class DonorInput:
    """What the donor card sends. `resident_number` "" keeps the stored one."""

    name: str
    donor_no: str = ""
    donor_kind: str = PERSON
    phone: str = ""
    email: str = ""
    address: str = ""
    resident_number: str = ""
    business_number: str = ""
    birth_ymd: str = ""
    receipt_wanted: bool = False
    receipt_consent_on: date | None = None
    privacy_consent_on: date | None = None
    news_channel: str = ""
    note: str = ""


@dataclass(frozen=True)
class DonorRow:
    id: str
    donor_no: str
    name: str
    donor_kind: str
    phone: str
    birth_ymd: str


@dataclass(frozen=True)
class DonorCard:
    id: str
    donor_no: str
    donor_kind: str
    name: str
    phone: str
    email: str
    address: str
    resident_number_masked: str
    business_number: str
    birth_ymd: str
    receipt_wanted: bool
    receipt_consent_on: date | None
    privacy_consent_on: date | None
    news_channel: str
    note: str
    warnings: tuple[str, ...] = field(default=())


def text(value: str | None, limit: int, label: str, required: bool = False) -> str:
    value = unicodedata.normalize("NFC", (value or "").strip())
    if required and not value:
        raise ValidationError(f"{label}을(를) 입력하세요.", label)
    if len(value) > limit:
        raise ValidationError(f"{label}은(는) {limit}자 이내로 입력하세요.", label)
    return value


def digits(value: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", value or "") if ch.isdigit())


def phone_number(value: str) -> str:
    """A Korean phone number written the one way (010-5555-6666, 02-123-4567, 1588-1234) whatever the
    spacing typed; anything else is kept as typed (a foreign number, an extension)."""
    value = (value or "").strip()
    d = digits(value)
    if re.fullmatch(r"[\d\s().+-]*", unicodedata.normalize("NFKC", value)) is None or value.startswith("+"):
        return value
    if d.startswith("02") and len(d) in (9, 10):
        return f"02-{d[2:-4]}-{d[-4:]}"
    if d.startswith("0") and len(d) in (10, 11):
        return f"{d[:3]}-{d[3:-4]}-{d[-4:]}"
    if len(d) == 8 and d[:2] in ("15", "16", "18"):
        return f"{d[:4]}-{d[4:]}"
    return value


def name_key(name: str) -> str:
    """Names compare without spaces and width differences (홍 길동 = 홍길동)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name or ""))


def check_birth_ymd(value: str) -> str:
    """YYMMDD, the only birth data a CMS file takes (never the whole resident number: reject 0091)."""
    value = digits(value) if value else ""
    if not value:
        return ""
    if len(value) == 8:  # 19800101 written in full
        value = value[2:]
    ok = len(value) == 6
    if ok:
        try:
            date(2000, int(value[2:4]), int(value[4:6]))
        except ValueError:
            ok = False
    if not ok:
        raise ValidationError(f"생년월일은 6자리(YYMMDD)로 적으세요: '{value}'", "birth_ymd")
    return value


def row_of(d: Donor) -> DonorRow:
    return DonorRow(d.id, d.donor_no, d.name, d.donor_kind, d.phone, d.birth_ymd)


def card_of(d: Donor, warnings: tuple[str, ...] = ()) -> DonorCard:
    return DonorCard(d.id, d.donor_no, d.donor_kind, d.name, d.phone, d.email, d.address,
                     d.resident_number_masked or "", d.business_number, d.birth_ymd, d.receipt_wanted,
                     d.receipt_consent_on, d.privacy_consent_on, d.news_channel, d.note, warnings)


def apply_input(ctx, donor: Donor, data: DonorInput) -> tuple[str, ...]:
    """Validate `data` and copy it onto `donor`; returns warnings (a resident-number checksum miss)."""
    warnings: tuple[str, ...] = ()
    donor.donor_kind = codes.choice("donor_kinds", data.donor_kind, "후원자구분", PERSON)
    donor.name = text(data.name, 100, "성명", required=True)
    donor.donor_no = text(data.donor_no, 32, "후원자번호") or donor.donor_no
    donor.phone = phone_number(text(data.phone, 40, "휴대전화"))
    donor.phone_tail = digits(donor.phone)[-4:]
    donor.email = text(data.email, 200, "이메일")
    if donor.email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", donor.email):
        raise ValidationError(f"이메일 주소가 올바르지 않습니다: '{donor.email}'", "email")
    donor.address = text(data.address, 300, "주소")
    birth = check_birth_ymd(data.birth_ymd)
    if data.resident_number.strip():
        rrn = parse_rrn(data.resident_number)
        sealed = seal_rrn(ctx.cipher, rrn)
        if sealed.hash == donor.resident_number_hash:  # same number: keep the stored ciphertext
            sealed = replace(sealed, enc=donor.resident_number_enc or sealed.enc)
        donor.resident_number_enc, donor.resident_number_hash = sealed.enc, sealed.hash
        donor.resident_number_masked = sealed.masked
        if birth and birth != rrn.digits[:6]:
            raise ValidationError("생년월일이 주민등록번호 앞자리와 다릅니다.", "birth_ymd")
        birth = rrn.digits[:6]
        warnings = rrn.warnings
    donor.birth_ymd = birth or donor.birth_ymd or ""
    number = digits(data.business_number)
    if number and len(number) != 10:
        raise ValidationError("사업자번호는 10자리 숫자입니다.", "business_number")
    if number and not business_number_valid(number):  # CMS would leave the donor out of every EB21
        raise ValidationError(f"사업자번호 {number[:3]}-{number[3:5]}-{number[5:]}의 검증번호가 맞지 않습니다 "
                              "(잘못 적은 번호: CMS 출금과 기부금영수증에 쓸 수 없습니다).", "business_number")
    donor.business_number = number
    if donor.donor_kind == ORGANISATION and donor.resident_number_hash:
        raise ValidationError("단체 후원자에는 주민등록번호 대신 사업자번호를 적으세요.", "resident_number")
    donor.receipt_wanted = bool(data.receipt_wanted)
    donor.receipt_consent_on = data.receipt_consent_on
    donor.privacy_consent_on = data.privacy_consent_on
    donor.news_channel = codes.choice("news_channels", data.news_channel, "소식 받는 방법")
    donor.note = text(data.note, 4000, "비고")
    return warnings


def same_person(session: Session, facility_id: str, name: str, phone: str, birth_ymd: str,
                other_than: str = "") -> list[DonorRow]:
    """Live donors with the same name and the same phone (digits) or the same birth date."""
    key, phone_digits = name_key(name), digits(phone)
    if not key or not (len(phone_digits) >= 4 or birth_ymd):
        return []
    stmt = select(Donor).where(Donor.facility_id == facility_id, Donor.deleted.is_(False), Donor.id != other_than,
                               Donor.merged_into.is_(None))
    if len(phone_digits) >= 4:
        stmt = stmt.where(or_(Donor.phone_tail == phone_digits[-4:], Donor.birth_ymd == (birth_ymd or "-")))
    else:
        stmt = stmt.where(Donor.birth_ymd == birth_ymd)
    return [row_of(d) for d in session.scalars(stmt)
            if name_key(d.name) == key and ((phone_digits and digits(d.phone) == phone_digits)
                                            or (birth_ymd and d.birth_ymd == birth_ymd))]


def duplicate_message(found: list[DonorRow]) -> str:
    names = ", ".join(f"{d.name} (후원자번호 {d.donor_no})" for d in found)
    return f"이미 등록된 후원자와 같아 보입니다 (성명과 연락처 또는 생년월일이 같음): {names}"


def _next_no(session: Session, facility_id: str) -> str:
    taken = set(session.scalars(select(Donor.donor_no).where(Donor.facility_id == facility_id)))
    n = len(taken) + 1
    while f"D-{n:05d}" in taken:
        n += 1
    return f"D-{n:05d}"


def _check_no(session: Session, donor: Donor) -> None:
    clash = session.scalar(select(Donor.name).where(Donor.facility_id == donor.facility_id,
                                                    Donor.donor_no == donor.donor_no, Donor.id != donor.id))
    if clash:
        raise ValidationError(f"후원자번호 {donor.donor_no}은(는) 이미 {clash} 님에게 쓰였습니다.", "donor_no")


def add_donor(ctx, data: DonorInput, allow_duplicate: bool = False) -> DonorCard:
    """A new donor card. One that looks like a registered donor is refused (DuplicateDonor names them)
    unless the user confirmed it is someone else (`allow_duplicate`)."""
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        donor = Donor(facility_id=ctx.facility.id, donor_no="")
        warnings = apply_input(ctx, donor, data)
        if not allow_duplicate:
            found = same_person(session, ctx.facility.id, donor.name, donor.phone, donor.birth_ymd)
            if found:
                raise DuplicateDonor(duplicate_message(found), found)
        donor.donor_no = donor.donor_no or _next_no(session, ctx.facility.id)
        _check_no(session, donor)
        record_change(session, donor, actor.login_id)
        return card_of(donor, warnings)


def update_donor(ctx, donor_id: str, data: DonorInput) -> DonorCard:
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        donor = owned(session, Donor, donor_id, ctx.facility.id, "후원자")
        warnings = apply_input(ctx, donor, data)
        _check_no(session, donor)
        record_change(session, donor, actor.login_id)
        return card_of(donor, warnings)


def get_donor(ctx, donor_id: str) -> DonorCard:
    with ctx.store.session() as session:
        return card_of(owned(session, Donor, donor_id, ctx.facility.id, "후원자"))


def find_duplicates(ctx, name: str, phone: str = "", birth_ymd: str = "", other_than: str = "") -> list[DonorRow]:
    """For the card form, before saving: donors that look like the one being typed."""
    with ctx.store.session() as session:
        return same_person(session, ctx.facility.id, name, phone, check_birth_ymd(birth_ymd), other_than)


def _state_clause(state: str, today: date):
    live = and_(Pledge.current.is_(True), Pledge.deleted.is_(False), Pledge.donor_id == Donor.id)
    not_cancelled = Pledge.cancelled_on.is_(None)
    not_ended = or_(Pledge.end_date.is_(None), Pledge.end_date >= today)
    if state == ACTIVE:
        return exists().where(live, not_cancelled, Pledge.paused.is_(False), not_ended)
    if state == PAUSED:
        return exists().where(live, not_cancelled, Pledge.paused.is_(True))
    if state == CANCELLED:
        return exists().where(live, Pledge.cancelled_on.is_not(None))
    if state == ENDED:
        return exists().where(live, not_cancelled, Pledge.end_date < today)
    if state == NONE:
        return ~exists().where(live)
    raise ValidationError(f"약정 상태는 {', '.join(PLEDGE_STATES)} 중 하나입니다: '{state}'")


def search_donors(ctx, query: str = "", phone_tail: str = "", pledge_state: str = "", method: str = "",
                  offset: int = 0, limit: int = 200, today: date | None = None) -> list[DonorRow]:
    """Name or 후원자번호 contains `query`; the phone ends in `phone_tail`; a current pledge in
    `pledge_state` (진행, 일시정지, 해지, 종료, or 약정없음) and/or paid by `method`."""
    stmt = select(Donor).where(Donor.facility_id == ctx.facility.id, Donor.deleted.is_(False),
                               Donor.merged_into.is_(None))  # a merged-away duplicate lives on in the kept card
    query = query.strip()
    if query:
        like = f"%{query}%"
        stmt = stmt.where(or_(Donor.name.like(like), Donor.donor_no.like(like)))
    tail = digits(phone_tail)
    if tail:
        stmt = stmt.where(Donor.phone_tail.like(f"%{tail[-4:]}"))
    if pledge_state:
        stmt = stmt.where(_state_clause(pledge_state, today or date.today()))
    if method:
        codes.choice("methods", method, "납부방법")
        stmt = stmt.where(exists().where(Pledge.donor_id == Donor.id, Pledge.current.is_(True),
                                         Pledge.deleted.is_(False), Pledge.method == method))
    with ctx.store.session() as session:
        stmt = stmt.order_by(Donor.name, Donor.id).offset(offset).limit(limit)
        return [row_of(d) for d in session.scalars(stmt)]
