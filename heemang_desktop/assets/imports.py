"""Two uploads: `assets` (assets bought before the app) and `assets-count` (a filled count sheet into the
open 재물조사), with their templates; `write_count_sheet` writes the sheet with what should be where."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from heemang_desktop.assets import counts
from heemang_desktop.assets.models import Asset
from heemang_desktop.assets.register import AssetInput, _clean, categories, new_asset, require_open_year
from heemang_desktop.excel.layout import load_layout
from heemang_desktop.excel.spec import Column, Handler, ImportKind
from heemang_desktop.excel.writer import write_template
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.outbox import batched

FOUND, NOT_FOUND = "있음", "없음"


def write_assets_template(path: Path) -> None:
    write_template(Path(path), load_layout("assets"))


def write_count_template(path: Path) -> None:
    write_template(Path(path), load_layout("assets-count"))


def _key(category, name, acquired_on, cost, location) -> tuple:
    return category, name.strip(), acquired_on, cost, location.strip()


class _Assets(Handler):
    def __init__(self, job):
        super().__init__(job)
        self.known = {_key(a.category, a.name, a.acquired_on, a.cost, a.location) for a in self.session.scalars(
            select(Asset).where(Asset.facility_id == self.ctx.facility.id, Asset.deleted.is_(False)))}
        self.years: dict[int, str] = {}  # year -> why it is closed ("" when open)

    def check(self, row):
        v = row.values
        life = v["내용연수"]
        data = AssetInput(category=v["분류"], name=v["품명"], acquired_on=v["취득일자"], cost=v["취득금액"],
                          kind=v["품목"] or "", spec=v["규격"] or "", quantity=v["수량"] or 1,
                          location=v["위치"] or "", custodian=v["관리자"] or "", funding_source=v["재원"] or "",
                          useful_life=life, note=v["비고"] or "")
        try:
            data = _clean(data)
            self._open_year(v["취득일자"].year)  # _clean refused a blank date
            return data
        except ValidationError as exc:
            column = {"category": "분류", "name": "품명", "cost": "취득금액", "quantity": "수량", "kind": "품목",
                      "useful_life": "내용연수", "acquired_on": "취득일자"}.get(exc.field or "", "품명")
            self.report.reject(row.number, column, str(exc))
            return None

    def _open_year(self, year: int) -> None:
        """Each year asked once per file (the answer sums the year's books)."""
        if year not in self.years:
            try:
                require_open_year(self.ctx, year)
                self.years[year] = ""
            except ValidationError as exc:
                self.years[year] = str(exc)
        if self.years[year]:
            raise ValidationError(self.years[year], "acquired_on")

    def save(self, items: list, write: bool) -> None:
        actor_id = self.job.actor.login_id
        with self.session.no_autoflush, batched(self.session):
            for data in items:
                key = _key(data.category, data.name, data.acquired_on, data.cost, data.location)
                if key in self.known:
                    self.report.unchanged += 1
                    continue
                self.known.add(key)
                if write:
                    new_asset(self.session, self.ctx, data, actor_id)
                self.report.created += 1


ASSETS = ImportKind(
    name="assets",
    columns=(
        Column("분류", "coded", required=True, allowed=lambda: tuple(categories())),
        Column("품명", required=True),
        Column("취득일자", "date", required=True),
        Column("취득금액", "amount", required=True),
        Column("품목"),
        Column("규격"),
        Column("수량", "int"),
        Column("위치"),
        Column("관리자"),
        Column("재원"),
        Column("내용연수", "int"),
        Column("비고"),
    ),
    handler=_Assets,
)


class _Count(Handler):
    def __init__(self, job):
        super().__init__(job)
        count = counts._open_count(self.session, self.ctx.facility.id)
        if count is None:  # the sheet is the count: it starts today's, listing what should be where
            on = counts.today()
            count = counts.new_count(self.session, self.ctx, on.year, on, job.actor.login_id)
        self.count_id = count.id
        self.lines = counts.line_index(self.session, count.id)
        self.seen: dict[str, int] = {}

    def check(self, row):
        v = row.values
        number, found = (v["자산번호"] or "").strip(), v["확인"] == FOUND
        if not number:
            if not (v["품명"] and v["실제위치"]):
                self.report.reject(row.number, "자산번호", "대장에 없는 물품은 품명과 실제위치를 적으세요.")
                return None
            if not found:
                self.report.reject(row.number, "확인", "자산번호가 없는 행은 찾은 물품입니다: 확인에 있음을 적으세요.")
                return None
            return ("extra", v["품명"], v["실제위치"], v["비고"] or "")
        if number not in self.lines:
            self.report.reject(row.number, "자산번호", f"이번 재물조사 목록에 없는 자산번호입니다: {number}")
            return None
        if number in self.seen:
            self.report.reject(row.number, "자산번호", f"{self.seen[number]}행과 자산번호가 같습니다: {number}")
            return None
        self.seen[number] = row.number
        return ("line", counts.CountEntry(number, found, v["실제위치"] or "", v["비고"] or ""))

    def save(self, items: list, write: bool) -> None:
        actor_id = self.job.actor.login_id
        with self.session.no_autoflush, batched(self.session):
            for item in items:
                if item[0] == "extra":
                    if write:
                        counts.add_extra_line(self.session, self.ctx, self.count_id, item[1], item[2], item[3],
                                              actor_id)
                    self.report.created += 1
                elif counts.apply_entry(self.session, self.lines[item[1].asset_number], item[1], actor_id):
                    self.report.updated += 1
                else:
                    self.report.unchanged += 1


ASSET_COUNT = ImportKind(
    name="assets-count",
    columns=(
        Column("자산번호"),
        Column("품명"),
        Column("있어야할곳"),
        Column("관리자"),
        Column("확인", "coded", required=True, allowed=(FOUND, NOT_FOUND)),
        Column("실제위치"),
        Column("비고"),
    ),
    handler=_Count,
)


def write_count_sheet(ctx, path: Path) -> int:
    """The open count's sheet (the upload layout) listing what should be where; returns the rows written."""
    from heemang_desktop.excel.writer import write_table

    count = counts.open_count(ctx)
    if count is None:
        raise ValidationError("진행 중인 재물조사가 없습니다. 먼저 재물조사를 시작하세요.")
    layout = load_layout("assets-count")
    rows = [[ln.asset_number, ln.name, ln.expected_location, ln.custodian,
             "" if ln.found is None else (FOUND if ln.found else NOT_FOUND), ln.found_location, ln.note]
            for ln in count.lines if ln.asset_number]
    headers = ["자산번호", "품명", "있어야할곳", "관리자", "확인", "실제위치", "비고"]
    return write_table(Path(path), layout.sheet, headers, rows,
                       widths={"자산번호": 18, "품명": 24, "있어야할곳": 18, "실제위치": 18, "비고": 24})
