"""HTML to PDF (forms, payslips, reports): the feature's core builds the HTML, Qt lays it out here.

Qt's QTextDocument lays out Korean with the system's CJK font (fonts-nanum on Linux), and its PDF
embeds the glyphs, so the file prints the same on another PC. Services take `html_to_pdf` as their
renderer (payroll/payslip.py), so they never load Qt themselves.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

FONT_FAMILIES = ["NanumGothic", "Malgun Gothic", "Apple SD Gothic Neo", "Noto Sans CJK KR", "sans-serif"]


def _ensure_app():
    """Fonts need an application object: the GUI's when it runs, else a widget-less one (CLI export)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and os.name != "nt":
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    return app


def document(html: str, base_font_pt: float = 9.5):
    """The laid-out QTextDocument, for a PDF here or a printer in gui/printing.py."""
    from PySide6.QtGui import QFont, QTextDocument

    doc = QTextDocument()
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(base_font_pt)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    return doc


def html_to_pdf(html: str, path: Path, landscape: bool = False, title: str = "", base_font_pt: float = 9.5) -> Path:
    """Write `html` to a PDF on A4, atomically (a half-written file never takes the name)."""
    _ensure_app()
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(tmp))
    writer.setTitle(title)
    writer.setCreator("Heemang Desktop")
    writer.setResolution(300)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(12, 12, 12, 12),
                                     QPageLayout.Unit.Millimeter))
    document(html, base_font_pt).print_(writer)
    del writer  # the file is finished when the writer goes
    tmp.replace(path)
    return path


def pdf_page_count(path: Path) -> int:
    """Pages in a PDF (for tests and reports): counts `/Type /Page` objects, not the `/Pages` tree."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", Path(path).read_bytes()))
