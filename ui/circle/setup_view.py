"""Setting up a round: who takes part and in what order, and how long each person may speak."""

from __future__ import annotations

import random

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QListWidgetItem,
    QWidget,
)

from app.circle import Speaker, fair_share
from app.group import OpenGroup
from app.model import ItemKind
from ui.circle.display import duration_text
from ui.circle.setup_layout import SetupLayout
from ui.common.dates import stored_minute
from ui.common.messages import stored_or_warned
from ui.common.models import OBJECT_ROLE


class SetupView(SetupLayout):
    """The round's set-up at work: SetupLayout's widgets filled from the group, read to start."""

    start_requested = Signal(list, int, int)  # speakers, seconds each, warning seconds

    def __init__(self, group: OpenGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self.session_id: str | None = None
        self.rng = random.Random()
        # Filled when first shown, not when built: at unlock the roster is read once, by Members.
        self._filled = False
        self._connect()
        self.retranslate()

    def _connect(self) -> None:
        self.people.model().rowsInserted.connect(self.update_share)
        self.people.model().rowsRemoved.connect(self.update_share)
        self.order_buttons["up"].clicked.connect(lambda: self._move(-1))
        self.order_buttons["down"].clicked.connect(lambda: self._move(1))
        self.order_buttons["shuffle"].clicked.connect(self.shuffle)
        self.order_buttons["remove"].clicked.connect(self.remove_selected)
        self.add_member_button.clicked.connect(self.add_from_roster)
        self.name_edit.returnPressed.connect(self.add_typed)
        self.add_name_button.clicked.connect(self.add_typed)
        self.attendance_button.clicked.connect(self.use_attendance)
        self.keep_times_box.setChecked(self.group.circle.keeps_turn_times)
        self.keep_times_box.toggled.connect(self._keep_times_toggled)
        self.start_button.clicked.connect(self.request_start)
        for widget in (self.each_radio, self.budget_radio):
            widget.toggled.connect(self.update_share)
        for spin in (self.each_time, self.budget_minutes):
            spin.valueChanged.connect(self.update_share)

    def retranslate(self) -> None:
        super().retranslate()
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
            when = stored_minute(session.starts_at)
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
        return sum(i.planned_minutes for i in items if i.kind == ItemKind.CIRCLE)

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
