"""대상자 workbook: bulk import (all rows or none), the blank template, and roster/fee exports.

A row finds its subject by 대상자번호, then resident number (keyed hash), then 성명+생년월일;
an unmatched row is a new subject. Its 입소일 (or 이용시작일 for day services) opens an episode
unless that subject already has one starting that day. Importing moves people already living
here, so it queues no 입퇴소보고 draft (excel-templates.md; the template says so too).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from heemang_desktop.excel import values
from heemang_desktop.excel.layout import load_layout
from heemang_desktop.excel.reader import read_rows
from heemang_desktop.excel.report import ImportReport
from heemang_desktop.excel.writer import write_table, write_template
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.pii import parse_rrn, seal_rrn
from heemang_desktop.subjects import codes, episodes, fees, nokin
from heemang_desktop.subjects.cards import Guardian, SubjectInput, apply_input
from heemang_desktop.subjects.models import Episode, Subject
from heemang_desktop.sync.outbox import record_change

KIND = "subjects"
_COLUMN_OF = {"name": "성명", "subject_no": "대상자번호", "resident_number": "주민등록번호", "birth_date": "생년월일",
              "sex": "성별", "ltc_valid_to": "장기요양등급"}
_SEX = {"남": "M", "남자": "M", "M": "M", "여": "F", "여자": "F", "F": "F", "": ""}


@dataclass
class _Row:
    number: int
    data: SubjectInput
    service: str
    start_column: str
    started_on: date
    rrn_hash: str | None


def write_subjects_template(path: Path) -> None:
    write_template(Path(path), load_layout(KIND))


def _service_for(row) -> tuple[str, str]:
    """(service id, the start column used): 이용시작일 means a day service."""
    by_column = {s.excel_start_column: s.id for s in codes.services().values() if s.excel_start_column}
    for column, service in by_column.items():
        if column in row.values:
            return service, column
    return "residential", "입소일"


def _parse(ctx, row, report: ImportReport) -> _Row | None:
    def cell(column, parse=values.text):
        raw = row.get(column)
        if values.is_blank(raw):
            return None
        try:
            return parse(raw)
        except values.CellError as exc:
            report.reject(row.number, column, str(exc))
            return None

    before = len(report.rejected)
    name = cell("성명")
    if not name:
        report.reject(row.number, "성명", "성명이 비어 있습니다.")
    service, start_column = _service_for(row)
    started = cell(start_column, values.parse_date)
    if started is None and len(report.rejected) == before:
        report.reject(row.number, start_column, f"{start_column}이 비어 있습니다.")
    rrn_text, rrn_hash = cell("주민등록번호") or "", None
    if rrn_text:
        try:
            rrn = parse_rrn(rrn_text)
            rrn_hash = seal_rrn(ctx.cipher, rrn).hash
            for warning in rrn.warnings:
                report.warn(f"{row.number}행: {warning}")
        except ValidationError as exc:
            report.reject(row.number, "주민등록번호", str(exc))  # the message never repeats the number
    sex = cell("성별") or ""
    if sex.upper() not in _SEX:
        report.reject(row.number, "성별", f"성별은 남/여로 적습니다: '{sex}'")
    guardian = Guardian(cell("보호자성명") or "", cell("보호자관계") or "", cell("보호자연락처") or "")
    data = SubjectInput(
        name=name or "", resident_number=rrn_text, subject_no=cell("대상자번호") or "",
        birth_date=cell("생년월일", values.parse_date), sex=_SEX.get(sex.upper(), ""),
        support_category=cell("보장구분") or "일반", ltc_grade=cell("장기요양등급") or "",
        disability_degree=cell("장애정도") or "", guardians=(guardian,) if guardian.name else (),
        no_kin=bool(cell("무연고", values.parse_bool)), notes=cell("비고") or "",
    )
    for kind, value, column in (("support_categories", data.support_category, "보장구분"),
                                ("ltc_grades", data.ltc_grade, "장기요양등급"),
                                ("disability_degrees", data.disability_degree, "장애정도")):
        try:
            codes.choice(kind, value, column)
        except ValidationError as exc:
            report.reject(row.number, column, str(exc))
    if len(report.rejected) > before:
        return None
    return _Row(row.number, data, service, start_column, started, rrn_hash)


def _find(session, ctx, r: _Row) -> Subject | None:
    base = select(Subject).where(Subject.facility_id == ctx.facility.id, Subject.deleted.is_(False))
    if r.data.subject_no:
        found = session.scalar(base.where(Subject.subject_no == r.data.subject_no))
        if found:
            return found
    if r.rrn_hash:
        found = session.scalar(base.where(Subject.resident_number_hash == r.rrn_hash))
        if found:
            return found
    birth = r.data.birth_date or (parse_rrn(r.data.resident_number).birth_date if r.data.resident_number else None)
    if birth:
        return session.scalar(base.where(Subject.name == r.data.name, Subject.birth_date == birth))
    return None


_COMPARED = ("subject_no", "name", "resident_number_hash", "birth_date", "sex", "support_category", "ltc_grade",
             "disability_degree", "guardians", "no_kin", "notes")


def _snapshot(s: Subject) -> tuple:
    return tuple(getattr(s, f) for f in _COMPARED)


def import_subjects(ctx, path: Path, dry_run: bool = False, progress=None) -> ImportReport:
    actor = ctx.require_actor()
    report = ImportReport(dry_run=dry_run)
    sheet, rows = read_rows(Path(path), load_layout(KIND), progress)
    if sheet.unknown_columns:
        report.warn(f"알 수 없는 열은 무시했습니다: {', '.join(sheet.unknown_columns)}")
    report.read = len(rows)
    parsed = [p for p in (_parse(ctx, row, report) for row in rows) if p is not None]
    keys: dict[str, int] = {}
    for p in parsed:  # the same person twice in one file is a mistake to show, not to merge silently
        for key in filter(None, (p.data.subject_no and "no:" + p.data.subject_no, p.rrn_hash)):
            if key in keys:
                report.reject(p.number, "대상자번호" if key.startswith("no:") else "주민등록번호",
                              f"{keys[key]}행과 같은 대상자입니다.")
            keys.setdefault(key, p.number)
    if not report.ok:
        return report
    try:
        _save(ctx, actor, parsed, report)
    except _Rollback:
        return report
    report.saved = True
    return report


class _Rollback(Exception):
    """Leaves the transaction without saving (a dry run, or a row refused while saving)."""


def _save(ctx, actor, parsed: list[_Row], report: ImportReport) -> None:
    with ctx.transaction() as session:
        for p in parsed:
            subject = _find(session, ctx, p)
            created = subject is None
            if created:
                subject = Subject(facility_id=ctx.facility.id, photo_path="", no_kin=False, health_notes="")
            before = None if created else _snapshot(subject)
            try:
                if not p.data.guardians and not created:  # a blank guardian column keeps the card's guardians
                    p.data.guardians = tuple(Guardian(**g) for g in json.loads(subject.guardians))
                apply_input(session, ctx, subject, p.data)
                became_no_kin = p.data.no_kin and not subject.no_kin
                subject.no_kin = p.data.no_kin
                changed = created or _snapshot(subject) != before
                if changed:
                    record_change(session, subject, actor.login_id)
                if became_no_kin:
                    nokin.open_report(session, ctx, subject, nokin.CONFIRMED)
                has_start = session.scalar(select(Episode.id).where(
                    Episode.subject_id == subject.id, Episode.service == p.service,
                    Episode.started_on == p.started_on, Episode.deleted.is_(False), Episode.cancelled.is_(False)))
                if not has_start:
                    episodes.add_episode(session, ctx, subject, p.service, p.started_on, queue_report=False)
                    changed = True
            except ValidationError as exc:
                report.reject(p.number, _COLUMN_OF.get(exc.field or "", p.start_column), str(exc))
                continue
            if created:
                report.created += 1
            elif changed:
                report.updated += 1
            else:
                report.unchanged += 1
            if became_no_kin:
                report.warn("새 무연고 대상자가 있습니다: 지금 경찰에 신고하고, 신고 기록을 대상자 정보 화면에 남기세요.")
        if not report.ok or report.dry_run:
            raise _Rollback


def export_roster(ctx, on: date, path: Path) -> int:
    rows = episodes.roster(ctx, on)
    return write_table(Path(path), "재원자", ["대상자번호", "성명", "주민등록번호", "서비스", "입소(이용시작)일", "무연고"],
                       ([r.subject_no, r.name, r.resident_number_masked, r.service_label, r.admitted_on,
                         "예" if r.no_kin else ""] for r in rows),
                       title=f"{ctx.facility.name} 재원자 명단 ({on.isoformat()})")


def export_fee_ledger(ctx, path: Path, upto_month: str | None = None) -> int:
    rows = fees.balances(ctx, upto_month)
    return write_table(Path(path), "이용료", ["대상자번호", "성명", "부과액", "수납액", "미납액"],
                       ([r.subject_no, r.subject_name, r.charged, r.received, r.outstanding] for r in rows),
                       money_columns=("부과액", "수납액", "미납액"),
                       title=f"{ctx.facility.name} 이용료 대장" + (f" ({upto_month}까지 부과분)" if upto_month else ""))
