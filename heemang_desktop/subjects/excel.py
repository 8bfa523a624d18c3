"""대상자 workbook: the import kind (run by excel/pipeline.py: all rows or none), the blank template, and
roster/fee exports.

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

from heemang_desktop.excel.bulk import new_row
from heemang_desktop.excel.layout import load_layout
from heemang_desktop.excel.spec import Column, Handler, ImportKind
from heemang_desktop.excel.writer import write_table, write_template
from heemang_desktop.store.base import new_id
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.pii import RRN, parse_rrn
from heemang_desktop.subjects import codes, episodes, fees, nokin
from heemang_desktop.subjects.cards import Guardian, SubjectInput, apply_input
from heemang_desktop.subjects.models import Episode, Subject
from heemang_desktop.sync.outbox import batched, record_change, record_changes

KIND = "subjects"
_COLUMN_OF = {"name": "성명", "subject_no": "대상자번호", "resident_number": "주민등록번호", "birth_date": "생년월일",
              "sex": "성별", "ltc_valid_to": "장기요양등급", "support_categories": "보장구분",
              "ltc_grades": "장기요양등급", "disability_degrees": "장애정도"}
_SEX = {"남": "M", "여": "F"}
_COMPARED = ("subject_no", "name", "resident_number_hash", "birth_date", "sex", "support_category", "ltc_grade",
             "disability_degree", "guardians", "no_kin", "notes")


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


def _service_for(present) -> tuple[str, str]:
    """(service id, the start column used): 이용시작일 means a day service."""
    by_column = {s.excel_start_column: s.id for s in codes.services().values() if s.excel_start_column}
    for column, service in by_column.items():
        if column in present:
            return service, column
    return "residential", "입소일"


def _snapshot(s: Subject) -> tuple:
    return tuple(getattr(s, f) for f in _COMPARED)


class _Subjects(Handler):
    """Finds each row's subject (대상자번호, then resident number, then 성명+생년월일) among the facility's
    subjects read once, and saves a chunk in one batch without a flush per row."""

    def __init__(self, job):
        super().__init__(job)
        self.service, self.start_column = _service_for(job.present)
        self.keys: dict[str, int] = {}
        self.by_no: dict[str, Subject] = {}
        self.by_hash: dict[str, Subject] = {}
        self.by_name: dict[tuple, Subject] = {}
        self.new_people: dict[tuple, int] = {}  # (성명, 생년월일) of the cards this file makes -> row number
        for subject in self.session.scalars(select(Subject).where(Subject.facility_id == self.ctx.facility.id,
                                                                  Subject.deleted.is_(False))):
            self._index(subject)
        self.started = set(self.session.execute(select(Episode.subject_id, Episode.service, Episode.started_on).where(
            Episode.facility_id == self.ctx.facility.id, Episode.deleted.is_(False), Episode.cancelled.is_(False))))

    def _index(self, s: Subject) -> None:
        if s.subject_no:
            self.by_no.setdefault(s.subject_no, s)
        if s.resident_number_hash:
            self.by_hash.setdefault(s.resident_number_hash, s)
        if s.birth_date:
            self.by_name.setdefault((s.name, s.birth_date), s)

    def check(self, row):
        v, number, report = row.values, row.number, self.report
        started = v[self.start_column]
        if started is None:
            report.reject(number, self.start_column, f"{self.start_column}이 비어 있습니다.")
            return None
        rrn_text, rrn_hash = v["주민등록번호"] or "", None
        if rrn_text:
            try:
                rrn = parse_rrn(rrn_text)
            except ValidationError as exc:
                report.reject(number, "주민등록번호", str(exc))  # the message never repeats the number
                return None
            rrn_hash = self.ctx.cipher.lookup_hash(rrn.digits, RRN)
            for warning in rrn.warnings:
                report.warn(f"{number}행: {warning}")
        guardian = Guardian(v["보호자성명"] or "", v["보호자관계"] or "", v["보호자연락처"] or "")
        data = SubjectInput(
            name=v["성명"], resident_number=rrn_text, subject_no=v["대상자번호"] or "", birth_date=v["생년월일"],
            sex=_SEX.get(v["성별"] or "", ""), support_category=v["보장구분"] or "일반",
            ltc_grade=v["장기요양등급"] or "",
            disability_degree=v["장애정도"] or "", guardians=(guardian,) if guardian.name else (),
            no_kin=v["무연고"] == "예", notes=v["비고"] or "",
        )
        # The same person twice in one file is a mistake to show, not to merge silently.
        for key in filter(None, (data.subject_no and "no:" + data.subject_no, rrn_hash)):
            first = self.keys.setdefault(key, number)
            if first != number:
                column = "대상자번호" if key.startswith("no:") else "주민등록번호"
                report.reject(number, column, f"{first}행과 같은 대상자입니다.")
                return None
        return _Row(number, data, self.service, self.start_column, started, rrn_hash)

    def _find(self, r: _Row) -> Subject | None:
        found = ((r.data.subject_no and self.by_no.get(r.data.subject_no))
                 or (r.rrn_hash and self.by_hash.get(r.rrn_hash)))
        if found:
            return found
        birth = r.data.birth_date or (parse_rrn(r.data.resident_number).birth_date if r.data.resident_number else None)
        if not birth:
            return None
        first = self.new_people.get((r.data.name, birth))
        if first is not None:  # a card this file makes: the same person twice, as with 대상자번호
            raise ValidationError(f"{first}행과 같은 대상자입니다 (성명·생년월일).", "name")
        return self.by_name.get((r.data.name, birth))

    def _owner(self, subject: Subject):
        """apply_input's clash lookup answered from the subjects read once (and this file's new ones)."""
        index = {"subject_no": self.by_no, "resident_number_hash": self.by_hash}

        def owner(column: str, value: str) -> str | None:
            other = index[column].get(value)
            return other.name if other is not None and other is not subject else None
        return owner

    def save(self, items: list, write: bool) -> None:
        """New cards and their episodes go in bulk (record_changes); a stored card is updated, and given
        an episode, through the ORM and the episode rules (it may have earlier stays)."""
        report, session, ctx = self.report, self.session, self.ctx
        actor_id = self.job.actor.login_id
        new_cards: list[dict] = []
        new_episodes, saved = [], []
        with session.no_autoflush, batched(session):
            for p in items:
                try:
                    saved.append((p, *self._card(p, new_cards)))
                except ValidationError as exc:
                    report.reject(p.number, _COLUMN_OF.get(exc.field or "", p.start_column), str(exc))
        write = write and report.ok
        if write and new_cards:
            record_changes(session, Subject, new_cards, actor_id)
        with session.no_autoflush, batched(session):
            for p, subject, created, changed, became_no_kin in saved:
                try:
                    if became_no_kin and write:
                        nokin.open_report(session, ctx, subject, nokin.CONFIRMED)
                    start = (subject.id, p.service, p.started_on)
                    if start not in self.started:
                        if created:  # a new card has no earlier stay for the episode rules to weigh
                            codes.service(p.service)
                            new_episodes.append(new_row(Episode, id=new_id(), facility_id=ctx.facility.id,
                                                        subject_id=subject.id, service=p.service,
                                                        started_on=p.started_on, end_reason="", note="",
                                                        cancelled=False))
                        else:
                            episodes.add_episode(session, ctx, subject, p.service, p.started_on, queue_report=False)
                        if not created:  # a new card's start can come only once (its duplicates are refused)
                            self.started.add(start)
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
                    report.warn("새 무연고 대상자가 있습니다: 지금 경찰에 신고하고, "
                                "신고 기록을 대상자 정보 화면에 남기세요.")
        if write and report.ok and new_episodes:
            record_changes(session, Episode, new_episodes, actor_id)

    def _card(self, p: _Row, new_cards: list) -> tuple[Subject, bool, bool, bool]:
        """The row's card found or made, with the row's values: (subject, created, changed, became 무연고).
        A new card stays a transient object (the card rules fill it) and joins `new_cards` as a dict."""
        subject = self._find(p)
        created = subject is None
        if subject is None:
            subject = Subject(id=new_id(), facility_id=self.ctx.facility.id, photo_path="", no_kin=False)
        before = None if created else _snapshot(subject)
        if not p.data.guardians and not created:  # a blank guardian column keeps the card's guardians
            p.data.guardians = tuple(Guardian(**g) for g in json.loads(subject.guardians))
        apply_input(self.session, self.ctx, subject, p.data, owner=self._owner(subject))
        became_no_kin = p.data.no_kin and not subject.no_kin
        subject.no_kin = p.data.no_kin
        changed = created or _snapshot(subject) != before
        if created:
            new_cards.append(new_row(Subject, subject))
            if subject.birth_date:  # 대상자번호 and resident numbers of this file were deduplicated in check()
                self.new_people.setdefault((subject.name, subject.birth_date), p.number)
        elif changed:
            record_change(self.session, subject, self.job.actor.login_id)
        return subject, created, changed, became_no_kin


SUBJECTS = ImportKind(
    name=KIND,
    columns=(
        Column("성명", required=True),
        Column("입소일", "date"),
        Column("이용시작일", "date"),
        Column("대상자번호"),
        Column("주민등록번호"),
        Column("성별", "coded"),
        Column("생년월일", "date"),
        Column("보장구분", "coded"),
        Column("장기요양등급", "coded"),
        Column("장애정도", "coded"),
        Column("보호자성명"),
        Column("보호자관계"),
        Column("보호자연락처"),
        Column("무연고", "coded"),
        Column("비고"),
    ),
    handler=_Subjects,
    unknown_warning="알 수 없는 열은 무시했습니다: {0}",
)
import_subjects = SUBJECTS


def export_roster(ctx, on: date, path: Path) -> int:
    rows = episodes.roster(ctx, on)
    return write_table(Path(path), "재원자",
                       ["대상자번호", "성명", "주민등록번호", "서비스", "입소(이용시작)일", "무연고"],
                       ([r.subject_no, r.name, r.resident_number_masked, r.service_label, r.admitted_on,
                         "예" if r.no_kin else ""] for r in rows),
                       title=f"{ctx.facility.name} 재원자 명단 ({on.isoformat()})")


def export_fee_ledger(ctx, path: Path, upto_month: str | None = None) -> int:
    rows = fees.balances(ctx, upto_month)
    return write_table(Path(path), "이용료", ["대상자번호", "성명", "부과액", "수납액", "미납액"],
                       ([r.subject_no, r.subject_name, r.charged, r.received, r.outstanding] for r in rows),
                       money_columns=("부과액", "수납액", "미납액"),
                       title=f"{ctx.facility.name} 이용료 대장" + (f" ({upto_month}까지 부과분)" if upto_month else ""))
