"""The import wizard stages the new vault (its rows in memory, its search index) from the moment
the file is checked, while the host reads the preview and chooses a passphrase (issue 18): the
click then only writes it. Cancel while it is being built leaves nothing behind."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.group import GroupInfo
from app.handover import HandoverService, StagedVault
from storage import bundle_file, bundle_import
from tests.helpers import type_text
from tests.helpers.handover import (
    BUNDLE_PASSPHRASE,
    NEW_VAULT_PASSPHRASE,
    HeldIndexBuild,
    HeldStatement,
)
from tests.helpers.wizards import committed, next_page, open_on_next_laptop
from ui.handover.same_group import KEEP_BOTH


def _to_preview(qtbot, wizards, ui_ctx, bundle, tmp_path):
    wizard = open_on_next_laptop(qtbot, wizards, ui_ctx, bundle, tmp_path)
    type_text(wizard.file_page.passphrase_edit, BUNDLE_PASSPHRASE)
    qtbot.keyClick(wizard.file_page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=20_000)
    return wizard


def _builds(monkeypatch: pytest.MonkeyPatch) -> list[tuple[StagedVault, threading.Event]]:
    built: list[tuple[StagedVault, threading.Event]] = []
    real = StagedVault.build

    def build(self: StagedVault) -> StagedVault:
        done = threading.Event()
        built.append((self, done))
        try:
            return real(self)
        finally:
            done.set()

    monkeypatch.setattr(StagedVault, "build", build)
    return built


def test_the_vault_is_staged_at_the_preview_and_the_click_only_writes_it(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch
) -> None:
    built = _builds(monkeypatch)
    wizard = _to_preview(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
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
    built = _builds(monkeypatch)
    held = HeldIndexBuild()
    monkeypatch.setattr(bundle_import, "build_search_index", held.build)
    wizard = _to_preview(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
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
    built = _builds(monkeypatch)
    wizard = _to_preview(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
    qtbot.waitUntil(lambda: len(built) == 1 and built[0][1].is_set(), timeout=20_000)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    type_text(wizard.file_page.passphrase_edit, "x")
    assert not built[0][0].holds_rows
    assert list(ui_ctx.vaults.data.tmp.iterdir()) == []


# -- the vault written ahead, once the host has settled on a passphrase ------------------------
FIRST, SECOND = "le premier choix, é", "finalement un autre"


def _writes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, threading.Event]]:
    """Each vault file written from the staged rows (ahead or at the click), with its end."""
    writes: list[tuple[Path, threading.Event]] = []
    real = bundle_file.write_keyed

    def write_keyed(db, source, path, key, *watch):
        done = threading.Event()
        writes.append((path, done))
        try:
            real(db, source, path, key, *watch)
        finally:
            done.set()

    monkeypatch.setattr(bundle_import, "write_keyed", write_keyed)
    return writes


def _settle(qtbot, wizard, passphrase: str) -> None:
    page = wizard.vault_page
    for edit in (page.passphrase_edit, page.confirm_edit):
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
        type_text(edit, passphrase)


def _on_vault_page(qtbot, wizards, ui_ctx, bundle, tmp_path):
    wizard = _to_preview(qtbot, wizards, ui_ctx, bundle, tmp_path)
    next_page(qtbot, wizard)
    type_text(wizard.vault_page.label_edit, "Groupe du jeudi")
    return wizard


def _vault_files(ui_ctx) -> list[Path]:
    return [path for path in ui_ctx.vaults.data.tmp.glob("vault-*.cercle")]


def _written_first(qtbot, wizards, ui_ctx, bundle, tmp_path, monkeypatch, keep_both=False):
    """The wizard on its last page, FIRST typed twice and the vault written under it."""
    writes = _writes(monkeypatch)
    wizard = _on_vault_page(qtbot, wizards, ui_ctx, bundle, tmp_path)
    if keep_both:
        monkeypatch.setattr(wizard.file_page, "choice", lambda: KEEP_BOTH)
    _settle(qtbot, wizard, FIRST)
    qtbot.waitUntil(lambda: len(writes) == 1 and writes[0][1].is_set(), timeout=20_000)
    return wizard, writes


def test_the_vault_is_written_ahead_and_the_click_only_puts_it_in_place(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch
) -> None:
    wizard, writes = _written_first(qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch)
    assert _vault_files(ui_ctx) == [writes[0][0]]  # before the click
    group = committed(qtbot, wizard)
    assert len(writes) == 1  # the click wrote nothing
    assert ui_ctx.vaults.check_passphrase(group.id, FIRST)
    assert list(ui_ctx.vaults.data.tmp.iterdir()) == []


def test_another_passphrase_removes_the_vault_written_for_the_first(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch
) -> None:
    wizard, writes = _written_first(qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch)
    _settle(qtbot, wizard, SECOND)
    qtbot.waitUntil(lambda: len(writes) == 2 and writes[1][1].is_set(), timeout=20_000)
    qtbot.waitUntil(lambda: _vault_files(ui_ctx) == [writes[1][0]])
    group = committed(qtbot, wizard)
    assert len(writes) == 2
    assert ui_ctx.vaults.check_passphrase(group.id, SECOND)
    assert not ui_ctx.vaults.check_passphrase(group.id, FIRST)
    assert list(ui_ctx.vaults.data.tmp.iterdir()) == []


def test_keeping_the_group_apart_writes_it_again_with_its_own_id(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch
) -> None:
    """The file's group is here already: kept apart, it gets an id of its own, which the vault
    written ahead does not hold; the click writes it again and removes the one ahead."""
    wizard, writes = _written_first(
        qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch, keep_both=True
    )
    group = committed(qtbot, wizard)
    assert len(writes) == 2
    assert group.id != wizard_file_group(demo_bundle, ui_ctx)
    assert ui_ctx.vaults.check_passphrase(group.id, FIRST)
    assert list(ui_ctx.vaults.data.tmp.iterdir()) == []


def wizard_file_group(bundle: Path, ui_ctx) -> str:
    copy = HandoverService(ui_ctx.vaults).inspect(bundle, BUNDLE_PASSPHRASE)
    copy.discard()
    return copy.manifest.group_id


def test_cancel_while_the_vault_is_written_ahead_leaves_nothing(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch
) -> None:
    """The write's statement (here one that would run for seconds) is interrupted, its file
    removed, the staged rows freed and the copy removed before the wizard goes."""
    held = HeldStatement()

    def held_write(db, source, path, key, *_watch):
        path.write_bytes(b"")  # as the ATTACH makes it
        held.run(db)

    built = _builds(monkeypatch)
    monkeypatch.setattr(bundle_import, "write_keyed", held_write)
    wizard = _on_vault_page(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
    _settle(qtbot, wizard, FIRST)
    assert held.started.wait(20)
    ahead = wizard.vault_ahead
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert held.ended == ["interrupted"] and not ahead.running
    assert len(built) == 1 and not built[0][0].holds_rows
    assert list(ui_ctx.vaults.data.tmp.iterdir()) == []
    assert list(ui_ctx.vaults.data.vaults.iterdir()) == []
