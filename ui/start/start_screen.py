"""The start screen: this computer's groups by label, unlock, create, try the demo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import demo
from app.group import GroupInfo, OpenGroup
from ui.common.messages import error_message
from ui.common.retranslate import Retranslating
from ui.common.worker import Worker
from ui.context import UiContext
from ui.start.create_dialog import CreateGroupDialog
from ui.start.group_list_model import GroupListModel, ObjectRole


class StartScreen(Retranslating, QWidget):
    unlocked = Signal(object)  # OpenGroup

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worker = Worker(self)
        self.worker.finished.connect(self._on_unlocked)
        self.worker.failed.connect(self._on_failed)
        self._build()
        self.refresh()
        self.retranslate()

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel("Cercle")
        self.title.setObjectName("appTitle")
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.groups_label = QLabel()
        self.model = GroupListModel(self)
        self.group_list = QListView()
        self.group_list.setModel(self.model)
        self.group_list.setObjectName("groupList")
        self.group_list.selectionModel().currentChanged.connect(self._on_group_changed)
        self.group_list.activated.connect(lambda _i: self.passphrase_edit.setFocus())
        self.groups_label.setBuddy(self.group_list)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)

        self.create_button = QPushButton()
        self.create_button.clicked.connect(self.create_group)
        self.demo_button = QPushButton()
        self.demo_button.clicked.connect(self.open_demo)
        self.actions_row = QHBoxLayout()
        self.actions_row.addWidget(self.create_button)
        self.actions_row.addWidget(self.demo_button)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_group)
        self.actions_row.addWidget(self.import_button)
        self.actions_row.addStretch(1)

        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.subtitle)
        left.addSpacing(12)
        left.addWidget(self.groups_label)
        left.addWidget(self.group_list, 1)
        left.addWidget(self.empty_label)
        left.addLayout(self.actions_row)

        self.unlock_panel = QFrame()
        self.unlock_panel.setObjectName("unlockPanel")
        self.selected_label = QLabel()
        self.selected_label.setObjectName("selectedGroup")
        self.selected_label.setWordWrap(True)
        self.passphrase_label = QLabel()
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.returnPressed.connect(self.unlock)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.demo_hint = QLabel()
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        self.busy_label = QLabel()
        self.busy_label.hide()
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        panel = QVBoxLayout(self.unlock_panel)
        panel.addWidget(self.selected_label)
        panel.addWidget(self.passphrase_label)
        panel.addWidget(self.passphrase_edit)
        panel.addWidget(self.demo_hint)
        panel.addWidget(self.unlock_button)
        panel.addWidget(self.busy)
        panel.addWidget(self.busy_label)
        panel.addWidget(self.error_label)
        panel.addStretch(1)
        self.extra_panel = QVBoxLayout()  # backups and import add themselves here
        panel.addLayout(self.extra_panel)

        root = QHBoxLayout(self)
        root.setContentsMargins(32, 32, 32, 32)
        root.setSpacing(32)
        root.addLayout(left, 3)
        root.addWidget(self.unlock_panel, 2)

    def retranslate(self) -> None:
        self.subtitle.setText(self.tr("A quiet companion for the hosts of peer support groups. "
                                      "Everything stays on this computer, encrypted."))
        self.groups_label.setText(self.tr("&Groups on this computer"))
        self.empty_label.setText(self.tr("No group yet. Create one, or try the demo group to "
                                         "look around."))
        self.create_button.setText(self.tr("&Create a group…"))
        self.demo_button.setText(self.tr("Try the &demo group"))
        self.import_button.setText(self.tr("&Import a handed-over group…"))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.busy_label.setText(self.tr("Opening the group…"))
        self.group_list.setAccessibleName(self.tr("Groups on this computer"))
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.demo_hint.setText(self.tr("The demo group's passphrase is: {passphrase}").format(
            passphrase=demo.DEMO_PASSPHRASE))
        self._update_selection_texts()

    # -- behaviour -------------------------------------------------------------------------
    def refresh(self, select_id: str | None = None) -> None:
        current = select_id or (self.current_group().id if self.current_group() else None)
        self.model.set_rows(self.ctx.vaults.list_groups())
        row = self.model.row_of(current) if current else -1
        if row < 0 and self.model.rowCount() > 0:
            row = 0
        if row >= 0:
            self.group_list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self._update_selection_texts()

    def current_group(self) -> GroupInfo | None:
        index = self.group_list.currentIndex()
        return index.data(ObjectRole) if index.isValid() else None

    def _on_group_changed(self) -> None:
        self.passphrase_edit.clear()
        self.error_label.hide()
        self._update_selection_texts()

    def _update_selection_texts(self) -> None:
        group = self.current_group()
        self.unlock_panel.setEnabled(group is not None and not self.worker.busy)
        if group is None:
            self.selected_label.setText(self.tr("Choose a group on the left."))
            self.demo_hint.hide()
            return
        label = group.label or self.tr("Unnamed group")
        self.selected_label.setText(self.tr("Unlock “{label}”").format(label=label))
        self.demo_hint.setVisible(group.is_demo)

    def unlock(self) -> None:
        group = self.current_group()
        if group is None or self.worker.busy:
            return
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self._show_error(self.tr("Please type the group's passphrase."))
            return
        self._start_unlock(group.id, passphrase)

    def _start_unlock(self, group_id: str, passphrase: str) -> None:
        vaults = self.ctx.vaults
        self._run(lambda: vaults.unlock(group_id, passphrase))

    def _run(self, fn: Callable[[], OpenGroup]) -> None:
        """Key derivation takes a noticeable moment: never on the UI thread."""
        self.error_label.hide()
        self._set_busy(True)
        self.worker.start(fn)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.unlock_panel.setEnabled(not busy)
        self.group_list.setEnabled(not busy)
        self.create_button.setEnabled(not busy)
        self.demo_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)

    def _on_unlocked(self, group: OpenGroup) -> None:
        self._set_busy(False)
        self.passphrase_edit.clear()
        self.refresh(group.info.id)
        self.unlocked.emit(group)

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.refresh()
        self._show_error(error_message(exc))
        self.passphrase_edit.selectAll()
        self.passphrase_edit.setFocus()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def create_group(self) -> None:
        dialog = CreateGroupDialog(self._default_group_language(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        label, name, language, passphrase = dialog.values()
        vaults = self.ctx.vaults

        def create_and_unlock() -> OpenGroup:
            info = vaults.create_group(label, name, language, passphrase)
            return vaults.unlock(info.id, passphrase)

        self._run(create_and_unlock)

    def import_group(self) -> None:
        from ui.handover.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, None, self)
        wizard.imported.connect(lambda info: self.refresh(info.id))
        wizard.exec()

    def open_demo(self) -> None:
        vaults = self.ctx.vaults
        self._run(lambda: vaults.unlock(demo.ensure_demo(vaults).id, demo.DEMO_PASSPHRASE))

    def _default_group_language(self) -> str:
        return "fr" if QLocale().language() == QLocale.Language.French else "en"

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.passphrase_edit.setFocus()
