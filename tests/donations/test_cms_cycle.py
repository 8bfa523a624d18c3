"""The CMS cycle over stored pledges: the notice's blackout found from the pledges, a month's EB21 (never
a blocked date; written again, nothing new), EB22/EB14 results applied once, refused whole when they do
not answer what was sent, and the same commands end to end through the CLI."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from heemang_desktop.cli import main
from heemang_desktop.donations import service
from heemang_desktop.donations.cms_files import CmsFileError
from heemang_desktop.donations.models import CmsBatch, CmsLine, Gift
from heemang_desktop.resources import load_json

INSTITUTION = "9912345678"
REJECT = next(iter(load_json("cms/reject_codes.json")["codes"]))


def _pledge(ctx, name, phone, birth, day, amount, registered=True, **kw):
    donor = service.add_donor(ctx, service.DonorInput(name=name, phone=phone, birth_ymd=birth))
    return donor, service.add_pledge(ctx, donor.id, service.PledgeInput(
        pledge_kind="정기", amount=amount, method="CMS", debit_day=day, bank_name="국민은행",
        bank_account="123-456-78901", account_holder=name,
        cms_registered_on=date(2021, 3, 2) if registered else None, **kw))


@pytest.fixture
def donors(ctx):
    service.set_cms_setup(ctx, service.CmsSetup(INSTITUTION, "004", "99988877766655", "희망요양원"))
    first = _pledge(ctx, "김일일", "010-1111-0001", "800101", 1, 30000)
    fifteenth = _pledge(ctx, "이보름", "010-1111-0015", "810202", 15, 20000)
    waiting = _pledge(ctx, "박신청", "010-1111-0010", "820303", 10, 10000, registered=False)
    paused = _pledge(ctx, "최쉼", "010-1111-0020", "830404", 20, 10000)
    service.pause_pledge(ctx, paused[1].id)
    return {"first": first, "fifteenth": fifteenth, "waiting": waiting, "paused": paused}


def _records(data: bytes, length: int) -> list[bytearray]:
    return [bytearray(data[i:i + length]) for i in range(0, len(data), length)]


def eb22(sent: bytes, failed: dict[int, str] = {}) -> bytes:  # noqa: B006 - read only
    """The bank's EB22 for an EB21 we wrote: every line answered, `failed` serials with their code."""
    out = _records(sent, 150)
    for rec in (out[0], out[-1]):
        rec[19:23] = b"EB22"
    for serial, rec in enumerate(out[1:-1], 1):
        code = failed.get(serial, "")
        rec[68:69] = b"N" if code else b"Y"
        rec[69:73] = code.encode().ljust(4) if code else b"    "
    return b"".join(out)


def eb14(sent: bytes, failed: dict[int, str] = {}) -> bytes:  # noqa: B006 - read only
    out = _records(sent, 120)
    for rec in (out[0], out[-1]):
        rec[19:23] = b"EB14"
    for serial, rec in enumerate(out[1:-1], 1):
        code = failed.get(serial, "")
        rec[91:92] = b"N" if code else b"Y"
        rec[92:96] = code.encode().ljust(4) if code else b"    "
    return b"".join(out)


def _count(ctx, model) -> int:
    with ctx.store.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_the_notices_blackout_moves_the_first_and_leaves_the_fifteenth(ctx, donors):
    moves = service.blackout_moves(ctx, "2022-09")
    assert [(m.name, m.old, m.new) for m in moves] == [("김일일", date(2022, 9, 1), date(2022, 9, 7))]


def test_eb21_goes_per_day_never_on_a_blocked_date_and_twice_is_the_same(ctx, donors, tmp_path):
    out = tmp_path / "eb21.txt"
    result = service.write_eb21(ctx, "2022-09", out)
    assert [(p.name, d, n, t) for p, d, n, t in result.files] == [
        ("eb21_0907.txt", date(2022, 9, 7), 1, 30000), ("eb21_0915.txt", date(2022, 9, 15), 1, 20000)]
    assert [(p.name, "등록 전" in p.reason) for p in result.problems] == [("박신청", True)]  # listed, not skipped
    first_bytes = (tmp_path / "eb21_0907.txt").read_bytes()
    assert b"EB210907" in first_bytes[:30] and b"12345678901" in first_bytes
    again = service.write_eb21(ctx, "2022-09", out)
    assert again.reused and (tmp_path / "eb21_0907.txt").read_bytes() == first_bytes
    assert (_count(ctx, CmsBatch), _count(ctx, CmsLine)) == (2, 2)


def test_a_date_moved_across_the_months_end_goes_in_the_file_of_the_month_it_lands_in(ctx, donors, tmp_path):
    _pledge(ctx, "정그믐", "010-1111-0031", "840505", 31, 40000)  # 8.31 is inside the 8.30-9.6 blackout
    august = service.write_eb21(ctx, "2022-08", tmp_path / "aug.txt")
    # 8.1 also takes July's 31st (a Sunday); 8.15 is 광복절
    assert [(d, n) for _, d, n, _ in august.files] == [(date(2022, 8, 1), 2), (date(2022, 8, 16), 1)]
    assert any(p.name == "정그믐" and "2022-09-07" in p.reason for p in august.problems)
    september = service.write_eb21(ctx, "2022-09", tmp_path / "sep.txt")
    assert [(d, n, t) for _, d, n, t in september.files] == [
        (date(2022, 9, 7), 2, 70000), (date(2022, 9, 15), 1, 20000), (date(2022, 9, 30), 1, 40000)]


def test_a_result_is_applied_once_and_failures_carry_their_korean_reason(ctx, donors, tmp_path):
    service.write_eb21(ctx, "2022-09", tmp_path / "eb21.txt")
    ok_file = tmp_path / "eb22_0907.txt"
    ok_file.write_bytes(eb22((tmp_path / "eb21_0907.txt").read_bytes()))
    applied = service.apply_result(ctx, ok_file)
    assert (applied.kind, applied.done, applied.failed, applied.already_applied) == ("EB22", 1, 0, False)
    gifts = service.list_gifts(ctx, donors["first"][0].id)
    assert [(g.gift_date, g.amount, g.method) for g in gifts] == [(date(2022, 9, 7), 30000, "CMS")]
    twice = service.apply_result(ctx, ok_file)
    assert twice.already_applied and _count(ctx, Gift) == 1
    failed_file = tmp_path / "eb22_0915.txt"
    failed_file.write_bytes(eb22((tmp_path / "eb21_0915.txt").read_bytes(), {1: REJECT}))
    result = service.apply_result(ctx, failed_file)
    [line] = result.lines
    assert (line.name, line.ok, line.reject_code) == ("이보름", False, REJECT)
    assert line.reason == load_json("cms/reject_codes.json")["codes"][REJECT]["reason"]
    assert _count(ctx, Gift) == 1


def test_a_debit_refused_for_the_balance_is_asked_again_with_the_next_month_once(ctx, donors, tmp_path):
    service.write_eb21(ctx, "2022-09", tmp_path / "sep.txt")
    short = tmp_path / "eb22_0915.txt"
    short.write_bytes(eb22((tmp_path / "sep_0915.txt").read_bytes(), {1: "0021"}))  # 잔액 부족: worth retrying
    wrong = tmp_path / "eb22_0907.txt"
    wrong.write_bytes(eb22((tmp_path / "sep_0907.txt").read_bytes(), {1: "0012"}))  # no such account: not
    service.apply_result(ctx, short)
    service.apply_result(ctx, wrong)
    october = service.write_eb21(ctx, "2022-10", tmp_path / "oct.txt")
    assert {(d, t) for _, d, _, t in october.files} == {(date(2022, 10, 4), 30000), (date(2022, 10, 17), 40000)}
    november = service.write_eb21(ctx, "2022-11", tmp_path / "nov.txt")  # asked again once, not every month
    assert {(d, t) for _, d, _, t in november.files} == {(date(2022, 11, 1), 30000), (date(2022, 11, 15), 20000)}
    no_retry = service.write_eb21(ctx, "2022-12", tmp_path / "dec.txt", retry_failed=False)
    assert sum(t for *_, t in no_retry.files) == 50000


def test_results_that_do_not_answer_what_was_sent_are_refused_whole(ctx, donors, tmp_path):
    service.write_eb21(ctx, "2022-09", tmp_path / "eb21.txt")
    sent = (tmp_path / "eb21_0907.txt").read_bytes()
    other = tmp_path / "other.txt"
    other.write_bytes(eb22(sent).replace(INSTITUTION.encode(), b"1111111111"))
    with pytest.raises(CmsFileError, match="다른 기관"):
        service.apply_result(ctx, other)
    never = tmp_path / "never.txt"
    never.write_bytes(eb22(sent).replace(b"220907", b"220908"))  # an 9.8 debit was never asked for
    with pytest.raises(Exception, match="보낸 적이 없는"):
        service.apply_result(ctx, never)
    stranger = tmp_path / "stranger.txt"  # 9.7's date, but 9.15's donor: not a line of the 9.7 request
    stranger.write_bytes(eb22((tmp_path / "eb21_0915.txt").read_bytes()).replace(b"0915", b"0907"))
    with pytest.raises(Exception, match="보낸 요청에 없습니다"):
        service.apply_result(ctx, stranger)
    doubled = tmp_path / "doubled.txt"
    doubled.write_bytes(eb22(sent) * 2)
    with pytest.raises(CmsFileError):
        service.apply_result(ctx, doubled)
    with ctx.store.session() as session:
        assert session.scalars(select(CmsLine.state)).all() == ["요청", "요청"]
    assert _count(ctx, Gift) == 0


def test_eb13_registers_and_cancels_and_its_result_sets_the_pledges(ctx, donors, tmp_path):
    cancelled = donors["fifteenth"][1]
    service.cancel_pledge(ctx, cancelled.id, date(2022, 9, 1))
    out = tmp_path / "eb13.txt"
    result = service.write_eb13(ctx, out, date(2022, 9, 8))
    assert result.files[0][2] == 2
    with pytest.raises(Exception, match="넣을 등록·해지 신청이 없습니다"):
        service.write_eb13(ctx, tmp_path / "again.txt", date(2022, 9, 8))  # both wait for their EB14
    answer = tmp_path / "eb14.txt"
    answer.write_bytes(eb14(out.read_bytes()))
    applied = service.apply_result(ctx, answer)
    assert (applied.kind, applied.done) == ("EB14", 2)
    with pytest.raises(Exception, match="불능으로 돌아온 약정만"):
        service.reapply_cms(ctx, donors["waiting"][1].id)
    waiting = service.donor_pledges(ctx, donors["waiting"][0].id)[0]
    assert (waiting.cms_state, waiting.cms_registered_on) == ("등록", date(2022, 9, 8))
    assert service.donor_pledges(ctx, donors["fifteenth"][0].id)[0].cms_state == "해지"


@pytest.mark.parametrize("asked", [date(2022, 8, 30), date(2022, 9, 2), date(2022, 9, 6)])
def test_an_eb13_asked_inside_the_notices_blackout_is_dated_its_first_working_day_after(ctx, donors, tmp_path,
                                                                                         asked):
    out = tmp_path / "eb13.txt"
    result = service.write_eb13(ctx, out, asked)
    assert [d for _, d, _, _ in result.files] == [date(2022, 9, 7)]
    assert b"EB130907" in out.read_bytes()[:30] and b"220907" in out.read_bytes()[:120]
    assert f"{asked:%Y-%m-%d}은 CMS 출금 중단 기간(8.30~9.6)이라 2022-09-07자로" in result.moved
    answer = tmp_path / "eb14.txt"
    answer.write_bytes(eb14(out.read_bytes()))
    service.apply_result(ctx, answer)  # the bank answers for the day the file says
    assert service.donor_pledges(ctx, donors["waiting"][0].id)[0].cms_registered_on == date(2022, 9, 7)


def test_an_eb13_asked_outside_a_blackout_keeps_its_day(ctx, donors, tmp_path):
    result = service.write_eb13(ctx, tmp_path / "eb13.txt", date(2022, 8, 29))
    assert ([d for _, d, _, _ in result.files], result.moved) == ([date(2022, 8, 29)], "")


def test_a_cms_gift_goes_to_the_default_dedicated_account(ctx, donors, tmp_path):
    service.set_income_setup(ctx, service.IncomeSetup(deposit_accounts=("농협 후원금전용 301-01", "국민 123-02")))
    service.write_eb21(ctx, "2022-09", tmp_path / "eb21.txt")
    answer = tmp_path / "eb22.txt"
    answer.write_bytes(eb22((tmp_path / "eb21_0907.txt").read_bytes()))
    service.apply_result(ctx, answer)
    [gift] = service.list_gifts(ctx, donors["first"][0].id)
    assert (gift.method, gift.amount, gift.deposit_account) == ("CMS", 30000, "농협 후원금전용 301-01")


def test_a_refused_registration_is_asked_again_only_when_the_user_says_so(ctx, donors, tmp_path):
    out = tmp_path / "eb13.txt"
    service.write_eb13(ctx, out, date(2022, 9, 8))
    answer = tmp_path / "eb14.txt"
    answer.write_bytes(eb14(out.read_bytes(), {1: REJECT}))
    [line] = service.apply_result(ctx, answer).lines
    assert (line.name, line.ok, line.reject_code) == ("박신청", False, REJECT)
    pledge = donors["waiting"][1]
    assert service.donor_pledges(ctx, donors["waiting"][0].id)[0].cms_state == "불능"
    with pytest.raises(Exception, match="넣을 등록·해지 신청이 없습니다"):
        service.write_eb13(ctx, tmp_path / "none.txt", date(2022, 9, 13))
    assert service.reapply_cms(ctx, pledge.id).cms_state == "신청"
    assert service.write_eb13(ctx, tmp_path / "again.txt", date(2022, 9, 13)).files[0][2] == 1


def test_a_pledge_cancelled_while_its_registration_is_at_the_bank_is_cancelled_there_next(ctx, donors, tmp_path):
    out = tmp_path / "eb13.txt"
    service.write_eb13(ctx, out, date(2022, 9, 8))
    service.cancel_pledge(ctx, donors["waiting"][1].id, date(2022, 9, 3))
    answer = tmp_path / "eb14.txt"
    answer.write_bytes(eb14(out.read_bytes()))
    service.apply_result(ctx, answer)
    assert service.donor_pledges(ctx, donors["waiting"][0].id)[0].cms_state == "해지신청"
    again = tmp_path / "eb13-cancel.txt"
    assert service.write_eb13(ctx, again, date(2022, 9, 13)).files[0][2] == 1


def test_a_new_account_is_sent_as_the_old_ones_cancellation_then_the_new_registration(ctx, donors, tmp_path):
    donor, pledge = donors["first"]
    changed = service.change_pledge(ctx, pledge.id, service.PledgeInput(
        pledge_kind="정기", amount=30000, method="CMS", debit_day=1, bank_name="신한은행",
        bank_account="110-222-333444", account_holder="김일일"))
    assert changed.cms_state == "변경신청"
    out = tmp_path / "eb13.txt"
    service.write_eb13(ctx, out, date(2022, 9, 8))
    records = [out.read_bytes()[i:i + 120] for i in range(120, len(out.read_bytes()) - 120, 120)]
    accounts = [(b"12345678901" in r, b"110222333444" in r) for r in records]
    assert accounts[:2] == [(True, False), (False, True)]  # 해지 of the old account, then 신규 of the new
    answer = tmp_path / "eb14.txt"
    answer.write_bytes(eb14(out.read_bytes()))
    assert service.apply_result(ctx, answer).done == len(records)
    now = service.donor_pledges(ctx, donor.id)[0]
    assert (now.cms_state, now.cms_registered_on, now.bank_name) == ("등록", date(2022, 9, 8), "신한은행")


def test_cli_end_to_end(ctx, paths, donors, tmp_path, capsys):
    data_dir = str(paths.data_dir)
    ctx.close()
    capsys.readouterr()
    assert main(["--data-dir", data_dir, "cms", "blackout", "--month", "2022-09", "--json",
                 "--notice", str(tmp_path / "notice.csv")]) == 0
    out = json.loads(capsys.readouterr().out)
    moved = [(p["name"], p["old_date"], p["new_date"]) for p in out["pledges"]]
    assert moved == [("김일일", "2022-09-01", "2022-09-07")]
    assert "김일일" in (tmp_path / "notice.csv").read_text(encoding="utf-8-sig")
    assert main(["--data-dir", data_dir, "cms", "eb21", "--month", "2022-09", "--out", str(tmp_path / "r.txt")]) == 0
    assert "제외: " in capsys.readouterr().out
    answer = tmp_path / "eb22.txt"
    answer.write_bytes(eb22((tmp_path / "r_0907.txt").read_bytes()))
    assert main(["--data-dir", data_dir, "cms", "result", str(answer), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["done"] == 1
    assert main(["--data-dir", data_dir, "cms", "result", str(answer)]) == 0
    assert "이미 반영한" in capsys.readouterr().out
    assert main(["--data-dir", data_dir, "cms", "eb13", "--out", str(tmp_path / "eb13.txt"),
                 "--date", "2022-09-02"]) == 0
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"H" + b" " * 149)
    assert main(["--data-dir", data_dir, "cms", "result", str(bad)]) == 1
    assert "오류:" in capsys.readouterr().err
