"""Qt calls must not use up Python's references to None: PySide6 6.12.0 dropped one per call that
returns nothing, and on Python 3.11 (None not yet immortal) a long session aborted with
"Fatal Python error: none_dealloc" after some 36,000 such calls (a busy day at one window)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem


def test_void_qt_calls_leave_none_as_it_was(qapp):
    label, table = QLabel(), QTableWidget(10, 3)
    before = sys.getrefcount(None)
    for i in range(2000):
        label.setText("김민수")
        table.setItem(i % 10, 1, QTableWidgetItem("1,000"))
        table.setEnabled(True)
    lost = before - sys.getrefcount(None)
    assert lost < 100, f"{lost} references to None lost in 6,000 Qt calls (PySide6 {__import__('PySide6').__version__})"
