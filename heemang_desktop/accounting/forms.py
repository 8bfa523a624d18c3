"""The printed 결의서 and 품의서: the standard form with the approval boxes (담당 → 사무국장 → 시설장)."""

from __future__ import annotations

from html import escape

from heemang_desktop.accounting.requisitions import RequisitionView
from heemang_desktop.accounting.resolutions import ResolutionView, options

_TABLE = '<table width="100%" border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">'


def _approval_boxes() -> str:
    steps = options()["approval_line"]
    heads = "".join(f'<td align=center width="80" style="background:#f2f2f2">{escape(s)}</td>' for s in steps)
    boxes = "".join("<td><br><br><br></td>" for _ in steps)  # QTextDocument ignores cell heights
    return (
        '<table align=right border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
        f'<tr><td rowspan="2" width="24" align=center style="background:#f2f2f2">결<br>재</td>{heads}</tr>'
        f"<tr>{boxes}</tr></table>"
    )


def _field_rows(pairs: list[tuple[str, str]]) -> str:
    cells = []
    for i in range(0, len(pairs), 2):
        row = "".join(
            f'<td width="15%" style="background:#f2f2f2">{escape(k)}</td><td width="35%">{escape(v)}</td>'
            for k, v in pairs[i:i + 2]
        )
        cells.append(f"<tr>{row}</tr>")
    return "".join(cells)


def _lines_table(lines, total: int) -> str:
    rows = "".join(
        f"<tr><td align=center>{i}</td><td>{escape(ln.account_code)}</td><td>{escape(ln.account_name)}</td>"
        f"<td align=right>{ln.amount:,}</td><td>{escape(ln.note)}</td></tr>"
        for i, ln in enumerate(lines, start=1)
    )
    return (
        f'{_TABLE}<tr style="background:#dde6f2"><th width="6%">No</th><th width="14%">과목코드</th><th>예산과목</th>'
        f'<th width="18%">금액(원)</th><th width="28%">비고</th></tr>{rows}'
        f'<tr style="font-weight:bold"><td colspan="3" align=center>합 계</td>'
        f'<td align=right>{total:,}</td><td></td></tr>'
        "</table>"
    )


def resolution_html(view: ResolutionView, facility_name: str) -> str:
    title = f"{view.kind} 결의서"
    cancelled = ('<p align=center style="color:#b00020; font-size:14pt"><b>[취 소]</b></p>'
                 if view.state == "cancelled" else "")
    fields = [
        ("결의번호", view.number), ("결의일자", view.resolution_date.isoformat()),
        ("출납일자", view.cash_date.isoformat() if view.cash_date else ""), ("재원", view.funding_source),
        ("사업명", view.business_name), ("결제방법", view.payment_method),
        ("거래처", view.vendor), ("거래처계좌", view.vendor_account_masked),
    ]
    attachments = ", ".join(view.attachments) or "없음"
    return (
        f"<p>{escape(facility_name)}</p>{_approval_boxes()}"
        f'<h1 align=center style="letter-spacing:8px">{escape(title)}</h1>{cancelled}<br>'
        f'<p><b>금 {view.total:,}원정</b></p>'
        f"{_TABLE}{_field_rows(fields)}"
        f'<tr><td style="background:#f2f2f2">적요</td><td colspan="3">{escape(view.summary)}</td></tr></table><br>'
        f"{_lines_table(view.lines, view.total)}<br>"
        f"<p>증빙·첨부: {escape(attachments)}</p>"
        f"<p align=center>위 금액을 {'수입' if view.kind == '수입' else '지출'}하고자 합니다.</p>"
    )


def requisition_html(view: RequisitionView, facility_name: str) -> str:
    fields = [("품의번호", view.number), ("품의일자", view.requisition_date.isoformat()),
              ("사업명", view.business_name), ("상태", view.state_label)]
    return (
        f"<p>{escape(facility_name)}</p>{_approval_boxes()}"
        '<h1 align=center style="letter-spacing:8px">품 의 서</h1><br>'
        f'<p><b>금 {view.total:,}원정</b></p>'
        f"{_TABLE}{_field_rows(fields)}"
        f'<tr><td style="background:#f2f2f2">목적·내용</td><td colspan="3">{escape(view.purpose)}</td></tr></table><br>'
        f"{_lines_table(view.lines, view.total)}<br>"
        "<p align=center>위와 같이 품의하오니 재가하여 주시기 바랍니다.</p>"
    )
