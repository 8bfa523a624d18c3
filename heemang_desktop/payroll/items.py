"""The pay-item catalog: defaults from resources/payroll/items.json plus the facility's own allowances."""

from __future__ import annotations

from dataclasses import dataclass

from heemang_desktop.resources import load_json

PAY = "pay"
DEDUCTION = "deduction"
EMPLOYER = "employer"  # 사업주 부담분: on the register and the resolution, never on the payslip


@dataclass(frozen=True)
class ItemDef:
    code: str
    name: str
    kind: str  # pay | deduction
    source: str  # base | hours | standing | insurance | tax
    nontax: str | None = None  # the rate table's non-taxable limit key
    ordinary: bool = False  # part of 통상임금 (the hourly base for overtime and the minimum-wage check)
    account: str = ""  # 세출 목 code for the expense resolution


def default_items() -> tuple[ItemDef, ...]:
    return tuple(
        ItemDef(i["code"], i["name"], i["kind"], i["source"], i.get("nontax"), bool(i.get("ordinary")),
                i.get("account", ""))
        for i in load_json("payroll/items.json")["items"]
    )


def catalog(extra: tuple[ItemDef, ...] = ()) -> tuple[ItemDef, ...]:
    """Defaults, then the facility's own items (allowances and deductions) in their order."""
    known = {i.code for i in default_items()}
    pays = [i for i in default_items() if i.kind == PAY] + [i for i in extra if i.kind == PAY and i.code not in known]
    deductions = [i for i in default_items() if i.kind == DEDUCTION] + [
        i for i in extra if i.kind == DEDUCTION and i.code not in known]
    return tuple(pays + deductions)
