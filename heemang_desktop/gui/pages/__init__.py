"""Work-area pages, one per navigation entry. Features add theirs to `registry.PAGES`."""
