"""질의하기' door: what the GUI, the CLI and other features may call.

An inquiry is checked by the personal-data guard (guard.py) before it is queued: its title, content
and attachment names must be clean; personal data goes in the private field, which is sealed at rest
and never scanned. It is queued through the outbox like any record and sent when the central service
is open; the desk's replies are pulled as `inquiry_reply` records. Other features call
`leave_warning` for free text that leaves the PC (적요, 비고, 일지): a warning, never a refusal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from heemang_desktop.inquiries import attachments as files
from heemang_desktop.inquiries import guard
from heemang_desktop.inquiries.guard import LABELS, Span, describe
from heemang_desktop.inquiries.models import PRIVATE, PRIVATE_MAX, STATUSES, SUBMITTED, Inquiry, InquiryReply
from heemang_desktop.inquiries.names import registered_names
from heemang_desktop.resources import load_json
from heemang_desktop.store import safe_files
from heemang_desktop.store.base import new_id
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.owned import owned
from heemang_desktop.sync.outbox import record_change
from heemang_desktop.sync.service import issues_for

SEOUL = ZoneInfo("Asia/Seoul")
QUEUED_LABEL = "전송 대기"
HELD_LABEL = "전송 보류"  # a file the centre must have is lost or refused (sync/blobs.py): `held` says why
FIELD_LABELS = {"title": "제목", "content": "내용", "attachments": "첨부 이름"}

__all__ = [
    "FIELD_LABELS", "LABELS", "QUEUED_LABEL", "Blocked", "Check", "InquiryDraft", "InquiryRow", "ReplyRow", "Span",
    "attachment_file",
    "categories", "check_draft", "check_text", "describe", "kinds", "leave_warning", "list_inquiries",
    "move_to_private", "private_text", "submit_inquiry",
]


@dataclass(frozen=True)
class Check:
    spans: list[Span]

    @property
    def blocked(self) -> bool:
        return bool(self.spans)

    def as_json(self) -> dict:
        return {"blocked": self.blocked, "spans": [s.as_json() for s in self.spans]}


@dataclass(frozen=True)
class InquiryDraft:
    title: str
    kind: str
    content: str
    private: str = ""
    category: str = ""
    attachments: tuple[str, ...] = ()  # paths of files to attach


class Blocked(ValidationError):
    """The guard found personal data: `found` maps a field ("title", "content", "attachments") to its
    spans (for attachments, spans in the names joined by a newline, as `check_draft` gives them)."""

    def __init__(self, found: dict[str, list[Span]]):
        parts = [f"{FIELD_LABELS[k]}: {describe(v)}" for k, v in found.items()]
        super().__init__("개인정보로 보이는 내용이 있어 보내지 않았습니다 (" + "; ".join(parts) + "). "
                         "표시된 부분을 '대상자 정보(비공개)' 칸으로 옮기거나 지우세요.", next(iter(found)))
        self.found = found


@dataclass(frozen=True)
class ReplyRow:
    body: str
    status: str  # Korean label
    replied_by: str
    replied_at: datetime  # Seoul time


@dataclass(frozen=True)
class InquiryRow:
    id: str
    title: str
    category: str
    kind: str
    content: str
    has_private: bool
    attachments: list[str]
    status: str  # Korean: 전송 대기 / 접수 / 처리 중 / 답변 완료
    sent: bool
    created_at: datetime  # Seoul time
    created_by: str
    replies: list[ReplyRow] = field(default_factory=list)
    held: str = ""  # why it is not being sent (Korean), while it waits for the user


# -- the lists the composer offers --------------------------------------------------------------
@cache
def _data() -> dict:
    return load_json("inquiries/categories.json")


def kinds() -> list[str]:
    return list(_data()["kinds"])


def categories() -> dict[str, list[str]]:
    """업무분류: top -> sub-items; an inquiry stores "위 > 아래" or the top alone."""
    return {k: list(v) for k, v in _data()["categories"].items()}


def _category_ok(value: str) -> bool:
    if not value:
        return True
    top, _, sub = (p.strip() for p in value.partition(">"))
    tree = categories()
    return top in tree and (not sub or sub in tree[top])


# -- the guard ----------------------------------------------------------------------------------
def check_text(ctx, text: str) -> Check:
    """Spans of personal data in `text`, registered names streamed from this store's registers."""
    with ctx.store.session() as session:
        return Check(guard.scan(text or "", registered_names(session, ctx.facility.id)))


def check_draft(ctx, draft: InquiryDraft) -> dict[str, list[Span]]:
    """field -> spans for the parts that leave the PC; an empty dict when the draft may be queued."""
    shown = "\n".join(files.clean_name(Path(p).name) for p in draft.attachments)
    found = {}
    with ctx.store.session() as session:
        for key, text in (("title", draft.title), ("content", draft.content), ("attachments", shown)):
            spans = guard.scan(text or "", registered_names(session, ctx.facility.id))
            if spans:
                found[key] = spans
    return found


def leave_warning(ctx, label: str, *texts: str, names: bool = True) -> str:
    """A Korean warning when free text that leaves the PC (적요, 비고, 일지) seems to hold personal
    data, or "": the caller saves anyway and shows it after its own "saved" line. `names=False` for
    a person's own record (a subject card's 비고), whose name travels with it anyway."""
    spans: list[Span] = []
    with ctx.store.session() as session:
        for text in texts:
            if text:
                spans += guard.scan(text, registered_names(session, ctx.facility.id) if names else ())
    if not spans:
        return ""
    return (f"다만 {label}에 개인정보로 보이는 내용이 있습니다 ({describe(spans)}). "
            "이 내용은 중앙 서비스로 전송되니 꼭 필요한 것이 아니면 지우세요.")


def move_to_private(text: str, private: str, spans: list[tuple[int, int]]) -> tuple[str, str]:
    """The composer's "비공개 칸으로 옮기기": the spans leave `text` and are added, in reading order,
    as lines of `private`."""
    pieces = []
    for start, end in sorted(spans, reverse=True):
        if not 0 <= start < end <= len(text):
            raise ValidationError("옮길 부분이 글 밖에 있습니다.")
        pieces.append(text[start:end])
        before, after = text[:start], text[end:]
        if before.endswith(" ") and (after.startswith(" ") or not after):
            before = before.rstrip(" ")  # "연락처 010-… 로" -> "연락처 로", not two spaces
        elif not before:
            after = after.lstrip(" ")
        text = before + after
    return text, "\n".join([private.rstrip("\n"), *reversed(pieces)]).lstrip("\n")


# -- writing and reading --------------------------------------------------------------------------
def _checked(draft: InquiryDraft) -> InquiryDraft:
    title, content, private = draft.title.strip(), draft.content.strip(), draft.private.strip()
    category = " > ".join(p.strip() for p in draft.category.split(">")) if draft.category.strip() else ""
    if not title:
        raise ValidationError("제목을 적으세요.", "title")
    if len(title) > 200:
        raise ValidationError("제목은 200자까지입니다.", "title")
    if draft.kind not in kinds():
        raise ValidationError(f"질의 종류는 다음 중 하나입니다: {', '.join(kinds())}", "kind")
    if not content:
        raise ValidationError("내용을 적으세요.", "content")
    if len(content) > 8000:
        raise ValidationError("내용은 8,000자까지입니다.", "content")
    if len(private) > PRIVATE_MAX:
        raise ValidationError(f"대상자 정보(비공개)는 {PRIVATE_MAX:,}자까지입니다.", "private")
    if not _category_ok(category):
        raise ValidationError(f"업무분류가 목록에 없습니다: {category}", "category")
    return InquiryDraft(title, draft.kind, content, private, category, tuple(draft.attachments))


def submit_inquiry(ctx, draft: InquiryDraft) -> InquiryRow:
    """Queue an inquiry for the help desk; `Blocked` (nothing saved) while the guard finds personal
    data in the title, the content or an attachment's name."""
    actor = ctx.require_actor()
    found = check_draft(ctx, draft)  # before trimming: the spans are places in the text as given
    if found:
        raise Blocked(found)
    draft = _checked(draft)
    checked = files.check(list(draft.attachments))
    written: list[Path] = []
    try:
        with ctx.transaction() as session:
            row = Inquiry(id=new_id(), facility_id=ctx.facility.id, title=draft.title, category=draft.category,
                          kind=draft.kind, content=draft.content, status=SUBMITTED)
            if draft.private:
                cipher = ctx.cipher
                row.private_enc = cipher.encrypt(draft.private, PRIVATE)
                row.private_hash = cipher.lookup_hash(draft.private, PRIVATE)
                row.private_masked = "비공개 정보 있음"
            row.attachments = files.store(ctx.paths.attachments, row.id, checked, written)  # the id names their folder
            record_change(session, row, actor.login_id)
            return _row(row, [])
    except BaseException:
        for path in written:
            safe_files.remove_quietly(path)
        raise


def _seoul(ts: datetime) -> datetime:
    return ts.replace(tzinfo=UTC).astimezone(SEOUL).replace(tzinfo=None)


def _row(r: Inquiry, replies: list[InquiryReply], held: str = "") -> InquiryRow:
    sent = r.server_version is not None
    shown = [ReplyRow(x.body, STATUSES.get(x.status, x.status), x.replied_by, _seoul(x.replied_at)) for x in replies]
    status = shown[-1].status if shown else (STATUSES[SUBMITTED] if sent else HELD_LABEL if held else QUEUED_LABEL)
    return InquiryRow(r.id, r.title, r.category, r.kind, r.content, bool(r.private_enc), files.names(r.attachments),
                      status, sent, _seoul(r.created_at), r.created_by, shown, held)


def list_inquiries(ctx) -> list[InquiryRow]:
    """This facility's inquiries, newest first, each with the desk's replies in order."""
    with ctx.store.session() as session:
        rows = session.scalars(select(Inquiry).where(Inquiry.facility_id == ctx.facility.id,
                                                     Inquiry.deleted.is_(False))
                               .order_by(Inquiry.created_at.desc())).all()
        replies: dict[str, list[InquiryReply]] = {}
        for x in session.scalars(select(InquiryReply).where(InquiryReply.facility_id == ctx.facility.id,
                                                            InquiryReply.deleted.is_(False))
                                 .order_by(InquiryReply.replied_at)):
            replies.setdefault(x.inquiry_id, []).append(x)
        held = issues_for(session, [r.id for r in rows if r.server_version is None])
        return [_row(r, replies.get(r.id, []), held.get(r.id, ("", ""))[1]) for r in rows]


def private_text(ctx, inquiry_id: str) -> str:
    """The private field in plain text, for the screen that opened this inquiry."""
    with ctx.store.session() as session:
        row = owned(session, Inquiry, inquiry_id, ctx.facility.id, "질의")
        return ctx.cipher.decrypt(row.private_enc, PRIVATE) if row.private_enc else ""


def attachment_file(ctx, inquiry_id: str, index: int) -> Path | None:
    with ctx.store.session() as session:
        row = owned(session, Inquiry, inquiry_id, ctx.facility.id, "질의")
        listed = files.entries(row.attachments)
        return files.file_of(ctx.paths.attachments, row.id, listed[index]) if 0 <= index < len(listed) else None
