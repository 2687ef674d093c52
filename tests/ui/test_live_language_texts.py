"""A language switch while a dialog or screen is open leaves it saying what one built in that
language says: every text, tooltip, accessible name, choice and title, and back again. A text
written once where its widget is made (Retranslating.translated) and left out of the switch
would show here."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.group import OpenGroup
from app.model import ItemKind, Session
from tests.helpers.window_texts import readable
from ui.context import UiContext
from ui.group.group_screen import GroupScreen
from ui.reports.retention_dialog import RetentionDialog
from ui.resources.agreements import AgreementsReader
from ui.resources.editor import ResourceEditor
from ui.resources.handout_dialog import HandoutDialog
from ui.resources.help_now import HelpNowDialog
from ui.roster.checkin import CheckInDialog
from ui.roster.consent_dialog import ConsentDialog
from ui.roster.import_dialog import CsvImportDialog
from ui.roster.phone_list import PhoneListDialog
from ui.sessions.format_scripts import FormatScriptsDialog
from ui.sessions.live_view import LiveView
from ui.sessions.recurrence_dialog import RecurrenceDialog
from ui.sessions.script_card import ScriptEditor
from ui.sessions.session_editor import SessionEditor
from ui.sessions.templates_dialog import TemplatesDialog

Build = Callable[[UiContext, OpenGroup], QWidget]


def _texts(root: QWidget) -> list[str]:
    """Sorted: a switch may create a widget (a scroll bar) out of a fresh build's order."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return sorted(f"{type(w).__name__} {kind}: {text}" for w, kind, text in readable(root))


def _switch(ctx: UiContext, language: str) -> None:
    assert ctx.translations is not None
    ctx.translations.apply(language)
    QApplication.processEvents()


def _session(group: OpenGroup) -> Session:
    return group.sessions.sessions()[0]


def _csv_import(ctx: UiContext, group: OpenGroup) -> QWidget:
    dialog = CsvImportDialog(ctx, group, b"pseudonym,email\nAnne,anne@example.org\n,bad\n")
    dialog.reading.wait(5_000)
    QApplication.processEvents()  # the worker's result, delivered to the dialog
    assert dialog.preview is not None
    return dialog


def _format_scripts(_ctx: UiContext, group: OpenGroup) -> QWidget:
    template = group.sessions.templates()[0]
    return FormatScriptsDialog(group, template.id, template.name)


def _session_editor(_ctx: UiContext, group: OpenGroup) -> QWidget:
    session = _session(group)
    return SessionEditor(group, session, group.sessions.agenda(session.id))


def _series(_ctx: UiContext, group: OpenGroup) -> QWidget:
    starts = QDateTime.fromString("2026-03-03T19:00", "yyyy-MM-ddTHH:mm")
    return RecurrenceDialog(group.sessions.templates(), starts)


def _meeting(ctx: UiContext, group: OpenGroup) -> QWidget:
    view = LiveView(ctx, group, _session(group), clock=lambda: 0.0)
    view.timer.stop()
    return view


def _group_screen(ctx: UiContext, group: OpenGroup) -> QWidget:
    screen = GroupScreen(ctx, group)
    screen.build_all_areas()
    return screen


# Each dialog and screen the switch is tried on, built from the demo group's records.
BUILDS: dict[str, Build] = {
    "retention": RetentionDialog,
    "handout": lambda ctx, group: HandoutDialog(ctx, group, group.resources.resources()[:2], ""),
    "help now": HelpNowDialog,
    "resource editor": lambda ctx, group: ResourceEditor(
        ctx, group, group.resources.resources()[0]
    ),
    "agreements": lambda _ctx, group: AgreementsReader(group),
    "phone list": PhoneListDialog,
    "consents": lambda ctx, group: ConsentDialog(ctx, group, group.roster.members()[0]),
    "CSV import": _csv_import,
    "check-in": lambda ctx, group: CheckInDialog(ctx, group, _session(group).id),
    "format texts": _format_scripts,
    "session editor": _session_editor,
    "series": _series,
    "formats": lambda _ctx, group: TemplatesDialog(group),
    "script editor": lambda _ctx, group: ScriptEditor(group, ItemKind.WELCOME),
    "meeting": _meeting,
    "group screen": _group_screen,
}


def test_a_live_switch_says_what_a_fresh_build_says(
    qtbot: QtBot, ui_ctx: UiContext, demo_group: OpenGroup
) -> None:
    # The meeting says when it will end at this pace: a minute passing between two builds must
    # not read as a text the switch got wrong.
    ui_ctx.wall_clock = lambda: datetime(2026, 3, 3, 19, 30)
    # One group for them all: they only read it, and each unlock costs more than a build.
    for name, make in BUILDS.items():
        built: list[QWidget] = []
        try:
            widget = make(ui_ctx, demo_group)
            built.append(widget)
            english = _texts(widget)
            _switch(ui_ctx, "fr")
            fresh = make(ui_ctx, demo_group)
            built.append(fresh)
            french = _texts(fresh)
            assert french != english, name
            assert _texts(widget) == french, name
            _switch(ui_ctx, "en")
            assert _texts(widget) == english, name
        finally:
            # Deleted before the next build, rather than by pytest-qt at the end: a switch
            # retranslates every widget alive, and the ones already checked made each later
            # switch cost all the builds before it (the group screen's came after 15 pairs).
            for done in built:
                done.close()
                done.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
