"""The Members area's behaviour: search and filters, the form's edits as undoable commands,
check-in; its widgets are laid out in members_view.py."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from app.group import OpenGroup
from app.member_checks import blocking
from app.model import Member
from ui.common.messages import error_words
from ui.common.models import OBJECT_ROLE
from ui.common.notices import say
from ui.common.undo import UndoActions
from ui.common.unsaved import leave
from ui.context import Area, UiContext
from ui.roster import roster_actions
from ui.roster.checkin import CheckInDialog
from ui.roster.commands import AddMemberCommand, EditMemberCommand
from ui.roster.consent_dialog import ConsentDialog
from ui.roster.import_dialog import CsvImportDialog
from ui.roster.member_filter import Shown
from ui.roster.member_model import PSEUDONYM
from ui.roster.members_view import MembersView


class MembersScreen(MembersView):
    """The Members area's behaviour: MembersView's widgets wired to the group's roster."""

    def __init__(self, ctx: UiContext, group: OpenGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group = group
        # Lives with the screen, which is destroyed at lock: nothing to undo after unlocking.
        self.undo_stack = QUndoStack(self)
        self._warned: Member | None = None
        self.checkin_dialog: CheckInDialog | None = None
        self.consent_dialog: ConsentDialog | None = None
        self.import_dialog: CsvImportDialog | None = None
        self.form.consents_of = lambda member_id: group.consents.held(member_id, ctx.today())
        self._connect()
        self._connect_actions()
        # Other areas' changes (a check-in tick, a merge) arrive in bursts: reload once after.
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(250)
        self._reload_timer.timeout.connect(self._reload_from_elsewhere)
        ctx.data_changed.connect(self._data_changed)
        self.reload()
        self.table.sortByColumn(PSEUDONYM, Qt.SortOrder.AscendingOrder)
        self.retranslate()

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self.proxy.set_search)
        self.status_combo.currentIndexChanged.connect(
            lambda: self.proxy.set_status(Shown(str(self.status_combo.currentData())))
        )
        self.new_button.clicked.connect(self.new_member)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(lambda _index: self.open_form())
        # Not on rowsInserted/rowsRemoved: a keystroke emits them hundreds of times.
        self.proxy.on_filtered = self._filtered
        self.checkin_button.clicked.connect(
            lambda: self.open_checkin(str(self.session_combo.currentData() or ""))
        )
        self.import_button.clicked.connect(lambda: roster_actions.import_roster(self))
        self.export_button.clicked.connect(lambda: roster_actions.export_roster(self))
        self.phone_list_button.clicked.connect(lambda: roster_actions.open_phone_list(self))
        self.form.save_requested.connect(self.save)
        for edit in (self.form.pseudonym_edit, self.form.email_edit):
            edit.textChanged.connect(self._recheck_problems)
        self.form.cancel_requested.connect(self.cancel)
        # Both show the member afresh from the group: what was typed in the form is asked for.
        self.pane.inactive_button.clicked.connect(
            lambda: roster_actions.leaving_the_form(self, self.toggle_inactive)
        )
        self.pane.consents_button.clicked.connect(
            lambda: roster_actions.leaving_the_form(
                self, lambda: roster_actions.open_consents(self)
            )
        )
        self.pane.erase_button.clicked.connect(lambda: roster_actions.erase_current(self))

    def _connect_actions(self) -> None:
        self.new_action.triggered.connect(self.new_member)
        # A step shows its member afresh from the group: typed changes are asked for first.
        self.undo_actions = UndoActions(
            self, self.undo_stack, lambda step: roster_actions.leaving_the_form(self, step)
        )
        self.undo_action, self.redo_action = self.undo_actions.undo, self.undo_actions.redo
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        self.find_action.triggered.connect(self.go_to_search)
        for action in (self.new_action, self.undo_action, self.redo_action, self.find_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def retranslate(self) -> None:
        super().retranslate()
        self.undo_actions.retranslate()
        self._update_count()
        if self.group.is_open:  # a language change may reach a screen outliving its group
            self.load_sessions()

    # Loading
    def reload(self) -> None:
        current = self.current_member_id()
        self.model.set_rows(self.group.roster.member_rows())
        self.load_consent_states()
        self.proxy.refresh()
        self._update_count()
        if current:
            self.select_member(current)

    def load_consent_states(self) -> None:
        """The marks beside names: a consent expired, due for renewal or never asked."""
        self.model.set_consent_states(self.group.consents.needs_asking(self.ctx.today()))

    def load_sessions(self) -> None:
        now = QDateTime.currentDateTime().toString("yyyy-MM-ddTHH:mm")
        sessions = self.group.roster.sessions_around(now)
        self.show_sessions(sessions, self.group.roster.checkin_default(sessions, now))

    def _data_changed(self, area: str) -> None:
        if area in (Area.ATTENDANCE, Area.SESSIONS):
            self._reload_timer.start()

    def _reload_from_elsewhere(self) -> None:
        if self.group.is_open:
            self.reload()
            self.load_sessions()
            self._show_history()

    def _filtered(self) -> None:
        """The search rebuilt the shown rows: keep the member in the form highlighted, without
        reloading the form (typed changes must survive a search)."""
        self.table.settle()
        self._update_count()
        self.point_list_at_form()

    # Plural texts stay in this class: PySide looks a base class's context up only when the
    # subclass's gives back the source unchanged, and a plural comes back with its number in.
    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n member(s) shown", "", self.proxy.rowCount()))

    # Selection and form
    def current_member_id(self) -> str | None:
        return self.form.member.id if self.form.member else None

    def select_member(self, member_id: str) -> None:
        row = self.model.row_of(member_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        elif (hidden := self.model.find(member_id)) is not None:
            self._load(hidden.member)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        member = current.data(OBJECT_ROLE).member
        # Searching can move the table's current row: typed changes must never be lost to it.
        if self.form.is_dirty() and member != self.form.member:
            self.say_unsaved_changes_stay()
            return
        if self.form.member is None or member.id != self.form.member.id:
            self.feedback_label.clear()  # it spoke of the member the form held
        self._load(member)

    def _load(self, member: Member | None) -> None:
        self._warned = None
        self.form.load(member)
        self.pane.show_member_actions()
        self._show_history()

    def _show_history(self) -> None:
        member = self.form.member
        if member is None or not self.group.is_open:
            self.pane.show_history(None)
            return
        self.pane.show_history(self.group.roster.attendance_history(member.id))

    def new_member(self) -> None:
        """An empty form, after asking when that drops a change typed in the form."""
        leave(self, self.form.unsaved, self._new_member)

    def _new_member(self) -> None:
        self.table.clearSelection()
        self._load(None)
        self.open_form()

    def cancel(self) -> None:
        member_id = self.current_member_id()
        stored = self.group.roster.member(member_id) if member_id else None
        self._load(stored)
        self.feedback_label.clear()
        self.splitter.show_list()

    # Edits, each an undoable command
    def save(self, edited: Member) -> None:
        problems = self.group.roster.check(edited)
        errors = blocking(problems)
        if errors or (problems and self._warned != edited):
            self.form.show_problems(problems)
            self._warned = edited if not errors else None
            return
        self._warned = None
        before = self.group.roster.member(edited.id) if self.form.member else None
        if before is None:
            command: AddMemberCommand | EditMemberCommand = AddMemberCommand(
                self.group.roster, edited, self.refresh_member
            )
        else:
            command = EditMemberCommand(self.group.roster, before, edited, self.refresh_member)
        if not self._push(command):
            return
        say(self.feedback_label, lambda: self.tr("Saved. Ctrl+Z undoes it."))
        self.splitter.show_list()
        self.table.setFocus()

    def _recheck_problems(self) -> None:
        """Problems shown after a save are redone as the host types, and go once fixed."""
        if self.form.message_label.isVisible():
            self.form.show_problems(self.group.roster.check(self.form.edited()))

    def toggle_inactive(self) -> None:
        member = self.form.member
        if member is None:
            return
        stored = self.group.roster.member(member.id) or member
        after = Member(**{**stored.__dict__, "active": not stored.active})
        text = (
            (lambda: self.tr("Mark inactive"))
            if stored.active
            else (lambda: self.tr("Mark active"))
        )
        self._push(EditMemberCommand(self.group.roster, stored, after, self.refresh_member, text))

    def _push(self, command: AddMemberCommand | EditMemberCommand) -> bool:
        """False when the write failed: the host reads why, the form keeps what was typed."""
        command.report = self._report_failure
        self.undo_stack.push(command)
        return command.error is None

    def _report_failure(self, exc: BaseException) -> None:
        say(self.feedback_label, error_words(exc))

    def refresh_member(self, member_id: str | None) -> None:
        """After a command: show the stored state, keep the table and form in step."""
        if member_id is None:
            self.reload()
            self._load(None)
            return
        row = self.group.roster.member_row(member_id)
        if row is None:
            return
        self.model.replace_row(row)
        self.proxy.refresh()
        self._update_count()
        self._load(row.member)
        self.select_member(member_id)
        self.ctx.data_changed.emit(Area.MEMBERS)

    def open_checkin(self, session_id: str) -> CheckInDialog | None:
        return roster_actions.open_checkin(self, session_id)

    def exported_text(self, count: int) -> str:
        # Here rather than in roster_actions: lupdate only sees plural forms in a class's tr().
        return self.tr("%n member(s) exported. Remember to delete the file when done.", "", count)
