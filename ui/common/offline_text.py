"""Rich text that loads nothing and cannot be made to hang: resource bodies, agreements, handouts
and printed sheets are written by hosts, or arrive in a co-host's file.

Loading: a Markdown image or an <img> may name a file on this computer or, on Windows, on a
network share (file://server/share/x.png), and fetching it would tell someone the group read it.
Qt's own loader reads the file itself when the document's loadResource answers nothing, so every
request is answered with an empty image; and Markdown images are turned into plain links and
raw HTML into text before Qt parses them.

Hanging: Qt's Markdown import and text layout take time that grows faster than the text with
emphasis marks, brackets, table rows and nesting (120 KB of `*a*` took 37 s, a 2,000-row table
3 s). Markdown beyond the bounds below is shown as plain text, cut and given break
opportunities so that it lays out in linear time.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import (
    QImage,
    QImageReader,
    QShowEvent,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

# Measured in bench/bench_markup.py. A resource body is at most 20,000 characters (the
# validation gate); the agreements reader and a handout put several together.
MARKDOWN_LIMIT = 60_000  # characters
EMPHASIS_LIMIT = 1_000  # * and _ : their matching costs far more than their share of the text
BRACKET_LIMIT = 1_000  # [ and ] : so does link matching
TABLE_ROWS_LIMIT = 60  # lines with a |: Qt lays out a text table in time that grows fast
NESTING_LIMIT = 8  # quotes (>) or list levels inside each other
PLAIN_LIMIT = 60_000  # plain text is cut too: 20,000 short lines took a second to lay out
_UNBROKEN = re.compile(r"(\S{80})(?=\S)")  # a line without a break takes seconds to lay out

_FEATURES = QTextDocument.MarkdownFeature(
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value
    | QTextDocument.MarkdownFeature.MarkdownNoHTML.value
)
_IMAGE = re.compile(r"(\\*)!\[")
_BULLETS = (
    QTextListFormat.Style.ListDisc,
    QTextListFormat.Style.ListCircle,
    QTextListFormat.Style.ListSquare,
)
_PREFIX = re.compile(r"^[ \t>]*", re.MULTILINE)


def within_bounds(markdown: str) -> bool:
    """Whether Qt can lay this Markdown out quickly; else it is shown as plain text."""
    if len(markdown) > MARKDOWN_LIMIT:
        return False
    if markdown.count("*") + markdown.count("_") > EMPHASIS_LIMIT:
        return False
    if markdown.count("[") + markdown.count("]") > BRACKET_LIMIT:
        return False
    if sum(1 for line in markdown.splitlines() if "|" in line) > TABLE_ROWS_LIMIT:
        return False
    return all(
        prefix.count(">") <= NESTING_LIMIT
        and len(prefix.expandtabs(4)) - prefix.count(">") <= 4 * NESTING_LIMIT
        for prefix in _PREFIX.findall(markdown)
    )


def without_images(markdown: str) -> str:
    """Every `![alt](src)` becomes the link `[alt](src)` after a literal "!": shown, never
    fetched. An odd run of backslashes before the "!" already escapes it."""
    return _IMAGE.sub(lambda m: m.group(1) + ("![" if len(m.group(1)) % 2 else "\\!["), markdown)


def show_markdown(document: QTextDocument, markdown: str) -> None:
    """Markdown without raw HTML nor images when within bounds, else the plain text."""
    if within_bounds(markdown):
        QTextDocument.setMarkdown(document, without_images(markdown), _FEATURES)
    else:
        document.setPlainText(as_plain(markdown))


def as_plain(text: str) -> str:
    """The text cut at PLAIN_LIMIT, with an invisible break opportunity (U+200B) every 80
    characters of a run without spaces: 20,000 `*` in one line took 0.4 s to lay out."""
    cut = text if len(text) <= PLAIN_LIMIT else text[: PLAIN_LIMIT - 1] + "…"
    return _UNBROKEN.sub("\\1\u200b", cut)


def read_aloud(markdown: str) -> str:
    """Markdown a host wrote (the group's agreement) as the words a card shows to be read aloud:
    no emphasis marks nor link addresses, a list's items on lines of their own after a bullet
    or their number, a blank line around other paragraphs. Beyond the bounds, the text as is."""
    document = OfflineDocument()
    document.setMarkdown(markdown)
    lines: list[str] = []
    block = document.begin()
    while block.isValid():
        items = block.textList()
        text = block.text().replace("\u2028", "\n")  # a hard line break inside a paragraph
        if items is not None:
            ordered = items.format().style() not in _BULLETS
            text = (items.itemText(block) if ordered else "•") + " " + text
        elif lines:
            lines.append("")
        lines.append(text)
        following = block.next()
        if items is None and following.isValid() and following.textList() is not None:
            lines.append("")
        block = following
    return "\n".join(lines).strip()


def _blank(_type: int, _name: QUrl | str) -> QImage:
    # An empty image, not None: None makes Qt fall back to reading the file by its name.
    return QImage()


class OfflineDocument(QTextDocument):
    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return _blank(type, name)

    def setMarkdown(self, markdown: str, features: Any = None) -> None:
        show_markdown(self, markdown)  # the features are always Cercle's own


class OfflineTextBrowser(QTextBrowser):
    """A read-only text view that never opens links nor loads images, and shows bounded
    Markdown only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocument(OfflineDocument(self))
        self.setOpenLinks(False)

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return _blank(type, name)

    def setMarkdown(self, markdown: str) -> None:
        show_markdown(self.document(), markdown)

    def showEvent(self, event: QShowEvent) -> None:
        # On its first show QTextEdit scrolls to its cursor, left at the end where filling
        # the document put it, in a viewport not yet laid out: a resource first read in a pane
        # that was hidden (one at a time, on a netbook) opened on its last lines.
        top = self.verticalScrollBar().value()
        super().showEvent(event)
        self.verticalScrollBar().setValue(top)


def offline_document(parent: QObject | None = None) -> QTextDocument:
    return OfflineDocument(parent)


GUIDE_IMAGE_WIDTH = 720  # px: screenshots are 1024 wide; shown smaller, they still read


class GuideDocument(QTextDocument):
    """The user guide, shipped with the app: loads an image only when it is a PNG inside the bundled docs folder, named by a relative
    path; anything else (a web address, file://, a path leaving the folder) is refused."""

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder.resolve()
        self.docs = self.folder.parent

    def _picture(self, name: QUrl) -> Path | None:
        """The bundled PNG a relative name designates, or None."""
        if name.scheme() or name.host() or name.path().startswith("/"):
            return None
        path = (self.folder / name.path()).resolve()
        if not path.is_relative_to(self.docs) or path.suffix != ".png" or not path.is_file():
            return None
        return path

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        name = QUrl(name)
        path = self._picture(name)
        if type != QTextDocument.ResourceType.ImageResource.value or path is None:
            return _blank(type, name)
        image = QImage(str(path))
        if image.isNull():
            return image
        return image.scaledToWidth(min(GUIDE_IMAGE_WIDTH, image.width()))

    def size_pictures(self) -> None:
        """Give each picture the size it is shown at, read from its file's header: the layout
        then needs no picture, and each is read and scaled when first painted (reading all 66
        screenshots held the guide's opening for about half a second)."""
        block = self.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                picture = fragment.charFormat().toImageFormat()
                path = self._picture(QUrl(picture.name())) if picture.isValid() else None
                full = QImageReader(str(path)).size() if path is not None else None
                if full is not None and full.width() > 0 and full.height() > 0:
                    width = min(GUIDE_IMAGE_WIDTH, full.width())
                    picture.setWidth(width)
                    picture.setHeight(full.height() * width / full.width())
                    cursor = QTextCursor(self)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(
                        fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                    )
                    cursor.setCharFormat(picture)
                fragments += 1
            block = block.next()


class GuideBrowser(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def show_guide(self, path: Path) -> None:
        document = GuideDocument(path.parent, self)
        document.setMarkdown(path.read_text("utf-8"))
        document.size_pictures()
        self.setDocument(document)

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return self.document().loadResource(type, QUrl(name))
