"""A file that is not a spreadsheet (an image, a truncated export, NUL bytes) opens the import
dialog calmly: nothing to add, no error escaping into Qt."""

from __future__ import annotations

import os
import random

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from ui.roster.import_dialog import CsvImportDialog

PNG_HEAD = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00" * 64,
        PNG_HEAD,
        "Pseudo;Nom\nZo".encode("utf-16")[:-1],
        b'\xef\xbb\xbf"Pseudo,"Nom\n"unterminated',
        b"\r\r\r,,,;;;\t\t",
        bytes(random.Random(7).randrange(256) for _ in range(4096)),
        b"x" * 200_000,
    ],
)
def test_import_dialog_takes_any_bytes(qtbot, ui_ctx, demo_group, data: bytes) -> None:
    before = len(demo_group.roster.members())
    ui_ctx.group = demo_group
    dialog = CsvImportDialog(ui_ctx, demo_group, data)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    if ok.isEnabled():
        ok.click()
    assert len(demo_group.roster.members()) >= before


def test_a_pipe_or_a_million_columns_are_refused_in_the_hosts_words(
    qtbot, ui_ctx, demo_group, tmp_path
) -> None:
    """A FIFO's read never ended (the dialog stayed busy for good); a million columns were each
    listed in every field's choice on the UI thread, over a minute of a frozen window."""
    ui_ctx.group = demo_group
    fifo = tmp_path / "roster.csv"
    os.mkfifo(fifo)
    for source, words in ((fifo, "a device or a pipe"), (b"c;" * 1_000_000, "200 columns")):
        dialog = CsvImportDialog(ui_ctx, demo_group, source)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda dialog=dialog: bool(dialog.refused), timeout=10_000)
        assert words in dialog.source_label.text()
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isVisible()


def test_a_file_of_two_encodings_says_so_and_imports_every_name_right(
    qtbot, ui_ctx, fresh_group
) -> None:
    ui_ctx.group = fresh_group
    data = "Pseudo;Nom\r\nHélène;Noël\r\n".encode() + "Zoé;Gaëlle\r\n".encode("cp1252")
    dialog = CsvImportDialog(ui_ctx, fresh_group, data)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert "Read as UTF-8, Windows Latin-1" in dialog.source_label.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    names = {m.pseudonym: m.full_name for m in fresh_group.roster.members()}
    assert names == {"Hélène": "Noël", "Zoé": "Gaëlle"}
