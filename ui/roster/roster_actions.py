"""The Members screen's weightier actions: erasure, CSV import and export, check-in, consents."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QMessageBox, QWidget

from app.group import OpenGroup
from ui.common.ask import Button, Choice, confirm
from ui.common.file_dialog import CSV, Unencrypted, save_file_as
from ui.common.list_detail import ListDetail
from ui.common.messages import error_words
from ui.common.modal import open_modal
from ui.common.notices import say
from ui.common.plain_text import PlainLabel
from ui.common.unsaved import leave
from ui.context import Area, UiContext
from ui.roster.checkin import CheckInDialog
from ui.roster.consent_dialog import ConsentDialog
from ui.roster.import_dialog import CsvImportDialog
from ui.roster.member_filter import MemberFilterProxy
from ui.roster.member_form import MemberForm
from ui.roster.member_model import MemberTableModel
from ui.roster.phone_list import PhoneListDialog


class RosterScreen(Protocol):
    """What these actions need from the Members screen (which calls them, so cannot be named
    here without the two modules importing each other)."""

    ctx: UiContext
    group: OpenGroup
    form: MemberForm
    model: MemberTableModel
    proxy: MemberFilterProxy
    undo_stack: QUndoStack
    feedback_label: PlainLabel
    checkin_dialog: CheckInDialog | None
    import_dialog: CsvImportDialog | None
    consent_dialog: ConsentDialog | None

    @property
    def table(self) -> QAbstractItemView: ...

    @property
    def splitter(self) -> ListDetail: ...

    def window(self) -> QWidget: ...

    def load_consent_states(self) -> None: ...

    def refresh_member(self, member_id: str | None) -> None: ...

    def reload(self) -> None: ...

    def exported_text(self, count: int) -> str: ...


def leaving_the_form(screen: RosterScreen, then: Callable[[], object]) -> None:
    """`then`, an action after which the form shows its member afresh from the group (Mark
    inactive, Consents), once the host chose to discard what was typed, if anything."""

    def go() -> None:
        member = screen.form.member
        if screen.form.is_dirty() and member is not None:
            screen.form.load(screen.group.roster.member(member.id) or member)
        then()

    leave(screen.form, screen.form.unsaved, go)


def open_phone_list(screen: RosterScreen) -> None:
    if not screen.group.is_open:
        return
    open_modal(PhoneListDialog(screen.ctx, screen.group, screen.window()))


def erase_current(screen: RosterScreen) -> None:
    member = screen.form.member
    if member is None:
        return
    if not _confirm_erasure(screen, member.pseudonym, member.id):
        return
    try:
        screen.group.roster.erase_member(member.id)
    except Exception as exc:  # a sentence for the host, never the exception's own text
        say(screen.feedback_label, error_words(exc))
        return
    # Earlier edits of this member can no longer be undone, and the stack must not keep a copy
    # of what was just erased.
    screen.undo_stack.clear()
    row = screen.table.currentIndex().row()
    screen.model.remove_member(member.id)
    screen.proxy.refresh()
    # Back on the list, on the member after (a host erases one by one), not in an empty "New
    # member" form whose Enter would add someone.
    screen.form.load(None)
    screen.splitter.back_to(screen.table, row)
    if screen.form.member is None:  # nobody left to show
        screen.refresh_member(None)
    say(
        screen.feedback_label,
        lambda: QCoreApplication.translate(
            "MembersScreen", "The member was erased for good. This cannot be undone."
        ),
    )
    screen.ctx.data_changed.emit(Area.MEMBERS)


class ErasureWords(QObject):
    """The counts an erasure names, in the plural they need: lupdate marks a plural only in a
    tr() call (QCoreApplication.translate's count was dropped, and French showed English)."""

    def counted(self, attendance: int, turns: int) -> list[str]:
        return [
            self.tr("• %n attendance record(s)", "", attendance),
            self.tr("• %n circle turn(s)", "", turns),
        ]


def _confirm_erasure(screen: RosterScreen, pseudonym: str, member_id: str) -> bool:
    """Name everything that goes before anything does."""
    counts = screen.group.roster.erasure_counts(member_id)
    lines = [
        QCoreApplication.translate(
            "MembersScreen", "This deletes, from this computer's copy of the group:"
        ),
        QCoreApplication.translate("MembersScreen", "• the member and all their details"),
        *ErasureWords().counted(counts.attendance, counts.circle_turns),
        QCoreApplication.translate(
            "MembersScreen",
            "This is final: it cannot be undone, not "
            "even with Ctrl+Z. To keep their history, mark them inactive "
            "instead.",
        ),
    ]
    return confirm(
        screen.window(),
        QCoreApplication.translate("MembersScreen", "Erase a member"),
        QCoreApplication.translate("MembersScreen", "Erase “{name}” for good?").format(
            name=pseudonym
        ),
        no=Button.Cancel,
        icon=QMessageBox.Icon.Warning,
        informative="\n".join(lines),
        destructive=QCoreApplication.translate("MembersScreen", "Erase for good"),
    )


def export_roster(screen: RosterScreen) -> Path | None:
    title = QCoreApplication.translate("MembersScreen", "Export the roster")
    notes = Choice(
        QCoreApplication.translate("MembersScreen", "Include the private &notes"),
        _export_warning,
    )
    name = QCoreApplication.translate("MembersScreen", "members.csv")
    path = save_file_as(
        screen.window(), title, name, CSV, Unencrypted(title, _export_warning(False), notes)
    )
    if path is None:
        return None
    try:
        count = screen.group.roster.export_csv(path, notes=notes.ticked)
    except Exception as exc:  # a sentence for the host, never the exception's own text
        say(screen.feedback_label, error_words(exc))
        return None
    say(screen.feedback_label, lambda: screen.exported_text(count))
    return path


def _export_warning(notes: bool) -> str:
    """Exactly what the file will hold (app.roster_csv.to_csv), private notes or not."""
    if notes:
        return QCoreApplication.translate(
            "MembersScreen",
            "The CSV file will NOT be encrypted: anyone who gets it can read it. It holds "
            "every member, inactive ones too, with their full name, phone and email (also of "
            "members who did not agree to be contacted or to have their details passed on), "
            "their role, the day they joined and their consents, and their private notes, "
            "which are for you alone. Keep it only as long as you need it, and never on a "
            "shared computer or an unprotected USB stick. Continue?",
        )
    return QCoreApplication.translate(
        "MembersScreen",
        "The CSV file will NOT be encrypted: anyone who gets it can read it. It holds every "
        "member, inactive ones too, with their full name, phone and email (also of members "
        "who did not agree to be contacted or to have their details passed on), their role, "
        "the day they joined and their consents. Private notes are left out unless you tick "
        "them in below. Keep it only as long as you need it, and never on a shared computer "
        "or an unprotected USB stick. Continue?",
    )


def import_roster(screen: RosterScreen) -> CsvImportDialog | None:
    name, _filter = QFileDialog.getOpenFileName(
        screen.window(),
        QCoreApplication.translate("MembersScreen", "Import members"),
        str(Path.home()),
        QCoreApplication.translate("MembersScreen", "CSV files (*.csv *.txt)"),
    )
    if not name:
        return None
    return open_import(screen, Path(name))  # read, capped and checked in the dialog's worker


def open_import(screen: RosterScreen, source: Path | bytes) -> CsvImportDialog:
    dialog = CsvImportDialog(screen.ctx, screen.group, source, screen.window())
    screen.import_dialog = open_modal(dialog, screen.reload)
    return dialog


def open_checkin(screen: RosterScreen, session_id: str) -> CheckInDialog | None:
    if not session_id or not screen.group.is_open:
        return None
    dialog = CheckInDialog(screen.ctx, screen.group, session_id, screen.window())
    screen.checkin_dialog = open_modal(dialog)
    return dialog


def open_consents(screen: RosterScreen) -> ConsentDialog | None:
    """The current member's consents; once saved, the roster's marks and the form follow."""
    member = screen.form.member
    if member is None or not screen.group.is_open:
        return None
    dialog = ConsentDialog(screen.ctx, screen.group, member, screen.window())
    screen.consent_dialog = open_modal(dialog, lambda: _after_consents(screen, member.id))
    return dialog


def _after_consents(screen: RosterScreen, member_id: str) -> None:
    if screen.group.is_open:
        screen.load_consent_states()
        screen.refresh_member(member_id)
        say(
            screen.feedback_label,
            lambda: QCoreApplication.translate("MembersScreen", "Consents saved."),
        )
