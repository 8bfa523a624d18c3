"""Personnel cards in bulk (인사카드 layout)."""

from datetime import date

from hr_helpers import workbook

from heemang_desktop.hr import employees as cards
from heemang_desktop.hr.employee_import import import_employees

HEADER = ("사번", "성명", "직종", "고용형태", "입사일", "주민등록번호",
          "계좌번호", "기본급", "일급", "부양가족수", "국민연금", "고용보험")


def test_cards_in_bulk_then_again_unchanged_then_an_edit(ctx, tmp_path):
    rows = [("E001", "김요양", "요양보호사", "정규", "2024.03.02",
             "900101-2345678", "301-1234-5678-11", "2,300,000", "", 3, "Y", "O"),
            ("D001", "박일용", "조리원", "일용", 45292, "", "", "", "110000원", "", "N", "X")]
    f = workbook(tmp_path / "e.xlsx", rows, header=HEADER, sheet="인사카드", title_rows=("직원 명부",))
    r = import_employees(ctx, f)
    assert r.ok and r.created == 2, r.rejected
    d1, e1 = cards.list_employees(ctx)  # by employee number
    assert (e1.base_pay, e1.dependants, e1.resident_number_masked, e1.pension) == (2_300_000, 3, "900101-2******", True)
    assert (d1.daily_wage, d1.hire_date, d1.pension, d1.employment_insurance) == (
        110_000, date(2024, 1, 1), False, False)
    again = import_employees(ctx, f)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    rows[0] = rows[0][:7] + ("2,400,000",) + rows[0][8:]
    r3 = import_employees(ctx, workbook(tmp_path / "e2.xlsx", rows, header=HEADER, sheet="인사카드"))
    assert (r3.updated, r3.unchanged) == (1, 1)
    assert cards.find_by_resident_number(ctx, "900101-2345678").base_pay == 2_400_000


def test_one_bad_row_saves_nothing(ctx, tmp_path):
    rows = [("E001", "김요양", "요양보호사", "정규", "2024-03-02", "", "", "", "", "", "", ""),
            ("E002", "이간호", "간호사", "알바", "2024-03-02", "", "", "", "", "", "", ""),
            ("E003", "최사무", "사무원", "정규", "2024-13-02", "", "", "", "", "", "", ""),
            ("E001", "중복", "사무원", "정규", "2024-03-02", "", "", "", "", "", "", "")]
    r = import_employees(ctx, workbook(tmp_path / "e.xlsx", rows, header=HEADER, sheet="인사카드"))
    assert {(e.row, e.column) for e in r.rejected} == {(3, "고용형태"), (4, "입사일"), (5, "사번")}
    assert cards.list_employees(ctx) == []
