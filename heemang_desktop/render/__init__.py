"""Qt's rendering side without widgets: the one package outside gui/ allowed Qt (architecture §3).

Only QtCore and QtGui, imported inside functions: images.py checks that a photo decodes, pdf.py lays
out HTML into PDF. Both need Qt's text and image engines (Korean shaping, embedded CJK glyphs, real
decoders) that no pure-Python library here matches, yet the CLI and services need them without a
window. So the Qt they need lives here, widget-free, and services take it as a parameter (a renderer)
or call it lazily; nothing else outside gui/ imports PySide6, and tests/foundation/test_layering.py
holds that, imports inside functions included.
"""
