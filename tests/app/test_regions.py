"""Starter crisis numbers by region, chosen when the group is created, found the way a host
searches in a hurry: "crise", "suicide", "crisis"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.regions import CHECKED_ON, LINES, REGIONS
from app.resources import names_match
from storage.records import Category
from tests.helpers import choose_by_keys, type_text
from ui.common.models import OBJECT_ROLE
from ui.start.create_dialog import CreateGroupDialog

EXPECTED = {
    "fr": {"15", "112", "3114"},
    "be": {"112", "0800 32 123"},
    "ch": {"144", "112", "143"},
    "qc": {"911", "1 866 277-3553", "988"},
    "none": set(),
}


@pytest.mark.parametrize("region", REGIONS)
def test_each_region_starts_with_its_numbers_to_verify_with_date_and_source(
    vaults, region: str
) -> None:
    info = vaults.create_group("Mardi", "Entraide", "fr", "trois mots au hasard", region=region)
    group = vaults.unlock(info.id, "trois mots au hasard")
    try:
        lines = group.resources.in_category(Category.CRISIS_LINE.value)
    finally:
        group.close()
    assert {r.phone for r in lines} == EXPECTED[region]
    for resource in lines:
        assert resource.last_verified_on is None  # the host confirms them
        assert CHECKED_ON in resource.body and "https://" in resource.body
        assert "crise" in resource.body and "suicide" in resource.body
    assert all(line.sources for line in LINES[region])


def test_quebec_has_no_european_112() -> None:
    assert "112" not in {line.phone for line in LINES["qc"]}


def test_category_names_match_by_word_start_without_accents() -> None:
    assert names_match("crisis", "Crisis line or emergency number")
    assert names_match("urgen", "Urgence, crise ou ligne d'écoute")
    assert names_match("ecoute", "Urgence, crise ou ligne d'écoute")
    assert not names_match("crisis reading", "Crisis line or emergency number")
    assert not names_match("", "Other")


def _create_with_region(qtbot, window, region_text: str) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CreateGroupDialog)
        try:
            _fill(qtbot, dialog, region_text)
        finally:
            if dialog.isVisible():  # never leave a modal dialog blocking the test
                fill.error = dialog.error_label.text() or "not accepted"  # type: ignore[attr-defined]
                dialog.reject()

    fill.error = ""  # type: ignore[attr-defined]
    QTimer.singleShot(0, fill)
    qtbot.mouseClick(window.start_screen.create_button, Qt.MouseButton.LeftButton)
    assert not fill.error, fill.error  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not window.is_locked, timeout=10_000)


def _fill(qtbot, dialog: CreateGroupDialog, region_text: str) -> None:
    type_text(dialog.label_edit, "Mardi")
    type_text(dialog.name_edit, "Entraide deuil")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    choose_by_keys(qtbot, dialog.region_combo, text=region_text)
    type_text(dialog.passphrase_edit, "trois mots au hasard")
    type_text(dialog.confirm_edit, "trois mots au hasard")
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)


def test_region_chosen_at_creation_is_found_by_crise_suicide_and_crisis(qtbot, main_window) -> None:
    _create_with_region(qtbot, main_window, "Québec / Canada")
    main_window.group_screen.show_area("resources")
    screen = main_window.group_screen.screens["resources"]
    for typed in ("crise", "suicide", "crisis"):
        screen.search_box.clear()
        type_text(screen.search_box, typed)
        phones = {
            screen.proxy.index(r, 0).data(OBJECT_ROLE).phone for r in range(screen.proxy.rowCount())
        }
        assert {"1 866 277-3553", "988"} <= phones, typed
