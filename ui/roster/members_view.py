"""The Members area's layout: its widgets and their texts, no behaviour (MembersScreen, in
members_screen.py, connects them to the roster)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from app.model import Session
from ui.common.adaptive import NameColumnRoom
from ui.common.area_column import area_column
from ui.common.dates import session_label
from ui.common.list_detail import ListDetail
from ui.common.notices import say
from ui.common.painted_table import painted_list
from ui.common.plain_text import CountLine, PlainLabel
from ui.common.retranslate import Retranslating, search_field, translated_button, translated_label
from ui.common.row_preparation import RowPreparation
from ui.common.side_scroll import SideScroll
from ui.roster.member_filter import MemberFilterProxy
from ui.roster.member_model import PSEUDONYM, MemberTableModel
from ui.roster.member_pane import MemberPane

NAME_EMS = 12  # room for a pseudonym, in widths of "M"


class _Feedback(PlainLabel):
    """The outcome of the host's last action, under the roster or the form. Empty, it takes no
    room: on a netbook in very large text it kept a strip under the scrolling form."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setObjectName("feedback")
        self.hide()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")


class MembersView(Retranslating, QWidget):
    """The roster table with its search and filter above, the file and check-in rows below, the
    member's form, actions and attendance history beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MemberTableModel(self)
        self.proxy = MemberFilterProxy(self.model, self)
        self.search_edit = search_field(
            self,
            lambda: self.tr("Search by pseudonym or name (Ctrl+F)"),
            lambda: self.tr("Search members"),
        )
        self._build_status_combo()
        self.new_button = translated_button(self, lambda: self.tr("New member"))
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.translated(
            self.new_button.setToolTip,
            lambda: self.new_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
        )
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        # The form goes below the table on a narrow screen, in its place on a short one. Both
        # panes are made in the splitter, the form in its scroll area (see ListDetail).
        self.splitter = ListDetail(
            self._build_list, lambda parent: SideScroll(self._build_pane, parent), self
        )
        self.splitter.opens_from(self.table, self.open_form)  # one at a time, a click opens
        self.splitter.searched_from(self.search_edit, self.table)
        self.splitter.list_shown.connect(self.table.setFocus)
        self.title_label = translated_label(self, lambda: self.tr("Members"), "pageTitle")
        # The count sits beside the title, where no button squeezes it: under the table, beside
        # the file buttons, a netbook cut it to "10 membe". One pane at a time, the way back
        # takes its place while the form shows.
        heading = self.splitter.heading(self.title_label)
        heading.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignBottom)
        heading.addStretch()  # the back button keeps its width while the count is hidden
        self.splitter.goes_with_list(self.count_label)
        self.feedback_label: PlainLabel = _Feedback()
        area_column(self, heading, self.splitter, self.feedback_label, grows=self.splitter)

    def _build_list(self, parent: QWidget) -> QWidget:
        """The search row, the table and the file buttons under it, in the splitter."""
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.status_combo)
        top.addWidget(self.new_button)
        left = QWidget(parent)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        # Made in the pane, after the row above joined it (Tab follows the order widgets join
        # the window): a table made alone is styled again, its scroll bars too, when added.
        self._build_table(left)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(self._build_bottom())
        return left

    def _build_pane(self, parent: QWidget) -> MemberPane:
        self.pane = MemberPane(parent)
        self.form = self.pane.form  # what the host edits, and the screen acts on most
        return self.pane

    def _build_status_combo(self) -> None:
        self.status_combo = QComboBox()
        self.translated(self.status_combo.setAccessibleName, lambda: self.tr("Show"))
        for index, (status, text) in enumerate(
            (
                (MemberFilterProxy.ACTIVE, lambda: self.tr("Active")),
                (MemberFilterProxy.INACTIVE, lambda: self.tr("Inactive")),
                (MemberFilterProxy.ALL, lambda: self.tr("All")),
            )
        ):
            self.status_combo.addItem("", status)
            self.translated(partial(self.status_combo.setItemText, index), text)

    def _build_table(self, parent: QWidget) -> None:
        self.table = painted_list(self.model, self.proxy, parent=parent)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.translated(self.table.setAccessibleName, lambda: self.tr("Members"))
        # Every member's row drawn in idle time: a search then shows no row never drawn.
        RowPreparation(self.table, self.model.looks_to_prepare)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(200)  # 10,000 rows need not all be measured
        NameColumnRoom(self.table, PSEUDONYM, NAME_EMS)
        self.count_label = CountLine()  # changes on every keystroke

    def _build_bottom(self) -> QVBoxLayout:
        self.session_combo = QComboBox()
        # A long meeting theme must not widen the window past a 1366-pixel screen.
        self.session_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.session_combo.setMinimumContentsLength(14)
        self.translated(
            self.session_combo.setAccessibleName,
            lambda: self.tr("Meeting to take attendance for"),
        )
        self.checkin_button = translated_button(
            self,
            lambda: self.tr("Ta&ke attendance…"),
            lambda: self.tr("Tick who is here at the chosen meeting"),
        )
        self.import_button = translated_button(self, lambda: self.tr("Import CSV…"))
        self.export_button = translated_button(self, lambda: self.tr("E&xport CSV…"))
        self.phone_list_button = translated_button(self, lambda: self.tr("Phone l&ist…"))
        # Two rows, not one: a single row was wider than the table beside the form in large text.
        files = QHBoxLayout()
        files.addStretch(1)
        files.addWidget(self.import_button)
        files.addWidget(self.export_button)
        files.addWidget(self.phone_list_button)
        # Named, not a bare drop-down: which meeting, then the action.
        self.session_label = translated_label(self, lambda: self.tr("Meeting:"))
        self.session_label.setBuddy(self.session_combo)
        checkin = QHBoxLayout()
        checkin.addWidget(self.session_label)
        checkin.addWidget(self.session_combo, 1)
        checkin.addWidget(self.checkin_button)
        bottom = QVBoxLayout()
        bottom.addLayout(files)
        bottom.addLayout(checkin)
        return bottom

    def retranslate(self) -> None:
        super().retranslate()
        self.model.retranslate()
        for column in range(PSEUDONYM + 1, self.model.columnCount()):
            self.table.resizeColumnToContents(column)

    def open_form(self) -> None:
        # Typed changes to another member stay in the form: the list points at whom they are
        # for, since one pane at a time the host cannot see both.
        self.point_list_at_form()
        self.splitter.show_detail()
        self.form.pseudonym_edit.setFocus()

    def point_list_at_form(self) -> None:
        """The member in the form highlighted in the list, without reloading the form."""
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
            self.say_unsaved_changes_stay()

    def go_to_search(self) -> None:
        self.splitter.show_list()  # one pane at a time, the search is above the list
        self.search_edit.setFocus()

    def say_unsaved_changes_stay(self) -> None:
        say(
            self.feedback_label,
            lambda: self.tr(
                "Unsaved changes stay in the form: press Enter to save them or Esc to cancel."
            ),
        )

    def show_sessions(self, sessions: list[Session], default: int) -> None:
        """The meetings to take attendance for, by date; the one chosen stays if still offered."""
        chosen = self.session_combo.currentData()
        self.session_combo.clear()
        for session in sessions:
            text = session_label(session.starts_at)
            if session.theme:
                text = self.tr("{date} — {theme}").format(date=text, theme=session.theme)
            self.session_combo.addItem(text, session.id)
        found = self.session_combo.findData(chosen) if chosen else -1
        self.session_combo.setCurrentIndex(found if found >= 0 else default)
        self.checkin_button.setEnabled(bool(sessions))
