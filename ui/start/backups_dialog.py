"""A group's backups, listed with dates and sizes, and restoring one of them.

Opened from the start screen (the group stays locked): a restore needs the passphrase the backup was
made with, keeps the current file aside as a backup of its own, then opens the restored group.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.backups import BackupInfo
from app.group_info import GroupInfo
from ui.common.dates import to_qdatetime
from ui.common.dialog_buttons import dialog_buttons
from ui.common.messages import error_words
from ui.common.models import OBJECT_ROLE, RowsModel, SortProxy
from ui.common.notices import Words, busy_bar, notice_label
from ui.common.operation import Operation
from ui.common.passphrase_field import PassphraseEdit
from ui.common.retranslate import Retranslating, translated_button, translated_label
from ui.context import UiContext

if TYPE_CHECKING:
    from app.group import OpenGroup


def kind_text(kind: str) -> str:
    names = {
        "daily": QCoreApplication.translate("BackupTableModel", "Daily"),
        # The day's backup that is also kept as its week's: "Weekly" read wrong on a first one.
        "weekly": QCoreApplication.translate("BackupTableModel", "Daily (the week's copy)"),
        "pre-rekey": QCoreApplication.translate("BackupTableModel", "Before a passphrase change"),
        "pre-merge": QCoreApplication.translate("BackupTableModel", "Before a merge"),
        "pre-migration": QCoreApplication.translate("BackupTableModel", "Before an update"),
        "pre-restore": QCoreApplication.translate("BackupTableModel", "Kept aside at a restore"),
        "pre-takeover": QCoreApplication.translate(
            "BackupTableModel", "The previous host's copy, kept at a take-over"
        ),
    }
    return names.get(kind, QCoreApplication.translate("BackupTableModel", "Before a change"))


class BackupTableModel(RowsModel[BackupInfo]):
    MADE_AT, KIND, SIZE, PASSPHRASE = range(4)
    COLUMNS = 4
    ROLES = RowsModel.ROLES | {Qt.ItemDataRole.AccessibleTextRole}

    def headings(self) -> tuple[str, ...]:
        return (self.tr("Made on"), self.tr("Kind"), self.tr("Size"), self.tr("Opens with"))

    def sort_key(self, number: int, column: int) -> Any:
        backup = self._rows[number]
        return (
            backup.made_at.isoformat(),
            backup.kind,
            backup.size,
            int(backup.same_passphrase),
        )[column]

    def other_role(self, number: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._shown(number, column)  # what is shown
        return None

    def cell_text(self, number: int, column: int) -> str:
        backup = self._rows[number]
        locale = QLocale()
        if column == self.MADE_AT:
            return locale.toString(to_qdatetime(backup.made_at), QLocale.FormatType.ShortFormat)
        if column == self.KIND:
            return kind_text(backup.kind)
        if column == self.SIZE:
            return locale.formattedDataSize(backup.size, 0, QLocale.DataSizeFormat.DataSizeSIFormat)
        if backup.same_passphrase:
            return self.tr("The current passphrase")
        return self.tr("An earlier passphrase")


class BackupsDialog(Retranslating, QDialog):
    restored = Signal(object)  # OpenGroup, unlocked after the restore

    def __init__(self, ctx: UiContext, group: GroupInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group = group
        self.setModal(True)
        self.setMinimumSize(760, 480)
        self.translated(self.setWindowTitle, lambda: self.tr("Backups"))
        self._build()
        self.restoring = Operation(
            self,
            shows=[self.busy],
            blocks=[self.table, self.passphrase_edit, self.restore_button],
            errors=self.error_label,
        )
        self.refresh()

    def _build(self) -> None:
        self.intro = translated_label(
            self,
            lambda: self.tr(
                "Backups of “{label}”, made automatically once a day and "
                "before every risky change. Each one is encrypted with the "
                "passphrase the group had on that day."
            ).format(label=self.group.label or self.tr("Unnamed group")),
            wraps=True,
        )
        self.model = BackupTableModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(BackupTableModel.MADE_AT, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.translated(self.table.setAccessibleName, lambda: self.tr("Backups"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._update_state)
        self.empty_label = translated_label(
            self,
            lambda: self.tr(
                "No backup yet: one is made the first time the group is opened each day."
            ),
            wraps=True,
        )
        self.passphrase_label = translated_label(
            self, lambda: self.tr("&Passphrase of the chosen backup:")
        )
        self.passphrase_edit = PassphraseEdit()
        self.translated(
            self.passphrase_edit.setAccessibleName,
            lambda: self.tr("Passphrase of the chosen backup"),
        )
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.note = notice_label("warning")
        self.error_label = notice_label("error", visible=False)
        self.busy = busy_bar()
        self.buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Close)
        self.restore_button = translated_button(
            self, lambda: self.tr("&Restore and open"), clicked=self.restore
        )
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.passphrase_edit.returnPressed.connect(self.restore)
        layout = QVBoxLayout(self)
        for widget in (
            self.intro,
            self.table,
            self.empty_label,
            self.passphrase_label,
            self.passphrase_edit,
            self.note,
            self.error_label,
            self.busy,
            self.buttons,
        ):
            layout.addWidget(widget, 1 if widget is self.table else 0)

    def retranslate(self) -> None:
        super().retranslate()
        self.model.retranslate()
        self._update_state()

    def refresh(self) -> None:
        try:
            backups = self.ctx.vaults.backups.backups_of(self.group.id)
        except OSError:  # the folder unreadable (its permissions): said, not raised
            self.model.set_rows([])
            # Its own words: which folder, and that the group itself is untouched.
            self.restoring.show_error(
                lambda: self.tr(
                    "The backups folder could not be read: check that its disk or USB stick is "
                    "plugged in and that you may read it. The group itself is not touched."
                )
            )
            self.empty_label.hide()
        else:
            self.model.set_rows(backups)
            self.empty_label.setVisible(self.model.rowCount() == 0)
        if self.proxy.rowCount() > 0:
            self.table.selectRow(0)
        self._fit_columns()
        self._update_state()

    def _fit_columns(self) -> None:
        """Wide enough for every column in full (large text, French), within a laptop screen."""
        self.table.resizeColumnsToContents()
        needed = (
            self.table.horizontalHeader().length()
            + 2 * self.table.frameWidth()
            + self.table.verticalScrollBar().sizeHint().width()
            + 48
        )
        self.setMinimumWidth(min(1300, max(760, needed)))

    def selected(self) -> BackupInfo | None:
        index = self.table.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def _update_state(self) -> None:
        backup = self.selected()
        self.restore_button.setEnabled(backup is not None and not self.restoring.busy)
        if backup is None:
            self.note.hide()
            return
        text = self.tr(
            "The group's current file will be kept aside as a backup first, so nothing is lost."
        )
        if not backup.same_passphrase:
            text += " " + self.tr(
                "This backup was made before the passphrase was changed: "
                "it opens only with the earlier passphrase."
            )
        self.note.setText(text)
        self.note.show()

    def restore(self) -> None:
        backup = self.selected()
        passphrase = self.passphrase_edit.text()
        if backup is None or self.restoring.busy:
            return
        if not passphrase:
            self.restoring.show_error(lambda: self.tr("Please type the passphrase of this backup."))
            return
        vaults, group_id = self.ctx.vaults, self.group.id

        def restore_and_open() -> tuple[OpenGroup, bool]:
            noted = vaults.backups.restore(group_id, backup, passphrase)
            return vaults.open(group_id, passphrase), noted

        self.restoring.run(restore_and_open, done=self._on_restored, failed=self._on_failed)

    def _on_restored(self, result: tuple[OpenGroup, bool]) -> None:
        group, noted = result
        self.passphrase_edit.clear()
        if not noted:  # the vault is restored: said so, with what was not done
            QMessageBox.warning(
                self,
                self.tr("Backup restored"),
                self.tr(
                    "The backup was restored and the group opens. Cercle could not update the "
                    "small file beside it that says which passphrase it has, so the list of "
                    "backups may say the wrong passphrase for some of them."
                ),
            )
        self.restored.emit(group)
        self.accept()

    def _on_failed(self, exc: BaseException) -> Words:
        self.refresh()
        self.passphrase_edit.selectAll()
        self.passphrase_edit.setFocus()
        return error_words(exc)

    def reject(self) -> None:
        if not self.restoring.busy:  # a restore half-way must finish and report
            super().reject()
