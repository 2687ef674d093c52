"""A standard button the dialog names itself keeps its name at a language switch; the others
take Qt's words in the new language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from ui.start.create_dialog import CreateGroupDialog


def test_a_button_the_dialog_names_keeps_its_name(qtbot, ui_ctx) -> None:
    dialog = CreateGroupDialog("en")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert (ok.text(), cancel.text()) == ("Create", "Cancel")

    ui_ctx.translations.apply("fr")
    qtbot.waitUntil(lambda: cancel.text() == "Annuler")
    # Qt words its standard buttons again after the dialog named it ("OK" came back before).
    assert ok.text() == QCoreApplication.translate("CreateGroupDialog", "Create") == "Créer"

    ui_ctx.translations.apply("en")
    qtbot.waitUntil(lambda: cancel.text() == "Cancel")
    assert ok.text() == "Create"
