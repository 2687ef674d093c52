"""The start screen: this computer's groups by label, unlock, create, try the demo."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import rekey
from app.errors import WrongPassphraseOrDamaged
from app.group_info import DEMO_PASSPHRASE, GroupInfo
from ui import late
from ui.common.adaptive import AdaptiveBox, FlowLayout
from ui.common.messages import error_message
from ui.common.models import OBJECT_ROLE
from ui.common.notices import busy_bar, notice_label
from ui.common.operation import Operation
from ui.common.plain_text import PlainLabel
from ui.common.retranslate import Retranslating
from ui.common.side_scroll import SideScroll
from ui.context import UiContext
from ui.settings.preferences_dialog import open_preferences
from ui.start.backups_dialog import BackupsDialog
from ui.start.create_dialog import CreateGroupDialog
from ui.start.group_list_model import GroupListModel
from ui.start.unlock_wait import UnlockWait

if TYPE_CHECKING:
    from app.group import OpenGroup


class StartScreen(Retranslating, QWidget):
    unlocked = Signal(object)  # OpenGroup

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._build()
        self.opening = (
            Operation(  # key derivation takes a noticeable moment: never on the UI thread
                self,
                shows=[self.busy, self.busy_label],
                blocks=[
                    self.unlock_panel,
                    self.group_list,
                    self.create_button,
                    self.demo_button,
                    self.import_button,
                ],
                errors=self.error_label,
            )
        )
        self.refresh()
        self.retranslate()

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = PlainLabel("Cercle")
        self.title.setObjectName("appTitle")
        self.subtitle = PlainLabel()
        self.subtitle.setObjectName("muted")
        self.subtitle.setWordWrap(True)
        self.preferences_button = QPushButton()
        self.preferences_button.clicked.connect(lambda: open_preferences(self.ctx, self))
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
        self.footer = PlainLabel()
        self.footer.setObjectName("muted")
        self.footer.setWordWrap(True)
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
        outer.addWidget(SideScroll(page))
        self.setTabOrder(self.group_list, self.passphrase_edit)
        self.setTabOrder(self.passphrase_edit, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.create_button)
        self.setTabOrder(self.create_button, self.demo_button)
        self.setTabOrder(self.demo_button, self.preferences_button)

    def _build_groups_card(self) -> QFrame:
        self.groups_label = PlainLabel()
        self.groups_label.setObjectName("selectedGroup")
        self.count_label = PlainLabel()
        self.count_label.setObjectName("muted")
        self.model = GroupListModel(self)
        self.group_list = QListView()
        self.group_list.setModel(self.model)
        self.group_list.setObjectName("groupList")
        self.group_list.setSpacing(2)
        self.group_list.selectionModel().currentChanged.connect(self._on_group_changed)
        self.group_list.activated.connect(lambda _i: self.passphrase_edit.setFocus())
        self.groups_label.setBuddy(self.group_list)
        self.empty_label = PlainLabel()
        self.empty_label.setWordWrap(True)

        self.create_button = QPushButton()
        self.create_button.clicked.connect(self.create_group)
        self.demo_button = QPushButton()
        self.demo_button.clicked.connect(self.open_demo)
        self.actions_row = FlowLayout()  # wraps onto two lines when narrow
        self.actions_row.addWidget(self.create_button)
        self.actions_row.addWidget(self.demo_button)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_group)
        self.actions_row.addWidget(self.import_button)

        card = QFrame()
        card.setObjectName("card")
        left = QVBoxLayout(card)
        left.setContentsMargins(20, 16, 20, 20)
        left.setSpacing(10)
        left.addWidget(self.groups_label)
        left.addWidget(self.count_label)
        left.addWidget(self.group_list)
        left.addWidget(self.empty_label)
        left.addStretch(1)  # takes the room while the list is hidden (no group yet)
        left.addLayout(self.actions_row)
        return card

    def _build_unlock_panel(self) -> QFrame:
        self.unlock_panel = QFrame()
        self.unlock_panel.setObjectName("unlockPanel")
        self.selected_label = PlainLabel()
        self.selected_label.setObjectName("selectedGroup")
        self.selected_label.setWordWrap(True)
        self.passphrase_label = PlainLabel()
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.returnPressed.connect(self.unlock)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.demo_hint = PlainLabel()
        self.demo_hint.setObjectName("muted")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.busy = busy_bar()
        self.busy_label = PlainLabel()
        self.busy_label.hide()
        self.error_label = notice_label("error", visible=False)
        self._build_safety_widgets()
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

    def _build_safety_widgets(self) -> None:
        self._attempt_group_id: str | None = None
        self.wait_note = notice_label("warning")
        self.unlock_wait = UnlockWait(self.ctx, self.unlock_button, self.wait_note)
        self.interrupted_label = notice_label("warning", visible=False)
        self.backups_button = QPushButton()
        self.backups_button.clicked.connect(self.open_backups)

    def retranslate(self) -> None:
        self.footer.setText(
            self.tr(
                "Cercle works without internet. The passphrase is never stored anywhere: keep it "
                "somewhere safe, it is the only way to open the group."
            )
        )
        self.subtitle.setText(
            self.tr(
                "A quiet companion for the hosts of peer support groups. "
                "Everything stays on this computer, encrypted."
            )
        )
        self.groups_label.setText(self.tr("&Groups"))
        self.preferences_button.setText(self.tr("P&references…"))
        self.preferences_button.setToolTip(self.tr("Language, text size, colours (Ctrl+,)"))
        self.empty_label.setText(
            self.tr("No group yet. Create one, or try the demo group to look around.")
        )
        self.create_button.setText(self.tr("&Create a group…"))
        self.demo_button.setText(self.tr("Try the &demo group"))
        self.import_button.setText(self.tr("&Import a handed-over group…"))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.busy_label.setText(self.tr("Opening the group…"))
        self.backups_button.setText(self.tr("&Backups and restore…"))
        self.interrupted_label.setText(
            self.tr(
                "A passphrase change for this group was interrupted. If the new passphrase does not "
                "open it, the previous one will."
            )
        )
        self.unlock_wait.refresh()
        self.group_list.setAccessibleName(self.tr("Groups on this computer"))
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.demo_hint.setText(
            self.tr("The demo group's passphrase is: {passphrase}").format(
                passphrase=DEMO_PASSPHRASE
            )
        )
        self._update_selection_texts()
        self._update_count()

    # -- behaviour -------------------------------------------------------------------------
    def refresh(self, select_id: str | None = None) -> None:
        shown = self.current_group()
        current = select_id or (shown.id if shown else None)
        self.model.set_rows(self.ctx.vaults.list_groups())
        row = self.model.row_of(current) if current else -1
        if row < 0 and self.model.rowCount() > 0:
            row = 0
        if row >= 0:
            self.group_list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self.group_list.setVisible(self.model.rowCount() > 0)
        # No group yet: a first welcome, not a disabled unlock form with nothing to unlock.
        self.unlock_panel.setVisible(self.model.rowCount() > 0)
        self._fit_list()
        self._update_selection_texts()
        self._update_count()

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

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.tr("%n group(s) on this computer", "", count))
        self.count_label.setVisible(count > 0)

    def current_group(self) -> GroupInfo | None:
        index = self.group_list.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def _on_group_changed(self) -> None:
        self.passphrase_edit.clear()
        self.error_label.hide()
        self._update_selection_texts()

    def _update_selection_texts(self) -> None:
        group = self.current_group()
        self.unlock_panel.setEnabled(group is not None and not self.opening.busy)
        if group is None:
            self.selected_label.setText(self.tr("Choose a group on the left."))
            self.demo_hint.hide()
            self.interrupted_label.hide()
            self.unlock_wait.select(None)
            return
        self.unlock_wait.select(group.id)
        self.interrupted_label.setVisible(rekey.interrupted_change_started(group.path) is not None)
        label = group.label or self.tr("Unnamed group")
        self.selected_label.setText(self.tr("Unlock “{label}”").format(label=label))
        self.demo_hint.setVisible(group.is_demo)

    def unlock(self) -> None:
        group = self.current_group()
        if group is None or self.opening.busy or not self.unlock_wait.may_try():
            return
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self.opening.show_error(self.tr("Please type the group's passphrase."))
            return
        self._start_unlock(group.id, passphrase)

    def _start_unlock(self, group_id: str, passphrase: str) -> None:
        vaults = self.ctx.vaults
        self._run(lambda: vaults.open(group_id, passphrase), attempt=group_id)

    def _run(self, fn: Callable[[], OpenGroup], attempt: str | None = None) -> None:
        self._attempt_group_id = attempt
        self.opening.run(fn, done=self._on_unlocked, failed=self._on_failed)
        QTimer.singleShot(0, late.preload_group_screen)  # the busy state shows first

    def _on_unlocked(self, group: OpenGroup) -> None:
        self.unlock_wait.succeeded(group.info.id)
        self.passphrase_edit.clear()
        self.refresh(group.info.id)
        self.unlocked.emit(group)

    def _on_failed(self, exc: BaseException) -> str:
        if isinstance(exc, WrongPassphraseOrDamaged) and self._attempt_group_id:
            self.unlock_wait.failed(self._attempt_group_id)
        self.refresh()
        self.passphrase_edit.selectAll()
        self.passphrase_edit.setFocus()
        return error_message(exc)

    def create_group(self) -> None:
        dialog = CreateGroupDialog(self._default_group_language(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        label, name, language, passphrase = dialog.values()
        vaults = self.ctx.vaults

        def create_and_unlock() -> OpenGroup:
            info = vaults.create_group(label, name, language, passphrase)
            return vaults.open(info.id, passphrase)

        self._run(create_and_unlock)

    def import_group(self) -> None:
        wizard = late.import_wizard(self.ctx, None, self)
        wizard.imported.connect(lambda info: self.refresh(info.id))
        wizard.exec()

    def open_demo(self) -> None:
        vaults = self.ctx.vaults

        def make_and_open() -> OpenGroup:
            from app import demo  # built on first use: the start screen needs only its passphrase

            return vaults.open(demo.ensure_demo(vaults).id, DEMO_PASSPHRASE)

        self._run(make_and_open)

    def open_backups(self) -> None:
        group = self.current_group()
        if group is None or self.opening.busy:
            return
        dialog = BackupsDialog(self.ctx, group, self)
        dialog.restored.connect(self._on_unlocked)
        dialog.exec()
        dialog.deleteLater()

    def _default_group_language(self) -> str:
        return "fr" if QLocale().language() == QLocale.Language.French else "en"

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        (self.passphrase_edit if self.model.rowCount() else self.create_button).setFocus()
