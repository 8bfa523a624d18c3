"""Evidence files attached to a resolution (증빙·첨부), kept in attachments/resolution/<resolution id>/.

The synced `attachments` column is a JSON list of {"name": shown name, "file": "<sha256>.<ext>"}: the
name is only ever shown, the file reference is checked (store/safe_files.py) before it names a file,
so a list pulled from another PC can never reach outside the resolution's folder. First-wave lists
hold plain names of files in that folder; they still show and resolve when they are plain names.
Files are checked by content (PDF, images that really decode, HWP/Office documents), capped in size,
and written atomically; a save that fails removes what it wrote.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from heemang_desktop.render.images import decodes
from heemang_desktop.store import safe_files
from heemang_desktop.store.errors import ValidationError

FOLDER = "resolution"
MAX_BYTES = 20 * 1024 * 1024
KINDS = {"pdf", "png", "jpg", "bmp", "hwp", "hwpx", "xls", "xlsx", "doc", "docx"}
MAX_COUNT = 50


def entries(stored: str | None) -> list:
    """The stored list as it is (entries of either form); a value that is not a JSON list is empty."""
    try:
        value = json.loads(stored or "[]")
    except (TypeError, ValueError):
        return []
    return value if isinstance(value, list) else []


def shown_name(entry) -> str:
    """What the screen and the printed form show for an entry: printable, one line, capped."""
    name = entry.get("name") if isinstance(entry, dict) else entry
    return clean_name(name) if isinstance(name, str) else "(알 수 없는 첨부)"


def clean_name(name: str) -> str:
    hidden = ("Cc", "Cf", "Zl", "Zp")  # controls, format marks, line/paragraph separators
    s = "".join(c for c in unicodedata.normalize("NFC", name) if unicodedata.category(c) not in hidden)
    s = s.strip() or "첨부"
    return s if len(s) <= safe_files.MAX_NAME else s[: safe_files.MAX_NAME - 1] + "…"


def names(stored: str | None) -> tuple[str, ...]:
    return tuple(shown_name(e) for e in entries(stored))


def entry_file(root: Path, resolution_id: str, entry) -> Path | None:
    """The file an entry names inside the resolution's folder, or None (never anywhere else)."""
    ref = entry.get("file") if isinstance(entry, dict) else None
    if isinstance(entry, str):  # first wave: a plain name in the resolution's folder
        if not safe_files.is_uuid(resolution_id):
            return None
        try:
            return safe_files.inside(root, FOLDER, resolution_id, entry)
        except safe_files.UnsafeReference:
            return None
    if not safe_files.is_ref(ref, KINDS):
        return None
    return safe_files.stored_file(root, FOLDER, resolution_id, ref)


def check(files: list[str]) -> list[tuple[str, bytes, str]]:
    """Read the chosen files: (shown name, bytes, stored extension); ValidationError (Korean) for the
    first one that is missing, too large, or not a kind of evidence file the store keeps."""
    checked = []
    for f in files:
        src = Path(f)
        data = safe_files.read_capped(src, MAX_BYTES, "첨부")
        ext = safe_files.sniff(data, src.name)
        if ext not in KINDS or (ext in safe_files.IMAGES and not decodes(data, ext)):
            raise ValidationError(
                f"첨부할 수 없는 파일입니다 (PDF, 그림, 한글·오피스 문서만, 내용으로 확인): {clean_name(src.name)}",
                "attachments")
        checked.append((clean_name(src.name), data, ext))
    return checked


def add(root: Path, resolution_id: str, stored: str | None, files: list[str], written: list[Path]) -> str:
    """The new stored list with `files` added (their copies kept under the resolution's folder; each
    file this call created is appended to `written`, for the caller to remove if the save fails)."""
    current = entries(stored)
    taken = {shown_name(e) for e in current}
    refs = {e.get("file") for e in current if isinstance(e, dict)}
    for name, data, ext in check(files):
        ref, path, created = safe_files.store_owned(root, FOLDER, resolution_id, data, ext)
        if created:
            written.append(path)
        if ref in refs:
            continue  # the same file again
        if len(current) >= MAX_COUNT:
            raise ValidationError(f"첨부는 결의서 하나에 {MAX_COUNT}개까지입니다.", "attachments")
        shown, n = name, 1
        while shown in taken:
            n += 1
            stem, dot, suffix = name.rpartition(".")
            shown = f"{stem} ({n}).{suffix}" if dot else f"{name} ({n})"
        current.append({"name": shown, "file": ref})
        taken.add(shown)
        refs.add(ref)
    return json.dumps(current, ensure_ascii=False)
