"""The start screen's behaviour: this computer's groups by label, unlock, create, try the demo;
its widgets are laid out in start_view.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

from app.errors import GroupsUnreadable, WrongPassphraseOrDamaged
from app.group_info import DEMO_PASSPHRASE, GroupInfo
from app.sidecar import change_in_progress
from ui import late
from ui.common.messages import error_words
from ui.common.notices import Words
from ui.common.operation import Operation
from ui.common.roles import OBJECT_ROLE
from ui.context import UiContext
from ui.start.start_view import StartView
from ui.start.unlock_wait import UnlockWait

if TYPE_CHECKING:
    from app.group import OpenGroup


class StartScreen(StartView):
    """The start screen's behaviour: StartView's widgets wired to this computer's vaults."""

    unlocked = Signal(object)  # OpenGroup

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._attempt_group_id: str | None = None
        self.unlock_wait = UnlockWait(ctx, self.unlock_button, self.wait_note)
        self._connect()
        # Key derivation takes a noticeable moment: never on the UI thread. An unlock says how
        # it goes in the unlock panel; a group made or the demo under the buttons clicked.
        blocks = [
            self.unlock_panel,
            self.group_list,
            self.create_button,
            self.demo_button,
            self.import_button,
        ]
        self.opening = Operation(
            self, shows=[self.busy, self.busy_label], blocks=blocks, errors=self.error_label
        )
        self.making = Operation(
            self,
            shows=[self.making_busy, self.making_label],
            blocks=blocks,
            errors=self.making_error,
        )
        self.refresh()

    def _connect(self) -> None:
        self.preferences_button.clicked.connect(lambda: late.open_preferences(self.ctx, self))
        self.group_list.selectionModel().currentChanged.connect(self._on_group_changed)
        self.group_list.activated.connect(lambda _i: self.passphrase_edit.setFocus())
        self.create_button.clicked.connect(self.create_group)
        self.demo_button.clicked.connect(self.open_demo)
        self.import_button.clicked.connect(self.import_group)
        self.passphrase_edit.returnPressed.connect(self.unlock)
        self.unlock_button.clicked.connect(self.unlock)
        self.backups_button.clicked.connect(self.open_backups)

    def retranslate(self) -> None:
        super().retranslate()
        self.unlock_wait.refresh()
        self._update_selection_texts()
        self._update_count()
        self._update_unreadable()

    # -- behaviour -------------------------------------------------------------------------
    def refresh(self, select_id: str | None = None) -> None:
        shown = self.current_group()
        current = select_id or (shown.id if shown else None)
        try:
            groups, unreadable = self.ctx.vaults.list_groups(), False
        except GroupsUnreadable:
            groups, unreadable = [], True
        self.model.set_rows(groups)
        self.unreadable_label.setVisible(unreadable)
        row = self.model.row_of(current) if current else -1
        if row < 0 and self.model.rowCount() > 0:
            row = 0
        if row >= 0:
            self.group_list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.empty_label.setVisible(self.model.rowCount() == 0 and not unreadable)
        self.group_list.setVisible(self.model.rowCount() > 0)
        # No group yet: a first welcome, not a disabled unlock form with nothing to unlock.
        self.unlock_panel.setVisible(self.model.rowCount() > 0)
        self._fit_list()
        self._update_selection_texts()
        self._update_count()
        self._update_unreadable()

    def _update_unreadable(self) -> None:
        self.unreadable_label.setText(
            self.tr(
                "Cercle cannot read the folder of its groups, “{folder}”, so none can be shown. "
                "They are not lost: check that its disk or USB stick is plugged in and that you "
                "may read the folder, then open Cercle again."
            ).format(folder=str(self.ctx.vaults.data.vaults))
        )

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
        self.unlock_panel.setEnabled(group is not None and not self.busy_opening())
        if group is None:
            self.selected_label.setText(self.tr("Choose a group on the left."))
            self.demo_hint.hide()
            self.interrupted_label.hide()
            self.unlock_wait.select(None)
            return
        self.unlock_wait.select(group.id)
        self.interrupted_label.setVisible(change_in_progress(group.path) is not None)
        label = group.label or self.tr("Unnamed group")
        self.selected_label.setText(self.tr("Unlock “{label}”").format(label=label))
        if group.is_demo:
            self.demo_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_hint.setVisible(group.is_demo)

    def unlock(self) -> None:
        group = self.current_group()
        if group is None or self.busy_opening() or not self.unlock_wait.may_try():
            return
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self.opening.show_error(lambda: self.tr("Please type the group's passphrase."))
            return
        self._start_unlock(group.id, passphrase)

    def _start_unlock(self, group_id: str, passphrase: str) -> None:
        vaults = self.ctx.vaults
        self._run(lambda: vaults.open(group_id, passphrase), attempt=group_id)

    def busy_opening(self) -> bool:
        return self.opening.busy or self.making.busy

    def _run(
        self,
        fn: Callable[[], OpenGroup],
        attempt: str | None = None,
        ended: Callable[[], object] = lambda: None,
    ) -> None:
        """`attempt`: the group an unlock tries (None: one made, or the demo). `ended`: run on
        the UI thread once `fn` has, whatever its outcome."""
        self._attempt_group_id = attempt
        operation = self.opening if attempt else self.making

        def done(group: OpenGroup) -> None:
            ended()
            self._on_unlocked(group)

        def failed(exc: BaseException) -> Words:
            ended()
            return self._on_failed(exc)

        for each in (self.opening, self.making):
            each.show_error("")  # the last attempt's words, wherever they were
        operation.run(fn, done=done, failed=failed)
        QTimer.singleShot(0, late.preload_group_screen)  # the busy state shows first

    def _on_unlocked(self, group: OpenGroup) -> None:
        self.unlock_wait.succeeded(group.info.id)
        self.passphrase_edit.clear()
        self.refresh(group.info.id)
        self.unlocked.emit(group)

    def _on_failed(self, exc: BaseException) -> Words:
        if isinstance(exc, WrongPassphraseOrDamaged) and self._attempt_group_id:
            self.unlock_wait.failed(self._attempt_group_id)
        self.refresh()
        if self._attempt_group_id:
            self.passphrase_edit.selectAll()
            self.passphrase_edit.setFocus()
        return error_words(exc)

    def create_group(self) -> None:
        # On first use: the dialog's printable passphrase sheet brings the PDF and handover
        # modules, which the start screen must not load before it shows (ui/late.py).
        from ui.start.create_dialog import CreateGroupDialog

        # Deleted once done with: a child of this screen otherwise, it kept the passphrase in its
        # fields and the key derived ahead through every later lock.
        dialog = CreateGroupDialog(self._default_group_language(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            dialog.deleteLater()
            return
        label, name, language, passphrase = dialog.values()
        region, key = dialog.region(), dialog.key
        vaults = self.ctx.vaults

        def create_and_unlock() -> OpenGroup:
            ahead = key()  # derived while the host filled the form, for this passphrase
            info = vaults.create_group(label, name, language, passphrase, region=region, key=ahead)
            return vaults.open(info.id, passphrase, ahead)

        # Not before the opening has taken the key: deleted, the dialog would wait on this
        # thread for a derivation still under way (its pool's destructor).
        self._run(create_and_unlock, ended=dialog.deleteLater)

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
        if group is None or self.busy_opening():
            return
        dialog = late.backups_dialog(self.ctx, group, self)
        dialog.restored.connect(self._on_unlocked)
        dialog.exec()
        dialog.deleteLater()

    def _default_group_language(self) -> str:
        return "fr" if QLocale().language() == QLocale.Language.French else "en"
