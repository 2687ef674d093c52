"""The import wizard stages the new vault (its rows in memory, its search index) from the moment
the file is checked, while the host reads the preview and chooses a passphrase (issue 18): the
click then only writes it. Cancel while it is being built leaves nothing behind."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.group import GroupInfo
from storage import bundle_import
from tests.helpers import type_text
from tests.helpers.handover import NEW_VAULT_PASSPHRASE, HeldIndexBuild, staged_builds
from tests.helpers.wizards import next_page, on_next_laptop_preview


def test_the_vault_is_staged_at_the_preview_and_the_click_only_writes_it(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch
) -> None:
    built = staged_builds(monkeypatch)
    wizard = on_next_laptop_preview(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
    qtbot.waitUntil(lambda: len(built) == 1 and built[0][1].is_set(), timeout=20_000)
    staged = built[0][0]
    assert staged.holds_rows  # before the host has chosen anything
    next_page(qtbot, wizard)
    page = wizard.vault_page
    type_text(page.label_edit, "Groupe du jeudi")
    type_text(page.passphrase_edit, NEW_VAULT_PASSPHRASE)
    type_text(page.confirm_edit, NEW_VAULT_PASSPHRASE)
    imported: list[GroupInfo] = []
    wizard.imported.connect(imported.append)
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: bool(imported), timeout=20_000)
    assert len(built) == 1  # the write staged nothing again
    assert not staged.holds_rows
    assert ui_ctx.vaults.check_passphrase(imported[0].id, NEW_VAULT_PASSPHRASE)
    assert list(ui_ctx.vaults.data.tmp.iterdir()) == []


def test_cancel_while_the_index_is_built_ahead_leaves_nothing(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch
) -> None:
    """The index's statement (here one that would run for seconds) is interrupted, the staged
    rows freed and the copy removed before the wizard goes; no vault appears."""
    built = staged_builds(monkeypatch)
    held = HeldIndexBuild()
    monkeypatch.setattr(bundle_import, "build_search_index", held.build)
    wizard = on_next_laptop_preview(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
    assert held.indexing.wait(20)
    ahead = wizard.vault_ahead
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert held.ended == ["interrupted"] and not ahead.running
    assert len(built) == 1 and not built[0][0].holds_rows
    assert list(ui_ctx.vaults.data.tmp.iterdir()) == []
    assert list(ui_ctx.vaults.data.vaults.iterdir()) == []


def test_another_passphrase_for_the_file_drops_what_was_staged(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch
) -> None:
    """Back on the file page, a change to the passphrase drops the checked copy: what was
    staged from it goes first."""
    built = staged_builds(monkeypatch)
    wizard = on_next_laptop_preview(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
    qtbot.waitUntil(lambda: len(built) == 1 and built[0][1].is_set(), timeout=20_000)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    type_text(wizard.file_page.passphrase_edit, "x")
    assert not built[0][0].holds_rows
    assert list(ui_ctx.vaults.data.tmp.iterdir()) == []
