"""재산대장·비품관리대장 (screen rows, Excel, PDF) and A4 label sheets (asset number + its QR).

The register's columns are data (resources/assets/register_columns.json), so a correction from the field
is a data change. Labels are painted as fixed cells (render/form.py): the QR's dark modules are filled
boxes, one per horizontal run, so no image format or Qt code is needed here.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from heemang_desktop.assets.register import AssetQuery, AssetView, list_assets, rules
from heemang_desktop.resources import load_json
from heemang_desktop.store.errors import ValidationError


@dataclass(frozen=True)
class Register:
    title: str
    subtitle: str
    headers: list[str]
    money: list[str]
    rows: list[list]
    total_count: int
    total_cost: int
    total_book_value: int


def _columns() -> list[dict]:
    return list(load_json("assets/register_columns.json")["columns"])


def _value(a: AssetView, key: str, year: int):
    if key == "book_value":
        return a.depreciation(year)[1]
    if key == "useful_life":
        return f"{a.useful_life}년" if a.useful_life else ""
    if key == "state_text":
        return a.state_text
    return getattr(a, key)


def register(ctx, category: str, year: int, include_disposed: bool = True) -> Register:
    """The category's register (재산 → 재산대장, 비품 → 비품관리대장) as at the end of `year`: assets bought by
    then; ones disposed of before the year are left out, ones disposed of in it shown as 불용."""
    cats = rules()["categories"]
    if category not in cats:
        raise ValidationError(f"분류는 {'·'.join(cats)} 중 하나입니다: {category}")
    end = date(year, 12, 31)
    assets = [a for a in list_assets(ctx, AssetQuery(category=category)) if a.acquired_on <= end
              and not (a.disposed_on and a.disposed_on.year < year)
              and (include_disposed or a.state != "불용")]
    columns = _columns()
    rows = [[_value(a, c["key"], year) for c in columns] for a in assets]
    live = [a for a in assets if a.state != "불용"]
    return Register(
        title=cats[category]["register"], subtitle=f"{ctx.facility.name} · {year}년 12월 31일 기준",
        headers=[c["label"] for c in columns], money=[c["label"] for c in columns if c.get("money")], rows=rows,
        total_count=len(live), total_cost=sum(a.cost for a in live),
        total_book_value=sum(a.depreciation(year)[1] for a in live))


def _total_row(reg: Register) -> list:
    labels = {c["key"]: c["label"] for c in _columns()}
    row: list = [""] * len(reg.headers)
    row[0] = f"계 (사용 중 {reg.total_count}건)"
    for key, value in (("cost", reg.total_cost), ("book_value", reg.total_book_value)):
        if labels.get(key) in reg.headers:
            row[reg.headers.index(labels[key])] = value
    return row


def register_html(reg: Register) -> str:
    money = {reg.headers.index(h) for h in reg.money}

    def cell(j: int, v) -> str:
        text = f"{v:,}" if isinstance(v, int) and not isinstance(v, bool) and j in money else (
            v.isoformat() if isinstance(v, date) else str(v))
        return f'<td{" align=right" if j in money else ""}>{html.escape(text)}</td>'

    body = "".join("<tr>" + "".join(cell(j, v) for j, v in enumerate(r)) + "</tr>" for r in reg.rows)
    total = "<tr style=\"font-weight:bold; background:#f2f2f2\">" + "".join(
        cell(j, v) for j, v in enumerate(_total_row(reg))) + "</tr>"
    head = "".join(f"<th>{html.escape(h)}</th>" for h in reg.headers)
    return (f"<h2 align=center>{html.escape(reg.title)}</h2><p align=center>{html.escape(reg.subtitle)}</p>"
            '<table width="100%" border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">'
            f'<thead><tr style="background:#dde6f2">{head}</tr></thead><tbody>{body}{total}</tbody></table>')


def save_register(ctx, category: str, year: int, path: str | Path) -> Path:
    """The register to .xlsx (won with commas, a total row) or .pdf (A4 landscape)."""
    path = Path(path)
    reg = register(ctx, category, year)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from heemang_desktop.excel.writer import write_table

        write_table(path, reg.title, reg.headers, [*reg.rows, _total_row(reg)], reg.money,
                    title=f"{reg.title} — {reg.subtitle}", widths={"품명": 24, "자산번호": 16, "위치": 16})
    elif suffix == ".pdf":
        from heemang_desktop.render.pdf import html_to_pdf

        html_to_pdf(register_html(reg), path, landscape=True, title=reg.title)
    else:
        raise ValidationError("파일 이름은 .xlsx 또는 .pdf로 끝나야 합니다.")
    return path


def qr_runs(text: str) -> tuple[int, list[tuple[int, int, int]]]:
    """The QR of `text`: (modules per side, [(row, first column, length)] of its dark runs), no quiet zone."""
    import segno

    matrix = segno.make(text, error="m", micro=False).matrix
    runs = []
    for r, line in enumerate(matrix):
        c = 0
        while c < len(line):
            if line[c]:
                start = c
                while c < len(line) and line[c]:
                    c += 1
                runs.append((r, start, c - start))
            else:
                c += 1
    return len(matrix), runs


def label_pages(ctx, assets: list[AssetView], skip: int = 0) -> list[list]:
    """The label sheet's cells, page by page; `skip` leaves that many labels of a used sheet blank."""
    from heemang_desktop.render.form import Cell

    sheet = load_json("assets/labels.json")
    per_page = sheet["columns"] * sheet["rows"]
    pages: list[list] = []
    for i, a in enumerate(assets, start=skip):
        if i % per_page == 0 or not pages:
            pages.append([])
        slot = i % per_page
        x = sheet["left"] + (slot % sheet["columns"]) * (sheet["width"] + sheet["gap_x"])
        y = sheet["top"] + (slot // sheet["columns"]) * (sheet["height"] + sheet["gap_y"])
        size, runs = qr_runs(a.number)
        qr = sheet["qr_size"]
        module = qr / size
        qx, qy = x + 2, y + (sheet["height"] - qr) / 2
        cells = pages[-1]
        cells += [Cell(qx + c * module, qy + r * module, n * module, module, border=False, fill="#000000")
                  for r, c, n in runs]
        tx, tw = qx + qr + 1.5, sheet["width"] - qr - 5
        cells += [Cell(tx, y + 3, tw, 5, ctx.facility.name, size=6.5, border=False),
                  Cell(tx, y + 9, tw, 6, a.number, bold=True, size=8.5, border=False),
                  Cell(tx, y + 16, tw, 9, a.name, size=7.5, border=False),
                  Cell(tx, y + 25, tw, 5, a.acquired_on.isoformat(), size=6.5, border=False)]
    return pages


def save_labels(ctx, asset_ids: list[str] | None, path: str | Path, skip: int = 0) -> int:
    """Labels for the given assets (None: every one in use) on A4 label sheets; returns the labels written."""
    from heemang_desktop.render.form import form_to_pdf

    path = Path(path)
    if path.suffix.lower() != ".pdf":
        raise ValidationError("라벨은 .pdf 파일로 저장합니다.")
    every = list_assets(ctx, AssetQuery(state="사용" if asset_ids is None else ""))
    chosen = every if asset_ids is None else [a for a in every if a.id in set(asset_ids)]
    if not chosen:
        raise ValidationError("라벨을 만들 자산을 고르세요.")
    form_to_pdf(label_pages(ctx, chosen, skip), path, title="재산·비품 라벨")
    return len(chosen)


def register_title(category: str) -> str:
    """재산 -> 재산대장, 비품 -> 비품관리대장."""
    return rules()["categories"][category]["register"]
