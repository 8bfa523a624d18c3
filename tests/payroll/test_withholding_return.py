"""원천징수이행상황신고서 and 일용근로소득 지급명세서 from a closed month, figure by figure.

September 2026, five people (cards made through HR; the register run from these inputs):
  W001 가정규  3,000,000, 공제대상가족 1 → 간이세액표 3,000,000 행 1명 74,350; 지방 7,430
  W002 나운전  2,000,000 + 자가운전보조금 200,000 (비과세, 미제출), 가족 2 → 2,000,000 행 2명 14,750; 지방 1,470
  W003 다퇴사  2,000,000, 가족 1, left 2026-09-15 → 2,000,000 행 1명 19,520; 지방 1,950
               (August too: 2,000,000, same tax; closed)
  D001 라일용  200,000 × 6일: a day (200,000 − 150,000) × 6% = 3,000, less 55% = 1,350 → 8,100; 지방 810
  D002 마일용  160,000 × 5일: a day 10,000 × 6% = 600, less 55% = 270 < 1,000 → 0
Rows:
  A01 인원 3, 총지급액 3,000,000 + 2,000,000 (자가운전보조금 left out) + 2,000,000 = 7,000,000,
      소득세 74,350 + 14,750 + 19,520 = 108,620, 지방 7,430 + 1,470 + 1,950 = 10,850
  A02 인원 1, 총지급액 August 2,000,000 + September 2,000,000 = 4,000,000, 소득세 0 (not computed)
  A03 인원 2, 총지급액 1,200,000 + 800,000 = 2,000,000, 소득세 8,100, 지방 810
  A10 인원 6, 총지급액 13,000,000, 소득세 116,720, 납부세액 116,720; A99 the same
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from openpyxl import load_workbook

from heemang_desktop.audit import service as audit
from heemang_desktop.payroll import service
from heemang_desktop.payroll.compute import PayrollInput
from heemang_desktop.store.errors import ValidationError

MONTH = "2026-09"
ORDER = ["A01", "A02", "A03", "A04", "A05", "A06", "A10", "A20", "A25", "A26", "A30", "A40", "A47", "A50", "A60",
         "A69", "A70", "A80", "A90", "A99"]


def _hire(ctx) -> dict[str, str]:
    from heemang_desktop.hr.employees import EmployeeInput, create_employee, retire_employee

    ids = {}
    for no, name, kind, rrn in (("W001", "가정규", "정규", None), ("W002", "나운전", "정규", None),
                                ("W003", "다퇴사", "정규", None), ("D001", "라일용", "일용", "850315-1234567"),
                                ("D002", "마일용", "일용", "900101-2234567")):
        card = create_employee(ctx, EmployeeInput(
            employee_no=no, name=name, job_type="요양보호사", employment_type=kind, hire_date=date(2025, 1, 2),
            resident_number=rrn, daily_wage=100_000 if kind == "일용" else 0))
        ids[no] = card.id
    retire_employee(ctx, ids["W003"], date(2026, 9, 15))
    return ids


def _inputs(ids, month: str) -> list[PayrollInput]:
    leaver = PayrollInput(ids["W003"], "W003", "다퇴사", base_pay=2_000_000, dependants=1)
    if month != MONTH:
        return [leaver]
    return [
        PayrollInput(ids["W001"], "W001", "가정규", base_pay=3_000_000, dependants=1),
        PayrollInput(ids["W002"], "W002", "나운전", base_pay=2_000_000, dependants=2, standing={"car": 200_000}),
        leaver,
        PayrollInput(ids["D001"], "D001", "라일용", employment_type="일용", daily_wage=200_000, work_days=6),
        PayrollInput(ids["D002"], "D002", "마일용", employment_type="일용", daily_wage=160_000, work_days=5),
    ]


@pytest.fixture
def closed(ctx):
    ids = _hire(ctx)
    service.save_facts(ctx, MONTH, "under_150", "0.66")
    for month in ("2026-08", MONTH):
        service.run_month(ctx, month, _inputs(ids, month))
        service.close_month(ctx, month)
    return ctx


def _figures(row):
    return row.people, row.paid, row.income_tax, row.local_tax


def test_each_row_equals_the_register_worked_by_hand(closed):
    ret = service.build_return(closed, MONTH)
    assert [r.code for r in ret.rows] == ORDER
    assert _figures(ret.row("A01")) == (3, 7_000_000, 108_620, 10_850)
    assert _figures(ret.row("A02")) == (1, 4_000_000, 0, 0)
    assert "직접 입력" in ret.row("A02").note
    assert _figures(ret.row("A03")) == (2, 2_000_000, 8_100, 810)
    assert _figures(ret.row("A04")) == (0, 0, 0, 0) and ret.row("A04").note == ""  # not February
    for code in ("A10", "A99"):
        row = ret.row(code)
        assert _figures(row) == (6, 13_000_000, 116_720, 11_660)
        assert (row.payable_income_tax, row.rural_tax, row.penalty, row.adjusted_refund) == (116_720, 0, 0, 0)
    assert ret.row("A01").payable_income_tax == 0  # 납부세액 only on 가감계 rows, as on the form
    assert all(_figures(ret.row(c)) == (0, 0, 0, 0) for c in ("A20", "A25", "A30", "A40"))
    people = {(p.employee_no, p.code): (p.paid, p.income_tax, p.local_tax) for p in ret.people}
    assert people[("W002", "A01")] == (2_000_000, 14_750, 1_470)
    assert people[("W003", "A02")] == (4_000_000, 0, 0)
    assert people[("D002", "A03")] == (800_000, 0, 0)
    assert "자가운전보조금 200,000원 제외" in next(p.note for p in ret.people if p.employee_no == "W002")


def test_an_open_month_is_refused(ctx, tmp_path):
    ids = _hire(ctx)
    service.run_month(ctx, MONTH, _inputs(ids, MONTH))
    with pytest.raises(ValidationError, match="마감되지 않았습니다"):
        service.export_withholding_return(ctx, MONTH, tmp_path / "r.xlsx")
    with pytest.raises(ValidationError, match="마감되지 않았습니다"):
        service.export_day_laborer_statement(ctx, MONTH, tmp_path / "d.xlsx")
    assert not (tmp_path / "r.xlsx").exists() and not (tmp_path / "d.xlsx").exists()


def test_february_notes_the_year_end_row(ctx):
    ids = _hire(ctx)
    service.save_facts(ctx, "2026-02", "under_150", "0.66")
    service.run_month(ctx, "2026-02", _inputs(ids, MONTH)[:1])
    service.close_month(ctx, "2026-02")
    ret = service.build_return(ctx, "2026-02")
    assert "연말정산" in ret.row("A04").note and ret.row("A04").income_tax == 0
    assert _figures(ret.row("A02")) == (0, 0, 0, 0) and ret.row("A02").note == ""


def test_the_workbook_keeps_the_forms_order_and_headers(closed, tmp_path):
    path = tmp_path / "원천징수.xlsx"
    service.export_withholding_return(closed, MONTH, path)
    wb = load_workbook(path)
    ws = wb["원천징수이행상황신고서"]
    grid = [[c.value for c in row] for row in ws.iter_rows()]
    header = next(i for i, r in enumerate(grid) if r[3] == "④인원")
    assert grid[header][3:11] == ["④인원", "⑤총지급액", "⑥소득세 등", "⑦농어촌특별세", "⑧가산세", None,
                                  "⑩소득세 등(가산세 포함)", "⑪농어촌특별세"]
    # merged over two rows: a column's own header; over two or three columns: the form's group
    assert grid[header - 1] == ["소득구분", "구분", "코드", "소득지급", None, "징수세액", None, None,
                                "⑨당월조정환급세액", "납부세액", None, "지방소득세(참고)", "비고"]
    body = grid[header + 1: header + 1 + len(ORDER)]
    assert [r[2] for r in body] == ORDER
    a01, a10 = body[0], body[ORDER.index("A10")]
    assert a01[3:6] == [3, 7_000_000, 108_620] and a01[11] == 10_850
    assert a10[3:6] == [6, 13_000_000, 116_720] and a10[9] == 116_720
    assert ws.cell(header + 2, 5).number_format == "#,##0"
    assert any("위택스" in str(r[0]) for r in grid[header + len(ORDER):])
    people = [[c.value for c in row] for row in wb["명세"].iter_rows()]
    assert people[0] == ["사번", "성명", "코드", "지급액", "소득세", "지방소득세", "비고"]
    assert ["W003", "다퇴사", "A02", 4_000_000, 0, 0] == people[[r[2] for r in people].index("A02")][:6]
    text = json.dumps(people, ensure_ascii=False)
    assert "850315" not in text and "1234567" not in text  # never a resident number on the return


def test_the_day_laborer_statement_has_full_numbers_and_is_recorded(closed, tmp_path):
    path = tmp_path / "일용.xlsx"
    assert service.export_day_laborer_statement(closed, MONTH, path) == 2
    rows = [[c.value for c in row] for row in load_workbook(path).active.iter_rows()]
    assert rows[1] == ["성명", "주민등록번호", "근무월", "근무일수", "과세소득", "비과세", "소득세", "지방소득세",
                       "비고"]
    assert rows[2][:8] == ["라일용", "850315-1234567", MONTH, 6, 1_200_000, 0, 8_100, 810]
    assert rows[3][:8] == ["마일용", "900101-2234567", MONTH, 5, 800_000, 0, 0, 0]
    assert rows[4][:8] == ["합계", "2명", None, 11, 2_000_000, 0, 8_100, 810]
    records = audit.list_access(closed, kind=audit.EXPORT)
    assert len(records) == 1 and "일용근로소득 지급명세서" in records[0].detail
    assert "850315" not in records[0].detail
    reveals = audit.list_access(closed, kind=audit.REVEAL_RESIDENT_NUMBER)
    assert len(reveals) == 2 and {r.reason for r in reveals} == {f"{MONTH} 일용근로소득 지급명세서 작성"}


def test_before_monthly_filing_a_month_gives_its_quarter(closed):
    from heemang_desktop.payroll.day_laborer_statement import period

    assert period("2021-05") == ("2021-04", "2021-05", "2021-06")
    assert period("2021-07") == ("2021-07",)


def test_a_role_without_hr_cannot_save_resident_numbers(closed, tmp_path):
    from heemang_desktop.context import Actor
    from heemang_desktop.store.errors import PermissionDenied

    closed.actor = Actor("acc", "최회계", "accountant")
    with pytest.raises(PermissionDenied, match="권한"):
        service.export_day_laborer_statement(closed, MONTH, tmp_path / "d.xlsx")
    assert not (tmp_path / "d.xlsx").exists()
    closed.actor = Actor("admin", "김관리", "admin")
    assert audit.list_access(closed) == []  # nothing revealed, nothing exported


def test_which_non_taxable_pay_counts_in_the_total_is_the_data_rule(ctx, monkeypatch):
    """2,500,000 + 자가운전보조금 200,000 + 보육수당 200,000 (one child under 6) + 식대 100,000 = 3,000,000:
    자가운전보조금 is 미제출비과세 (left out), 식대 and 보육수당 are 제출비과세 (counted) → 2,800,000."""
    from heemang_desktop.payroll import withholding_return

    ids = _hire(ctx)
    service.save_facts(ctx, MONTH, "under_150", "0.66")
    service.run_month(ctx, MONTH, [PayrollInput(
        ids["W001"], "W001", "가정규", base_pay=2_500_000, children_under_6=1,
        standing={"car": 200_000, "childcare": 200_000, "meal": 100_000})])
    service.close_month(ctx, MONTH)
    ret = service.build_return(ctx, MONTH)
    assert (ret.row("A01").people, ret.row("A01").paid) == (1, 2_800_000)
    assert ret.people[0].note == "미제출비과세 자가운전보조금 200,000원 제외"

    data = json.loads(json.dumps(withholding_return.rules()))
    data["nontax"]["kinds"]["meal"]["submitted"] = False  # a correction from the field: 식대 left out after all
    monkeypatch.setattr(withholding_return, "rules", lambda: data)
    assert service.build_return(ctx, MONTH).row("A01").paid == 2_700_000


def test_non_taxable_pay_of_unknown_kind_is_counted_and_said(ctx, tmp_path):
    """An uploaded register states only its 비과세 total (150,000 of 2,000,000): counted, and named on the row."""
    ids = _hire(ctx)
    service.save_facts(ctx, MONTH, "under_150", "0.66")
    service.run_month(ctx, MONTH, [
        PayrollInput(ids["W001"], "W001", "가정규", base_pay=2_000_000, declared_nontax=150_000),
        PayrollInput(ids["D001"], "D001", "라일용", employment_type="일용", daily_wage=200_000, work_days=0)])
    service.close_month(ctx, MONTH)
    ret = service.build_return(ctx, MONTH)
    assert ret.row("A01").paid == 2_000_000
    assert ret.people[0].note == "내역을 모르는 비과세 150,000원 포함"
    assert _figures(ret.row("A03")) == (0, 0, 0, 0) and len(ret.people) == 1  # no days, no pay: not counted
    assert service.export_day_laborer_statement(ctx, MONTH, tmp_path / "d.xlsx") == 0
    assert audit.list_access(ctx, kind=audit.REVEAL_RESIDENT_NUMBER) == []  # nobody's number was opened
