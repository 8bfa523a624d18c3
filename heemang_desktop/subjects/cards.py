"""Subject cards (대상자 정보): register, edit, find by name or exactly by resident number.

The resident number is sealed (encrypted, keyed hash, masked); birth date and sex come from it
when it is given. Health notes are returned only to roles allowed to see them (common.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.owned import owned
from heemang_desktop.store.pii import parse_rrn, rrn_lookup_hash, seal_rrn
from heemang_desktop.store.safe_files import checked_image, remove_quietly, store_owned, stored_file
from heemang_desktop.subjects import codes, nokin
from heemang_desktop.subjects.common import can_see_health, health_text, require_health, seal_health_into, text
from heemang_desktop.subjects.models import Episode, Subject
from heemang_desktop.sync.outbox import discard_unsynced, record_change, was_ever_synced

PHOTO_FOLDER = "subjects"
PHOTO_KINDS = {"jpg", "png", "bmp"}
PHOTO_MAX_BYTES = 5 * 1024 * 1024
PHOTO_LEGACY = r"subjects/{id}\.(jpg|jpeg|png|bmp)"  # first-wave values: subjects/<id>.<ext>


@dataclass(frozen=True)
class Guardian:
    name: str
    relation: str = ""
    phone: str = ""


SEX_LABELS = {"M": "남", "F": "여"}  # the stored codes as forms and reports print them


@dataclass
class SubjectInput:
    """What the card form sends. `resident_number` "" keeps the stored one; `health_notes` None keeps them."""

    name: str
    resident_number: str = ""
    subject_no: str = ""
    birth_date: date | None = None
    sex: str = ""
    support_category: str = "일반"
    ltc_grade: str = ""
    ltc_valid_from: date | None = None
    ltc_valid_to: date | None = None
    disability_degree: str = ""
    guardians: tuple[Guardian, ...] = ()
    no_kin: bool = False
    notes: str = ""
    health_notes: str | None = None


@dataclass(frozen=True)
class SubjectCard:
    id: str
    subject_no: str
    name: str
    resident_number_masked: str
    birth_date: date | None
    sex: str
    support_category: str
    ltc_grade: str
    ltc_valid_from: date | None
    ltc_valid_to: date | None
    disability_degree: str
    guardians: tuple[Guardian, ...]
    no_kin: bool
    photo_path: str
    notes: str
    health_notes: str | None  # None: this role may not see them
    health_visible: bool
    police_report_due: bool  # a 무연고 event not yet reported to the police
    warnings: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class SubjectRow:
    id: str
    subject_no: str
    name: str
    resident_number_masked: str
    birth_date: date | None
    sex: str
    support_category: str
    no_kin: bool


def card_of(session: Session, ctx, subject: Subject, warnings: tuple[str, ...] = ()) -> SubjectCard:
    visible = can_see_health(ctx)
    return SubjectCard(
        id=subject.id,
        subject_no=subject.subject_no,
        name=subject.name,
        resident_number_masked=subject.resident_number_masked or "",
        birth_date=subject.birth_date,
        sex=subject.sex,
        support_category=subject.support_category,
        ltc_grade=subject.ltc_grade,
        ltc_valid_from=subject.ltc_valid_from,
        ltc_valid_to=subject.ltc_valid_to,
        disability_degree=subject.disability_degree,
        guardians=tuple(Guardian(**g) for g in json.loads(subject.guardians or "[]")),
        no_kin=subject.no_kin,
        photo_path=subject.photo_path,
        notes=subject.notes,
        health_notes=health_text(ctx, subject.health_notes_enc) if visible else None,
        health_visible=visible,
        police_report_due=nokin.report_due(session, subject.id),
        warnings=warnings,
    )


def row_of(s: Subject) -> SubjectRow:
    return SubjectRow(s.id, s.subject_no, s.name, s.resident_number_masked or "", s.birth_date, s.sex,
                      s.support_category, s.no_kin)


def _owner(session: Session, ctx, subject: Subject, column: str, value: str) -> str | None:
    """The name of another live subject whose `column` is `value`."""
    return session.scalar(select(Subject.name).where(
        Subject.facility_id == ctx.facility.id, getattr(Subject, column) == value, Subject.id != subject.id,
        Subject.deleted.is_(False)))


def apply_input(session: Session, ctx, subject: Subject, data: SubjectInput, owner=None) -> tuple[str, ...]:
    """Validate `data` and copy it onto `subject`; returns warnings (e.g. an old-style checksum miss).
    `owner(column, value)` answers who else holds a 대상자번호 or resident-number hash; the bulk import
    passes its own (read once) instead of a query per row."""
    owner = owner or (lambda column, value: _owner(session, ctx, subject, column, value))
    warnings: tuple[str, ...] = ()
    subject.name = text(data.name, 100, "성명", required=True)
    subject.subject_no = text(data.subject_no, 32, "대상자번호")
    if subject.subject_no:
        clash = owner("subject_no", subject.subject_no)
        if clash:
            raise ValidationError(f"대상자번호 {subject.subject_no}은(는) 이미 {clash} 님에게 쓰였습니다.",
                                  "subject_no")
    birth, sex = data.birth_date, (data.sex or "").strip().upper()
    if data.resident_number.strip():
        rrn = parse_rrn(data.resident_number)
        sealed = seal_rrn(ctx.cipher, rrn)
        if sealed.hash == subject.resident_number_hash:  # same number: keep the stored ciphertext
            sealed = replace(sealed, enc=subject.resident_number_enc or sealed.enc)
        clash = owner("resident_number_hash", sealed.hash)
        if clash:
            raise ValidationError(f"이 주민등록번호로 이미 등록된 대상자가 있습니다: {clash}", "resident_number")
        subject.resident_number_enc, subject.resident_number_hash = sealed.enc, sealed.hash
        subject.resident_number_masked = sealed.masked
        if birth and birth != rrn.birth_date:
            raise ValidationError("생년월일이 주민등록번호 앞자리와 다릅니다.", "birth_date")
        if sex and sex != rrn.sex:
            raise ValidationError("성별이 주민등록번호 뒷자리 첫 숫자와 다릅니다.", "sex")
        birth, sex = rrn.birth_date, rrn.sex
        warnings = rrn.warnings
    if sex not in ("", "M", "F"):
        raise ValidationError("성별은 남(M) 또는 여(F)입니다.", "sex")
    subject.birth_date = birth if birth is not None else subject.birth_date
    subject.sex = sex or subject.sex or ""
    subject.support_category = codes.choice("support_categories", data.support_category or "일반", "보장구분")
    subject.ltc_grade = codes.choice("ltc_grades", data.ltc_grade, "장기요양등급")
    if data.ltc_valid_from and data.ltc_valid_to and data.ltc_valid_to < data.ltc_valid_from:
        raise ValidationError("장기요양 유효기간의 끝이 시작보다 빠릅니다.", "ltc_valid_to")
    subject.ltc_valid_from, subject.ltc_valid_to = data.ltc_valid_from, data.ltc_valid_to
    subject.disability_degree = codes.choice("disability_degrees", data.disability_degree, "장애정도")
    guardians = [
        {"name": text(g.name, 100, "보호자 성명", required=True), "relation": text(g.relation, 30, "보호자 관계"),
         "phone": text(g.phone, 30, "보호자 연락처")}
        for g in data.guardians if (g.name or g.relation or g.phone).strip()
    ]
    subject.guardians = json.dumps(guardians, ensure_ascii=False)
    subject.notes = text(data.notes, 4000, "비고")
    if data.health_notes is not None and (data.health_notes.strip() or subject.health_notes_enc) and (
            not can_see_health(ctx) or data.health_notes.strip() != health_text(ctx, subject.health_notes_enc)):
        require_health(ctx)
        seal_health_into(ctx, subject, "health_notes", text(data.health_notes, 4000, "건강 특이사항"))
    return warnings


def register_subject(ctx, data: SubjectInput) -> SubjectCard:
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        subject = Subject(facility_id=ctx.facility.id, photo_path="", no_kin=False)
        warnings = apply_input(session, ctx, subject, data)
        became_no_kin = data.no_kin
        subject.no_kin = data.no_kin
        record_change(session, subject, actor.login_id)
        if became_no_kin:
            nokin.open_report(session, ctx, subject, nokin.CONFIRMED)
        return card_of(session, ctx, subject, warnings)


def update_subject(ctx, subject_id: str, data: SubjectInput) -> SubjectCard:
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        subject = owned(session, Subject, subject_id, ctx.facility.id, "대상자")
        warnings = apply_input(session, ctx, subject, data)
        became_no_kin = data.no_kin and not subject.no_kin
        subject.no_kin = data.no_kin
        record_change(session, subject, actor.login_id)
        if became_no_kin:
            nokin.open_report(session, ctx, subject, nokin.CONFIRMED)
        return card_of(session, ctx, subject, warnings)


def get_subject(ctx, subject_id: str) -> SubjectCard:
    with ctx.store.session() as session:
        return card_of(session, ctx, owned(session, Subject, subject_id, ctx.facility.id, "대상자"))


def find_by_resident_number(ctx, resident_number: str) -> SubjectCard | None:
    """Exact search through the keyed hash: the number itself is never compared or stored in plain."""
    digest = rrn_lookup_hash(ctx.cipher, resident_number)
    with ctx.store.session() as session:
        subject = session.scalar(select(Subject).where(
            Subject.facility_id == ctx.facility.id, Subject.resident_number_hash == digest, Subject.deleted.is_(False)))
        return card_of(session, ctx, subject) if subject else None


def _looks_like_rrn(query: str) -> bool:
    digits = query.replace("-", "").strip()
    return len(digits) == 13 and digits.isdigit()


def _search_query(ctx, query: str):
    stmt = select(Subject).where(Subject.facility_id == ctx.facility.id, Subject.deleted.is_(False))
    query = query.strip()
    if _looks_like_rrn(query):
        return stmt.where(Subject.resident_number_hash == rrn_lookup_hash(ctx.cipher, query))
    if query:
        like = f"%{query}%"
        stmt = stmt.where(or_(Subject.name.like(like), Subject.subject_no.like(like)))
    return stmt


def search_subjects(ctx, query: str = "", offset: int = 0, limit: int = 200) -> list[SubjectRow]:
    """Name or 대상자번호 contains `query`; a full 13-digit resident number searches exactly."""
    with ctx.store.session() as session:
        stmt = _search_query(ctx, query).order_by(Subject.name, Subject.id).offset(offset).limit(limit)
        return [row_of(s) for s in session.scalars(stmt)]


def set_photo(ctx, subject_id: str, source: Path) -> SubjectCard:
    """Copy the photo into the data folder's attachments/subjects/<id>/; the card keeps its content
    reference (checked by content and decoded, written atomically, the old copy removed after the save)."""
    actor = ctx.require_actor()
    data, ext = checked_image(source, PHOTO_KINDS, PHOTO_MAX_BYTES)
    root = ctx.paths.attachments
    with ctx.store.session() as session:
        subject_id = owned(session, Subject, subject_id, ctx.facility.id, "대상자").id
    ref, target, written = store_owned(root, PHOTO_FOLDER, subject_id, data, ext)
    try:
        with ctx.transaction() as session:
            subject = owned(session, Subject, subject_id, ctx.facility.id, "대상자")
            previous = stored_file(root, PHOTO_FOLDER, subject.id, subject.photo_path, PHOTO_LEGACY)
            if subject.photo_path != ref:
                subject.photo_path = ref
                record_change(session, subject, actor.login_id)
            card = card_of(session, ctx, subject)
    except BaseException:
        if written:
            remove_quietly(target)
        raise
    if previous != target:
        remove_quietly(previous)
    return card


def photo_file(ctx, subject_id: str) -> Path | None:
    """The card's photo file, or None (no photo, or a stored value naming no file of this card)."""
    with ctx.store.session() as session:
        subject = owned(session, Subject, subject_id, ctx.facility.id, "대상자")
        path = stored_file(ctx.paths.attachments, PHOTO_FOLDER, subject.id, subject.photo_path, PHOTO_LEGACY)
    return path if path is not None and path.is_file() else None


def discard_subject(ctx, subject_id: str) -> None:
    """Only a card never sent and without episodes can go; otherwise end the episode instead."""
    ctx.require_actor()
    with ctx.transaction() as session:
        subject = owned(session, Subject, subject_id, ctx.facility.id, "대상자")
        has_episode = session.scalar(select(func.count()).select_from(Episode).where(Episode.subject_id == subject.id))
        if was_ever_synced(session, subject) or has_episode:
            raise ValidationError(
                "전송했거나 입소 기록이 있는 대상자는 삭제할 수 없습니다. 퇴소(이용 종료)로 처리하세요.")
        nokin.discard_for(session, subject.id)
        discard_unsynced(session, subject)
