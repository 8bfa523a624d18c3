"""A facility corrects its copy of the shipped chart: synced through the outbox, for that facility only."""

from __future__ import annotations

import json
from datetime import date

import pytest
from acc_helpers import income
from sqlalchemy import select

from heemang_desktop.accounting.chart import add_detail_account, chart, correct_account, shipped_chart
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.models import OutboxEntry


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
    from facility_pcs import central_and_second_pc, new_pc, sync_once

    with central_and_second_pc(tmp_path) as (server, second_pc):
        server.add_user(facility_code="K0999")
        other = new_pc(tmp_path / "other", facility_code="K0999")
        try:
            income(ctx, "본인부담", [("1011", 10_000)], day=date(2026, 3, 1))
            correct_account(ctx, "세입", "101", 2026, name="입소(이용)비용수입", confirmed=True)
            assert all(sync_once(pc, server).drained for pc in (ctx, second_pc, other))

            mine = chart(second_pc, 2026).get("세입", "101")
            assert (mine.name, mine.confirmed) == ("입소(이용)비용수입", True)
            theirs = chart(other, 2026).get("세입", "101")
            assert (theirs.name, theirs.confirmed, theirs.overridden) == ("입소자부담금수입", False, False)
        finally:
            other.close()


def test_two_pcs_correcting_one_account_offline_meet_as_a_conflict(ctx, tmp_path):
    """Both rows carry the same id (per facility and account), so the second PC is shown a conflict to settle
    rather than failing on the one-correction-per-account rule."""
    from facility_pcs import central_and_second_pc, sync_once

    from heemang_desktop.sync import conflicts

    with central_and_second_pc(tmp_path) as (server, second_pc):
        correct_account(ctx, "세출", "213", 2026, name="시설장비유지비", confirmed=True, note="PC1")
        correct_account(second_pc, "세출", "213", 2026, name="시설·장비유지비", confirmed=True, note="PC2")
        assert sync_once(ctx, server).drained
        report = sync_once(second_pc, server)
        assert report.pushed == {"conflict": 1} and report.conflicts == 1
        [issue] = conflicts.list_issues(second_pc)
        diffs = {f.name: (f.mine, f.theirs) for f in issue.fields if f.differs}
        assert diffs["note"] == ("PC2", "PC1") and diffs["name"] == ("시설·장비유지비", "")
        assert chart(second_pc, 2026).get("세출", "213").name == "시설·장비유지비"  # nothing overwritten silently
