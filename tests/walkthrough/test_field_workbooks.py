"""Workbooks as facility staff make them (found walking issues 13/14 as a user): a date typed into a
number cell (20260901), an in-time typed 0900 that Excel keeps as the number 900, and headers with a
note in brackets (기본급(원), 성명(한글)) were refused or ignored though the template's notes allow them."""

from datetime import date, time

from openpyxl import Workbook

from heemang_desktop.excel.pipeline import run_import
from heemang_desktop.hr import service


def workbook(path, header, rows):
    wb = Workbook()
    ws = wb.active
    ws.append(["2026년 직원 명부"])  # a title row above the header, as people write one
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def test_a_date_typed_as_a_number_and_a_header_with_its_unit_are_read(ctx, tmp_path):
    f = workbook(tmp_path / "e.xlsx", ("사번", "성명\n(한글)", "직종", "고용형태", "입사일", "기본급(원)"),
                 [("E001", "김요양", "요양보호사", "정규", 20260901, "2,100,000원")])
    report = run_import(ctx, "employees", f)
    assert report.saved and report.rejected == [] and report.warnings == []
    (card,) = service.list_employees(ctx)
    assert (card.name, card.hire_date, card.base_pay) == ("김요양", date(2026, 9, 1), 2_100_000)


def test_headers_with_a_note_in_brackets_are_the_layout_columns(ctx, tmp_path):
    f = workbook(tmp_path / "e.xlsx", ("사번*", "성명 (한글)", "직종", "고용형태", "입사일", "기본급[원]", "비고란"),
                 [("E001", "김요양", "요양보호사", "정규", "2026-09-01", "2,100,000", "")])
    report = run_import(ctx, "employees", f)
    assert report.saved and report.warnings == ["양식에 없는 열은 무시했습니다: 비고란"]
    assert [c.base_pay for c in service.list_employees(ctx)] == [2_100_000]


def test_a_number_that_is_no_date_is_refused_as_written(ctx, tmp_path):
    f = workbook(tmp_path / "e.xlsx", ("사번", "성명", "직종", "고용형태", "입사일"),
                 [("E001", "김요양", "요양보호사", "정규", 20261301)])
    report = run_import(ctx, "employees", f)
    assert not report.saved and service.list_employees(ctx) == []
    assert [(e.column, e.reason) for e in report.rejected] == [("입사일", "없는 날짜입니다: '20261301'")]


def test_times_typed_0900_into_number_cells_are_read_as_0900(ctx, tmp_path):
    workbook_e = workbook(tmp_path / "e.xlsx", ("사번", "성명", "직종", "고용형태", "입사일"),
                          [("E001", "김요양", "요양보호사", "정규", "2024-03-02")])
    assert run_import(ctx, "employees", workbook_e).saved
    f = workbook(tmp_path / "a.xlsx", ("사번", "근무일자", "성명", "출근시각", "퇴근시각"),
                 [("E001", 20260901, "김요양", 900, 1800), ("E001", "2026.9.2", "김요양", 930, 1830)])
    report = run_import(ctx, "attendance", f)
    assert report.saved, report.rejected
    (card,) = service.list_employees(ctx)
    days = [(d.work_date, d.check_in, d.check_out) for d in service.days_of(ctx, card.id, "2026-09")]
    assert days == [(date(2026, 9, 1), time(9), time(18)), (date(2026, 9, 2), time(9, 30), time(18, 30))]


def test_budget_revisions_written_1cha_chugyeong_and_je1hoe_are_saved(ctx, tmp_path):
    from sqlalchemy import select

    from heemang_desktop.accounting.models import BudgetEntry

    f = workbook(tmp_path / "b.xlsx", ("회계연도", "예산과목", "금액", "구분"),
                 [(2026, "세출 111", "1,000", "본 예산"), (2026, "세출 111", "2,000", "1차 추경"),
                  (2026, "세출 111", "3,000", "제2회 추가경정예산")])
    report = run_import(ctx, "budget", f)
    assert report.saved, report.rejected
    with ctx.store.session() as session:
        stored = session.execute(select(BudgetEntry.revision, BudgetEntry.amount).order_by(BudgetEntry.revision)).all()
    assert [tuple(r) for r in stored] == [(0, 1000), (1, 2000), (2, 3000)]
