"""Sync in the GUI: the background sync worker, its login dialog and the conflicts/queue page."""
