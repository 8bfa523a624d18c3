"""Users of this PC, their roles and the menus each role may open."""
