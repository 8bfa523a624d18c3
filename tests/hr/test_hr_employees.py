"""Personnel cards: create, edit, retire, delete-if-never-synced, PII encrypted and masked, exact RRN search."""

import json
from datetime import date

import pytest
from hr_helpers import card
from sqlalchemy import select

from heemang_desktop.hr import employees as cards
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.models import APPLIED, OutboxEntry

RRN = "900101-2345678"


def outbox(ctx, entity="employee"):
    with ctx.store.session() as s:
        return list(s.scalars(select(OutboxEntry).where(OutboxEntry.entity == entity).order_by(OutboxEntry.seq)))


def test_card_is_saved_with_its_outbox_entry_and_pii_only_masked(ctx, paths):
    c = card(ctx, resident_number=RRN, bank_account="301-1234-5678-11", bank_name="농협", base_pay=2_300_000,
             licences=(cards.Licence("요양보호사", "2020-123456", date(2020, 5, 1)),))
    assert c.resident_number_masked == "900101-2******"
    assert c.bank_account_masked == "***-****-**78-11"
    assert c.licences[0].number == "2020-123456"
    [entry] = outbox(ctx)
    payload = json.loads(entry.payload)
    assert entry.op == "upsert" and entry.base_version == 0 and payload["employee_no"] == "E001"
    assert "resident_number_hash" not in payload and RRN not in entry.payload
    raw = b"".join(p.read_bytes() for p in paths.data_dir.glob("heemang.sqlite3*"))
    assert RRN.encode() not in raw and b"2345678" not in raw


def test_exact_search_by_resident_number(ctx):
    c = card(ctx, resident_number=RRN)
    card(ctx, no="E002", name="이간호", resident_number="850505-1234567")
    assert cards.find_by_resident_number(ctx, "9001012345678").id == c.id
    assert cards.find_by_resident_number(ctx, "800101-1234567") is None


def test_same_resident_number_on_two_cards_is_refused(ctx):
    card(ctx, resident_number=RRN)
    with pytest.raises(ValidationError, match="E001"):
        card(ctx, no="E002", name="다른사람", resident_number=RRN)


def test_edit_bumps_version_and_unchanged_edit_queues_nothing(ctx):
    c = card(ctx, resident_number=RRN)
    data = cards.input_from(c)
    data.position = "팀장"
    c2 = cards.update_employee(ctx, c.id, data)
    assert c2.position == "팀장" and c2.version == 2 and c2.resident_number_masked == "900101-2******"
    cards.update_employee(ctx, c.id, cards.input_from(c2))
    data = cards.input_from(c2)
    data.resident_number = RRN  # typed again, same number: nothing to change
    cards.update_employee(ctx, c.id, data)
    assert [e.base_version for e in outbox(ctx)] == [0, 1]


def test_retire_keeps_the_card_with_a_leave_date(ctx):
    c = card(ctx)
    r = cards.retire_employee(ctx, c.id, date(2026, 9, 30))
    assert r.leave_date == date(2026, 9, 30)
    assert [e.id for e in cards.list_employees(ctx, include_retired=False, on=date(2026, 10, 1))] == []
    assert [e.id for e in cards.list_employees(ctx, include_retired=False, on=date(2026, 9, 30))] == [c.id]


def test_delete_only_a_never_synced_card(ctx):
    c = card(ctx)
    cards.delete_employee(ctx, c.id)
    assert cards.list_employees(ctx) == [] and outbox(ctx) == []
    c = card(ctx)
    with ctx.transaction() as s:
        s.get(OutboxEntry, outbox(ctx)[0].seq).state = APPLIED
    with pytest.raises(ValidationError, match="퇴사"):
        cards.delete_employee(ctx, c.id)


@pytest.mark.parametrize("change,field", [
    (dict(employee_no=" "), "사번"), (dict(employment_type="알바"), "고용형태"),
    (dict(leave_date=date(2020, 1, 1)), "퇴사일"), (dict(resident_number="900101-123"), "주민등록번호"),
    (dict(employment_type="일용", daily_wage=0), "일급"), (dict(bank_account="abc"), "계좌번호"),
])
def test_bad_input_names_the_field(ctx, change, field):
    data = cards.EmployeeInput("E001", "김요양", "요양보호사", "정규", date(2024, 3, 2))
    for k, v in change.items():
        setattr(data, k, v)
    with pytest.raises(ValidationError) as err:
        cards.create_employee(ctx, data)
    assert err.value.field == field
    assert cards.list_employees(ctx) == []


def test_duplicate_employee_number_is_refused(ctx):
    card(ctx)
    with pytest.raises(ValidationError, match="사번 E001"):
        card(ctx, name="다른사람")


def test_day_laborer_on_the_same_cards_with_daily_wage(ctx):
    c = card(ctx, no="D001", name="박일용", employment_type="일용", daily_wage=110_000, job_type="조리원")
    assert c.is_day_laborer and c.daily_wage == 110_000


def test_plain_bank_accounts_only_for_the_roles_that_pay(ctx):
    from dataclasses import replace

    from heemang_desktop.hr.employees import bank_accounts_for_transfer
    from heemang_desktop.store.errors import PermissionDenied

    saved = card(ctx, "B01", bank_name="농협", bank_account="301-1234-5678-11")
    assert bank_accounts_for_transfer(ctx, [saved.id]) == {saved.id: "301-1234-5678-11"}
    ctx.actor = replace(ctx.actor, role="social_worker")
    with pytest.raises(PermissionDenied, match="계좌번호"):
        bank_accounts_for_transfer(ctx, [saved.id])
