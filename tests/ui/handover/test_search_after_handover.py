"""A handover file carries no search index (format 4): the group imported or merged through the
wizards is found by the Resources screen's search as the host types, from the index built here."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.group import GroupInfo
from storage.clock import utc_now_iso
from tests.helpers import type_text
from tests.helpers.bad_bundles import reseal
from tests.helpers.handover import BUNDLE_PASSPHRASE
from tests.helpers.wizards import next_page, open_file_page, open_on_next_laptop
from ui.common.models import OBJECT_ROLE
from ui.resources.resources_screen import ResourcesScreen

NEW = "ma propre clé"


def _searched(qtbot, ui_ctx, group, typed: str) -> list[str]:
    """The titles the Resources screen lists once `typed` is in its search box."""
    screen = ResourcesScreen(ui_ctx, group)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    type_text(screen.search_box, typed)
    proxy = screen.proxy
    return [proxy.index(row, 0).data(OBJECT_ROLE).title for row in range(proxy.rowCount())]


def test_an_imported_group_is_searched(qtbot, wizards, ui_ctx, demo_bundle, tmp_path) -> None:
    wizard = open_on_next_laptop(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
    type_text(wizard.file_page.passphrase_edit, BUNDLE_PASSPHRASE)
    qtbot.keyClick(wizard.file_page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=20_000)
    next_page(qtbot, wizard)
    type_text(wizard.vault_page.label_edit, "Groupe du jeudi")
    type_text(wizard.vault_page.passphrase_edit, NEW)
    type_text(wizard.vault_page.confirm_edit, NEW)
    imported: list[GroupInfo] = []
    wizard.imported.connect(imported.append)
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: bool(imported), timeout=20_000)
    group = ui_ctx.vaults.unlock(imported[0].id, NEW)
    try:
        assert "SOS Amitié" in _searched(qtbot, ui_ctx, group, "ecou")
    finally:
        group.close()


def test_a_merged_resource_is_searched(qtbot, wizards, ui_ctx, demo_group, demo_bundle) -> None:
    reseal(
        demo_bundle,
        BUNDLE_PASSPHRASE,
        (
            "UPDATE resources SET title = 'Zanzibar', updated_at = ? "
            "WHERE rowid = (SELECT min(rowid) FROM resources)",
            (utc_now_iso(),),  # a co-host's later change: it wins
        ),
    )
    wizard = open_file_page(qtbot, wizards, ui_ctx, demo_bundle, demo_group)
    type_text(wizard.file_page.passphrase_edit, BUNDLE_PASSPHRASE)
    qtbot.mouseClick(wizard.file_page.check_button, Qt.MouseButton.LeftButton)
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.merge_counts is not None, timeout=20_000)
    assert preview.merge_counts.changed["resources"] == 1
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        next_page(qtbot, wizard)
    assert _searched(qtbot, ui_ctx, demo_group, "zanzi") == ["Zanzibar"]
