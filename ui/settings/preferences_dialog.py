"""Preferences for this computer: language, text size, colours, auto-lock, chime, resources and
backups. Apply or OK saves them and the whole app follows at once."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.settings import LANGUAGES, TEXT_SIZES, THEMES, Preferences
from ui.common.dialog_buttons import dialog_buttons
from ui.common.forms import translated_row
from ui.common.messages import stored_or_warned
from ui.common.modal import open_modal
from ui.common.retranslate import Retranslating, translated_button
from ui.common.side_scroll import SideScroll
from ui.common.unsaved import AsksBeforeDiscarding
from ui.context import UiContext


def _combo(codes: tuple[str, ...]) -> QComboBox:
    combo = QComboBox()
    for code in codes:
        combo.addItem("", code)
    return combo


def _spin(low: int, high: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setAccelerated(True)
    return spin


class PreferencesDialog(Retranslating, AsksBeforeDiscarding, QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("preferencesDialog")
        self.translated(self.setWindowTitle, lambda: self.tr("Preferences"))
        self.language_combo = _combo(LANGUAGES)
        self._name_items(self.language_combo, [lambda: self.tr("Same as this computer")])
        self.language_combo.setItemText(1, "Français")  # each language in its own words
        self.language_combo.setItemText(2, "English")
        self.text_size_combo = _combo(TEXT_SIZES)
        self._name_items(
            self.text_size_combo,
            [lambda: self.tr("Normal"), lambda: self.tr("Large"), lambda: self.tr("Very large")],
        )
        self.theme_combo = _combo(THEMES)
        self._name_items(
            self.theme_combo,
            [
                lambda: self.tr("Same as this computer"),
                lambda: self.tr("Light"),
                lambda: self.tr("Dark"),
            ],
        )
        self.autolock_spin = _spin(1, 240)
        self.translated(
            self.autolock_spin.setToolTip,
            lambda: self.tr(
                "The group locks itself when nobody has used Cercle for this long, except while a "
                "sharing circle is running."
            ),
        )
        self.backups_daily_spin = _spin(1, 60)
        self.backups_weekly_spin = _spin(0, 52)
        self.chime_check = translated_button(
            self, lambda: self.tr("Play a soft &chime when a speaker's time is up"), kind=QCheckBox
        )
        self.stale_spin = _spin(30, 3650)
        self.stale_spin.setSingleStep(30)
        self.translated(
            self.stale_spin.setToolTip,
            lambda: self.tr(
                "Phone numbers and opening hours change: older resources are marked for checking."
            ),
        )
        self.buttons = dialog_buttons(
            self,
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply,
            self.accept,
        )
        self.apply_button.clicked.connect(self.save)
        self.labels: dict[str, QLabel] = {}
        self._build()
        self.load(ctx.prefs)
        self.watch_fields(self.values)

    @property
    def apply_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        assert button is not None  # made with the Apply button
        return button

    def _name_items(self, combo: QComboBox, names: list[Callable[[], str]]) -> None:
        for index, name in enumerate(names):
            self.translated(partial(combo.setItemText, index), name)

    def _section(
        self,
        name: str,
        title: Callable[[], str],
        rows: list[tuple[str, Callable[[], str], QWidget] | QWidget],
    ) -> QGroupBox:
        """A titled box of fields, each with its label (kept in `labels` by its key), or a
        widget alone."""
        box = QGroupBox()
        box.setObjectName(name)
        self.translated(box.setTitle, title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for row in rows:
            if isinstance(row, QWidget):
                form.addRow(row)
                continue
            key, text, field = row
            self.labels[key] = translated_row(self, form, text, field)
        return box

    def _build(self) -> None:
        self.display_box = self._section(
            "display",
            lambda: self.tr("Display"),
            [
                ("language", lambda: self.tr("&Language:"), self.language_combo),
                ("text_size", lambda: self.tr("&Text size:"), self.text_size_combo),
                ("theme", lambda: self.tr("C&olours:"), self.theme_combo),
            ],
        )
        self.safety_box = self._section(
            "safety",
            lambda: self.tr("Safety"),
            [
                (
                    "autolock",
                    lambda: self.tr("Lock after this many &minutes without use:"),
                    self.autolock_spin,
                ),
                ("daily", lambda: self.tr("&Daily backups to keep:"), self.backups_daily_spin),
                ("weekly", lambda: self.tr("&Weekly backups to keep:"), self.backups_weekly_spin),
            ],
        )
        self.meetings_box = self._section(
            "meetings",
            lambda: self.tr("Meetings and resources"),
            [
                self.chime_check,
                (
                    "stale",
                    lambda: self.tr("Ask to &verify a resource after (days):"),
                    self.stale_spin,
                ),
            ],
        )
        body = QWidget()
        fields = QVBoxLayout(body)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.setSpacing(14)
        for box in (self.display_box, self.safety_box, self.meetings_box):
            fields.addWidget(box)
        fields.addStretch(1)
        layout = QVBoxLayout(self)
        # The sections scroll on a short screen; OK and Cancel stay in view below them, so very
        # large text can always be turned back off.
        layout.addWidget(SideScroll(body, self), 1)  # in place: styled once (SideScroll)
        layout.addWidget(self.buttons)
        # No fixed minimum width: the layout's own minimum then grows with the text size.

    def load(self, prefs: Preferences) -> None:
        for combo, value in (
            (self.language_combo, prefs.language),
            (self.text_size_combo, prefs.text_size),
            (self.theme_combo, prefs.theme),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.autolock_spin.setValue(prefs.autolock_minutes)
        self.backups_daily_spin.setValue(prefs.backups_daily)
        self.backups_weekly_spin.setValue(prefs.backups_weekly)
        self.chime_check.setChecked(prefs.chime)
        self.stale_spin.setValue(prefs.stale_after_days)

    def values(self) -> Preferences:
        return dataclasses.replace(
            self.ctx.prefs,
            language=str(self.language_combo.currentData()),
            text_size=str(self.text_size_combo.currentData()),
            theme=str(self.theme_combo.currentData()),
            autolock_minutes=self.autolock_spin.value(),
            backups_daily=self.backups_daily_spin.value(),
            backups_weekly=self.backups_weekly_spin.value(),
            chime=self.chime_check.isChecked(),
            stale_after_days=self.stale_spin.value(),
        )

    def save(self) -> None:
        if self.values() != self.ctx.prefs:
            self.ctx.save_preferences(self.values())
        if self.unsaved is not None:  # applied: Cancel now has nothing to lose
            self.unsaved.settle()

    def accept(self) -> None:
        if stored_or_warned(self, self.windowTitle(), self.save):
            super().accept()


def open_preferences(ctx: UiContext, parent: QWidget) -> PreferencesDialog:
    """Window-modal and non-blocking, so the app behind it repaints as settings are applied."""
    for existing in parent.window().findChildren(PreferencesDialog):
        if existing.isVisible():  # a closed one may still wait for deletion
            existing.raise_()
            existing.activateWindow()
            return existing
    return open_modal(PreferencesDialog(ctx, parent.window()))
