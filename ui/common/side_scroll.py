"""A panel that scrolls up and down when the window is too short for it (large text on a
netbook) but keeps its full width, so no field is ever cut on the right: a side form, a dialog's
fields above buttons that stay in view, the meeting's notes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class SideScroll(QScrollArea):
    def __init__(
        self, content: QWidget | Callable[[QWidget], QWidget], parent: QWidget | None = None
    ) -> None:
        """`content` may be a function that makes the page in the parent it is handed: made
        there, its widgets are styled once, where they stay; a page made alone is styled again,
        each widget measured (polished) while it was made, as it joins (see ListDetail)."""
        super().__init__(parent)
        # Made here rather than reached with viewport(): PySide6 builds the Python class of
        # every QWidget subclass (and their enums) to wrap a widget Qt made itself and hands
        # over as a plain QWidget, about 70 M instructions before the start screen's first paint.
        viewport = QWidget()
        viewport.setAutoFillBackground(False)
        self.setViewport(viewport)  # before setWidget: the old viewport goes with its child
        if not isinstance(content, QWidget):
            content = content(viewport)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a Tab stop itself: Tab goes to the fields, and the area scrolls to show them.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        content.setAutoFillBackground(False)
        _ContentWatch(self, content)

    def rearrange_around(self) -> None:
        """Panes that stack when narrow (ui/common/adaptive.py) decide again with this width."""
        parent = self.parentWidget()
        while parent is not None:
            rearrange = getattr(parent, "rearrange", None)
            if callable(rearrange):
                rearrange()
            parent = parent.parentWidget()

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        width = content.minimumSizeHint().width() if content is not None else 0
        return QSize(width + self.verticalScrollBar().sizeHint().width(), 120)

    def sizeHint(self) -> QSize:
        """As narrow as the content allows: the space left goes to the list beside it."""
        content = self.widget()
        height = content.sizeHint().height() if content is not None else 0
        return QSize(self.minimumSizeHint().width(), height)


class _ContentWatch(QObject):
    """The page's needs changed (a language switch, a longer label): the layout around the panel
    must hear of it, or it keeps the old width and cuts the page on the right.

    A filter on the page alone, not an override of the area's eventFilter: Qt also hands that
    one its scroll bars, widgets it made itself (see the viewport above)."""

    def __init__(self, area: SideScroll, content: QWidget) -> None:
        super().__init__(area)
        self._area = area
        content.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._area.updateGeometry()
            QTimer.singleShot(0, self._area, self._area.rearrange_around)  # dropped if deleted
        return False
