"""The layout test's walks through what opens later: the wizards' later pages, each step of the
running meeting, the sharing circle from set-up to summary. Each walk drives the real widgets as
a host would and returns what does not fit, page by page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget, QWizard

from tests.helpers import circle_from_a_past_meeting
from tests.helpers.layout_check import name_column_problems, window_problems
from tests.helpers.layout_modals import Modal, cancel, click, modal_problems
from ui.main_window import MainWindow

WAIT_MS = 30_000  # a handover file written and read back on a loaded machine


def fits(window: QWidget, room: QSize, where: str) -> list[str]:
    return window_problems(window, room, where) + name_column_problems(window, where)


def open_in(window: QWidget, room: QSize) -> None:
    """How a dialog opens: the size it chose (Qt fits a dialog not sized by its code to its
    contents, wrapped lines included), then kept within the screen by the window manager.
    Shown without painting: the checks paint it at the size it ends up with, once."""
    window.setUpdatesEnabled(False)
    window.show()
    QApplication.processEvents()
    window.setUpdatesEnabled(True)
    size = window.size()
    layout = window.layout()
    if layout is not None and layout.hasHeightForWidth():
        # Qt chose the height for the width the dialog wanted, then narrowed it to two thirds
        # of the test's 800-pixel virtual screen: the height for the width it got.
        size.setHeight(max(size.height(), layout.totalHeightForWidth(size.width())))
    window.resize(size.boundedTo(room))


def _next(wizard: QWizard) -> None:
    for which in (QWizard.WizardButton.CommitButton, QWizard.WizardButton.NextButton):
        button = wizard.button(which)
        if button.isVisible() and button.isEnabled():
            button.click()
            return
    raise AssertionError(f"{wizard.windowTitle()}: no enabled Next button")


def handover_pages(qtbot, window: MainWindow, room: QSize, folder: Path) -> list[str]:
    """Hand over the demo group into `folder`, then open that file as a new group, every page
    checked: scope, passphrase, destination, written; file, preview, new group, done. The file
    dialogs on the way open and are checked too."""
    from ui.handover.export_wizard import ExportWizard
    from ui.handover.import_wizard import ImportWizard
    from ui.handover.same_group import KEEP_BOTH

    group = window.ctx.group
    assert group is not None
    export = ExportWizard(window.ctx, group, window)
    open_in(export, room)
    problems = fits(export, room, "hand over: scope")
    _next(export)
    problems += fits(export, room, "hand over: passphrase")
    passphrase = export.passphrase_page.generated_label.text()
    _next(export)
    problems += fits(export, room, "hand over: destination")
    field = export.destination_page.file_field
    problems += click(field.button, Modal(QFileDialog, room, "hand over: choose where", cancel))
    target = folder / Path(field.path()).name  # the name the app proposes
    field.edit.setText(str(target))
    _next(export)
    qtbot.waitUntil(lambda: export.write_page.manifest is not None, timeout=WAIT_MS)
    problems += fits(export, room, "hand over: written")
    export.close()

    wizard = ImportWizard(window.ctx, None, window)
    open_in(wizard, room)
    problems += fits(wizard, room, "open a handed-over group: file")
    wizard.file_page.file_field.edit.setText(str(target))
    problems += click(
        wizard.file_page.file_field.button,
        Modal(QFileDialog, room, "open a handed-over group: choose the file", cancel),
    )
    wizard.file_page.passphrase_edit.setText(passphrase)
    wizard.file_page.check_button.click()
    # The demo is already on this computer: page one offers merge, take-over or keep-both.
    same = wizard.file_page.same_group
    qtbot.waitUntil(same.isVisible, timeout=WAIT_MS)
    problems += fits(wizard, room, "open a handed-over group: already here")
    same.radios[KEEP_BOTH].setChecked(True)
    _next(wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=WAIT_MS)
    problems += fits(wizard, room, "open a handed-over group: preview")
    _next(wizard)
    problems += fits(wizard, room, "open a handed-over group: new group")
    vault = wizard.vault_page
    vault.label_edit.setText("Les Tilleuls (reprise)")
    for edit in (vault.passphrase_edit, vault.confirm_edit):
        edit.setText("lanterne verger boussole")
    _next(wizard)
    qtbot.waitUntil(lambda: wizard.run_page.result is not None, timeout=WAIT_MS)
    problems += fits(wizard, room, "open a handed-over group: done")
    wizard.accept()
    return problems


def meeting_steps(qtbot, window: MainWindow, room: QSize) -> list[str]:
    """The running meeting at every step of the demo's next meeting: the text to read aloud,
    the notes, the check-in and circle buttons, the check-out at the closing step."""
    from ui.common.adaptive import size_to_screen
    from ui.sessions.live_view import MEETING_SHARE, LiveView

    group = window.ctx.group
    assert group is not None
    session = group.sessions.sessions()[0]
    view = LiveView(window.ctx, group, session, parent=window)
    view.show()
    size_to_screen(view, MEETING_SHARE, MEETING_SHARE, room)
    problems = []
    for step in range(len(view.run.items)):
        item = view.run.current
        problems += fits(view, room, f"meeting, step {step + 1} ({item.kind})")
        if not view.run.is_last:
            qtbot.keyClick(view, Qt.Key.Key_Right)
    problems += click(view.leave_button, Modal(QMessageBox, room, "meeting: leave, asked", cancel))
    view.done(0)
    view.close()
    view.deleteLater()
    return problems


def circle_views(window: MainWindow, room: QSize, screen: QSize) -> list[str]:
    """A round from a past meeting's attendance: set-up, running, summary."""
    from ui.circle.circle_screen import CircleScreen

    assert window.group_screen is not None
    circle = circle_from_a_past_meeting(window.group_screen)
    assert isinstance(circle, CircleScreen)
    problems = fits(window, room, "circle: set-up")
    circle.setup.start_button.click()
    assert circle.stack.currentWidget() is circle.running
    problems += fits(window, room, "circle: running")
    problems += presenter(circle, screen)
    circle.finish_round()
    problems += fits(window, room, "circle: summary")
    circle.show_setup()
    return problems


def presenter(circle: QWidget, screen: QSize) -> list[str]:
    """The presenter window, full screen on the host's own screen (a laptop alone): the name,
    the countdown and the way back to the controls."""
    running = circle.running  # type: ignore[attr-defined]
    running.buttons["presenter"].click()
    window = running.presenter
    assert window is not None
    # The whole screen, no panel: the test's virtual screen is another size.
    window.showNormal()
    window.setGeometry(QRect(QPoint(0, 0), screen))
    problems = modal_problems(window, screen, "circle: presenter")
    if not window.back_hint.isVisible():
        problems.append("circle: presenter: no way back to the controls shown")
    window.close()
    return problems
