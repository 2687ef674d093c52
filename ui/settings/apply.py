"""Apply saved preferences to the running app: language and look change live, no restart."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from i18n.loader import resolve_language
from ui.common.theme import apply_theme
from ui.context import UiContext


class PreferencesApplier(QObject):
    """Follows ctx.preferences_changed. Re-installing translators or the stylesheet repaints
    every widget, so each is redone only when its own setting changed."""

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._look = (ctx.prefs.text_size, ctx.prefs.theme)
        ctx.preferences_changed.connect(self.apply)
        # "Same as this computer" follows the desktop switching between light and dark.
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._scheme_changed)

    def _scheme_changed(self) -> None:
        app = QApplication.instance()
        if self.ctx.prefs.theme == "system" and isinstance(app, QApplication):
            apply_theme(app, self.ctx.prefs.text_size, "system")

    def apply(self) -> None:
        prefs = self.ctx.prefs
        translations = self.ctx.translations
        language = resolve_language(prefs.language)
        if translations is not None and translations.language != language:
            translations.apply(language)
        look = (prefs.text_size, prefs.theme)
        app = QApplication.instance()
        if look != self._look and isinstance(app, QApplication):
            apply_theme(app, prefs.text_size, prefs.theme)
        self._look = look
