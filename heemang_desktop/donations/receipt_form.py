"""The 기부금영수증 as form cells (Qt-free), on the fields of 소득세법 시행규칙 별지 제45호의2: 일련번호,
기부자, 기부금 단체, 기부내용 (코드, 구분, 연월일, 내용, 금액), the donor's request and the issuer's
certification. render/form.py paints the cells onto PDF pages.

The donor's full resident (or business) number is printed: the donor claims the deduction with this
paper, and the form asks for it. Screens and the books show it masked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from heemang_desktop.render.form import Cell

LEFT, WIDTH = 15.0, 180.0
ROW = 7.0
HEAD = "#eeeeee"
# No bold anywhere: a second (bold) face is a second font subset in every PDF, ~15 % of its render time.
FIRST_PAGE_LINES, NEXT_PAGE_LINES = 18, 30
# 코드, 구분, 연월일, 내용, 금액 column widths (mm), summing to WIDTH
COLUMNS = (16.0, 16.0, 26.0, 86.0, 36.0)


@dataclass(frozen=True)
class Issuer:
    """The facility as the form prints it (기부금 단체)."""

    name: str
    registration_number: str  # 사업자등록번호 or 고유번호, as written
    address: str
    legal_basis: str = ""  # 기부금공제대상 기부금단체 근거법령


@dataclass(frozen=True)
class FormLine:
    code: str
    kind: str
    gift_date: date
    description: str
    amount: int


@dataclass(frozen=True)
class FormData:
    number: str
    issued_on: date
    donor_name: str
    donor_number: str  # full, or masked when the sealed number cannot be read on this PC
    donor_address: str
    lines: tuple[FormLine, ...]
    total: int
    voided: str = ""  # the void's reason, printed across the copy


def _pair_rows(y: float, rows: list[tuple[str, str, str, str]]) -> tuple[list[Cell], float]:
    """Rows of label | value | label | value; a row with no second label spans the value."""
    cells = []
    for label1, value1, label2, value2 in rows:
        h = ROW + 3 if (len(value1) > 24 or "\n" in label2) else ROW
        cells.append(Cell(LEFT, y, 30, h, label1, "center", fill=HEAD, size=9))
        if label2:
            cells += [Cell(LEFT + 30, y, 62, h, value1),
                      Cell(LEFT + 92, y, 34, h, label2, "center", fill=HEAD, size=8.5),
                      Cell(LEFT + 126, y, 54, h, value2)]
        else:
            cells.append(Cell(LEFT + 30, y, WIDTH - 30, h, value1))
        y += h
    return cells, y


def _title(number: str, page: int, pages: int) -> list[Cell]:
    suffix = f" ({page}/{pages})" if pages > 1 else ""
    return [Cell(LEFT, 10, WIDTH, 5, "■ 소득세법 시행규칙 [별지 제45호의2서식]", border=False, size=8, color="#444444"),
            Cell(LEFT, 16, 50, 14, f"일련번호\n{number}", size=9),
            Cell(LEFT + 50, 16, WIDTH - 50, 14, "기 부 금 영 수 증" + suffix, "center", size=19)]


def _lines_head(y: float) -> list[Cell]:
    cells, x = [], LEFT
    for label, w in zip(("코드", "구분", "연월일", "내용 (품명, 수량, 단가)", "금액(원)"), COLUMNS, strict=True):
        cells.append(Cell(x, y, w, ROW, label, "center", fill=HEAD, size=9))
        x += w
    return cells


def _line(y: float, ln: FormLine) -> list[Cell]:
    values = (ln.code, ln.kind, f"{ln.gift_date:%Y.%m.%d}", ln.description, f"{ln.amount:,}")
    aligns = ("center", "center", "center", "left", "right")
    cells, x = [], LEFT
    for value, w, align in zip(values, COLUMNS, aligns, strict=True):
        cells.append(Cell(x, y, w, ROW, value, align, size=9))
        x += w
    return cells


def _closing(y: float, issuer: Issuer, f: FormData) -> list[Cell]:
    day = f"{f.issued_on.year}년 {f.issued_on.month}월 {f.issued_on.day}일"
    return [
        Cell(LEFT, y + 3, WIDTH, 11, "「소득세법」 제34조, 「조세특례제한법」 제76조·제88조의4 및 「법인세법」 "
             "제24조에 따른 기부금을 위와 같이 기부하였음을 증명하여 주시기 바랍니다.", border=False),
        Cell(LEFT, y + 14, WIDTH, 7, f"{day}    신청인  {f.donor_name}  (서명 또는 인)", "right", border=False),
        Cell(LEFT, y + 24, WIDTH, 7, "위와 같이 기부금을 기부받았음을 증명합니다.", border=False),
        Cell(LEFT, y + 31, WIDTH, 7, f"{day}    기부금 수령인  {issuer.name}  (서명 또는 인)", "right", border=False),
        Cell(LEFT, y + 42, WIDTH, 10, "코드: 10 특례(법정)기부금, 40 일반(지정)기부금(종교단체 외), 41 일반(지정)기부금"
             "(종교단체). 구분: 금전 또는 현물. 현물은 품명, 수량, 단가를 적습니다.", border=False, size=8,
             color="#444444"),
    ]


def receipt_pages(issuer: Issuer, f: FormData) -> list[list[Cell]]:
    """The receipt's pages: the first with both parties and up to 18 gifts, then 30 gifts a page."""
    chunks = [list(f.lines[:FIRST_PAGE_LINES])]
    rest = list(f.lines[FIRST_PAGE_LINES:])
    while rest:
        chunks.append(rest[:NEXT_PAGE_LINES])
        rest = rest[NEXT_PAGE_LINES:]
    pages = []
    for index, chunk in enumerate(chunks):
        cells = _title(f.number, index + 1, len(chunks))
        y = 33.0
        if f.voided:
            cells.append(Cell(LEFT, y, WIDTH, 8, f"취소된 영수증입니다 — 사유: {f.voided}", "center",
                              size=11, border=False, color="#b00020"))
            y += 9
        if index == 0:
            cells.append(Cell(LEFT, y, WIDTH, 6, "1. 기부자", border=False, size=10.5))
            more, y = _pair_rows(y + 6, [
                ("성명(법인명)", f.donor_name, "주민등록번호\n(사업자등록번호)", f.donor_number),
                ("주소(소재지)", f.donor_address, "", "")])
            cells += more
            cells.append(Cell(LEFT, y + 2, WIDTH, 6, "2. 기부금 단체", border=False, size=10.5))
            more, y = _pair_rows(y + 8, [
                ("단체명", issuer.name, "사업자등록번호\n(고유번호)", issuer.registration_number),
                ("소재지", issuer.address, "기부금공제대상\n단체 근거법령", issuer.legal_basis)])
            cells += more
            cells.append(Cell(LEFT, y + 2, WIDTH, 6, "3. 기부내용", border=False, size=10.5))
            y += 8
        cells += _lines_head(y)
        y += ROW
        for ln in chunk:
            cells += _line(y, ln)
            y += ROW
        if index == len(chunks) - 1:
            cells.append(Cell(LEFT, y, sum(COLUMNS[:4]), ROW, "합계", "center", fill=HEAD, size=10.5))
            cells.append(Cell(LEFT + sum(COLUMNS[:4]), y, COLUMNS[4], ROW, f"{f.total:,}", "right", size=10.5))
            cells += _closing(y + ROW, issuer, f)
        else:
            cells.append(Cell(LEFT, y + 2, WIDTH, 6, "다음 쪽에 이어집니다.", "right", border=False, size=8))
        pages.append(cells)
    return pages
