"""Qt's rendering side without widgets (QtGui only): the one non-GUI package allowed Qt (architecture §3)."""
