"""Every main screen works by keyboard alone, names its controls for a screen reader, shows where
the focus is, has no clashing Alt+letter keys, and keeps WCAG AA contrast in light and dark.

The group screen checks run over `GroupScreen.screens`, so each area is covered as it lands.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from tests.helpers.a11y import (
    accessible_name,
    badly_spoken,
    describe,
    focus_is_visible,
    menu_clashes,
    mnemonic_clashes,
    tab_stops,
    unlabelled_fields,
    walk_tab_order,
)
from ui.common.palette import THEMES, contrast, text_pairs, ui_pairs
from ui.common.theme import apply_theme, build_palette
from ui.settings.preferences_dialog import PreferencesDialog
from ui.start.create_dialog import CreateGroupDialog


def _check_screen(qtbot, root: QWidget, first: QWidget) -> list[QWidget]:
    order = walk_tab_order(qtbot, first)
    missing = [describe(w) for w in tab_stops(root) if w not in order]
    assert not missing, f"Tab never reaches {missing}"
    unnamed = [describe(w) for w in order if root.isAncestorOf(w) and not accessible_name(w)]
    assert not unnamed, f"no accessible name (setAccessibleName, text or label buddy): {unnamed}"
    return order


def _areas(window: object) -> list[str]:
    from ui.group.group_screen import AREAS

    return list(AREAS)


def test_start_screen_by_keyboard(qtbot, main_window) -> None:
    start = main_window.start_screen
    main_window.ctx.vaults.create_group("Mardi", "Groupe du mardi", "fr", "correct horse battery")
    start.refresh()
    order = _check_screen(qtbot, start, start.group_list)
    assert order[:6] == [
        start.group_list,
        start.passphrase_edit,
        start.unlock_button,
        start.create_button,
        start.demo_button,
        start.preferences_button,
    ]


def test_start_screen_focus_is_always_visible(qtbot, main_window) -> None:
    start = main_window.start_screen
    main_window.ctx.vaults.create_group("Mardi", "Groupe du mardi", "fr", "correct horse battery")
    start.refresh()
    for widget in tab_stops(start):
        away = (
            start.preferences_button
            if widget is not start.preferences_button
            else start.create_button
        )
        assert focus_is_visible(qtbot, widget, away), f"no visible focus on {describe(widget)}"


def test_group_shell_focus_is_visible(qtbot, group_screen) -> None:
    group = group_screen
    for widget in [group.help_button, group.lock_button, *group.nav_buttons.values()]:
        away = group.lock_button if widget is not group.lock_button else group.help_button
        assert focus_is_visible(qtbot, widget, away), f"no visible focus on {describe(widget)}"


def test_group_screen_every_area_by_keyboard(qtbot, group_screen) -> None:
    group = group_screen
    for area in _areas(group):
        group.show_area(area)
        qtbot.waitUntil(group.screens[area].isVisible)
        order = _check_screen(qtbot, group, group.nav_buttons[area])
        assert group.help_button in order and group.lock_button in order


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_mnemonic_clashes_in_any_screen(qtbot, demo_window, lang: str) -> None:
    demo_window.ctx.translations.apply(lang)
    qtbot.waitUntil(
        lambda: (
            demo_window.file_menu.title() != ""
            and (lang == "en") == (demo_window.file_menu.title() == "&File")
        )
    )
    group = demo_window.group_screen
    for area in _areas(demo_window):
        group.show_area(area)
        assert not mnemonic_clashes(demo_window), f"{lang}, {area}: {mnemonic_clashes(demo_window)}"
        assert not badly_spoken(demo_window), f"{lang}, {area}: {badly_spoken(demo_window)}"
    # A meeting stepped aside for the circle: the run button reads "Back to the meeting"
    # ("&Reprendre la séance" took Alt+R from "Prendre les p&résences…").
    sessions = group.screens["sessions"]
    group.show_area("sessions")
    sessions.show_selected(sessions.selected(), True)
    assert not mnemonic_clashes(demo_window), f"{lang}, back: {mnemonic_clashes(demo_window)}"
    demo_window.lock()
    assert not mnemonic_clashes(demo_window), f"{lang}, start: {mnemonic_clashes(demo_window)}"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_letter_twice_in_a_menu(qtbot, demo_window, lang: str) -> None:
    """Alt+F then P ran neither "Changer la &phrase secrète…" nor "&Passer le relais…": a
    letter used twice in a menu only moves between its entries."""
    demo_window.ctx.translations.apply(lang)
    qtbot.waitUntil(lambda: (lang == "en") == (demo_window.file_menu.title() == "&File"))
    assert not menu_clashes(demo_window), f"{lang}: {menu_clashes(demo_window)}"
    demo_window.lock()
    assert not menu_clashes(demo_window), f"{lang}, locked: {menu_clashes(demo_window)}"


def test_help_dialogs_by_keyboard_with_names(qtbot, ui_ctx, demo_group) -> None:
    """Tab leaves the shortcuts' table for Close (the table kept it, moving from cell to cell),
    and every stop of Help now is named (its scroll area took the focus without a name)."""
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.help.shortcuts import ShortcutsDialog
    from ui.resources.help_now import HelpNowDialog

    for dialog in (ShortcutsDialog(), HelpNowDialog(ui_ctx, demo_group)):
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda d=dialog: QApplication.activeWindow() is d)
        order = _check_screen(qtbot, dialog, tab_stops(dialog)[0])
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        assert buttons.button(QDialogButtonBox.StandardButton.Close) in order, dialog
        dialog.close()


def test_a_widget_that_keeps_tab_is_a_trap(qtbot) -> None:
    """The walk's own check: a table moving from cell to cell on Tab, first in the order, read
    as a complete order of one widget."""
    from PySide6.QtWidgets import QDialog, QPushButton, QTableWidget, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    table = QTableWidget(3, 3)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(QPushButton("Close"))
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    with pytest.raises(AssertionError, match="trapped"):
        walk_tab_order(qtbot, table)


def _dialogs(qtbot, ctx, lang: str) -> Iterator[QWidget]:
    """Each dialog of this area, shown and active, in a language."""
    ctx.translations.apply(lang)
    for dialog in (PreferencesDialog(ctx), CreateGroupDialog(lang)):
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda d=dialog: QApplication.activeWindow() is d)
        yield dialog
        dialog.close()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_dialogs_by_keyboard_with_names_and_distinct_mnemonics(qtbot, ui_ctx, lang: str) -> None:
    for dialog in _dialogs(qtbot, ui_ctx, lang):
        order = _check_screen(qtbot, dialog, dialog.focusWidget() or tab_stops(dialog)[0])
        for widget in order:
            away = order[0] if widget is not order[0] else order[1]
            assert focus_is_visible(qtbot, widget, away), f"no visible focus: {describe(widget)}"
        assert not mnemonic_clashes(dialog), (
            f"{lang} {type(dialog).__name__}: {mnemonic_clashes(dialog)}"
        )


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_sessions_dialogs_have_distinct_mnemonics(qtbot, ui_ctx, demo_group, lang: str) -> None:
    """Each Alt+letter of a Sessions dialog reaches one control: "Re&name…" and "&New session
    from this format" shared Alt+N in Meeting formats, which then only moved the focus."""
    from PySide6.QtCore import QDateTime

    from ui.sessions.format_scripts import FormatScriptsDialog
    from ui.sessions.recurrence_dialog import RecurrenceDialog
    from ui.sessions.session_editor import SessionEditor
    from ui.sessions.templates_dialog import TemplatesDialog

    ui_ctx.translations.apply(lang)
    session = demo_group.sessions.sessions()[-1]
    template = demo_group.sessions.templates()[0]
    for dialog in (
        TemplatesDialog(demo_group),
        SessionEditor(demo_group, session, demo_group.sessions.agenda(session.id)),
        RecurrenceDialog(demo_group.sessions.templates(), QDateTime.currentDateTime()),
        FormatScriptsDialog(demo_group, template.id, template.name),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        assert not mnemonic_clashes(dialog), (
            f"{lang} {type(dialog).__name__}: {mnemonic_clashes(dialog)}"
        )
        dialog.done(0)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_dialog_fields_have_visible_labels(qtbot, ui_ctx, lang: str) -> None:
    """Placeholders vanish as soon as one types: every field keeps a visible label."""
    for dialog in _dialogs(qtbot, ui_ctx, lang):
        missing = [describe(w) for w in unlabelled_fields(dialog)]
        assert not missing, f"{type(dialog).__name__}: no visible label for {missing}"


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_text_colours_meet_wcag_aa(theme: str) -> None:
    too_low = {
        name: round(contrast(fg, bg), 2)
        for name, (fg, bg) in text_pairs(THEMES[theme]).items()
        if contrast(fg, bg) < 4.5
    }
    assert not too_low, f"{theme}: text below 4.5:1 {too_low}"
    faint = {
        name: round(contrast(fg, bg), 2)
        for name, (fg, bg) in ui_pairs(THEMES[theme]).items()
        if contrast(fg, bg) < 3.0
    }
    assert not faint, f"{theme}: focus ring or borders below 3:1 {faint}"


def test_contrast_arithmetic_matches_wcag_reference_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_applied_palette_keeps_the_contrast(qapp, theme: str) -> None:
    apply_theme(qapp, "normal", theme)
    try:
        palette = QApplication.palette()
        assert palette == build_palette(THEMES[theme])
        role = QPalette.ColorRole
        for fg, bg in (
            (role.WindowText, role.Window),
            (role.Text, role.Base),
            (role.ButtonText, role.Button),
            (role.HighlightedText, role.Highlight),
            (role.PlaceholderText, role.Base),
        ):
            assert contrast(palette.color(fg).name(), palette.color(bg).name()) >= 4.5
    finally:
        apply_theme(qapp, "normal")


def _shown_text_sizes(root: QWidget) -> dict[QWidget, float]:
    return {
        w: w.fontInfo().pointSizeF()
        for w in root.findChildren(QWidget)
        if w.isVisible() and isinstance(w, QLabel | QAbstractButton) and w.text()
    }


def _text_sizes(root: QWidget) -> dict[QWidget, float]:
    """Each pane's texts, the detail too where a short screen shows one pane at a time."""
    from ui.common.list_detail import ListDetail

    sizes = _shown_text_sizes(root)
    for split in root.findChildren(ListDetail):
        if split.one_at_a_time:
            split.show_detail()
            sizes |= _shown_text_sizes(root)
            split.show_list()
    return sizes


def test_text_size_setting_reaches_every_area(qtbot, group_screen, look) -> None:
    # One style sheet change for all the areas, not one per area: each one re-polishes the
    # whole window (the look fixture restores the normal size once the window is gone). Each
    # area is shown again to be measured, as the host would see it.
    group = group_screen
    first = group.current_area()
    roots: list[tuple[str, QWidget]] = [
        ("group shell", group),
        *((area, group.screens[area]) for area in _areas(group)),
    ]

    def sizes_shown() -> dict[str, dict[QWidget, float]]:
        seen = {}
        for name, root in roots:
            group.show_area(first if root is group else name)
            seen[name] = _text_sizes(root)
        return seen

    before = sizes_shown()  # at the normal size ui_ctx set
    look("very_large", "light")
    after = sizes_shown()
    for name, _root in roots:
        assert before[name], f"no text shown in {name}"
        fixed = [describe(w) for w, size in before[name].items() if after[name].get(w, 0) <= size]
        assert not fixed, f"{name}: text that ignores the text size {fixed}"


def test_first_start_offers_create_and_demo_first(qtbot, main_window) -> None:
    start = main_window.start_screen
    assert not start.group_list.isVisible()
    assert start.empty_label.isVisible()
    assert start.create_button.hasFocus()
    order = _check_screen(qtbot, start, start.create_button)
    assert order[:3] == [start.create_button, start.demo_button, start.preferences_button]


def test_area_shortcuts_move_the_keyboard_focus_into_the_area(qtbot, group_screen) -> None:
    group = group_screen
    for number, area in enumerate(_areas(group)[:9], start=1):
        qtbot.keyClick(
            QApplication.focusWidget() or group,
            str(number),
            Qt.KeyboardModifier.ControlModifier,
        )
        assert group.current_area() == area
        focused = QApplication.focusWidget()
        assert focused is group.nav_buttons[area] or group.screens[area].isAncestorOf(focused), (
            f"Ctrl+{number} left the focus on {describe(focused)}"
        )


def test_fields_named_from_their_labels_are_read_without_the_colon(
    qtbot, ui_ctx, demo_group
) -> None:
    """French puts a non-breaking space before the colon: a field named from its label was read
    out as "Date et heure, space"."""
    from PySide6.QtCore import QDateTime

    from ui.safety.change_passphrase_dialog import ChangePassphraseDialog
    from ui.sessions.recurrence_dialog import RecurrenceDialog
    from ui.sessions.session_editor import SessionEditor

    ui_ctx.translations.apply("fr")
    ui_ctx.group = demo_group
    session = demo_group.sessions.sessions()[0]
    for dialog in (
        SessionEditor(demo_group, session, demo_group.sessions.agenda(session.id)),
        RecurrenceDialog(demo_group.sessions.templates(), QDateTime.currentDateTime()),
        ChangePassphraseDialog(ui_ctx, demo_group),
    ):
        qtbot.addWidget(dialog)
        assert not badly_spoken(dialog), badly_spoken(dialog)
