"""Import a roster from a spreadsheet's CSV: map the columns, look at every row, then confirm."""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.csv_file import (
    Cancelled,
    CsvRefused,
    Progress,
    Stop,
    read_capped,
    read_table,
)
from app.group import OpenGroup
from app.roster_csv import FIELDS, ImportPreview, ImportRow, build_preview, guess_mapping
from ui.common.dialog_buttons import dialog_buttons
from ui.common.messages import error_message, error_words
from ui.common.models import RowsModel
from ui.common.notices import say
from ui.common.operation import Operation
from ui.common.plain_text import shown, wrapped_label
from ui.common.retranslate import Retranslating, translated_button, translated_label
from ui.common.side_scroll import SideScroll
from ui.context import Area, UiContext
from ui.roster.import_report import ImportWords, refusal_text, skipped_by_reason, why

# The status second: what happens to each row is read without scrolling sideways, whatever
# a skipped row's raw cells make of the columns after it.
LINE, STATUS, PSEUDONYM, FULL_NAME, EMAIL = range(5)
CELL_CHARACTERS = 28  # a column wider is cut with … (the whole text in its tooltip)
COLUMN_TITLE_CHARACTERS = 16  # shown whole in a mapping choice; longer ones end in …
FIELD_NAMES = {  # the dialog's words for app.roster_csv.FIELDS
    "pseudonym": QT_TRANSLATE_NOOP("CsvImportDialog", "Pseudonym"),
    "full_name": QT_TRANSLATE_NOOP("CsvImportDialog", "Full name"),
    "phone": QT_TRANSLATE_NOOP("CsvImportDialog", "Phone"),
    "email": QT_TRANSLATE_NOOP("CsvImportDialog", "Email"),
    "role": QT_TRANSLATE_NOOP("CsvImportDialog", "Role"),
    "joined_on": QT_TRANSLATE_NOOP("CsvImportDialog", "Joined on"),
    "active": QT_TRANSLATE_NOOP("CsvImportDialog", "Active"),
    "consent_contact": QT_TRANSLATE_NOOP("CsvImportDialog", "Agrees to be contacted"),
    "consent_handover": QT_TRANSLATE_NOOP("CsvImportDialog", "Agrees to handover"),
    "private_note": QT_TRANSLATE_NOOP("CsvImportDialog", "Private note"),
    "consent_recorded_on": QT_TRANSLATE_NOOP("CsvImportDialog", "Consents recorded on"),
}


def _column_choice() -> QComboBox:
    """Which file column goes to a field. Room for a column's title: the panel beside the
    table is as narrow as its fields allow, and a combo box's own minimum cut the titles to
    two letters."""
    combo = QComboBox()
    combo.setMinimumContentsLength(COLUMN_TITLE_CHARACTERS)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.addItem("", None)
    combo.setEnabled(False)
    return combo


class ImportPreviewModel(RowsModel[ImportRow]):
    COLUMNS = 5
    ROLES = RowsModel.ROLES | {Qt.ItemDataRole.ToolTipRole}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cells: list[list[str]] = []  # each row's cells as read, for a row skipped

    def show_preview(self, preview: ImportPreview) -> None:
        self._cells = list(preview.table.rows)
        self.set_rows(preview.rows)

    def headings(self) -> tuple[str, ...]:
        # The fields by the words the mapping beside the table names them with.
        fields = (field_name(name) for name in ("pseudonym", "full_name", "email"))
        return (self.tr("Line"), self.tr("Status"), *fields)

    def cell_text(self, number: int, column: int) -> str:
        row = self._rows[number]
        if column == LINE:
            return str(row.line)
        if column == STATUS:
            return self.status_text(row)
        if row.member is None:  # the raw cells, cut: a skipped row may hold anything
            return shown("; ".join(self._cells[number]), 60) if column == PSEUDONYM else ""
        return (row.member.pseudonym, row.member.full_name, row.member.email)[column - PSEUDONYM]

    def other_role(self, number: int, column: int, role: int) -> object:
        """The whole text of a cell its column may cut."""
        if role == Qt.ItemDataRole.ToolTipRole and column != LINE:
            return self.cell_text(number, column) or None
        return None

    def status_text(self, row: ImportRow) -> str:
        if row.problem is not None:
            return self.tr("Skipped: {why}").format(why=why(row))
        return self.tr("Already on the roster") if row.duplicate else self.tr("New")


def field_name(name: str) -> str:
    """A field of app.roster_csv.FIELDS in the host's words."""
    return QCoreApplication.translate("CsvImportDialog", str(FIELD_NAMES[name]))


def _fit_columns(table: QTableView) -> None:
    """Each column as wide as its texts, but the texts cut at CELL_CHARACTERS."""
    table.resizeColumnsToContents()
    widest = table.fontMetrics().averageCharWidth() * CELL_CHARACTERS
    header = table.horizontalHeader()
    for column in (PSEUDONYM, FULL_NAME, EMAIL):
        header.resizeSection(column, min(header.sectionSize(column), widest))


# Names of encodings, the same in every language; "mixed": lines of both (app/csv_file.py).
ENCODING_NAMES = {"utf-8": "UTF-8", "utf-16": "UTF-16", "mixed": "UTF-8, Windows Latin-1"}


def _add_duplicates_words() -> str:
    # Added, not merged: a host bringing phone numbers for Amina would expect an update.
    return QCoreApplication.translate(
        "CsvImportDialog", "Also add the rows already on the roster, as new members"
    )


class CsvImportDialog(Retranslating, QDialog):
    """Reads and checks the file in a worker (a progress bar and Cancel while it does), then
    shows every row with what will happen to it; nothing is saved before Import. A column
    change is checked again, and Import is written, in the worker too: the window never waits.
    """

    def __init__(
        self,
        ctx: UiContext,
        group: OpenGroup,
        source: Path | bytes,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group = group
        self.imported = 0
        self.preview: ImportPreview | None = None
        self.refused = ""  # why the file was refused, in words, once it is
        self._stop = threading.Event()
        self.model = ImportPreviewModel(self)
        ctx.about_to_lock.connect(self._stop.set)  # a reading stops; a lock then waits for it
        self._build()
        combos = list(self.combos.values())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.reading = Operation(
            self, ctx=ctx, shows=[self.progress], blocks=[ok, *combos], progress=self.progress
        )
        # The group's own connection, as the handover export does: the dialog is modal, the
        # auto-lock waits, and a lock waits for the write to end.
        self.writing = Operation(
            self,
            ctx=ctx,
            name="csv-import",
            shows=[self.progress],
            blocks=[self.buttons, *combos],
            lock_wait_ms=60_000,
        )
        self.retranslate()
        self._check = partial(  # the pseudonyms read here, for the worker to compare
            build_preview, existing=group.roster.pseudonyms(), today=ctx.today()
        )
        self._work(lambda report: _read_and_check(source, self._check, report, self._stop.is_set))

    def _work(self, job: Callable[[Progress], object]) -> None:
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.reading.run(job, done=self._read, failed=self._read_failed, with_progress=True)

    def _build(self) -> None:
        self.translated(self.setWindowTitle, lambda: self.tr("Import members from a spreadsheet"))
        self.source_label = wrapped_label()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self._build_mapping()
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(200)  # 5,000 rows: a sample
        self.summary_label = wrapped_label()
        self.skipped_label = wrapped_label("muted")
        self.duplicates_check = translated_button(self, _add_duplicates_words, kind=QCheckBox)
        self.duplicates_check.toggled.connect(self._update_summary)
        self.buttons = dialog_buttons(
            self,
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            self.confirm,
            lambda: self.tr("&Import"),
        )
        # Laid out from the dialog down, each part made where it stays: made alone and then
        # added, the mapping's combo boxes were styled three times over (~0.1 s a dialog).
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addWidget(self.progress)
        self.body = QWidget(self)  # hidden when the file is refused: nothing to map or check
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        columns = QHBoxLayout()
        # Ten choices at large text are taller than a netbook: they scroll, the buttons stay.
        columns.addWidget(SideScroll(self._mapping_page, self.body))
        columns.addWidget(self.table, 1)
        body.addLayout(columns, 1)
        for widget in (self.summary_label, self.skipped_label, self.duplicates_check):
            body.addWidget(widget)
        layout.addWidget(self.body, 1)
        layout.addStretch(0)  # takes the room when the body is hidden
        layout.addWidget(self.buttons)
        self.resize(1000, 560)

    def _mapping_page(self, parent: QWidget) -> QWidget:
        mapping = QWidget(parent)
        mapping.setLayout(self.mapping_form)
        self.mapping_form.setContentsMargins(0, 0, 0, 0)
        return mapping

    def _build_mapping(self) -> None:
        self.mapping_form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for name in FIELDS:
            field = partial(field_name, name)
            combo = _column_choice()
            self.translated(partial(combo.setItemText, 0), lambda: self.tr("(not imported)"))
            self.translated(combo.setAccessibleName, field)
            label = translated_label(self, partial(self._field_label, field))
            label.setBuddy(combo)
            self.mapping_form.addRow(label, combo)
            self.combos[name] = combo

    def retranslate(self) -> None:
        super().retranslate()
        self.model.retranslate()
        self._show_state()

    def _show_state(self) -> None:
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Close") if self.refused else self.tr("Cancel"))
        self._update_source()
        self._update_summary()

    def _field_label(self, field: Callable[[], str]) -> str:
        return self.tr("{field}:").format(field=field())

    def _update_source(self) -> None:
        if self.refused:
            self.source_label.setText(self.refused)
        elif self.preview is None:
            self.source_label.setText(self.tr("Reading the file…"))
        else:
            table = self.preview.table
            encoding = ENCODING_NAMES.get(table.encoding, "Windows Latin-1")
            self.source_label.setText(
                self.tr(
                    "Read as {encoding}, columns separated by “{delimiter}”. Check which column "
                    "goes where; nothing is saved until you press Import."
                ).format(encoding=encoding, delimiter=table.delimiter)
            )

    # -- reading, in the worker --------------------------------------------------------------
    def _read(self, result: object) -> None:
        assert isinstance(result, ImportPreview)
        if self.preview is None:
            self._fill_combos(result)
            # The fields were off while the file was read: shown meanwhile, the dialog gave
            # its focus to the table. A host going by keyboard starts at the first field.
            if self.focusWidget() is self.table:
                next(iter(self.combos.values())).setFocus(Qt.FocusReason.OtherFocusReason)
        self.preview = result
        self._update_source()
        self._update_preview()

    def _fill_combos(self, preview: ImportPreview) -> None:
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            for number, title in enumerate(preview.table.header):
                combo.addItem(shown(title, 60), number)
            chosen = preview.mapping.get(name)
            combo.setCurrentIndex(0 if chosen is None else chosen + 1)
            combo.blockSignals(False)
            combo.currentIndexChanged.connect(self._remap)

    def _read_failed(self, exc: BaseException) -> str:
        if isinstance(exc, Cancelled):
            return ""
        self.refused = (
            refusal_text(exc.reason) if isinstance(exc, CsvRefused) else error_message(exc)
        )
        self.source_label.setObjectName("error")
        self.source_label.style().polish(self.source_label)
        self.body.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).hide()
        self.resize(720, 240)
        self._show_state()
        return ""  # said in the source line, above

    def reject(self) -> None:
        """Cancel stops a reading in progress at once (it looks every 500 rows); the write,
        one short transaction, is let to end."""
        if self.writing.busy:
            return
        self._stop.set()
        if self.reading.busy:
            self.reading.wait(5_000)
        super().reject()

    # -- the preview ---------------------------------------------------------------------
    def _remap(self) -> None:
        if self.preview is None:
            return
        mapping = {name: combo.currentData() for name, combo in self.combos.items()}
        table, check, stop = self.preview.table, self._check, self._stop.is_set
        self._work(lambda report: check(table, mapping, progress=report, stop=stop))

    def _update_preview(self) -> None:
        if self.preview is not None:
            self.model.show_preview(self.preview)
            _fit_columns(self.table)
        self._update_summary()

    def _update_summary(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if self.preview is None:
            self.summary_label.setText("")
            self.skipped_label.setText("")
            ok.setEnabled(False)
            return
        count = len(self.preview.members(self.duplicates_check.isChecked()))
        lines = [
            self.tr("%n member(s) will be added.", "", count),
            self.tr("%n row(s) already on the roster.", "", len(self.preview.duplicates)),
            self.tr("%n row(s) with a problem will be skipped.", "", len(self.preview.bad)),
        ]
        dated = self.preview.dated_today(self.duplicates_check.isChecked())
        lines += [ImportWords().dated_today(dated)] if dated else []
        self.summary_label.setText(" ".join(lines))
        report = []
        for reason, rows, numbers in skipped_by_reason(self.preview.rows):
            text = self.tr("• %n row(s) skipped, {reason} (line(s) {lines})", "", rows)
            report.append(text.format(reason=reason, lines=numbers))
        self.skipped_label.setText("\n".join(report))
        self.skipped_label.setVisible(bool(self.preview.bad))
        ok.setEnabled(count > 0)

    def confirm(self) -> None:
        if self.preview is None or self.reading.busy or self.writing.busy:
            return
        preview, duplicates, roster = (
            self.preview,
            self.duplicates_check.isChecked(),
            self.group.roster,
        )
        self.progress.setRange(0, 0)
        self.writing.run(
            lambda: roster.import_csv(preview, duplicates),
            done=self._written,
            failed=self._unwritten,
        )

    def _written(self, count: object) -> None:
        self.imported = int(count)  # type: ignore[call-overload]
        self.ctx.data_changed.emit(Area.MEMBERS)
        self.accept()

    def _unwritten(self, exc: BaseException) -> str:
        # Nothing was written: the import is one transaction.
        say(self.summary_label, error_words(exc))
        return ""


def _read_and_check(
    source: Path | bytes, check: Callable[..., ImportPreview], progress: Progress, stop: Stop
) -> ImportPreview:
    """In the worker: the file's bytes (capped before reading), its rows, every row checked
    (`check`: build_preview with the roster's pseudonyms and the day). The first half of the
    bar is reading, the second checking."""
    if isinstance(source, Path):
        source = read_capped(source)
    table = read_table(source, lambda p: progress(p // 2), stop)
    mapping = guess_mapping(table.header)
    return check(table, mapping, progress=lambda p: progress(50 + p // 2), stop=stop)
