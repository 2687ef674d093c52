"""Texts given to `Retranslating.translated` follow a language switch, once each."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.group_info import DEMO_PASSPHRASE
from i18n.loader import Translations
from ui.start.start_view import StartView


@pytest.fixture
def translations(qapp: object) -> Iterator[Translations]:
    translations = Translations()
    yield translations
    translations.apply("en")


def test_a_language_switch_sets_each_text_again(qtbot: QtBot, translations: Translations) -> None:
    translations.apply("en")
    view = StartView()
    qtbot.addWidget(view)
    assert view.unlock_button.text() == "&Unlock"
    assert view.group_list.accessibleName() == "Groups on this computer"
    english_hint = view.demo_hint.text()

    translations.apply("fr")
    qtbot.waitUntil(lambda: view.unlock_button.text() == "&Déverrouiller")
    assert view.group_list.accessibleName() == "Groupes sur cet ordinateur"
    # Made from a template: filled again in the new language, not left with its placeholder.
    assert view.demo_hint.text() != english_hint
    assert DEMO_PASSPHRASE in view.demo_hint.text()


def test_a_text_given_again_replaces_the_first(qtbot: QtBot, translations: Translations) -> None:
    translations.apply("en")
    view = StartView()
    qtbot.addWidget(view)
    given = len(view._translated_texts())
    view.translated(view.unlock_button.setText, lambda: view.tr("&Unlock"))
    view.translated(view.unlock_button.setText, lambda: view.tr("&Backups and restore…"))
    assert len(view._translated_texts()) == given
    translations.apply("fr")
    qtbot.waitUntil(lambda: view.unlock_button.text() == "&Sauvegardes et restauration…")
