"""A hand-worked fiscal year for the 결산 and year-close tests (figures summed by hand in the comments).

세입 예산: 313 시군구보조금 35,000,000 · 1011 본인부담금수입 6,000,000 (합계 41,000,000)
세출 예산: 111 급여 30,000,000 · 116 사회보험부담비용 3,000,000 · 132 수용비 및 수수료 2,000,000 ·
          321 프로그램사업비 5,000,000 · 711 예비비 1,000,000 (합계 41,000,000)
전용: 711 예비비 → 132 수용비 300,000 (11-05, 이사회 의결)
세입 결의: 313 20,000,000 + 15,000,000 = 35,000,000 · 1011 5,500,000 → 세입 결산 40,500,000
세출 결의: 111 12,000,000 × 2 = 24,000,000 · 116 2,400,000 · 132 1,200,000 + 1,100,000 = 2,300,000 ·
          321 3,000,000 (여름 나들이) + 1,500,000 (생신잔치) = 4,500,000 → 세출 결산 33,200,000
          (a cancelled 132 50,000 counts nowhere)
이월금 = 40,500,000 − 33,200,000 = 7,300,000
"""

from __future__ import annotations

from datetime import date

from acc_helpers import expense, income

from heemang_desktop.accounting.budget import set_budget
from heemang_desktop.accounting.periods import close_month
from heemang_desktop.accounting.resolutions import cancel_resolution
from heemang_desktop.accounting.transfers import TransferInput, save_transfer

INCOME_TOTAL, EXPENSE_TOTAL, SURPLUS = 40_500_000, 33_200_000, 7_300_000


def a_year(ctx, year: int = 2026, close_months: range = range(1, 13)):
    for code, amount in {"313": 35_000_000, "1011": 6_000_000}.items():
        set_budget(ctx, year, "세입", code, amount)
    for code, amount in {"111": 30_000_000, "116": 3_000_000, "132": 2_000_000, "321": 5_000_000,
                         "711": 1_000_000}.items():
        set_budget(ctx, year, "세출", code, amount)
    income(ctx, "시군구 보조금 상반기", [("313", 20_000_000)], date(year, 3, 5))
    income(ctx, "시군구 보조금 하반기", [("313", 15_000_000)], date(year, 7, 5))
    income(ctx, "본인부담금", [("1011", 5_500_000)], date(year, 4, 30))
    expense(ctx, "6월 급여", [("111", 12_000_000), ("116", 2_400_000)], date(year, 6, 25))
    expense(ctx, "12월 급여", [("111", 12_000_000)], date(year, 12, 24))
    expense(ctx, "사무용품", [("132", 1_200_000)], date(year, 5, 10))
    gone = expense(ctx, "잘못 쓴 결의", [("132", 50_000)], date(year, 5, 11))
    cancel_resolution(ctx, gone.id)
    expense(ctx, "여름 나들이", [("321", 3_000_000)], date(year, 8, 14))
    expense(ctx, "생신잔치", [("321", 1_500_000)], date(year, 10, 2))
    transfer = save_transfer(ctx, TransferInput(date(year, 11, 5), "711", "132", 300_000, "복사기 수리",
                                                "이사회 의결"))
    expense(ctx, "복사기 수리", [("132", 1_100_000)], date(year, 11, 6))
    for month in close_months:
        close_month(ctx, year, month)
    return transfer
