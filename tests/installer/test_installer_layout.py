"""The Windows installer script agrees with the PyInstaller spec and the built folder, and the build
keeps what the app loads dynamically while leaving out what it never uses.

The built-folder checks need a build: CI builds one before the tests (installer/build_and_smoke.sh)
and names it in HEEMANG_FROZEN_DIR; elsewhere they are skipped with that reason.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

from heemang_desktop import APP_NAME as DATA_APP_NAME

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
sys.path.insert(0, str(INSTALLER))
import layout  # noqa: E402

ISS = (INSTALLER / "heemang.iss").read_text(encoding="utf-8")
SPEC = (INSTALLER / "heemang.spec").read_text(encoding="utf-8")


def section(name: str) -> list[str]:
    body = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", ISS, re.M | re.S)
    assert body, f"[{name}] missing"
    return [ln for ln in body.group(1).splitlines() if ln.strip() and not ln.startswith(";")]


def defines() -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "(.*)"$', ISS, re.M))


def expand(value: str) -> str:
    for name, text in defines().items():
        value = value.replace("{#" + name + "}", text)
    return value


def setup() -> dict[str, str]:
    return dict(ln.split("=", 1) for ln in section("Setup"))


def entries(name: str) -> list[dict[str, str]]:
    return [{k: v.strip().strip('"') for k, v in re.findall(r'(\w+):\s*("[^"]*"|[^;]+)', ln)} for ln in section(name)]


def test_per_user_install_without_admin_rights():
    s = setup()
    assert s["PrivilegesRequired"] == "lowest"
    assert s["DefaultDirName"].startswith("{localappdata}\\")  # a folder the user may write without admin


def test_korean_and_english_pages_and_messages():
    assert {e["Name"] for e in entries("Languages")} == {"korean", "english"}
    custom = dict(ln.split("=", 1) for ln in section("CustomMessages"))
    used = set(re.findall(r"\{cm:(\w+)\}", ISS)) | set(re.findall(r"CustomMessage\('(\w+)'\)", ISS))
    for message in used:
        assert f"korean.{message}" in custom and f"english.{message}" in custom, message


def test_start_menu_and_desktop_shortcuts_start_the_built_executable():
    exe = f"{{app}}\\{layout.APP_NAME}.exe"
    icons = entries("Icons")
    assert {expand(i["Filename"]) for i in icons} == {exe}
    places = {i["Name"].split("\\")[0] for i in icons}
    assert places == {"{userprograms}", "{userdesktop}"}  # per-user places: no admin rights needed
    desktop = next(i for i in icons if i["Name"].startswith("{userdesktop}"))
    assert desktop["Tasks"] in {t["Name"] for t in entries("Tasks")}
    assert expand(setup()["UninstallDisplayIcon"]) == exe
    assert {expand(r["Filename"]) for r in entries("Run")} == {exe}


def test_the_files_are_the_spec_output_folder():
    (files,) = entries("Files")
    assert files["Source"] == f"..\\dist\\{layout.APP_NAME}\\*"  # build.sh's default dist/, beside installer/
    assert "recursesubdirs" in files["Flags"]
    assert "name=APP_NAME" in SPEC and SPEC.count("name=APP_NAME") == 2  # the executable and the folder


def test_the_uninstaller_keeps_the_data_unless_asked():
    assert expand("{#DataDir}") == "{localappdata}\\" + DATA_APP_NAME  # platformdirs' folder on Windows
    code = ISS.split("[Code]", 1)[1]
    delete = code.index("DelTree(DataDir")
    asked = code.rindex("MsgBox(", 0, delete)
    assert "MB_DEFBUTTON2" in code[asked:delete] and "IDYES" in code[asked:delete]  # No is the default
    assert "not UninstallSilent()" in code[:delete]
    assert "UninstallDelete" not in ISS  # nothing else removes files the app did not install


def test_the_filter_keeps_what_is_loaded_dynamically():
    keep = [
        "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6\\Qt\\plugins\\platforms\\qwindows.dll", "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/imageformats/qjpeg.dll", "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "libQt6Widgets.so.6",
    ]
    drop = [
        "PySide6/Qt/plugins/platforms/libqeglfs.so", "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "libgtk-3.so.0", "libQt6EglFSDeviceIntegration.so.6",
    ]
    assert all(layout.keep_binary(p) for p in keep), [p for p in keep if not layout.keep_binary(p)]
    assert not any(layout.keep_binary(p) for p in drop), [p for p in drop if layout.keep_binary(p)]
    assert layout.keep_data("PySide6/Qt/translations/qtbase_ko.qm")
    assert not layout.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert layout.keep_data("resources/translations/heemang_en.qm")


def built_folder() -> Path:
    """The build named by HEEMANG_FROZEN_DIR (.ci/run sets it after building): a dist/ left from an
    earlier build may be older than the source, and would fail for that alone."""
    given = os.environ.get("HEEMANG_FROZEN_DIR")
    if not given or not (Path(given) / "_internal").is_dir():
        pytest.skip("no frozen build named (CI builds one and sets HEEMANG_FROZEN_DIR)")
    return Path(given)


def test_the_build_holds_what_the_app_loads_by_name():
    folder = built_folder()
    inside = folder / "_internal"
    exe = folder / (layout.APP_NAME + (".exe" if sys.platform == "win32" else ""))
    assert exe.is_file()
    qt = inside / "PySide6" / "Qt"
    plugins = qt / "plugins" if (qt / "plugins").is_dir() else inside / "PySide6" / "plugins"
    assert any((plugins / "platforms").glob("*offscreen*"))
    assert any((plugins / "imageformats").glob("*svg*"))
    assert list(inside.rglob("qtbase_ko.qm")), "Qt's Korean words (Yes/No/Cancel) missing"
    assert not list(inside.rglob("qtbase_de.qm"))
    assert list(inside.glob("keyring-*.dist-info/entry_points.txt")), "keyring finds its backends through these"
    versions = inside / "heemang_desktop" / "store" / "migrations" / "versions"
    source_versions = {p.name for p in (ROOT / "heemang_desktop/store/migrations/versions").glob("*.py")}
    assert {p.name for p in versions.glob("*.py")} == source_versions
    assert (inside / "resources" / "menus.json").is_file() and (inside / "ui").is_dir()
    for unused in ("IPython", "jedi", "numpy", "mypy", "psycopg"):
        assert not (inside / unused).exists(), f"{unused} is bundled but never used"
