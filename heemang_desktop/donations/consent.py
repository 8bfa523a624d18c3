"""CMS 출금동의서 (consent evidence) per donor, kept like other attachments: attachments/donors/<donor id>/.

The card keeps a reference, not a path: `consent_file` is the file's SHA-256 and checked extension
(store/safe_files.py), so a value pulled from another PC never names a file elsewhere. The file is
checked by content (PDF, images that decode, HWP/Office documents), capped in size, written
atomically; a save that fails removes what it wrote, and a replaced file is removed once saved.
A registration must have consent before it goes to the bank (domain.md §6).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from heemang_desktop.audit import service as audit
from heemang_desktop.donations.models import Donor
from heemang_desktop.render.images import decodes
from heemang_desktop.store import safe_files
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.owned import owned
from heemang_desktop.sync.outbox import record_change

FOLDER = "donors"
MAX_BYTES = 20 * 1024 * 1024
KINDS = {"pdf", "png", "jpg", "bmp", "hwp", "hwpx", "doc", "docx"}  # a signed form, scanned or photographed


@dataclass(frozen=True)
class ConsentFile:
    donor_id: str
    name: str  # shown only
    signed_on: date | None
    present: bool  # the file is on this PC (a card synced from another PC may name a file not copied here)


def _load(session, ctx, donor_id: str) -> Donor:
    return owned(session, Donor, donor_id, ctx.facility.id, "후원자")


def stored_path(ctx, donor: Donor) -> Path | None:
    return safe_files.stored_file(ctx.paths.attachments, FOLDER, donor.id, donor.consent_file or None)


def _info(ctx, donor: Donor) -> ConsentFile | None:
    if not donor.consent_file:
        return None
    path = stored_path(ctx, donor)
    return ConsentFile(donor.id, donor.consent_file_name, donor.consent_file_on, path is not None and path.is_file())


def _checked(source: Path) -> tuple[str, bytes, str]:
    """(shown name, bytes, stored extension) of a chosen file, judged by its content."""
    source = Path(source)
    data = safe_files.read_capped(source, MAX_BYTES, "출금동의서")
    ext = safe_files.sniff(data, source.name)
    if ext not in KINDS or (ext in safe_files.IMAGES and not decodes(data, ext)):
        raise ValidationError("출금동의서는 PDF, 그림(PNG·JPEG·BMP), 한글·워드 문서만 넣을 수 있습니다 "
                              f"(내용으로 확인): {source.name[:60]}", "consent_file")
    name = "".join(c for c in source.name if c.isprintable()).strip()[:safe_files.MAX_NAME] or f"출금동의서.{ext}"
    return name, data, ext


def attach_consent(ctx, donor_id: str, source: Path, signed_on: date | None = None) -> ConsentFile:
    """Keep `source` as the donor's 출금동의서 (replacing an earlier one) and record the change."""
    actor = ctx.require_actor()
    name, data, ext = _checked(source)
    if signed_on is not None and signed_on > date.today():
        raise ValidationError("동의일이 오늘보다 뒤입니다.", "signed_on")
    root = ctx.paths.attachments
    with ctx.store.session() as session:
        donor_id = _load(session, ctx, donor_id).id
    ref, target, written = safe_files.store_owned(root, FOLDER, donor_id, data, ext)
    try:
        with ctx.transaction() as session:
            donor = _load(session, ctx, donor_id)
            previous = stored_path(ctx, donor)
            donor.consent_file, donor.consent_file_name, donor.consent_file_on = ref, name, signed_on
            record_change(session, donor, actor.login_id)
            info = _info(ctx, donor)
    except BaseException:
        if written:
            safe_files.remove_quietly(target)
        raise
    if previous is not None and previous != target:
        safe_files.remove_quietly(previous)
    assert info is not None
    return info


def consent_file(ctx, donor_id: str) -> ConsentFile | None:
    with ctx.store.session() as session:
        return _info(ctx, _load(session, ctx, donor_id))


def consent_path(ctx, donor_id: str) -> Path:
    """The stored file, to open in another program: the opening is recorded in 접속기록 (the form carries
    the donor's account and signature). A Korean refusal when the donor has none or it is not on this PC."""
    with ctx.transaction() as session:
        donor = _load(session, ctx, donor_id)
        path = stored_path(ctx, donor)
        if path is None or not path.is_file():
            raise ValidationError("이 PC에 출금동의서 파일이 없습니다.")
        audit.record_access(session, ctx, audit.EXPORT, "donor", donor.id, detail="출금동의서 열기")
    return path
