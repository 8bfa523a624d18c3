"""Printing forms and reports on a printer the user picks (HTML the feature's core builds).

The layout is render/pdf.py's, so paper and PDF look the same; PDF files come from render/pdf.py.
A print is recorded in 개인정보 접속기록 (what was printed, by entity and id), as forms carry names.
"""

from __future__ import annotations


def print_html(html: str, parent=None, landscape: bool = False, entity: str = "document", entity_id: str = "") -> bool:
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
    if parent is not None:
        record_print(parent, entity, entity_id)
    return True


def record_print(parent, entity: str, entity_id: str = "") -> None:
    """On the database thread, after the pages went to the printer."""
    from heemang_desktop.audit import service as audit

    from heemang_desktop.gui.operation import Op

    Op(parent, lambda ctx: audit.record(ctx, audit.PRINT, entity, entity_id)).run()
