"""The register: run a month, override by hand, close (read-only), every change in the outbox."""

from __future__ import annotations

import pytest
from helpers_payroll import staff
from sqlalchemy import func, select

from heemang_desktop.payroll import employer, register
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.models import OutboxEntry


def outbox(ctx, entity: str) -> int:
    with ctx.store.session() as s:
        return s.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.entity == entity))


def test_run_fills_the_register_and_flags_the_minimum_wage(ctx):
    result = register.run_month(ctx, "2026-09", staff())
    assert (result.created, result.flagged) == (4, 1)
    view = register.get_register(ctx, "2026-09")
    assert [e.employee_no for e in view.entries] == ["E001", "E002", "E003", "E004"]
    assert [e.net for e in view.entries] == [2_809_800, 2_691_077, 1_180_290, 400_000]
    assert view.entries[3].flags == ("최저임금 미달: 시간당 10,000원 < 10,320원",)
    assert outbox(ctx, "payroll_entry") == 4 and outbox(ctx, "payroll_register") == 1
    # the same inputs again change nothing and queue nothing
    again = register.run_month(ctx, "2026-09", staff())
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)
    assert outbox(ctx, "payroll_entry") == 4


def test_override_survives_a_rerun_and_is_marked(ctx):
    register.run_month(ctx, "2026-09", staff())
    entry = register.get_register(ctx, "2026-09").entries[0]
    changed = register.set_override(ctx, entry.id, "income_tax", 20_000)
    assert changed.amount("income_tax") == 20_000 and changed.amount("local_tax") == 2_000
    assert changed.overridden == ("income_tax",)
    register.run_month(ctx, "2026-09", staff())
    assert register.get_register(ctx, "2026-09").entries[0].amount("income_tax") == 20_000
    back = register.set_override(ctx, entry.id, "income_tax", None)
    assert back.amount("income_tax") == 7_650 and back.overridden == ()


def test_an_employee_gone_from_the_month_leaves_the_register(ctx):
    register.run_month(ctx, "2026-09", staff())
    result = register.run_month(ctx, "2026-09", staff()[:3])
    assert result.removed == 1
    assert len(register.get_register(ctx, "2026-09").entries) == 3


def test_closed_month_is_read_only(ctx):
    employer.save_facts(ctx, "2026-09", "under_150", "0.66")
    register.run_month(ctx, "2026-09", staff())
    closed = register.close_month(ctx, "2026-09")
    assert closed.closed
    entry = closed.entries[0]
    with pytest.raises(ValidationError, match="마감"):
        register.set_override(ctx, entry.id, "income_tax", 1)
    with pytest.raises(ValidationError, match="마감"):
        register.run_month(ctx, "2026-09", staff())
    with pytest.raises(ValidationError, match="마감"):
        register.close_month(ctx, "2026-09")
    assert register.get_register(ctx, "2026-09").entries[0].amount("income_tax") == 7_650


def test_empty_month_cannot_be_closed_and_bad_months_are_refused(ctx):
    with pytest.raises(ValidationError, match="비어"):
        register.close_month(ctx, "2026-10")
    with pytest.raises(ValidationError, match="2026-09 형식"):
        register.run_month(ctx, "2026-13", staff())
    with pytest.raises(ValidationError, match="2031-01-01.json"):
        register.run_month(ctx, "2031-01", staff())


def test_a_zero_hour_line_can_be_set_by_hand(ctx):
    """No overtime in attendance, 50,000 paid by hand: gross 3,150,000, taxable 2,950,000 → 국민연금 140,120."""
    register.run_month(ctx, "2026-09", staff())
    entry = register.get_register(ctx, "2026-09").entries[0]
    assert entry.amount("overtime") == 0
    changed = register.set_override(ctx, entry.id, "overtime", 50_000)
    assert (changed.gross, changed.taxable) == (3_150_000, 2_950_000)
    assert changed.amount("pension") == 140_120  # 2,950,000 × 4.75% = 140,125 → 140,120
