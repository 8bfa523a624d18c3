"""A facility corrects its copy of the shipped chart: synced through the outbox, for that facility only."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest
from acc_helpers import income
from sqlalchemy import select

from heemang_desktop.accounting.chart import add_detail_account, chart, correct_account, shipped_chart
from heemang_desktop.app import SetupInput, initialize
from heemang_desktop.settings import Paths
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.models import OutboxEntry

sys.path.insert(0, str(Path(__file__).parent.parent / "central"))
sys.path.insert(0, str(Path(__file__).parent.parent / "sync"))


def _outbox(ctx):
    with ctx.store.session() as s:
        return [(e.entity, e.base_version, json.loads(e.payload))
                for e in s.scalars(select(OutboxEntry).where(OutboxEntry.entity == "chart_override"))]


def test_correction_renames_and_confirms_the_account_and_queues_its_change(ctx):
    assert not chart(ctx, 2026).get("세입", "101").confirmed
    fixed = correct_account(ctx, "세입", "101", 2026, name=" 입소(이용)비용수입 ", confirmed=True,
                            note="별표 3 (2025 관리안내 p.412)")
    assert (fixed.label, fixed.confirmed, fixed.overridden, fixed.shipped_name, fixed.note) == (
        "101 입소(이용)비용수입", True, True, "입소자부담금수입", "별표 3 (2025 관리안내 p.412)")
    c = chart(ctx, 2026)
    assert c.get("세입", "101").name == "입소(이용)비용수입" and c.ancestors(c.get("세입", "1011"))[-1].confirmed
    assert [(entity, base, p["side"], p["code"], p["name"], p["confirmed"]) for entity, base, p in _outbox(ctx)] == [
        ("chart_override", 0, "세입", "101", "입소(이용)비용수입", True)]
    assert shipped_chart("노인요양시설", 2026).get("세입", "101").name == "입소자부담금수입"


def test_confirming_without_renaming_keeps_the_shipped_name(ctx):
    fixed = correct_account(ctx, "세출", "111", 2026, name="급여", confirmed=True)
    assert (fixed.name, fixed.confirmed, fixed.shipped_name) == ("급여", True, "")
    assert _outbox(ctx)[0][2]["name"] == ""


def test_taking_a_correction_back_restores_the_shipped_entry(ctx):
    correct_account(ctx, "세출", "213", 2026, name="시설장비 유지비", confirmed=True, note="확인")
    back = correct_account(ctx, "세출", "213", 2026, name="시설장비유지비")
    assert (back.name, back.confirmed, back.overridden) == ("시설장비유지비", False, False)
    assert [(base, p["name"], p["confirmed"], p["deleted"]) for _e, base, p in _outbox(ctx)] == [
        (0, "시설장비 유지비", True, False), (1, "", False, False)]


def test_correction_is_refused_for_unknown_accounts_and_own_detail_accounts(ctx):
    with pytest.raises(ValidationError, match="없는 예산과목입니다: 세출 999"):
        correct_account(ctx, "세출", "999", 2026, confirmed=True)
    own = add_detail_account(ctx, "세출", "132", "사무용품", 2026)
    with pytest.raises(ValidationError, match="시설이 추가한 세목"):
        correct_account(ctx, "세출", own.code, 2026, confirmed=True)
    assert _outbox(ctx) == []


def test_correction_reaches_the_facilitys_other_pc_and_no_other_facility(ctx, tmp_path):
    from harness_central import CentralServer, db_url_for
    from sync_helpers import engine_for

    server = CentralServer(db_url_for("sqlite", tmp_path)).start()
    server.add_user()
    server.add_user(facility_code="K0999")
    setups = [initialize(Paths(tmp_path / name), SetupInput(facility_code=code, facility_name="다른 시설",
                                                             facility_type="노인요양시설", user_id="lee",
                                                             user_name="이사무", role="관리자"))
              for name, code in (("pc2", "K0161"), ("other", "K0999"))]
    second_pc, other = (s.context for s in setups)
    try:
        income(ctx, "본인부담", [("1011", 10_000)], day=date(2026, 3, 1))
        correct_account(ctx, "세입", "101", 2026, name="입소(이용)비용수입", confirmed=True)
        assert engine_for(ctx, server.url).run_once().drained
        assert engine_for(second_pc, server.url).run_once().drained
        assert engine_for(other, server.url).run_once().drained

        mine = chart(second_pc, 2026).get("세입", "101")
        assert (mine.name, mine.confirmed) == ("입소(이용)비용수입", True)
        theirs = chart(other, 2026).get("세입", "101")
        assert (theirs.name, theirs.confirmed, theirs.overridden) == ("입소자부담금수입", False, False)
    finally:
        for c in (second_pc, other):
            c.close()
        server.stop()


def test_two_pcs_correcting_one_account_offline_meet_as_a_conflict(ctx, tmp_path):
    """Both rows carry the same id (per facility and account), so the second PC is shown a conflict to settle
    rather than failing on the one-correction-per-account rule."""
    from harness_central import CentralServer, db_url_for
    from sync_helpers import engine_for

    from heemang_desktop.sync import conflicts

    server = CentralServer(db_url_for("sqlite", tmp_path)).start()
    server.add_user()
    second_pc = initialize(Paths(tmp_path / "pc2"), SetupInput(
        facility_code="K0161", facility_name="희망요양원", facility_type="노인요양시설", user_id="lee",
        user_name="이사무", role="관리자")).context
    try:
        correct_account(ctx, "세출", "213", 2026, name="시설장비유지비", confirmed=True, note="PC1")
        correct_account(second_pc, "세출", "213", 2026, name="시설·장비유지비", confirmed=True, note="PC2")
        assert engine_for(ctx, server.url).run_once().drained
        report = engine_for(second_pc, server.url).run_once()
        assert report.pushed == {"conflict": 1} and report.conflicts == 1
        [issue] = conflicts.list_issues(second_pc)
        diffs = {f.name: (f.mine, f.theirs) for f in issue.fields if f.differs}
        assert diffs["note"] == ("PC2", "PC1") and diffs["name"] == ("시설·장비유지비", "")
        assert chart(second_pc, 2026).get("세출", "213").name == "시설·장비유지비"  # nothing overwritten silently
    finally:
        second_pc.close()
        server.stop()
