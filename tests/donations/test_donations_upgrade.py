"""A facility's saved store from before donations (the newest saved fixture: the 0013_value_mappings head,
filled by that release) is migrated through 0014_donations and then takes donors, pledges and gifts like
a new one, its earlier queue intact."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

from heemang_desktop.app import open_app
from heemang_desktop.context import Actor
from heemang_desktop.donations import service
from heemang_desktop.settings import Paths
from heemang_desktop.status import status
from heemang_desktop.store import migrate

SAVED = Path(__file__).resolve().parents[1] / "fixtures" / "db_versions"


def _newest() -> Path:
    """The newest saved store made before donations (a later fixture may hold donations already)."""
    before = [p for p in SAVED.glob("*.sqlite3") if p.stem < "0014"]
    return max(before, key=lambda p: p.stem)


def test_a_store_saved_before_donations_migrates_and_takes_donors(tmp_path):
    record = _newest()
    facts = json.loads(record.with_suffix(".json").read_text(encoding="utf-8"))
    assert "0014_donations" not in facts["revisions"]
    paths = Paths(tmp_path / "data")
    paths.data_dir.mkdir()
    shutil.copy(record, paths.database)
    ctx = open_app(paths)
    try:
        assert set(ctx.store.revisions()) == migrate.head_revisions()
        ctx.unlock(facts["recovery_code"])
        ctx.actor = Actor("admin", "김관리", "관리자")
        queued = status(ctx)["queued"]
        donor = service.add_donor(ctx, service.DonorInput(name="최후원", phone="010-7777-8888",
                                                          resident_number="900101-1234567"))
        pledge = service.add_pledge(ctx, donor.id, service.PledgeInput(
            pledge_kind="정기", amount=20000, method="CMS", debit_day=15, bank_name="농협",
            bank_account="302-1234-5678-91", account_holder="최후원"))
        service.record_gift(ctx, service.GiftInput(donor_id=donor.id, gift_date=date(2026, 10, 15), method="CMS",
                                                   amount=20000, pledge_id=pledge.id))
        assert [d.name for d in service.search_donors(ctx, pledge_state="진행")] == ["최후원"]
        assert status(ctx)["queued"] == queued + 3  # donor, pledge and gift joined the earlier queue
        assert service.get_donor(ctx, donor.id).resident_number_masked == "900101-1******"
    finally:
        ctx.close()
