"""Subjects benchmark: a subject's timeline and the roster for a date, at 2,000 subjects and 500,000 logs.

Run: python tests/bench/bench_subjects.py [--subjects N] [--logs N]
Prints medians (ms) of the service calls and of the bare SQL they stand on, and their ratio.
Targets (issue #7): timeline < 100 ms, roster < 50 ms.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import keyring  # noqa: E402
from memkeyring import MemoryKeyring  # noqa: E402

from heemang_desktop.app import SetupInput, initialize  # noqa: E402
from heemang_desktop.settings import Paths  # noqa: E402
from heemang_desktop.store.pii import HEALTH, HEALTH_MASK  # noqa: E402
from heemang_desktop.subjects import episodes  # noqa: E402
from heemang_desktop.subjects.timeline import timeline  # noqa: E402

SYNCED = "id, facility_id, version, server_version, deleted, created_at, updated_at, created_by, updated_by"
ON = date(2026, 9, 3)


def _median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def populate(db: Path, facility_id: str, n_subjects: int, n_logs: int, sealed: str) -> list[str]:
    """Rows straight into SQLite: building 500,000 logs through the services would take minutes.
    Every log holds the same sealed content (`sealed`, made once with the store's key), as the
    timeline decrypts each non-health log it shows."""
    rng = random.Random(7)
    now = datetime(2026, 9, 1).isoformat(sep=" ")
    con = sqlite3.connect(db)
    meta = (facility_id, 1, None, 0, now, now, "bench", "bench")
    ids = [str(uuid.uuid4()) for _ in range(n_subjects)]
    con.executemany(
        f"INSERT INTO subject ({SYNCED}, subject_no, name, resident_number_masked, birth_date, sex, support_category,"
        " ltc_grade, disability_degree, guardians, no_kin, photo_path, notes)"
        " VALUES (?,?,?,?,?,?,?,?,?, ?,?,?,?,?,?,?,?,?,?,?,?)",
        [(sid, *meta, f"S-{i:05d}", f"대상자{i:05d}", f"4{i % 10}0101-2******", "1940-01-01", "F", "일반", "3등급",
          "", "[]", i % 50 == 0, "", "") for i, sid in enumerate(ids)])
    episodes_rows = []
    for i, sid in enumerate(ids):
        start = date(2020, 1, 1) + timedelta(days=rng.randrange(2400))
        end = start + timedelta(days=rng.randrange(30, 900)) if i % 3 == 0 else None
        episodes_rows.append((str(uuid.uuid4()), *meta, sid, "residential" if i % 4 else "day", start.isoformat(),
                              end.isoformat() if end else None, "가정 복귀" if end else "", "", False))
    con.executemany(f"INSERT INTO subject_episode ({SYNCED}, subject_id, service, started_on, ended_on, end_reason,"
                    " note, cancelled) VALUES (?,?,?,?,?,?,?,?,?, ?,?,?,?,?,?,?)", episodes_rows)
    base = datetime(2024, 1, 1)
    types = ("생활일지", "간호일지", "상담일지")
    batch = []
    for k in range(n_logs):
        logged = (base + timedelta(minutes=rng.randrange(1_400_000))).isoformat(sep=" ")
        batch.append((str(uuid.uuid4()), *meta, ids[k % n_subjects], types[k % 3], logged, "작성자",
                      sealed, HEALTH_MASK, False))
        if len(batch) == 50_000:
            con.executemany(f"INSERT INTO daily_log ({SYNCED}, subject_id, log_type, logged_at, author, content_enc,"
                            " content_masked, cancelled) VALUES (?,?,?,?,?,?,?,?,?, ?,?,?,?,?,?,?)", batch)
            batch.clear()
    if batch:
        con.executemany(f"INSERT INTO daily_log ({SYNCED}, subject_id, log_type, logged_at, author, content_enc,"
                        " content_masked, cancelled) VALUES (?,?,?,?,?,?,?,?,?, ?,?,?,?,?,?,?)", batch)
    outings = [(str(uuid.uuid4()), *meta, ids[k % n_subjects], "외출",
                (base + timedelta(hours=k)).isoformat(sep=" "), None,
                (base + timedelta(hours=k + 3)).isoformat(sep=" "), "", "시장", "", False) for k in range(20_000)]
    con.executemany(f"INSERT INTO subject_outing ({SYNCED}, subject_id, kind, out_at, planned_return_at, returned_at,"
                    " companion, destination, note, cancelled) VALUES (?,?,?,?,?,?,?,?,?, ?,?,?,?,?,?,?,?,?)", outings)
    receipts = [(str(uuid.uuid4()), *meta, ids[k % n_subjects], f"2026-{k:05d}", "2026-01-10", 480000, "현금", "",
                 False, "", False) for k in range(24_000)]
    con.executemany(f"INSERT INTO fee_receipt ({SYNCED}, subject_id, receipt_no, received_on, amount, method, payer,"
                    " prepayment, note, cancelled) VALUES (?,?,?,?,?,?,?,?,?, ?,?,?,?,?,?,?,?,?)", receipts)
    con.commit()
    con.execute("ANALYZE")
    con.close()
    return ids


RAW_TIMELINE = (
    "SELECT id, logged_at FROM daily_log WHERE subject_id = ? AND deleted = 0 AND cancelled = 0"
    " ORDER BY logged_at DESC LIMIT 300",
    "SELECT id, out_at FROM subject_outing WHERE subject_id = ? AND deleted = 0 AND cancelled = 0"
    " ORDER BY out_at DESC LIMIT 300",
    "SELECT id, received_on FROM fee_receipt WHERE subject_id = ? AND deleted = 0 AND cancelled = 0"
    " ORDER BY received_on DESC LIMIT 300",
    "SELECT id, started_on FROM subject_episode WHERE subject_id = ? AND deleted = 0 AND cancelled = 0",
)
RAW_ROSTER = (
    "SELECT e.id, e.started_on, e.service, s.id, s.name, s.resident_number_masked, s.no_kin, s.subject_no"
    " FROM subject_episode e JOIN subject s ON s.id = e.subject_id"
    " WHERE e.facility_id = ? AND e.deleted = 0 AND e.cancelled = 0 AND e.started_on <= ?"
    " AND (e.ended_on IS NULL OR e.ended_on >= ?)"
)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--subjects", type=int, default=2000)
    parser.add_argument("--logs", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory() as tmp:
        paths = Paths(Path(tmp) / "data")
        result = initialize(paths, SetupInput("K0161", "희망요양원", "노인요양시설", "admin", "김관리", "관리자"))
        ctx = result.context
        t0 = time.perf_counter()
        sealed = ctx.cipher.encrypt("식사와 활동 양호, 특이사항 없음", HEALTH)
        ids = populate(paths.database, ctx.facility.id, args.subjects, args.logs, sealed)
        print(f"populated {args.subjects:,} subjects, {args.logs:,} logs in {time.perf_counter() - t0:.1f} s")
        rng = random.Random(1)
        sample = [rng.choice(ids) for _ in range(args.runs)]
        it = iter(sample * 2)
        n_items = len(timeline(ctx, sample[0]))
        t_service = _median_ms(lambda: timeline(ctx, next(it)), args.runs)
        con = sqlite3.connect(paths.database)
        it2 = iter(sample * 2)

        def raw_timeline():
            sid = next(it2)
            for q in RAW_TIMELINE:
                con.execute(q, (sid,)).fetchall()

        t_raw = _median_ms(raw_timeline, args.runs)
        roster_rows = len(episodes.roster(ctx, ON))
        r_service = _median_ms(lambda: episodes.roster(ctx, ON), args.runs)
        roster_args = (ctx.facility.id, ON.isoformat(), ON.isoformat())
        r_raw = _median_ms(lambda: con.execute(RAW_ROSTER, roster_args).fetchall(), args.runs)
        plan = " | ".join(r[3] for r in con.execute("EXPLAIN QUERY PLAN " + RAW_TIMELINE[0], (ids[0],)))
        con.close()
        ctx.close()
    print(f"timeline ({n_items} items): service {t_service:.1f} ms, raw SQL {t_raw:.1f} ms, "
          f"ratio {t_service / t_raw:.1f}x  (target < 100 ms)")
    print(f"roster ({roster_rows} rows):   service {r_service:.1f} ms, raw SQL {r_raw:.1f} ms, "
          f"ratio {r_service / r_raw:.1f}x  (target < 50 ms)")
    print(f"log query plan: {plan}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
