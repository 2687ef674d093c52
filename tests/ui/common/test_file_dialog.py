"""Asking where to write a file (ui/common/file_dialog.py): Qt's own dialog, answered as a host
would, proposes the name in the Documents folder, a name typed without its suffix gets it,
Cancel writes nothing, and a plain file is warned about first (an encrypted one is not)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QWidget

from app.model import Category
from tests.helpers import (
    answer_box,
    answer_by_keys,
    answer_file,
    press,
    type_text,
    when_shown,
)
from ui.common import file_dialog
from ui.common.file_dialog import CSV, HANDOVER, PDF, Unencrypted, save_file_as

WARNING = Unencrypted("Export", "This file is not encrypted.")


def _owner(qtbot) -> QWidget:
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    return owner


def test_a_name_typed_without_its_suffix_gets_it(qtbot, ui_ctx, tmp_path: Path) -> None:
    owner = _owner(qtbot)
    answer_file(tmp_path / "bilan")
    assert save_file_as(owner, "Save", "Report.pdf", PDF) == tmp_path / "bilan.pdf"
    answer_file(tmp_path / "LISTE.CSV")  # typed in capitals: already the right suffix
    assert save_file_as(owner, "Save", "members.csv", CSV) == tmp_path / "LISTE.CSV"


def test_another_suffix_typed_is_kept_and_the_expected_one_added(
    qtbot, ui_ctx, tmp_path: Path
) -> None:
    """Never put in place of what the host typed: "27.11.2026" lost its ".2026" before."""
    owner = _owner(qtbot)
    answer_file(tmp_path / "Sign-in sheet 27.11.2026")
    chosen = save_file_as(owner, "Save", "Sign-in sheet.pdf", PDF)
    assert chosen == tmp_path / "Sign-in sheet 27.11.2026.pdf"
    answer_file(tmp_path / "groupe.txt")
    assert save_file_as(owner, "Save", "x.cercle", HANDOVER) == tmp_path / "groupe.txt.cercle"


def test_the_name_is_proposed_in_the_documents_folder_else_at_home(
    qtbot, ui_ctx, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    owner = _owner(qtbot)
    proposed = answer_file(None)
    assert save_file_as(owner, "Save", "Report 2025.pdf", PDF) is None
    assert proposed == [str(tmp_path), "Report 2025.pdf"]  # no Documents folder here
    (tmp_path / "Documents").mkdir()
    proposed = answer_file(None)
    assert save_file_as(owner, "Save", "Report 2025.pdf", PDF) is None
    assert proposed == [str(tmp_path / "Documents"), "Report 2025.pdf"]
    # A whole path the host chose before shows where it was; one on a stick taken out since,
    # in the default folder.
    proposed = answer_file(None)
    save_file_as(owner, "Save", str(tmp_path / "cercle-handover.cercle"), HANDOVER)
    assert proposed == [str(tmp_path), "cercle-handover.cercle"]
    proposed = answer_file(None)
    save_file_as(owner, "Save", str(tmp_path / "gone" / "cercle-handover.cercle"), HANDOVER)
    assert proposed == [str(tmp_path / "Documents"), "cercle-handover.cercle"]


def test_a_plain_file_is_warned_about_first_and_cancel_there_asks_no_more(
    qtbot, ui_ctx, tmp_path: Path
) -> None:
    owner = _owner(qtbot)
    asked = answer_by_keys(Qt.Key.Key_Escape)  # Escape: Cancel, the box's default
    assert save_file_as(owner, "Save", "members.csv", CSV, WARNING) is None
    assert asked == ["This file is not encrypted."]
    icons: list[QMessageBox.Icon] = []
    told: list[str] = []

    def look_then_ok(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        icons.append(box.icon())
        told.append(box.informativeText())
        press(box, QMessageBox.StandardButton.Ok)

    when_shown(QMessageBox, look_then_ok)
    out = tmp_path / "out"
    out.mkdir()
    answer_file(out / "membres")
    assert save_file_as(owner, "Save", "members.csv", CSV, WARNING) == out / "membres.csv"
    assert list(out.iterdir()) == []  # the caller writes, not the question
    assert icons == [QMessageBox.Icon.Warning]  # member data about to leave the vault
    # The dialog opens on Documents, which OneDrive or iCloud may copy online.
    assert "OneDrive" in told[0] and "synchronised" in told[0]


def test_the_encrypted_handover_file_is_not_warned_about(
    qtbot, ui_ctx, demo_group, tmp_path: Path, monkeypatch
) -> None:
    from ui.handover.export_wizard import ExportWizard

    warned: list[object] = []
    monkeypatch.setattr(file_dialog, "confirm_unencrypted", lambda *a: warned.append(a))
    wizard = ExportWizard(ui_ctx, demo_group)
    wizard.show()  # deletes itself once closed
    page = wizard.destination_page
    assert Path(page.file_field.path()).parent == file_dialog.default_folder()
    answer_file(tmp_path / "passation")
    qtbot.mouseClick(page.file_field.button, Qt.MouseButton.LeftButton)
    assert page.file_field.path() == str(tmp_path / "passation.cercle")
    assert warned == []
    wizard.reject()


def test_cancel_in_a_screens_dialog_writes_nothing(qtbot, ui_ctx, demo_group, tmp_path) -> None:
    """The handout (no member in it): its title says it is not encrypted, nothing asks first."""
    from ui.resources.handout_dialog import HandoutDialog

    dialog = HandoutDialog(ui_ctx, demo_group, [], Category.CRISIS_LINE)
    qtbot.addWidget(dialog)
    dialog.show()
    proposed = answer_file(None)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert proposed[1] == "Useful numbers and addresses.pdf"
    assert not any(Path(proposed[0]).glob("*.pdf"))
    out = tmp_path / "out"
    out.mkdir()
    answer_file(out / "fiche")
    answer_box(QMessageBox.StandardButton.Ok)  # "The handout was saved…"
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in out.iterdir()] == ["fiche.pdf"]


def test_a_lock_while_the_dialog_is_open_writes_nothing(
    qtbot, fresh_window, tmp_path: Path, monkeypatch
) -> None:
    """The idle timer fires while the host is choosing: the dialog goes with the screen that
    opened it, and nothing runs after it in a screen already gone."""

    fresh_window.group_screen.show_area("members")
    members = fresh_window.group_screen.screens["members"]
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    answer_box(QMessageBox.StandardButton.Ok)  # the roster's warning
    shown: list[QWidget] = []

    def lock(dialog: QWidget) -> None:
        shown.append(dialog)
        fresh_window.ctx.lock_requested.emit()  # what the idle timer does

    when_shown(QFileDialog, lock)
    qtbot.mouseClick(members.export_button, Qt.MouseButton.LeftButton)
    assert shown and fresh_window.is_locked
    assert list(home.iterdir()) == []


# Typed in the dialog -> the file written. Qt adds the suffix only to a name with no dot, and
# asks before replacing the name as typed: it never asks about these.
TYPED_ELSEWHERE = [
    ("St. Mary", "St. Mary.csv"),
    ("roster 27.11.2026", "roster 27.11.2026.csv"),
    ("report.txt", "report.txt.csv"),
]
# Trailing dots and spaces are dropped. Qt's completer often picks the existing file for these
# and asks itself (but not always: a dialog shown before its folder is read): either way, once.
TYPED_WITH_A_TAIL = [
    ("report.", "report.csv"),
    ("roster.csv ", "roster.csv"),
    ("Roster.CSV. ", "Roster.CSV"),
    ("report. ", "report.csv"),
]


def _say_then(button: QMessageBox.StandardButton, then: Path | None) -> list[str]:
    """Answer the next box (Qt's or Cercle's) with `button`, having checked that No is its
    default; after No, the file dialog still or again open with `then` (None: Cancel). The list
    returned gets the question, then the folder and name that dialog proposed."""
    seen: list[str] = []

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        if button == QMessageBox.StandardButton.No:
            proposed = answer_file(then)
            QTimer.singleShot(0, lambda: seen.extend(proposed))  # after that dialog's answer
        press(box, button)

    when_shown(QMessageBox, answer)
    return seen


def test_a_file_written_under_another_name_than_typed_is_asked_about_before_replacing(
    qtbot, ui_ctx, tmp_path: Path
) -> None:
    owner = _owner(qtbot)
    for typed, written in [*TYPED_ELSEWHERE, *TYPED_WITH_A_TAIL]:
        old = tmp_path / written
        old.write_bytes(b"last week's roster")
        answer_file(tmp_path / typed)
        seen = _say_then(QMessageBox.StandardButton.No, None)
        assert save_file_as(owner, "Save", "members.csv", CSV) is None, typed
        assert old.read_bytes() == b"last week's roster"
        assert seen and written in seen[0], typed
        if (typed, written) in TYPED_ELSEWHERE:
            # No: the dialog again, where the file would have gone, under that name.
            assert seen == [
                f"A file named “{written}” already exists. Replace it?",
                str(tmp_path),
                written,
            ]
        answer_file(tmp_path / typed)
        seen = _say_then(QMessageBox.StandardButton.Yes, None)
        assert save_file_as(owner, "Save", "members.csv", CSV) == old, typed
        assert len(seen) == 1, typed  # asked once, by Qt or by Cercle
        old.unlink()


def test_no_then_another_name_in_the_dialog_shown_again_writes_that_name(
    qtbot, ui_ctx, tmp_path: Path
) -> None:
    owner = _owner(qtbot)
    old = tmp_path / "St. Mary.csv"
    old.write_bytes(b"last week's roster")
    answer_file(tmp_path / "St. Mary")

    def type_another(dialog: QWidget) -> None:
        # Typed as the host does, in the focused field: Qt drops the file it had selected (the
        # name shown again) only for a field with the focus, which offscreen comes a turn late.
        assert isinstance(dialog, QFileDialog)
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert edit is not None
        dialog.activateWindow()
        edit.setFocus()
        if not edit.hasFocus():
            QTimer.singleShot(1, lambda: type_another(dialog))
            return
        edit.selectAll()
        type_text(edit, "Report 28.11.2026")
        dialog.accept()

    def no(box: QWidget) -> None:
        when_shown(QFileDialog, type_another)
        press(box, QMessageBox.StandardButton.No)

    when_shown(QMessageBox, no)
    chosen = save_file_as(owner, "Save", "members.csv", CSV)
    assert chosen == tmp_path / "Report 28.11.2026.csv"
    assert old.read_bytes() == b"last week's roster"


def test_a_name_qt_asked_about_is_not_asked_about_twice(
    qtbot, ui_ctx, tmp_path: Path, monkeypatch
) -> None:
    owner = _owner(qtbot)
    asked_again: list[object] = []
    monkeypatch.setattr(file_dialog, "confirm", lambda *a, **k: asked_again.append(a))
    for typed, written in [("members", "members.csv"), ("Members.CSV", "Members.CSV")]:
        (tmp_path / written).write_bytes(b"old")
        answer_file(tmp_path / typed)
        answer_box(QMessageBox.StandardButton.Yes)  # Qt's own question, in its dialog
        assert save_file_as(owner, "Save", "members.csv", CSV) == tmp_path / written
    assert asked_again == []


def test_trailing_dots_and_spaces_are_not_part_of_the_name_written() -> None:
    """Whatever the dialog returns (a desktop's own dialog has no completer)."""
    for typed, written in [*TYPED_WITH_A_TAIL, ("a..", "a.csv"), ("St. Mary ", "St. Mary.csv")]:
        assert file_dialog.with_suffix(Path("/x") / typed, CSV) == Path("/x") / written
