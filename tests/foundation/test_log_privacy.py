"""Personal data never reaches the support log or the support bundle (issue 13 §5).

Resident and account numbers, subjects' and staff names, the sync password, its token, the store key
and the recovery code go through every feature that could log them: cards, a subject, a sync with
the reference central service (a good login and a wrong one), a workbook import from the CLI, an
unexpected error whose message holds a resident number. Then every log file and every member of
the bundle is searched for each value, with and without its dashes.
"""

from __future__ import annotations

import json
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent))  # tests/facility_pcs.py
sys.path.insert(0, str(Path(__file__).parent.parent / "hr"))
sys.path.insert(0, str(Path(__file__).parent.parent / "subjects"))

from facility_pcs import CentralServer, db_url_for  # noqa: E402
from hr_helpers import workbook  # noqa: E402
from subject_helpers import register  # noqa: E402
from sync_helpers import engine_for  # noqa: E402

from heemang_desktop import logs  # noqa: E402
from heemang_desktop.app import open_app  # noqa: E402
from heemang_desktop.cli import main  # noqa: E402
from heemang_desktop.hr import employees as cards  # noqa: E402

EMPLOYEE = dict(name="남궁별", rrn="820714-1038295", account="302-1187-4419-61")
SUBJECT = dict(name="탁수련", rrn="391225-2817364")
IMPORTED = dict(name="변하늘", rrn="910505-2047813", account="110-482-913375")
SYNC_PASSWORD = "Pw-secret-73914"
CRASH_RRN = "880808-1122334"
HEADER = ("사번", "성명", "직종", "고용형태", "입사일", "주민등록번호", "계좌번호", "기본급")


@pytest.fixture(autouse=True)
def close_log():
    yield
    logs.close()


def forms(value: str) -> set[str]:
    """The value, and its digits alone when it has other characters (900101-1234567 -> 9001011234567)."""
    digits = "".join(ch for ch in value if ch.isdigit())
    return {value} | ({digits} if len(digits) >= 6 and digits != value else set())


def personal_values(setup_result, keyring_backend) -> dict[str, str]:
    values = {"employee name": EMPLOYEE["name"], "employee rrn": EMPLOYEE["rrn"],
              "employee account": EMPLOYEE["account"],
              "subject name": SUBJECT["name"], "subject rrn": SUBJECT["rrn"], "imported name": IMPORTED["name"],
              "imported rrn": IMPORTED["rrn"], "imported account": IMPORTED["account"], "sync password": SYNC_PASSWORD,
              "crash rrn": CRASH_RRN, "recovery code": setup_result.recovery_code}
    for (_service, user), secret in keyring_backend.secrets.items():  # the store key and the sync token
        values[f"keyring {user.split('/')[0]}"] = secret
    return values


def leaks(text: str, values: dict[str, str]) -> list[str]:
    return [f"{label}: {form}" for label, value in values.items() for form in forms(value) if form in text]


def test_personal_data_reaches_neither_the_log_nor_the_bundle(setup_result, paths, tmp_path, memory_keyring,
                                                              monkeypatch, capsys):
    ctx = setup_result.context
    run = lambda *argv: main(["--data-dir", str(paths.data_dir), *argv])  # noqa: E731
    logs.setup(paths.data_dir)  # as every command does (cli.main); the commands below do it again

    cards.create_employee(ctx, cards.EmployeeInput(
        employee_no="E001", name=EMPLOYEE["name"], job_type="요양보호사", employment_type="정규",
        hire_date=date(2024, 3, 2), resident_number=EMPLOYEE["rrn"], bank_account=EMPLOYEE["account"]))
    register(ctx, name=SUBJECT["name"], rrn=SUBJECT["rrn"])

    server = CentralServer(db_url_for("sqlite", tmp_path)).start()
    try:
        server.add_user(password=SYNC_PASSWORD)
        report = engine_for(ctx, server.url, password=SYNC_PASSWORD).run_once()
        assert report.finished and report.pushed == {"applied": 2}, report.as_dict()
        assert engine_for(ctx, server.url, password="wrong-" + SYNC_PASSWORD).run_once().error_kind == "auth"
    finally:
        server.stop()
    assert any(user.startswith("sync-token/") for _, user in memory_keyring.secrets)
    ctx.close()  # the commands below open the store as a fresh process does

    book = workbook(tmp_path / "직원.xlsx", [("E002", IMPORTED["name"], "사회복지사", "정규", "2024-03-02",
                                              IMPORTED["rrn"], IMPORTED["account"], "2,300,000")],
                    header=HEADER, sheet="인사카드")
    assert run("import", "employees", str(book)) == 0
    check = open_app(paths)
    assert [e.name for e in cards.list_employees(check)] == [EMPLOYEE["name"], IMPORTED["name"]]
    check.close()

    def broken(_ctx):
        raise RuntimeError(f"주민등록번호 {CRASH_RRN} 처리 중 오류")

    monkeypatch.setattr("heemang_desktop.status.status", broken)
    with pytest.raises(RuntimeError):
        run("status")
    monkeypatch.undo()
    bundle = tmp_path / "지원.zip"
    assert run("support-bundle", "--out", str(bundle)) == 0
    capsys.readouterr()

    text = "".join(f.read_text(encoding="utf-8") for f in logs.log_files(paths.data_dir))
    # What a help desk needs is there ...
    for expected in ("start: heemang-desktop", "command import", "import employees", "store opened",
                     "sync round: offline (auth)", "sync round: online; pushed applied=2", "RuntimeError", "Traceback",
                     "command support-bundle"):
        assert expected in text, expected
    assert "880808-1******" in text  # the safety net masked what the exception's message carried
    # ... and nobody's data.
    values = personal_values(setup_result, memory_keyring)
    assert leaks(text, values) == []

    with zipfile.ZipFile(bundle) as z:
        members = {name: z.read(name).decode("utf-8") for name in z.namelist()}
    assert "logs/heemang.log" in members and "RuntimeError" in members["logs/heemang.log"]
    facts = json.loads(members["support.json"])
    assert facts["store"]["integrity_check"] == ["ok"]
    assert facts["store"]["sync"]["queue_by_state"] == {"applied": 2, "queued": 1}  # the imported card waits
    assert facts["store"]["rows"]["hr_employee"] == 2
    assert leaks("".join(members.values()), values) == []
