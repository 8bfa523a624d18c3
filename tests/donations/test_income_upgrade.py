"""Migration 0017_donation_income on a store holding gifts: they keep every value, with no 후원금전용계좌
and no resolution (so the next booking takes them); downgrading drops the two columns again."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from heemang_desktop.store.engine import make_engine
from heemang_desktop.store.migrate import _config

NOW = "2026-09-01 00:00:00"


def _to(engine, revision: str, down: bool = False) -> None:
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, revision)


def _synced(**values) -> dict:
    return {"facility_id": "f1", "version": 1, "deleted": 0, "created_at": NOW, "updated_at": NOW,
            "created_by": "admin", "updated_by": "admin", **values}


def _insert(conn, table: str, row: dict) -> None:
    conn.execute(text(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join(':' + k for k in row)})"), row)


def test_gifts_saved_before_income_booking_survive_the_migration_unbooked(tmp_path):
    engine = make_engine(tmp_path / "s.sqlite3")
    _to(engine, "0015_calendar")
    with engine.begin() as conn:
        _insert(conn, "donation_donor", _synced(
            id="d1", donor_no="D-1", donor_kind="개인", name="최후원", phone="", phone_tail="", email="", address="",
            business_number="", birth_ymd="", receipt_wanted=0, news_channel="", note=""))
        _insert(conn, "donation_gift", _synced(
            id="g1", donor_id="d1", gift_date="2026-09-01", amount=30000, designation="비지정", purpose="",
            method="CMS", item="", quantity=0, unit_value=0, cancelled=0, note=""))
    _to(engine, "0017_donation_income")
    with engine.connect() as conn:
        row = conn.execute(text("SELECT amount, method, deposit_account, resolution_id FROM donation_gift")).one()
    assert tuple(row) == (30000, "CMS", "", None)
    _to(engine, "0015_calendar", down=True)
    with engine.connect() as conn:
        columns = {r[1] for r in conn.execute(text("PRAGMA table_info(donation_gift)"))}
        assert "resolution_id" not in columns and "deposit_account" not in columns
        assert conn.execute(text("SELECT amount FROM donation_gift")).scalar_one() == 30000
    engine.dispose()
