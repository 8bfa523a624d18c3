"""The poison record, written as the attack: records an older central service accepted without
checking them (base_pay = 10**20, a missing required field, a 50,000-character name, right-to-left
override characters) sit in the facility's feed. Every PC's pull goes past them, quarantines each
with its reason, shows them in `status`, and later good changes still arrive. Today's central
service refuses the same push with the reason."""

from __future__ import annotations

import io
import json
import uuid

import pytest
from harness_central import PASSWORD
from notes import add_note, get_note
from sync_helpers import engine_for

from heemang_desktop import cli
from heemang_desktop.status import status
from heemang_desktop.sync import quarantine, schema
from heemang_desktop.sync.transport import Transport

RLO = "\u202e"


def employee_payload(ctx, **fields) -> dict:
    eid = str(uuid.uuid4())
    base = {"id": eid, "facility_id": ctx.facility.id, "employee_no": f"P{eid[:6]}", "name": "박독성",
            "job_type": "요양보호사", "employment_type": "정규", "hire_date": "2024-03-02", "base_pay": 2_000_000,
            "resident_number": None, "bank_account": None, "version": 1, "deleted": False}
    return {k: v for k, v in {**base, **fields}.items() if v is not ...}


def subject_payload(ctx, **fields) -> dict:
    return {"id": str(uuid.uuid4()), "facility_id": ctx.facility.id, "name": "최대상", "resident_number": None,
            "version": 1, "deleted": False, **fields}


def change(entity: str, payload: dict, pii=("bank_account", "resident_number")) -> dict:
    return {"change_id": str(uuid.uuid4()), "entity": entity, "entity_id": payload["id"], "op": "upsert",
            "base_version": 0, "payload": payload, "pii": sorted(pii)}


def push_raw(url: str, changes: list[dict]) -> list[dict]:
    t = Transport(url)
    token = t.login("K0161", "sync", PASSWORD)
    return t.push(token, str(uuid.uuid4()), changes)["results"]


def poison(ctx) -> list[dict]:
    return [
        change("employee", employee_payload(ctx, base_pay=10**20)),
        change("employee", employee_payload(ctx, name=...)),  # the required name left out
        change("subject", subject_payload(ctx, name="가" * 50_000), pii=("resident_number",)),
        change("subject", subject_payload(ctx, name=f"김{RLO}철수"), pii=("resident_number",)),
    ]


@pytest.fixture
def older_server(monkeypatch):
    """The central service as it was before it checked the wire schema."""
    monkeypatch.setattr(schema, "check_wire", lambda entity, payload: None)


def test_every_pc_pulls_past_the_poison_quarantines_it_and_later_changes_still_arrive(
        sctx, second_pc, central, older_server):
    bad = poison(sctx)
    assert [r["status"] for r in push_raw(central.url, bad)] == ["applied"] * 4
    later = add_note(second_pc, "독성 기록 뒤의 정상 기록", 5000)
    pushed = engine_for(second_pc, central.url).run_once()  # its pull then meets the poison
    assert pushed.finished and pushed.pushed == {"applied": 1} and pushed.pulled.get("quarantined") == 4

    report = engine_for(sctx, central.url).run_once()
    assert report.finished and report.pulled.get("quarantined") == 4 and report.quarantined == 4
    assert get_note(sctx, later).title == "독성 기록 뒤의 정상 기록"  # the pull went on past them
    for pc in (sctx, second_pc):
        figures = status(pc)
        assert figures["quarantined"] == 4 and "격리" in figures["last_error"]
        assert figures["connection"] == "online"

    held = {q.entity_id: q for q in quarantine.list_quarantined(sctx)}
    ids = [c["entity_id"] for c in bad]
    assert set(held) == set(ids)
    assert "'기본급'(base_pay)" in held[ids[0]].reason and "1조 원" in held[ids[0]].reason
    assert "'이름'(name)" in held[ids[1]].reason and "필수" in held[ids[1]].reason
    assert "100자까지" in held[ids[2]].reason and "50,000자" in held[ids[2]].reason
    assert "방향" in held[ids[3]].reason and held[ids[3]].fields["name"] == "김\\u202e철수"
    assert len(held[ids[2]].fields["name"]) < 300  # kept shortened, never whole

    from heemang_desktop.hr.models import Employee
    from heemang_desktop.subjects.models import Subject

    with sctx.store.session() as s:  # none of them reached the tables
        assert s.get(Employee, ids[0]) is None and s.get(Employee, ids[1]) is None
        assert s.get(Subject, ids[2]) is None and s.get(Subject, ids[3]) is None

    # The next sync is quiet: nothing pulled again, the records stay held, the check stays even.
    again = engine_for(sctx, central.url).run_once()
    assert again.finished and again.pulled.get("quarantined") is None and again.sanity == []
    assert status(sctx)["quarantined"] == 4


def test_a_corrected_copy_applies_and_leaves_the_quarantine(sctx, central, older_server):
    [bad] = [change("employee", employee_payload(sctx, base_pay=10**20))]
    push_raw(central.url, [bad])
    assert engine_for(sctx, central.url).run_once().quarantined == 1

    fixed = dict(bad["payload"], base_pay=2_500_000, version=2)
    push_raw(central.url, [{**change("employee", fixed), "base_version": 1}])
    report = engine_for(sctx, central.url).run_once()
    assert report.quarantined == 0 and report.error is None
    from heemang_desktop.hr import employees as cards

    assert cards.get_employee(sctx, bad["entity_id"]).base_pay == 2_500_000
    assert status(sctx)["quarantined"] == 0 and status(sctx)["last_error"] is None


def test_a_copy_sqlite_refuses_is_quarantined_alone(sctx, central, older_server):
    """Valid by its schema, but it breaks a unique rule of this PC's table: held back by itself."""
    first = change("employee", employee_payload(sctx, employee_no="E777"))
    twin = change("employee", employee_payload(sctx, employee_no="E777"))
    fine = change("employee", employee_payload(sctx, employee_no="E778"))
    push_raw(central.url, [first, twin, fine])
    report = engine_for(sctx, central.url).run_once()
    assert report.finished and report.pulled["applied"] == 2 and report.pulled["quarantined"] == 1
    [held] = quarantine.list_quarantined(sctx)
    assert held.entity_id == twin["entity_id"] and "무결성" in held.reason


def test_status_json_shows_the_quarantine_and_its_last_error(sctx, central, paths, monkeypatch, capsys, older_server):
    push_raw(central.url, [change("employee", employee_payload(sctx, base_pay=10**20))])
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code = cli.main(["--data-dir", str(paths.data_dir), "sync", "--server", central.url, "--user", "sync", "--once",
                     "--password-stdin", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["quarantined"] == 1 and out["finished"]
    assert cli.main(["--data-dir", str(paths.data_dir), "status", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["quarantined"] == 1 and "기본급" in figures["last_error"] and "격리" in figures["last_error"]
    assert cli.main(["--data-dir", str(paths.data_dir), "status"]) == 0  # the plain text says it too
    text = capsys.readouterr().out
    assert "해결할 기록: 격리 1건" in text and "마지막 오류:" in text and "기본급" in text


def test_todays_central_service_rejects_the_same_push_with_the_reason(sctx, central):
    results = push_raw(central.url, poison(sctx))
    assert [r["status"] for r in results] == ["rejected"] * 4
    reasons = [r["reason"] for r in results]
    assert "'기본급'(base_pay)" in reasons[0] and "1조 원" in reasons[0]
    assert "'이름'(name)" in reasons[1] and "필수" in reasons[1]
    assert "100자까지" in reasons[2]
    assert "방향" in reasons[3]
    assert central.entities() == {}


def test_a_value_the_schema_missed_that_sqlite_cannot_store_is_quarantined_not_fatal(sctx, central, older_server,
                                                                                     monkeypatch):
    """Belt and braces: with the client's schema check out of the way, SQLite's own OverflowError
    and NOT NULL failure hold back just those copies."""
    from heemang_desktop.sync import engine as eng

    huge = change("employee", employee_payload(sctx, base_pay=10**20))
    nameless = change("employee", employee_payload(sctx, name=None))
    fine = change("employee", employee_payload(sctx))
    push_raw(central.url, [huge, nameless, fine])
    monkeypatch.setattr(eng.schema, "check", lambda *a, **k: [])
    report = engine_for(sctx, central.url).run_once()
    assert report.finished and report.pulled["applied"] == 1 and report.pulled["quarantined"] == 2
    held = {q.entity_id: q.reason for q in quarantine.list_quarantined(sctx)}
    assert "숫자가 너무 커서" in held[huge["entity_id"]] and "무결성" in held[nameless["entity_id"]]


def test_a_poison_server_copy_in_a_conflict_does_not_stop_the_push(sctx, central, monkeypatch):
    """A server older than the PII type check kept a resident number as a number; this PC's edit of
    that record comes back as a conflict carrying it. The answer is stored (the plain value never
    kept), the other changes are answered, and taking the server's copy is refused with a reason."""
    from notes import add_notes, edit_note

    from heemang_desktop.central import service
    from heemang_desktop.store.errors import ValidationError
    from heemang_desktop.sync import conflicts

    nid = add_note(sctx, "공유", 1000)
    assert engine_for(sctx, central.url).run_once().drained
    monkeypatch.setattr(service, "_invalid", lambda change, facility_id: None)
    [copy] = [c for c in central.changes() if c["entity_id"] == nid]
    payload = dict(json.loads(copy["payload"]), resident_number=9001011234567, amount=10**20, version=1)
    push_raw(central.url, [{**change("test_note", payload, pii=("resident_number",)), "base_version": 1}])

    edit_note(sctx, nid, amount=1500)
    others = add_notes(sctx, 2)
    report = engine_for(sctx, central.url).run_once()
    assert report.pushed == {"conflict": 1, "applied": 2} and report.conflicts == 1
    assert all(o in central.entities() for o in others)
    [issue] = conflicts.list_issues(sctx)
    assert issue.kind == "conflict" and "9001011234567" not in json.dumps([f.theirs for f in issue.fields])
    with pytest.raises(ValidationError, match="1조 원"):
        conflicts.resolve(sctx, nid, "theirs")
    assert get_note(sctx, nid).amount == 1500
