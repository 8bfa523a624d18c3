"""The reference central service: the sync protocol's other side, for tests, drills and small sites."""
