"""The layout test's walks through what opens later: the wizards' later pages, each step of the
running meeting, the sharing circle from set-up to summary. Each walk drives the real widgets as
a host would and returns what does not fit, page by page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from tests.helpers import circle_from_a_past_meeting
from tests.ui.layout_check import name_column_problems, window_problems
from ui.main_window import MainWindow

WAIT_MS = 30_000  # a handover file written and read back on a loaded machine


def fits(window: QWidget, room: QSize, where: str) -> list[str]:
    return window_problems(window, room, where) + name_column_problems(window, where)


def open_in(window: QWidget, room: QSize) -> None:
    """How a dialog opens: the size it chose (Qt fits a dialog not sized by its code to its
    contents, wrapped lines included), then kept within the screen by the window manager."""
    window.show()
    QApplication.processEvents()
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


def handover_pages(qtbot, window: MainWindow, room: QSize, target: Path) -> list[str]:
    """Hand over the demo group into `target`, then open that file as a new group, every page
    checked: scope, passphrase, destination, written; file, preview, new group."""
    from ui.handover.export_wizard import ExportWizard
    from ui.handover.import_wizard import ImportWizard

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
    export.destination_page.file_field.edit.setText(str(target))
    _next(export)
    qtbot.waitUntil(lambda: export.write_page.manifest is not None, timeout=WAIT_MS)
    problems += fits(export, room, "hand over: written")
    export.close()

    wizard = ImportWizard(window.ctx, None, window)
    open_in(wizard, room)
    problems += fits(wizard, room, "open a handed-over group: file")
    wizard.file_page.file_field.edit.setText(str(target))
    wizard.file_page.passphrase_edit.setText(passphrase)
    wizard.file_page.check_button.click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=WAIT_MS)
    problems += fits(wizard, room, "open a handed-over group: preview")
    _next(wizard)
    problems += fits(wizard, room, "open a handed-over group: new group")
    wizard.reject()
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
    view.done(0)
    view.close()
    view.deleteLater()
    return problems


def circle_views(window: MainWindow, room: QSize) -> list[str]:
    """A round from a past meeting's attendance: set-up, running, summary."""
    from ui.circle.circle_screen import CircleScreen

    circle = circle_from_a_past_meeting(window)
    assert isinstance(circle, CircleScreen)
    problems = fits(window, room, "circle: set-up")
    circle.setup.start_button.click()
    assert circle.stack.currentWidget() is circle.running
    problems += fits(window, room, "circle: running")
    circle.finish_round()
    problems += fits(window, room, "circle: summary")
    circle.show_setup()
    return problems
