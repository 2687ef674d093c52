"""Import a roster from a spreadsheet's CSV: map the columns, look at every row, then confirm."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.group import OpenGroup
from app.roster_csv import FIELDS, ImportPreview, ImportRow, RowProblem
from ui.common.forms import row_label
from ui.common.messages import error_message
from ui.common.retranslate import Retranslating
from ui.common.safe_model import never_raises
from ui.context import UiContext

_Index = QModelIndex | QPersistentModelIndex
LINE, PSEUDONYM, FULL_NAME, EMAIL, STATUS = range(5)


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ImportRow] = []
        self._cells: list[list[str]] = []

    def set_rows(self, preview: ImportPreview) -> None:
        self.beginResetModel()
        self._rows = list(preview.rows)
        self._cells = list(preview.table.rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    @never_raises
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == LINE:
            return str(row.line)
        if column == STATUS:
            return self.status_text(row)
        if row.member is None:
            return "; ".join(self._cells[index.row()]) if column == PSEUDONYM else ""
        return (row.member.pseudonym, row.member.full_name, row.member.email)[column - 1]

    def status_text(self, row: ImportRow) -> str:
        problems = {
            RowProblem.EMPTY_PSEUDONYM: self.tr("Skipped: no pseudonym"),
            RowProblem.BAD_EMAIL: self.tr("Skipped: email not valid"),
            RowProblem.BAD_DATE: self.tr("Skipped: date not readable"),
            RowProblem.BAD_ROLE: self.tr("Skipped: unknown role"),
            RowProblem.BAD_YES_NO: self.tr("Skipped: expected yes or no"),
            RowProblem.WRONG_COLUMN_COUNT: self.tr("Skipped: wrong number of columns"),
        }
        if row.problem is not None:
            return problems[row.problem]
        return self.tr("Already on the roster") if row.duplicate else self.tr("New")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Line"),
            self.tr("Pseudonym"),
            self.tr("Full name"),
            self.tr("Email"),
            self.tr("Status"),
        )[section]


class CsvImportDialog(Retranslating, QDialog):
    def __init__(
        self, ctx: UiContext, group: OpenGroup, data: bytes, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group = group
        self.data = data
        self.imported = 0
        self.preview = group.roster.preview_csv(data)
        self.model = ImportPreviewModel(self)
        self._build()
        self.retranslate()
        self._update_preview()

    def _build(self) -> None:
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.mapping_form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        header = self.preview.table.header
        for name in FIELDS:
            combo = QComboBox()
            combo.addItem("", None)
            for number, title in enumerate(header):
                combo.addItem(title, number)
            chosen = self.preview.mapping.get(name)
            combo.setCurrentIndex(0 if chosen is None else chosen + 1)
            combo.currentIndexChanged.connect(self._remap)
            self.combos[name] = combo
            self.mapping_form.addRow(QLabel(), combo)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.duplicates_check = QCheckBox()
        self.duplicates_check.toggled.connect(self._update_summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addLayout(self.mapping_form)
        body.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addLayout(body, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.duplicates_check)
        layout.addWidget(self.buttons)
        self.resize(1000, 560)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import members from a spreadsheet"))
        encoding = "UTF-8" if self.preview.table.encoding == "utf-8" else "Windows Latin-1"
        self.source_label.setText(
            self.tr(
                "Read as {encoding}, columns separated by “{delimiter}”. Check which column goes "
                "where; nothing is saved until you press Import."
            ).format(encoding=encoding, delimiter=self.preview.table.delimiter)
        )
        names = {
            "pseudonym": self.tr("Pseudonym"),
            "full_name": self.tr("Full name"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
            "role": self.tr("Role"),
            "joined_on": self.tr("Joined on"),
            "active": self.tr("Active"),
            "consent_contact": self.tr("Agrees to be contacted"),
            "consent_handover": self.tr("Agrees to handover"),
            "private_note": self.tr("Private note"),
        }
        for row, name in enumerate(FIELDS):
            label = row_label(self.mapping_form, row)
            label.setText(self.tr("{field}:").format(field=names[name]))
            label.setBuddy(self.combos[name])
            self.combos[name].setAccessibleName(names[name])
            self.combos[name].setItemText(0, self.tr("(not imported)"))
        self.duplicates_check.setText(self.tr("Also import the rows already on the roster"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        self._update_summary()

    def _remap(self) -> None:
        mapping = {name: combo.currentData() for name, combo in self.combos.items()}
        self.preview = self.group.roster.preview_csv(self.data, mapping)
        self._update_preview()

    def _update_preview(self) -> None:
        self.model.set_rows(self.preview)
        self.table.resizeColumnsToContents()
        self._update_summary()

    def _update_summary(self) -> None:
        count = len(self.preview.members(self.duplicates_check.isChecked()))
        lines = [
            self.tr("%n member(s) will be added.", "", count),
            self.tr("%n row(s) already on the roster.", "", len(self.preview.duplicates)),
            self.tr("%n row(s) with a problem will be skipped.", "", len(self.preview.bad)),
        ]
        self.summary_label.setText(" ".join(lines))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(count > 0)

    def confirm(self) -> None:
        try:
            self.imported = self.group.roster.import_csv(
                self.preview, self.duplicates_check.isChecked()
            )
        except Exception as exc:  # a sentence for the host, never the exception's own text
            self.summary_label.setText(error_message(exc))
            return
        self.ctx.data_changed.emit("members")
        self.accept()
