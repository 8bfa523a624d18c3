"""Vocational rehabilitation: attendance per day, work records, wages from the data file, payslip."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from subject_helpers import register

from heemang_desktop.store.errors import ValidationError
from heemang_desktop.subjects import service


def test_wages_from_work_records_and_payment(ctx, subject, tmp_path):
    other = register(ctx, "이훈련", "900101-1234567")
    service.record_attendance(ctx, subject.id, date(2026, 9, 1), "지각", 300)
    service.record_attendance(ctx, subject.id, date(2026, 9, 1), "출근", 360)  # corrected, not doubled
    service.add_work(ctx, subject.id, date(2026, 9, 1), "쇼핑백 접기", 500, 240)
    service.add_work(ctx, subject.id, date(2026, 9, 2), "포장", 100, 125)
    service.add_work(ctx, other.id, date(2026, 9, 2), "새 작업", 10, 60)
    service.add_work(ctx, other.id, date(2026, 10, 1), "포장", 10, 60)  # next month
    rows = {r.subject_name: r for r in service.calculate_wages(ctx, "2026-09")}
    mine = rows[subject.name]
    # 365 min × 3,000/60 = 18,250 -> 18,250; pieces 500×30 + 100×20 = 17,000
    assert (mine.time_pay, mine.piece_pay, mine.amount) == (18_250, 17_000, 35_250)
    assert rows["이훈련"].amount == 3_000
    assert service.pay_wages(ctx, "2026-09", date(2026, 10, 10)) == 2
    service.add_work(ctx, subject.id, date(2026, 9, 3), "포장", 100, 60)
    again = {r.subject_name: r for r in service.calculate_wages(ctx, "2026-09")}
    assert again[subject.name].amount == 35_250  # a paid wage is not recomputed
    page = service.payslip_html(ctx, mine.id)
    assert "35,250원" in page and "쇼핑백 접기 500개 × 30원 = 15,000원" in page
    service.export_wage_list(ctx, "2026-09", tmp_path / "wages.xlsx")
    assert load_workbook(tmp_path / "wages.xlsx").active.max_row == 4


def test_attendance_status_must_be_known(ctx, subject):
    with pytest.raises(ValidationError, match="출결 구분"):
        service.record_attendance(ctx, subject.id, date(2026, 9, 1), "외근")
