"""인사 pages: personnel cards, the monthly attendance grid with its upload, leave/trips/training."""
