"""Budget-account lines shared by requisitions and resolutions: input, checks, view."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from heemang_desktop.accounting.chart import Chart
from heemang_desktop.store.errors import ValidationError


@dataclass(frozen=True)
class LineInput:
    account_code: str
    amount: int
    note: str = ""


@dataclass(frozen=True)
class LineView:
    account_code: str
    account_name: str
    amount: int
    note: str


def normalize_key(text: str) -> str:
    """Business names as searched: width-folded, case-folded, without spaces."""
    return "".join(unicodedata.normalize("NFKC", text or "").casefold().split())


def check_lines(chart: Chart, side: str, lines) -> dict[str, int]:
    """Validate the lines; returns the amount per account (an account may appear on several lines)."""
    if not lines:
        raise ValidationError("예산과목 줄을 하나 이상 입력하세요.", "lines")
    per_account: dict[str, int] = defaultdict(int)
    for i, line in enumerate(lines, start=1):
        try:
            chart.leaf(side, (line.account_code or "").strip())
        except ValidationError as exc:
            raise ValidationError(f"{i}번째 줄: {exc}", "lines") from exc
        amount = line.amount
        if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
            raise ValidationError(f"{i}번째 줄: 금액은 1원 이상의 정수(원)여야 합니다: {amount}", "lines")
        per_account[line.account_code.strip()] += amount
    return dict(per_account)


def line_views(chart: Chart, side: str, rows) -> tuple[LineView, ...]:
    out = []
    for r in rows:
        account = chart.get(side, r.account_code)
        out.append(LineView(r.account_code, account.name if account else "", r.amount, r.note))
    return tuple(out)
