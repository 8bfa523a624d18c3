"""The holiday calendar: 제헌절 again from 2026, and the days a 관리자 adds (seen by every holiday question)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from hr_helpers import card
from sqlalchemy import select

from heemang_desktop.hr import holidays
from heemang_desktop.hr.attendance import days_of, month_grid, record_day
from heemang_desktop.hr.leave import request_leave
from heemang_desktop.hr.pay_hours import month_hours
from heemang_desktop.store.errors import PermissionDenied, ValidationError
from heemang_desktop.sync.models import OutboxEntry

TEMPORARY = date(2026, 10, 2)  # a Friday between 개천절's substitute day and 한글날


def outbox(ctx, entity):
    with ctx.store.session() as s:
        return list(s.scalars(select(OutboxEntry).where(OutboxEntry.entity == entity)))


def test_constitution_day_2026_is_a_holiday_again(ctx):
    """공휴일법 amended 2026-01-29: 2026-07-17 (a Friday) worked 09–18 is 8 h of holiday work, not a work day."""
    emp = card(ctx).id
    day = record_day(ctx, emp, date(2026, 7, 17), time(9), time(18))
    assert day.status == "휴일근무" and day.holiday_minutes == 480 and day.regular_minutes == 0
    listed = {h.day: h for h in holidays.list_holidays(ctx, 2026)}
    assert listed[date(2026, 7, 17)].name == "제헌절" and "2026-01-29" in listed[date(2026, 7, 17)].source
    assert not listed[date(2026, 7, 17)].added


def test_an_added_day_turns_recorded_work_into_holiday_work_everywhere(ctx):
    emp = card(ctx).id
    record_day(ctx, emp, TEMPORARY, time(9), time(18))
    assert days_of(ctx, emp, "2026-10")[0].regular_minutes == 480

    holidays.add_holiday(ctx, TEMPORARY, "임시공휴일", "국무회의 의결 (예시)")

    day = days_of(ctx, emp, "2026-10")[0]
    assert (day.status, day.holiday_minutes, day.regular_minutes) == ("휴일근무", 480, 0)
    assert month_grid(ctx, "2026-10").day_kinds[TEMPORARY.day - 1] == "holiday"
    assert month_hours(ctx, "2026-10")[emp].total("holiday") == 480
    # a leave over 10-01..10-02 takes one working day, not two
    assert request_leave(ctx, emp, "연차", date(2026, 10, 1), TEMPORARY).days == 1.0
    # synced: the day and the recomputed attendance go to the central service
    assert [e.op for e in outbox(ctx, "holiday")] == ["upsert"]
    assert len(outbox(ctx, "attendance")) == 2
    listed = [h for h in holidays.list_holidays(ctx, 2026) if h.added]
    assert [(h.day, h.name, h.source) for h in listed] == [(TEMPORARY, "임시공휴일", "국무회의 의결 (예시)")]


def test_a_day_recorded_after_the_day_was_added_is_holiday_work(ctx):
    emp = card(ctx).id
    holidays.add_holiday(ctx, TEMPORARY, "임시공휴일")
    assert record_day(ctx, emp, TEMPORARY, time(9), time(18)).status == "휴일근무"


def test_removing_an_added_day_makes_it_an_ordinary_day_again(ctx):
    emp = card(ctx).id
    holidays.add_holiday(ctx, TEMPORARY, "임시공휴일")
    record_day(ctx, emp, TEMPORARY, time(9), time(20))
    holidays.remove_holiday(ctx, TEMPORARY)
    day = days_of(ctx, emp, "2026-10")[0]
    assert (day.status, day.regular_minutes, day.overtime_minutes, day.holiday_minutes) == ("정상", 480, 120, 0)
    assert not [h for h in holidays.list_holidays(ctx, 2026) if h.added]
    assert outbox(ctx, "holiday") == []  # never sent: gone without a tombstone
    holidays.add_holiday(ctx, TEMPORARY, "임시공휴일")  # and it can be added again


def test_only_an_admin_adds_a_day_and_bad_days_are_refused(ctx):
    with pytest.raises(ValidationError, match="이미 공휴일"):
        holidays.add_holiday(ctx, date(2026, 7, 17), "제헌절")
    with pytest.raises(ValidationError, match="이름"):
        holidays.add_holiday(ctx, TEMPORARY, "  ")
    holidays.add_holiday(ctx, TEMPORARY, "임시공휴일")
    with pytest.raises(ValidationError, match="이미 추가한"):
        holidays.add_holiday(ctx, TEMPORARY, "임시공휴일")
    with pytest.raises(ValidationError, match="추가한 휴일이 아닙니다"):
        holidays.remove_holiday(ctx, date(2026, 10, 6))
    ctx.actor = replace(ctx.actor, role="hr_officer")
    with pytest.raises(PermissionDenied, match="관리자만"):
        holidays.add_holiday(ctx, date(2026, 11, 2), "선거일")
    with pytest.raises(PermissionDenied):
        holidays.remove_holiday(ctx, TEMPORARY)
    assert [h.day for h in holidays.list_holidays(ctx, 2026) if h.added] == [TEMPORARY]


def test_cli_adds_lists_and_removes_a_day(ctx, paths, capsys):
    import json

    from heemang_desktop.cli import main

    d = ["--data-dir", str(paths.data_dir)]
    added = ["holiday", "add", "--date", "2026-10-02", "--name", "임시공휴일", "--source", "국무회의 의결"]
    assert main(d + added) == 0
    assert "2026-10-02 임시공휴일" in capsys.readouterr().out
    assert main(d + ["holiday", "list", "--year", "2026", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["holidays"]
    assert {"date": "2026-10-02", "name": "임시공휴일", "source": "국무회의 의결", "added": True} in listed
    assert any(h["date"] == "2026-07-17" and h["name"] == "제헌절" and not h["added"] for h in listed)
    assert main(d + ["holiday", "add", "--date", "2026-07-17", "--name", "제헌절"]) == 1
    assert "이미 공휴일" in capsys.readouterr().err
    assert main(d + ["holiday", "remove", "--date", "2026-10-02"]) == 0
    capsys.readouterr()
    assert not [h for h in holidays.list_holidays(ctx, 2026) if h.added]


def test_a_night_shift_into_an_added_day_becomes_holiday_work_from_midnight(ctx):
    """Thursday 2026-10-01 22:00 – Friday 07:00: once Friday is a holiday, its 00–06 (6 h) are holiday work."""
    emp = card(ctx).id
    record_day(ctx, emp, date(2026, 10, 1), time(22), time(7))
    holidays.add_holiday(ctx, TEMPORARY, "임시공휴일")
    day = days_of(ctx, emp, "2026-10")[0]
    assert (day.status, day.regular_minutes, day.holiday_minutes, day.worked_minutes) == ("정상", 120, 360, 480)


def test_two_pcs_adding_the_same_day_make_the_same_record(ctx):
    """The id comes from the facility and the day, so the central service sees one holiday, not two."""
    holidays.add_holiday(ctx, TEMPORARY, "임시공휴일")
    first = outbox(ctx, "holiday")[0].entity_id
    holidays.remove_holiday(ctx, TEMPORARY)
    holidays.add_holiday(ctx, TEMPORARY, "임시공휴일")
    assert outbox(ctx, "holiday")[0].entity_id == first


def test_an_added_day_and_its_attendance_reach_the_facilitys_other_pc(ctx, tmp_path):
    """PC 1 adds 2026-10-02 and records a 09–18 day on it; PC 2 pulls both and pays the day as holiday work."""
    from facility_pcs import central_and_second_pc, sync_once

    with central_and_second_pc(tmp_path) as (server, second_pc):
        emp = card(ctx).id
        holidays.add_holiday(ctx, TEMPORARY, "임시공휴일", "국무회의 의결 (예시)")
        record_day(ctx, emp, TEMPORARY, time(9), time(18))
        assert sync_once(ctx, server).drained and sync_once(second_pc, server).drained
        added = [(h.day, h.name, h.source) for h in holidays.list_holidays(second_pc, 2026) if h.added]
        assert added == [(TEMPORARY, "임시공휴일", "국무회의 의결 (예시)")]
        assert month_grid(second_pc, "2026-10").day_kinds[TEMPORARY.day - 1] == "holiday"
        assert month_hours(second_pc, "2026-10")[emp].total("holiday") == 480
