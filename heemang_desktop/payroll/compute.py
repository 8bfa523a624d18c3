"""One employee's month: pay items, non-taxable part, insurance shares, withholding, net — pure int.

`compute(PayrollInput, MonthRates, overrides, catalog, employer)` needs no database: the register,
the LTC import, the tests and the benchmark all call it. A hand override replaces one figure and is
marked; figures derived from it (taxable pay, 장기요양 from 건강, 지방소득세 from 소득세) follow it.
With the facility's EmployerFacts it adds the employer's shares as lines of kind "employer".
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from heemang_desktop.payroll import employer as employer_shares
from heemang_desktop.payroll import insurance, premiums, withholding
from heemang_desktop.payroll.items import DEDUCTION, EMPLOYER, PAY, ItemDef
from heemang_desktop.payroll.items import catalog as default_catalog
from heemang_desktop.payroll.rates import MonthRates, times

DAY_LABORER = "일용"
PART_TIME = "단시간"


@dataclass
class PayrollInput:
    """What payroll needs of one employee for one month (filled from the HR card and attendance)."""

    employee_id: str
    employee_no: str
    name: str
    employment_type: str = "정규"  # 정규, 계약, 단시간, 일용
    job_type: str = ""
    email: str = ""
    bank_name: str = ""
    bank_account_masked: str = ""
    base_pay: int = 0  # monthly (card)
    daily_wage: int = 0  # day laborers (card)
    work_days: int = 0
    regular_minutes: int = 0
    overtime_minutes: int = 0
    night_minutes: int = 0
    holiday_minutes: int = 0  # every holiday minute (+50 %)
    holiday_over8_minutes: int = 0  # the part of them beyond 8 h in a day (+100 % instead, §56②)
    under_five: bool = False  # the facility has fewer than 5 staff: no statutory premiums
    saturday_overtime: bool = False  # the facility rule the minutes were split under (kept as a record)
    dependants: int = 1  # 공제대상가족, the employee included
    children: int = 0  # 8–20세 자녀 (tax credit)
    children_under_6: int = 0  # 보육수당 non-taxable limit
    pension: bool = True
    health: bool = True
    employment_insurance: bool = True
    withholding_percent: int = 100
    meals_in_kind: bool = False  # meals given in kind: 식대 is then taxable
    standing: dict = field(default_factory=dict)  # item code -> monthly amount
    monthly_hours: int = 0  # contract hours a month; 0: 209 for full-time, attendance hours for part-time
    declared_nontax: int = -1  # a register written elsewhere (LTC upload) states its non-taxable total

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Line:
    code: str
    name: str
    kind: str
    amount: int
    basis: str
    overridden: bool = False
    nontax: int = 0  # the non-taxable part of a pay item


@dataclass(frozen=True)
class Computation:
    lines: tuple[Line, ...]
    gross: int
    nontaxable: int
    taxable: int
    deductions: int
    net: int
    hourly: int  # the hourly equivalent checked against the minimum wage
    flags: tuple[str, ...]

    def amount(self, code: str) -> int:
        return sum(ln.amount for ln in self.lines if ln.code == code)

    @property
    def employer(self) -> int:
        return sum(ln.amount for ln in self.lines if ln.kind == EMPLOYER)


def paid_hours(inp: PayrollInput) -> int:
    """Hours a month for the hourly wage: contract hours, 209 for full-time, or attendance for part-time."""
    if inp.monthly_hours:
        return inp.monthly_hours
    if inp.employment_type == PART_TIME:
        return inp.regular_minutes // 60  # hours beyond the contract are paid apart, as overtime
    return 0


def compute(inp: PayrollInput, r: MonthRates, overrides: dict | None = None,
            items: tuple[ItemDef, ...] | None = None,
            employer: employer_shares.EmployerFacts | None = None) -> Computation:
    overrides = overrides or {}
    items = items or default_catalog()
    flags: list[str] = []
    lines: list[Line] = []
    std_hours = r["minimum_wage"]["monthly_hours"]
    prem = r["premiums"]
    day_laborer = inp.employment_type == DAY_LABORER

    def add(item: ItemDef, amount: int, basis: str, nontax: int = 0) -> int:
        if item.code in overrides:
            given = int(overrides[item.code])
            lines.append(Line(item.code, item.name, item.kind, given, f"수기 입력 (계산값 {amount:,}원)", True,
                              min(nontax, given)))
            return given
        # hour-based lines stay even at 0, so the register offers them for a hand override
        if amount or item.source in ("base", "hours", "insurance", "tax"):
            lines.append(Line(item.code, item.name, item.kind, amount, basis, False, nontax))
        return amount

    by_code = {i.code: i for i in items}
    # 1. pay
    if day_laborer:
        base = inp.daily_wage * inp.work_days
        base_basis = f"일급 {inp.daily_wage:,}원 × 근무 {inp.work_days}일"
    else:
        base, base_basis = inp.base_pay, "인사카드 기본급 (월)"
    ordinary = base if day_laborer else inp.base_pay + sum(
        int(inp.standing.get(i.code, 0)) for i in items if i.ordinary and i.kind == PAY)
    hours = paid_hours(inp) or std_hours
    if day_laborer:
        per_day = prem["day_laborer_hours_per_day"]
        hourly = inp.daily_wage // per_day
        hourly_basis = f"통상시급 {hourly:,}원 (일급 ÷ {per_day}시간)"
    else:
        hourly = ordinary // hours if hours else 0
        hourly_basis = f"통상시급 {hourly:,}원 (통상임금 {ordinary:,}원 ÷ {hours}시간)"

    nontax_used: dict[str, int] = {}
    for item in items:
        if item.kind != PAY:
            continue
        if item.source == "base":
            add(item, base, base_basis)
        elif item.source == "hours":
            add(item, *premiums.hour_line(item.code, inp, hourly, hourly_basis, r.month))
        else:
            amount = int(inp.standing.get(item.code, 0))
            nontax, basis = 0, "매월 정액 (급여 설정)"
            if item.nontax and not (item.nontax == "meal" and inp.meals_in_kind):
                limit = r["nontax_limits"].get(item.nontax, 0)
                if item.nontax == "childcare":
                    limit = r["nontax_limits"]["childcare_per_child"] * inp.children_under_6
                left = max(limit - nontax_used.get(item.nontax, 0), 0)
                nontax = min(amount, left)
                nontax_used[item.nontax] = nontax_used.get(item.nontax, 0) + nontax
                basis += f", 비과세 한도 {limit:,}원 중 {nontax:,}원 비과세"
            elif item.nontax == "meal":
                basis += ", 현물 식사 제공으로 과세"
            add(item, amount, basis, nontax)

    gross = sum(ln.amount for ln in lines if ln.kind == PAY)
    nontaxable = sum(ln.nontax for ln in lines if ln.kind == PAY)
    if inp.declared_nontax >= 0:
        nontaxable = min(inp.declared_nontax, gross)
    taxable = gross - nontaxable

    # 2. social insurance
    worked_hours = (inp.regular_minutes + inp.overtime_minutes) // 60
    th = r["thresholds"]
    below = ""
    if day_laborer and inp.work_days < th["day_laborer_min_days"]:
        below = f"일용 근무 {inp.work_days}일 (월 {th['day_laborer_min_days']}일 미만)"
    elif inp.employment_type == PART_TIME and (inp.monthly_hours or worked_hours) < th["min_monthly_hours"]:
        below = f"월 {inp.monthly_hours or worked_hours}시간 근로 (월 {th['min_monthly_hours']}시간 미만)"

    def insured(item_code: str, enrolled: bool, share_fn, allow_below: bool = False) -> int:
        item = by_code[item_code]
        if not enrolled:
            return add(item, 0, "인사카드: 미가입")
        if below and not allow_below:
            return add(item, 0, f"적용 제외: {below}")
        share = share_fn()
        return add(item, share.amount, share.basis)

    insured("pension", inp.pension, lambda: insurance.pension(taxable, r))
    health_amount = insured("health", inp.health, lambda: insurance.health(taxable, r))
    if inp.health and not below:
        share = insurance.long_term_care(health_amount, r)
        add(by_code["ltc"], share.amount, share.basis)
    else:
        add(by_code["ltc"], 0, "건강보험 미적용")
    # day laborers stay in employment insurance whatever their days
    insured("employment", inp.employment_insurance, lambda: insurance.employment(taxable, r),
            allow_below=day_laborer)

    # 3. income tax and local income tax
    if day_laborer:
        days = max(inp.work_days, 1)
        wages = [taxable // days + (1 if i < taxable % days else 0) for i in range(days)] if inp.work_days else []
        tax = withholding.day_laborer(wages, r)
    else:
        if inp.withholding_percent not in r["withholding_choices"]:
            flags.append(f"원천징수 비율 {inp.withholding_percent}%는 선택할 수 없어 100%로 계산")
        percent = inp.withholding_percent if inp.withholding_percent in r["withholding_choices"] else 100
        tax = withholding.monthly(taxable, inp.dependants, inp.children, percent, r)
    income_tax = add(by_code["income_tax"], tax.income_tax, tax.basis)
    local = times(income_tax, r["local_income_tax"]) // 10 * 10
    add(by_code["local_tax"], local, f"소득세 {income_tax:,}원 × 10%, 10원 미만 절사")

    for item in items:
        if item.kind == DEDUCTION and item.source == "standing":
            add(item, int(inp.standing.get(item.code, 0)), "매월 정액 공제 (급여 설정)")
    deductions = sum(ln.amount for ln in lines if ln.kind == DEDUCTION)

    # 4. employer shares, on the same pay and the same exemptions as the employee's
    if employer is not None:
        def exempt(enrolled: bool, allow_below: bool = False) -> str:
            return "인사카드: 미가입" if not enrolled else f"적용 제외: {below}" if below and not allow_below else ""

        for code, amount, basis in employer_shares.shares(
                taxable, r, employer, pension=exempt(inp.pension), health=exempt(inp.health),
                employment=exempt(inp.employment_insurance, allow_below=day_laborer)):
            lines.append(Line(code, employer_shares.LINES[code][0], EMPLOYER, amount, basis))

    # 5. minimum wage
    min_hourly = r["minimum_wage"]["hourly"]
    if day_laborer:
        equivalent = inp.daily_wage // prem["day_laborer_hours_per_day"]
    else:
        equivalent = ordinary // hours if hours else 0
    if (day_laborer and inp.daily_wage or not day_laborer and inp.base_pay) and equivalent < min_hourly:
        flags.append(f"최저임금 미달: 시간당 {equivalent:,}원 < {min_hourly:,}원")
    return Computation(tuple(lines), gross, nontaxable, taxable, deductions, gross - deductions, equivalent,
                       tuple(flags))
