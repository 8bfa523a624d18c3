"""Exports in the upload layouts: a list saved here uploads again unchanged."""

from hr_helpers import workbook
from openpyxl import load_workbook

from heemang_desktop.hr import service
from heemang_desktop.hr.employee_import import import_employees

HEADER = ("사번", "성명", "직종", "고용형태", "입사일", "주민등록번호", "계좌번호", "기본급", "일급", "부양가족수",
          "국민연금", "고용보험")


def test_the_card_list_exported_uploads_again_unchanged_without_any_resident_number(ctx, tmp_path):
    rows = [("E001", "김요양", "요양보호사", "정규", "2024.03.02", "900101-2345678", "301-1234-5678-11", "2,300,000",
             "", 3, "Y", "O"),
            ("D001", "박일용", "조리원", "일용", 45292, "", "", "", "110000원", "", "N", "X")]
    assert import_employees(ctx, workbook(tmp_path / "e.xlsx", rows, header=HEADER, sheet="인사카드")).created == 2
    out = tmp_path / "out.xlsx"
    assert service.export_employees(ctx, out) == 2
    cells = [str(c) for row in load_workbook(out).active.iter_rows(values_only=True) for c in row if c is not None]
    assert "김요양" in cells and not any("900101" in c or "5678-11" in c for c in cells)
    again = import_employees(ctx, out)
    assert again.ok and (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert service.find_by_resident_number(ctx, "900101-2345678").employee_no == "E001"  # kept, not wiped
