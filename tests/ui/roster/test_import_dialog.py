"""The spreadsheet import from the Members screen, with real files: read in a worker (the window
keeps answering, a progress bar, Cancel), refused files explained, skipped rows reported."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog

from ui.roster import roster_actions
from ui.roster.import_dialog import PSEUDONYM, STATUS, CsvImportDialog
from ui.roster.members_screen import MembersScreen


def _open(qtbot, ui_ctx, demo_group, monkeypatch, path: Path) -> CsvImportDialog:
    ui_ctx.group = demo_group
    screen = MembersScreen(ui_ctx, demo_group)
    qtbot.addWidget(screen)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog = roster_actions.import_roster(screen)
    assert dialog is not None
    # Nothing was read on the window's thread: the dialog is up before any result arrives.
    assert dialog.preview is None and dialog.refused == ""
    assert dialog.progress.isVisibleTo(dialog)
    return dialog


def _ok(dialog: CsvImportDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_a_million_row_file_is_refused_while_the_window_stays_free(
    qtbot, ui_ctx, demo_group, monkeypatch, tmp_path: Path
) -> None:
    path = tmp_path / "million.csv"
    path.write_bytes(b"Pseudo\n" + b"Zo\n" * 1_000_000)  # 3 MB: under the size cap
    before = len(demo_group.roster.members())
    dialog = _open(qtbot, ui_ctx, demo_group, monkeypatch, path)
    qtbot.waitUntil(lambda: dialog.refused != "")
    assert "more than 5,000 rows" in dialog.source_label.text()
    assert not dialog.progress.isVisibleTo(dialog) and not _ok(dialog).isEnabled()
    assert len(demo_group.roster.members()) == before


def test_a_picture_or_a_workbook_is_refused_with_what_to_do(
    qtbot, ui_ctx, demo_group, monkeypatch, tmp_path: Path
) -> None:
    path = tmp_path / "members.csv"
    path.write_bytes(bytes.fromhex("89504e470d0a1a0a") + bytes(range(256)))
    dialog = _open(qtbot, ui_ctx, demo_group, monkeypatch, path)
    qtbot.waitUntil(lambda: dialog.refused != "")
    assert "Save as" in dialog.source_label.text() and "CSV" in dialog.source_label.text()
    assert not _ok(dialog).isEnabled()


def test_cancel_stops_the_reading_and_imports_nothing(
    qtbot, ui_ctx, demo_group, monkeypatch, tmp_path: Path
) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(
        ("Pseudo\n" + "".join(f"Personne {n}\n" for n in range(4_999))).encode("utf-8")
    )
    before = len(demo_group.roster.members())
    dialog = _open(qtbot, ui_ctx, demo_group, monkeypatch, path)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.reading.busy
    assert len(demo_group.roster.members()) == before


def test_utf16_file_imports_with_its_accents_and_reports_what_it_skipped(
    qtbot, ui_ctx, demo_group, monkeypatch, tmp_path: Path
) -> None:
    path = tmp_path / "unicode.txt"
    rows = ["Pseudo\tCourriel", "Éloïse\teloise@example.org", "\tx@example.org", "Bad\x07\t"]
    path.write_bytes("\r\n".join(rows).encode("utf-16"))  # Excel's "Unicode text"
    dialog = _open(qtbot, ui_ctx, demo_group, monkeypatch, path)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert "UTF-16" in dialog.source_label.text()
    report = dialog.skipped_label.text()
    assert "1 row skipped, no pseudonym (line 3)" in report
    assert "1 row skipped, pseudonym: holds invisible control characters (line 4)" in report
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.imported == 1)
    assert "Éloïse" in {m.pseudonym for m in demo_group.roster.members()}


def test_the_skipped_rows_are_reported_in_the_hosts_language(
    qtbot, qtmodeltester, ui_ctx, demo_group, monkeypatch, tmp_path: Path
) -> None:
    path = tmp_path / "membres.csv"
    path.write_bytes("Pseudo;Courriel\r\nZoé;zoe@example.org\r\n;a@b.fr\r\n;c@d.fr\r\n".encode())
    ui_ctx.translations.apply("fr")
    dialog = _open(qtbot, ui_ctx, demo_group, monkeypatch, path)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert dialog.skipped_label.text() == "• 2 lignes ignorées, pas de pseudonyme (lignes 3, 4)"
    assert dialog.model.index(1, STATUS).data() == "Ignorée\u00a0: pas de pseudonyme"
    qtmodeltester.check(dialog.model)

    def header() -> list[str]:
        return [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]

    # The field columns say what the mapping beside them says; all follow a language switch.
    assert header() == ["Ligne", "État", "Pseudonyme", "Nom complet", "Courriel"]
    ui_ctx.translations.apply("en")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Import members from a spreadsheet")
    assert header() == ["Line", "Status", "Pseudonym", "Full name", "Email"]
    assert dialog.model.index(1, STATUS).data() == "Skipped: no pseudonym"


def test_the_first_field_has_the_keys_once_the_file_is_read(
    qtbot, ui_ctx, demo_group, monkeypatch
) -> None:
    # The fields are off while the file is read: a dialog shown meanwhile gave its focus to
    # the preview table, and kept it there, one time in two (as the reading and the showing
    # raced); a host going by keyboard starts at the first column's choice.
    import ui.roster.import_dialog as import_dialog

    release = threading.Event()
    read = import_dialog._read_and_check

    def read_later(*args: Any) -> Any:
        release.wait(5)
        return read(*args)

    monkeypatch.setattr(import_dialog, "_read_and_check", read_later)
    dialog = CsvImportDialog(ui_ctx, demo_group, b"Pseudo;Courriel\nAnne;anne@example.org\n")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.focusWidget() is dialog.table  # the fields are off
    release.set()
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert QApplication.focusWidget() is dialog.combos["pseudonym"]


def test_each_rows_status_shows_without_scrolling_sideways(
    qtbot, ui_ctx, demo_group, monkeypatch, tmp_path: Path
) -> None:
    """review21b: a skipped row's raw cells (60 characters) widened the pseudonym column and
    pushed Status, which says which row is a duplicate, off the right of the table."""
    path = tmp_path / "members.csv"
    wide = "x" * 40
    rows = ["pseudonym,full name,email", f",{wide} {wide},{wide}@example.org", "Amina,,"]
    path.write_bytes("\r\n".join(rows).encode())
    dialog = _open(qtbot, ui_ctx, demo_group, monkeypatch, path)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    dialog.show()
    status = dialog.model.index(1, STATUS)
    assert status.data() == "Already on the roster"
    header = dialog.table.horizontalHeader()
    right = header.sectionViewportPosition(STATUS) + header.sectionSize(STATUS)
    assert header.sectionViewportPosition(STATUS) >= 0 and right <= dialog.table.viewport().width()
    raw = dialog.model.index(0, PSEUDONYM)
    assert wide in raw.data(Qt.ItemDataRole.ToolTipRole)  # the cut cell whole in its tooltip
