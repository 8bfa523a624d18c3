"""The basic round trip: the queue reaches the server once, in order; a new PC pulls everything."""

from __future__ import annotations

from datetime import date

from notes import add_note, all_notes, delete_note, edit_note, get_note
from sync_helpers import engine_for

from heemang_desktop.status import status
from heemang_desktop.sync.engine import SyncReport
from heemang_desktop.sync.outbox import queued_count


def test_queue_reaches_server_once_in_order_and_second_sync_sends_nothing(sctx, central):
    a = add_note(sctx, "가", 1000, day=date(2026, 9, 1))
    edit_note(sctx, a, title="가나", amount=2000)
    b = add_note(sctx, "다", 3000)
    delete_note(sctx, b)

    report = engine_for(sctx, central.url).run_once()

    assert report.drained and report.pushed == {"applied": 4}
    history = central.changes()
    assert [(h["entity_id"], h["op"], h["version"]) for h in history] == [
        (a, "upsert", 1), (a, "upsert", 2), (b, "upsert", 1), (b, "delete", 2)]
    assert central.entities()[b]["deleted"] is True
    with sctx.store.session() as s:
        assert queued_count(s) == 0
    assert get_note(sctx, a).server_version == history[1]["server_version"]

    again = engine_for(sctx, central.url).run_once()
    assert again.drained and again.pushed == {} and len(central.changes()) == 4
    figs = status(sctx)
    assert figs["queued"] == 0 and figs["conflicts"] == 0 and figs["rejected"] == 0 and figs["last_sync"]


def test_new_pc_of_the_facility_pulls_everything_with_pii_resealed_under_its_own_key(sctx, central, second_pc):
    a = add_note(sctx, "김철수", 5000, rrn="900101-1234568", day=date(2026, 9, 2))
    add_note(sctx, "이영희", 7000)
    assert engine_for(sctx, central.url).run_once().drained

    # The server holds its own ciphertext, never the sending PC's and never the plain number.
    stored = central.entities()[a]["payload"]
    assert "1234568" not in stored and get_note(sctx, a).resident_number_enc not in stored

    report = engine_for(second_pc, central.url, user="sync").run_once()
    assert report.drained and report.pulled["applied"] == 2
    got = {n.title: n for n in all_notes(second_pc)}
    kim = got["김철수"]
    assert kim.amount == 5000 and kim.day == date(2026, 9, 2) and kim.version == 1
    assert kim.resident_number_masked == "900101-1******"
    assert second_pc.cipher.decrypt(kim.resident_number_enc, "rrn") == "9001011234568"
    assert kim.resident_number_enc != get_note(sctx, a).resident_number_enc
    assert report.sanity == []


def test_pulled_change_never_overwrites_a_row_with_unsent_edits(sctx, central, second_pc):
    a = add_note(sctx, "원본", 100)
    assert engine_for(sctx, central.url).run_once().drained
    assert engine_for(second_pc, central.url).run_once().drained
    edit_note(second_pc, a, title="둘째 PC 수정")
    assert engine_for(second_pc, central.url).run_once().drained

    edit_note(sctx, a, amount=999)  # unsent local edit on the first PC
    report = SyncReport()
    engine_for(sctx, central.url)._pull(report)  # pull alone, before pushing
    assert report.pulled["kept_local"] == 1
    assert get_note(sctx, a).title == "원본" and get_note(sctx, a).amount == 999
