"""Help now: the pinned resources in large type, numbers first, for use in front of someone in
distress. Calm, readable from a step away, and entirely usable from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.group import OpenGroup
from app.model import Resource
from app.resources import is_stale
from ui.common.dialog_buttons import dialog_buttons
from ui.common.plain_text import PlainLabel, wrapped_label
from ui.common.retranslate import Retranslating, translated_button, translated_label
from ui.common.theme import scaled_font
from ui.context import UiContext
from ui.resources.render import read_for_display

PHONE_SCALE = 3.0
TITLE_SCALE = 1.7
DETAIL_SCALE = 1.3


def _label(text: str, scale: float, *, bold: bool = False) -> QLabel:
    label = PlainLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setFont(scaled_font(scale, bold))
    return label


class HelpNowDialog(Retranslating, QDialog):
    def __init__(self, ctx: UiContext, group: OpenGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group = group
        self.setObjectName("helpNowDialog")
        self.setStyleSheet(
            "QFrame#helpCard { border: 1px solid palette(mid); border-radius: 8px; }"
            "QFrame#helpCard:focus { border: 3px solid palette(highlight); }"
        )
        self.translated(self.setWindowTitle, lambda: self.tr("Help now"))
        self.heading = translated_label(self, lambda: self.tr("Help now"))
        self.intro = wrapped_label()
        self.cards = QWidget()
        self.cards_layout = QVBoxLayout(self.cards)
        self.cards_layout.setSpacing(18)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Not a Tab stop of its own, nameless after the cards: Tab to a card scrolls it into view.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.cards)
        self.buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Close)
        self.translated(
            self.buttons.button(QDialogButtonBox.StandardButton.Close).setText,
            lambda: self.tr("Close (Esc)"),
        )
        self.open_resources_button = translated_button(
            self, lambda: self.tr("&Resources…"), clicked=self._open_resources
        )
        self.buttons.addButton(self.open_resources_button, QDialogButtonBox.ButtonRole.ActionRole)
        root = QVBoxLayout(self)
        root.setContentsMargins(28, 24, 28, 18)
        root.addWidget(self.heading)
        root.addWidget(self.intro)
        root.addWidget(scroll, 1)
        root.addWidget(self.buttons)
        self.resize(900, 680)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setFont(scaled_font(2.0, bold=True))  # follows the text size
        self._fill()

    def pinned(self) -> list[Resource]:
        return read_for_display(self.group, lambda: self.group.resources.pinned())

    def _fill(self) -> None:
        while self.cards_layout.count():
            item = self.cards_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        pinned = self.pinned()
        if pinned:
            self.intro.setText(
                self.tr("Take your time. You can call with the person, or give them the number.")
            )
        else:
            self.intro.setText(
                self.tr(
                    "Nothing is pinned to Help now yet. In Resources, edit a crisis line or an "
                    "emergency number and tick “Show in Help now, in large type”. It will then "
                    "appear here."
                )
            )
        self.intro.setFont(scaled_font(DETAIL_SCALE * 0.85))
        for resource in pinned:
            self.cards_layout.addWidget(self._card(resource))
        self.cards_layout.addStretch(1)
        first = self.cards.findChild(QFrame, "helpCard")
        (first or self.buttons.button(QDialogButtonBox.StandardButton.Close)).setFocus()

    def _card(self, resource: Resource) -> QFrame:
        card = QFrame()
        card.setObjectName("helpCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        # Each card takes the focus whole, so Tab walks from number to number and a screen
        # reader says the number and whom it reaches.
        card.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        card.setAccessibleName(
            ", ".join(
                v for v in (resource.phone.strip(), resource.title, resource.hours.strip()) if v
            )
        )
        column = QVBoxLayout(card)
        column.setContentsMargins(18, 12, 18, 12)
        if resource.phone.strip():
            phone = _label(resource.phone.strip(), PHONE_SCALE, bold=True)
            phone.setObjectName("phone")
            phone.setAccessibleName(
                self.tr("Phone number for {title}").format(title=resource.title)
            )
            column.addWidget(phone)
        column.addWidget(_label(resource.title, TITLE_SCALE, bold=True))
        for value in (resource.hours, resource.address, resource.url):
            if value.strip():
                column.addWidget(_label(value.strip(), DETAIL_SCALE))
        if not resource.phone.strip() and resource.body.strip():
            column.addWidget(_label(resource.body.strip()[:400], DETAIL_SCALE))
        if is_stale(resource, self.ctx.today(), self.ctx.prefs.stale_after_days):
            note = _label("⚠ " + self.tr("Not checked recently: the number may have changed."), 1.0)
            column.addWidget(note)
        return card

    def _open_resources(self) -> None:
        self.ctx.navigate_requested.emit("resources")
        self.accept()
