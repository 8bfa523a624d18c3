"""Printing forms and reports on a printer the user picks (HTML the feature's core builds).

The layout is render/pdf.py's, so paper and PDF look the same; PDF files come from render/pdf.py.
"""

from __future__ import annotations


def print_html(html: str, parent=None, landscape: bool = False) -> bool:
    """Ask for a printer and print; False when the user cancels."""
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    from heemang_desktop.render.pdf import document

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if landscape:
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return False
    document(html).print_(printer)
    return True
