"""The budget-account chart: the rule's 관/항/목 shipped in resources/, plus the facility's own 세목.

Which shipped chart a facility uses follows its facility type (resources/accounting/charts.json): the
재무·회계 규칙 of 사회복지시설 or of 장기요양기관. The facility may correct a shipped account (its name,
that it checked it against the annex) through a synced override. Accounts of the chart every store used
before (`previous`) that the facility's chart lacks stay in it while the facility's records use them.

Accounts are identified by (side, code): 세입 and 세출 codes may coincide.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass, replace

from sqlalchemy import literal, select, union

from heemang_desktop.accounting.models import (
    SIDE_OF_KIND,
    BudgetAccount,
    BudgetEntry,
    BudgetTransfer,
    ChartOverride,
    Requisition,
    RequisitionLine,
    Resolution,
    ResolutionLine,
)
from heemang_desktop.resources import load_json
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.models import Facility
from heemang_desktop.sync.outbox import record_change

SIDES = ("세입", "세출")
LEVELS = ("관", "항", "목", "세목")


@dataclass(frozen=True)
class Account:
    side: str
    code: str
    name: str
    level: str
    parent: str | None
    annex: str  # the rule's annex (별표 4/5) or "시설" for the facility's own 세목
    restricted: bool = False  # no 예산 전용 into it (marked in the chart data; holds for everything below)
    confirmed: bool = True  # False: code and name not checked against the annex (shown as "확인 필요")
    source: str = ""  # public material behind the code or name, when known
    kept: bool = False  # from the previous chart, kept because the facility's records use it
    overridden: bool = False  # the facility corrected the shipped entry
    note: str = ""  # the facility's note on its correction
    shipped_name: str = ""  # the name as shipped, when the facility renamed it

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}"


@dataclass(frozen=True)
class Chart:
    accounts: tuple[Account, ...]
    name: str = ""  # "사회복지시설" | "장기요양기관" (charts.json)
    rule: str = ""
    sources: tuple[str, ...] = ()

    def get(self, side: str, code: str) -> Account | None:
        return self._index().get((side, code))

    def _index(self) -> dict:
        cached = self.__dict__.get("_idx")
        if cached is None:
            cached = {(a.side, a.code): a for a in self.accounts}
            object.__setattr__(self, "_idx", cached)
        return cached

    def children(self, side: str, code: str | None) -> list[Account]:
        kids = self.__dict__.get("_kids")
        if kids is None:  # asked once per line on import: index it rather than scan the chart
            kids = {}
            for a in self.accounts:
                kids.setdefault((a.side, a.parent), []).append(a)
            object.__setattr__(self, "_kids", kids)
        return list(kids.get((side, code), ()))

    def is_leaf(self, account: Account) -> bool:
        return account.level in ("목", "세목") and not self.children(account.side, account.code)

    def leaves(self, side: str) -> list[Account]:
        return [a for a in self.accounts if a.side == side and self.is_leaf(a)]

    def ancestors(self, account: Account) -> list[Account]:
        """관, 항 (and 목 for a 세목) above `account`, top first."""
        out: list[Account] = []
        parent = account.parent
        while parent:
            up = self.get(account.side, parent)
            if up is None:
                break
            out.insert(0, up)
            parent = up.parent
        return out

    def is_restricted(self, account: Account) -> bool:
        return any(a.restricted for a in [account, *self.ancestors(account)])

    def leaf(self, side: str, code: str, field: str = "예산과목") -> Account:
        """The account a line may use, or a Korean error saying why not."""
        account = self.get(side, code)
        if account is None:
            twin = next((a for a in (self.get(s, code) for s in SIDES if s != side) if a is not None), None)
            if twin is not None:
                raise ValidationError(
                    f"{twin.label}은(는) {twin.side} 과목입니다. {side} 과목만 쓸 수 있습니다.", field
                )
            raise ValidationError(f"없는 예산과목입니다: {code}", field)
        if not self.is_leaf(account):
            raise ValidationError(
                f"{account.label}은(는) {account.level}입니다. 목 또는 세목을 고르세요"
                + (" (세목이 있는 목은 세목으로)." if account.level == "목" else "."),
                field,
            )
        return account

    def find(self, text: str, side: str | None = None) -> Account:
        """An account from a code or a name as typed in a workbook ('111', '급여', '세출 111')."""
        raw = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", str(text))).strip()
        m = re.match(r"^(세입|세출)\s*[-:]?\s*(.+)$", raw)
        if m:
            side, raw = m[1], m[2].strip()
        sides = (side,) if side else SIDES
        hits = [a for s in sides for a in [self.get(s, raw)] if a]
        if not hits:
            key = raw.replace(" ", "")
            hits = [a for a in self.accounts if a.side in sides and a.name.replace(" ", "") == key]
            leaves = [a for a in hits if self.is_leaf(a)]
            hits = leaves or hits
        if not hits:
            raise ValidationError(f"없는 예산과목입니다: '{text}'")
        if len(hits) > 1:
            names = ", ".join(f"{a.side} {a.label}" for a in hits)
            raise ValidationError(f"'{text}'에 해당하는 과목이 여러 개입니다: {names}. 코드로 적으세요.")
        return hits[0]


def chart_name_for(facility_type: str) -> str:
    """The shipped chart a facility type uses (charts.json)."""
    choice = load_json("accounting/charts.json")
    return choice["by_facility_type"].get(facility_type, choice["default"])


def _version(chart_name: str, year: int) -> tuple[dict, dict]:
    doc = load_json(load_json("accounting/charts.json")["charts"][chart_name])
    usable = [v for v in doc["versions"] if int(v["valid_from"][:4]) <= year] or doc["versions"][:1]
    return doc, max(usable, key=lambda v: v["valid_from"])


def _account(a: dict, **kw) -> Account:
    return Account(a["side"], a["code"], a["name"], a["level"], a["parent"], a["annex"], bool(a.get("restricted")),
                   bool(a.get("confirmed", False)), a.get("source", ""), **kw)


def _for_type(raw: list[dict], facility_type: str) -> list[dict]:
    """Drop the 관 (and what is under it) whose `only_for` leaves this facility type out."""
    by_key = {(a["side"], a["code"]): a for a in raw}

    def allowed(a: dict | None) -> bool:
        while a is not None:
            if "only_for" in a and facility_type not in a["only_for"]:
                return False
            a = by_key.get((a["side"], a["parent"])) if a["parent"] else None
        return True

    return [a for a in raw if allowed(a)]


def shipped_chart(facility_type: str, year: int) -> Chart:
    """The chart shipped for a facility type and year, without any facility's corrections or 세목."""
    name = chart_name_for(facility_type)
    doc, version = _version(name, year)
    accounts = tuple(_account(a) for a in _for_type(version["accounts"], facility_type))
    return Chart(accounts, name, doc.get("rule", ""), tuple(doc.get("sources", ())))


def load_chart(session, facility_id: str, year: int) -> Chart:
    """The chart for `year`, cached for the session's life (an import checks thousands of lines)."""
    cache = session.info.setdefault("acc_chart", {})
    if (facility_id, year) not in cache:
        cache[(facility_id, year)] = _load_chart(session, facility_id, year)
    return cache[(facility_id, year)]


def _load_chart(session, facility_id: str, year: int) -> Chart:
    facility_type = session.scalar(select(Facility.facility_type).where(Facility.id == facility_id)) or ""
    base = shipped_chart(facility_type, year)
    kept = _kept(session, facility_id, year, {(a.side, a.code) for a in base.accounts})
    shipped = _tree_order(list(base.accounts) + kept) if kept else list(base.accounts)
    fixes = {(o.side, o.code): o for o in session.scalars(select(ChartOverride).where(
        ChartOverride.facility_id == facility_id, ChartOverride.deleted.is_(False)))}
    shipped = [_corrected(a, fixes.get((a.side, a.code))) for a in shipped]
    own = session.scalars(
        select(BudgetAccount).where(BudgetAccount.facility_id == facility_id, BudgetAccount.deleted.is_(False))
    )
    extra = [Account(b.side, b.code, b.name, "세목", b.parent_code, "시설") for b in own]
    return Chart(tuple(shipped + sorted(extra, key=lambda a: (a.side, a.code))), base.name, base.rule, base.sources)


def _corrected(account: Account, fix: ChartOverride | None) -> Account:
    if fix is None or not (fix.name or fix.confirmed or fix.note):  # a correction taken back
        return account
    return replace(account, name=fix.name or account.name, confirmed=fix.confirmed, overridden=True, note=fix.note,
                   shipped_name=account.name if fix.name else "")


def _tree_order(accounts: list[Account]) -> list[Account]:
    """관, then each 항 under it, then its 목s: a kept account shows under its 관/항, after the shipped ones."""
    kids: dict = {}
    for a in accounts:
        kids.setdefault((a.side, a.parent), []).append(a)
    out: list[Account] = []

    def walk(side: str, parent: str | None) -> None:
        for a in kids.get((side, parent), ()):
            out.append(a)
            walk(side, a.code)

    for side in dict.fromkeys(a.side for a in accounts):
        walk(side, None)
    return out


def _kept(session, facility_id: str, year: int, present: set) -> list[Account]:
    """Accounts of the previous chart missing from this one that the facility's records still use, with the
    관/항 above them: old resolutions, budgets and 세목 keep their accounts (none is rewritten)."""
    _doc, version = _version(load_json("accounting/charts.json")["previous"], year)
    previous = {(a["side"], a["code"]): a for a in version["accounts"]}
    missing = {key for key in previous if key not in present}
    if not missing:
        return []
    codes = sorted({code for _side, code in missing})
    used = set()
    for kind_or_side, code in session.execute(_codes_in_use(facility_id, codes)):
        used.add((SIDE_OF_KIND.get(kind_or_side, kind_or_side), code))
    keep: set = set()
    for key in used & missing:
        while key in missing and key not in keep:
            keep.add(key)
            parent = previous[key]["parent"]
            key = (key[0], parent)
    return [_account(a, kept=True) for key, a in previous.items() if key in keep]


def _codes_in_use(facility_id: str, codes: list[str]):
    """(kind or side, code) of every use of `codes` in the facility's records, deleted rows included."""
    return union(
        select(BudgetEntry.side, BudgetEntry.account_code).where(
            BudgetEntry.facility_id == facility_id, BudgetEntry.account_code.in_(codes)),
        select(Resolution.kind, ResolutionLine.account_code).join(Resolution).where(
            Resolution.facility_id == facility_id, ResolutionLine.account_code.in_(codes)),
        select(Requisition.kind, RequisitionLine.account_code).join(Requisition).where(
            Requisition.facility_id == facility_id, RequisitionLine.account_code.in_(codes)),
        select(BudgetAccount.side, BudgetAccount.parent_code).where(
            BudgetAccount.facility_id == facility_id, BudgetAccount.parent_code.in_(codes)),
        *(select(literal("세출"), column).where(BudgetTransfer.facility_id == facility_id, column.in_(codes))
          for column in (BudgetTransfer.from_code, BudgetTransfer.to_code)),
    )


def chart(ctx, year: int) -> Chart:
    with ctx.store.session() as session:  # a read: no write lock
        return load_chart(session, ctx.facility.id, year)


def add_detail_account(ctx, side: str, parent_code: str, name: str, year: int) -> Account:
    """Add the facility's own 세목 under a 목; its code is the 목's code + '-' + a running number."""
    actor = ctx.require_actor()
    name = (name or "").strip()
    if not name:
        raise ValidationError("세목 이름을 입력하세요.", "name")
    with ctx.transaction() as session:
        current = load_chart(session, ctx.facility.id, year)
        parent = current.get(side, parent_code)
        if parent is None or parent.level != "목":
            raise ValidationError(f"세목은 목 아래에만 둘 수 있습니다: {parent_code}", "parent_code")
        siblings = current.children(side, parent_code)
        if any(a.name == name for a in siblings):
            raise ValidationError(f"{parent.label} 아래에 같은 이름의 세목이 있습니다: {name}", "name")
        code = f"{parent_code}-{len(siblings) + 1:02d}"
        row = BudgetAccount(facility_id=ctx.facility.id, side=side, code=code, name=name, parent_code=parent_code)
        record_change(session, row, actor.login_id)
        session.info.pop("acc_chart", None)
        return Account(side, code, name, "세목", parent_code, "시설")


def correct_account(ctx, side: str, code: str, year: int, name: str = "", confirmed: bool = False,
                    note: str = "") -> Account:
    """The facility's correction of a shipped account: the name as its annex prints it, that it checked the
    account (no more "확인 필요"), and where. Synced; only this facility's chart changes. The shipped name,
    unchecked and no note takes the correction back (kept as a row: a pulled tombstone would win over a
    later correction)."""
    actor = ctx.require_actor()
    name, note = (name or "").strip(), (note or "").strip()
    if len(name) > 100:
        raise ValidationError("과목 이름은 100자까지 쓸 수 있습니다.", "name")
    with ctx.transaction() as session:
        account = load_chart(session, ctx.facility.id, year).get(side, code)
        if account is None:
            raise ValidationError(f"없는 예산과목입니다: {side} {code}", "code")
        if account.annex == "시설":
            raise ValidationError(f"{account.label}은(는) 시설이 추가한 세목입니다. 규칙의 과목만 고칠 수 있습니다.",
                                  "code")
        row = session.scalar(select(ChartOverride).where(
            ChartOverride.facility_id == ctx.facility.id, ChartOverride.side == side, ChartOverride.code == code))
        if row is None:  # one id per facility and account on every PC: two PCs' corrections meet as a conflict
            row = ChartOverride(id=str(uuid.uuid5(uuid.UUID(ctx.facility.id), f"chart_override:{side}:{code}")),
                                facility_id=ctx.facility.id, side=side, code=code)
        row.name = "" if name in ("", account.shipped_name or account.name) else name
        row.confirmed, row.note = bool(confirmed), note
        record_change(session, row, actor.login_id)
        session.info.pop("acc_chart", None)
        fixed = load_chart(session, ctx.facility.id, year).get(side, code)
        if fixed is None:  # it was there a moment ago, in this transaction
            raise ValidationError(f"없는 예산과목입니다: {side} {code}", "code")
        return fixed
