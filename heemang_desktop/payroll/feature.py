"""Payroll: pay items, the monthly register (급여대장), payslips by PDF and e-mail, the LTC payroll upload."""
from heemang_desktop.features import Feature, ImportRef

FEATURE = Feature(
    models=("heemang_desktop.payroll.models",),
    commands=("heemang_desktop.payroll.cli",),
    imports={"ltc-payroll": ImportRef("heemang_desktop.payroll.ltc:LTC_PAYROLL")},
    templates={"ltc-payroll": "heemang_desktop.payroll.ltc:write_template"},
    pages={"hr.payroll": "heemang_desktop.gui.payroll.register_page:PayrollPage"},
    entities={
        "pay_item": "급여 항목",
        "pay_profile": "직원 급여 설정",
        "payroll_register": "급여대장",
        "payroll_entry": "급여대장 행",
        "payslip_mail": "급여명세서 메일 발송",
        "payroll_employer": "사업주 부담 설정",
        "payroll_premium": "가산수당 설정",
    },
)
