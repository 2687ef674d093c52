"""Install Cercle's and Qt's own translators for a language, replacing the previous ones."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from i18n.widget_locale import follow_default_locale

# Beside this module both from the source tree and inside a PyInstaller folder.
QM_DIR = Path(__file__).resolve().parent

SUPPORTED = ("fr", "en")


def qt_translation_dirs() -> list[str]:
    """Where Qt's own qtbase_<lang>.qm may be: Qt's configured path (right for the PySide6
    wheel), the wheel's folder found from the package (a relocated or frozen PySide6 can
    report a stale path), and our own folder (a packager may copy them beside ours)."""
    dirs = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    try:
        import PySide6

        package = Path(PySide6.__file__).resolve().parent
        dirs += [str(package / "Qt" / "translations"), str(package / "translations")]
    except (ImportError, TypeError):  # frozen builds may have no __file__
        pass
    dirs.append(str(QM_DIR))
    return [d for i, d in enumerate(dirs) if d and d not in dirs[:i] and Path(d).is_dir()]


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
        self.qt_loaded = False  # whether Qt's own standard texts (Cancel, Yes...) are translated

    def apply(self, language: str) -> bool:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("translations are installed into a running QApplication")
        # The locale first: screens format dates and numbers when the LanguageChange arrives.
        self.language = language
        previous = QLocale()
        QLocale.setDefault(
            QLocale(
                QLocale.Language.French if language == "fr" else QLocale.Language.English,
                QLocale.Country.France if language == "fr" else QLocale.Country.UnitedKingdom,
            )
        )
        if QLocale() != previous:
            follow_default_locale()
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
        self.qt_loaded = language == "en" or self._install_qtbase(app, language)
        return ok

    def _install_qtbase(self, app: QCoreApplication, language: str) -> bool:
        for folder in qt_translation_dirs():
            qt = QTranslator(app)
            if qt.load(f"qtbase_{language}", folder):
                app.installTranslator(qt)
                self._installed.append(qt)
                return True
        return False
