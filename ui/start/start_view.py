"""The start screen's layout: its widgets and their texts, no behaviour (StartScreen, in
start_screen.py, opens, creates and imports groups with them)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QListView, QVBoxLayout, QWidget

from app.group_info import DEMO_PASSPHRASE
from ui.common.adaptive import AdaptiveBox, FlowLayout
from ui.common.notices import busy_bar, notice_label
from ui.common.passphrase_field import PassphraseEdit
from ui.common.plain_text import PlainLabel, wrapped_label
from ui.common.retranslate import Retranslating, translated_button, translated_label
from ui.common.side_scroll import SideScroll
from ui.start.group_list_model import GroupListModel


class StartView(Retranslating, QWidget):
    """The app's name, this computer's groups with the create, demo and import buttons, and the
    unlock panel for the chosen group."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = PlainLabel("Cercle")
        self.title.setObjectName("appTitle")
        self.subtitle = translated_label(
            self,
            lambda: self.tr(
                "A quiet companion for the hosts of peer support groups. "
                "Everything stays on this computer, encrypted."
            ),
            "muted",
            wraps=True,
        )
        self.preferences_button = translated_button(
            self,
            lambda: self.tr("P&references…"),
            lambda: self.tr("Language, text size, colours (Ctrl+,)"),
        )
        header = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        header.addLayout(heading, 1)
        header.addWidget(self.preferences_button, 0, Qt.AlignmentFlag.AlignTop)

        # Side by side, or the unlock panel under the list when the window is narrow.
        body = AdaptiveBox(spacing=24)
        self.groups_card = self._build_groups_card()
        body.add(self.groups_card, 3)
        body.add(self._build_unlock_panel(), 2)
        self.footer = translated_label(
            self,
            lambda: self.tr(
                "Cercle works without internet. The passphrase is never stored anywhere: keep it "
                "somewhere safe, it is the only way to open the group."
            ),
            "muted",
            wraps=True,
        )
        page = QWidget()
        root = QVBoxLayout(page)
        root.setContentsMargins(32, 20, 32, 16)
        root.setSpacing(16)
        root.addLayout(header)
        # Cards as tall as their content, side by side with their buttons on one line; the calm
        # room below is better than a tall, nearly empty list.
        root.addWidget(body)
        root.addStretch(1)
        root.addWidget(self.footer)
        self.body = body
        # On a short screen in large text the page scrolls (Tab brings each field into view)
        # instead of making the window taller than the screen.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(SideScroll(page, self))
        self.setTabOrder(self.group_list, self.passphrase_edit)
        self.setTabOrder(self.passphrase_edit, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.create_button)
        self.setTabOrder(self.create_button, self.demo_button)
        self.setTabOrder(self.demo_button, self.preferences_button)

    def _build_groups_card(self) -> QFrame:
        self.groups_label = translated_label(self, lambda: self.tr("&Groups"), "selectedGroup")
        self.count_label = PlainLabel()
        self.count_label.setObjectName("muted")
        self.model = GroupListModel(self)
        self.group_list = QListView()
        self.group_list.setModel(self.model)
        self.group_list.setObjectName("groupList")
        self.group_list.setSpacing(2)
        self.translated(
            self.group_list.setAccessibleName, lambda: self.tr("Groups on this computer")
        )
        self.groups_label.setBuddy(self.group_list)
        self.empty_label = translated_label(
            self,
            lambda: self.tr("No group yet. Create one, or try the demo group to look around."),
            wraps=True,
        )

        # Its text names the folder: set by the start screen, which knows it.
        self.unreadable_label = wrapped_label("warning")
        self.unreadable_label.hide()

        self.create_button = translated_button(self, lambda: self.tr("&Create a group…"))
        self.demo_button = translated_button(self, lambda: self.tr("Try the &demo group"))
        self.actions_row = FlowLayout()  # wraps onto two lines when narrow
        self.actions_row.addWidget(self.create_button)
        self.actions_row.addWidget(self.demo_button)
        self.import_button = translated_button(
            self, lambda: self.tr("&Import a handed-over group…")
        )
        self.actions_row.addWidget(self.import_button)
        # A group made or the demo opened: under the buttons, for the unlock panel is hidden
        # while no group is listed (its busy bar and error would never show).
        self.making_busy = busy_bar()
        self.making_label = translated_label(self, lambda: self.tr("Preparing the group…"))
        self.making_label.hide()
        self.making_error = notice_label("error", visible=False)

        card = QFrame()
        card.setObjectName("card")
        left = QVBoxLayout(card)
        left.setContentsMargins(20, 16, 20, 20)
        left.setSpacing(10)
        # The list, or in its place why there is none (no group yet, or a folder unreadable).
        for part in (self.groups_label, self.count_label, self.group_list):
            left.addWidget(part)
        for instead in (self.empty_label, self.unreadable_label):
            left.addWidget(instead)
        left.addStretch(1)  # takes the room while the list is hidden (no group yet)
        left.addLayout(self.actions_row)
        for status in (self.making_busy, self.making_label, self.making_error):
            left.addWidget(status)
        return card

    def _build_unlock_panel(self) -> QFrame:
        self.unlock_panel = QFrame()
        self.unlock_panel.setObjectName("unlockPanel")
        self.selected_label = wrapped_label("selectedGroup")
        self.passphrase_label = translated_label(self, lambda: self.tr("&Passphrase:"))
        self.passphrase_edit = PassphraseEdit()
        self.translated(self.passphrase_edit.setAccessibleName, lambda: self.tr("Passphrase"))
        self.passphrase_label.setBuddy(self.passphrase_edit)
        # Selectable (to copy the passphrase) once a demo group is chosen: the text control a
        # selectable label needs is made then (StartScreen), not for every start.
        self.demo_hint = wrapped_label("muted")
        self.translated(
            self.demo_hint.setText,
            lambda: self.tr("The demo group's passphrase is: {passphrase}").format(
                passphrase=DEMO_PASSPHRASE
            ),
        )
        self.unlock_button = translated_button(self, lambda: self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.busy = busy_bar()
        self.busy_label = translated_label(self, lambda: self.tr("Opening the group…"))
        self.busy_label.hide()
        self.error_label = notice_label("error", visible=False)
        self.wait_note = notice_label("warning")
        self.interrupted_label = notice_label("warning", visible=False)
        self.translated(
            self.interrupted_label.setText,
            lambda: self.tr(
                "A passphrase change for this group was interrupted. If the new passphrase does "
                "not open it, the previous one will."
            ),
        )
        self.backups_button = translated_button(self, lambda: self.tr("&Backups and restore…"))
        panel = QVBoxLayout(self.unlock_panel)
        panel.setContentsMargins(20, 16, 20, 20)
        panel.setSpacing(10)
        panel.addWidget(self.selected_label)
        panel.addSpacing(4)
        panel.addWidget(self.passphrase_label)
        panel.addWidget(self.passphrase_edit)
        panel.addWidget(self.demo_hint)
        panel.addWidget(self.interrupted_label)
        panel.addWidget(self.unlock_button)
        panel.addWidget(self.wait_note)
        panel.addWidget(self.busy)
        panel.addWidget(self.busy_label)
        panel.addWidget(self.error_label)
        panel.addStretch(1)
        self.extra_panel = QVBoxLayout()  # backups and import add themselves here
        panel.addLayout(self.extra_panel)
        self.extra_panel.addWidget(self.backups_button)
        return self.unlock_panel

    def _fit_list(self) -> None:
        """Room for six groups, or up to ten if there are more, then the list scrolls."""
        rows = min(10, max(6, self.model.rowCount()))
        row_height = max(self.group_list.sizeHintForRow(0), self.fontMetrics().height() + 12)
        frame = 2 * self.group_list.frameWidth()
        self.group_list.setFixedHeight(rows * (row_height + 2 * self.group_list.spacing()) + frame)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self._fit_list()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        (self.passphrase_edit if self.model.rowCount() else self.create_button).setFocus()
