"""후원자 workbook (excel-templates.md) as an import kind: one row per pledge, rows of one 후원자번호 are one
donor, and the blank template.

A donor whose rows disagree on name or contact is refused naming both rows. A row whose 후원자번호 is
new but whose person is already registered (name + phone or birth date) is refused naming that donor.
A pledge already on the donor's card with the same terms is left as it is, so the same file twice
changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from heemang_desktop.donations import donors, pledges
from heemang_desktop.donations.models import ORGANISATION, PERSON, Donor, Pledge
from heemang_desktop.excel.layout import load_layout
from heemang_desktop.excel.spec import Column, Handler, ImportKind, subject_particle
from heemang_desktop.excel.values import CellError, text
from heemang_desktop.excel.writer import write_template
from heemang_desktop.store.base import new_id
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.outbox import batched, record_change

KIND = "donors"
_COLUMN_OF = {"name": "성명", "donor_no": "후원자번호", "phone": "휴대전화", "email": "이메일", "address": "주소",
              "resident_number": "주민등록번호", "business_number": "사업자번호", "birth_ymd": "생년월일",
              "후원자구분": "후원자구분", "amount": "약정금액", "debit_day": "출금일",
              "purpose": "지정목적", "end_date": "약정종료일", "bank_account": "계좌번호", "method": "납부방법",
              "약정구분": "약정구분", "납부방법": "납부방법", "지정구분": "지정구분", "지정목적": "지정목적",
              "은행": "은행", "예금주": "예금주", "성명": "성명"}
_SAME_DONOR = ("name", "phone", "email")  # what rows of one 후원자번호 must agree on
_PLEDGE_KEY = ("pledge_kind", "amount", "method", "debit_day", "designation", "purpose", "start_date")


def write_donors_template(path: Path) -> None:
    write_template(Path(path), load_layout(KIND))


def _birth(value) -> str:
    """YYMMDD from a date cell, 800101, 1980-01-01 or 19800101."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.strftime("%y%m%d")
    try:
        return donors.check_birth_ymd(text(value))
    except ValidationError as exc:
        raise CellError(str(exc)) from exc


def _day(value) -> int:
    raw = text(value).removesuffix("일").strip()
    if not raw.isdigit() or not 1 <= int(raw) <= 31:
        raise CellError("출금일은 1~31 사이의 날(일)입니다.")
    return int(raw)


@dataclass
class _Row:
    number: int
    donor_no: str
    donor: donors.DonorInput
    pledge: pledges.PledgeInput
    added: dict  # contact fields the donor's earlier rows left blank, given here


class _Donors(Handler):
    def __init__(self, job):
        super().__init__(job)
        facility = self.ctx.facility.id
        self.by_no: dict[str, Donor] = {}
        self.people: dict[tuple, Donor] = {}  # (name key, phone digits) and (name key, YYMMDD) -> donor
        for d in self.session.scalars(select(Donor).where(Donor.facility_id == facility, Donor.deleted.is_(False))):
            self.by_no[d.donor_no] = d
            if d.merged_into is None:  # a merged-away duplicate: the kept donor answers for the person
                self._index(d.name, d.phone, d.birth_ymd, d)
        self.pledges: dict[str, list[Pledge]] = {}
        for p in self.session.scalars(select(Pledge).where(Pledge.facility_id == facility, Pledge.current.is_(True),
                                                           Pledge.deleted.is_(False))):
            self.pledges.setdefault(p.donor_id, []).append(p)
        self.first_row: dict[str, tuple[int, dict | None]] = {}  # 후원자번호 -> (row, its donor fields; None: bad)
        self.new_people: dict[tuple, tuple[int, str]] = {}  # person keys of this file's new donors
        self.touched: set[str] = set()  # donors already written by an earlier row of this file (any chunk)

    def _index(self, name: str, phone: str, birth: str, target) -> None:
        index: dict = self.people if isinstance(target, Donor) else self.new_people
        for key in self._keys(name, phone, birth):
            index.setdefault(key, target)

    @staticmethod
    def _keys(name: str, phone: str, birth: str) -> list[tuple]:
        key, phone = donors.name_key(name), donors.digits(phone)
        return [k for k in (phone and (key, "tel", phone), birth and (key, "birth", birth)) if k]

    def check(self, row):
        v, number, report = row.values, row.number, self.report
        name = v["성명"] or v["단체명"]
        if not name:
            report.reject(number, "성명", "성명(단체명)이 비어 있습니다.")
            return None
        kind = v["후원자구분"] or (ORGANISATION if v["단체명"] and not v["성명"] else PERSON)
        donor = donors.DonorInput(
            name=name, donor_no=v["후원자번호"], donor_kind=kind, phone=v["휴대전화"] or "", email=v["이메일"] or "",
            address=v["주소"] or "", resident_number=v["주민등록번호"] or "", business_number=v["사업자번호"] or "",
            birth_ymd=v["생년월일"] or "", receipt_wanted=v["영수증발급"] == "예",
            privacy_consent_on=v["개인정보동의일"], note=v["비고"] or "")
        pledge = pledges.PledgeInput(
            pledge_kind=v["약정구분"], amount=v["약정금액"], method=v["납부방법"], debit_day=v["출금일"],
            designation=v["지정구분"] or "비지정", purpose=v["지정목적"] or "", start_date=v["약정시작일"],
            end_date=v["약정종료일"], bank_name=v["은행"] or "", bank_account=v["계좌번호"] or "",
            account_holder=v["예금주"] or "", cms_registered_on=v["CMS등록일"])
        valid, added = self._check_donor(number, donor)
        ok = valid and self._try(number, "약정금액", lambda: pledges.apply_input(self.ctx, Pledge(), pledge))
        return _Row(number, donor.donor_no, donor, pledge, added) if ok else None

    def _try(self, number: int, default_column: str, fn) -> bool:
        try:
            fn()
        except ValidationError as exc:
            self.report.reject(number, _COLUMN_OF.get(exc.field or "", default_column), str(exc))
            return False
        return True

    def _check_donor(self, number: int, data: donors.DonorInput) -> tuple[bool, dict]:
        """(whether the row's donor fields pass, the contact fields a later row of the donor left blank and
        this one gives). The first row of a 후원자번호 speaks for the person even when it has an error, so
        a later duplicate is reported against it, not against that donor's own later rows."""
        report = self.report
        scratch = Donor(donor_no="")
        valid = self._try(number, "성명", lambda: donors.apply_input(self.ctx, scratch, data))
        fields = {f: getattr(scratch, f) for f in _SAME_DONOR} if valid else None
        seen = self.first_row.setdefault(data.donor_no, (number, fields))
        if seen[0] != number:
            if not valid or fields is None:
                return False, {}
            if seen[1] is None:
                self.first_row[data.donor_no] = (seen[0], fields)
                return True, {}
            # a blank cell on a later row of the same donor means "as above"
            differ = [label for f, label in zip(_SAME_DONOR, ("성명", "휴대전화", "이메일"), strict=True)
                      if seen[1][f] and fields[f] and seen[1][f] != fields[f]]
            if differ:
                names = "·".join(differ)
                report.reject(number, differ[0], f"{seen[0]}행과 {number}행은 후원자번호 {data.donor_no}이(가) 같은데 "
                                                 f"{names}{subject_particle(names)} 다릅니다.")
                return False, {}
            added = {f: fields[f] for f in _SAME_DONOR if fields[f] and not seen[1][f]}
            seen[1].update(added)
            return True, added
        if data.donor_no in self.by_no:
            return valid, {}
        person = (scratch.name, scratch.phone, scratch.birth_ymd) if valid else (data.name, data.phone, data.birth_ymd)
        for key in self._keys(*person):
            existing = self.people.get(key)
            if existing is not None:
                which = "휴대전화" if key[1] == "tel" else "생년월일"
                report.reject(number, "후원자번호", f"이미 등록된 후원자와 같은 사람입니다 (성명과 "
                                                  f"{which}{subject_particle(which)} 같음): "
                                                  f"{existing.name} (후원자번호 {existing.donor_no})")
                return False, {}
            other = self.new_people.get(key)
            if other is not None and other[1] != data.donor_no:
                report.reject(number, "후원자번호", f"{other[0]}행의 후원자(후원자번호 {other[1]})와 같은 사람으로 "
                                                  "보입니다 (성명과 연락처 또는 생년월일이 같음).")
                return False, {}
        self._index(*person, (number, data.donor_no))
        return valid, {}

    def save(self, items: list, write: bool) -> None:
        report, session, actor_id = self.report, self.session, self.job.actor.login_id
        touched = self.touched
        with session.no_autoflush, batched(session):
            for r in items:
                found = self.by_no.get(r.donor_no)
                created, changed = found is None, False
                if found is None:
                    donor = Donor(id=new_id(), facility_id=self.ctx.facility.id, donor_no=r.donor_no)
                    donors.apply_input(self.ctx, donor, r.donor)
                    record_change(session, donor, actor_id)
                    self.by_no[r.donor_no] = donor
                else:
                    donor = found
                    if donor.id in touched and r.added:
                        for f, value in r.added.items():
                            setattr(donor, f, value)
                        donor.phone_tail = donors.digits(donor.phone)[-4:]
                        record_change(session, donor, actor_id)
                    elif donor.id not in touched:
                        before = {c.key: getattr(donor, c.key) for c in Donor.__table__.columns}
                        donors.apply_input(self.ctx, donor, r.donor)
                        if {c.key: getattr(donor, c.key) for c in Donor.__table__.columns} != before:
                            record_change(session, donor, actor_id)
                            changed = True
                touched.add(donor.id)
                made = self._pledge(donor, r.pledge, actor_id)
                if created or made:
                    report.created += 1
                elif changed:
                    report.updated += 1
                else:
                    report.unchanged += 1

    def _pledge(self, donor: Donor, data: pledges.PledgeInput, actor_id: str) -> bool:
        """The pledge made, unless the donor's card already has one with these terms (True when made)."""
        probe = Pledge()
        pledges.apply_input(self.ctx, probe, data)
        for p in self.pledges.get(donor.id, ()):
            if all(getattr(p, f) == getattr(probe, f) for f in _PLEDGE_KEY):
                return False
        pledge = pledges.new_pledge(self.ctx, self.session, donor, data, actor_id)
        self.pledges.setdefault(donor.id, []).append(pledge)
        return True


DONORS = ImportKind(
    name=KIND,
    columns=(
        Column("후원자번호", required=True),
        Column("성명"),
        Column("단체명"),
        Column("약정구분", "coded", required=True),
        Column("약정금액", "amount", required=True),
        Column("납부방법", "coded", required=True),
        Column("후원자구분", "coded"),
        Column("생년월일", parse=_birth),
        Column("주민등록번호"),
        Column("사업자번호"),
        Column("휴대전화"),
        Column("이메일"),
        Column("주소"),
        Column("영수증발급", "coded"),
        Column("개인정보동의일", "date"),
        Column("출금일", parse=_day),
        Column("지정구분", "coded"),
        Column("지정목적"),
        Column("약정시작일", "date"),
        Column("약정종료일", "date"),
        Column("은행"),
        Column("계좌번호"),
        Column("예금주"),
        Column("CMS등록일", "date"),
        Column("비고"),
    ),
    handler=_Donors,
)
import_donors = DONORS
