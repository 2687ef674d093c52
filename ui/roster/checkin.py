"""Check-in for one meeting: type a few letters, Space marks present; guests; newcomers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import StorageError
from app.group import OpenGroup
from app.member_checks import fold
from app.model import Member
from app.roster import Arrival, Welcome
from ui.common.capped_line import LineCap, capped
from ui.common.dates import session_label
from ui.common.dialog_buttons import dialog_buttons
from ui.common.forms import translated_row
from ui.common.messages import error_words
from ui.common.models import OBJECT_ROLE, SortProxy
from ui.common.notices import say
from ui.common.plain_text import PlainLabel, wrapped_label
from ui.common.retranslate import Retranslating, search_field, translated_button, translated_label
from ui.common.safe_model import never_raises
from ui.common.unsaved import AsksBeforeDiscarding
from ui.context import Area, UiContext
from ui.roster.consent_words import consent_mark
from ui.roster.member_model import SEARCH_ROLE

_Index = QModelIndex | QPersistentModelIndex


class CheckInModel(QAbstractListModel):
    """Members offered at check-in, each with a present tick written straight to the vault."""

    failed = Signal(object)  # a tick the vault refused (full disk)

    def __init__(self, group: OpenGroup, session_id: str, today: date, parent: QObject) -> None:
        super().__init__(parent)
        self._group = group
        self._session_id = session_id
        self._present = set(group.roster.present_member_ids(session_id))
        self._members = sorted(
            (m for m in group.roster.members() if m.active or m.id in self._present),
            key=lambda m: fold(m.pseudonym),
        )
        self._keys = [fold(m.pseudonym + "\n" + m.full_name) for m in self._members]
        # Only a small mark beside the name: the room may see this list, the host knows why.
        self.asking = set(group.consents.needs_asking(today))
        self._mark = consent_mark()

    @property
    def present_count(self) -> int:
        return len(self._present)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._members)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    @never_raises
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        member = self._members[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return member.pseudonym
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if member.id in self._present else Qt.CheckState.Unchecked
        if role == SEARCH_ROLE:
            return self._keys[index.row()]
        if member.id in self.asking and role == Qt.ItemDataRole.DecorationRole:
            return self._mark
        if member.id in self.asking and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("A consent to ask for or to renew (see Members)")
        if role == OBJECT_ROLE:
            return member
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        member = self._members[index.row()]
        present = Qt.CheckState(value) == Qt.CheckState.Checked
        try:
            self._group.roster.set_present(self._session_id, member.id, present)
        except (StorageError, OSError) as exc:  # the tick stays as stored; the dialog says why
            self.failed.emit(exc)
            return False
        (self._present.add if present else self._present.discard)(member.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def add_newcomer(self, pseudonym: str) -> Welcome:
        """On the roster and present in one step, or the member already there by that name
        marked present (back in the list if they had left)."""
        welcome = self._group.roster.welcome(self._session_id, pseudonym)
        member = welcome.member
        # Several former members by that name are not in the list (only active ones are): they
        # join it, or the host was told to tick one in a list that showed none.
        for choice in welcome.choices:
            if self.row_of(choice.id) is None:
                self._insert(choice)
        if member is None or welcome.arrival == Arrival.ALREADY_PRESENT:
            return welcome
        self._present.add(member.id)
        known = self.row_of(member.id)
        if known is not None:
            self._members[known] = member
            self.dataChanged.emit(self.index(known), self.index(known))
            return welcome
        if welcome.arrival == Arrival.ADDED:
            self.asking.add(member.id)
        self._insert(member)
        return welcome

    def _insert(self, member: Member) -> None:
        row = next(
            (n for n, m in enumerate(self._members) if fold(m.pseudonym) > fold(member.pseudonym)),
            len(self._members),
        )
        self.beginInsertRows(QModelIndex(), row, row)
        self._members.insert(row, member)
        self._keys.insert(row, fold(member.pseudonym + "\n" + member.full_name))
        self.endInsertRows()

    def row_of(self, member_id: str) -> int | None:
        return next((n for n, m in enumerate(self._members) if m.id == member_id), None)

    def member(self, row: int) -> Member:
        return self._members[row]


class _SearchProxy(SortProxy):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_search(self, text: str) -> None:
        with self.filter_change():
            self._needle = fold(text.strip())

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        key = self.sourceModel().index(source_row, 0).data(SEARCH_ROLE)
        return self._needle in str(key)


class CheckInDialog(Retranslating, AsksBeforeDiscarding, QDialog):
    def __init__(
        self, ctx: UiContext, group: OpenGroup, session_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group = group
        self.session_id = session_id
        self._dirty = False
        self.model = CheckInModel(group, session_id, ctx.today(), self)
        self.proxy = _SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.retranslate()
        self.filter_edit.setFocus()
        # Ticks and guests are written as they are made: a newcomer typed and not yet added
        # is all that Escape or Close could drop.
        self.watch_fields(lambda: self.newcomer_edit.text().strip())

    def _build(self) -> None:
        self.translated(self.setWindowTitle, lambda: self.tr("Take attendance"))
        self.heading = PlainLabel()
        self.heading.setObjectName("selectedGroup")  # the theme's heading: follows the text size
        self.filter_edit = search_field(
            self, lambda: self.tr("Type a few letters, then Space to tick")
        )
        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.returnPressed.connect(self._filter_entered)
        self.filter_edit.installEventFilter(self)
        self.list_view = QListView()
        self.list_view.setModel(self.proxy)
        self.list_view.setSpacing(3)  # ticked at a doorway, often on a touchpad
        self.translated(
            self.list_view.setAccessibleName, lambda: self.tr("Members, tick who is present")
        )
        self.list_view.installEventFilter(self)
        self.model.dataChanged.connect(self._changed)
        self.model.failed.connect(self._show_failure)
        self.model.rowsInserted.connect(self._changed)
        self.present_label = PlainLabel()
        self.message_label = wrapped_label()
        self.message_label.hide()  # shown with its first message: empty, it was a blank line
        self.consent_note = translated_label(
            self,
            lambda: self.tr("A ring beside a name: a consent to ask for or renew."),
            "muted",
            wraps=True,
        )
        self.consent_note.setVisible(bool(self.model.asking))
        self._build_form()
        self.buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Close)
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.consent_note)
        layout.addWidget(self.present_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        # Wider with the text size: in very large text 540 pixels left the newcomer's field
        # a few letters beside its button.
        self.resize(max(540, self.fontMetrics().averageCharWidth() * 70), 600)

    def _build_form(self) -> None:
        """The search, the guests and the newcomer, above the list."""
        self.guests_spin = QSpinBox()
        self.guests_spin.setRange(0, 999)
        self.translated(
            self.guests_spin.setToolTip, lambda: self.tr("People who came without giving a name")
        )
        self.guests_spin.setValue(self.group.roster.guest_count(self.session_id))
        self.guests_spin.valueChanged.connect(self._guests_changed)
        self.guests_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.newcomer_edit = capped(QLineEdit(), "members", "pseudonym")
        self.translated(
            self.newcomer_edit.setPlaceholderText, lambda: self.tr("Pseudonym of someone new")
        )
        self.newcomer_edit.returnPressed.connect(self.add_newcomer)
        self.newcomer_button = translated_button(
            self, lambda: self.tr("&Add a newcomer"), clicked=self.add_newcomer
        )
        # Enter belongs to the field it is typed in, never to a dialog default button.
        self.newcomer_button.setAutoDefault(False)
        newcomer = QHBoxLayout()
        newcomer.addWidget(self.newcomer_edit, 1)
        newcomer.addWidget(self.newcomer_button)
        self.form = QFormLayout()
        translated_row(self, self.form, lambda: self.tr("&Find:"), self.filter_edit)
        translated_row(self, self.form, lambda: self.tr("&Guests:"), self.guests_spin)
        translated_row(
            self,
            self.form,
            lambda: self.tr("&Newcomer:"),
            self.newcomer_edit,
            row=LineCap.of(self.newcomer_edit).under(newcomer),
        )

    def retranslate(self) -> None:
        super().retranslate()
        session = self.group.sessions.get(self.session_id) if self.group.is_open else None
        self.heading.setText(
            self.tr("Who is here on {date}?").format(
                date=session_label(session.starts_at if session else "")
            )
        )
        self._changed()

    def _filter(self, text: str) -> None:
        self.proxy.set_search(text)
        if self.proxy.rowCount():
            self.list_view.setCurrentIndex(self.proxy.index(0, 0))

    def _filter_entered(self) -> None:
        if self.proxy.rowCount() == 1:
            self.toggle(self.proxy.index(0, 0))
            self.filter_edit.selectAll()
        elif self.proxy.rowCount():
            self.list_view.setFocus()

    def toggle(self, index: QModelIndex) -> None:
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        state = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        self.proxy.setData(index, state.value, Qt.ItemDataRole.CheckStateRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.filter_edit and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self.list_view.setFocus()
            return False
        if watched is self.filter_edit and key == Qt.Key.Key_Space and self.proxy.rowCount() == 1:
            # One person left: a space would not narrow further, so it ticks them.
            self._filter_entered()
            return True
        if watched is self.list_view:
            if key == Qt.Key.Key_Space and self.list_view.currentIndex().isValid():
                self.toggle(self.list_view.currentIndex())
                return True
            if event.text().isprintable() and event.text():
                # Typing in the list keeps narrowing it rather than jumping around.
                self.filter_edit.setFocus()
                QApplication.sendEvent(self.filter_edit, QKeyEvent(event))
                return True
        return False

    def _changed(self, *_args: object) -> None:
        self.present_label.setText(self.tr("%n present", "", self.model.present_count))
        if _args:  # a tick or a newcomer, not a language change
            self._dirty = True

    def done(self, result: int) -> None:
        # Other areas hear of it once, when the list is closed, not at every tick.
        if self._dirty and self.group.is_open:
            self._dirty = False
            self.ctx.data_changed.emit(Area.ATTENDANCE)
        super().done(result)

    def _guests_changed(self, value: int) -> None:
        try:
            self.group.roster.set_guest_count(self.session_id, value)
        except (StorageError, OSError) as exc:
            self._show_failure(exc)
            self.guests_spin.blockSignals(True)  # back to what the vault holds
            self.guests_spin.setValue(self.group.roster.guest_count(self.session_id))
            self.guests_spin.blockSignals(False)
            return
        self._dirty = True  # told to other areas once, when the list closes

    def _say(self, words: Callable[[], str]) -> None:
        say(self.message_label, words)
        self.message_label.show()

    def _show_failure(self, exc: BaseException) -> None:
        self._say(error_words(exc))

    def add_newcomer(self) -> None:
        pseudonym = self.newcomer_edit.text().strip()
        if not pseudonym:
            self._say(lambda: self.tr("Please type the newcomer's pseudonym first."))
            self.newcomer_edit.setFocus()
            return
        try:
            welcome = self.model.add_newcomer(pseudonym)
        except Exception as exc:  # shown as a plain sentence, never the exception's text
            self._say(error_words(exc))
            return
        self.newcomer_edit.clear()
        if welcome.member is None:  # several by that name: the list shows them to pick from
            self.filter_edit.setText(pseudonym)
            self._say(partial(self._welcome_text, welcome.arrival, pseudonym))
            return
        self._say(partial(self._welcome_text, welcome.arrival, welcome.member.pseudonym))
        self.filter_edit.clear()
        row = self.model.row_of(welcome.member.id)
        if row is not None:
            self.list_view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def _welcome_text(self, arrival: Arrival, name: str) -> str:
        """Said after a newcomer's name: whether someone was added or found, never ambiguous."""
        someone_new = self.tr(
            "Someone new by that name? Add them under a distinct one, such as {example}."
        ).format(example=self.tr("“{name} B.”").format(name=name))
        if arrival == Arrival.ADDED:
            return self.tr("{name} is new: added to the roster and marked present.").format(
                name=name
            )
        if arrival == Arrival.REACTIVATED:
            text = self.tr(
                "{name} was already on the roster, as inactive: active again and marked present."
            )
        elif arrival == Arrival.MARKED:
            text = self.tr("{name} was already on the roster: marked present, nobody added.")
        elif arrival == Arrival.ALREADY_PRESENT:
            text = self.tr("{name} is already on the roster and marked present.")
        else:
            text = self.tr("Several members are called {name}: tick the right one in the list.")
        return text.format(name=name) + " " + someone_new
