"""What the frozen folder keeps of what PyInstaller collects: the spec filters with these rules and
tests/installer checks a build (and installer/heemang.iss) against them. Plain Python, no PyInstaller.

PySide6's hook collects every Qt plugin and translation; the app needs the desktop platforms (and
offscreen, for screenshots and the smoke test), the image formats it shows, and Korean and English.
"""

from __future__ import annotations

import re

APP_NAME = "heemang-desktop"  # the folder, and the executable in it (heemang-desktop.exe on Windows)

# Platform plugins a user's desktop or a headless check uses; eglfs/linuxfb/vnc are for kiosks.
PLATFORMS = {"qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qcocoa", "qdirect2d"}
DROPPED_PLUGIN_DIRS = {
    "egldeviceintegrations", "generic", "networkinformation", "platformthemes",  # the GTK theme drags GTK in
}
DROPPED_IMAGE_FORMATS = {"qicns", "qtga", "qtiff", "qwbmp", "qwebp"}
# Libraries only the dropped plugins load (GTK for the theme plugin, EGLFS for kiosks).
DROPPED_LIBS = re.compile(
    r"^(libgtk-3|libgdk-3|libgdk_pixbuf-2\.0|libatk-1\.0|libatk-bridge-2\.0|libatspi|libcairo-gobject"
    r"|libepoxy|libQt6EglFSDeviceIntegration|libQt6EglFsKmsSupport|libcolord|libcloudproviders)\b"
)
LANGUAGES = ("ko", "en")  # Qt's own words (Yes/No/Cancel) in the app's languages


def _parts(dest: str) -> list[str]:
    return re.split(r"[\\/]", dest)


def _plugin(parts: list[str]) -> tuple[str, str] | None:
    """(plugin folder, plugin name without lib prefix or suffix) for a Qt plugin path."""
    if "plugins" not in parts or len(parts) < parts.index("plugins") + 3:
        return None
    i = parts.index("plugins")
    name = re.sub(r"^lib", "", parts[i + 2].split(".")[0])
    return parts[i + 1], name


def keep_binary(dest: str) -> bool:
    parts = _parts(dest)
    plugin = _plugin(parts)
    if plugin:
        folder, name = plugin
        if folder in DROPPED_PLUGIN_DIRS:
            return False
        if folder == "platforms":
            return name in PLATFORMS
        if folder == "imageformats":
            return name not in DROPPED_IMAGE_FORMATS
        return True
    return not DROPPED_LIBS.match(parts[-1])


def keep_data(dest: str) -> bool:
    parts = _parts(dest)
    if "translations" in parts and parts[-1].endswith(".qm") and parts[-2] == "translations" \
            and "resources" not in parts:
        return any(parts[-1].endswith(f"_{lang}.qm") for lang in LANGUAGES)
    return keep_binary(dest)
