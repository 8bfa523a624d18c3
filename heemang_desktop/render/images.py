"""Does an image file really decode? Qt's image reader, run on bytes in memory (no widgets, no display).

Magic bytes alone accept a text file that starts with a PNG signature; a real decode refuses it, and
Qt's allocation limit refuses an image that claims a huge size before any pixel is read.
"""

from __future__ import annotations

MAX_PIXELS = 40_000_000  # a 40 MP camera photo decodes; a forged 100,000 x 100,000 header does not
QT_FORMATS = {"png": b"png", "jpg": b"jpeg", "bmp": b"bmp"}


def decodes(data: bytes, ext: str) -> bool:
    """True when `data` is a whole image of kind `ext` (png, jpg, bmp) of at most MAX_PIXELS."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageReader

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QT_FORMATS[ext])
    reader.setDecideFormatFromContent(False)
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_PIXELS:
        return False
    return not reader.read().isNull()
