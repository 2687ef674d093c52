"""Setting up a round: who takes part and in what order, and how long each person may speak."""

from __future__ import annotations

import random

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.circle import DEFAULT_WARNING_SECONDS, Speaker, fair_share
from app.group import OpenGroup
from app.model import ItemKind
from ui.circle.display import duration_text
from ui.circle.duration_spin import DurationSpin
from ui.circle.keys_help import KeysHelp
from ui.common.adaptive import AdaptiveBox
from ui.common.limits import capped
from ui.common.messages import stored_or_warned
from ui.common.models import OBJECT_ROLE
from ui.common.plain_text import PlainLabel
from ui.common.retranslate import Retranslating
from ui.common.side_scroll import SideScroll


class SetupView(Retranslating, QWidget):
    start_requested = Signal(list, int, int)  # speakers, seconds each, warning seconds

    def __init__(self, group: OpenGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self.session_id: str | None = None
        self.rng = random.Random()
        # Filled when first shown, not when built: at unlock the roster is read once, by Members.
        self._filled = False
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.title = PlainLabel()
        self.title.setObjectName("pageTitle")
        self.people = QListWidget()
        self.people.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.people.model().rowsInserted.connect(self.update_share)
        self.people.model().rowsRemoved.connect(self.update_share)
        self.order_buttons = {name: QPushButton() for name in ("up", "down", "shuffle", "remove")}
        self.order_buttons["up"].clicked.connect(lambda: self._move(-1))
        self.order_buttons["down"].clicked.connect(lambda: self._move(1))
        self.order_buttons["shuffle"].clicked.connect(self.shuffle)
        self.order_buttons["remove"].clicked.connect(self.remove_selected)
        order_row = QHBoxLayout()
        for button in self.order_buttons.values():
            order_row.addWidget(button)
        self.roster_combo = QComboBox()
        self.add_member_button = QPushButton()
        self.add_member_button.clicked.connect(self.add_from_roster)
        self.name_edit = capped(QLineEdit(), "circle_turns", "speaker_label")
        self.name_edit.returnPressed.connect(self.add_typed)
        self.add_name_button = QPushButton()
        self.add_name_button.clicked.connect(self.add_typed)
        self.session_combo = QComboBox()
        self.attendance_button = QPushButton()
        self.attendance_button.clicked.connect(self.use_attendance)
        for combo in (self.roster_combo, self.session_combo):  # long themes must not widen it
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        sources = QGridLayout()
        sources.addWidget(self.roster_combo, 0, 0)
        sources.addWidget(self.add_member_button, 0, 1)
        sources.addWidget(self.name_edit, 1, 0)
        sources.addWidget(self.add_name_button, 1, 1)
        sources.addWidget(self.session_combo, 2, 0)
        sources.addWidget(self.attendance_button, 2, 1)
        sources.setColumnStretch(0, 1)
        self.people_title = PlainLabel()
        self.people_title.setWordWrap(True)  # long in French: it must not widen the window
        self.people_title.setObjectName("sectionTitle")
        people = QWidget()
        left = QVBoxLayout(people)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.people_title)
        left.addWidget(self.people, 1)
        left.addLayout(order_row)
        left.addLayout(sources)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addWidget(self.title)
        # Side by side, or the time settings under the people on a narrow screen; the settings
        # scroll when the window is short, the start button below them stays in view.
        columns = AdaptiveBox(spacing=16)
        columns.add(people, 3)
        columns.add(self._build_time(), 2)
        # When stacked on a short screen the page scrolls, keeping its width; the start button
        # stays below it, always in view.
        root.addWidget(SideScroll(columns), 1)
        root.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignRight)

    def _build_time(self) -> QWidget:
        self.time_title = PlainLabel()
        self.time_title.setObjectName("sectionTitle")
        self.each_radio = QRadioButton()
        self.each_time = DurationSpin()
        self.each_time.setValue(4 * 60)
        self.budget_radio = QRadioButton()
        self.budget_minutes = QSpinBox()
        self.budget_minutes.setRange(1, 300)
        self.budget_minutes.setValue(40)
        self.each_radio.setChecked(True)
        self.share_label = PlainLabel()
        self.share_label.setWordWrap(True)
        self.share_label.setObjectName("circleShare")
        self.warning_label = PlainLabel()
        self.warning_seconds = QSpinBox()
        self.warning_seconds.setRange(0, 300)
        self.warning_seconds.setSingleStep(10)
        self.warning_seconds.setValue(DEFAULT_WARNING_SECONDS)
        self.chime_box = QCheckBox()
        # The group's setting, kept in its file: off unless the host turns it on.
        self.keep_times_box = QCheckBox()
        self.keep_times_box.setChecked(self.group.circle.keeps_turn_times)
        self.keep_times_box.toggled.connect(self._keep_times_toggled)
        self.keep_times_note = PlainLabel()
        self.keep_times_note.setWordWrap(True)
        self.keep_times_note.setObjectName("muted")
        self.keys_help = KeysHelp()
        self.start_button = QPushButton()
        self.start_button.setObjectName("circleStart")
        self.start_button.setMinimumHeight(48)
        self.start_button.setDefault(True)  # shown as the step this page leads to
        self.start_button.clicked.connect(self.request_start)
        for widget in (self.each_radio, self.budget_radio):
            widget.toggled.connect(self.update_share)
        for spin in (self.each_time, self.budget_minutes):
            spin.valueChanged.connect(self.update_share)
        grid = QGridLayout()
        grid.addWidget(self.each_radio, 0, 0)
        grid.addWidget(self.each_time, 0, 1)
        grid.addWidget(self.budget_radio, 1, 0)
        grid.addWidget(self.budget_minutes, 1, 1)
        grid.addWidget(self.warning_label, 2, 0)
        grid.addWidget(self.warning_seconds, 2, 1)
        settings = QWidget()
        layout = QVBoxLayout(settings)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.time_title)
        layout.addLayout(grid)
        layout.addWidget(self.share_label)
        layout.addWidget(self.chime_box)
        layout.addWidget(self.keep_times_box)
        layout.addWidget(self.keep_times_note)
        layout.addSpacing(16)
        layout.addWidget(self.keys_help)
        layout.addStretch(1)
        return settings

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sharing circle"))
        self.people_title.setText(self.tr("Who takes part, in speaking order (drag to reorder)"))
        labels = {
            "up": self.tr("Move up"),
            "down": self.tr("Move down"),
            "shuffle": self.tr("Shuffle"),
            "remove": self.tr("Remove"),
        }
        for name, text in labels.items():
            self.order_buttons[name].setText(text)
        self.add_member_button.setText(self.tr("Add member"))
        self.name_edit.setPlaceholderText(self.tr("Or type a name for an ad-hoc round"))
        self.add_name_button.setText(self.tr("Add name"))
        self.attendance_button.setText(self.tr("Use who came"))
        self.attendance_button.setToolTip(self.tr("Everyone marked present at this meeting"))
        self.time_title.setText(self.tr("Time for each person"))
        self.each_radio.setText(self.tr("The same time for each"))
        self.each_time.setToolTip(self.tr("Type minutes, or minutes and seconds, e.g. 3:30"))
        self.budget_radio.setText(self.tr("Share a time budget"))
        self.budget_minutes.setSuffix(self.tr(" min in all"))
        self.warning_label.setText(self.tr("Amber when this much is left"))
        self.warning_seconds.setSuffix(self.tr(" s"))
        self.chime_box.setText(self.tr("Soft chime at the warning and at the end"))
        self.keep_times_box.setText(self.tr("Keep each person's speaking time (this group)"))
        self.keep_times_note.setText(
            self.tr(
                "Off: only the round's balance is kept (how many spoke, passed or were not "
                "reached, the median turn, the run-over), never who."
            )
        )
        self.start_button.setText(self.tr("Start the round"))
        self.people.setAccessibleName(self.tr("Who takes part, in speaking order"))
        self.name_edit.setAccessibleName(self.tr("Name for an ad-hoc round"))
        self.roster_combo.setAccessibleName(self.tr("Member to add"))
        self.session_combo.setAccessibleName(self.tr("Meeting whose attendance to use"))
        self.each_time.setAccessibleName(self.tr("The same time for each"))
        self.budget_minutes.setAccessibleName(self.tr("Time budget for the whole circle"))
        self.warning_seconds.setAccessibleName(self.tr("Amber when this much is left"))
        self.update_share()

    def _keep_times_toggled(self, keep: bool) -> None:
        if keep == self.group.circle.keeps_turn_times:
            return
        if not stored_or_warned(
            self,
            self.tr("Sharing circle"),
            lambda: self.group.circle.set_keep_turn_times(keep),
        ):
            self.keep_times_box.blockSignals(True)
            self.keep_times_box.setChecked(not keep)
            self.keep_times_box.blockSignals(False)

    # Who takes part ------------------------------------------------------------------------
    def reload(self) -> None:
        """Refill the roster and meeting choices (after a change elsewhere); never before the
        set-up is first seen."""
        if self._filled or self.isVisible():
            self._fill()

    def fill_if_never_shown(self) -> None:
        """The first fill, as the area or this view is first shown."""
        if not self._filled:
            self._fill()

    def _fill(self) -> None:
        self._filled = True
        self.keep_times_box.blockSignals(True)
        self.keep_times_box.setChecked(self.group.circle.keeps_turn_times)
        self.keep_times_box.blockSignals(False)
        self.roster_combo.clear()
        for member in self.group.roster.members():
            if member.active:
                self.roster_combo.addItem(member.pseudonym, Speaker(member.pseudonym, member.id))
        chosen = self.session_id or self.session_combo.currentData()
        self.session_combo.clear()
        locale = QLocale()
        for session in reversed(self.group.sessions.sessions()):
            when = QDateTime.fromString(session.starts_at, "yyyy-MM-ddTHH:mm")
            label = locale.toString(when.date(), QLocale.FormatType.ShortFormat)
            self.session_combo.addItem(
                f"{label} · {session.theme}" if session.theme else label, session.id
            )
        self.session_combo.setCurrentIndex(max(0, self.session_combo.findData(chosen)))

    def showEvent(self, event: QShowEvent) -> None:
        self.fill_if_never_shown()
        super().showEvent(event)

    def speakers(self) -> list[Speaker]:
        return [self.people.item(i).data(OBJECT_ROLE) for i in range(self.people.count())]

    def set_speakers(self, speakers: list[Speaker]) -> None:
        self.people.clear()
        for speaker in speakers:
            self._append(speaker)

    def _append(self, speaker: Speaker) -> None:
        if speaker.member_id and any(s.member_id == speaker.member_id for s in self.speakers()):
            return
        item = QListWidgetItem(speaker.label)
        item.setData(OBJECT_ROLE, speaker)
        self.people.addItem(item)

    def add_from_roster(self) -> None:
        speaker = self.roster_combo.currentData()
        if isinstance(speaker, Speaker):
            self._append(speaker)

    def add_typed(self) -> None:
        name = self.name_edit.text().strip()
        if name:
            self._append(Speaker(name))
            self.name_edit.clear()

    def use_attendance(self) -> None:
        session_id = self.session_combo.currentData()
        if isinstance(session_id, str):
            ids = self.group.roster.present_member_ids(session_id)
            self.load(session_id, ids, self._circle_minutes(session_id) * 60)

    def load(self, session_id: str | None, member_ids: list[str], budget_seconds: int) -> None:
        """Participants from a meeting's attendance, in roster order, sharing the budget."""
        self.session_id = session_id
        wanted = set(member_ids)
        self.set_speakers(
            [Speaker(m.pseudonym, m.id) for m in self.group.roster.members() if m.id in wanted]
        )
        index = self.session_combo.findData(session_id)
        if index >= 0:
            self.session_combo.setCurrentIndex(index)
        if budget_seconds > 0:
            self.budget_minutes.setValue(max(1, round(budget_seconds / 60)))
            self.budget_radio.setChecked(True)
        self.update_share()

    def _circle_minutes(self, session_id: str) -> int:
        items = self.group.sessions.agenda(session_id)
        return sum(i.planned_minutes for i in items if i.kind == ItemKind.CIRCLE.value)

    def shuffle(self) -> None:
        speakers = self.speakers()
        self.rng.shuffle(speakers)
        self.set_speakers(speakers)

    def remove_selected(self) -> None:
        for item in self.people.selectedItems():
            self.people.takeItem(self.people.row(item))

    def _move(self, step: int) -> None:
        row = self.people.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.people.count():
            return
        item = self.people.takeItem(row)
        self.people.insertItem(target, item)
        self.people.setCurrentRow(target)

    # Time ----------------------------------------------------------------------------------
    def seconds_each(self) -> int:
        people = max(1, self.people.count())
        if self.budget_radio.isChecked():
            return fair_share(self.budget_minutes.value() * 60, people).per_speaker
        return self.each_time.value()

    def update_share(self) -> None:
        self.each_time.setEnabled(self.each_radio.isChecked())
        self.budget_minutes.setEnabled(self.budget_radio.isChecked())
        people = self.people.count()
        self.start_button.setEnabled(people > 0)
        if people == 0:
            self.share_label.setText(self.tr("Add the people who take part."))
            return
        if not self.budget_radio.isChecked():
            self.share_label.setText(
                self.tr("%n people: about {total} in all.", "", people).format(
                    total=duration_text(self.seconds_each() * people)
                )
            )
            return
        share = fair_share(self.budget_minutes.value() * 60, people)
        values = {
            "budget": duration_text(share.budget),
            "each": duration_text(share.per_speaker),
            "spare": duration_text(share.spare),
        }
        if share.spare < 0:
            text = self.tr(
                "{budget} for %n people: {each} each, which needs {spare} more.", "", people
            )
        elif share.spare == 0:
            text = self.tr("{budget} for %n people: {each} each.", "", people)
        else:
            text = self.tr(
                "{budget} for %n people: {each} each, with {spare} to spare.", "", people
            )
        self.share_label.setText(text.format(**values))

    def request_start(self) -> None:
        if self.people.count():
            self.start_requested.emit(
                self.speakers(), self.seconds_each(), self.warning_seconds.value()
            )
