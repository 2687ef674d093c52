"""The user guide, shipped with the app and read offline in the interface language.

The guide is Markdown (docs/guide/en.md, fr.md). It is shown read-only; it loads nothing but its
own screenshots from the bundled docs folder, and opens no link.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ui.common.adaptive import size_to_screen
from ui.common.dialog_buttons import dialog_buttons
from ui.common.offline_text import GuideBrowser
from ui.common.paths import resource_path
from ui.common.retranslate import Retranslating
from ui.context import UiContext


def guide_path(language: str) -> Path:
    return resource_path("docs", "guide", f"{'fr' if language == 'fr' else 'en'}.md")


def interface_language(ctx: UiContext) -> str:
    return ctx.translations.language if ctx.translations is not None else "en"


class GuideDialog(Retranslating, QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("guideDialog")
        self.translated(self.setWindowTitle, lambda: self.tr("User guide"))
        self.browser = GuideBrowser()
        self.language = ""
        buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        size_to_screen(self, 0.6, 0.85)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        language = interface_language(self.ctx)
        if language != self.language:  # the guide follows a language switch too
            self.language = language
            self.browser.show_guide(guide_path(language))
