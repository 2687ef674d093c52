"""The session editor: when, where, theme, format, summary and the timed agenda. One save, one
transaction."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import StorageError
from app.group import OpenGroup
from app.model import AgendaItem, Session
from app.sessions import agenda_from_template, parse_starts_at, starts_at_text
from ui.common.capped_line import LineCap, ask_capped, capped, capped_lines
from ui.common.capped_text import CappedTextEdit, held_back
from ui.common.dates import stored_minute, to_datetime, to_qdatetime
from ui.common.dialog_buttons import save_buttons
from ui.common.forms import translated_row
from ui.common.limits import bounded, keeping
from ui.common.messages import error_words
from ui.common.notices import notice_label, say
from ui.common.plain_text import PlainLabel, wrapped_label
from ui.common.retranslate import Retranslating, translated_label
from ui.common.side_scroll import SideScroll
from ui.common.unsaved import AsksBeforeDiscarding
from ui.sessions.agenda_box import AgendaBox
from ui.sessions.agenda_model import AgendaModel
from ui.sessions.circle_summary import circle_summary_text
from ui.sessions.format_choice import FormatChoice


def _shape(items: list[AgendaItem]) -> list[tuple[str, str, int, str]]:
    return [(i.title, i.kind, i.planned_minutes, i.notes) for i in items]


class SessionEditor(Retranslating, AsksBeforeDiscarding, QDialog):
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
        self.translated(self.setWindowTitle, lambda: self.tr("Session"))
        self._laid_out: list[tuple[str, str, int, str]] = []  # what a format choice laid out
        self._build()
        self._load(session)
        self.watch_fields(lambda: (self.edited_session(), self.model.items()))

    def _build(self) -> None:
        self.agenda = AgendaBox(self.model)
        self.agenda.template_button.clicked.connect(self.ask_save_as_template)
        self.starts_edit = bounded(QDateTimeEdit(), "sessions", "starts_at")
        self.starts_edit.setCalendarPopup(True)
        self.starts_edit.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(5, 600)
        self.duration_spin.setSingleStep(5)
        self.duration_spin.valueChanged.connect(self.agenda.set_duration)
        self.place_edit = capped(QLineEdit(), "sessions", "place")
        self.theme_edit = capped(QLineEdit(), "sessions", "theme")
        self.summary_edit = CappedTextEdit("sessions", "summary")
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMaximumHeight(70)  # the fields whole on a netbook at normal text
        self.summary_reminder = translated_label(
            self,
            lambda: self.tr(
                "Practical notes only (who hosted, what was planned next). Never write what members "
                "shared: it stays in the room."
            ),
            "privacyReminder",
            wraps=True,
        )
        for short in (self.starts_edit, self.duration_spin):  # a date, a number: no full width
            short.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._build_form()
        self._build_bottom()

    def _build_form(self) -> None:
        self.format_combo = FormatChoice(self.group, self.session.template_id)
        self.translated(self.format_combo.setAccessibleName, lambda: self.tr("Format"))
        self.format_combo.currentIndexChanged.connect(self._format_chosen)
        self.format_label = translated_label(self, lambda: self.tr("F&ormat:"))
        self.format_label.setBuddy(self.format_combo)
        # Theme and format share a row: what kind of meeting, in one line of a small screen.
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.theme_edit, 3)
        kind_row.addSpacing(12)
        kind_row.addWidget(self.format_label)
        kind_row.addWidget(self.format_combo, 2)
        theme_column = LineCap.of(self.theme_edit).under(kind_row)
        self.form = QFormLayout()
        for text, field, row in (
            (lambda: self.tr("&Date and time:"), self.starts_edit, None),
            (lambda: self.tr("D&uration (minutes):"), self.duration_spin, None),
            (lambda: self.tr("&Place:"), self.place_edit, None),
            (lambda: self.tr("T&heme:"), self.theme_edit, theme_column),
            (lambda: self.tr("Su&mmary:"), self.summary_edit, self.summary_edit.column()),
        ):
            translated_row(self, self.form, text, field, row=row, name_field=True)
        self.form.addRow(PlainLabel(), self.summary_reminder)

    def _build_bottom(self) -> None:
        self.circle_box = QGroupBox()
        self.translated(
            self.circle_box.setTitle, lambda: self.tr("Sharing circle (time only, never content)")
        )
        self.circle_label = wrapped_label()
        self.circle_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        QVBoxLayout(self.circle_box).addWidget(self.circle_label)

        self.error_label = notice_label("error", visible=False)
        self.buttons = save_buttons(self, self.save)
        root = QVBoxLayout(self)
        # The fields scroll on a short screen (a netbook in very large text); the agenda, the
        # error and Save stay in view below them. In one scrolled page with the fields, the
        # agenda's tools were below the fold on a netbook even at normal text. Made in the
        # dialog, the page made in the scroll area (see SideScroll).
        root.addWidget(SideScroll(self._fields_page, self))
        root.addWidget(self.agenda, 1)
        root.addWidget(self.circle_box)
        root.addWidget(self.error_label)
        root.addWidget(self.buttons)
        self.resize(980, 700)

    def _fields_page(self, parent: QWidget) -> QWidget:
        fields = QWidget(parent)
        self.form.setContentsMargins(0, 0, 0, 0)
        fields.setLayout(self.form)
        return fields

    def _load(self, session: Session) -> None:
        starts = to_qdatetime(parse_starts_at(session.starts_at))
        keeping(self.starts_edit, starts.date())
        self.starts_edit.setDateTime(starts)
        self.duration_spin.setValue(session.duration_minutes)
        self.agenda.set_duration(session.duration_minutes)
        self.place_edit.setText(session.place)
        self.theme_edit.setText(session.theme)
        self.summary_edit.setPlainText(session.summary)
        rounds = self.group.sessions.circle_summary(session.id)
        self.circle_label.setText(circle_summary_text(rounds))
        self.circle_box.setVisible(bool(rounds))

    def _format_chosen(self) -> None:
        """A format chosen for a meeting with no agenda of its own lays out the format's; one
        laid out so and left untouched follows the next choice (arrows through the list)."""
        if _shape(self.model.items()) != self._laid_out:
            return  # the host's own agenda is never replaced behind their back
        template_id = self.format_combo.chosen_id()
        template = self.group.sessions.template(template_id) if template_id else None
        items = self.group.sessions.template_items(template.id) if template else []
        self.model.set_rows(agenda_from_template(items, self.session.id))
        self._laid_out = _shape(self.model.items())
        if template is not None:
            self.duration_spin.setValue(template.duration_minutes)

    def edited_session(self) -> Session:
        shown = self.starts_edit.dateTime()
        # A time the local clock skips (02:30 on a spring-forward night, from a handover made
        # elsewhere) shows as Qt moves it (03:30): left untouched, the meeting keeps its time.
        kept = shown == stored_minute(self.session.starts_at[:16])
        return dataclasses.replace(
            self.session,
            starts_at=self.session.starts_at if kept else starts_at_text(to_datetime(shown)),
            duration_minutes=self.duration_spin.value(),
            place=self.place_edit.text().strip(),
            theme=self.theme_edit.text().strip(),
            summary=self.summary_edit.toPlainText().strip(),
            template_id=self.format_combo.chosen_id(),
        )

    def save(self) -> None:
        if held_back(*capped_lines(self), self.summary_edit) or self._agenda_held_back():
            return
        try:
            self.session = self.group.sessions.save_session(
                self.edited_session(), self.model.items()
            )
        except Exception as exc:  # shown in plain words, never the exception's text
            say(self.error_label, error_words(exc))
            self.error_label.show()
            return
        self.accept()

    def show_over_cap(self) -> None:
        """Opened on a text over its cap (Show, from a refused export): that field, or that
        agenda cell, says by how much."""
        if not held_back(*capped_lines(self), self.summary_edit):
            self._agenda_held_back()

    def _agenda_held_back(self) -> bool:
        """An agenda cell over its cap opens, where only deleting is taken, and the line under
        the agenda says by how much: the save cut it without a word."""
        over = self.model.over_cap()
        if over is None:
            return False
        cell, cap = over
        locale = QLocale()
        self.error_label.setText(
            self.tr(
                "An agenda item is over its limit of {cap} characters: remove {over} characters "
                "from it to save the meeting."
            ).format(
                cap=locale.toString(cap),
                over=locale.toString(len(cell.data(Qt.ItemDataRole.EditRole)) - cap),
            )
        )
        self.error_label.show()
        self.agenda.table.setCurrentIndex(cell)
        self.agenda.table.edit(cell)
        return True

    def ask_save_as_template(self) -> None:
        name = ask_capped(
            self,
            self.tr("Save as format"),
            self.tr("Name of the format:"),
            self.theme_edit.text(),
            "templates",
            "name",
        )
        if name and name.strip():
            self.save_as_template(name)

    def save_as_template(self, name: str) -> None:
        """The new format is this meeting's from now on: shown chosen, stored with the Save."""
        try:
            template = self.group.sessions.save_as_template(
                name, self.duration_spin.value(), self.model.items()
            )
        except (StorageError, OSError) as exc:  # plain words, never the exception's text
            say(self.error_label, error_words(exc))
            self.error_label.show()
            return
        self.format_combo.reload(template.id)
