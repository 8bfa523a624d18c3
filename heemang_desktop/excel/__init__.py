"""Shared workbook reading (python-calamine), value parsing, template/export writing and the import report."""
