"""The user guide, shipped with the app and read offline in the interface language.

The guide is Markdown (docs/guide/en.md, fr.md). It is shown read-only; it loads nothing but its
own screenshots from the bundled docs folder, and opens no link.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ui.common.adaptive import size_to_screen
from ui.common.paths import resource_path
from ui.common.retranslate import Retranslating
from ui.context import UiContext

IMAGE_WIDTH = 720  # px: screenshots are 1024 wide; shown smaller, they still read


def guide_path(language: str) -> Path:
    return resource_path("docs", "guide", f"{'fr' if language == 'fr' else 'en'}.md")


class GuideDocument(QTextDocument):
    """Loads an image only when it is a PNG inside the bundled docs folder, named by a relative
    path; anything else (a web address, file://, a path leaving the folder) is refused."""

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder.resolve()
        self.docs = self.folder.parent

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        name = QUrl(name)
        if type != QTextDocument.ResourceType.ImageResource.value:
            return None
        if name.scheme() or name.host() or name.path().startswith("/"):
            return None
        path = (self.folder / name.path()).resolve()
        if not path.is_relative_to(self.docs) or path.suffix != ".png" or not path.is_file():
            return None
        image = QImage(str(path))
        if image.isNull():
            return None
        return image.scaledToWidth(min(IMAGE_WIDTH, image.width()))


class GuideBrowser(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def show_guide(self, path: Path) -> None:
        document = GuideDocument(path.parent, self)
        document.setMarkdown(path.read_text("utf-8"))
        self.setDocument(document)

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return self.document().loadResource(type, QUrl(name))


def interface_language(ctx: UiContext) -> str:
    return ctx.translations.language if ctx.translations is not None else "en"


class GuideDialog(Retranslating, QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("guideDialog")
        self.browser = GuideBrowser()
        self.language = ""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        size_to_screen(self, 0.6, 0.85)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("User guide"))
        language = interface_language(self.ctx)
        if language != self.language:  # the guide follows a language switch too
            self.language = language
            self.browser.show_guide(guide_path(language))
