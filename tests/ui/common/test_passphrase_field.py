"""Passphrase fields as a new host meets them: show/hide, a generated one, refusals that say why,
and a handover passphrase typed in lowercase with spaces."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QToolButton, QWizard

from tests.helpers import answer_box, answer_by_keys, answer_file, type_text
from tests.helpers.handover import BUNDLE_PASSPHRASE
from tests.helpers.wizards import next_page, open_on_next_laptop
from ui.start.create_dialog import CreateGroupDialog


def _toggle(edit: QLineEdit) -> QToolButton:
    (button,) = [b for b in edit.findChildren(QToolButton) if b.defaultAction() is not None]
    return button


def _dialog(qtbot) -> CreateGroupDialog:
    dialog = CreateGroupDialog("en")
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.label_edit, "Mardi soir")
    type_text(dialog.name_edit, "Entraide deuil")
    return dialog


def test_every_passphrase_field_shows_and_hides_on_a_click(qtbot, ui_ctx) -> None:
    dialog = _dialog(qtbot)
    for edit in (dialog.passphrase_edit, dialog.confirm_edit):
        type_text(edit, "secret words")
        assert edit.echoMode() == QLineEdit.EchoMode.Password
        button = _toggle(edit)
        assert "Show" in button.toolTip()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert edit.echoMode() == QLineEdit.EchoMode.Normal
        assert "Hide" in button.toolTip()
        qtbot.keyClick(edit, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
        assert edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.mouseClick(_toggle(dialog.passphrase_edit), Qt.MouseButton.LeftButton)
    dialog.passphrase_edit.clear()  # emptied: masked again for whoever types next
    assert dialog.passphrase_edit.echoMode() == QLineEdit.EchoMode.Password


def test_create_dialog_offers_a_generated_passphrase_shown_large_and_printable(
    qtbot, ui_ctx, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot)
    assert not dialog.generated_box.isVisible()
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    shown = dialog.generated_box.code_label.text()
    assert dialog.generated_box.isVisible() and len(shown) == 29
    assert dialog.generated_box.code_label.font().pointSizeF() > dialog.font().pointSizeF() * 1.5
    assert dialog.passphrase_edit.text() == dialog.confirm_edit.text() == shown
    dialog.generated_box.save_sheet(tmp_path / "sheet.pdf")
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values()[3] == shown


def test_the_passphrase_sheet_is_warned_about_before_its_file_is_chosen(
    qtbot, ui_ctx, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot)
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    button = dialog.generated_box.print_button
    asked = answer_by_keys(Qt.Key.Key_Escape)  # Cancel: no file dialog, nothing written
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "holds the group's passphrase" in asked[0]
    answer_box(QMessageBox.StandardButton.Ok)
    answer_file(tmp_path / "feuille")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "feuille.pdf").exists())
    assert (tmp_path / "feuille.pdf").read_bytes().startswith(b"%PDF")


def test_weak_passphrases_are_refused_with_why_and_the_error_goes_once_fixed(qtbot, ui_ctx) -> None:
    dialog = _dialog(qtbot)
    for weak, why in (
        ("12345678", "Only digits"),
        ("azertyuiop", "row of the keyboard"),
        ("mardi soir", "label or name"),
        ("motdepasse1", "most common"),
    ):
        dialog.passphrase_edit.clear()
        dialog.confirm_edit.clear()
        type_text(dialog.passphrase_edit, weak)
        assert why in dialog.new_passphrase.strength.text()
        type_text(dialog.confirm_edit, weak)
        qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.error_label.isVisible() and why in dialog.error_label.text()
    dialog.passphrase_edit.clear()
    dialog.confirm_edit.clear()
    type_text(dialog.passphrase_edit, "trois mots au hasard")
    type_text(dialog.confirm_edit, "trois mots au hasard")
    assert not dialog.error_label.isVisible()


def test_generated_handover_passphrase_typed_lowercase_with_spaces_opens_the_file(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path
) -> None:
    wizard = open_on_next_laptop(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
    page = wizard.file_page
    type_text(page.passphrase_edit, "abcd efgh jkmn pqrs tuvw xyz3")  # one character wrong
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.error_label.isVisible(), timeout=20_000)
    message = page.error_label.text()
    assert "handover passphrase does not open" in message and "backup" not in message
    page.passphrase_edit.clear()
    type_text(page.passphrase_edit, BUNDLE_PASSPHRASE.lower().replace("-", " "))
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=20_000)
    next_page(qtbot, wizard)
    vault_page = wizard.vault_page
    type_text(vault_page.label_edit, "Jeudi")
    type_text(vault_page.passphrase_edit, "12345678")
    type_text(vault_page.confirm_edit, "12345678")
    assert "Only digits" in vault_page.new_passphrase.strength.text()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
