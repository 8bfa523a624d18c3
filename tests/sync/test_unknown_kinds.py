"""A PC that upgrades later than the others receives records of kinds it does not know. They are
kept (sealed), not counted and skipped, and applied at the first sync after an upgrade that knows
them — even though the pull cursor moved past them long before."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from notes import add_note, edit_note, get_note
from sync_helpers import engine_for

from heemang_desktop.sync import engine as engine_module
from heemang_desktop.sync.entities import model_for


@contextmanager
def older_version():
    """The engine of a version without the test_note kind (as if a newer release had added it)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(engine_module, "model_for", lambda e: None if e == "test_note" else model_for(e))
        yield


def _sync_older(ctx, url):
    with older_version():
        return engine_for(ctx, url).run_once()


def test_records_of_an_unknown_kind_are_kept_and_applied_after_the_upgrade(sctx, central, second_pc):
    nid = add_note(sctx, "새 기능의 기록-일", 1000)
    assert engine_for(sctx, central.url).run_once().drained
    report = _sync_older(second_pc, central.url)
    assert report.finished and report.unknown_kept == 1 and report.pulled.get("unknown_kept") == 1
    assert get_note(second_pc, nid) is None  # not applied: this version has no table for it

    edit_note(sctx, nid, title="새 기능의 기록-둘", amount=2000)  # a later copy replaces the kept one
    assert engine_for(sctx, central.url).run_once().drained
    report = _sync_older(second_pc, central.url)
    assert report.unknown_kept == 1 and report.sanity == []
    raw = b"".join(p.read_bytes() for p in second_pc.paths.data_dir.glob("*.db*"))
    assert "새 기능의 기록".encode() not in raw  # kept sealed: this version can't tell its PII apart

    report = engine_for(second_pc, central.url).run_once()  # the upgrade that knows test_note
    assert report.drained and report.unknown_kept == 0 and report.pulled.get("applied") == 1
    note = get_note(second_pc, nid)
    assert (note.title, note.amount, note.version) == ("새 기능의 기록-둘", 2000, 2)
    assert engine_for(second_pc, central.url).run_once().sanity == []


def test_after_the_upgrade_the_newest_copy_wins_over_the_kept_one(sctx, central, second_pc):
    nid = add_note(sctx, "먼저", 1)
    assert engine_for(sctx, central.url).run_once().drained
    assert _sync_older(second_pc, central.url).unknown_kept == 1
    edit_note(sctx, nid, title="나중", amount=2)
    assert engine_for(sctx, central.url).run_once().drained
    # the upgraded PC applies the kept copy, then pulls the newer one: the kept one must not win
    assert engine_for(second_pc, central.url).run_once().drained
    assert get_note(second_pc, nid).title == "나중"
