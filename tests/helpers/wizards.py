"""The handover wizards as the tests drive them: the `wizards` fixture (Qt closes and deletes
them, never Python's collector), Next as a click, a radio on its indicator, the export wizard
opened, the import wizard on its file page."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from ui.handover.export_wizard import ExportWizard
from ui.handover.import_wizard import ImportWizard


@pytest.fixture
def wizards(qtbot):
    """Wizards close and are deleted by Qt itself (as in the app), never by Python's GC."""
    made: list[QWizard] = []
    yield made
    for wizard in made:
        if shiboken6.isValid(wizard):
            wizard.close()
    qtbot.wait(20)


def next_page(qtbot, wizard) -> None:
    for which in (QWizard.WizardButton.CommitButton, QWizard.WizardButton.NextButton):
        button = wizard.button(which)
        if button.isVisible() and button.isEnabled():
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            return
    raise AssertionError("no enabled Next button")


def click_radio(qtbot, radio) -> None:
    """On the indicator: a radio button's hit area is its text, not its whole width."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))


def open_export(wizards, ui_ctx, group) -> ExportWizard:
    """The export wizard on its first page (the scope)."""
    wizard = ExportWizard(ui_ctx, group)
    wizards.append(wizard)
    wizard.show()
    return wizard


def open_file_page(qtbot, wizards, ui_ctx, path: Path, group=None):
    wizard = ImportWizard(ui_ctx, group)
    wizards.append(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.file_field.edit, str(path))
    return wizard


def open_on_next_laptop(qtbot, wizards, ui_ctx, path: Path, tmp_path: Path):
    """The import wizard on its file page, on a computer where the group is not yet."""
    from app.paths import DataDir
    from app.vaults import VaultService

    ui_ctx.vaults = VaultService(DataDir.resolve(tmp_path / "next-laptop"))
    return open_file_page(qtbot, wizards, ui_ctx, path)


def on_next_laptop_preview(qtbot, wizards, ui_ctx, path: Path, tmp_path: Path):
    """The import wizard on its preview page, `path` checked, on a computer where the group is
    not yet (its vault being staged)."""
    from tests.helpers import type_text
    from tests.helpers.handover import BUNDLE_PASSPHRASE

    wizard = open_on_next_laptop(qtbot, wizards, ui_ctx, path, tmp_path)
    type_text(wizard.file_page.passphrase_edit, BUNDLE_PASSPHRASE)
    qtbot.keyClick(wizard.file_page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=20_000)
    return wizard


def write_refused(qtbot, wizard: ExportWizard, file: Path) -> None:
    """From the scope page as it is, to the writing refused: its error shown, no file written."""
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    wizard.destination_page.file_field.edit.setText(str(file))
    next_page(qtbot, wizard)
    qtbot.waitUntil(wizard.write_page.error_label.isVisible, timeout=20_000)
    assert not list(file.parent.glob(file.name + "*"))


def committed(qtbot, wizard: ImportWizard):
    """The group the import wizard imports or merges when its committing button is clicked."""
    imported: list[object] = []
    wizard.imported.connect(imported.append)
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: bool(imported), timeout=20_000)
    return imported[0]
