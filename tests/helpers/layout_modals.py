"""The layout test's modal windows: the confirmations and notices (message boxes), Qt's own file
and print dialogs, as the app opens them from its buttons. Each is checked the moment it shows,
then answered as a host would, so the action that opened it carries on or stops."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTreeView,
    QWidget,
)

from tests.helpers import LOOK_AGAIN_MS
from tests.helpers.layout_check import window_problems
from ui.main_window import MainWindow

Answer = Callable[[QWidget], None]


def cancel(dialog: QWidget) -> None:
    assert isinstance(dialog, QDialog)
    dialog.reject()


def go_ahead(box: QWidget) -> None:
    """OK, Yes, or whatever the box offers to accept."""
    assert isinstance(box, QMessageBox)
    accept = QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.YesRole
    [button] = [b for b in box.buttons() if box.buttonRole(b) in accept]
    button.click()


def save_in(folder: Path) -> Answer:
    """Save under the name the app proposes, in `folder`."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(folder))
        dialog.accept()

    return answer


class Modal:
    """Checks the next modal window of `kind` as soon as it is the active one, then answers it.
    Armed before the click that opens it: the click returns once it has been answered."""

    def __init__(self, kind: type[QWidget], room: QSize, where: str, answer: Answer) -> None:
        self.kind, self.room, self.where, self.answer = kind, room, where, answer
        self.problems: list[str] | None = None
        self.timer = QTimer()
        self.timer.setInterval(LOOK_AGAIN_MS)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        shown = QApplication.activeModalWidget()
        if not isinstance(shown, self.kind) or not shown.isVisible():
            return
        self.timer.stop()
        self.problems = modal_problems(shown, self.room, self.where)
        self.answer(shown)

    def result(self) -> list[str]:
        self.timer.stop()
        return self.problems if self.problems is not None else [f"{self.where}: did not open"]


def modal_problems(window: QWidget, room: QSize, where: str) -> list[str]:
    problems = window_problems(window, room, where) + cut_labels(window, where)
    if isinstance(window, QFileDialog):
        problems += file_name_problems(window, where)
    return problems


def cut_labels(window: QWidget, where: str) -> list[str]:
    """A label that does not wrap shows its whole line (a message box's title line, the
    presenter's way back, a print dialog's field names)."""
    problems = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or not label.text() or label.pixmap():
            continue
        if label.window() is not window or label.textFormat() == Qt.TextFormat.RichText:
            continue
        if label.width() < label.minimumSizeHint().width():
            problems.append(f"{where}: label {label.text()!r} cut to {label.width()} px")
    return problems


def file_name_problems(dialog: QFileDialog, where: str) -> list[str]:
    """Qt's file dialog lists the folder's files: their names show whole in the name column
    (the app proposes names like cercle-handover-2026-11-26.cercle)."""
    view = next((v for v in dialog.findChildren(QTreeView) if v.isVisible()), None)
    if view is None:
        return []
    model, root = view.model(), view.rootIndex()
    for _ in range(200):  # the folder is read in a thread: the files listed once read
        if model.rowCount(root):
            break
        QApplication.processEvents()
        QTimer.singleShot(5, lambda: None)
    metrics = view.fontMetrics()
    # The icon, the indentation and the delegate's margins before the text.
    before = view.iconSize().width() + view.indentation() * view.rootIsDecorated() + 12
    for row in range(model.rowCount(root)):
        text = model.index(row, 0, root).data()
        needed = metrics.horizontalAdvance(text) + before
        if isinstance(text, str) and needed > view.columnWidth(0):
            return [
                f"{where}: file name {text!r} needs {needed} px, its column has "
                f"{view.columnWidth(0)}"
            ]
    return []


def click(button: QAbstractButton, *modals: Modal) -> list[str]:
    button.click()
    return [problem for modal in modals for problem in modal.result()]


def members_boxes(window: MainWindow, room: QSize) -> list[str]:
    """A member's form; erasing a member asks first, with what would go; exporting the roster
    warns that the file is not encrypted, then asks where."""
    group_screen = window.group_screen
    assert group_screen is not None
    group_screen.show_area("members")
    members: Any = group_screen.screens["members"]
    members.table.selectRow(0)
    members.open_form()
    problems = window_problems(window, room, "members: a member's form")
    members.splitter.show_list()
    problems += click(
        members.pane.erase_button, Modal(QMessageBox, room, "members: erase, asked", cancel)
    )
    problems += click(
        members.export_button,
        Modal(QMessageBox, room, "members: export, warned", go_ahead),
        Modal(QFileDialog, room, "members: export, file", cancel),
    )
    return problems


def printing(window: MainWindow, room: QSize, folder: Path) -> list[str]:
    """The phone list's print (its warning, then Qt's print dialog) and the handout saved as
    PDF (Qt's file dialog, then the notice that the file is not encrypted)."""
    from ui.resources.handout_dialog import HandoutDialog
    from ui.roster.phone_list import PhoneListDialog

    group = window.ctx.group
    assert group is not None
    phones = PhoneListDialog(window.ctx, group, window)
    phones.show()
    if not phones.print_button.isEnabled():
        phones.members.item(0).setCheckState(Qt.CheckState.Checked)
    problems = click(
        phones.print_button,
        Modal(QMessageBox, room, "phone list: print, warned", go_ahead),
        Modal(QPrintDialog, room, "phone list: print dialog", cancel),
    )
    phones.done(0)
    handout = HandoutDialog(window.ctx, group, group.resources.resources(), "", window)
    handout.show()
    problems += click(
        handout.pdf_button,
        Modal(QFileDialog, room, "handout: save as PDF", save_in(folder)),
        Modal(QMessageBox, room, "handout: saved", go_ahead),
    )
    assert list(folder.glob("*.pdf")), "the handout was not saved where chosen"
    handout.done(0)
    for dialog in (phones, handout):
        dialog.deleteLater()
    return problems
