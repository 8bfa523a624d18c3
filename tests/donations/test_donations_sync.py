"""Donors, pledges, gifts and a CMS batch travel to the facility's other PC through the reference central
service; sealed numbers arrive readable there (sealed with that PC's key), and pledge history with them."""

from __future__ import annotations

from datetime import date

from heemang_desktop.donations import service


def test_donations_reach_the_second_pc(ctx, tmp_path):
    from facility_pcs import central_and_second_pc, sync_once

    with central_and_second_pc(tmp_path) as (server, second_pc):
        donor = service.add_donor(ctx, service.DonorInput(name="홍후원", phone="010-2222-3333",
                                                          resident_number="800101-1234567", receipt_wanted=True))
        pledge = service.add_pledge(ctx, donor.id, service.PledgeInput(
            pledge_kind="정기", amount=30000, method="CMS", debit_day=1, bank_name="국민은행",
            bank_account="123-456-78901", account_holder="홍후원", cms_registered_on=date(2021, 3, 2)))
        changed = service.change_pledge(ctx, pledge.id, service.PledgeInput(
            pledge_kind="정기", amount=50000, method="CMS", debit_day=1, bank_name="국민은행",
            account_holder="홍후원"))
        service.record_gift(ctx, service.GiftInput(donor_id=donor.id, gift_date=date(2026, 9, 1), method="현금",
                                                   amount=10000))
        service.set_cms_setup(ctx, service.CmsSetup("9912345678", "004", "99988877766655"))
        service.write_eb21(ctx, "2026-10", tmp_path / "eb21.txt")
        assert sync_once(ctx, server).drained and sync_once(second_pc, server).drained

        [there] = service.search_donors(second_pc, "홍후원")
        card = service.get_donor(second_pc, there.id)
        assert (card.resident_number_masked, card.birth_ymd, card.receipt_wanted) == ("800101-1******", "800101", True)
        history = service.pledge_history(second_pc, changed.id)
        assert [(p.revision, p.amount, p.current) for p in history] == [(1, 30000, False), (2, 50000, True)]
        assert sum(g.amount for g in service.list_gifts(second_pc, there.id)) == 10000
        # the other PC's key reads the account: it writes the same EB21 bytes from the synced batch
        service.set_cms_setup(second_pc, service.CmsSetup("9912345678", "004", "99988877766655"))
        again = service.write_eb21(second_pc, "2026-10", tmp_path / "pc2_eb21.txt")
        assert again.reused
        assert (tmp_path / "pc2_eb21.txt").read_bytes() == (tmp_path / "eb21.txt").read_bytes()
