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


BUILDS: dict[str, Build] = {}


def build(name: str) -> Callable[[Build], Build]:
    def keep(function: Build) -> Build:
        BUILDS[name] = function
        return function

    return keep


@build("retention")
def _retention(ctx: UiContext, group: OpenGroup) -> QWidget:
    from ui.reports.retention_dialog import RetentionDialog

    return RetentionDialog(ctx, group)


@build("handout")
def _handout(ctx: UiContext, group: OpenGroup) -> QWidget:
    from ui.resources.handout_dialog import HandoutDialog

    return HandoutDialog(ctx, group, group.resources.resources()[:2], "")


@build("help now")
def _help_now(ctx: UiContext, group: OpenGroup) -> QWidget:
    from ui.resources.help_now import HelpNowDialog

    return HelpNowDialog(ctx, group)


@build("resource editor")
def _resource_editor(ctx: UiContext, group: OpenGroup) -> QWidget:
    from ui.resources.editor import ResourceEditor

    return ResourceEditor(ctx, group, group.resources.resources()[0])


@build("agreements")
def _agreements(ctx: UiContext, group: OpenGroup) -> QWidget:
    from ui.resources.agreements import AgreementsReader

    return AgreementsReader(ctx, group)


@build("phone list")
def _phone_list(ctx: UiContext, group: OpenGroup) -> QWidget:
    from ui.roster.phone_list import PhoneListDialog

    return PhoneListDialog(ctx, group)


@build("consents")
def _consents(ctx: UiContext, group: OpenGroup) -> QWidget:
    from ui.roster.consent_dialog import ConsentDialog

    return ConsentDialog(ctx, group, group.roster.members()[0])


@build("CSV import")
def _csv_import(ctx: UiContext, group: OpenGroup) -> QWidget:
    from ui.roster.import_dialog import CsvImportDialog

    dialog = CsvImportDialog(ctx, group, b"pseudonym,email\nAnne,anne@example.org\n,bad\n")
    dialog.reading.wait(5_000)
    QApplication.processEvents()  # the worker's result, delivered to the dialog
    assert dialog.preview is not None
    return dialog


@build("check-in")
def _checkin(ctx: UiContext, group: OpenGroup) -> QWidget:
    from ui.roster.checkin import CheckInDialog

    return CheckInDialog(ctx, group, _session(group).id)


@build("format texts")
def _format_scripts(_ctx: UiContext, group: OpenGroup) -> QWidget:
    from ui.sessions.format_scripts import FormatScriptsDialog

    template = group.sessions.templates()[0]
    return FormatScriptsDialog(group, template.id, template.name)


@build("session editor")
def _session_editor(_ctx: UiContext, group: OpenGroup) -> QWidget:
    from ui.sessions.session_editor import SessionEditor

    session = _session(group)
    return SessionEditor(group, session, group.sessions.agenda(session.id))


@build("series")
def _series(_ctx: UiContext, group: OpenGroup) -> QWidget:
    from ui.sessions.recurrence_dialog import RecurrenceDialog

    return RecurrenceDialog(
        group.sessions.templates(), QDateTime.fromString("2026-03-03T19:00", "yyyy-MM-ddTHH:mm")
    )


@build("formats")
def _templates(_ctx: UiContext, group: OpenGroup) -> QWidget:
    from ui.sessions.templates_dialog import TemplatesDialog

    return TemplatesDialog(group)


@build("script editor")
def _script_editor(_ctx: UiContext, group: OpenGroup) -> QWidget:
    from ui.sessions.script_card import ScriptEditor

    return ScriptEditor(group, ItemKind.WELCOME)


@build("meeting")
def _meeting(ctx: UiContext, group: OpenGroup) -> QWidget:
    from ui.sessions.live_view import LiveView

    view = LiveView(ctx, group, _session(group), clock=lambda: 0.0)
    view.timer.stop()
    return view


@build("group screen")
def _group_screen(ctx: UiContext, group: OpenGroup) -> QWidget:
    from ui.group.group_screen import GroupScreen

    screen = GroupScreen(ctx, group)
    screen.build_all_areas()
    return screen


def test_a_live_switch_says_what_a_fresh_build_says(
    qtbot: QtBot, ui_ctx: UiContext, demo_group: OpenGroup
) -> None:
    # The meeting says when it will end at this pace: a minute passing between two builds must
    # not read as a text the switch got wrong.
    ui_ctx.wall_clock = lambda: datetime(2026, 3, 3, 19, 30)
    # One group for them all: they only read it, and each unlock costs more than a build.
    for name, make in BUILDS.items():
        widget = make(ui_ctx, demo_group)
        qtbot.addWidget(widget)
        english = _texts(widget)
        _switch(ui_ctx, "fr")
        fresh = make(ui_ctx, demo_group)
        qtbot.addWidget(fresh)
        french = _texts(fresh)
        assert french != english, name
        assert _texts(widget) == french, name
        _switch(ui_ctx, "en")
        assert _texts(widget) == english, name
