"""A store written by the release before charts followed the facility type keeps every account its records use.

The previous release gave every facility type one chart (the 사회복지시설 chart, unfiltered); `write_old_store`
writes records as it did, then the store is opened by this release.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date

import pytest
from acc_helpers import expense, income
from chart_helpers import write_old_store

from heemang_desktop.accounting import reports
from heemang_desktop.accounting.budget import budget_sheet, set_budget
from heemang_desktop.accounting.chart import add_detail_account, chart
from heemang_desktop.accounting.resolutions import cancel_resolution, get_resolution
from heemang_desktop.accounting.transfers import TransferInput, list_transfers, save_transfer
from heemang_desktop.app import open_app
from heemang_desktop.resources import load_json
from heemang_desktop.settings import Paths
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.users.service import sign_in_sole_user


def _old_store(tmp_path, facility_type, write):
    paths = Paths(tmp_path / "old")
    written = write_old_store(paths, facility_type, write)
    ctx = open_app(paths)
    sign_in_sole_user(ctx)
    return ctx, written


def _write_home_care(ctx):
    snack = add_detail_account(ctx, "세출", "312", "간식비", 2026)
    for code, amount in {snack.code: 1_000_000, "811": 500_000, "111": 3_000_000}.items():
        set_budget(ctx, 2026, "세출", code, amount)
    set_budget(ctx, 2026, "세입", "711", 500_000)
    spent = expense(ctx, "3월 간식·전출", [(snack.code, 120_000), ("811", 200_000)], day=date(2026, 3, 5))
    got = income(ctx, "법인 전입", [("711", 500_000), ("1011", 40_000)], day=date(2026, 3, 2))
    save_transfer(ctx, TransferInput(date(2026, 3, 10), snack.code, "811", 100_000, "전출 부족", "이사회 의결"))
    return spent.id, got.id


def test_home_care_store_keeps_the_old_accounts_its_records_use(tmp_path):
    ctx, (spent_id, got_id) = _old_store(tmp_path, "재가장기요양기관", _write_home_care)
    try:
        c = chart(ctx, 2026)
        assert c.name == "장기요양기관"
        kept = {(a.side, a.code): a for a in c.accounts if a.kept}
        assert sorted(kept) == [("세입", "71"), ("세입", "711"), ("세출", "312"), ("세출", "81"), ("세출", "811")]
        assert [a.label for a in c.ancestors(c.get("세출", "811"))] == ["8 전출금", "81 전출금"]
        assert c.get("세출", "312-01").name == "간식비" and c.ancestors(c.get("세출", "312-01"))[-1].kept
        assert c.get("세출", "315") is None  # unused accounts of the old chart are gone
        assert c.get("세입", "1011").parent == "121"  # a shared code, now under the new 관

        assert [(ln.account_code, ln.account_name, ln.amount) for ln in get_resolution(ctx, spent_id).lines] == [
            ("312-01", "간식비", 120_000), ("811", "법인전출금", 200_000)]
        assert [(ln.account_name, ln.amount) for ln in get_resolution(ctx, got_id).lines] == [
            ("법인전입금", 500_000), ("본인부담금수입", 40_000)]
        assert [(t.from_path[-1], t.to_path[-1], t.amount) for t in list_transfers(ctx, 2026)] == [
            ("312-01 간식비", "811 법인전출금", 100_000)]

        report = reports.build(ctx, "budget", 2026)
        rows = {(r[0], r[1]): r for r in report.rows}
        assert rows[("세출", "811")][4:8] == [500_000, 100_000, 600_000, 200_000]
        assert rows[("세출", "8")][4:8] == [500_000, 100_000, 600_000, 200_000]
        order = [r[1] for r in report.rows if r[0] == "세출"]
        assert order.index("81") == order.index("8") + 1  # shown under its 관, not after everything
        _revisions, sheet = budget_sheet(ctx, 2026)
        assert {(r.side, r.code): r.current for r in sheet}[("세출", "312")] == 1_000_000

        # Still valid: the old resolution can be cancelled, and the kept accounts still take new lines.
        assert cancel_resolution(ctx, spent_id).state == "cancelled"
        again = expense(ctx, "4월 간식", [("312-01", 50_000)], day=date(2026, 4, 5))
        assert again.lines[0].account_name == "간식비"
        with pytest.raises(ValidationError, match="없는 예산과목입니다: 316"):
            expense(ctx, "결연", [("316", 10_000)], day=date(2026, 4, 5))
    finally:
        ctx.close()


def test_welfare_center_store_keeps_care_benefit_income_it_booked(tmp_path):
    def write(ctx):
        return income(ctx, "급여", [("411", 900_000)], day=date(2026, 2, 1)).id

    ctx, got_id = _old_store(tmp_path, "노인복지관", write)
    try:
        c = chart(ctx, 2026)
        assert [a.code for a in c.accounts if a.kept] == ["04", "41", "411"]
        assert c.get("세입", "412") is None and c.get("세입", "1011") is None
        assert get_resolution(ctx, got_id).lines[0].account_name == "장기요양급여수입"
    finally:
        ctx.close()


def test_a_new_welfare_center_has_no_kept_accounts(ctx):
    assert [a for a in chart(ctx, 2026).accounts if a.kept] == []


def test_the_previous_chart_is_still_shipped_as_the_old_release_had_it():
    """Kept accounts come from the `previous` chart: its accounts must stay those every old store was written
    on (95 accounts; the digest was taken of the chart file of the release before charts followed the type)."""
    choice = load_json("accounting/charts.json")
    accounts = load_json(choice["charts"][choice["previous"]])["versions"][0]["accounts"]
    rows = sorted((a["side"], a["code"], a["name"], a["level"], a["parent"] or "", a["annex"],
                   bool(a.get("restricted"))) for a in accounts)
    digest = hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode()).hexdigest()
    assert (len(rows), digest) == (95, "7a0e2e05093af0bac7244ea80d20082abca717819e381dbdfe913eb99cbd98b3")
