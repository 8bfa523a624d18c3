"""The CMS blackout on the notice's dates (8.30–9.6 2022): debits moved, donors listed and told."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from python_calamine import CalamineWorkbook

from heemang_desktop.donations import blackout
from heemang_desktop.donations.blackout import Due, Window
from heemang_desktop.store.errors import HeemangError

SEPT = "2022-09"
DUES = [
    Due("P-15", 15, "최보름", "010-1500-0015"),
    Due("P-01", 1, "김초하", "010-1111-0001"),
    Due("P-06", 6, "박엿새", "010-6666-0006"),
    Due("P-10", 10, "정추석", "010-1010-0010"),  # Saturday and 추석: moves as the bank moves it, no notice
    Due("P-31", 31, "한그믐", "010-3131-0031"),  # 9월 30일 (the month has 30 days)
]


def test_the_notice_blackout_is_shipped_and_blocks_its_days_only():
    assert blackout.blocked(date(2022, 8, 30)) and blackout.blocked(date(2022, 9, 6))
    assert not blackout.blocked(date(2022, 8, 29)) and not blackout.blocked(date(2022, 9, 7))
    service = blackout.windows("service")
    assert [(w.start, w.end) for w in service] == [(date(2022, 9, 1), date(2022, 9, 5))]
    assert not blackout.blocked(date(2023, 9, 1))  # a window, not a yearly rule


def test_a_debit_on_september_1st_moves_to_the_7th_and_one_on_the_15th_stays():
    moves = blackout.affected(DUES, SEPT)
    assert [(m.ref, m.old, m.new) for m in moves] == [
        ("P-01", date(2022, 9, 1), date(2022, 9, 7)),
        ("P-06", date(2022, 9, 6), date(2022, 9, 7)),
    ]
    assert blackout.debit_date(SEPT, 15) == date(2022, 9, 15)
    assert blackout.debit_date(SEPT, 1) == date(2022, 9, 7)


def test_a_one_off_debit_in_the_blackout_is_listed_in_its_own_month_only():
    once = Due("O-1", date(2022, 8, 31), "윤한번", "010-3131-0831")
    assert [(m.ref, m.new) for m in blackout.affected([once], "2022-08")] == [("O-1", date(2022, 9, 7))]
    assert blackout.affected([once], SEPT) == []


def test_the_setting_can_move_blocked_debits_to_the_day_before_the_blackout():
    moves = blackout.affected(DUES, SEPT, direction=blackout.PREVIOUS)
    assert [(m.ref, m.new, m.other_month) for m in moves] == [
        ("P-01", date(2022, 8, 29), True), ("P-06", date(2022, 8, 29), True)]
    assert blackout.previous_allowed(date(2022, 9, 4)) == date(2022, 8, 29)
    with pytest.raises(HeemangError, match="다음 영업일"):
        blackout.affected(DUES, SEPT, direction="sideways")


def test_weekends_and_holidays_are_skipped():
    # 2022-09-10 is 추석 (a Saturday), 09-11 a Sunday and 추석 연휴, 09-12 대체공휴일
    assert blackout.debit_date(SEPT, 10) == date(2022, 9, 13)
    assert blackout.next_allowed(date(2022, 9, 9)) == date(2022, 9, 13)
    assert blackout.previous_allowed(date(2022, 9, 12)) == date(2022, 9, 8)
    assert blackout.debit_date(SEPT, 31) == date(2022, 9, 30)
    assert blackout.why_not(date(2022, 10, 10)) == "대체공휴일(한글날)"
    assert blackout.why_not(date(2022, 12, 31)) == "토요일"
    assert blackout.why_not(date(2026, 12, 31)) == "은행 연말 휴무"  # a Thursday, the banks' closing day
    # a blackout running into 추석 (9.24–26) and a Sunday: the next allowed day is the Monday after
    window = Window(date(2026, 9, 21), date(2026, 9, 23), "전산 교체")
    assert blackout.next_allowed(date(2026, 9, 22), [window]) == date(2026, 9, 28)
    assert blackout.next_allowed(date(2026, 10, 2), [window]) == date(2026, 10, 2)


def test_an_admin_window_moves_debits_in_another_month():
    window = Window(date(2026, 10, 14), date(2026, 10, 16), "은행 전산 점검")
    moves = blackout.affected([Due("A", 15, "가"), Due("B", 20, "나")], "2026-10", within=[window])
    assert [(m.ref, m.new, m.window.name) for m in moves] == [("A", date(2026, 10, 19), "은행 전산 점검")]


def test_a_year_without_holiday_data_is_refused_not_guessed():
    with pytest.raises(blackout.CalendarUnknown, match="1999년 공휴일"):
        blackout.next_allowed(date(1999, 3, 2))


def test_the_notice_list_has_each_moved_donor_with_the_message(tmp_path):
    rows = blackout.notice_rows(blackout.affected(DUES, SEPT), facility="희망요양원")
    assert [(r.name, r.phone, r.old, r.new) for r in rows] == [
        ("김초하", "010-1111-0001", date(2022, 9, 1), date(2022, 9, 7)),
        ("박엿새", "010-6666-0006", date(2022, 9, 6), date(2022, 9, 7)),
    ]
    assert rows[0].message == ("[희망요양원] 김초하님, 금융결제원 CMS 출금신청 불가 기간(8.30~9.6)으로 9월 1일(목) "
                               "후원금 출금이 9월 7일(수)로 바뀝니다. 늘 함께해 주셔서 감사합니다.")

    assert blackout.write_notice_csv(rows, tmp_path / "notice.csv") == 2
    with (tmp_path / "notice.csv").open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0] == ["이름", "휴대전화", "기존 출금일", "변경 출금일", "문자 내용"]
    assert table[2][:4] == ["박엿새", "010-6666-0006", "2022-09-06", "2022-09-07"]
    assert table[2][4].startswith("[희망요양원] 박엿새님")

    assert blackout.write_notice_xlsx(rows, tmp_path / "notice.xlsx") == 2
    sheet = CalamineWorkbook.from_path(str(tmp_path / "notice.xlsx")).get_sheet_by_index(0).to_python()
    assert sheet[0] == ["이름", "휴대전화", "기존 출금일", "변경 출금일", "문자 내용"]
    assert sheet[1][0:2] == ["김초하", "010-1111-0001"] and sheet[1][3] == date(2022, 9, 7)


def test_an_edited_template_is_used_and_a_wrong_placeholder_named():
    moves = blackout.affected(DUES, SEPT)
    rows = blackout.notice_rows(moves, template="{이름}님 {기존출금일}→{변경출금일}")
    assert rows[0].message == "김초하님 9월 1일(목)→9월 7일(수)"
    with pytest.raises(HeemangError, match="\\{전화\\}"):
        blackout.notice_rows(moves, template="{이름}님 {전화}")


def test_a_name_that_excel_would_run_as_a_formula_is_written_as_text(tmp_path):
    rows = blackout.notice_rows([blackout.Move("X", "=HYPERLINK(1)", "010", date(2022, 9, 1), date(2022, 9, 7),
                                               blackout.windows()[0])], template="{이름}")
    blackout.write_notice_csv(rows, tmp_path / "n.csv")
    assert "'=HYPERLINK(1)" in (tmp_path / "n.csv").read_text(encoding="utf-8-sig")


def test_the_notice_names_a_facility_added_window_by_its_own_title():
    window = Window(date(2026, 10, 14), date(2026, 10, 16), "은행 전산 점검")
    [row] = blackout.notice_rows(blackout.affected([Due("p1", 15, "김보름", "010-1111-0015")], "2026-10",
                                                   within=[window]), facility="희망요양원")
    assert "은행 전산 점검(10.14~10.16)으로 10월 15일(목)" in row.message and "금융결제원" not in row.message
