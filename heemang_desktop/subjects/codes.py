"""Subject codes, fee plans and wage rules: data in resources/subjects/, read here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from heemang_desktop.resources import load_json
from heemang_desktop.store.errors import ValidationError


@dataclass(frozen=True)
class Service:
    id: str
    label: str
    start: str  # 입소 / 이용 시작
    end: str  # 퇴소 / 이용 종료
    excel_start_column: str


def codes() -> dict:
    return load_json("subjects/codes.json")


def services() -> dict[str, Service]:
    return {
        s["id"]: Service(s["id"], s["label"], s["start"], s["end"], s.get("excel_start_column", ""))
        for s in codes()["services"]
    }


def service(service_id: str) -> Service:
    found = services().get(service_id)
    if found is None:
        raise ValidationError(f"알 수 없는 서비스 구분입니다: {service_id}", "service")
    return found


def choice(kind: str, value: str, label: str) -> str:
    """`value` must be one of codes.json[kind]."""
    value = (value or "").strip()
    allowed = codes()[kind]
    if value not in allowed:
        raise ValidationError(f"{label}은(는) 다음 중 하나여야 합니다: {', '.join(a for a in allowed if a)}", kind)
    return value


def health_roles() -> frozenset[str]:
    return frozenset(load_json("subjects/health_access.json")["roles"])


def log_types() -> dict[str, bool]:
    """log type -> holds health information."""
    return {t["id"]: bool(t.get("health")) for t in load_json("subjects/log_types.json")["types"]}


@dataclass(frozen=True)
class FeePlan:
    id: str
    label: str
    valid_from: date
    base: int
    rates_bp: dict[str, int]  # support category -> basis points (7.5% = 750)


def fee_plans(on: date | None = None) -> list[FeePlan]:
    plans = [
        FeePlan(p["id"], p["label"], date.fromisoformat(p["from"]), int(p["base"]),
                {k: int(Decimal(str(v)) * 100) for k, v in p["rates"].items()})
        for p in load_json("subjects/fee_plans.json")["plans"]
    ]
    return [p for p in plans if on is None or p.valid_from <= on]


def fee_plan(plan_id: str) -> FeePlan:
    for plan in fee_plans():
        if plan.id == plan_id:
            return plan
    raise ValidationError(f"이용료 기준을 찾을 수 없습니다: {plan_id}", "plan_id")


@dataclass(frozen=True)
class WageRule:
    valid_from: date
    hourly: int
    piece_rates: dict[str, int]


def wage_rule(on: date) -> WageRule:
    rules = sorted(
        (WageRule(date.fromisoformat(r["from"]), int(r["hourly"]), {k: int(v) for k, v in r["piece_rates"].items()})
         for r in load_json("subjects/vocational.json")["rules"]),
        key=lambda r: r.valid_from,
    )
    applicable = [r for r in rules if r.valid_from <= on]
    if not applicable:
        raise ValidationError(f"{on:%Y-%m}에 적용할 훈련생 급여 기준이 없습니다 (resources/subjects/vocational.json).")
    return applicable[-1]
