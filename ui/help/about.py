"""About Cercle: its version, its licence, and where this computer keeps the groups."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app import __version__
from ui.common.plain_text import plain_box


def about_text(data_folder: str) -> str:
    return QCoreApplication.translate(
        "About",
        "Cercle {version}\n\n"
        "An offline companion for the hosts of peer support groups.\n\n"
        "Free software under the GNU General Public License, version 3 or later: you may use, "
        "study, share and change it.\n\n"
        "This computer keeps the groups, encrypted, in:\n{folder}\n\n"
        "The passphrase of a group is stored nowhere: without it nobody, not even Cercle, can "
        "open the group.",
    ).format(version=__version__, folder=data_folder)


def show_about(parent: QWidget, data_folder: str) -> QMessageBox:
    # Plain: a folder name is shown as it is, never as markup.
    box = plain_box(
        parent,
        QMessageBox.Icon.Information,
        QCoreApplication.translate("About", "About Cercle"),
        about_text(data_folder),
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
