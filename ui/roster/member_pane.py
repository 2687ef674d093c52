"""The Members area's side pane: one member's form, what can be done to the member, and the
meetings they came to (MembersView places it beside or in place of the list)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model import Member
from app.roster import AttendanceEntry
from ui.common.dates import session_label
from ui.common.retranslate import Retranslating, translated_button, translated_label
from ui.roster.member_form import MemberForm


class MemberPane(Retranslating, QWidget):
    """The form, the Mark inactive / Consents / Erase row under it, the attendance history."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = MemberForm(self)  # made in place, styled once (see SideScroll)
        self.inactive_button = QPushButton()  # its text follows the member's state
        self.consents_button = translated_button(
            self,
            lambda: self.tr("Cons&ents…"),
            lambda: self.tr("Record or renew this member's consents, with their dates and wording"),
        )
        self.erase_button = translated_button(
            self,
            lambda: self.tr("Erase for good…"),
            lambda: self.tr(
                "Right to be forgotten: deletes the member and their history; this cannot be undone"
            ),
        )
        self.erase_button.setObjectName("danger")
        actions = QHBoxLayout()
        actions.addWidget(self.inactive_button)
        actions.addWidget(self.consents_button)
        actions.addStretch(1)
        actions.addWidget(self.erase_button)
        # A heading and a plain list, not a group box: the form above leaves little height.
        history_title = translated_label(
            self, lambda: self.tr("Attendance history"), "sectionTitle"
        )
        self.history_model = QStringListModel(self)
        self.history_view = QListView()
        self.history_view.setModel(self.history_model)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.translated(self.history_view.setAccessibleName, lambda: self.tr("Attendance history"))
        history_title.setBuddy(self.history_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        layout.addLayout(actions)
        layout.addSpacing(6)
        layout.addWidget(history_title)
        layout.addWidget(self.history_view, 1)
        self._history: list[AttendanceEntry] | None = None
        self.show_member_actions()

    def retranslate(self) -> None:
        super().retranslate()
        self.show_member_actions()
        self.show_history(self._history)  # its lines are worded here

    def show_member_actions(self) -> None:
        """What can be done to the member in the form; nothing without one."""
        member: Member | None = self.form.member
        self.inactive_button.setEnabled(member is not None)
        self.consents_button.setEnabled(member is not None)
        self.erase_button.setEnabled(member is not None)
        self.inactive_button.setText(
            self.tr("Mark active") if member and not member.active else self.tr("Mark inactive")
        )

    def show_history(self, entries: list[AttendanceEntry] | None) -> None:
        """The member's meetings, present or absent; None: no member in the form."""
        self._history = entries
        lines = []
        for entry in entries or []:
            when = session_label(entry.starts_at)
            lines.append(
                self.tr("{date}: present").format(date=when)
                if entry.present
                else self.tr("{date}: absent").format(date=when)
            )
        if entries is not None and not lines:
            lines.append(self.tr("No meeting attended yet."))
        self.history_model.setStringList(lines)
