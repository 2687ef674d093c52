"""Setting up a round, its layout: who takes part and in what order, how long each person may
speak, with their texts and no behaviour (SetupView, in setup_view.py, fills and reads them)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.circle import DEFAULT_WARNING_SECONDS
from ui.circle.duration_spin import DurationSpin
from ui.circle.keys_help import KeysHelp
from ui.common.adaptive import AdaptiveBox
from ui.common.capped_line import capped
from ui.common.forms import grid_of
from ui.common.plain_text import wrapped_label
from ui.common.retranslate import Retranslating, translated_button, translated_label
from ui.common.side_scroll import SideScroll


class SetupLayout(Retranslating, QWidget):
    """The widgets of the round's set-up, each with its texts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build()

    def _build(self) -> None:
        self.title = translated_label(self, lambda: self.tr("Sharing circle"), "pageTitle")
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addWidget(self.title)

        # Side by side, or the time settings under the people on a narrow screen; the settings
        # scroll when the window is short, the start button below them stays in view.
        def columns(parent: QWidget) -> QWidget:
            made = AdaptiveBox(parent, spacing=16)
            made.add(self._build_people(made), 3)
            made.add(self._build_time(), 2)
            return made

        # When stacked on a short screen the page scrolls, keeping its width; the start button
        # stays below it, always in view. The page is made in it (see SideScroll).
        root.addWidget(SideScroll(columns, self), 1)  # in place: see CircleScreen
        root.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignRight)

    def _build_people(self, parent: QWidget) -> QWidget:
        """Who takes part, made in its column: each widget joins the pane as it is made, in the
        order it reads (Tab and screen readers follow it). A combo box made alone is styled
        again when added, its list and scroll bars too."""
        people = QWidget(parent)
        left = QVBoxLayout(people)
        left.setContentsMargins(0, 0, 0, 0)
        # Wrapped: long in French, it must not widen the window.
        self.people_title = translated_label(
            self,
            lambda: self.tr("Who takes part, in speaking order (drag to reorder)"),
            "sectionTitle",
            wraps=True,
        )
        left.addWidget(self.people_title)
        self.people = QListWidget(people)
        self.people.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.translated(
            self.people.setAccessibleName, lambda: self.tr("Who takes part, in speaking order")
        )
        left.addWidget(self.people, 1)
        order_texts = {
            "up": lambda: self.tr("Move up"),
            "down": lambda: self.tr("Move down"),
            "shuffle": lambda: self.tr("Shuffle"),
            "remove": lambda: self.tr("Remove"),
        }
        self.order_buttons = {name: QPushButton() for name in order_texts}
        order_row = QHBoxLayout()
        for name, button in self.order_buttons.items():
            self.translated(button.setText, order_texts[name])
            order_row.addWidget(button)
        left.addLayout(order_row)
        sources = QGridLayout()  # in the pane first: each field and button joins it when added
        sources.setColumnStretch(0, 1)
        left.addLayout(sources)
        self.roster_combo = QComboBox(people)
        self.translated(self.roster_combo.setAccessibleName, lambda: self.tr("Member to add"))
        sources.addWidget(self.roster_combo, 0, 0)
        self.add_member_button = translated_button(self, lambda: self.tr("Add member"))
        sources.addWidget(self.add_member_button, 0, 1)
        self.name_edit = capped(QLineEdit(people), "circle_turns", "speaker_label")
        self.translated(
            self.name_edit.setPlaceholderText, lambda: self.tr("Or type a name for an ad-hoc round")
        )
        self.translated(
            self.name_edit.setAccessibleName, lambda: self.tr("Name for an ad-hoc round")
        )
        sources.addWidget(self.name_edit, 1, 0)
        self.add_name_button = translated_button(self, lambda: self.tr("Add name"))
        sources.addWidget(self.add_name_button, 1, 1)
        self.session_combo = QComboBox(people)
        self.translated(
            self.session_combo.setAccessibleName, lambda: self.tr("Meeting whose attendance to use")
        )
        sources.addWidget(self.session_combo, 2, 0)
        self.attendance_button = translated_button(
            self,
            lambda: self.tr("Use who came"),
            lambda: self.tr("Everyone marked present at this meeting"),
        )
        sources.addWidget(self.attendance_button, 2, 1)
        for combo in (self.roster_combo, self.session_combo):  # long themes must not widen it
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        return people

    def _build_time(self) -> QWidget:
        self.time_title = translated_label(
            self, lambda: self.tr("Time for each person"), "sectionTitle"
        )
        self.each_radio = translated_button(
            self, lambda: self.tr("The same time for each"), kind=QRadioButton
        )
        self.each_time = DurationSpin()
        self.each_time.setValue(4 * 60)
        self.translated(
            self.each_time.setToolTip,
            lambda: self.tr("Type minutes, or minutes and seconds, e.g. 3:30"),
        )
        self.translated(self.each_time.setAccessibleName, lambda: self.tr("The same time for each"))
        self.budget_radio = translated_button(
            self, lambda: self.tr("Share a time budget"), kind=QRadioButton
        )
        self.budget_minutes = QSpinBox()
        self.budget_minutes.setRange(1, 300)
        self.budget_minutes.setValue(40)
        self.translated(self.budget_minutes.setSuffix, lambda: self.tr(" min in all"))
        self.translated(
            self.budget_minutes.setAccessibleName,
            lambda: self.tr("Time budget for the whole circle"),
        )
        self.each_radio.setChecked(True)
        self.share_label = wrapped_label("circleShare")
        self.warning_label = translated_label(self, lambda: self.tr("Amber when this much is left"))
        self.warning_seconds = QSpinBox()
        self.warning_seconds.setRange(0, 300)
        self.warning_seconds.setSingleStep(10)
        self.warning_seconds.setValue(DEFAULT_WARNING_SECONDS)
        self.translated(self.warning_seconds.setSuffix, lambda: self.tr(" s"))
        self.translated(
            self.warning_seconds.setAccessibleName, lambda: self.tr("Amber when this much is left")
        )
        self.chime_box = translated_button(
            self, lambda: self.tr("Soft chime at the warning and at the end"), kind=QCheckBox
        )
        # The group's setting, kept in its file: off unless the host turns it on.
        self.keep_times_box = translated_button(
            self, lambda: self.tr("Keep each person's speaking time (this group)"), kind=QCheckBox
        )
        self.keep_times_note = translated_label(
            self,
            lambda: self.tr(
                "Off: only the round's balance is kept (how many spoke, passed or were not "
                "reached, the median turn, the run-over), never who."
            ),
            "muted",
            wraps=True,
        )
        self.keys_help = KeysHelp()
        self.start_button = translated_button(self, lambda: self.tr("Start the round"))
        self.start_button.setObjectName("circleStart")
        self.start_button.setMinimumHeight(48)
        self.start_button.setDefault(True)  # shown as the step this page leads to
        grid = grid_of(
            (
                (self.each_radio, self.each_time),
                (self.budget_radio, self.budget_minutes),
                (self.warning_label, self.warning_seconds),
            )
        )
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
