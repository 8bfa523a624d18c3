"""기부금영수증 between the facility's two PCs: a receipt travels with its lines and locks its gift on the other
PC too; the other PC numbers its own series (B), so both can issue offline without one number twice."""

from __future__ import annotations

from datetime import date

import pytest

from heemang_desktop.donations import service
from heemang_desktop.store.errors import ValidationError

SETUP = service.ReceiptSetup("1238212345", "서울특별시 종로구 희망로 1")


def test_a_receipt_reaches_the_other_pc_locked_and_the_pcs_number_apart(ctx, tmp_path):
    from facility_pcs import central_and_second_pc, sync_once

    with central_and_second_pc(tmp_path) as (server, second_pc):
        donor = service.add_donor(ctx, service.DonorInput(name="홍후원", phone="010-2222-3333",
                                                          resident_number="800101-1234567", receipt_wanted=True))
        gifts = [service.record_gift(ctx, service.GiftInput(donor.id, date(2026, m, 1), "현금", 10000))
                 for m in (3, 4)]
        service.set_receipt_setup(ctx, SETUP)
        first = service.issue_for_gift(ctx, gifts[0].id)
        assert first.number == "2026-A-0001"
        assert sync_once(ctx, server).drained and sync_once(second_pc, server).drained

        service.set_receipt_setup(second_pc, SETUP)
        [there] = service.list_receipts(second_pc, 2026)
        assert (there.number, there.total, there.donor_number_masked) == ("2026-A-0001", 10000, "800101-1******")
        assert [ln.amount for ln in service.receipt_lines(second_pc, there.id)] == [10000]
        with pytest.raises(ValidationError, match="2026-A-0001에 들어간 후원금"):
            service.issue_for_gift(second_pc, gifts[0].id)  # locked there too

        # both PCs issue while apart: PC 2 takes its own letter, so no number is handed out twice
        other = service.issue_for_gift(second_pc, gifts[1].id)
        service.void_receipt(ctx, first.id, "주소 오기")
        again = service.reissue_receipt(ctx, first.id)
        assert (other.number, again.number) == ("2026-B-0001", "2026-A-0002")
        for pc in (ctx, second_pc, ctx):
            assert sync_once(pc, server).drained
        for pc in (ctx, second_pc):
            rows = service.list_receipts(pc, 2026)
            assert [(r.number, r.state) for r in rows] == [
                ("2026-A-0001", "취소"), ("2026-A-0002", "발급"), ("2026-B-0001", "발급")]
        # the other PC's receipt prints there with the full number, read with that PC's key
        path = service.write_receipt_pdf(second_pc, other.id, tmp_path / "b.pdf")
        assert path.stat().st_size > 0
