"""Small builders shared by the accounting tests."""

from __future__ import annotations

from datetime import date

from heemang_desktop.accounting.budget import set_budget
from heemang_desktop.accounting.lines import LineInput
from heemang_desktop.accounting.resolutions import ResolutionInput, save_resolution


def budget(ctx, amounts: dict[str, int], year: int = 2026, revision: int = 0) -> None:
    for code, amount in amounts.items():
        set_budget(ctx, year, "세출", code, amount, revision)


# What an expense must name (resolutions.missing_fields); tests about other rules pass it along.
PAID = {"funding_source": "보조금", "payment_method": "계좌이체"}


def expense(ctx, business: str, lines: list[tuple[str, int]], day: date = date(2026, 9, 2), **kw):
    kw = {**PAID, **kw}
    data = ResolutionInput(kind="지출", resolution_date=day, business_name=business,
                           lines=[LineInput(c, a, f"줄{i}") for i, (c, a) in enumerate(lines, 1)], **kw)
    return save_resolution(ctx, data)


def income(ctx, business: str, lines: list[tuple[str, int]], day: date = date(2026, 9, 1), **kw):
    data = ResolutionInput(kind="수입", resolution_date=day, business_name=business,
                           lines=[LineInput(c, a) for c, a in lines], **kw)
    return save_resolution(ctx, data)
