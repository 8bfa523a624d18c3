"""What a tester found in the CMS cycle: arrears carried only forward and only for a few cycles (older
ones listed, not debited); a debit moved into a month whose file is already made is never lost; a stored
batch on a date blocked since is refused and can be rebuilt; a batch the bank answered is not written
again as ready to send."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from heemang_desktop.audit.models import AccessRecord
from heemang_desktop.calendar import service as calendar_service
from heemang_desktop.cli import main
from heemang_desktop.donations import service
from heemang_desktop.store.errors import ValidationError
from tests.donations.test_cms_cycle import INSTITUTION, _pledge, eb22


@pytest.fixture
def setup(ctx):
    service.set_cms_setup(ctx, service.CmsSetup(INSTITUTION, "004", "99988877766655", "희망요양원"))


def _fail(ctx, tmp_path, month: str, code: str = "0021") -> None:
    """Write `month`'s EB21 and answer its first file with every line failed with `code`."""
    result = service.write_eb21(ctx, month, tmp_path / f"{month}.txt")
    path, *_ = result.files[0]
    answer = tmp_path / f"eb22_{month}.txt"
    answer.write_bytes(eb22(path.read_bytes(), {1: code}))
    service.apply_result(ctx, answer)


def test_a_failure_is_never_added_to_an_earlier_months_debit(ctx, setup, tmp_path):
    _pledge(ctx, "김보름", "010-2222-0001", "800101", 4, 15000)
    _fail(ctx, tmp_path, "2022-10")  # 10.4 fails with 잔액 부족
    august = service.write_eb21(ctx, "2022-08", tmp_path / "aug.txt")
    assert [(d, t) for _, d, _, t in august.files] == [(date(2022, 8, 4), 15000)]
    november = service.month_view(ctx, "2022-11")
    assert [(d.amount, d.arrears, d.arrears_from) for d in november.debits] == [(30000, 15000, "2022-10")]


def test_arrears_stop_after_the_retry_cycles_and_are_listed_instead(ctx, setup, tmp_path):
    _pledge(ctx, "김보름", "010-2222-0001", "800101", 15, 15000)
    _fail(ctx, tmp_path, "2022-09")
    assert service.retry_cycles() == 3
    within = service.month_view(ctx, "2022-12")  # the third cycle after September
    assert [(d.amount, d.arrears_from) for d in within.debits] == [(30000, "2022-09")]
    late = service.write_eb21(ctx, "2026-01", tmp_path / "jan.txt")
    assert [t for *_, t in late.files] == [15000]
    assert [(p.name, "2022-09" in p.reason and "15,000원" in p.reason) for p in late.problems] == [("김보름", True)]


def test_a_debit_moved_back_into_a_month_already_written_stays_in_this_months_file(ctx, setup, tmp_path):
    _pledge(ctx, "김일일", "010-2222-0002", "800101", 1, 30000)
    august = service.write_eb21(ctx, "2022-08", tmp_path / "aug.txt")  # the setting: next
    assert [d for _, d, _, _ in august.files] == [date(2022, 8, 1)]  # August's own 8.1 only
    september = service.write_eb21(ctx, "2022-09", tmp_path / "sep.txt", "previous")
    # 9.1 would move to 8.29, but August's file is made without it: it goes after the blackout instead
    assert [(d, t) for _, d, _, t in september.files] == [(date(2022, 9, 7), 30000)]
    [kept] = [p for p in september.problems if "2022-08 출금 파일을 이미 만들어" in p.reason]
    assert kept.label == "확인"  # in the file, on another date: not listed as left out
    [move] = service.blackout_moves(ctx, "2022-09", "previous")  # the donor is told the date it really goes
    assert (move.old, move.new) == (date(2022, 9, 1), date(2022, 9, 7))
    service.write_notice(ctx, "2022-09", tmp_path / "notice.csv", direction="previous")
    assert "9월 7일(수)로" in (tmp_path / "notice.csv").read_text(encoding="utf-8-sig")


def test_a_debit_moved_back_goes_in_the_earlier_month_when_that_file_is_made_after(ctx, setup, tmp_path):
    _pledge(ctx, "김일일", "010-2222-0002", "800101", 1, 30000)
    _pledge(ctx, "이보름", "010-2222-0015", "810101", 15, 20000)
    september = service.write_eb21(ctx, "2022-09", tmp_path / "sep.txt", "previous")
    assert [d for _, d, _, _ in september.files] == [date(2022, 9, 15)]  # 9.1 waits for August's file
    august = service.write_eb21(ctx, "2022-08", tmp_path / "aug.txt", "previous")
    assert [(d, t) for _, d, _, t in august.files] == [(date(2022, 8, 1), 30000), (date(2022, 8, 16), 20000),
                                                        (date(2022, 8, 29), 30000)]


def test_a_stored_batch_on_a_date_blocked_since_is_refused_and_can_be_rebuilt(ctx, setup, tmp_path):
    _pledge(ctx, "김열흘", "010-2222-0010", "800101", 10, 20000)
    first = service.write_eb21(ctx, "2026-12", tmp_path / "dec.txt")
    assert [d for _, d, _, _ in first.files] == [date(2026, 12, 10)]
    calendar_service.add_window(ctx, "cms_blackout", date(2026, 12, 9), date(2026, 12, 11), "은행 전산 점검")
    with pytest.raises(ValidationError, match="--rebuild"):
        service.write_eb21(ctx, "2026-12", tmp_path / "dec.txt")
    rebuilt = service.write_eb21(ctx, "2026-12", tmp_path / "dec.txt", rebuild=True)
    assert [(d, t) for _, d, _, t in rebuilt.files] == [(date(2026, 12, 14), 20000)]
    assert [d.debit_date for d in service.month_view(ctx, "2026-12").debits] == [date(2026, 12, 14)]


def test_an_answered_batch_is_not_written_again_and_its_month_is_not_rebuilt(ctx, setup, tmp_path):
    _pledge(ctx, "김열흘", "010-2222-0010", "800101", 10, 20000)
    _pledge(ctx, "이스물", "010-2222-0020", "810101", 20, 10000)
    _fail(ctx, tmp_path, "2026-11")  # the 11.10 file answered
    again = service.write_eb21(ctx, "2026-11", tmp_path / "again.txt")
    assert [d for _, d, _, _ in again.files] == [date(2026, 11, 20)]
    assert any("이미 결과를 반영" in n for n in again.notes)
    with pytest.raises(ValidationError, match="다시 만들 수 없습니다"):
        service.write_eb21(ctx, "2026-11", tmp_path / "again.txt", rebuild=True)


def test_rebuilding_frees_the_arrears_the_discarded_batch_carried(ctx, setup, tmp_path):
    _pledge(ctx, "김보름", "010-2222-0001", "800101", 15, 15000)
    _fail(ctx, tmp_path, "2022-09")
    service.write_eb21(ctx, "2022-10", tmp_path / "oct.txt")
    rebuilt = service.write_eb21(ctx, "2022-10", tmp_path / "oct.txt", rebuild=True)
    assert [t for *_, t in rebuilt.files] == [30000]


def test_cli_rebuild_replans_a_month_whose_date_was_blocked(ctx, paths, setup, tmp_path, capsys):
    _pledge(ctx, "김열흘", "010-2222-0010", "800101", 10, 20000)
    service.write_eb21(ctx, "2026-12", tmp_path / "dec.txt")
    calendar_service.add_window(ctx, "cms_blackout", date(2026, 12, 9), date(2026, 12, 11), "은행 전산 점검")
    ctx.close()
    args = ["--data-dir", str(paths.data_dir), "cms", "eb21", "--month", "2026-12", "--out", str(tmp_path / "d.txt")]
    capsys.readouterr()
    assert main(args) != 0
    assert "--rebuild" in capsys.readouterr().err
    assert main([*args, "--rebuild", "--json"]) == 0
    assert [f["date"] for f in json.loads(capsys.readouterr().out)["files"]] == ["2026-12-14"]


def test_the_eb21_export_is_recorded_with_its_month(ctx, setup, tmp_path):
    _pledge(ctx, "김열흘", "010-2222-0010", "800101", 10, 20000)
    service.write_eb21(ctx, "2026-11", tmp_path / "nov.txt")
    with ctx.store.session() as s:
        [access] = s.scalars(select(AccessRecord).where(AccessRecord.entity == "cms_batch")).all()
    assert (access.kind, access.entity_id) == ("export", "2026-11")
