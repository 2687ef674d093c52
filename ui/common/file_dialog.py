"""Qt's file dialog as Cercle opens it: `save_file_as`, the one way a screen asks where to write
a file, and the dialog fitted to the text it shows.

Saving: the name Cercle proposes goes in the host's Documents folder (home when there is none),
the file type and its suffix come from one table, and cancel returns None. A name typed with no
suffix ("members", "report.") gets it from the dialog, so that its question before replacing a
file covers the name written. Any other name gets it here, after trailing dots and spaces are
dropped ("St. Mary", "roster 27.11.2026", "report.txt", "roster.csv "): the dialog asked about
the name as typed, so when the file written would be another one that exists, the host is asked
again, "Replace it?", No being the default; No opens the dialog again at that folder and name.
A file that leaves the vault unencrypted (a CSV or PDF of the group's people or numbers) is
asked about first, with `confirm_unencrypted`; an encrypted one (the handover file) is not.

Fitting (Qt's own dialog, used where the desktop offers none): its columns have fixed pixel
widths whatever the text size: at normal text a name the app proposes ("Adresses et numéros
utiles.pdf") was already cut to "…", and at very large text the dates too. When it opens, the
columns are measured in its font, the name column takes the room the others leave, and the
dialog widens (within its screen) to give a long file name that room. When the screen is too
narrow the type column goes first (the filter already says what kind of file is listed), then
the size. A desktop's own dialog has none of these widgets and is left alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QDir,
    QEvent,
    QLocale,
    QObject,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QListView,
    QMessageBox,
    QSplitter,
    QTreeView,
    QWidget,
)

from ui.common.ask import Choice, confirm, confirm_unencrypted

PDF, CSV, HANDOVER = ".pdf", ".csv", ".cercle"

NAME_EMS = 32  # "M" widths a name is given: cercle-passation-2026-11-26.cercle
NAME_LEAST_EMS = 26  # and the least, before other columns give way
SIZE, TYPE, DATE = 1, 2, 3  # the name is column 0
PADDING = 24  # a column's margins and its header's sort arrow


class Unencrypted(NamedTuple):
    """What the host is told before a plain file leaves the vault: the box's title, and what
    the file holds and who may have it."""

    title: str
    text: str
    choice: Choice | None = None  # what goes in the file, ticked in by the host


def save_file_as(
    parent: QWidget | None,
    title: str,
    proposed: str,
    suffix: str,
    unencrypted: Unencrypted | None = None,
) -> Path | None:
    """Where the host chose to write a file of this `suffix` (PDF, CSV, HANDOVER), always ending
    in it; None when the host cancelled, said no to the warning, or a lock closed the dialog.
    `proposed`: a file name, shown in `default_folder()`, or a whole path (one the host chose
    before). Nothing is written here."""
    if unencrypted is not None and not confirm_unencrypted(parent, *unencrypted, to_file=True):
        return None
    start = Path(proposed)
    while True:
        confirmed = _ask_where(parent, title, start, suffix)
        if confirmed is None:
            return None
        final = with_suffix(confirmed, suffix)
        # The dialog's own question covered `confirmed` only.
        if final == confirmed or not final.exists() or _replace(parent, title, final):
            return final
        # A lock closes the question with the screen (as No): no dialog over a locked window.
        if parent is not None and not (shiboken6.isValid(parent) and parent.isVisible()):
            return None
        start = final


def _ask_where(parent: QWidget | None, title: str, start: Path, suffix: str) -> Path | None:
    """The path Qt's dialog returned, as typed (with its suffix added only to a name with no
    dot), after its own question when that file exists; None when cancelled."""
    # A bare name, or a folder gone since (a stick taken out): the default folder.
    folder = start.parent if start.is_absolute() and start.parent.is_dir() else default_folder()
    dialog = QFileDialog(parent, title, str(folder), file_type(suffix))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix.lstrip("."))
    dialog.selectFile(start.name)
    chosen: list[str] = []
    dialog.fileSelected.connect(chosen.append)
    # Qt deletes it once answered; a lock that closes it (and its parent) mid-way leaves `chosen`
    # empty, and nothing after the answer touches the dialog or its parent.
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if dialog.exec() != QDialog.DialogCode.Accepted or not chosen:
        return None
    return Path(chosen[0])


def _replace(parent: QWidget | None, title: str, path: Path) -> bool:
    """The dialog's question, for the file that would really be written over."""
    return confirm(
        parent,
        title,
        QCoreApplication.translate(
            "FileDialog", "A file named “{name}” already exists. Replace it?"
        ).format(name=path.name),
        icon=QMessageBox.Icon.Warning,
        name="replaceQuestion",
    )


def default_folder() -> Path:
    """Where a file Cercle proposes is first shown: the host's Documents folder, else home."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path(QDir.homePath())


def with_suffix(path: Path, suffix: str) -> Path:
    """`path`, ending in `suffix` (in any letter case): added (never put in place of another
    suffix, which would write over a file of that other name) when the host typed another or
    none. Trailing dots and spaces go first: "report." is not meant as "report..csv", nor
    "roster.csv " as "roster.csv .csv"."""
    name = path.name.rstrip(". ") or path.name
    return path.with_name(name if name.lower().endswith(suffix) else name + suffix)


def file_type(suffix: str) -> str:
    """The dialog's filter for a kind of file Cercle writes, in the interface language."""
    types = {
        PDF: QCoreApplication.translate("FileDialog", "PDF documents (*.pdf)"),
        CSV: QCoreApplication.translate("FileDialog", "CSV files (*.csv)"),
        HANDOVER: QCoreApplication.translate("FileDialog", "Cercle handover files (*.cercle)"),
    }
    return types[suffix]


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
