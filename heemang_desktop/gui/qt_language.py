"""Qt's own words in Korean: standard buttons (예/아니요/확인/취소) and the file dialog.

Qt ships its translations (qtbase_ko.qm) beside the library; without them a Korean screen shows
"Yes"/"No"/"Cancel" in every message box. The file dialog: Windows' and macOS's own follow the
system's language (Korean on a Korean PC); on Linux the platform one follows the desktop's locale,
often English on office PCs set up by someone else, so Qt's own (translated) dialog is used there.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator


def install_qt_translation(app, language: str = "ko") -> QTranslator | None:
    """Load qtbase_<language> into `app`; None if Qt has no such file (the words stay English)."""
    korean = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
    locale = korean if language in ("", "ko") else QLocale(language)
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(locale, "qtbase", "_", folder):
        return None
    app.installTranslator(translator)
    QLocale.setDefault(locale)  # calendars and number formats in the same language
    return translator


def use_translated_file_dialogs(platform: str = sys.platform) -> bool:
    """Qt's own dialogs where the platform's would not follow the app's language; True if switched."""
    own = not (platform.startswith("win") or platform == "darwin")
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, own)
    return own
