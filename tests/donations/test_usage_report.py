"""후원금 수입 및 사용결과보고서 2026 with hand-worked figures, and 지정후원금 use against its purpose.

Gifts: September of test_income (개인: 지정 20,000 + 200,000, 비지정 30,000 + 50,000; 단체: 지정 500,000,
비지정 100,000, 현물 쌀 450,000) and an unbooked 10.5 현금 5,000 비지정 from 박후원; a 2025 gift stays out.
Expenses (재원 후원금): 아동 장학금 321 400,000 + 132 수용비 90,000 (모금·운영관리: its 15 % of 520,000 is
78,000, so 12,000 over); 겨울 난방비 317 150,000 (15 % of 200,000 = 30,000 allowed, none used); 가을 소풍 321
10,000 (no such 지정 income); 비지정: 311 생계비 60,000 + 5,000, 133 공공요금 15,000.
"""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from openpyxl import load_workbook
from test_income import HEATING, SCHOLARSHIP, gift, september  # noqa: F401 - september is a fixture

from heemang_desktop.accounting import service as accounting
from heemang_desktop.donations import service
from heemang_desktop.donations.usage_report import NO_PURPOSE_WARNING
from heemang_desktop.render.pdf import pdf_page_count

NAMES = ("김개인", "박후원", "희망상사")
OVER = ("지정후원금 520,000원의 15%인 78,000원까지만 모금 및 운영관리 비용에 쓸 수 있습니다. "
        "90,000원은 12,000원 많습니다.")


def _spend(ctx, business, source, lines, day=date(2026, 10, 10)):
    return accounting.save_resolution(ctx, accounting.ResolutionInput(
        kind="지출", resolution_date=day, business_name=business, funding_source=source, payment_method="계좌이체",
        lines=[accounting.LineInput(code, amount) for code, amount in lines]))


@pytest.fixture
def year(ctx, september):  # noqa: F811 - the fixture imported above
    gift(ctx, september["kim"], date(2025, 12, 31), "현금", 777_000)
    service.book_month(ctx, "2026-09")
    gift(ctx, september["park"], date(2026, 10, 5), "현금", 5_000)
    for code, amount in {"321": 500_000, "132": 100_000, "317": 200_000, "311": 100_000, "133": 50_000}.items():
        accounting.set_budget(ctx, 2026, "세출", code, amount)
    _spend(ctx, SCHOLARSHIP, "후원금(지정)", [("321", 400_000), ("132", 90_000)])
    _spend(ctx, " 겨울난방비", "후원금(지정)", [("317", 150_000)])  # spacing differs from the gifts' purpose
    _spend(ctx, "가을 소풍", "후원금(지정)", [("321", 10_000)])
    _spend(ctx, "생필품", "후원금(비지정)", [("311", 60_000), ("133", 15_000)])
    _spend(ctx, "생필품", "후원금(비지정)", [("311", 5_000)], day=date(2026, 11, 2))
    cancelled = _spend(ctx, "생필품", "후원금(비지정)", [("311", 9_000)])
    accounting.cancel_resolution(ctx, cancelled.id)
    _spend(ctx, "보조금 사업", "보조금", [("311", 20_000)])  # not a donation: not in the report
    return ctx


def test_designated_use_per_purpose_warns_above_the_15_percent_share(year):
    rows = [(u.purpose, u.received, u.used, u.admin, u.allowed_admin, u.balance, u.warning)
            for u in service.designated_use(year, 2026)]
    assert rows == [
        ("가을 소풍", 0, 10_000, 0, 0, -10_000, NO_PURPOSE_WARNING),
        (HEATING, 200_000, 150_000, 0, 30_000, 50_000, ""),
        (SCHOLARSHIP, 520_000, 400_000, 90_000, 78_000, 30_000, OVER),
    ]


def test_the_year_s_designated_purposes_are_offered_for_the_expense_s_business_name(year):
    assert service.designated_purposes(year, 2026) == [HEATING, SCHOLARSHIP]
    assert service.designated_purposes(year, 2025) == []


def test_report_figures_income_by_donor_type_and_use_by_purpose(year):
    report = service.usage_report(year, 2026)
    income, designated, undesignated = report.sections
    assert income.rows == [
        ["개인", "금전", "지정", 2, 220_000], ["개인", "금전", "비지정", 3, 85_000], ["개인 소계", "", "", 5, 305_000],
        ["단체", "금전", "지정", 1, 500_000], ["단체", "금전", "비지정", 1, 100_000],
        ["단체", "현물", "비지정", 1, 450_000],
        ["단체 소계", "", "", 3, 1_050_000],
        ["금전 계", "", "", 7, 905_000], ["현물 계", "", "", 1, 450_000], ["합계", "", "", 8, 1_355_000],
    ]
    assert designated.rows[-1] == ["합계", 720_000, 560_000, 90_000, 108_000, 70_000, ""]
    assert undesignated.rows == [["133 공공요금", 1, 15_000], ["311 생계비", 2, 65_000], ["합계", 3, 80_000]]
    assert "수입결의서가 아직 없는 후원금 1건 5,000원이 있습니다." in report.notes


def test_excel_has_the_figures_with_commas_and_no_donor_names(year, tmp_path):
    path = service.save_usage_report(service.usage_report(year, 2026), tmp_path / "usage.xlsx")
    ws = load_workbook(path).active
    cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
    text = " ".join(str(c.value) for c in cells)
    assert not any(name in text for name in NAMES)
    total = next(r for r in ws.iter_rows() if r[0].value == "합계" and r[4].value == 1_355_000)
    assert total[4].number_format == "#,##0"
    assert OVER in text and "2026년 후원금 수입 및 사용결과보고서" in text


def test_pdf_prints_the_report_without_donor_names(year, tmp_path):
    path = service.save_usage_report(service.usage_report(year, 2026), tmp_path / "usage.pdf")
    assert pdf_page_count(path) >= 1
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout.replace("\x01", " ")  # Qt's PDF: spaces come out as U+0001
    text = " ".join(text.split())  # cells wrap their text over lines
    assert "1,355,000" in text and "12,000원 많습니다" in text
    assert not any(name in text for name in NAMES)


def test_other_suffixes_are_refused(year, tmp_path):
    with pytest.raises(Exception, match=".xlsx 또는 .pdf"):
        service.save_usage_report(service.usage_report(year, 2026), tmp_path / "usage.csv")
