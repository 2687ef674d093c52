"""Asking the host before going ahead: the one confirmation box every screen uses.

The texts are plain (a title or name quoted from the group is never markup), and the answer
that does nothing is the default: Enter or Escape never deletes, erases or prints by mistake.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from ui.common.plain_text import plain_box

Button = QMessageBox.StandardButton


class Choice:
    """A tick box under a question, unticked at first: `label` beside it, and `text(ticked)` the
    question's words for each state, so that the box always says what going ahead will do.
    `ticked` holds the host's answer once the box is closed."""

    def __init__(self, label: str, text: Callable[[bool], str]) -> None:
        self.label = label
        self.text = text
        self.ticked = False


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    yes: Button = Button.Yes,
    no: Button = Button.No,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    informative: str = "",
    destructive: str = "",
    name: str = "",
    choice: Choice | None = None,
) -> bool:
    """True only when the host chose to go ahead: `yes`, or the button named `destructive`
    (shown instead of `yes` for what cannot be undone)."""
    box = plain_box(parent, icon, title, text, no if destructive else yes | no, informative)
    if name:
        box.setObjectName(name)
    if choice is not None:
        _add_choice(box, choice)
    go = (
        box.addButton(destructive, QMessageBox.ButtonRole.DestructiveRole)
        if destructive
        else box.button(yes)
    )
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is go


def _add_choice(box: QMessageBox, choice: Choice) -> None:
    def ticked(on: bool) -> None:
        choice.ticked = on
        box.setText(choice.text(on))

    tick = QCheckBox(choice.label, box)
    tick.toggled.connect(ticked)
    box.setCheckBox(tick)
    box.setText(choice.text(False))


def confirm_unencrypted(
    parent: QWidget | None,
    title: str,
    text: str,
    choice: Choice | None = None,
    *,
    to_file: bool = False,
) -> bool:
    """Before a printout or a plain file (PDF, CSV) leaves the vault: `text` says what it holds
    and who may have it; OK goes ahead. A warning's icon: what the members told the group is
    about to leave the encrypted file for good. `to_file`: the file dialog comes next and opens
    on Documents, which OneDrive and iCloud synchronise by default on many laptops, so the host
    is told where not to put it. `choice`: what the file holds, at the host's choosing."""
    informative = (
        QCoreApplication.translate(
            "Ask",
            "Do not save it in a folder synchronised with an online service (OneDrive, iCloud, "
            "Google Drive, Dropbox): a copy would leave this computer.",
        )
        if to_file
        else ""
    )
    return confirm(
        parent,
        title,
        text,
        yes=Button.Ok,
        no=Button.Cancel,
        icon=QMessageBox.Icon.Warning,
        informative=informative,
        choice=choice,
    )


def ask_discard(parent: QWidget, discard: Callable[[], object]) -> QMessageBox:
    """Leaving an editor that holds unsaved changes: "Discard your changes?". Keep editing is
    the default and Escape's answer; Discard calls `discard`. Window-modal over the editor with
    no nested event loop, so that a lock closing the editor meanwhile closes the question too (as
    Keep editing: nothing runs after)."""
    box = plain_box(
        parent,
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Ask", "Unsaved changes"),
        QCoreApplication.translate("Ask", "Discard your changes?"),
        Button.NoButton,
        QCoreApplication.translate("Ask", "What you changed here is not saved yet."),
    )
    box.setObjectName("discardQuestion")
    keep = box.addButton(
        QCoreApplication.translate("Ask", "&Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    drop = box.addButton(
        QCoreApplication.translate("Ask", "&Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _code: discard() if box.clickedButton() is drop else None)
    box.open()
    return box
