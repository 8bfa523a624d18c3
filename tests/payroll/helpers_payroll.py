"""Shared inputs for payroll tests: a small facility month without HR cards, a real SMTP server."""

from __future__ import annotations

import email
import email.policy
import socket
from contextlib import contextmanager

from aiosmtpd.controller import Controller

from heemang_desktop.payroll.compute import PayrollInput


def staff() -> list[PayrollInput]:
    return [
        PayrollInput("emp-1", "E001", "김복지", job_type="사회복지사", base_pay=2_800_000, dependants=3, children=1,
                     email="kim@example.org", bank_name="농협", bank_account_masked="301-****-****-11",
                     standing={"position": 100_000, "meal": 200_000}),
        PayrollInput("emp-2", "E002", "박요양", job_type="요양보호사", base_pay=2_400_000, overtime_minutes=600,
                     night_minutes=2_400, holiday_minutes=960, email="park@example.org"),
        PayrollInput("emp-3", "E003", "이일용", employment_type="일용", job_type="조리원", daily_wage=200_000,
                     work_days=6,
                     email="lee@example.org"),
        PayrollInput("emp-4", "E004", "최단시", employment_type="단시간", job_type="요양보호사", base_pay=400_000,
                     regular_minutes=2_400, email=""),
    ]


def hire_staff(ctx) -> dict:
    """The same four people as HR cards, made through HR's public service."""
    from datetime import date

    from heemang_desktop.hr.employees import EmployeeInput, create_employee

    cards = {}
    for no, name, job, kind, pay, daily, deps, kids, mail in (
            ("E001", "김복지", "사회복지사", "정규", 2_800_000, 0, 3, 1, "kim@example.org"),
            ("E002", "박요양", "요양보호사", "정규", 2_400_000, 0, 1, 0, "park@example.org"),
            ("E003", "이일용", "조리원", "일용", 0, 200_000, 1, 0, "lee@example.org"),
            ("E004", "최단시", "요양보호사", "단시간", 400_000, 0, 1, 0, "")):
        cards[no] = create_employee(ctx, EmployeeInput(
            employee_no=no, name=name, job_type=job, employment_type=kind, hire_date=date(2025, 3, 2),
            base_pay=pay, daily_wage=daily, dependants=deps, children_under_20=kids, email=mail,
            bank_name="농협", bank_account="301-1234-5678-11"))
    return cards


class Inbox:
    def __init__(self):
        self.messages = []
        self.refuse: set[str] = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append((envelope.rcpt_tos[:], message))
        return "250 Message accepted"


def free_port() -> int:
    with socket.socket() as s:  # aiosmtpd cannot bind port 0: find a free one first
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def smtp_server():
    """A real SMTP server on 127.0.0.1: (inbox, port)."""
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield inbox, controller.port
    finally:
        controller.stop()
