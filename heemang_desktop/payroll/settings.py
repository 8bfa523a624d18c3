"""The facility's own pay items, each employee's pay settings (급여 설정) and the facility's premium rules,
with their outbox changes."""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select

from heemang_desktop.payroll.items import DEDUCTION, PAY, ItemDef, catalog, default_items
from heemang_desktop.payroll.models import PayItem, PayProfile, PremiumSetting
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.outbox import record_change


@dataclass
class ProfileInput:
    withholding_percent: int = 100
    meals_in_kind: bool = False
    children_under_6: int = 0
    monthly_hours: int = 0
    standing: dict = field(default_factory=dict)  # item code -> monthly amount
    # a part-timer's contracted minutes a day and a week (기간제법 §6); 0: the statutory 8 h / 40 h
    contract_daily_minutes: int = 0
    contract_weekly_minutes: int = 0


@dataclass(frozen=True)
class PremiumRules:
    """The facility's premium settings (급여 > 가산수당 설정)."""

    under_five: bool = False  # fewer than 5 staff: no statutory premiums (근로기준법 시행령 별표 1)
    saturday_overtime: bool = False  # the facility's rules pay every minute on a rest day (Saturday) as overtime


def facility_items(session, facility_id: str) -> tuple[ItemDef, ...]:
    rows = session.scalars(select(PayItem).where(PayItem.facility_id == facility_id, PayItem.deleted.is_(False))
                           .order_by(PayItem.position, PayItem.name))
    return catalog(tuple(ItemDef(r.code, r.name, r.kind, "standing", r.nontax, r.ordinary, r.account) for r in rows))


def items_of(ctx) -> tuple[ItemDef, ...]:
    with ctx.store.session() as session:
        return facility_items(session, ctx.facility.id)


def save_item(ctx, code: str, name: str, kind: str, account: str = "", ordinary: bool = False) -> ItemDef:
    """Add or rename a facility allowance (제수당) or deduction; default items keep their definitions."""
    actor = ctx.require_actor()
    code, name = code.strip(), name.strip()
    if not re.fullmatch(r"[a-z0-9_]{1,32}", code):
        raise ValidationError("항목 코드는 영문 소문자·숫자·_ 로 32자까지입니다.", "code")
    if code in {i.code for i in default_items()}:
        raise ValidationError(f"기본 항목과 같은 코드입니다: {code}", "code")
    if not name:
        raise ValidationError("항목 이름을 입력하세요.", "name")
    if kind not in (PAY, DEDUCTION):
        raise ValidationError("항목 구분은 지급 또는 공제입니다.", "kind")
    with ctx.transaction() as session:
        row = session.scalar(select(PayItem).where(PayItem.facility_id == ctx.facility.id, PayItem.code == code))
        if row is None:
            position = len(facility_items(session, ctx.facility.id))
            row = PayItem(facility_id=ctx.facility.id, code=code, position=position)
        row.name, row.kind, row.account, row.ordinary, row.deleted = name, kind, account, ordinary, False
        record_change(session, row, actor.login_id)
    return ItemDef(code, name, kind, "standing", None, ordinary, account)


def profiles(session, facility_id: str) -> dict[str, ProfileInput]:
    rows = session.scalars(select(PayProfile).where(PayProfile.facility_id == facility_id,
                                                    PayProfile.deleted.is_(False)))
    return {r.employee_id: ProfileInput(r.withholding_percent, r.meals_in_kind, r.children_under_6, r.monthly_hours,
                                        json.loads(r.standing or "{}"), r.contract_daily_minutes,
                                        r.contract_weekly_minutes) for r in rows}


def get_profile(ctx, employee_id: str) -> ProfileInput:
    with ctx.store.session() as session:
        return profiles(session, ctx.facility.id).get(employee_id, ProfileInput())


def save_profile(ctx, employee_id: str, data: ProfileInput) -> ProfileInput:
    actor = ctx.require_actor()
    if data.withholding_percent not in (80, 100, 120):
        raise ValidationError("원천징수 비율은 80%, 100%, 120% 중 하나입니다.", "withholding_percent")
    if data.children_under_6 < 0 or data.monthly_hours < 0:
        raise ValidationError("자녀 수와 근로시간은 0 이상이어야 합니다.")
    if not 0 <= data.contract_daily_minutes <= 480 or not 0 <= data.contract_weekly_minutes <= 2400:
        raise ValidationError("소정근로시간은 하루 8시간, 한 주 40시간 이내입니다.", "contract")
    if data.contract_weekly_minutes and data.contract_daily_minutes > data.contract_weekly_minutes:
        raise ValidationError("하루 소정근로시간이 한 주 소정근로시간보다 깁니다.", "contract")
    with ctx.transaction() as session:
        known = {i.code: i for i in facility_items(session, ctx.facility.id)}
        for code, amount in data.standing.items():
            item = known.get(code)
            if item is None or item.source != "standing":
                raise ValidationError(f"매월 정액으로 정할 수 없는 항목입니다: {code}", "standing")
            if not isinstance(amount, int) or amount < 0:
                raise ValidationError(f"{item.name} 금액은 0 이상의 원 단위 정수여야 합니다.", "standing")
        row = session.scalar(select(PayProfile).where(PayProfile.facility_id == ctx.facility.id,
                                                      PayProfile.employee_id == employee_id))
        if row is None:
            row = PayProfile(facility_id=ctx.facility.id, employee_id=employee_id)
        row.withholding_percent, row.meals_in_kind = data.withholding_percent, data.meals_in_kind
        row.children_under_6, row.monthly_hours = data.children_under_6, data.monthly_hours
        row.contract_daily_minutes = data.contract_daily_minutes
        row.contract_weekly_minutes = data.contract_weekly_minutes
        row.standing = json.dumps({k: v for k, v in data.standing.items() if v}, ensure_ascii=False, sort_keys=True)
        record_change(session, row, actor.login_id)
    return data


def load_premium_rules(session, facility_id: str) -> PremiumRules:
    row = session.scalar(select(PremiumSetting).where(PremiumSetting.facility_id == facility_id,
                                                      PremiumSetting.deleted.is_(False)))
    return PremiumRules() if row is None else PremiumRules(row.under_five, row.saturday_overtime)


def premium_rules(ctx) -> PremiumRules:
    with ctx.store.session() as session:
        return load_premium_rules(session, ctx.facility.id)


def save_premium_rules(ctx, rules: PremiumRules) -> PremiumRules:
    """Set the facility's premium rules; the next payroll run applies them (a closed month keeps its own)."""
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        row = session.scalar(select(PremiumSetting).where(PremiumSetting.facility_id == ctx.facility.id))
        if row is None:  # one id per facility on every PC: two first saves meet as one record
            row = PremiumSetting(id=str(uuid.uuid5(uuid.UUID(ctx.facility.id), "payroll_premium")),
                                 facility_id=ctx.facility.id)
        row.under_five, row.saturday_overtime, row.deleted = rules.under_five, rules.saturday_overtime, False
        record_change(session, row, actor.login_id)
    return rules
