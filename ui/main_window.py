"""The one main window: the start screen while locked, the group screen while unlocked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from app.group import OpenGroup
from ui.common.adaptive import PageStack
from ui.common.autolock import AutoLock
from ui.common.clipboard_guard import ClipboardGuard
from ui.common.retranslate import RETIRED, Retranslating
from ui.context import UiContext
from ui.group.group_screen import GroupScreen
from ui.handover.export_wizard import ExportWizard
from ui.handover.import_wizard import ImportWizard
from ui.safety.change_passphrase_dialog import ChangePassphraseDialog
from ui.settings.apply import PreferencesApplier
from ui.settings.preferences_dialog import PreferencesDialog, open_preferences
from ui.start.start_screen import StartScreen


class MainWindow(Retranslating, QMainWindow):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.group_screen: GroupScreen | None = None
        self.stack = PageStack()
        self.start_screen = StartScreen(ctx)
        self.start_screen.unlocked.connect(self.show_group)
        self.stack.addWidget(self.start_screen)
        self.setCentralWidget(self.stack)
        ctx.lock_requested.connect(self.lock)
        self._build_menus()
        self.autolock = AutoLock(ctx, self)
        self.clipboard_guard = ClipboardGuard(self)
        self._build_tools_menu()
        self._build_help_menu()
        self.preferences_applier = PreferencesApplier(ctx, self)
        self.resize(1100, 720)
        self.retranslate()

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.lock_action)
        self.passphrase_action = QAction(self)
        self.passphrase_action.setEnabled(False)
        self.passphrase_action.triggered.connect(self.change_passphrase)
        self.file_menu.addAction(self.passphrase_action)
        self._build_handover_actions()
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

    def _build_tools_menu(self) -> None:
        self.tools_menu = self.menuBar().addMenu("")
        self.preferences_action = QAction(self)
        self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.preferences_action.triggered.connect(self.open_preferences)
        self.tools_menu.addAction(self.preferences_action)

    def _build_help_menu(self) -> None:
        self.help_menu = self.menuBar().addMenu("")
        self.guide_action = QAction(self)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.guide_action.triggered.connect(self.open_guide)
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.triggered.connect(self.open_shortcuts)
        self.about_action = QAction(self)
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
        return open_preferences(self.ctx, self)

    def _build_handover_actions(self) -> None:
        self.handover_action = QAction(self)
        self.handover_action.triggered.connect(self.hand_over_group)
        self.merge_action = QAction(self)
        self.merge_action.triggered.connect(self.merge_cohost_file)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.handover_action)
        self.file_menu.addAction(self.merge_action)
        for action in (self.handover_action, self.merge_action):
            action.setEnabled(False)

    def hand_over_group(self) -> None:
        if self.ctx.group is not None:
            ExportWizard(self.ctx, self.ctx.group, self).exec()

    def merge_cohost_file(self) -> None:
        if self.ctx.group is not None:
            ImportWizard(self.ctx, self.ctx.group, self).exec()

    def retranslate(self) -> None:
        self.handover_action.setText(self.tr("&Hand over the group…"))
        self.merge_action.setText(self.tr("&Merge a co-host's file…"))
        # The title never names the group: it shows in task bars and screen sharing.
        self.setWindowTitle("Cercle")
        self.file_menu.setTitle(self.tr("&File"))
        self.lock_action.setText(self.tr("&Lock"))
        self.quit_action.setText(self.tr("&Quit"))
        self.passphrase_action.setText(self.tr("Change the &passphrase…"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.guide_action.setText(self.tr("User &guide"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About Cercle"))

    def show_group(self, group: OpenGroup) -> None:
        self.ctx.group = group
        self.group_screen = GroupScreen(self.ctx, group)
        self.stack.addWidget(self.group_screen)
        self.stack.setCurrentWidget(self.group_screen)
        self.lock_action.setEnabled(True)
        self.passphrase_action.setEnabled(True)
        if self.ctx.vaults.backups.last_error.get(group.info.id):
            self.statusBar().showMessage(
                self.tr(
                    "Today's automatic backup could not be made (the disk may be full). Your work is "
                    "saved as usual; Cercle will try again at the next unlock."
                )
            )
        self.handover_action.setEnabled(True)
        self.merge_action.setEnabled(True)
        self.activateWindow()
        self.group_screen.focus_current_area()

    @property
    def is_locked(self) -> bool:
        return self.group_screen is None

    def lock(self) -> None:
        """Close the connection and destroy every screen and model that saw the group."""
        if self.group_screen is not None:
            self.ctx.about_to_lock.emit()
            screen = self.group_screen
            self.group_screen = None
            self.stack.removeWidget(screen)
            screen.hide()
            screen.setParent(None)
            screen.setProperty(RETIRED, True)
            for child in screen.findChildren(QWidget):
                if child.isWindow():
                    child.close()
            screen.deleteLater()
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible():
                widget.close()
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
        dialog = ChangePassphraseDialog(self.ctx, self.ctx.group, self)
        dialog.exec()
        dialog.deleteLater()

    def _clear_our_clipboard(self) -> None:
        self.clipboard_guard.clear_ours()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        super().closeEvent(event)
