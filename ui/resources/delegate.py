"""Draws a cell's rich text (the title with matched words in bold, the excerpt below)."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.common.offline_text import offline_document
from ui.resources.model import HTML_ROLE


class HtmlDelegate(QStyledItemDelegate):
    """Laid-out documents are kept per (markup, width, font): typing one more letter mostly
    shows the same top rows again, and laying out rich text is the costly part of painting."""

    CACHE_SIZE = 256

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._documents: OrderedDict[tuple[str, int, str], QTextDocument] = OrderedDict()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        markup = index.data(HTML_ROLE)
        if not markup:
            super().paint(painter, option, index)
            return
        # The view's option already holds the selection and focus state; filling it from the
        # model again (initStyleOption) would only ask for roles this cell does not use.
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = self._document(markup, option)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        # Centred like the plain cells beside it; a title with an excerpt fills the row.
        spare = max(0.0, option.rect.height() - document.size().height())
        painter.translate(option.rect.left(), option.rect.top() + spare / 2)
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        markup = index.data(HTML_ROLE)
        if not markup:
            return super().sizeHint(option, index)
        document = self._document(markup, option)
        return QSize(round(document.idealWidth()), round(document.size().height()))

    def _document(self, markup: str, option: QStyleOptionViewItem) -> QTextDocument:
        key = (markup, option.rect.width(), option.font.key())
        document = self._documents.get(key)
        if document is not None:
            self._documents.move_to_end(key)
            return document
        document = offline_document()
        document.setDefaultFont(option.font)
        document.setHtml(markup)
        document.setTextWidth(max(50, option.rect.width()))
        self._documents[key] = document
        if len(self._documents) > self.CACHE_SIZE:
            self._documents.popitem(last=False)
        return document
