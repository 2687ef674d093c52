"""French typography: a non-breaking space before : ; ? ! and inside « », in every French
translation and in the French guide."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from i18n import tools, typography
from tests.helpers import walked

ROOT = Path(__file__).resolve().parents[1]


def _french_texts() -> list[tuple[str, str]]:
    found = []
    for message in ET.parse(tools.ts_path("fr")).getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        found += [(message.findtext("source") or "", form) for form in forms]
    return found


def test_every_french_translation_has_french_spacing() -> None:
    bad = [(src, text, typography.faults(text)) for src, text in _french_texts()]
    bad = [b for b in bad if b[2]]
    assert not bad, f"{len(bad)} French strings: {bad[:5]} (run `python -m i18n.tools typography`)"


def test_the_french_guide_has_french_spacing() -> None:
    lines = (ROOT / "docs" / "guide" / "fr.md").read_text("utf-8").splitlines()
    bad = [(n, line) for n, line in enumerate(lines, 1) if typography.faults(line)]
    assert not bad, f"docs/guide/fr.md: {bad[:5]}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Groupe :", "Groupe\u00a0:"),
        ("Qui est là ?", "Qui est là\u00a0?"),
        ("Prêt!", "Prêt\u00a0!"),
        ("« Charte »", "«\u00a0Charte\u00a0»"),
        ("À 10:30 ; voir https://x.org/a?b=1", "À 10:30\u00a0; voir https://x.org/a?b=1"),
        ("![Écran : accueil](../a.png)", "![Écran\u00a0: accueil](../a.png)"),
        ("Déjà\u00a0: juste", "Déjà\u00a0: juste"),
        ("«\u00a0déjà\u00a0»", "«\u00a0déjà\u00a0»"),
        ("«\u202fétroit\u202f»", "«\u202fétroit\u202f»"),
    ],
)
def test_spacing_is_fixed_and_left_alone_where_it_must_be(text: str, expected: str) -> None:
    assert typography.fix(text) == expected
    assert typography.faults(expected) == []


def test_apply_respaces_new_french_translations(tmp_path: Path) -> None:
    target = tmp_path / "cercle_fr.ts"
    target.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fr_FR">'
        "<context><name>X</name><message><source>Ready?</source>"
        '<translation type="unfinished"></translation></message></context></TS>\n',
        "utf-8",
    )
    assert tools.apply(target, {"X": {"Ready?": "Prêt ?"}}) == 1
    assert "Prêt\u00a0?" in target.read_text("utf-8")


def _french_in_code() -> list[tuple[str, int, str]]:
    """Every text the code keeps under a "fr" key (the starter notes, the printouts' words, the
    handout), which no .ts file and so no `apply` respaces."""
    found = []
    for path in sorted([*ROOT.glob("app/**/*.py"), *ROOT.glob("ui/**/*.py")]):
        for node in walked(path):  # the guards' trees, parsed and listed once per run
            if not isinstance(node, ast.Dict):
                continue
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and key.value == "fr":
                    # A text, or a table of words; not a region's lines (France is "fr" too).
                    texts = value.values if isinstance(value, ast.Dict) else [value]
                    found += [
                        (path.relative_to(ROOT).as_posix(), text.lineno, text.value)
                        for text in texts
                        if isinstance(text, ast.Constant) and isinstance(text.value, str)
                    ]
    return found


def test_french_texts_in_the_code_have_french_spacing() -> None:
    texts = _french_in_code()
    assert len(texts) > 100  # the walk still finds them
    bad = [(where, line, text) for where, line, text in texts if typography.faults(text)]
    assert not bad, bad[:5]
