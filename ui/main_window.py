"""The one main window: the start screen while locked, the group screen while unlocked."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from i18n.widget_lists import top_level_widgets
from ui import late
from ui.common.adaptive import PageStack
from ui.common.autolock import AutoLock
from ui.common.clipboard_guard import ClipboardGuard
from ui.common.first_paint import after_first_paint
from ui.common.operation import Operation
from ui.common.retranslate import RETIRED, Retranslating
from ui.context import UiContext
from ui.settings.apply import PreferencesApplier
from ui.start.start_screen import StartScreen

if TYPE_CHECKING:
    from app.group import OpenGroup
    from ui.group.group_screen import GroupScreen
    from ui.settings.preferences_dialog import PreferencesDialog

OPENING_WAIT_MS = 120_000  # a verified backup of a large group takes well under a second


def _backup_failed_text(code: str) -> str:
    if code in ("disk_full", "io"):
        return QCoreApplication.translate(
            "MainWindow",
            "Today's automatic backup could not be made (the disk may be full). Your work is "
            "saved as usual; Cercle will try again at the next unlock.",
        )
    # Not the disk (a damaged read, a fault of Cercle's own): the disk is not blamed.
    return QCoreApplication.translate(
        "MainWindow",
        "Today's automatic backup could not be made. Your work is saved as usual; "
        "Cercle will try again at the next unlock.",
    )


class MainWindow(Retranslating, QMainWindow):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        # The title never names the group: it shows in task bars and screen sharing.
        self.setWindowTitle("Cercle")
        self.group_screen: GroupScreen | None = None
        # The stack in its place before the start screen is built in it: each widget moved into
        # a new parent once styled is styled again, with everything in it.
        self.stack = PageStack(self)
        self.setCentralWidget(self.stack)
        # The day's backup after the first paint; a lock waits for it (it reads the file).
        self.opening = Operation(self, ctx=ctx, lock_wait_ms=OPENING_WAIT_MS)
        self.start_screen = StartScreen(ctx, self.stack)
        self.start_screen.unlocked.connect(self.show_group)
        self.stack.addWidget(self.start_screen)
        ctx.lock_requested.connect(self.lock)
        self._build_menus()
        self.autolock = AutoLock(ctx, self)
        self.clipboard_guard = ClipboardGuard(self)
        self._build_tools_menu()
        self._build_help_menu()
        self.preferences_applier = PreferencesApplier(ctx, self)
        self.resize(1100, 720)

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.translated(self.file_menu.setTitle, lambda: self.tr("&File"))
        self.lock_action = self._app_wide_action(QKeySequence("Ctrl+L"), self.lock)
        self.translated(self.lock_action.setText, lambda: self.tr("&Lock"))
        self.quit_action = QAction(self)
        self.translated(self.quit_action.setText, lambda: self.tr("&Quit"))
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.lock_action)
        self.passphrase_action = QAction(self)
        self.translated(self.passphrase_action.setText, lambda: self.tr("Change the &passphrase…"))
        self.passphrase_action.setEnabled(False)
        self.passphrase_action.triggered.connect(self.change_passphrase)
        self.file_menu.addAction(self.passphrase_action)
        self._build_handover_actions()
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

    def _app_wide_action(self, keys: QKeySequence, slot: Callable[[], object]) -> QAction:
        """An action whose shortcut also works over a dialog or the presenter window."""
        action = QAction(self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        return action

    def _build_tools_menu(self) -> None:
        self.tools_menu = self.menuBar().addMenu("")
        self.translated(self.tools_menu.setTitle, lambda: self.tr("&Tools"))
        self.preferences_action = self._app_wide_action(
            QKeySequence("Ctrl+,"), self.open_preferences
        )
        self.translated(self.preferences_action.setText, lambda: self.tr("&Preferences…"))
        self.tools_menu.addAction(self.preferences_action)

    def _build_help_menu(self) -> None:
        self.help_menu = self.menuBar().addMenu("")
        self.translated(self.help_menu.setTitle, lambda: self.tr("&Help"))
        self.guide_action = self._app_wide_action(
            QKeySequence(QKeySequence.StandardKey.HelpContents), self.open_guide
        )
        self.translated(self.guide_action.setText, lambda: self.tr("User &guide"))
        self.shortcuts_action = QAction(self)
        self.translated(self.shortcuts_action.setText, lambda: self.tr("&Keyboard shortcuts"))
        self.shortcuts_action.triggered.connect(self.open_shortcuts)
        self.about_action = QAction(self)
        self.translated(self.about_action.setText, lambda: self.tr("&About Cercle"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.open_about)
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def open_guide(self) -> QWidget:
        from ui.help.guide import GuideDialog  # loaded when first asked for

        return self._show_once(GuideDialog, lambda: GuideDialog(self.ctx, self))

    def open_shortcuts(self) -> QWidget:
        from ui.help.shortcuts import ShortcutsDialog

        return self._show_once(ShortcutsDialog, lambda: ShortcutsDialog(self))

    def _show_once(self, kind: type[QWidget], make: Callable[[], QWidget]) -> QWidget:
        """Not modal, so the host can read beside the screen it explains; one of each."""
        for existing in self.findChildren(kind):
            if existing.isVisible():
                existing.raise_()
                existing.activateWindow()
                return existing
        dialog = make()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_about(self) -> QWidget:
        from ui.help.about import show_about

        return show_about(self, str(self.ctx.vaults.data.root))

    def open_preferences(self) -> None:
        self.open_preferences_dialog()

    def open_preferences_dialog(self) -> PreferencesDialog:
        return late.open_preferences(self.ctx, self)

    def _build_handover_actions(self) -> None:
        self.handover_action = QAction(self)
        self.translated(self.handover_action.setText, lambda: self.tr("&Hand over the group…"))
        self.handover_action.triggered.connect(self.hand_over_group)
        self.merge_action = QAction(self)
        self.translated(self.merge_action.setText, lambda: self.tr("&Merge a co-host's file…"))
        self.merge_action.triggered.connect(self.merge_cohost_file)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.handover_action)
        self.file_menu.addAction(self.merge_action)
        for action in (self.handover_action, self.merge_action):
            action.setEnabled(False)

    def hand_over_group(self) -> None:
        if self.ctx.group is not None:
            late.export_wizard(self.ctx, self.ctx.group, self).exec()

    def merge_cohost_file(self) -> None:
        if self.ctx.group is not None:
            late.import_wizard(self.ctx, self.ctx.group, self).exec()

    def show_group(self, group: OpenGroup) -> None:
        self.ctx.group = group
        self.group_screen = late.group_screen(self.ctx, group, self.stack)
        self.stack.addWidget(self.group_screen)
        self.stack.setCurrentWidget(self.group_screen)
        self.lock_action.setEnabled(True)
        self.passphrase_action.setEnabled(True)
        after_first_paint(self.group_screen, lambda: self._after_first_view(group))
        self.handover_action.setEnabled(True)
        self.merge_action.setEnabled(True)
        self.activateWindow()
        self.group_screen.focus_current_area()
        # A meeting or a round kept at the lock: back where it was (one read of meta).
        self.group_screen.resume_live()

    def _after_first_view(self, group: OpenGroup) -> None:
        self._finish_opening(group)
        if self.group_screen is not None:
            self.group_screen.build_other_areas()

    def _finish_opening(self, group: OpenGroup) -> None:
        """The day's verified backup and its checks, once the host sees the group: on a worker,
        with a quiet note in the status bar. A lock waits for it."""
        if group is not self.ctx.group or group.after_opening is None:
            return
        try:
            due = self.ctx.vaults.backups.due_kind(group.info.id) is not None
        except OSError:  # the backups folder unreadable: the worker's attempt says so
            due = True
        if due:
            self.statusBar().showMessage(self.tr("Making today's backup…"))
        self.opening.run(group.finish_opening, done=self._opened, failed=self._opening_failed)

    def _opened(self, _result: object = None) -> None:
        group = self.ctx.group
        if group is None:  # locked meanwhile: the lock waited for the backup
            return
        code = self.ctx.vaults.backups.last_error.get(group.info.id)
        if code:
            self.statusBar().showMessage(_backup_failed_text(code))
        elif self.statusBar().currentMessage():
            self.statusBar().showMessage(self.tr("Today's backup is made and checked."), 4000)

    @property
    def is_locked(self) -> bool:
        return self.group_screen is None

    def lock(self) -> None:
        """Close the connection and destroy every screen and model that saw the group."""
        if self.group_screen is not None:
            self.ctx.about_to_lock.emit()
            self.ctx.keeping_for_unlock.emit()
            screen = self.group_screen
            self.group_screen = None
            self.stack.removeWidget(screen)
            screen.hide()
            # Left in the window until deleted: taking it out (setParent(None)) re-styled its
            # ~570 widgets under the style sheet, a tenth of a second on every lock.
            screen.setProperty(RETIRED, True)
            for child in screen.findChildren(QWidget):
                if child.isWindow():
                    child.close()
            screen.deleteLater()
        for widget in top_level_widgets():
            if widget is not self and widget.isVisible():
                widget.close()
        self.opening.finish_before_lock()  # the day's backup reads the file: it ends first
        if self.ctx.group is not None:
            self.ctx.group.close()
            self.ctx.group = None
        self._clear_our_clipboard()
        self.passphrase_action.setEnabled(False)
        self.statusBar().clearMessage()
        self.handover_action.setEnabled(False)
        self.merge_action.setEnabled(False)
        self.stack.setCurrentWidget(self.start_screen)
        self.start_screen.refresh()
        self.start_screen.passphrase_edit.setFocus()

    def change_passphrase(self) -> None:
        if self.ctx.group is None:
            return
        if self.group_screen is not None:
            # Every area built now: one built later would read the file while it is re-keyed
            # on the worker ("not a database"), seen when the change follows an unlock closely.
            self.group_screen.build_all_areas()
        # The day's backup reads the file under the current key: it ends before the re-key
        # starts, or the re-key waits on its reader and the backup finds a key that no longer
        # opens the file. A verified backup of a large group takes under a second.
        self._finish_opening(self.ctx.group)
        self.opening.finish_before_lock()
        late.run_change_passphrase(self.ctx, self.ctx.group, self)

    def _opening_failed(self, _exc: BaseException) -> str:
        group = self.ctx.group
        if group is not None:
            self.ctx.vaults.backups.last_error.setdefault(group.info.id, "io")
        self._opened()
        return ""  # said in the status bar

    def _clear_our_clipboard(self) -> None:
        self.clipboard_guard.clear_ours()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        super().closeEvent(event)
