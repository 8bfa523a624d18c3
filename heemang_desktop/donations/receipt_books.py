"""The year's receipts as workbooks: 기부금영수증 발급대장 (every receipt, voided ones with their reason) and
기부금영수증 발급명세 (the issued receipts by code and 구분, with totals). Numbers are shown masked.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from heemang_desktop.donations.receipt_models import ISSUED, Receipt
from heemang_desktop.donations.receipts import code_label, list_receipts

BOOK_HEADERS = ["일련번호", "발급일", "구분", "후원자번호", "기부자", "주민등록번호(사업자번호)", "기부 기간", "금액",
                "상태", "취소일", "취소 사유", "재발급한 영수증", "다시 발급된 번호"]
STATEMENT_HEADERS = ["일련번호", "발급일", "기부자", "주민등록번호(사업자번호)", "코드", "기부금 종류", "구분",
                     "건수", "금액"]
_FORMULA_START = ("=", "+", "-", "@")


def _safe(text: str) -> str:
    """A name typed as `=...` stays text in Excel."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_receipt_book(ctx, year: int, path: Path) -> int:
    """발급대장 of `year` as .xlsx; returns the number of receipts listed."""
    from heemang_desktop.excel.writer import write_table

    rows = [[r.number, r.issued_on, r.scope, r.donor_no, _safe(r.donor_name), r.donor_number_masked,
             f"{r.period_from:%Y.%m.%d}~{r.period_to:%Y.%m.%d}", r.total, r.state, r.voided_on, _safe(r.void_reason),
             r.replaces, r.replaced_by] for r in list_receipts(ctx, year)]
    return write_table(Path(path), "발급대장", BOOK_HEADERS, rows, money_columns=("금액",),
                       title=f"{year}년 기부금영수증 발급대장 ({ctx.facility.name})",
                       widths={"일련번호": 14, "기부자": 12, "기부 기간": 24, "취소 사유": 30,
                               "주민등록번호(사업자번호)": 18})


def write_receipt_statement(ctx, year: int, path: Path) -> int:
    """발급명세 of `year`: each issued receipt by code and 구분, then the total; returns the rows written."""
    from heemang_desktop.excel.writer import write_table

    with ctx.store.session() as session:
        receipts = list(session.scalars(select(Receipt).where(
            Receipt.facility_id == ctx.facility.id, Receipt.year == year, Receipt.state == ISSUED,
            Receipt.deleted.is_(False)).order_by(Receipt.number)))
        rows, count, total = [], 0, 0
        for r in receipts:
            groups: dict[tuple[str, str], list[int]] = {}
            for ln in r.lines:
                groups.setdefault((ln.code, ln.kind), []).append(ln.amount)
            for (code, kind), amounts in sorted(groups.items()):
                rows.append([r.number, r.issued_on, _safe(r.donor_name), r.donor_number_masked, code,
                             code_label(code, r.period_to), kind, len(amounts), sum(amounts)])
                count, total = count + len(amounts), total + sum(amounts)
    rows.append(["합계", None, f"{len(receipts):,}장", "", "", "", "", count, total])
    return write_table(Path(path), "발급명세", STATEMENT_HEADERS, rows, money_columns=("금액",),
                       title=f"{year}년 기부금영수증 발급명세 ({ctx.facility.name})",
                       widths={"일련번호": 14, "기부자": 12, "기부금 종류": 24, "주민등록번호(사업자번호)": 18})
