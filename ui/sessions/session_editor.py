"""The session editor: when, where, theme, summary and the timed agenda. One save, one
transaction."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import StorageError
from app.group import OpenGroup
from app.model import AgendaItem, ItemKind, Session
from app.sessions import parse_starts_at, starts_at_text
from ui.common.dates import to_datetime, to_qdatetime
from ui.common.forms import row_label
from ui.common.limits import capped
from ui.common.messages import error_message
from ui.common.plain_text import PlainLabel
from ui.common.retranslate import Retranslating
from ui.sessions.agenda_model import AgendaModel, KindDelegate
from ui.sessions.circle_summary import circle_summary_text
from ui.sessions.labels import kind_label


class AgendaTable(QTableView):
    """Alt+Up / Alt+Down move the current item; drag and drop moves it too."""

    move_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)


class SessionEditor(Retranslating, QDialog):
    def __init__(
        self,
        group: OpenGroup,
        session: Session,
        items: list[AgendaItem],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.group = group
        self.session = session
        self.model = AgendaModel(self)
        self.model.set_rows(items)
        self._build()
        self._load(session)
        self.model.total_changed.connect(self._update_total)
        self.retranslate()
        self._update_total()

    def _build(self) -> None:
        self.starts_edit = QDateTimeEdit()
        self.starts_edit.setCalendarPopup(True)
        self.starts_edit.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(5, 600)
        self.duration_spin.setSingleStep(5)
        self.duration_spin.valueChanged.connect(self._update_total)
        self.place_edit = capped(QLineEdit(), "sessions", "place")
        self.theme_edit = capped(QLineEdit(), "sessions", "theme")
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMaximumHeight(80)
        self.summary_reminder = PlainLabel()
        self.summary_reminder.setObjectName("privacyReminder")
        self.summary_reminder.setWordWrap(True)
        for short in (self.starts_edit, self.duration_spin):  # a date, a number: no full width
            short.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.form = QFormLayout()
        self.form.addRow(PlainLabel(), self.starts_edit)
        self.form.addRow(PlainLabel(), self.duration_spin)
        self.form.addRow(PlainLabel(), self.place_edit)
        self.form.addRow(PlainLabel(), self.theme_edit)
        self.form.addRow(PlainLabel(), self.summary_edit)
        self.form.addRow(PlainLabel(), self.summary_reminder)
        self._build_agenda()
        self._build_bottom()

    def _build_agenda(self) -> None:
        self.table = AgendaTable()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(AgendaModel.KIND, KindDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setDropIndicatorShown(True)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AgendaModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AgendaModel.NOTES, QHeaderView.ResizeMode.Stretch)
        # The kind column as wide as its longest name in this language and text size, plus the
        # cell's margins and the drop-down arrow its editor shows.
        metrics = self.table.fontMetrics()
        longest = max(metrics.horizontalAdvance(kind_label(kind)) for kind in ItemKind)
        self.table.setColumnWidth(AgendaModel.KIND, longest + metrics.horizontalAdvance("M") * 3)
        self.table.move_requested.connect(self.move_current)
        self._build_tools()

    def _build_tools(self) -> None:
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_item)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button = QPushButton()
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton()
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.template_button = QPushButton()
        self.template_button.clicked.connect(self.ask_save_as_template)
        self.total_label = PlainLabel()
        self.total_label.setObjectName("agendaTotal")
        tools = QHBoxLayout()
        for button in (
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.template_button,
        ):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.total_label)
        self.agenda_box = QGroupBox()
        agenda_layout = QVBoxLayout(self.agenda_box)
        agenda_layout.addWidget(self.table, 1)
        agenda_layout.addLayout(tools)

    def _build_bottom(self) -> None:
        self.circle_box = QGroupBox()
        self.circle_label = PlainLabel()
        self.circle_label.setWordWrap(True)
        self.circle_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        QVBoxLayout(self.circle_box).addWidget(self.circle_label)

        self.error_label = PlainLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        root = QVBoxLayout(self)
        root.addLayout(self.form)
        root.addWidget(self.agenda_box, 1)
        root.addWidget(self.circle_box)
        root.addWidget(self.error_label)
        root.addWidget(self.buttons)
        self.resize(980, 700)

    def _load(self, session: Session) -> None:
        self.starts_edit.setDateTime(to_qdatetime(parse_starts_at(session.starts_at)))
        self.duration_spin.setValue(session.duration_minutes)
        self.place_edit.setText(session.place)
        self.theme_edit.setText(session.theme)
        self.summary_edit.setPlainText(session.summary)
        rounds = self.group.sessions.circle_summary(session.id)
        self.circle_label.setText(circle_summary_text(rounds))
        self.circle_box.setVisible(bool(rounds))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Session"))
        labels = (
            self.tr("&Date and time:"),
            self.tr("D&uration (minutes):"),
            self.tr("&Place:"),
            self.tr("T&heme:"),
            self.tr("Su&mmary:"),
        )
        fields = (
            self.starts_edit,
            self.duration_spin,
            self.place_edit,
            self.theme_edit,
            self.summary_edit,
        )
        for row, (text, field) in enumerate(zip(labels, fields, strict=True)):
            label = row_label(self.form, row)
            label.setText(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.summary_reminder.setText(
            self.tr(
                "Practical notes only (who hosted, what was planned next). Never write what members "
                "shared: it stays in the room."
            )
        )
        self.agenda_box.setTitle(self.tr("Agenda"))
        self.table.setAccessibleName(self.tr("Agenda items"))
        self.table.setToolTip(
            self.tr("Alt+Up and Alt+Down move the selected item; you can also drag it.")
        )
        self.add_button.setText(self.tr("&Add item"))
        self.remove_button.setText(self.tr("&Remove item"))
        self.up_button.setText(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Alt+Up"))
        self.down_button.setText(self.tr("Move down"))
        self.down_button.setToolTip(self.tr("Alt+Down"))
        self.template_button.setText(self.tr("Save as &format…"))
        self.circle_box.setTitle(self.tr("Sharing circle (time only, never content)"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, AgendaModel.COLUMNS - 1)
        self._update_total()

    def _update_total(self) -> None:
        total, duration = self.model.total_minutes(), self.duration_spin.value()
        if total > duration:
            self.total_label.setText(
                self.tr("Planned: {total} of {duration} min — {over} min over").format(
                    total=total, duration=duration, over=total - duration
                )
            )
            self.total_label.setProperty("warning", True)
        else:
            self.total_label.setText(
                self.tr("Planned: {total} of {duration} min").format(total=total, duration=duration)
            )
            self.total_label.setProperty("warning", False)
        # The theme colours QLabel[warning="true"]; a changed property needs a re-polish.
        self.total_label.style().unpolish(self.total_label)
        self.total_label.style().polish(self.total_label)

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def select_row(self, row: int) -> None:
        column = max(0, self.table.currentIndex().column())
        self.table.setCurrentIndex(self.model.index(row, column))

    def add_item(self) -> None:
        row = self.model.add_item(
            self.current_row() + 1 if self.current_row() >= 0 else self.model.rowCount()
        )
        self.select_row(row)
        self.table.setFocus()
        self.table.edit(self.model.index(row, AgendaModel.TITLE))

    def remove_current(self) -> None:
        row = self.current_row()
        self.model.remove_item(row)
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))

    def move_current(self, delta: int) -> None:
        row = self.current_row()
        if self.model.move_item(row, row + delta):
            self.select_row(row + delta)

    def edited_session(self) -> Session:
        moment = to_datetime(self.starts_edit.dateTime())
        return dataclasses.replace(
            self.session,
            starts_at=starts_at_text(moment),
            duration_minutes=self.duration_spin.value(),
            place=self.place_edit.text().strip(),
            theme=self.theme_edit.text().strip(),
            summary=self.summary_edit.toPlainText().strip(),
        )

    def save(self) -> None:
        try:
            self.session = self.group.sessions.save_session(
                self.edited_session(), self.model.items()
            )
        except Exception as exc:  # shown in plain words, never the exception's text
            self.error_label.setText(error_message(exc))
            self.error_label.show()
            return
        self.accept()

    def ask_save_as_template(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save as format"),
            self.tr("Name of the format:"),
            text=self.theme_edit.text(),
        )
        if ok and name.strip():
            self.save_as_template(name)

    def save_as_template(self, name: str) -> None:
        try:
            self.group.sessions.save_as_template(
                name, self.duration_spin.value(), self.model.items()
            )
        except (StorageError, OSError) as exc:  # plain words, never the exception's text
            self.error_label.setText(error_message(exc))
            self.error_label.show()
