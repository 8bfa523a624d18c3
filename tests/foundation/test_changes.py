"""What a write changed reaches `changes.collect()`: committed outbox entries only."""

from __future__ import annotations

import pytest

from heemang_desktop import changes
from heemang_desktop.changes import Changes
from heemang_desktop.hr.service import EmployeeInput, create_employee
from heemang_desktop.store.errors import ValidationError


def _employee(number: str, name: str = "김요양") -> EmployeeInput:
    from datetime import date

    return EmployeeInput(employee_no=number, name=name, job_type="요양보호사", employment_type="정규",
                         hire_date=date(2024, 3, 2))


def test_a_saved_record_is_reported_with_its_id(ctx):
    with changes.collect() as collected:
        made = create_employee(ctx, _employee("E001"))
    assert collected.changes.ids("employee") == {made.id}
    assert collected.changes.touches("employee") and not collected.changes.touches("resolution")


def test_a_refused_save_reports_nothing(ctx):
    create_employee(ctx, _employee("E001"))
    with changes.collect() as collected, pytest.raises(ValidationError):
        create_employee(ctx, _employee("E001", "다른사람"))  # the same 사번 twice: refused, rolled back
    assert not collected.changes


def test_nothing_is_collected_outside_a_block_and_blocks_nest(ctx):
    create_employee(ctx, _employee("E001"))
    with changes.collect() as outer:
        with changes.collect() as inner:
            made = create_employee(ctx, _employee("E002"))
        later = create_employee(ctx, _employee("E003"))
    assert inner.changes.ids("employee") == {made.id}
    assert outer.changes.ids("employee") == {made.id, later.id}


def test_changes_merge_by_entity():
    merged = Changes.of("resolution", "a") | Changes.of("resolution", "b") | Changes.of("employee", "c")
    assert merged.ids("resolution") == {"a", "b"} and merged.entities == {"resolution", "employee"}
    assert not Changes() and bool(merged)
