"""Payroll: pay items, the monthly register (급여대장), payslips by PDF and e-mail, the LTC payroll upload."""
