"""A CMS blackout a 관리자 adds moves the month's debits as the notice's own one does: the blackout
check lists the pledge, and the EB21 asks the bank for the day after it."""

from __future__ import annotations

from datetime import date

from heemang_desktop.calendar import service as calendar
from heemang_desktop.donations import service as donations


def _cms_pledge(ctx, day: int) -> None:
    donor = donations.add_donor(ctx, donations.DonorInput(name="홍후원", phone="010-2222-3333",
                                                          resident_number="800101-1234567"))
    donations.add_pledge(ctx, donor.id, donations.PledgeInput(
        pledge_kind="정기", amount=30000, method="CMS", debit_day=day, bank_name="국민은행",
        bank_account="123-456-78901", account_holder="홍후원", cms_registered_on=date(2021, 3, 2)))


def test_an_admin_cms_blackout_moves_the_debit_and_the_eb21(ctx, tmp_path):
    _cms_pledge(ctx, 15)
    donations.set_cms_setup(ctx, donations.CmsSetup("9912345678", "004", "99988877766655"))
    assert donations.blackout_moves(ctx, "2026-10") == []
    calendar.add_window(ctx, "cms_blackout", date(2026, 10, 14), date(2026, 10, 16), "은행 전산 점검")
    [moved] = donations.blackout_moves(ctx, "2026-10")
    assert (moved.old, moved.new, moved.window) == (date(2026, 10, 15), date(2026, 10, 19), "10.14~10.16")
    result = donations.write_eb21(ctx, "2026-10", tmp_path / "eb21.txt")
    assert [d for _, d, _, _ in result.files] == [date(2026, 10, 19)]
