"""One word per thing: the glossary's terms are the only words the translations and the guide
use for them, and the French writes for everyone (i18n/glossary.md)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from i18n import tools

ROOT = Path(__file__).resolve().parents[1]
GLOSSARY = ROOT / "i18n" / "glossary.md"


def _terms() -> list[dict[str, str]]:
    rows = []
    for line in GLOSSARY.read_text("utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[0] not in ("English", "---"):
            rows.append(dict(zip(("en", "fr", "not_fr", "not_en", "where"), cells, strict=True)))
    return rows


def _pattern(word: str) -> re.Pattern[str]:
    edge = r"\b" if re.match(r"\w", word) else ""
    return re.compile(edge + re.escape(word) + (r"\b" if re.search(r"\w$", word) else ""), re.I)


def _texts(lang: str) -> list[str]:
    texts = []
    for message in ET.parse(tools.ts_path("fr")).getroot().iter("message"):
        if lang == "en":
            texts.append(message.findtext("source") or "")
            continue
        translation = message.find("translation")
        assert translation is not None
        texts += [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
    guide = (ROOT / "docs" / "guide" / f"{lang}.md").read_text("utf-8")
    return texts + guide.splitlines()


def test_the_glossary_names_each_term_in_both_languages_and_where_it_appears() -> None:
    terms = _terms()
    assert len(terms) >= 25
    for term in terms:
        assert term["en"] and term["fr"] and term["where"], term


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_second_word_for_a_glossary_term(lang: str) -> None:
    texts = _texts(lang)
    found = []
    for term in _terms():
        for word in filter(None, (w.strip() for w in term[f"not_{lang}"].split(";"))):
            pattern = _pattern(word)
            found += [(term[lang], word, t[:80]) for t in texts if pattern.search(t)]
    assert not found, f"{len(found)} second words: {found[:6]}"


def test_french_writes_for_everyone() -> None:
    """No point médian (actif·ve) and none of the generic masculines the glossary names."""
    # At the start of a sentence too (Chacun, Nouveaux venus); "Prêt" alone, as a label: "tout est
    # prêt" names no one.
    generic = re.compile(
        r"\w·\w|\bPrêt\b|(?i:\bchacun\b|\bles présents\b|\bnouveaux venus\b|\bqui est venu\b)"
    )
    found = [t[:80] for t in _texts("fr") if generic.search(t)]
    starter = (ROOT / "app" / "starter.py").read_text("utf-8")
    demo = (ROOT / "app" / "demo.py").read_text("utf-8")
    found += [m.group(0) for m in generic.finditer(starter + demo)]
    assert not found, found[:6]


def test_qt_file_dialog_speaks_french(qapp) -> None:
    """Qt's own file dialog (used where the desktop has none) in the French interface: Qt's
    translation leaves "Look in:" and "Files of type:" in English, ours fills them."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    from i18n.loader import Translations

    translations = Translations()
    assert translations.apply("fr") and translations.qt_loaded
    try:
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        texts = {label.text() for label in dialog.findChildren(QLabel)}
        assert {
            "&Regarder dans\u00a0:",
            "&Nom de fichier\u00a0:",
            "Fichiers de &type\u00a0:",
        } <= texts
        dialog.deleteLater()
    finally:
        translations.apply("en")


def test_proposed_file_names_are_in_the_interface_language(qapp) -> None:
    from i18n.loader import Translations
    from ui.handover.export_wizard import DestinationPage

    translations = Translations()
    translations.apply("fr")
    try:
        assert (
            DestinationPage.default_name(date(2026, 3, 1)) == "cercle-passation-2026-03-01.cercle"
        )
    finally:
        translations.apply("en")
    assert DestinationPage.default_name(date(2026, 3, 1)) == "cercle-handover-2026-03-01.cercle"
