"""The user guide exists in French and English and the two stay in step."""

from __future__ import annotations

import re
from pathlib import Path

GUIDE = Path(__file__).resolve().parents[1] / "docs" / "guide"
IMAGE = re.compile(r"!\[[^\]]+\]\(\.\./screenshots/([a-z0-9-]+)-(en|fr)\.png\)")


def _outline(lang: str) -> tuple[list[str], list[str]]:
    text = (GUIDE / f"{lang}.md").read_text("utf-8")
    images = [name for name, image_lang in IMAGE.findall(text) if image_lang == lang]
    assert len(images) == len(IMAGE.findall(text)), (
        f"{lang}.md shows a screenshot in another language"
    )
    sections = [line for line in text.splitlines() if line.startswith("## ")]
    return images, sections


def test_french_and_english_guides_show_the_same_screens_in_their_language() -> None:
    en_images, en_sections = _outline("en")
    fr_images, fr_sections = _outline("fr")
    assert en_images == fr_images
    assert len(en_sections) == len(fr_sections)
    assert {"start-screen-empty", "preferences", "main-window"} <= set(en_images)


def test_the_guide_screenshots_of_the_start_and_preferences_are_committed() -> None:
    shots = GUIDE.parent / "screenshots"
    for lang in ("en", "fr"):
        for name in (
            "start-screen",
            "start-screen-empty",
            "main-window",
            "preferences",
            "main-window-large",
        ):
            assert (shots / f"{name}-{lang}.png").is_file(), f"{name}-{lang}.png"


def test_every_image_the_guides_show_is_committed() -> None:
    any_image = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")
    for lang in ("en", "fr"):
        text = (GUIDE / f"{lang}.md").read_text("utf-8")
        missing = [path for path in any_image.findall(text) if not (GUIDE / path).is_file()]
        assert not missing, f"{lang}.md shows images that are not in docs/screenshots: {missing}"


def test_the_guide_walks_a_new_host_through_the_four_moments() -> None:
    images = set(_outline("en")[0])
    for moment in ("create-group", "session-editor", "circle-running", "handover-export-1-scope"):
        assert moment in images, f"the guide no longer shows {moment}"
