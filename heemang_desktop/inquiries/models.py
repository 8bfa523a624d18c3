"""Help-desk inquiries (질의하기) and the centre's replies.

An inquiry is written here and read by the help desk: its title, content and attachment names are
public to others (domain.md §5), so personal data goes only in `private`, sealed at rest like a
resident number and carried over TLS like one. Replies are written by the central service and
pulled; this PC never edits them.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import DateTime, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from heemang_desktop.inquiries import attachments as files
from heemang_desktop.store.base import Base, SyncedMixin

PRIVATE = "inquiry_private"  # the field cipher's purpose: a key for resident numbers opens no inquiry
PRIVATE_MAX = 4000

SUBMITTED = "submitted"
IN_PROGRESS = "in_progress"
ANSWERED = "answered"
STATUSES = {SUBMITTED: "접수", IN_PROGRESS: "처리 중", ANSWERED: "답변 완료"}


class Inquiry(SyncedMixin, Base):
    __tablename__ = "inquiry"
    __sync_entity__ = "inquiry"
    __pii_fields__ = {"private": PRIVATE}
    __pii_max__ = {"private": PRIVATE_MAX}
    __table_args__ = (Index("ix_inquiry_created", "facility_id", "created_at"),)

    title: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(100), default="")  # "회계 > 결의서" (resources/inquiries)
    kind: Mapped[str] = mapped_column(String(20))  # 개선요구, 사용법 문의, … (resources/inquiries)
    content: Mapped[str] = mapped_column(Text)
    private_enc: Mapped[str | None] = mapped_column(Text, default=None)
    private_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    private_masked: Mapped[str | None] = mapped_column(String(40), default=None)
    attachments: Mapped[str] = mapped_column(Text, default="[]")  # JSON [{name, file: "<sha256>.<ext>"}]
    status: Mapped[str] = mapped_column(String(16), default=SUBMITTED)

    @staticmethod
    def sync_blobs(payload: dict, root: Path) -> list[tuple[str, str, Path | None]]:
        """The attachments the help desk must be able to open (sync/blobs.py sends them first):
        (sha256, shown name, the file here or None)."""
        out = []
        for e in files.entries(payload.get("attachments")):
            ref = e.get("file")
            sha = ref.partition(".")[0] if isinstance(ref, str) else ""
            out.append((sha, files.clean_name(str(e.get("name", ""))), files.file_of(root, str(payload.get("id")), e)))
        return out


class InquiryReply(SyncedMixin, Base):
    """The help desk's answer to one inquiry, with the inquiry's status as the desk set it."""

    __tablename__ = "inquiry_reply"
    __sync_entity__ = "inquiry_reply"
    __table_args__ = (Index("ix_inquiry_reply_inquiry", "inquiry_id", "replied_at"),)

    inquiry_id: Mapped[str] = mapped_column(String(36))  # no foreign key: a pulled reply may come first
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default=ANSWERED)
    replied_by: Mapped[str] = mapped_column(String(100), default="")
    replied_at: Mapped[datetime] = mapped_column(DateTime)
