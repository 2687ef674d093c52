"""The Members area: the roster table with search and filters, the form beside it, check-in."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QDateTime,
    QItemSelectionModel,
    QModelIndex,
    QStringListModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.group import OpenGroup
from app.member_checks import blocking
from app.model import Member
from ui.common.adaptive import AdaptiveSplitter, NameColumnRoom
from ui.common.messages import error_message
from ui.common.models import OBJECT_ROLE
from ui.common.painted_table import PaintedTable
from ui.common.plain_text import CountLine, PlainLabel
from ui.common.retranslate import Retranslating
from ui.common.side_scroll import SideScroll
from ui.context import Area, UiContext
from ui.roster import roster_actions
from ui.roster.checkin import CheckInDialog
from ui.roster.commands import AddMemberCommand, EditMemberCommand
from ui.roster.consent_dialog import ConsentDialog
from ui.roster.import_dialog import CsvImportDialog
from ui.roster.member_form import MemberForm
from ui.roster.member_model import (
    PSEUDONYM,
    MemberFilterProxy,
    MemberTableModel,
    session_label,
)
from ui.roster.phone_list import PhoneListDialog

NAME_EMS = 12  # room for a pseudonym, in widths of "M"


class MembersScreen(Retranslating, QWidget):
    def __init__(self, ctx: UiContext, group: OpenGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group = group
        # Lives with the screen, which is destroyed at lock: nothing to undo after unlocking.
        self.undo_stack = QUndoStack(self)
        self.model = MemberTableModel(self)
        self.proxy = MemberFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._warned: Member | None = None
        self.checkin_dialog: CheckInDialog | None = None
        self.consent_dialog: ConsentDialog | None = None
        self.today: Callable[[], date] = date.today
        self.import_dialog: CsvImportDialog | None = None
        self._build()
        self._build_actions()
        # Other areas' changes (a check-in tick, a merge) arrive in bursts: reload once after.
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(250)
        self._reload_timer.timeout.connect(self._reload_from_elsewhere)
        ctx.data_changed.connect(self._data_changed)
        self.reload()
        self.table.sortByColumn(PSEUDONYM, Qt.SortOrder.AscendingOrder)
        self.retranslate()

    # Layout
    def _build(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.proxy.set_search)
        self.status_combo = QComboBox()
        for status in (MemberFilterProxy.ACTIVE, MemberFilterProxy.INACTIVE, MemberFilterProxy.ALL):
            self.status_combo.addItem("", status)
        self.status_combo.currentIndexChanged.connect(
            lambda: self.proxy.set_status(str(self.status_combo.currentData()))
        )
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_member)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.status_combo)
        top.addWidget(self.new_button)
        self._build_table()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(self._build_bottom())
        splitter = AdaptiveSplitter()  # the form goes below the table on a narrow screen
        splitter.addWidget(left)
        splitter.addWidget(SideScroll(self._build_side()))
        splitter.setStretchFactor(0, 1)  # a wider window widens the list, not the form
        splitter.setStretchFactor(1, 0)
        self.title_label = PlainLabel()
        self.title_label.setObjectName("pageTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the group screen gives every area its margins
        layout.addWidget(self.title_label)
        layout.addWidget(splitter, 1)
        self.feedback_label = PlainLabel()
        self.feedback_label.setObjectName("feedback")
        self.feedback_label.setWordWrap(True)
        layout.addWidget(self.feedback_label)

    def _build_table(self) -> None:
        self.table = PaintedTable(self.model)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = self.table.verticalHeader()
        rows.hide()
        # One height for every row: the hidden header then does no per-row bookkeeping when a
        # keystroke removes thousands of scattered rows.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(200)  # 10,000 rows need not all be measured
        NameColumnRoom(self.table, PSEUDONYM, NAME_EMS)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(lambda _index: self.form.pseudonym_edit.setFocus())
        self.count_label = CountLine()  # changes on every keystroke
        # Not on rowsInserted/rowsRemoved: a keystroke emits them hundreds of times.
        self.proxy.on_filtered = self._filtered

    def _build_bottom(self) -> QVBoxLayout:
        self.session_combo = QComboBox()
        # A long meeting theme must not widen the window past a 1366-pixel screen.
        self.session_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.session_combo.setMinimumContentsLength(14)
        self.checkin_button = QPushButton()
        self.checkin_button.clicked.connect(
            lambda: self.open_checkin(str(self.session_combo.currentData() or ""))
        )
        self.import_button = QPushButton()
        self.import_button.clicked.connect(lambda: roster_actions.import_roster(self))
        self.export_button = QPushButton()
        self.export_button.clicked.connect(lambda: roster_actions.export_roster(self))
        self.phone_list_button = QPushButton()
        self.phone_list_button.clicked.connect(self.open_phone_list)
        # Two rows, not one: a single row was wider than the table beside the form in large text.
        files = QHBoxLayout()
        files.addWidget(self.count_label, 1)
        files.addWidget(self.import_button)
        files.addWidget(self.export_button)
        files.addWidget(self.phone_list_button)
        # Named, not a bare drop-down: which meeting, then the action.
        self.session_label = PlainLabel()
        self.session_label.setBuddy(self.session_combo)
        checkin = QHBoxLayout()
        checkin.addWidget(self.session_label)
        checkin.addWidget(self.session_combo, 1)
        checkin.addWidget(self.checkin_button)
        bottom = QVBoxLayout()
        bottom.addLayout(files)
        bottom.addLayout(checkin)
        return bottom

    def _build_side(self) -> QWidget:
        self.form = MemberForm()
        self.form.save_requested.connect(self.save)
        for edit in (self.form.pseudonym_edit, self.form.email_edit):
            edit.textChanged.connect(self._recheck_problems)
        self.form.cancel_requested.connect(self.cancel)
        self.inactive_button = QPushButton()
        self.inactive_button.clicked.connect(self.toggle_inactive)
        self.consents_button = QPushButton()
        self.consents_button.clicked.connect(lambda: roster_actions.open_consents(self))
        self.erase_button = QPushButton()
        self.erase_button.setObjectName("danger")
        self.erase_button.clicked.connect(lambda: roster_actions.erase_current(self))
        actions = QHBoxLayout()
        actions.addWidget(self.inactive_button)
        actions.addWidget(self.consents_button)
        actions.addStretch(1)
        actions.addWidget(self.erase_button)
        # A heading and a plain list, not a group box: the form above leaves little height.
        self.history_title = PlainLabel()
        self.history_title.setObjectName("sectionTitle")
        self.history_model = QStringListModel(self)
        self.history_view = QListView()
        self.history_view.setModel(self.history_model)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_title.setBuddy(self.history_view)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        layout.addLayout(actions)
        layout.addSpacing(6)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history_view, 1)
        return side

    def _build_actions(self) -> None:
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.triggered.connect(self.new_member)
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.search_edit.setFocus)
        for action in (self.new_action, self.undo_action, self.redo_action, self.find_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def open_phone_list(self) -> None:
        if not self.group.is_open:
            return
        dialog = PhoneListDialog(self.group, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Members"))
        self.search_edit.setPlaceholderText(self.tr("Search by pseudonym or name (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Search members"))
        for number, text in enumerate((self.tr("Active"), self.tr("Inactive"), self.tr("All"))):
            self.status_combo.setItemText(number, text)
        self.status_combo.setAccessibleName(self.tr("Show"))
        self.new_button.setText(self.tr("New member"))
        self.new_button.setToolTip(
            self.new_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.session_label.setText(self.tr("Meeting:"))
        self.session_combo.setAccessibleName(self.tr("Meeting to take attendance for"))
        self.checkin_button.setText(self.tr("Ta&ke attendance…"))
        self.checkin_button.setToolTip(self.tr("Tick who is here at the chosen meeting"))
        self.import_button.setText(self.tr("Import CSV…"))
        self.export_button.setText(self.tr("E&xport CSV…"))
        self.phone_list_button.setText(self.tr("Phone l&ist…"))
        self.consents_button.setText(self.tr("Cons&ents…"))
        self.consents_button.setToolTip(
            self.tr("Record or renew this member's consents, with their dates and wording")
        )
        self.erase_button.setText(self.tr("Erase for good…"))
        self.erase_button.setToolTip(
            self.tr(
                "Right to be forgotten: deletes the member and their history; this cannot be undone"
            )
        )
        self.history_title.setText(self.tr("Attendance history"))
        self.history_view.setAccessibleName(self.tr("Attendance history"))
        self.table.setAccessibleName(self.tr("Members"))
        self.model.retranslate()
        for column in range(PSEUDONYM + 1, self.model.columnCount()):
            self.table.resizeColumnToContents(column)
        self._update_member_actions()
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
        self.model.set_consent_states(self.group.consents.needs_asking(self.today()))

    def load_sessions(self) -> None:
        chosen = self.session_combo.currentData()
        now = QDateTime.currentDateTime().toString("yyyy-MM-ddTHH:mm")
        sessions = self.group.roster.sessions_around(now)
        self.session_combo.clear()
        for session in sessions:
            text = session_label(session.starts_at)
            if session.theme:
                text = self.tr("{date} — {theme}").format(date=text, theme=session.theme)
            self.session_combo.addItem(text, session.id)
        default = self.group.roster.checkin_default(sessions, now)
        found = self.session_combo.findData(chosen) if chosen else -1
        self.session_combo.setCurrentIndex(found if found >= 0 else default)
        self.checkin_button.setEnabled(bool(sessions))

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
        member = self.form.member
        row = self.model.row_of(member.id) if member is not None else -1
        if row >= 0:
            selection = self.table.selectionModel()
            blocked = selection.blockSignals(True)
            selection.setCurrentIndex(
                self.proxy.mapFromSource(self.model.index(row, 0)),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            selection.blockSignals(blocked)
            self.table.viewport().update()
        elif member is not None and self.form.is_dirty():
            self.feedback_label.setText(
                self.tr(
                    "Unsaved changes stay in the form: press Enter to save them or Esc to cancel."
                )
            )

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
            self.feedback_label.setText(
                self.tr(
                    "Unsaved changes stay in the form: press Enter to save them or Esc to cancel."
                )
            )
            return
        self._load(member)

    def _load(self, member: Member | None) -> None:
        self._warned = None
        self.form.load(member)
        self._update_member_actions()
        self._show_history()

    def _show_history(self) -> None:
        member = self.form.member
        if member is None or not self.group.is_open:
            self.history_model.setStringList([])
            return
        lines = []
        for entry in self.group.roster.attendance_history(member.id):
            when = session_label(entry.starts_at)
            lines.append(
                self.tr("{date}: present").format(date=when)
                if entry.present
                else self.tr("{date}: absent").format(date=when)
            )
        self.history_model.setStringList(lines or [self.tr("No meeting attended yet.")])

    def _update_member_actions(self) -> None:
        member = self.form.member
        self.inactive_button.setEnabled(member is not None)
        self.consents_button.setEnabled(member is not None)
        self.erase_button.setEnabled(member is not None)
        self.inactive_button.setText(
            self.tr("Mark active") if member and not member.active else self.tr("Mark inactive")
        )

    def new_member(self) -> None:
        self.table.clearSelection()
        self._load(None)
        self.form.pseudonym_edit.setFocus()

    def cancel(self) -> None:
        member_id = self.current_member_id()
        stored = self.group.roster.member(member_id) if member_id else None
        self._load(stored)
        self.feedback_label.clear()

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
        self.feedback_label.setText(self.tr("Saved. Ctrl+Z undoes it."))
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
        text = self.tr("Mark inactive") if stored.active else self.tr("Mark active")
        self._push(EditMemberCommand(self.group.roster, stored, after, self.refresh_member, text))

    def _push(self, command: AddMemberCommand | EditMemberCommand) -> bool:
        """False when the write failed: the host reads why, the form keeps what was typed."""
        command.report = self._report_failure
        self.undo_stack.push(command)
        return command.error is None

    def _report_failure(self, exc: BaseException) -> None:
        self.feedback_label.setText(error_message(exc))

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
