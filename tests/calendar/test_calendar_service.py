"""The outage calendar on the notice's own dates (2022): the shipped entries, windows covering a day,
open days, a deadline moved before the outage, and a 관리자's windows, overrides and cancellations."""

from __future__ import annotations

import json
from datetime import date

import pytest

from heemang_desktop.calendar import service as calendar
from heemang_desktop.context import Actor
from heemang_desktop.donations import blackout
from heemang_desktop.hr import service as hr
from heemang_desktop.store.errors import PermissionDenied, ValidationError


def test_the_notice_is_shipped_as_the_first_entry_each_naming_its_source():
    entries = {w.ref: w for w in calendar.shipped()}
    spans = {(w.kind, w.start, w.end, w.scope) for w in entries.values()}
    assert ("outage", date(2022, 9, 1), date(2022, 9, 5), "") in spans
    assert ("opening", date(2022, 9, 6), date(2022, 9, 6), "") in spans
    assert ("cms_blackout", date(2022, 8, 30), date(2022, 9, 6), "") in spans
    assert ("deadline", date(2022, 8, 30), date(2022, 8, 30), "") in spans
    by_report = {r: w for w in entries.values() if w.kind == "deadline" for r in w.reports}
    for report in ("보조금교부신청", "종사자입퇴사보고", "종사자수당신청"):
        assert by_report[report].end == date(2022, 9, 30) and by_report[report].start == date(2022, 9, 6)
    assert by_report["보조금정산보고"].start == date(2022, 9, 6)  # after opening, no end given
    assert all("유의사항 안내" in w.source for w in entries.values())


def test_which_windows_of_a_kind_cover_a_day(ctx):
    [outage] = calendar.covering(ctx, "outage", date(2022, 9, 2), scope="")
    assert (outage.start, outage.end) == (date(2022, 9, 1), date(2022, 9, 5))
    assert calendar.covering(ctx, "outage", date(2022, 9, 6), scope="") == []
    assert [w.ref for w in calendar.covering(ctx, "cms_blackout", date(2022, 8, 30))] == ["2022-ssis/cms-blackout"]
    assert calendar.covering(ctx, "cms_blackout", date(2022, 8, 29)) == []
    assert calendar.covering(ctx, "outage", date(2023, 9, 2)) == []  # a window, not a yearly rule


def test_a_report_due_september_2nd_moves_to_august_31st_with_the_reason(ctx):
    moved = calendar.deadline_for(ctx, date(2022, 9, 2))
    assert (moved.due, moved.on, moved.moved) == (date(2022, 9, 2), date(2022, 8, 31), True)
    assert "9.1~9.5" in moved.reason and "8.31(수)" in moved.reason and "앞당겼습니다" in moved.reason
    kept = calendar.deadline_for(ctx, date(2022, 8, 30))
    assert (kept.on, kept.reason) == (date(2022, 8, 30), "")
    assert calendar.deadline_for(ctx, date(2022, 9, 6)).on == date(2022, 9, 6)  # the evaluation-only 9.6 stays out


def test_the_next_business_day_skips_the_outage_weekends_holidays_and_the_facilitys_own_days(ctx):
    assert calendar.next_business_day(ctx, date(2022, 9, 1)) == date(2022, 9, 6)
    assert calendar.previous_business_day(ctx, date(2022, 9, 4)) == date(2022, 8, 31)
    assert calendar.next_business_day(ctx, date(2022, 9, 9)) == date(2022, 9, 13)  # 추석 and 대체공휴일
    hr.add_holiday(ctx, date(2022, 9, 6), "개원기념일")
    assert calendar.next_business_day(ctx, date(2022, 9, 1)) == date(2022, 9, 7)
    assert calendar.next_business_day(ctx, date(2022, 8, 30), kind="cms_blackout", bank=True) == date(2022, 9, 7)


def test_a_cms_debit_on_september_2nd_is_flagged():
    assert blackout.blocked(date(2022, 9, 2))
    assert blackout.why_not(date(2022, 9, 2)) == "금융결제원 CMS 출금신청 불가 기간 8.30~9.6"
    [move] = blackout.affected([blackout.Due("P-02", 2, "이틀", "010-0000-0002")], "2022-09")
    assert (move.old, move.new, move.window.label) == (date(2022, 9, 2), date(2022, 9, 7), "8.30~9.6")


def test_an_admin_window_counts_everywhere_and_the_shipped_entry_is_never_edited(ctx):
    fire = calendar.add_window(ctx, "outage", date(2025, 9, 26), date(2025, 10, 10),
                               "국가정보자원관리원 화재로 희망이음 중단", "행정안전부 공지")
    assert [w.ref for w in calendar.covering(ctx, "outage", date(2025, 9, 29))] == [fire.ref]
    calendar.add_window(ctx, "outage", date(2026, 10, 6), date(2026, 10, 8), "희망이음 정기 점검")
    # back past 대체공휴일 10.5 and the weekend of 개천절 to Friday 10.2
    moved = calendar.deadline_for(ctx, date(2026, 10, 7))
    assert (moved.on, "희망이음 정기 점검(10.6~10.8)" in moved.reason) == (date(2026, 10, 2), True)
    # the CMS side reads the same calendar
    cms = calendar.add_window(ctx, "cms_blackout", date(2026, 10, 14), date(2026, 10, 16), "은행 전산 점검")
    assert blackout.next_allowed(date(2026, 10, 15), calendar.calendar_of(ctx)) == date(2026, 10, 19)
    assert cms.ref not in {w.ref for w in calendar.shipped()}


def test_an_admin_entry_overrides_or_cancels_a_shipped_one_by_reference(ctx):
    longer = calendar.add_window(ctx, "outage", date(2022, 9, 1), date(2022, 9, 6), "개통 지연으로 중단 연장",
                                 replaces="2022-ssis/outage")
    assert calendar.deadline_for(ctx, date(2022, 9, 6)).on == date(2022, 8, 31)
    assert [w.ref for w in calendar.shipped() if w.ref == "2022-ssis/outage"][0]  # still shipped as it was
    assert next(w for w in calendar.shipped() if w.ref == "2022-ssis/outage").end == date(2022, 9, 5)
    calendar.remove_entry(ctx, longer.ref)
    assert calendar.deadline_for(ctx, date(2022, 9, 6)).on == date(2022, 9, 6)

    calendar.cancel_shipped(ctx, "2022-ssis/cms-blackout", "금융결제원 추가 공지로 출금 가능")
    assert calendar.covering(ctx, "cms_blackout", date(2022, 9, 2)) == []
    assert not blackout.blocked(date(2022, 9, 2), calendar.calendar_of(ctx))


def test_wrong_entries_are_refused_in_korean(ctx):
    with pytest.raises(ValidationError, match="앞섭니다"):
        calendar.add_window(ctx, "outage", date(2025, 10, 10), date(2025, 9, 26), "거꾸로")
    with pytest.raises(ValidationError, match="종류는"):
        calendar.add_window(ctx, "opening", date(2025, 10, 10), date(2025, 10, 10), "개시")
    with pytest.raises(ValidationError, match="제목"):
        calendar.add_window(ctx, "outage", date(2025, 10, 10), date(2025, 10, 10), "  ")
    with pytest.raises(ValidationError, match="없습니다"):
        calendar.add_window(ctx, "outage", date(2025, 10, 10), date(2025, 10, 10), "x", replaces="no-such")
    with pytest.raises(ValidationError, match="보고 기한 일정"):
        calendar.add_window(ctx, "outage", date(2022, 8, 30), date(2022, 8, 30), "x",
                            replaces="2022-ssis/pre-outage-reports")
    ctx.actor = Actor("kim", "김회계", "accountant")
    with pytest.raises(PermissionDenied, match="관리자만"):
        calendar.add_window(ctx, "outage", date(2025, 10, 10), date(2025, 10, 10), "점검")
    assert [w for w in calendar.calendar_of(ctx) if not w.shipped] == []


def test_a_maintenance_answer_opens_one_window_and_stretches_it(ctx):
    from datetime import datetime

    from heemang_desktop.store.base import utcnow

    now = datetime(2026, 9, 1, 0, 30)  # UTC: 09:30 in Seoul
    with ctx.transaction() as s:
        calendar.record_maintenance(s, ctx.facility.id, "admin", "2026-09-03T18:00:00+09:00", now)
    with ctx.transaction() as s:
        calendar.record_maintenance(s, ctx.facility.id, "admin", "2026-09-05T18:00:00+09:00",
                                    datetime(2026, 9, 2, 1, 0))
        assert calendar.record_maintenance(s, ctx.facility.id, "admin", None, now) is None
    [window] = [w for w in calendar.calendar_of(ctx) if not w.shipped]
    assert (window.kind, window.start, window.end) == ("outage", date(2026, 9, 1), date(2026, 9, 5))
    assert window.source == calendar.MAINTENANCE_SOURCE
    assert utcnow()  # the store clock is untouched by the explicit `now`


def test_cli_adds_and_lists_windows(ctx, paths, capsys):
    from heemang_desktop.cli import main

    d = ["--data-dir", str(paths.data_dir)]
    assert main(d + ["calendar", "add", "--kind", "outage", "--from", "2025-09-26", "--to", "2025-10-10",
                     "--title", "데이터센터 화재로 중단", "--json"]) == 0
    added = json.loads(capsys.readouterr().out)
    assert (added["kind"], added["from"], added["to"], added["shipped"]) == ("outage", "2025-09-26", "2025-10-10",
                                                                              False)
    assert main(d + ["calendar", "list", "--from", "2025-01-01", "--to", "2025-12-31", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["windows"]
    assert [w["title"] for w in listed] == ["데이터센터 화재로 중단"]
    assert main(d + ["calendar", "list", "--from", "2022-08-16", "--to", "2022-09-06"]) == 0
    text = capsys.readouterr().out
    assert "2022-09-01~2022-09-05" in text and "CMS 출금 불가" in text and "시군구보고 사전 보고" in text
    assert main(d + ["calendar", "add", "--kind", "outage", "--from", "2025-09-26", "--to", "2025-09-20",
                     "--title", "x"]) == 1
    assert "앞섭니다" in capsys.readouterr().err


def test_cli_cancels_a_shipped_entry_and_removes_a_facility_one(ctx, paths, capsys):
    from heemang_desktop.cli import main

    d = ["--data-dir", str(paths.data_dir)]
    assert main(d + ["calendar", "cancel", "2022-ssis/cms-blackout", "--reason", "추가 공지"]) == 0
    capsys.readouterr()
    assert calendar.covering(ctx, "cms_blackout", date(2022, 9, 2)) == []
    assert [w for w in calendar.calendar_of(ctx) if not w.shipped] == []  # cancelled: gone, not a new window
    assert main(d + ["calendar", "add", "--kind", "cms_blackout", "--from", "2026-10-14", "--to", "2026-10-16",
                     "--title", "은행 전산 점검", "--json"]) == 0
    added = json.loads(capsys.readouterr().out)["id"]
    assert main(d + ["calendar", "remove", added]) == 0
    capsys.readouterr()
    assert calendar.covering(ctx, "cms_blackout", date(2026, 10, 15)) == []
    assert main(d + ["calendar", "cancel", "no-such", "--reason", "x"]) == 1
    assert "없습니다" in capsys.readouterr().err


def test_deadlines_due_in_a_span_come_with_when_to_file(ctx):
    """On 2022-08-16 the next two weeks hold the 8.30 pre-outage reports; a facility deadline on 9.2 is
    filed on 8.31, and September's three reports are due 9.30 (정산보고 has no date: not listed)."""
    [(pre, when)] = calendar.deadlines_between(ctx, date(2022, 8, 16), date(2022, 8, 30))
    assert (pre.ref, when.on, when.moved) == ("2022-ssis/pre-outage-reports", date(2022, 8, 30), False)
    calendar.add_window(ctx, "deadline", date(2022, 8, 1), date(2022, 9, 2), "장기요양 급여 청구")
    found = calendar.deadlines_between(ctx, date(2022, 8, 31), date(2022, 12, 31))
    assert [(w.title, d.on) for w, d in found][0] == ("장기요양 급여 청구", date(2022, 8, 31))
    assert "9.1~9.5" in found[0][1].reason
    reports = sorted(r for w, _ in found[1:] for r in w.reports)
    assert reports == ["보조금교부신청", "종사자수당신청", "종사자입퇴사보고"]
