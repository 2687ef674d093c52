"""Every screen and dialog fits the hosts' laptops: a 1024x600 netbook at normal and large text,
a 1366x768 laptop at very large text, light and dark, French (longer) and English.

Each configuration builds the window and each dialog once and runs every check on it; the room a
window gets is the screen less a desktop panel and the window's title bar.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QDateTime, QSize
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.ui.layout_check import name_column_problems, window_problems
from ui.common.adaptive import size_to_screen
from ui.common.theme import apply_theme
from ui.group.group_screen import AREAS
from ui.main_window import MainWindow

CHROME = 64  # a desktop panel and the title bar, in pixels
NETBOOK, LAPTOP = QSize(1024, 600), QSize(1366, 768)
# Each screen and text size in both languages and both colour schemes; the schemes change no
# size, so each language meets each scheme across the sizes rather than at every size.
CONFIGS = [
    pytest.param(screen, size, scheme, language, id=f"{screen.width()}-{size}-{scheme}-{language}")
    for screen, size, pairs in (
        (NETBOOK, "normal", (("light", "fr"), ("dark", "en"))),
        (NETBOOK, "large", (("dark", "fr"), ("light", "en"))),
        (LAPTOP, "very_large", (("light", "fr"), ("dark", "en"))),
    )
    for scheme, language in pairs
]


def _dialogs(window: MainWindow) -> dict[str, Callable[[], QWidget]]:
    from ui.handover.export_wizard import ExportWizard
    from ui.handover.import_wizard import ImportWizard
    from ui.resources.agreements import AgreementsReader
    from ui.resources.editor import ResourceEditor
    from ui.resources.handout_dialog import HandoutDialog
    from ui.resources.help_now import HelpNowDialog
    from ui.roster.checkin import CheckInDialog
    from ui.roster.import_dialog import CsvImportDialog
    from ui.safety.change_passphrase_dialog import ChangePassphraseDialog
    from ui.sessions.live_view import LiveView
    from ui.sessions.recurrence_dialog import RecurrenceDialog
    from ui.sessions.session_editor import SessionEditor
    from ui.sessions.templates_dialog import TemplatesDialog
    from ui.settings.preferences_dialog import PreferencesDialog
    from ui.start.backups_dialog import BackupsDialog
    from ui.start.create_dialog import CreateGroupDialog

    ctx, group = window.ctx, window.ctx.group
    assert group is not None
    session = group.sessions.sessions()[0]
    resources = group.resources.resources()
    csv = b"pseudonym,email\nAnne-Sophie,anne@example.org\n"
    return {
        "preferences": lambda: PreferencesDialog(ctx, window),
        "create group": lambda: CreateGroupDialog("fr", window),
        "backups": lambda: BackupsDialog(ctx, group.info, window),
        "passphrase": lambda: ChangePassphraseDialog(ctx, group, window),
        "check-in": lambda: CheckInDialog(ctx, group, session.id, window),
        "csv import": lambda: CsvImportDialog(ctx, group, csv, window),
        "formats": lambda: TemplatesDialog(group, window),
        "session editor": lambda: SessionEditor(
            group, session, group.sessions.agenda(session.id), window
        ),
        "series": lambda: RecurrenceDialog(
            group.sessions.templates(), QDateTime.currentDateTime(), window
        ),
        "agreements": lambda: AgreementsReader(ctx, group, window),
        "handout": lambda: HandoutDialog(ctx, group, resources, "", window),
        "help now": lambda: HelpNowDialog(ctx, group, window),
        "resource editor": lambda: ResourceEditor(ctx, group, resources[0], window),
        "hand over": lambda: ExportWizard(ctx, group, window),
        "merge": lambda: ImportWizard(ctx, group, window),
        "meeting": lambda: LiveView(ctx, group, session, parent=window),
    }


def _dialog_problems(make: Callable[[], QWidget], room: QSize, where: str) -> list[str]:
    from ui.sessions.live_view import MEETING_SHARE, LiveView

    dialog = make()
    dialog.show()
    QApplication.processEvents()
    if isinstance(dialog, LiveView):
        size_to_screen(dialog, MEETING_SHARE, MEETING_SHARE, room)
    else:  # how a window manager opens it: its preferred size, within the screen
        dialog.resize(dialog.sizeHint().expandedTo(dialog.minimumSizeHint()).boundedTo(room))
    problems = window_problems(dialog, room, where) + name_column_problems(dialog, where)
    if isinstance(dialog, QDialog):
        dialog.done(0)
    dialog.close()
    dialog.deleteLater()
    return problems


@pytest.mark.parametrize(("screen", "text_size", "scheme", "language"), CONFIGS)
def test_every_screen_and_dialog_fits_the_laptop(
    qtbot, qapp, ui_ctx, screen: QSize, text_size: str, scheme: str, language: str
) -> None:
    room = QSize(screen.width(), screen.height() - CHROME)
    ui_ctx.translations.apply(language)
    apply_theme(qapp, text_size, scheme)
    try:
        window = MainWindow(ui_ctx)
        qtbot.addWidget(window)
        window.resize(room)
        window.show()
        qtbot.waitExposed(window)
        problems = window_problems(window, room, "start screen")
        window.start_screen.demo_button.click()
        qtbot.waitUntil(lambda: not window.is_locked, timeout=10_000)
        screen_of_group = window.group_screen
        assert screen_of_group is not None
        for area in AREAS:  # built on first use: showing each builds it
            screen_of_group.show_area(area)
            problems += window_problems(window, room, area)
            problems += name_column_problems(window, area)
        for name, make in _dialogs(window).items():
            problems += _dialog_problems(make, room, name)
        window.lock()
    finally:
        apply_theme(qapp, "normal", "light")
    assert not problems, "\n".join(problems)
