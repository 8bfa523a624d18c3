"""Checks a screenshot the smoke test took: a real picture of a window, not a blank or black one.

    python3 installer/check_png.py FILE.png
"""

import sys

from PySide6.QtGui import QImage

MIN_SIZE = (800, 500)
MIN_COLOURS = 24  # a blank or single-colour window has a handful; text and widgets give hundreds
MIN_INK = 0.01  # share of pixels unlike the commonest colour (the background)


def check(path: str) -> str | None:
    image = QImage(path)
    if image.isNull():
        return f"not a picture: {path}"
    if image.width() < MIN_SIZE[0] or image.height() < MIN_SIZE[1]:
        return f"too small: {image.width()}x{image.height()}"
    counts: dict[int, int] = {}
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    total = sum(counts.values())
    ink = 1 - max(counts.values()) / total
    print(f"{path}: {image.width()}x{image.height()}, {len(counts)} colours, {ink:.1%} not background")
    if len(counts) < MIN_COLOURS or ink < MIN_INK:
        return "looks blank"
    return None


if __name__ == "__main__":
    problem = check(sys.argv[1])
    if problem:
        sys.exit(problem)
