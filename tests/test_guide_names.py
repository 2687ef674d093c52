"""Every button, menu and field the user guide names in bold exists under that name in the app, in
the guide's language: a guide that says "Check-in…" where the app says "Take attendance…" sends a
new host looking for a button that is not there.

The names come from the catalogues the app loads (i18n/cercle_*.ts, finished messages only); a
menu path "File → Hand over the group…" is checked part by part. Bold words that are not names in
the interface (terms the guide explains, keys) are listed below, so a new one must be added
knowingly."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)
NOT_UI_NAMES = {
    "en": {
        "Alt",
        "Tab",
        "Shift+Tab",
        "Right",
        "Left",
        "check-out",
        "handover passphrase",
        "verification code",
        "one file",
        "private notes",
        "read aloud",
        "in person, apart from the stick",
        "on time, ahead or behind its plan",
        "Write it down and keep it somewhere safe.",
    },
    "fr": {
        "Alt",
        "Tab",
        "Maj+Tab",
        "flèche droite",
        "flèche gauche",
        "tour de fin",
        "phrase secrète de passation",
        "code de vérification",
        "un seul fichier",
        "notes privées",
        "à lire à voix haute",
        "en main propre, séparément de la clé",
        "à l'heure, en avance ou en retard sur le plan",
        "Notez-la et gardez-la en lieu sûr.",
    },
}


def _plain(text: str) -> str:
    """As read: mnemonics gone (&& is a literal &), spaces and no-break spaces as one, the
    typographic apostrophe as the plain one."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("’", "'")
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def _interface_names(lang: str) -> set[str]:
    tree = ET.parse(ROOT / "i18n" / f"cercle_{lang}.ts")
    names = set()
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        if lang == "en":
            names.add(_plain(message.findtext("source") or ""))
        else:
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            names.update(_plain(form) for form in forms)
    return names


def _is_named(name: str, names: set[str]) -> bool:
    """The name as shown, give or take the ellipsis of a button that opens a dialog, the colon
    of a field label, or a parenthesis after it ("…agree (recommended)")."""
    bare = name.rstrip("…").rstrip(" :")
    for shown in names:
        core = shown.rstrip("…").rstrip(" :")
        if core == bare or core.startswith(bare + " ("):
            return True
    return False


def _bold_names(lang: str) -> list[str]:
    text = (ROOT / "docs" / "guide" / f"{lang}.md").read_text("utf-8")
    parts = []
    for bold in BOLD.findall(text):
        parts += [_plain(part) for part in re.split(r"\s*→\s*", bold)]
    return parts


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_name_the_guide_gives_is_in_the_app_in_that_language(lang: str) -> None:
    names = _interface_names(lang)
    bolds = _bold_names(lang)
    assert len(bolds) > 50  # the guide names many things; the walk does see them
    missing = [b for b in bolds if b not in NOT_UI_NAMES[lang] and not _is_named(b, names)]
    assert not missing, f"the {lang} guide names what the app does not show: {missing}"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_list_of_terms_holds_only_words_the_guide_still_uses(lang: str) -> None:
    unused = NOT_UI_NAMES[lang] - set(_bold_names(lang))
    assert not unused, f"no longer in the {lang} guide: {unused}"


def test_a_renamed_button_is_caught() -> None:
    names = _interface_names("en")
    assert _is_named("Take attendance…", names)
    assert not _is_named("Check-in…", names)  # the old name, gone from the app
    assert _is_named("Everything, except the contact details of members who did not agree", names)
    assert not _is_named("Show in Help now", names)  # a prefix without its parenthesis is not
