"""Pay items per facility and per-employee pay settings flow into the register."""

from __future__ import annotations

import pytest
from helpers_payroll import staff

from heemang_desktop.payroll import register, settings
from heemang_desktop.store.errors import ValidationError


def test_facility_allowance_and_deduction_reach_the_register(ctx):
    settings.save_item(ctx, "night_care", "야간근무수당", "pay", account="112")
    settings.save_item(ctx, "union", "노조회비", "deduction")
    people = staff()[:1]
    people[0].standing.update({"night_care": 50_000, "union": 10_000})
    register.run_month(ctx, "2026-09", people)
    e = register.get_register(ctx, "2026-09").entries[0]
    # 3,100,000 + 50,000 = 3,150,000 gross; 노조회비 10,000 more deductions
    assert e.gross == 3_150_000 and e.amount("night_care") == 50_000 and e.amount("union") == 10_000
    names = [ln.name for ln in e.lines]
    assert names.index("야간근무수당") < names.index("국민연금") < names.index("노조회비")


def test_profile_rules(ctx):
    with pytest.raises(ValidationError, match="80%, 100%, 120%"):
        settings.save_profile(ctx, "emp-1", settings.ProfileInput(withholding_percent=90))
    with pytest.raises(ValidationError, match="정액으로 정할 수 없는"):
        settings.save_profile(ctx, "emp-1", settings.ProfileInput(standing={"income_tax": 1}))
    with pytest.raises(ValidationError, match="기본 항목과 같은 코드"):
        settings.save_item(ctx, "meal", "식대2", "pay")
    saved = settings.save_profile(ctx, "emp-1",
                                  settings.ProfileInput(withholding_percent=120, standing={"meal": 200_000}))
    assert settings.get_profile(ctx, "emp-1") == saved
