"""The budget-account chart: the rule's 관/항/목 shipped in resources/, plus the facility's own 세목.

Accounts are identified by (side, code): 세입 and 세출 codes may coincide.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select

from heemang_desktop.accounting.models import BudgetAccount
from heemang_desktop.resources import load_json
from heemang_desktop.store.errors import ValidationError
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

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}"


@dataclass(frozen=True)
class Chart:
    accounts: tuple[Account, ...]

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
        out = []
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
            other = next((s for s in SIDES if s != side and self.get(s, code)), None)
            if other:
                raise ValidationError(
                    f"{self.get(other, code).label}은(는) {other} 과목입니다. {side} 과목만 쓸 수 있습니다.", field
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


def _shipped(year: int) -> list[Account]:
    versions = load_json("accounting/budget_chart.json")["versions"]
    usable = [v for v in versions if int(v["valid_from"][:4]) <= year] or versions[:1]
    chosen = max(usable, key=lambda v: v["valid_from"])
    return [Account(a["side"], a["code"], a["name"], a["level"], a["parent"], a["annex"], bool(a.get("restricted")))
            for a in chosen["accounts"]]


def load_chart(session, facility_id: str, year: int) -> Chart:
    """The chart for `year`, cached for the session's life (an import checks thousands of lines)."""
    cache = session.info.setdefault("acc_chart", {})
    if (facility_id, year) not in cache:
        cache[(facility_id, year)] = _load_chart(session, facility_id, year)
    return cache[(facility_id, year)]


def _load_chart(session, facility_id: str, year: int) -> Chart:
    own = session.scalars(
        select(BudgetAccount).where(BudgetAccount.facility_id == facility_id, BudgetAccount.deleted.is_(False))
    )
    extra = [Account(b.side, b.code, b.name, "세목", b.parent_code, "시설") for b in own]
    return Chart(tuple(_shipped(year) + sorted(extra, key=lambda a: (a.side, a.code))))


def chart(ctx, year: int) -> Chart:
    with ctx.transaction() as session:
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
