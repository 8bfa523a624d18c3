"""Spellings met walking issue 14 as a user that went to the mapping step though they mean one value:
유/무 in a yes/no column (무연고 무, 국민연금 유) and 계좌 / 법카 for 결제방법."""

import pytest
from openpyxl import Workbook

from heemang_desktop.excel.codes import coded_columns, match
from heemang_desktop.excel.pipeline import run_import
from heemang_desktop.hr import service


@pytest.mark.parametrize(("kind", "column", "written", "expected"), [
    ("resolutions", "결제방법", "계좌", "계좌이체"),
    ("resolutions", "결제방법", "법카", "법인카드"),
    ("subjects", "무연고", "무", "아니오"),
    ("subjects", "무연고", "유", "예"),
])
def test_the_spelling_matches_its_value(kind, column, written, expected):
    found = match(column, written, coded_columns(kind)[column].allowed)
    assert (found.value, found.reason) == (expected, "")


def test_insurance_flags_written_yu_and_mu_are_saved(ctx, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["사번", "성명", "직종", "고용형태", "입사일", "국민연금", "고용보험"])
    ws.append(["E001", "김요양", "요양보호사", "정규", "2024-03-02", "유", "무"])
    wb.save(tmp_path / "e.xlsx")
    report = run_import(ctx, "employees", tmp_path / "e.xlsx")
    assert report.saved and report.unmapped == []
    (card,) = service.list_employees(ctx)
    assert (card.pension, card.employment_insurance) == (True, False)
