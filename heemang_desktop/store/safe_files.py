"""Files the store keeps in its attachments folder, reached only through references it checked.

Synced values (a photo reference, an attachment list, a row id) come from other PCs and from the
central service, so none of them is ever used as a path: a reference is a content hash with a known
extension (`<sha256>.png`), an owner id must be a canonical UUID, and the path made from them is
checked to stay inside the attachments folder with no symlink on the way. Anything else is refused
(`UnsafeReference`) or, where the caller can do without the file, treated as "no file".

Content is checked by magic bytes here and images by a real decode (render/images.py); new files are
written to a temporary name in the same folder, flushed to disk and renamed into place.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import tempfile
from pathlib import Path

from heemang_desktop.render.images import decodes
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.private import fsync_dir

UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
REF_RE = re.compile(r"([0-9a-f]{64})\.([a-z0-9]{1,5})")
MAX_NAME = 120  # a display name kept beside a reference (never used to build a path)


class UnsafeReference(ValidationError):
    """A stored reference or id that does not name a file inside the attachments folder."""

    def __init__(self, what: str):
        super().__init__(f"파일 참조가 올바르지 않아 사용하지 않았습니다: {what}", "파일")


def is_uuid(value) -> bool:
    return isinstance(value, str) and UUID_RE.fullmatch(value) is not None


def require_uuid(value, what: str = "id") -> str:
    if not is_uuid(value):
        raise UnsafeReference(f"{what}가 UUID가 아닙니다")
    return value


def content_ref(data: bytes, ext: str) -> str:
    """The reference a file is stored and synced under: its SHA-256 and its checked extension."""
    return f"{hashlib.sha256(data).hexdigest()}.{ext}"


def is_ref(value, extensions=None) -> bool:
    m = REF_RE.fullmatch(value) if isinstance(value, str) else None
    return m is not None and (extensions is None or m.group(2) in extensions)


def inside(root: Path, *parts: str) -> Path:
    """`root/part/...` after checking every part is one plain name (no separator, `..`, drive, NUL)
    and that no existing step below the data folder is a symlink; UnsafeReference otherwise."""
    for part in parts:
        if not _plain(part):
            raise UnsafeReference(_shown(part))
    steps = [root]
    for part in parts:
        steps.append(steps[-1] / part)
    for step in steps:
        try:
            mode = os.lstat(step).st_mode
        except FileNotFoundError:
            break
        if stat.S_ISLNK(mode):
            raise UnsafeReference(f"{_shown(step.name)} (바로가기)")
    path = steps[-1]
    real_root = os.path.realpath(root)  # also catches what lstat cannot see (a Windows junction)
    try:
        outside = os.path.commonpath([real_root, os.path.realpath(path)]) != real_root
    except ValueError:  # another drive (Windows)
        outside = True
    if outside:
        raise UnsafeReference(_shown(parts[-1] if parts else root.name))
    return path


# Names Windows gives to devices whatever the folder or extension ("CON.txt" is the console).
DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {f"{d}{i}" for d in ("COM", "LPT") for i in range(10)}


def _plain(part) -> bool:
    return (isinstance(part, str) and 0 < len(part) <= 200 and part not in (".", "..")
            and not any(c in part for c in '/\\:*?"<>|') and all(ord(c) >= 32 for c in part)
            and part == part.strip() and not part.startswith(".") and not part.endswith(".")
            and part.split(".")[0].upper() not in DEVICES)


def _shown(value) -> str:
    """A bad value for a message: short and printable (never a whole 5,000-character path)."""
    s = "".join(c if c.isprintable() else "?" for c in str(value))
    return s if len(s) <= 40 else s[:37] + "…"


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all: a temporary file beside it, fsync, rename."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def read_capped(source: Path, limit: int, label: str) -> bytes:
    """A user-chosen file's bytes, refused (Korean) when missing, not a plain file or over `limit`."""
    source = Path(source)
    if not source.is_file():
        raise ValidationError(f"{label} 파일이 없습니다: {_shown(source.name)}", label)
    with source.open("rb") as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise ValidationError(f"{label} 파일은 {limit // (1024 * 1024)}MB 이하여야 합니다: {_shown(source.name)}",
                              label)
    return data


# Magic bytes -> the extension a file of that kind is stored under.
SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpg"),
    (b"BM", "bmp"),
    (b"%PDF-", "pdf"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),  # HWP 5, xls, doc: the extension says which
    (b"PK\x03\x04", "zip"),  # hwpx, xlsx, docx: the extension says which
)
CONTAINERS = {"ole": {"hwp", "xls", "doc"}, "zip": {"hwpx", "xlsx", "docx"}}
IMAGES = {"png", "jpg", "bmp"}


def sniff(data: bytes, name: str = "") -> str | None:
    """The stored extension for `data` by its content (a container by the name's extension too), or None."""
    for magic, kind in SIGNATURES:
        if data.startswith(magic):
            if kind in CONTAINERS:
                ext = Path(name).suffix.lower().lstrip(".")
                return ext if ext in CONTAINERS[kind] else None
            return kind
    return None


def remove_quietly(path: Path | None) -> None:
    """Remove a file no reference names any more; a failure leaves a stray file, never an error."""
    if path is not None:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass


def stored_file(root: Path, folder: str, owner_id, ref, legacy: str | None = None) -> Path | None:
    """The file a stored reference names for one owner (a row of `folder`): `folder/<owner id>/<ref>`,
    or a first-wave value matching `legacy` (a pattern where `{id}` is the owner's id). None when the
    value names no such file: a synced value never becomes any other path."""
    if not is_uuid(owner_id) or not isinstance(ref, str):
        return None
    try:
        if is_ref(ref):
            return inside(root, folder, owner_id, ref)
        if legacy is not None and re.fullmatch(legacy.replace("{id}", owner_id), ref):
            return inside(root, *ref.split("/"))
    except UnsafeReference:
        return None
    return None


def checked_image(source: Path, kinds: set[str], limit: int, label: str = "사진") -> tuple[bytes, str]:
    """A chosen image's bytes and stored extension; ValidationError (Korean) unless it is a whole
    image of one of `kinds` (by its content and a real decode) of at most `limit` bytes."""
    data = read_capped(Path(source), limit, label)
    ext = sniff(data)
    if ext not in kinds or not decodes(data, ext):
        names = " 또는 ".join(n for k, n in (("png", "PNG"), ("jpg", "JPEG"), ("bmp", "BMP")) if k in kinds)
        why = " (열 수 없는 그림입니다)" if ext in kinds else ""
        raise ValidationError(f"{names} {label}만 넣을 수 있습니다{why}: {_shown(Path(source).name)}", label)
    return data, ext


def store_owned(root: Path, folder: str, owner_id: str, data: bytes, ext: str) -> tuple[str, Path, bool]:
    """Keep `data` as `folder/<owner id>/<sha256>.<ext>`: (reference, file, whether this call wrote it).
    The caller removes the file again if the row that should name it is not saved."""
    require_uuid(owner_id, "id")
    ref = content_ref(data, ext)
    target = inside(root, folder, owner_id, ref)
    if target.is_file():
        return ref, target, False
    write_atomic(target, data)
    return ref, target, True
