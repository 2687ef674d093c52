"""What the start screen does not need, imported on first use: the one place that decides it.

A host opens Cercle in front of the room, often on an old laptop: until a group is unlocked only
the start screen is needed. The group screen with its five areas, the handover wizards, the
sharing circle, printing and the PDF writers, Preferences and the backups dialog are imported
here, when first asked for (about
150 ms of imports before the start screen used to appear). The rest of ui/ reaches them only
through these functions (the group screen's areas through ui/group/areas.py);
tests/test_startup_imports.py starts the app and checks that nothing
under LATE is imported before the start screen is shown.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ui.context import UiContext

if TYPE_CHECKING:
    from app.group import OpenGroup
    from app.group_info import GroupInfo
    from ui.group.group_screen import GroupScreen
    from ui.handover.export_wizard import ExportWizard
    from ui.handover.import_wizard import ImportWizard
    from ui.self_check import CheckedWindow
    from ui.settings.preferences_dialog import PreferencesDialog
    from ui.start.backups_dialog import BackupsDialog

# Module name prefixes the start path must not import (checked by the guard test).
LATE = (
    "ui.group",
    "ui.sessions",
    "ui.roster",
    "ui.circle",
    "ui.resources",
    "ui.reports",
    "ui.handover",
    "ui.safety",
    "ui.self_check",
    "ui.common.pdf_file",
    "ui.settings.preferences_dialog",
    "ui.start.backups_dialog",
    "ui.common.file_dialog",  # by the style, as the first file dialog shows
    "ui.common.cercle_style",  # the application's style after the first paint
    "ui.common.models",  # tables and their sort proxy; the group list needs ui.common.roles
    "ui.common.refusal",  # why a handover file is refused (ui.common.messages, on use)
    "ui.common.dates",
    "app.handover",
    "app.group",  # the services of an unlocked group (app.vaults imports it at the first unlock)
    "app.demo",
    "app.starter",
    "app.backups",  # and with them SQLCipher: app/vaults.py imports them on first use
    "app.rekey",
    "storage.database",
    "sqlcipher3",
    "storage.domain",  # the start screen checks the sidecars with storage.value_rules only
    "storage.records",
    "PySide6.QtPrintSupport",
    "PySide6.QtSvg",
    "PySide6.QtDBus",  # ui/common/autolock.py watches the desktop once the window has painted
    "PySide6.QtMultimedia",
    "secrets",  # app.passphrase.generate; with hashlib, OpenSSL's library
    "hashlib",
    "uuid",  # storage.clock, app.vaults.create_group; with platform
    "platform",
    "html",  # ui.common.plain_text.escaped, for markup: its entity table
    "_strptime",  # datetime.strptime's first call: storage.value_rules reads dates without it
)

# PySide6 builds the Python class of a Qt class, and its enums (Python's enum module makes each
# member in Python), when it is first used. None of these before the start screen's first
# paint (checked by the same test): QCalendarWidget stands for the whole QWidget family, built
# at once to wrap the first widget Qt made itself that Python is handed as a plain QWidget (a
# viewport, a scroll bar: see ui/common/side_scroll.py and theme.add_polish_hooks).
# QDateTimeEdit (i18n.widget_locale), QComboBox and QStyleOption (ui.common.cercle_style): the
# start screen has none; imported where used. QStyle: any style made in Python, and any
# `style()` asked for (see ui.common.theme.add_polish_hooks).
LATE_QT_CLASSES = (
    "QStyle",
    "QMessageBox",
    "QWizard",
    "QCalendarWidget",
    "QDateTimeEdit",
    "QComboBox",
    "QStyleOption",
)


PRELOAD_AFTER_MS = 300


def preload_group_screen() -> None:
    """Import the group screen and its first area, once: a moment after the start screen has
    painted, while the host reads it and types, and at the latest while the key is derived on
    the worker (C code that lets go of the interpreter, so on two cores both go at once)."""
    if "ui.group.group_screen" in sys.modules:
        return
    from PySide6.QtWidgets import QScrollArea

    import ui.group.group_screen
    import ui.sessions.sessions_screen  # noqa: F401

    # The first widget Qt made itself that Python is handed as a plain QWidget (a scroll area's
    # viewport) makes PySide6 build the class of every QWidget subclass, with their enums: the
    # group screen hands it one, ~20 ms that are better spent while the key is derived.
    area = QScrollArea()
    area.viewport()
    area.deleteLater()


def group_screen(ctx: UiContext, group: OpenGroup, parent: QWidget) -> GroupScreen:
    """Built inside `parent` (the window's stack), not added to it once built: that styled
    all its widgets again."""
    from ui.group.group_screen import GroupScreen

    return GroupScreen(ctx, group, parent)


def export_wizard(ctx: UiContext, group: OpenGroup, parent: QWidget) -> ExportWizard:
    from ui.handover.export_wizard import ExportWizard

    return ExportWizard(ctx, group, parent)


def import_wizard(ctx: UiContext, group: OpenGroup | None, parent: QWidget) -> ImportWizard:
    """Merge into `group`, or import as a new group (from the start screen) when it is None."""
    from ui.handover.import_wizard import ImportWizard

    return ImportWizard(ctx, group, parent)


def run_change_passphrase(ctx: UiContext, group: OpenGroup, parent: QWidget) -> None:
    from ui.safety.change_passphrase_dialog import ChangePassphraseDialog

    dialog = ChangePassphraseDialog(ctx, group, parent)
    dialog.exec()
    dialog.deleteLater()


def open_preferences(ctx: UiContext, parent: QWidget) -> PreferencesDialog:
    from ui.settings.preferences_dialog import open_preferences

    return open_preferences(ctx, parent)


def backups_dialog(ctx: UiContext, group: GroupInfo, parent: QWidget) -> BackupsDialog:
    from ui.start.backups_dialog import BackupsDialog

    return BackupsDialog(ctx, group, parent)


def run_self_check(window: CheckedWindow, result: Path) -> int:
    from ui import self_check

    return self_check.run(window, result)
