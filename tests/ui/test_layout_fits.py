"""Every screen and dialog fits the hosts' laptops: a 1024x600 netbook at normal and large text,
a 1366x768 laptop at very large text, light and dark, French (longer) and English.

Each configuration builds the main window once and walks it as a host would: the start screen,
each area of the demo group, every dialog the menus and areas open, the wizards' later pages, the
running meeting at each step and the sharing circle from set-up to summary. The room a window
gets is the screen less a desktop panel and the window's title bar.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QDateTime, QSize
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from tests.helpers.layout_modals import members_boxes, printing
from tests.helpers.layout_walks import circle_views, fits, handover_pages, meeting_steps, open_in
from ui.common.palette import THEMES
from ui.common.paths import resource_path
from ui.common.theme import TEXT_SCALE
from ui.group.group_screen import AREAS
from ui.main_window import MainWindow

if TYPE_CHECKING:
    from ui.roster.import_dialog import CsvImportDialog

CHROME = 64  # a desktop panel and the title bar, in pixels
NETBOOK, LAPTOP = QSize(1024, 600), QSize(1366, 768)
NARROWEST = 1000  # px: the group window at normal text leaves room on a 1024-pixel screen
# Each screen and text size in both languages and both colour schemes; the schemes change no
# size (test_a_colour_scheme_changes_no_size), so each language meets each scheme across the
# sizes rather than at every size.
CONFIGS = [
    pytest.param(screen, size, scheme, language, id=f"{screen.width()}-{size}-{scheme}-{language}")
    for screen, size, pairs in (
        (NETBOOK, "normal", (("light", "fr"), ("dark", "en"))),
        (NETBOOK, "large", (("dark", "fr"), ("light", "en"))),
        (NETBOOK, "very_large", (("dark", "fr"), ("light", "en"))),
        (LAPTOP, "very_large", (("light", "fr"), ("dark", "en"))),
    )
    for scheme, language in pairs
]


def _dialogs(window: MainWindow) -> dict[str, Callable[[], QWidget]]:
    from ui.reports.retention_dialog import RetentionDialog
    from ui.resources.agreements import AgreementsReader
    from ui.resources.editor import ResourceEditor
    from ui.resources.handout_dialog import HandoutDialog
    from ui.resources.help_now import HelpNowDialog
    from ui.roster.checkin import CheckInDialog
    from ui.roster.consent_dialog import ConsentDialog
    from ui.roster.import_dialog import CsvImportDialog
    from ui.roster.phone_list import PhoneListDialog
    from ui.safety.change_passphrase_dialog import ChangePassphraseDialog
    from ui.sessions.format_scripts import FormatScriptsDialog
    from ui.sessions.recurrence_dialog import RecurrenceDialog
    from ui.sessions.script_card import ScriptEditor
    from ui.sessions.session_editor import SessionEditor
    from ui.sessions.templates_dialog import TemplatesDialog
    from ui.settings.preferences_dialog import PreferencesDialog
    from ui.start.backups_dialog import BackupsDialog
    from ui.start.create_dialog import CreateGroupDialog

    ctx, group = window.ctx, window.ctx.group
    assert group is not None
    session = group.sessions.sessions()[0]
    resources = group.resources.resources()
    template = group.sessions.templates()[0]
    csv = b"pseudonym,email\nAnne-Sophie,anne@example.org\n"
    return {
        "preferences": lambda: PreferencesDialog(ctx, window),
        "create group": lambda: CreateGroupDialog("fr", window),
        "backups": lambda: BackupsDialog(ctx, group.info, window),
        "passphrase": lambda: ChangePassphraseDialog(ctx, group, window),
        "user guide": window.open_guide,
        "shortcuts": window.open_shortcuts,
        "about": window.open_about,
        "check-in": lambda: CheckInDialog(ctx, group, session.id, window),
        "consents": lambda: ConsentDialog(ctx, group, group.roster.members()[0], window),
        "csv import": lambda: _read(CsvImportDialog(ctx, group, csv, window)),
        "phone list": lambda: PhoneListDialog(ctx, group, window),
        "formats": lambda: TemplatesDialog(group, window),
        "session editor": lambda: SessionEditor(
            group, session, group.sessions.agenda(session.id), window
        ),
        "series": lambda: RecurrenceDialog(
            group.sessions.templates(), QDateTime.currentDateTime(), window
        ),
        "format's texts": lambda: FormatScriptsDialog(group, template.id, template.name, window),
        "text to read aloud": lambda: ScriptEditor(group, "welcome", None, window),
        "agreements": lambda: AgreementsReader(group, window),
        "handout": lambda: HandoutDialog(ctx, group, resources, "", window),
        "help now": lambda: HelpNowDialog(ctx, group, window),
        "resource editor": lambda: ResourceEditor(ctx, group, resources[0], window),
        "keeping who came": lambda: RetentionDialog(ctx, group, window),
    }


def _read(dialog: CsvImportDialog) -> QWidget:
    """The CSV import as the host sees it once its file is read (a worker reads it): the
    preview arriving in the middle of the checks had its fields measured before the page
    around them had grown to take them, under load ("is cut off on the right")."""
    dialog.reading.wait(5_000)
    QApplication.processEvents()  # the worker's result, delivered to the dialog
    assert dialog.preview is not None
    return dialog


def _dialog_problems(make: Callable[[], QWidget], room: QSize, where: str) -> list[str]:
    dialog = make()
    open_in(dialog, room)
    problems = fits(dialog, room, where)
    if isinstance(dialog, QDialog):
        dialog.done(0)
    dialog.close()
    dialog.deleteLater()
    return problems


def _areas(window: MainWindow, room: QSize, text_size: str) -> list[str]:
    group_screen = window.group_screen
    assert group_screen is not None
    problems = []
    for area in AREAS:  # built on first use: showing each builds it
        group_screen.show_area(area)
        problems += fits(window, room, area)
        if area == "sessions":  # the past meetings, with the number present
            tabs = group_screen.screens[area].tabs  # type: ignore[attr-defined]
            tabs.setCurrentIndex(1)
            problems += fits(window, room, "sessions: past")
            tabs.setCurrentIndex(0)
        need = window.minimumSizeHint().width()
        if text_size == "normal" and need > NARROWEST:
            problems.append(f"{area}: the group window needs {need} px, more than {NARROWEST}")
    return problems


def _start_file_dialogs_in(folder: Path) -> None:
    """Qt's file dialogs open in the last folder one visited, in this process: a previous
    test's, deleted when it passed, whose parent lists the tests' folders by their long names.
    The dialogs' name column is checked on this test's folder (the app's own file names)."""
    dialog = QFileDialog()
    dialog.setDirectory(str(folder))
    dialog.deleteLater()


@pytest.mark.slow
@pytest.mark.parametrize(("screen", "text_size", "scheme", "language"), CONFIGS)
def test_every_screen_and_dialog_fits_the_laptop(
    qtbot,
    ui_ctx,
    look,
    demo_on_disk,
    tmp_path,
    screen: QSize,
    text_size: str,
    scheme: str,
    language: str,
) -> None:
    room = QSize(screen.width(), screen.height() - CHROME)
    _start_file_dialogs_in(tmp_path)
    ui_ctx.translations.apply(language)
    look(text_size, scheme)
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.resize(room)
    window.show()
    qtbot.waitExposed(window)
    problems = fits(window, room, "start screen")
    # The demo's file from the run's template: the button unlocks it rather than building it
    # again in every configuration (tests/ui/start/test_start_screen.py builds it).
    demo_on_disk(ui_ctx.vaults.data)
    window.start_screen.refresh()
    window.start_screen.demo_button.click()
    qtbot.waitUntil(lambda: not window.is_locked, timeout=10_000)
    problems += _areas(window, room, text_size)
    for name, make in _dialogs(window).items():
        problems += _dialog_problems(make, room, name)
    problems += members_boxes(window, room)
    problems += printing(window, room, tmp_path)
    problems += handover_pages(qtbot, window, room, tmp_path)
    problems += meeting_steps(qtbot, window, room)
    problems += circle_views(window, room, screen)
    window.lock()
    assert not problems, "\n".join(problems)


_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b")
_SCHEMED_ICON = re.compile(r"-(?:light|dark)\.svg\b")


def _without_colours(text: str) -> str:
    return _SCHEMED_ICON.sub("-scheme.svg", _COLOUR.sub("#colour", text))


@pytest.mark.parametrize("text_size", sorted(TEXT_SCALE))
def test_a_colour_scheme_changes_no_size(qapp, look, text_size: str) -> None:
    """Why CONFIGS walks each language in one scheme: at each text size the light and dark
    looks set the same font and the same style sheet but for its colours and the colour of its
    icons, which are the same drawings; the palette holds colours only."""
    looks = []
    for scheme in sorted(THEMES):
        look(text_size, scheme)
        looks.append((qapp.font().toString(), _without_colours(qapp.styleSheet())))
    assert looks[0] == looks[1]
    icons = resource_path("ui", "assets")
    for light in icons.glob("*-light.svg"):
        dark = light.with_name(light.name.replace("-light", "-dark"))
        assert _without_colours(light.read_text("utf-8")) == _without_colours(
            dark.read_text("utf-8")
        ), light.name
