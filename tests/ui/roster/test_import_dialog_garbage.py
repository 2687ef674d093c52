"""A file that is not a spreadsheet (an image, a truncated export, NUL bytes) opens the import
dialog calmly: nothing to add, no error escaping into Qt."""

from __future__ import annotations

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
