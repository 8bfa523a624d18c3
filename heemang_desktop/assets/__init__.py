"""재산·비품: property and equipment registers, moves, the yearly stock count and disposal."""
