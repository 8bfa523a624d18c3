"""Forms and reports to PDF or to a printer, from HTML the feature's core builds (Qt-free HTML, Qt here).

Qt's QTextDocument lays out Korean with the system's CJK font (fonts-nanum on Linux), and its PDF
embeds the glyphs, so the file prints the same on another PC.
"""

from __future__ import annotations

import os
from pathlib import Path


def ensure_gui_app():
    """A QApplication for headless use (CLI PDF export); reuses the running one in the GUI."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and os.name != "nt":
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
    return app


def _document(html: str, base_font_pt: float):
    from PySide6.QtGui import QFont, QTextDocument

    doc = QTextDocument()
    font = QFont()
    font.setFamilies(["NanumGothic", "Malgun Gothic", "Apple SD Gothic Neo", "Noto Sans CJK KR", "sans-serif"])
    font.setPointSizeF(base_font_pt)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    return doc


def html_to_pdf(html: str, path: Path, landscape: bool = False, title: str = "", base_font_pt: float = 9.5) -> Path:
    """Write `html` to a PDF on A4, atomically (a half-written file never takes the name)."""
    ensure_gui_app()
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
    doc = _document(html, base_font_pt)
    doc.print_(writer)
    del writer  # the file is finished when the writer goes
    tmp.replace(path)
    return path


def print_html(html: str, parent=None, landscape: bool = False) -> bool:
    """Ask for a printer and print; False when the user cancels."""
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if landscape:
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return False
    _document(html, 9.5).print_(printer)
    return True


def pdf_page_count(path: Path) -> int:
    """Pages in a PDF (for tests and reports): counts `/Type /Page` objects, not the `/Pages` tree."""
    import re

    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", Path(path).read_bytes()))
