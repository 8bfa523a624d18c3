"""`donations gift|gifts|merge`: gifts recorded and donors merged headless, named by 후원자번호."""

from __future__ import annotations

import json
from datetime import date

import pytest

from heemang_desktop.cli import main
from heemang_desktop.donations import service

ACCOUNTS = ("농협 후원금전용 301-01", "국민 후원금전용 123-02")


@pytest.fixture
def donors(ctx):
    service.set_income_setup(ctx, service.IncomeSetup(deposit_accounts=ACCOUNTS))
    kept = service.add_donor(ctx, service.DonorInput(name="홍길동", phone="010-1234-5678"))
    twin = service.add_donor(ctx, service.DonorInput(name="홍길동", birth_ymd="800101"))
    return kept, twin


def _run(capsys, paths, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(paths.data_dir), "donations", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_money_and_in_kind_gifts_are_saved_for_the_donor_named_by_number(ctx, paths, donors, capsys):
    kept, _ = donors
    code, out, _ = _run(capsys, paths, "gift", "--donor", kept.donor_no, "--date", "2026-09-03", "--amount",
                        "100,000", "--method", "계좌이체", "--designation", "지정", "--purpose", "아동 장학금",
                        "--json")
    assert code == 0
    money = json.loads(out)
    assert (money["donor_no"], money["amount"], money["designation"], money["purpose"], money["deposit_account"]) == (
        kept.donor_no, 100_000, "지정", "아동 장학금", ACCOUNTS[0])
    code, out, _ = _run(capsys, paths, "gift", "--donor", kept.donor_no, "--date", "2026-09-04", "--item", "기저귀",
                        "--quantity", "12", "--unit-value", "23,500")
    assert code == 0 and "282,000원" in out and "현물" in out

    rows = service.list_gifts(ctx, kept.id)
    assert [(r.gift_date, r.amount, r.method, r.item) for r in rows] == [
        (date(2026, 9, 3), 100_000, "계좌이체", ""), (date(2026, 9, 4), 282_000, "현물", "기저귀")]
    code, out, _ = _run(capsys, paths, "gifts", "--year", "2026")
    assert code == 0 and "2건 382,000원" in out


@pytest.mark.parametrize(("argv", "reason"), [
    (["--amount", "50000", "--method", "계좌이체", "--designation", "지정"], "지정목적을(를) 입력하세요"),
    (["--amount", "50000", "--method", "수표"], "CMS, 계좌이체, 현금, 현물 중 하나입니다: '수표'"),
    (["--amount", "50000"], "납부방법을 고르세요"),
    (["--item", "쌀", "--quantity", "2"], "수량과 단가"),
])
def test_a_gift_missing_what_the_form_requires_is_refused_with_the_reason(ctx, paths, donors, capsys, argv, reason):
    code, _, err = _run(capsys, paths, "gift", "--donor", donors[0].donor_no, "--date", "2026-09-03", *argv)
    assert code == 1 and reason in err
    assert service.list_gifts(ctx) == []


def test_an_unknown_donor_number_is_refused(ctx, paths, donors, capsys):
    number = donors[0].donor_no[:-1]  # a part of a real number is not that donor
    code, _, err = _run(capsys, paths, "gift", "--donor", number, "--date", "2026-09-03", "--amount", "1000",
                        "--method", "현금")
    assert code == 1 and f"없는 후원자번호입니다: {number}" in err
    assert service.list_gifts(ctx) == []


def test_merge_asks_for_yes_then_moves_the_gifts_to_the_donor_kept(ctx, paths, donors, capsys):
    kept, twin = donors
    service.record_gift(ctx, service.GiftInput(donor_id=twin.id, gift_date=date(2026, 9, 3), method="현금",
                                               amount=10_000))
    code, _, err = _run(capsys, paths, "merge", kept.donor_no, twin.donor_no)
    assert code == 1 and "--yes" in err
    assert service.list_gifts(ctx, twin.id) != []  # nothing moved without the confirmation

    code, out, _ = _run(capsys, paths, "merge", kept.donor_no, twin.donor_no, "--yes", "--json")
    assert code == 0
    assert json.loads(out) == {"kept": kept.donor_no, "merged": twin.donor_no, "pledges": 0, "gifts": 1,
                               "cms_lines": 0}
    assert [g.amount for g in service.list_gifts(ctx, kept.id)] == [10_000]
    assert service.get_donor(ctx, kept.id).birth_ymd == "800101"  # the blank filled from the duplicate
    code, _, err = _run(capsys, paths, "merge", kept.donor_no, twin.donor_no, "--yes")
    assert code == 1 and "없는 후원자번호입니다" in err  # merged away: no longer a donor of its own
