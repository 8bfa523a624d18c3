"""CMS 출금동의서 per donor: kept in the store's attachments folder by content hash, checked by content,
replaced (the old copy removed), refused in Korean for a file that is not a document or picture."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from heemang_desktop.donations import service
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.models import OutboxEntry

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_consent_file_is_stored_inside_the_donors_folder_and_replaced(ctx, tmp_path):
    donor = service.add_donor(ctx, service.DonorInput(name="홍길동", phone="010-1234-5678"))
    assert service.consent_file(ctx, donor.id) is None
    first = tmp_path / "출금동의서_홍길동.pdf"
    first.write_bytes(PDF)
    info = service.attach_consent(ctx, donor.id, first, date(2026, 9, 1))
    assert (info.name, info.signed_on, info.present) == ("출금동의서_홍길동.pdf", date(2026, 9, 1), True)
    stored = service.consent_path(ctx, donor.id)
    assert stored.read_bytes() == PDF and ctx.paths.attachments in stored.parents and donor.id in stored.parts
    with ctx.store.session() as session:
        assert session.scalar(select(OutboxEntry.entity_id).where(OutboxEntry.entity == "donor")
                              .order_by(OutboxEntry.seq.desc())) == donor.id

    second = tmp_path / "재동의.pdf"
    second.write_bytes(PDF.replace(b"1.4", b"1.7"))
    service.attach_consent(ctx, donor.id, second)
    assert not stored.exists()  # the replaced copy is gone
    assert service.consent_path(ctx, donor.id).read_bytes().startswith(b"%PDF-1.7")
    assert service.consent_file(ctx, donor.id).name == "재동의.pdf"


def test_a_file_that_is_not_a_document_is_refused_and_nothing_changes(ctx, tmp_path):
    donor = service.add_donor(ctx, service.DonorInput(name="홍길동", phone="010-1234-5678"))
    fake = tmp_path / "동의서.pdf"
    fake.write_bytes(b"MZ\x90\x00 not a pdf at all")
    with pytest.raises(ValidationError, match="출금동의서는 PDF"):
        service.attach_consent(ctx, donor.id, fake)
    with pytest.raises(ValidationError, match="파일이 없습니다"):
        service.consent_path(ctx, donor.id)
    assert service.consent_file(ctx, donor.id) is None
    assert not (ctx.paths.attachments / "donors").exists() or not any((ctx.paths.attachments / "donors").rglob("*.*"))


def test_a_cms_registration_without_its_consent_file_is_named(ctx, tmp_path):
    donor = service.add_donor(ctx, service.DonorInput(name="박신청", birth_ymd="820303"))
    service.add_pledge(ctx, donor.id, service.PledgeInput(
        pledge_kind="정기", amount=10000, method="CMS", debit_day=10, bank_name="국민은행",
        bank_account="123-456-78901", account_holder="박신청"))
    assert [(p.name, p.reason) for p in service.without_consent(ctx)] == [
        ("박신청", "출금동의서가 없습니다 (후원자 카드에서 첨부)")]
    form = tmp_path / "동의서.pdf"
    form.write_bytes(PDF)
    service.attach_consent(ctx, donor.id, form)
    assert service.without_consent(ctx) == []
