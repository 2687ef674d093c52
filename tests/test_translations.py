"""Every user-visible string is translated, in French and English, and the .ts files are current."""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from i18n import tools
from tests.helpers import walked

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")


def _messages(path: Path) -> dict[tuple[str, str, str], tuple[str | None, tuple[str, ...]]]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = (translation.get("type"), forms or (translation.text or "",))
    return found


@pytest.mark.parametrize("lang", tools.LANGS)
def test_every_message_is_finished(lang: str) -> None:
    messages = _messages(tools.ts_path(lang))
    assert messages, "no messages extracted"
    bad = [k for k, (kind, forms) in messages.items() if kind is not None or not all(forms)]
    assert not bad, f"{len(bad)} unfinished or obsolete in {lang}: {bad[:5]}"


@pytest.mark.parametrize("lang", tools.LANGS)
def test_placeholders_match_between_languages(lang: str) -> None:
    for (context, source, _c), (_kind, forms) in _messages(tools.ts_path(lang)).items():
        expected = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            found = sorted(set(PLACEHOLDER.findall(form)))
            if "%n" in expected and "%n" not in found and len(forms) > 1:
                found = sorted({*found, "%n"})  # a singular form may spell the number out
            assert found == expected, f"{lang} {context}: {source!r} -> {form!r}"


MNEMONIC = re.compile(r"(?<!&)&(?=[^&\s])")
# An Alt+letter the French leaves out, on purpose: every letter of it clashed on its screen.
NO_FRENCH_MNEMONIC = {("MembersView", "Ta&ke attendance…")}  # with &Rôle (3c4a097)


def test_an_underlined_letter_in_english_has_one_in_french() -> None:
    """No Alt key in French where English has one ("&Delete…" in Sessions was "Supprimer…")."""
    lost = [
        (context, source, forms)
        for (context, source, _c), (_kind, forms) in _messages(tools.ts_path("fr")).items()
        if MNEMONIC.search(source)
        and (context, source) not in NO_FRENCH_MNEMONIC
        and not all(MNEMONIC.search(form) for form in forms)
    ]
    assert not lost, lost


def test_ts_files_are_up_to_date_with_the_sources(tmp_path: Path) -> None:
    for lang in tools.LANGS:
        shutil.copy(tools.ts_path(lang), tmp_path / tools.ts_path(lang).name)
    tools.update(tmp_path)
    for lang in tools.LANGS:
        fresh = _messages(tmp_path / tools.ts_path(lang).name)
        committed = _messages(tools.ts_path(lang))
        assert set(fresh) == set(committed), (
            f"run `make i18n-update`: new {sorted(set(fresh) - set(committed))[:5]}, "
            f"gone {sorted(set(committed) - set(fresh))[:5]}"
        )


# Calls whose string argument is shown to the user and must come from tr()/translate().
_SHOWN = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setPlaceholderText",
    "setStatusTip",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "setSubTitle",
    "addItem",
    "addTab",
    "setTabText",
    "setInformativeText",
    "setDetailedText",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "setHorizontalHeaderLabels",
    "setButtonText",
    "warning",
    "information",
    "critical",
    "question",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "showMessage",
}
# Names that are the same in every language.
_ALLOWED = {"Cercle", "Français", "English"}


def _literal_strings(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [ast.unparse(node)]
    return []


def test_no_user_visible_string_bypasses_translation() -> None:
    offenders = []
    for path in (ROOT / "ui").rglob("*.py"):
        for node in walked(path):
            if not isinstance(node, ast.Call):
                continue
            name = (
                node.func.attr
                if isinstance(node.func, ast.Attribute)
                else getattr(node.func, "id", "")
            )
            if name not in _SHOWN:
                continue
            for arg in node.args:
                for text in _literal_strings(arg):
                    if re.fullmatch(r"[a-z_\-]+", text):
                        continue  # a code (item data, object name), not a sentence
                    if re.search(r"[A-Za-z]{2}", text) and text not in _ALLOWED:
                        offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text!r}")
    assert not offenders, "\n".join(offenders)


def test_french_translation_is_loaded_at_run_time(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from i18n.loader import Translations

    translations = Translations()
    assert translations.apply("fr")
    try:
        french = QCoreApplication.translate("StartScreen", "&Unlock")
        assert french != "&Unlock"
    finally:
        translations.apply("en")
