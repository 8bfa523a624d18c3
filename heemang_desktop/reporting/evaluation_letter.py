"""The 공문 draft for a score objection when the system route is closed (the notice: visits on
8.25–9.6 of 2022 object by official letter). The text is a draft the user edits on screen; the PDF is
made from the text as edited. The addressee is not in the notice, so the draft leaves it to fill in."""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

from heemang_desktop.reporting.evaluation import EvaluationRow, get_evaluation

ADDRESSEE = "수신  (평가 주관 기관을 적으세요)"


def _day(d: date) -> str:
    return f"{d.year}. {d.month}. {d.day}."


def letter_text(ctx, evaluation_id: str) -> str:
    """The draft: the facility's details, the visit, the deadline, why by letter, the items objected to."""
    return draft(get_evaluation(ctx, evaluation_id), ctx.facility)


def draft(e: EvaluationRow, facility) -> str:
    r = e.route
    items = [line.strip().lstrip("-·•").strip() for line in e.items.splitlines() if line.strip()]
    listed = ("\n".join(f"     {i}) {item}" for i, item in enumerate(items, 1))
              or "     1) (이의신청할 지표와 사유를 적으세요)")
    why = (f"3. 이의신청 기간이 「{r.outage.title}」({r.outage.label})과 겹쳐 시스템으로 이의신청할 수 없으므로 "
           "공문으로 신청합니다."
           if r.outage else "3. 시스템 대신 공문으로 이의신청합니다.")
    if r.outage and r.outage.source:
        why += f"\n   (근거: {r.outage.source})"
    return "\n".join([
        facility.name,
        "",
        ADDRESSEE,
        f"제목  {e.cycle} 현장평가 점수 이의신청",
        "",
        "1. 귀 기관의 무궁한 발전을 기원합니다.",
        f"2. 우리 시설은 {_day(e.visit)} 실시한 {e.cycle} 현장평가 결과에 대하여 다음과 같이 이의를 신청합니다.",
        why,
        "",
        f"  가. 시설명: {facility.name} (시설기호 {facility.code}, {facility.type})",
        f"  나. 현장평가일: {_day(e.visit)}",
        f"  다. 이의신청 기한: {_day(r.deadline)} (현장평가일로부터 {(r.deadline - e.visit).days}일 이내)",
        "  라. 이의신청 항목",
        listed,
        "",
        "붙임  이의신청 근거 자료 1부.  끝.",
        "",
        f"{facility.name}장",
    ])


def letter_html(text: str) -> str:
    """The edited text as the page prints it: line for line, indents kept, the first line as the heading."""
    lines = text.splitlines() or [""]
    head, body = lines[0], lines[1:]

    def line(s: str) -> str:  # indents and double spaces as typed (HTML would fold them into one)
        return re.sub(r"^ +| {2,}", lambda m: "&nbsp;" * len(m.group()), html.escape(s)) if s.strip() else "&nbsp;"

    last = len(body) - 1
    signer = " text-align:center; font-size:15pt; font-weight:bold;"  # the closing line: who sends it
    rows = "".join(f"<p style='margin:0 0 4px 0;{signer if i == last and s.strip() else ''}'>{line(s)}</p>"
                   for i, s in enumerate(body))
    return (f"<h2 style='text-align:center; font-size:20pt;'>{html.escape(head)}</h2>"
            f"<hr/><div style='font-size:11pt; line-height:160%;'>{rows}</div>")


def save_letter_pdf(text: str, path: Path, render=None) -> Path:
    """The letter as the user edited it, as a PDF; `render` defaults to render/pdf.html_to_pdf."""
    if not text.strip():
        from heemang_desktop.store.errors import ValidationError

        raise ValidationError("공문 내용이 비어 있습니다.", "letter")
    if render is None:
        from heemang_desktop.render.pdf import html_to_pdf as render
    render(letter_html(text), Path(path), title="평가 이의신청 공문")
    return Path(path)
