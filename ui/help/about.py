"""About Cercle: its version, its licence, and where this computer keeps the groups."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app import __version__
from ui.common.dialog_buttons import dialog_buttons
from ui.common.modal import open_modal
from ui.common.plain_text import wrapped_label
from ui.common.side_scroll import SideScroll

LINE_CHARACTERS = 60  # a comfortable line, in characters: it grows with the text size


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


class AboutDialog(QDialog):
    """A dialog rather than a message box: Qt gives a message box a fixed size, half the
    screen's width at most, and in very large text it was taller than a netbook's screen."""

    def __init__(self, data_folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("About", "About Cercle"))
        # Plain: a folder name is shown as it is, never as markup; selectable, to copy it.
        self.label = wrapped_label()
        self.label.setText(about_text(data_folder))
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.scroller = SideScroll(self.label)  # scrolls only where the screen is short
        self.buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.buttons)
        self._fit()

    def text(self) -> str:
        return self.label.text()

    def _fit(self) -> None:
        """Lines of a comfortable length, and the height they need, within the screen."""
        self.ensurePolished()  # measured in the style sheet's fonts and margins
        room = self.screen().availableGeometry().size()
        width = min(self.fontMetrics().averageCharWidth() * LINE_CHARACTERS, room.width())
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        text_width = width - margins.left() - margins.right()
        text_width -= self.scroller.verticalScrollBar().sizeHint().width()
        height = self.label.heightForWidth(text_width) + margins.top() + margins.bottom()
        height += layout.spacing() + self.buttons.sizeHint().height()
        self.resize(QSize(width, height).boundedTo(room))


def show_about(parent: QWidget, data_folder: str) -> AboutDialog:
    return open_modal(AboutDialog(data_folder, parent))
