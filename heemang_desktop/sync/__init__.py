"""Sync: the transactional outbox (the only way into it), and the sync state."""
