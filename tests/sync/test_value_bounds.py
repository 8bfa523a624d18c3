"""Value bounds at local input: what a user (or a bug) types is checked against its entity's
schema before SQLite sees it. Written as the attack: amounts of 10^20, years 1 and 9999,
50,000-character names, NUL and right-to-left override characters."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from notes import Note, add_note, all_notes, edit_note, get_note
from sqlalchemy import func, select

from heemang_desktop.hr import employees as cards
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.models import OutboxEntry
from heemang_desktop.sync.outbox import WARNINGS, record_changes

RLO, NUL = "\u202e", "\x00"


def outbox_size(ctx) -> int:
    with ctx.store.session() as s:
        return s.scalar(select(func.count()).select_from(OutboxEntry))


def employee(ctx, **extra):
    data = cards.EmployeeInput(employee_no=extra.pop("no", "E001"), name=extra.pop("name", "김요양"),
                               job_type="요양보호사", employment_type="정규",
                               hire_date=extra.pop("hire", date(2024, 3, 2)), **extra)
    return cards.create_employee(ctx, data)


def test_a_card_with_base_pay_of_10_to_the_20_is_refused_by_name_not_an_overflow(ctx):
    with pytest.raises(ValidationError) as caught:
        employee(ctx, base_pay=10**20)
    assert "기본급" in str(caught.value) and "1조 원" in str(caught.value) and caught.value.field == "base_pay"
    assert cards.list_employees(ctx) == [] and outbox_size(ctx) == 0


def test_an_edit_to_10_to_the_20_is_refused_and_the_stored_card_is_unchanged(ctx):
    saved = employee(ctx, base_pay=2_500_000)
    data = cards.EmployeeInput(employee_no="E001", name="김요양", job_type="요양보호사", employment_type="정규",
                               hire_date=date(2024, 3, 2), base_pay=10**20)
    with pytest.raises(ValidationError, match="기본급"):
        cards.update_employee(ctx, saved.id, data)
    assert cards.get_employee(ctx, saved.id).base_pay == 2_500_000 and outbox_size(ctx) == 1


@pytest.mark.parametrize("day", [date(1, 1, 1), date(9999, 12, 31), date(1899, 12, 31), date(2101, 1, 1)])
def test_dates_outside_1900_to_2100_are_refused(ctx, day):
    with pytest.raises(ValidationError) as caught:
        employee(ctx, hire=day)
    assert "입사일" in str(caught.value) and "1900-01-01부터 2100-12-31까지" in str(caught.value)
    assert cards.list_employees(ctx) == []


def test_the_edges_1900_01_01_and_2100_12_31_are_kept(sctx):
    first = add_note(sctx, "처음", day=date(1900, 1, 1))
    last = add_note(sctx, "끝", day=date(2100, 12, 31))
    assert get_note(sctx, first).day == date(1900, 1, 1) and get_note(sctx, last).day == date(2100, 12, 31)


def test_a_50000_character_name_is_refused_with_the_limit(ctx):
    with pytest.raises(ValidationError) as caught:
        employee(ctx, name="가" * 50_000)
    assert "'이름'(name)은(는) 100자까지" in str(caught.value) and "50,000자" in str(caught.value)
    assert cards.list_employees(ctx) == [] and outbox_size(ctx) == 0


def test_nul_and_right_to_left_override_characters_are_taken_out_of_what_is_saved_and_sent(ctx):
    saved = employee(ctx, name=f"김{NUL}요{RLO}양", address=f"서울\u2066 종로{RLO}구\x07", note="첫 줄\n둘째 줄\t끝")
    card = cards.get_employee(ctx, saved.id)
    assert (card.name, card.address, card.note) == ("김요양", "서울 종로구", "첫 줄\n둘째 줄\t끝")
    with ctx.store.session() as s:
        payload = s.scalar(select(OutboxEntry.payload))
    assert NUL not in payload and RLO not in payload and "\\u0000" not in payload


def test_money_that_is_not_an_integer_is_refused(sctx):
    with pytest.raises(ValidationError, match="정수"):
        add_note(sctx, "소수 금액", amount=1000.5)
    with pytest.raises(ValidationError, match="정수"):
        add_note(sctx, "참 금액", amount=True)
    assert all_notes(sctx) == []


def test_a_later_edit_of_a_note_to_a_huge_amount_is_refused(sctx):
    nid = add_note(sctx, "정상", 1000)
    with pytest.raises(ValidationError, match="1조 원"):
        edit_note(sctx, nid, amount=10**12)
    edit_note(sctx, nid, amount=10**12 - 1)  # the largest amount kept
    assert get_note(sctx, nid).amount == 10**12 - 1


def test_a_bulk_upload_with_one_huge_amount_saves_none_of_its_rows(sctx):
    def row(i, amount):
        return {"id": f"0190a0b0-0000-7000-8000-{i:012d}", "facility_id": sctx.facility.id, "version": 0,
                "server_version": None, "deleted": False, "created_at": None, "updated_at": None,
                "created_by": "", "updated_by": "", "title": f"n{i}", "amount": amount, "day": None,
                "resident_number_enc": None, "resident_number_hash": None, "resident_number_masked": None}

    rows = [row(i, 1000) for i in range(5)] + [row(5, 10**20)]
    with pytest.raises(ValidationError) as caught:
        with sctx.transaction() as s:
            record_changes(s, Note, rows, "admin")
    assert "'금액'(amount)" in str(caught.value)
    assert all_notes(sctx) == [] and outbox_size(sctx) == 0


def test_a_work_date_years_away_is_saved_with_a_warning(sctx):
    from heemang_desktop.hr.models import Attendance

    emp = employee(sctx)
    with sctx.transaction() as s:
        from heemang_desktop.sync.outbox import record_change

        far = date.today().replace(day=5) + timedelta(days=366 * 5)
        row = Attendance(facility_id=sctx.facility.id, employee_id=emp.id, work_date=far, status="결근")
        record_change(s, row, "admin")
        warnings = list(s.info.get(WARNINGS, []))
    assert len(warnings) == 1 and "근무일" in warnings[0] and far.isoformat() in warnings[0]
