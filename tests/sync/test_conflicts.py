"""Two PCs of one facility editing the same record: the second sees a conflict and settles it;
rejected changes carry the server's reason and are corrected and sent again."""

from __future__ import annotations

import pytest
from notes import add_note, add_notes, delete_note, edit_note, get_note
from outbox_tamper import tamper_payload
from sync_helpers import engine_for

from heemang_desktop.status import status
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync import conflicts


@pytest.fixture
def shared(sctx, central, second_pc):
    """One record both PCs have (version 1), then PC1 changes it and syncs first."""
    nid = add_note(sctx, "원래 제목", 1000, rrn="900101-1234568")
    assert engine_for(sctx, central.url).run_once().drained
    assert engine_for(second_pc, central.url).run_once().drained
    edit_note(sctx, nid, title="첫째 PC 제목", amount=2000)
    assert engine_for(sctx, central.url).run_once().drained
    return nid


def test_second_pc_gets_a_conflict_shown_field_by_field(shared, second_pc, central):
    edit_note(second_pc, shared, amount=3000)
    edit_note(second_pc, shared, amount=3500)  # a later edit of the same record is held back
    report = engine_for(second_pc, central.url).run_once()
    assert report.pushed == {"conflict": 2} and report.conflicts == 1 and not report.drained
    assert status(second_pc)["conflicts"] == 1
    assert get_note(second_pc, shared).amount == 3500  # nothing overwritten silently

    [issue] = conflicts.list_issues(second_pc)
    assert issue.kind == "conflict" and issue.choices == ("mine", "theirs", "fields")
    diffs = {f.name: (f.mine, f.theirs) for f in issue.fields if f.differs}
    assert diffs == {"title": ("원래 제목", "첫째 PC 제목"), "amount": ("3,500", "2,000")}
    labels = {f.name: f.label for f in issue.fields}
    assert (labels["title"], labels["amount"], labels["resident_number"]) == ("제목", "금액", "주민등록번호")
    shown = {f.name: f.mine for f in issue.fields}
    assert shown["resident_number"] == "900101-1******"  # PII only masked on the screen
    assert len(central.changes()) == 2


def test_keep_mine_sends_my_copy_on_top_of_theirs(shared, second_pc, sctx, central):
    edit_note(second_pc, shared, amount=3000)
    engine_for(second_pc, central.url).run_once()
    conflicts.resolve(second_pc, shared, "mine")
    assert engine_for(second_pc, central.url).run_once().drained
    server = central.entities()[shared]
    assert server["version"] == 3 and '"amount":3000' in server["payload"]
    assert engine_for(sctx, central.url).run_once().drained
    assert get_note(sctx, shared).amount == 3000 and get_note(sctx, shared).title == "원래 제목"


def test_take_theirs_replaces_mine_and_sends_nothing(shared, second_pc, central):
    edit_note(second_pc, shared, amount=3000)
    engine_for(second_pc, central.url).run_once()
    conflicts.resolve(second_pc, shared, "theirs")
    note = get_note(second_pc, shared)
    assert (note.title, note.amount, note.version) == ("첫째 PC 제목", 2000, 2)
    assert second_pc.cipher.decrypt(note.resident_number_enc, "rrn") == "9001011234568"
    report = engine_for(second_pc, central.url).run_once()
    assert report.drained and report.pushed == {} and report.sanity == []


def test_field_by_field_takes_chosen_fields_from_theirs(shared, second_pc, sctx, central):
    edit_note(second_pc, shared, amount=3000)
    engine_for(second_pc, central.url).run_once()
    conflicts.resolve(second_pc, shared, "fields", ("title",))
    assert engine_for(second_pc, central.url).run_once().drained
    engine_for(sctx, central.url).run_once()
    note = get_note(sctx, shared)
    assert (note.title, note.amount) == ("첫째 PC 제목", 3000)


def test_a_delete_wins(shared, second_pc, sctx, central):
    delete_note(sctx, shared)
    assert engine_for(sctx, central.url).run_once().drained
    edit_note(second_pc, shared, amount=1)
    engine_for(second_pc, central.url).run_once()
    [issue] = conflicts.list_issues(second_pc)
    assert issue.theirs_deleted and issue.choices == ("theirs",)
    with pytest.raises(ValidationError):
        conflicts.resolve(second_pc, shared, "mine")
    conflicts.resolve(second_pc, shared, "theirs")
    assert get_note(second_pc, shared).deleted
    assert engine_for(second_pc, central.url).run_once().drained


def test_rejected_change_shows_reason_queue_moves_on_then_resent(sctx, central):
    bad = add_note(sctx, "소수 금액", 0)
    edit_note(sctx, bad, amount=1500)
    tamper_payload(sctx, bad, amount=1500.5)  # money must be int won: the server refuses it
    good = add_notes(sctx, 3)
    report = engine_for(sctx, central.url).run_once()
    assert report.pushed == {"applied": 4, "rejected": 1} and report.rejected == 1
    [issue] = conflicts.list_issues(sctx)
    assert issue.kind == "rejected" and "정수" in issue.reason and issue.choices == ("resend",)
    assert all(g in central.entities() for g in good)

    edit_note(sctx, bad, amount=1500)  # corrected; held back until resent
    assert engine_for(sctx, central.url).run_once().pushed == {}
    conflicts.resolve(sctx, bad, "resend")
    assert engine_for(sctx, central.url).run_once().drained
    assert '"amount":1500' in central.entities()[bad]["payload"] and central.entities()[bad]["version"] == 2


def test_rejected_new_record_can_be_discarded(sctx, central):
    bad = add_note(sctx, "잘못", 10)
    tamper_payload(sctx, bad, amount=10.5)
    engine_for(sctx, central.url).run_once()
    [issue] = conflicts.list_issues(sctx)
    assert issue.choices == ("resend", "discard")
    conflicts.resolve(sctx, bad, "discard")
    assert get_note(sctx, bad) is None and status(sctx)["rejected"] == 0


def test_feature_lists_can_show_the_reason_beside_the_record(sctx, central):
    from heemang_desktop.sync.queue import issues_for

    bad = add_note(sctx, "소수", 0)
    tamper_payload(sctx, bad, amount=0.5)
    good = add_note(sctx, "정상", 1)
    engine_for(sctx, central.url).run_once()
    with sctx.store.session() as s:
        found = issues_for(s, [bad, good])
    assert list(found) == [bad] and found[bad][0] == "rejected" and "정수" in found[bad][1]
