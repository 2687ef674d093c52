"""The roster's CSV export as a host does it: the warning says what the file will hold, and the
private notes go in only when the host ticks them in."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from app.model import Member
from tests.helpers import answer_file, when_shown
from ui.roster.members_screen import MembersScreen


def _export(qtbot, screen: MembersScreen, target: Path, tick: bool) -> list[str]:
    """Export through the warning and the file dialog; the warning's words before and after."""
    said: list[str] = []

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        tick_box = box.checkBox()
        assert isinstance(tick_box, QCheckBox) and not tick_box.isChecked()
        said.append(box.text())
        if tick:
            qtbot.mouseClick(tick_box, Qt.MouseButton.LeftButton)
            said.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    when_shown(QMessageBox, answer)
    answer_file(target)
    screen.export_button.click()
    qtbot.waitUntil(target.exists, timeout=10_000)
    return said


def test_export_leaves_private_notes_out_unless_ticked(qtbot, ui_ctx, fresh_group, tmp_path):
    ui_ctx.group = fresh_group
    fresh_group.roster.add_member(Member("Zoé", phone="06 11 22 33 44", private_note="Suivi"))
    screen = MembersScreen(ui_ctx, fresh_group)
    qtbot.addWidget(screen)

    said = _export(qtbot, screen, tmp_path / "plain.csv", tick=False)
    assert "NOT be encrypted" in said[0] and "inactive ones too" in said[0]
    assert "did not agree to be contacted" in said[0] and "Private notes are left out" in said[0]
    header, row = list(
        csv.reader(io.StringIO((tmp_path / "plain.csv").read_text("utf-8-sig")), delimiter=";")
    )
    assert "private_note" not in header and "Suivi" not in row
    assert row[header.index("phone")] == "06 11 22 33 44"

    said = _export(qtbot, screen, tmp_path / "notes.csv", tick=True)
    assert "Private notes are left out" not in said[1] and "their private notes" in said[1]
    header, row = list(
        csv.reader(io.StringIO((tmp_path / "notes.csv").read_text("utf-8-sig")), delimiter=";")
    )
    assert row[header.index("private_note")] == "Suivi"
