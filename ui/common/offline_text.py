"""Rich text that loads nothing from outside: a resource's Markdown may name images on the web or
on a network share (file://server/…), and fetching them would tell someone the group read it.

Qt's own loader reads any file:// or relative path once the widget's loader returns nothing, so
the document itself refuses every resource."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget


class OfflineDocument(QTextDocument):
    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return None


class OfflineTextBrowser(QTextBrowser):
    """A read-only text view that never opens links nor loads images."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocument(OfflineDocument(self))
        self.setOpenLinks(False)

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return None


def offline_document(parent: QObject | None = None) -> QTextDocument:
    return OfflineDocument(parent)
