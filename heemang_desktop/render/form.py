"""Fixed-grid forms (기부금영수증 and the like) painted straight onto PDF pages.

A form is boxes at fixed millimetre positions, so it needs no text layout engine: painting the cells
takes ~4 ms a page where QTextDocument's table layout took ~35 ms, which is what lets 5,000 receipts
render inside a minute. The core builds `Cell`s (Qt-free); Qt loads only when a PDF is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

A4_WIDTH_MM, A4_HEIGHT_MM = 210.0, 297.0
PADDING_MM = 1.5
# Qt's PDF maps a painted U+0020 (NanumGothic's space glyph) to U+0001 in the text layer, so a copied or
# searched receipt had junk for spaces; the three-per-em space looks the same, wraps the same and is
# extracted as a space.
SPACE = "\u2004"


@dataclass(frozen=True)
class Cell:
    """A box at (x, y) mm from the page's top left, with its text; no border when `border` is False."""

    x: float
    y: float
    w: float
    h: float
    text: str = ""
    align: str = "left"  # left, center, right
    bold: bool = False
    size: float = 9.5  # points
    border: bool = True
    fill: str = ""  # background colour, e.g. "#eeeeee"
    color: str = ""  # text colour, default black


def form_to_pdf(pages: list[list[Cell]], path: Path, title: str = "", resolution: int = 300) -> Path:
    """Paint `pages` onto A4 pages of a PDF at `path`, atomically (a half-written file never takes the name)."""
    from heemang_desktop.render.pdf import FONT_FAMILIES, _ensure_app

    _ensure_app()
    from PySide6.QtCore import QMarginsF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(tmp))
    writer.setTitle(title)
    writer.setCreator("Heemang Desktop")
    writer.setResolution(resolution)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    mm = resolution / 25.4
    pad = PADDING_MM * mm
    fonts: dict[tuple[float, bool], QFont] = {}
    colors: dict[str, QColor] = {}
    # The flags as plain ints, worked out once: enum arithmetic per cell was a third of the Python time.
    middle = int(Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
    flags = {"left": int(Qt.AlignmentFlag.AlignLeft) | middle, "center": int(Qt.AlignmentFlag.AlignHCenter) | middle,
             "right": int(Qt.AlignmentFlag.AlignRight) | middle}

    def color(name: str) -> QColor:
        if name not in colors:
            colors[name] = QColor(name)
        return colors[name]

    painter = QPainter(writer)
    try:
        border = QPen(color("#444444"))
        border.setWidthF(0.2 * mm)
        for index, cells in enumerate(pages):
            if index:
                writer.newPage()
            for c in cells:
                x, y, w, h = c.x * mm, c.y * mm, c.w * mm, c.h * mm
                if c.fill:
                    painter.fillRect(QRectF(x, y, w, h), color(c.fill))
                if c.border:
                    painter.setPen(border)
                    painter.drawRect(QRectF(x, y, w, h))
                if not c.text:
                    continue
                key = (c.size, c.bold)
                if key not in fonts:
                    font = QFont()
                    font.setFamilies(FONT_FAMILIES)
                    font.setPointSizeF(c.size)
                    font.setBold(c.bold)
                    fonts[key] = font
                painter.setFont(fonts[key])
                painter.setPen(color(c.color or "#000000"))
                painter.drawText(QRectF(x + pad, y, w - 2 * pad, h), flags[c.align], c.text.replace(" ", SPACE))
    finally:
        painter.end()
    del writer  # the file is finished when the writer goes
    tmp.replace(path)
    return path
