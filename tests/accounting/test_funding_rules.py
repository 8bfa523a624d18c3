"""비지정후원금 may not pay 업무추진비, 법인 전출금, 상환금, 잡지출 or 예비비 (rules as data)."""

from __future__ import annotations

from datetime import date

import pytest
from acc_helpers import budget, expense
from openpyxl import Workbook

from heemang_desktop.accounting.excel import import_resolutions
from heemang_desktop.accounting.lines import LineInput
from heemang_desktop.accounting.resolutions import ResolutionInput, save_resolution
from heemang_desktop.store.errors import ValidationError

UNDESIGNATED = "후원금(비지정)"


@pytest.fixture
def funded(ctx):
    budget(ctx, {c: 1_000_000 for c in ("121", "122", "123", "131", "511", "512", "611", "711", "712", "811", "321")})
    return ctx


@pytest.mark.parametrize("code, why", [
    ("121", "121 기관운영비(업무추진비)"), ("122", "122 직책보조비(업무추진비)"), ("123", "123 회의비(업무추진비)"),
    ("811", "811 법인전출금(법인 전출금)"), ("511", "511 원금상환금(상환금)"), ("512", "512 이자지불금(상환금)"),
    ("611", "611 잡지출(잡지출)"), ("711", "711 예비비(예비비)"),
])
def test_undesignated_donations_refused_for_restricted_accounts(funded, code, why):
    with pytest.raises(ValidationError) as err:
        expense(funded, "간담회", [("321", 10_000), (code, 20_000)], funding_source=UNDESIGNATED)
    assert str(err.value) == (f"2번째 줄: 비지정후원금(으)로는 {why}에 지출할 수 없습니다. "
                              "재원이나 예산과목을 바꾸세요.")
    assert err.value.field == "funding_source"


def test_other_sources_and_other_accounts_are_fine(funded):
    assert expense(funded, "프로그램", [("321", 10_000), ("712", 5_000)], funding_source=UNDESIGNATED).total == 15_000
    assert expense(funded, "간담회", [("123", 20_000)], funding_source="후원금(지정)").total == 20_000
    assert expense(funded, "간담회", [("123", 20_000)], funding_source="보조금").total == 20_000


def test_a_facility_detail_under_a_restricted_account_is_restricted_too(funded):
    from heemang_desktop.accounting.chart import add_detail_account

    add_detail_account(funded, "세출", "121", "기관 행사비", 2026)
    budget(funded, {"121-01": 100_000})
    with pytest.raises(ValidationError, match="121-01 기관 행사비\\(업무추진비\\)"):
        expense(funded, "행사", [("121-01", 1_000)], funding_source=UNDESIGNATED)


def test_editing_into_the_undesignated_source_is_refused(funded):
    v = expense(funded, "간담회", [("123", 20_000)], funding_source="보조금")
    with pytest.raises(ValidationError, match="비지정후원금"):
        save_resolution(funded, ResolutionInput("지출", date(2026, 9, 2), "간담회", [LineInput("123", 20_000)],
                                                funding_source=UNDESIGNATED, payment_method="계좌이체"), v.id)


def test_import_rejects_the_row_naming_the_account(funded, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "결의서"
    ws.append(["결의키", "구분", "결의일자", "사업명", "예산과목", "금액", "재원", "결제방법"])
    ws.append(["A", "지출", "2026-09-02", "프로그램", "321", "10,000", UNDESIGNATED, "계좌이체"])
    ws.append(["B", "지출", "2026-09-03", "이사회", "회의비", "30,000", UNDESIGNATED, "계좌이체"])
    wb.save(tmp_path / "r.xlsx")
    report = import_resolutions(funded, tmp_path / "r.xlsx")
    assert not report.saved
    assert len(report.rejected) == 1 and report.rejected[0].row == 3
    assert "123 회의비(업무추진비)에 지출할 수 없습니다" in report.rejected[0].reason
