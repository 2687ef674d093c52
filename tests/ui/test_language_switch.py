"""The windows and dialogs outside the group's areas follow a live language switch: each text
given to Retranslating.translated where its widget is made is in French at once, and back in
English after, the same as before (tests/e2e/test_language_areas.py has the areas)."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget, QWizard

from i18n import typography
from tests.helpers.window_texts import WIZARD_BUTTONS, readable
from tests.helpers.wizards import next_page, open_export
from ui.circle import circle_screen
from ui.circle.circle_screen import CircleScreen
from ui.circle.presenter import PresenterWindow
from ui.common.passphrase_field import PassphraseEdit
from ui.handover.export_wizard import ExportWizard
from ui.handover.import_wizard import ImportWizard
from ui.help.guide import GuideDialog
from ui.help.shortcuts import ShortcutsDialog
from ui.safety.change_passphrase_dialog import ChangePassphraseDialog
from ui.settings.preferences_dialog import PreferencesDialog
from ui.start.backups_dialog import BackupsDialog
from ui.start.create_dialog import CreateGroupDialog

TS = Path(__file__).resolve().parents[2] / "i18n" / "cercle_fr.ts"


@pytest.fixture(scope="module")
def french() -> dict[str, str]:
    """Every source text whose French differs: one left unchanged by a switch was missed."""
    found = {}
    for message in ET.parse(TS).getroot().iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        if source and translation is not None and translation.text not in (None, source):
            found[source] = translation.text or ""
    return found


def _texts(top: QWidget) -> dict[str, str]:
    """Keyed by where each widget is in memory: a list or a table makes its scroll bars when it
    first needs them."""
    return {
        f"{type(w).__name__}@{shiboken6.getCppPointer(w)[0]:x}:{kind}": text
        for w, kind, text in readable(top)
    }


def _switch(qtbot, ui_ctx, windows: list[QWidget], language: str) -> list[dict[str, str]]:
    before = [_texts(w) for w in windows]
    ui_ctx.translations.apply(language)
    # Posted to each window, then sent down to its children at once.
    qtbot.waitUntil(lambda: all(_texts(w) != old for w, old in zip(windows, before, strict=True)))
    QCoreApplication.processEvents()
    return [_texts(w) for w in windows]


def _follows_both_ways(qtbot, ui_ctx, windows: list[QWidget], french: dict[str, str]) -> None:
    english = [_texts(w) for w in windows]
    for window, texts in zip(windows, english, strict=True):
        assert sum(text in french for text in texts.values()) >= 2, type(window).__name__
    in_french = _switch(qtbot, ui_ctx, windows, "fr")
    for window, before, after in zip(windows, english, in_french, strict=True):
        left = [t for k, t in before.items() if t in french and after.get(k) == t]
        assert left == [], type(window).__name__
        # A text put together in code ("{key}: {action}") is French too, spacing included.
        spaced = [t for t in after.values() if typography.faults(t)]
        assert spaced == [], type(window).__name__
    # Back in English, each text is as it was: none lost, none left from the French.
    again = _switch(qtbot, ui_ctx, windows, "en")
    for before, after in zip(english, again, strict=True):
        changed = {k: (before.get(k), after.get(k)) for k in {*before, *after}}
        assert {k: texts for k, texts in changed.items() if texts[0] != texts[1]} == {}


def test_the_start_and_its_dialogs_follow_a_switch(
    qtbot, ui_ctx, main_window, wizards, french
) -> None:
    windows: list[QWidget] = [
        main_window,
        PreferencesDialog(ui_ctx, main_window),
        CreateGroupDialog("en"),
        ShortcutsDialog(),
        GuideDialog(ui_ctx),
        PresenterWindow(),
    ]
    for window in windows[1:]:
        qtbot.addWidget(window)
    wizard = ImportWizard(ui_ctx)
    wizards.append(wizard)
    _follows_both_ways(qtbot, ui_ctx, [*windows, wizard], french)


def test_the_open_group_s_dialogs_and_circle_follow_a_switch(
    qtbot, ui_ctx, fresh_group, wizards, french
) -> None:
    windows: list[QWidget] = [
        ChangePassphraseDialog(ui_ctx, fresh_group),
        BackupsDialog(ui_ctx, fresh_group.info),
        CircleScreen(ui_ctx, fresh_group),
    ]
    for window in windows:
        qtbot.addWidget(window)
    made = [ExportWizard(ui_ctx, fresh_group), ImportWizard(ui_ctx, fresh_group)]
    wizards.extend(made)
    _follows_both_ways(qtbot, ui_ctx, [*windows, *made], french)


def test_a_text_chosen_by_what_happened_stays_chosen(qtbot, ui_ctx, fresh_group, wizards) -> None:
    """Given again when the state changes, a text follows the switch in its new version: never
    back to the one the widget was made with."""
    dialog = ChangePassphraseDialog(ui_ctx, fresh_group)
    qtbot.addWidget(dialog)
    dialog._on_done(None)
    field = PassphraseEdit()
    qtbot.addWidget(field)
    field.toggle_action.setChecked(True)
    export = ExportWizard(ui_ctx, fresh_group)
    wizards.append(export)
    export.scope_page.radios["no_roster"].setChecked(True)

    ui_ctx.translations.apply("fr")
    qtbot.waitUntil(lambda: dialog.windowTitle() != "Change the passphrase")
    QCoreApplication.processEvents()
    done = "The passphrase was changed. From now on, the group opens only with the new one."
    assert dialog.intro.text() == QCoreApplication.translate("ChangePassphraseDialog", done)
    assert dialog.intro.text() != done
    assert field.toggle_action.text() == QCoreApplication.translate(
        "PassphraseEdit", "Hide the passphrase (Ctrl+H)"
    )
    assert export.scope_page.notes_note.text() == QCoreApplication.translate(
        "ScopePage", "No member list, so no private notes either."
    )


def test_a_wizard_s_own_buttons_follow_a_switch(qtbot, ui_ctx, fresh_group, wizards) -> None:
    """Qt words Back, Next, Finish and Cancel once, when the wizard is made: they change with
    the rest, and the page's commit button keeps its own words."""
    wizard = open_export(wizards, ui_ctx, fresh_group)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)  # the destination page, which commits
    button = QWizard.WizardButton
    english = {which: wizard.button(which).text() for which in WIZARD_BUTTONS}
    assert english[button.CommitButton] == "&Write the file"

    ui_ctx.translations.apply("fr")
    qtbot.waitUntil(lambda: wizard.windowTitle() != "Hand over the group")
    QCoreApplication.processEvents()
    french = {which: wizard.button(which).text() for which in WIZARD_BUTTONS}
    assert french == {
        button.BackButton: "< &Précédent",
        button.NextButton: "&Suivant >",
        button.CommitButton: "&Écrire le fichier",
        button.FinishButton: "&Terminer",
        button.CancelButton: "Annuler",
    }
    ui_ctx.translations.apply("en")
    qtbot.waitUntil(lambda: wizard.windowTitle() == "Hand over the group")
    QCoreApplication.processEvents()
    assert {which: wizard.button(which).text() for which in WIZARD_BUTTONS} == english


def test_the_chime_box_follows_the_preferences(qtbot, ui_ctx, fresh_group, monkeypatch) -> None:
    monkeypatch.setattr(circle_screen, "chime_available", lambda: True)
    screen = CircleScreen(ui_ctx, fresh_group)
    qtbot.addWidget(screen)
    box = screen.setup.chime_box
    assert box.isChecked() == ui_ctx.prefs.chime
    ui_ctx.save_preferences(dataclasses.replace(ui_ctx.prefs, chime=not ui_ctx.prefs.chime))
    assert box.isChecked() == ui_ctx.prefs.chime
