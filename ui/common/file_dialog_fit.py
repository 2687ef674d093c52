"""Qt's own file dialog (used where the desktop offers none) sized for the text it shows.

Its columns have fixed pixel widths whatever the text size: at normal text a name the app
proposes ("Adresses et numéros utiles.pdf") was already cut to "…", and at very large text the
dates too. When it opens, the columns are measured in its font, the name column takes the room
the others leave, and the dialog widens (within its screen) to give a long file name that
room. When the screen is too narrow the type column goes first (the filter already says what
kind of file is listed), then the size. A desktop's own dialog has none of these widgets and is left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QListView,
    QSplitter,
    QTreeView,
    QWidget,
)

NAME_EMS = 32  # "M" widths a name is given: cercle-passation-2026-11-26.cercle
NAME_LEAST_EMS = 26  # and the least, before other columns give way
SIZE, TYPE, DATE = 1, 2, 3  # the name is column 0
PADDING = 24  # a column's margins and its header's sort arrow


class _FitOnShow(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QFileDialog):
            fit_file_dialog(watched)
        return False


def fit_on_show(dialog: QFileDialog) -> None:
    """Called when the dialog is polished, which may be more than once."""
    if not dialog.property("cercleFits"):
        dialog.setProperty("cercleFits", True)
        dialog.installEventFilter(_FitOnShow(dialog))


def fit_file_dialog(dialog: QFileDialog) -> None:
    view = dialog.findChild(QTreeView, "treeView")
    if view is None:
        return
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in (SIZE, TYPE):  # hidden for a narrower screen or larger text last time
        header.showSection(column)
    _measure_columns(view)
    sidebar = dialog.findChild(QListView, "sidebar")
    splitter = dialog.findChild(QSplitter, "splitter")
    side = 0
    # Everything beside the file list: the sidebar at the width of its places, the margins.
    chrome = dialog.width() - view.viewport().width()
    if sidebar is not None and splitter is not None:
        side = sidebar.sizeHintForColumn(0) + 2 * sidebar.frameWidth() + PADDING // 2
        chrome += max(0, side - sidebar.width())
    ems, room = view.fontMetrics().horizontalAdvance("M"), _room(dialog)
    others = sum(header.sectionSize(c) for c in (SIZE, TYPE, DATE) if not header.isSectionHidden(c))
    for giving_way in (TYPE, SIZE, None):  # the least useful first
        width = min(chrome + others + ems * NAME_EMS, room)
        if giving_way is None or width - chrome - others >= ems * NAME_LEAST_EMS:
            break
        others -= header.sectionSize(giving_way)
        header.hideSection(giving_way)
    dialog.resize(max(dialog.width(), width), dialog.height())
    if splitter is not None and side > 0:
        total = sum(splitter.sizes())
        splitter.setSizes([side, max(0, total - side)])


def _measure_columns(view: QTreeView) -> None:
    """Size, type and date as wide as their texts and titles in the view's font."""
    header, metrics, model = view.header(), view.fontMetrics(), view.model()
    bold = QFont(header.font())
    bold.setBold(True)  # the style sheet's header titles
    titles = QFontMetrics(bold)
    date = QLocale().toString(QDateTime.currentDateTime(), QLocale.FormatType.ShortFormat)
    samples = {SIZE: "1 023,9 KiB", TYPE: "MMMMMMM", DATE: date}
    for column, sample in samples.items():
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = max(metrics.horizontalAdvance(sample), titles.horizontalAdvance(title))
        header.resizeSection(column, width + PADDING)


def _room(window: QWidget) -> int:
    screen = window.screen()
    return screen.availableGeometry().width() if screen is not None else window.width()
