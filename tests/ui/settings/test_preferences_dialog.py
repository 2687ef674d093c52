"""Switching language, text size and colours at run time through Preferences, as a host would."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.settings import PreferenceStore
from tests.helpers import choose_by_keys
from ui.common.palette import DARK, LIGHT
from ui.common.theme import apply_theme
from ui.settings.preferences_dialog import PreferencesDialog


@pytest.fixture(autouse=True)
def restore_look(qapp) -> Iterator[None]:
    yield
    apply_theme(qapp, "normal")


def _open_preferences(qtbot, window) -> PreferencesDialog:
    window.activateWindow()  # offscreen, closing a dialog leaves no window active
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(
        window.focusWidget() or window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier
    )
    return _visible_dialog(window)


def _visible_dialog(window) -> PreferencesDialog:
    shown = [d for d in window.findChildren(PreferencesDialog) if d.isVisible()]
    assert len(shown) == 1
    return shown[0]


def _switch_language(qtbot, window, code: str) -> PreferencesDialog:
    dialog = _open_preferences(qtbot, window)
    choose_by_keys(qtbot, dialog.language_combo, data=code)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    # Translators post LanguageChange events: let them arrive.
    qtbot.waitUntil(
        lambda: (
            window.file_menu.title() != "&File"
            if code == "fr"
            else window.file_menu.title() == "&File"
        )
    )
    return dialog


def test_language_switch_retranslates_every_screen_live(qtbot, demo_window, data_dir) -> None:
    window = demo_window
    group = window.group_screen
    assert group.nav_buttons["sessions"].text() == "Sessions"

    dialog = _switch_language(qtbot, window, "fr")

    assert window.file_menu.title() == "&Fichier"
    assert window.tools_menu.title() == "&Outils"
    assert window.preferences_action.text() == "&Préférences…"
    assert group.nav_buttons["sessions"].text() == "Séances"
    assert group.nav_buttons["circle"].text() == "Cercle de parole"
    assert group.lock_button.text() == "Verrouiller"
    # The dialog itself, its own texts and Qt's standard buttons (from qtbase_fr).
    assert dialog.windowTitle() == "Préférences"
    assert dialog.labels["language"].text().startswith("&Langue")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
    assert dialog.apply_button.text() == "Appliquer"
    assert QLocale().language() == QLocale.Language.French
    assert PreferenceStore(data_dir.settings_file).load().language == "fr"

    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    window.lock()
    start = window.start_screen
    assert start.unlock_button.text() == "&Déverrouiller"
    assert start.count_label.text() == "1 groupe sur cet ordinateur"
    assert start.selected_label.text() == "Déverrouiller «\u00a0Les Tilleuls\u00a0»"

    dialog = _switch_language(qtbot, window, "en")
    assert start.unlock_button.text() == "&Unlock"
    assert start.count_label.text() == "1 group on this computer"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    assert PreferenceStore(data_dir.settings_file).load().language == "en"


def test_standard_dialog_buttons_come_from_qtbase_in_french(qtbot, ui_ctx) -> None:
    translations = ui_ctx.translations
    translations.apply("fr")
    assert translations.qt_loaded
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Yes
        | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
    assert box.button(QDialogButtonBox.StandardButton.Close).text() == "Fermer"
    assert "Oui" in box.button(QDialogButtonBox.StandardButton.Yes).text()


@pytest.mark.parametrize(
    ("lang", "one", "three"),
    [
        ("en", "1 group on this computer", "3 groups on this computer"),
        ("fr", "1 groupe sur cet ordinateur", "3 groupes sur cet ordinateur"),
    ],
)
def test_group_count_uses_plural_forms(qtbot, main_window, lang: str, one: str, three: str) -> None:
    main_window.ctx.translations.apply(lang)
    start = main_window.start_screen
    vaults = main_window.ctx.vaults
    assert not start.count_label.isVisible()  # no group: the empty-state text says it instead
    vaults.create_group("Mardi", "Groupe du mardi", lang, "correct horse battery")
    start.refresh()
    assert start.count_label.text() == one
    for label in ("Jeudi", "Vendredi"):
        vaults.create_group(label, label, lang, "correct horse battery")
    start.refresh()
    assert start.count_label.text() == three


def test_text_size_scales_the_whole_ui_live(qtbot, main_window) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = app.font().pointSizeF()
    label_height = main_window.start_screen.subtitle.sizeHint().height()
    dialog = _open_preferences(qtbot, main_window)
    choose_by_keys(qtbot, dialog.text_size_combo, data="very_large")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert app.font().pointSizeF() == pytest.approx(normal * 1.5)
    qtbot.waitUntil(lambda: main_window.start_screen.subtitle.sizeHint().height() > label_height)
    assert main_window.ctx.prefs.text_size == "very_large"


def test_dark_and_light_colours_apply_live(qtbot, main_window) -> None:
    dialog = _open_preferences(qtbot, main_window)
    choose_by_keys(qtbot, dialog.theme_combo, data="dark")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == DARK.window
    choose_by_keys(qtbot, dialog.theme_combo, data="light")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == LIGHT.window


def test_every_preference_is_saved_and_reloaded(qtbot, main_window, data_dir) -> None:
    dialog = _open_preferences(qtbot, main_window)
    for spin, value in (
        (dialog.autolock_spin, "25"),
        (dialog.stale_spin, "180"),
        (dialog.backups_daily_spin, "5"),
        (dialog.backups_weekly_spin, "8"),
    ):
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, value)
    dialog.chime_check.setFocus()
    qtbot.keyClick(dialog.chime_check, Qt.Key.Key_Space)
    choose_by_keys(qtbot, dialog.text_size_combo, data="large")
    qtbot.keyClick(dialog.chime_check, Qt.Key.Key_Return)  # the default button: OK
    assert not dialog.isVisible()
    saved = PreferenceStore(data_dir.settings_file).load()
    assert (
        saved.autolock_minutes,
        saved.stale_after_days,
        saved.backups_daily,
        saved.backups_weekly,
        saved.chime,
        saved.text_size,
    ) == (25, 180, 5, 8, True, "large")
    again = _open_preferences(qtbot, main_window)
    assert again.autolock_spin.value() == 25 and again.chime_check.isChecked()
    qtbot.keyClick(again.chime_check, Qt.Key.Key_Escape)
    assert not again.isVisible()


def test_preferences_open_from_the_start_screen_button(qtbot, main_window) -> None:
    qtbot.mouseClick(main_window.start_screen.preferences_button, Qt.MouseButton.LeftButton)
    _visible_dialog(main_window).reject()
