"""Handing a group over on the same computer (a community centre's shared laptop): the import
wizard says so on its first page and offers merge, take-over or keep-both."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.backups import TAKEOVER
from app.group import GroupInfo
from storage.database import Database
from storage.records import Member
from tests.helpers import type_text
from tests.helpers.handover import BUNDLE_PASSPHRASE
from tests.helpers.wizards import click_radio, committed, next_page, open_file_page
from ui.handover.same_group import KEEP_BOTH, MERGE, TAKE_OVER

OLD = "correct horse battery"
NEW = "la clé de la nouvelle"


@pytest.fixture
def handed_over(fresh_group, handover, tmp_path: Path):
    """The outgoing host exported the group and locked it; the laptop keeps their vault."""
    target = tmp_path / "stick" / "g.cercle"
    target.parent.mkdir()
    handover.export(fresh_group, target, BUNDLE_PASSPHRASE, "everything")
    fresh_group.roster.add_member(
        Member("Added after the export")
    )  # the old vault differs from the file
    fresh_group.close()
    return target, fresh_group.info


def _first_page(qtbot, wizards, ui_ctx, bundle: Path, choice: str | None = None):
    """The wizard on its first page, the file opened, and `choice` clicked when given."""
    wizard = open_file_page(qtbot, wizards, ui_ctx, bundle)
    page = wizard.file_page
    type_text(page.passphrase_edit, BUNDLE_PASSPHRASE.lower())
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.same_group.isVisible(), timeout=20_000)
    if choice is not None:
        click_radio(qtbot, page.same_group.radios[choice])
    return wizard, page


def _imported(qtbot, wizard) -> GroupInfo:
    """The group the wizard imports or merges when its committing button is clicked."""
    return committed(qtbot, wizard)


def test_page_one_says_the_group_is_here_and_offers_three_ways(
    qtbot, wizards, ui_ctx, handed_over
) -> None:
    bundle, info = handed_over
    wizard, page = _first_page(qtbot, wizards, ui_ctx, bundle)
    assert wizard.currentPage() is page
    assert "already on this computer" in page.same_group.title.text()
    assert info.label in page.same_group.title.text()
    for kind in (MERGE, TAKE_OVER, KEEP_BOTH):
        assert page.same_group.radios[kind].isVisible()
    assert not page.same_group.merge_passphrase.isEnabled()


def test_take_over_without_the_old_passphrase_keeps_the_old_vault_as_a_backup(
    qtbot, wizards, ui_ctx, handed_over, vaults
) -> None:
    bundle, info = handed_over
    old_bytes = info.path.read_bytes()
    wizard, _ = _first_page(qtbot, wizards, ui_ctx, bundle, TAKE_OVER)
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.preview_page
    next_page(qtbot, wizard)
    vault_page = wizard.vault_page
    assert vault_page.label_edit.text() == info.label
    type_text(vault_page.passphrase_edit, NEW)
    type_text(vault_page.confirm_edit, NEW)
    assert _imported(qtbot, wizard).id == info.id
    assert vaults.check_passphrase(info.id, NEW) and not vaults.check_passphrase(info.id, OLD)
    group = vaults.unlock(info.id, NEW)
    try:
        pseudonyms = {m.pseudonym for m in group.roster.members()}
    finally:
        group.close()
    assert "Added after the export" not in pseudonyms  # the handed-over copy, not the old vault
    (kept,) = [b for b in vaults.backups.backups_of(info.id) if b.kind == TAKEOVER]
    assert kept.path.read_bytes() == old_bytes and not kept.same_passphrase
    Database.open(kept.path, OLD, read_only=True, take_lock=False).close()
    assert [g.id for g in vaults.list_groups()] == [info.id]


def test_keep_both_makes_a_second_group_and_leaves_the_first_alone(
    qtbot, wizards, ui_ctx, handed_over, vaults
) -> None:
    bundle, info = handed_over
    wizard, _ = _first_page(qtbot, wizards, ui_ctx, bundle, KEEP_BOTH)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    type_text(wizard.vault_page.label_edit, "Jeudi")
    type_text(wizard.vault_page.passphrase_edit, NEW)
    type_text(wizard.vault_page.confirm_edit, NEW)
    imported = _imported(qtbot, wizard)
    assert imported.id != info.id and imported.label == "Jeudi"
    assert {g.id for g in vaults.list_groups()} == {info.id, imported.id}
    assert vaults.check_passphrase(info.id, OLD)
    second = vaults.unlock(imported.id, NEW)
    try:
        assert second.group_id == imported.id
    finally:
        second.close()


def test_merge_here_needs_the_groups_passphrase_and_leaves_it_closed(
    qtbot, wizards, ui_ctx, handed_over, vaults
) -> None:
    bundle, info = handed_over
    wizard, page = _first_page(qtbot, wizards, ui_ctx, bundle, MERGE)
    field = page.same_group.merge_passphrase
    assert field.isEnabled()
    type_text(field, "not this one")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.error_label.isVisible(), timeout=20_000)
    assert wizard.currentPage() is page
    field.clear()
    type_text(field, OLD)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=20_000)
    qtbot.waitUntil(lambda: "Will be" in wizard.preview_page.merge_label.text(), timeout=20_000)
    assert _imported(qtbot, wizard).id == info.id  # the preview is where a merge commits
    group = vaults.unlock(info.id, OLD)  # closed again by the wizard, same passphrase
    try:
        assert "Added after the export" in {m.pseudonym for m in group.roster.members()}
    finally:
        group.close()
