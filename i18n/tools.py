"""Translation housekeeping, run as `python -m i18n.tools COMMAND`.

update              re-extract strings from ui/ into cercle_fr.ts and cercle_en.ts (lupdate, no
                    source locations so the files only change when strings do), then fill the
                    English file from the sources
missing LANG        print the unfinished messages of a language as JSON {context: [source, ...]}
apply LANG FILE     take translations from a JSON file {context: {source: text or [forms]}}
typography          French spacing (U+00A0 before : ; ? ! and inside « ») on every French
                    translation; `apply fr` does it too
merge BASE OURS THEIRS   git merge driver: union of the translations of both sides, into OURS
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TypeAlias

from i18n import typography

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
LANGS = ("fr", "en")
SOURCE_DIRS = ("ui",)


def ts_path(lang: str) -> Path:
    return I18N / f"cercle_{lang}.ts"


def source_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for d in SOURCE_DIRS for p in (ROOT / d).rglob("*.py"))


def lupdate_binary() -> str:
    return str(Path(sys.executable).with_name("pyside6-lupdate"))


def run_lupdate(targets: list[Path]) -> None:
    """Extract into the given .ts files (existing translations are kept)."""
    for target in targets:
        lang = target.stem.rsplit("_", 1)[-1]
        if not target.exists():
            target.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{"fr_FR" if lang == "fr" else "en_GB"}" '
                'sourcelanguage="en_GB">\n</TS>\n',
                "utf-8",
            )
        subprocess.run(
            [
                lupdate_binary(),
                "-silent",
                "-locations",
                "none",
                "-no-obsolete",
                "-target-language",
                "fr_FR" if lang == "fr" else "en_GB",
                *source_files(),
                "-ts",
                str(target),
            ],
            cwd=ROOT,
            check=True,
        )


Tree: TypeAlias = "ET.ElementTree[ET.Element]"  # a string: not subscriptable at run time


def _messages(tree: Tree) -> list[tuple[str, ET.Element]]:
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message))
    return found


def _english_forms(source: str) -> list[str]:
    return [re.sub(r"\(s\)", "", source), re.sub(r"\(s\)", "s", source)]


def fill_english(path: Path) -> None:
    """English is the source language: a message's translation is its source text."""
    tree = ET.parse(path)
    for _context, message in _messages(tree):
        translation = message.find("translation")
        if translation is None or translation.get("type") not in ("unfinished", None):
            continue
        if translation.get("type") is None and (translation.text or len(translation)):
            continue
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            for form in _english_forms(source):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
        translation.attrib.pop("type", None)
    write_ts(tree, path)


def write_ts(tree: Tree, path: Path) -> None:
    tree.getroot().set("sourcelanguage", "en_GB")
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8"
    )


def unfinished(path: Path) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for context, message in _messages(ET.parse(path)):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            result.setdefault(context, []).append(message.findtext("source") or "")
    return result


def apply(path: Path, mapping: dict[str, dict[str, str | list[str]]]) -> int:
    tree = ET.parse(path)
    french = path.stem.endswith("_fr")
    count = 0
    for context, message in _messages(tree):
        source = message.findtext("source") or ""
        text = mapping.get(context, {}).get(source)
        if text is None:
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        if isinstance(text, list):
            translation.text = None
            for form in text:
                ET.SubElement(translation, "numerusform").text = (
                    typography.fix(form) if french else form
                )
        else:
            translation.text = typography.fix(text) if french else text
        translation.attrib.pop("type", None)
        count += 1
    write_ts(tree, path)
    return count


def apply_typography(path: Path) -> int:
    """French spacing on every finished translation; returns how many changed."""
    tree = ET.parse(path)
    changed = 0
    for _context, message in _messages(tree):
        translation = message.find("translation")
        if translation is None:
            continue
        for element in [*translation.iter("numerusform")] or [translation]:
            fixed = typography.fix(element.text or "")
            if element.text and fixed != element.text:
                element.text = fixed
                changed += 1
    write_ts(tree, path)
    return changed


def _translations(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    found: dict[tuple[str, str, str], ET.Element] = {}
    if not path.exists() or path.stat().st_size == 0:
        return found
    for context, message in _messages(ET.parse(path)):
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None:
            key = (context, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = translation
    return found


def _translation_text(message: ET.Element) -> str | None:
    translation = message.find("translation")
    if translation is None or translation.get("type") is not None:
        return None
    return ET.tostring(translation, encoding="unicode")


def merge(base: Path, ours: Path, theirs: Path) -> None:
    """Union: every finished translation of either side survives; where both sides hold one, the
    side that changed it since the base wins (a reworded French string is not reverted by a branch
    that never touched it). `update` then re-extracts."""
    tree = ET.parse(ours)
    mine = {
        (c, m.findtext("source") or "", m.findtext("comment") or ""): m for c, m in _messages(tree)
    }
    base_text = {}
    if base.exists() and base.stat().st_size:
        for c, m in _messages(ET.parse(base)):
            base_text[(c, m.findtext("source") or "", m.findtext("comment") or "")] = (
                _translation_text(m)
            )
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    for context, message in _messages(ET.parse(theirs)):
        key = (context, message.findtext("source") or "", message.findtext("comment") or "")
        if key in mine:
            my_message = mine[key]
            my_text, their_text = _translation_text(my_message), _translation_text(message)
            unfinished_here = my_text is None and their_text is not None
            changed_there_only = (
                their_text is not None
                and key in base_text
                and my_text == base_text[key]
                and their_text != my_text
            )
            if unfinished_here or changed_there_only:
                my_tr, their_tr = my_message.find("translation"), message.find("translation")
                if my_tr is not None:
                    my_message.remove(my_tr)
                if their_tr is not None:
                    my_message.append(their_tr)
            continue
        if context not in contexts:
            element = ET.SubElement(root, "context")
            ET.SubElement(element, "name").text = context
            contexts[context] = element
        contexts[context].append(message)
        mine[key] = message
    write_ts(tree, ours)


def update(folder: Path = I18N) -> None:
    targets = [folder / f"cercle_{lang}.ts" for lang in LANGS]
    run_lupdate(targets)
    for target in targets:
        write_ts(ET.parse(target), target)
    fill_english(targets[1])


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, *rest = argv
    if command == "update":
        update()
    elif command == "missing":
        print(json.dumps(unfinished(ts_path(rest[0])), ensure_ascii=False, indent=1))
    elif command == "apply":
        mapping = json.loads(Path(rest[1]).read_text("utf-8"))
        print(apply(ts_path(rest[0]), mapping), "translations applied")
    elif command == "typography":
        print(apply_typography(ts_path("fr")), "French translations respaced")
    elif command == "merge":
        merge(Path(rest[0]), Path(rest[1]), Path(rest[2]))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
