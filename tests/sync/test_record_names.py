"""The sync screens name each record: 결의서 2026-지출-0005, 인사카드 E001 김민수, 대상자 … 최*자."""

from __future__ import annotations

from datetime import date

from heemang_desktop.accounting.service import LineInput, ResolutionInput, save_resolution, set_budget
from heemang_desktop.hr.service import EmployeeInput, create_employee
from heemang_desktop.subjects.service import SubjectInput, register_subject
from heemang_desktop.sync.queue import list_changes
from heemang_desktop.sync.record_names import mask_name


def test_the_waiting_list_names_each_record_and_masks_subjects(ctx):
    set_budget(ctx, 2026, "세출", "321", 5_000_000)
    made = save_resolution(ctx, ResolutionInput(kind="지출", resolution_date=date(2026, 9, 2), business_name="나들이",
                                                 funding_source="보조금", payment_method="계좌이체",
                                                 lines=[LineInput("321", 350_000, "버스")]))
    create_employee(ctx, EmployeeInput(employee_no="E001", name="김민수", job_type="요양보호사",
                                       employment_type="정규", hire_date=date(2024, 3, 2)))
    register_subject(ctx, SubjectInput(name="최순자", resident_number="400101-2234567"))
    records = [row.record for row in list_changes(ctx)]
    assert f"결의서 {made.number}" in records and made.number.startswith("2026-지출-")
    assert "인사카드 E001 김민수" in records
    subject = next(r for r in records if r.startswith("대상자"))
    assert subject.endswith("최*자") and "순" not in subject


def test_names_are_masked_to_first_and_last_character():
    assert [mask_name(n) for n in ("김민수", "남궁민수", "김수", "김")] == ["김*수", "남**수", "김*", "김"]


def test_every_synced_entity_has_a_naming_pattern():
    import json

    from heemang_desktop.features import merged
    from heemang_desktop.resources import resource_path

    patterns = json.loads(resource_path("sync/record_names.json").read_text(encoding="utf-8"))
    assert set(merged("entities")) - set(patterns) == set()
