"""Install Cercle's and Qt's own translators for a language, replacing the previous ones."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

# Beside this module both from the source tree and inside a PyInstaller folder.
QM_DIR = Path(__file__).resolve().parent

SUPPORTED = ("fr", "en")


def resolve_language(setting: str) -> str:
    """'system' follows the desktop's language when we have it, otherwise English."""
    if setting in SUPPORTED:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


class Translations:
    """Owns the installed translators so a language switch can remove them again."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> bool:
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        ok = True
        ours = QTranslator(app)
        if ours.load(f"cercle_{language}", str(QM_DIR)):
            app.installTranslator(ours)
            self._installed.append(ours)
        else:
            ok = language == "en"
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if language != "en" and qt.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt)
            self._installed.append(qt)
        self.language = language
        QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr"
                                   else QLocale.Language.English,
                                   QLocale.Country.France if language == "fr"
                                   else QLocale.Country.UnitedKingdom))
        return ok
