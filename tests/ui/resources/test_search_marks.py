"""A resource's marks kept while the words typed grow (ui/resources/search_marks.py): always
what marking afresh gives, reused only when nothing marked changes."""

from __future__ import annotations

import dataclasses

from app.model import Category, Resource
from app.resources import SearchHit, fold
from storage.resources import query_tokens
from ui.resources.search_marks import SearchMarks

_BODY = (
    "Un groupe de parole pour les proches : solitude, sommeil, soutien. Après la séance, "
    "on parle de dépression et de dépressions saisonnières, de deuil et de deuils anciens. "
    "Soutien aux familles, famille d'accueil, faire face ensemble."
)
_RESOURCES = [
    Resource("Soutien aux familles endeuillées", Category.READING, _BODY),
    Resource("Solitude et sommeil", Category.LOCAL_SERVICE, "Rien ici. " * 40 + _BODY),
    Resource("Dépression : où trouver de l'aide", Category.PROFESSIONAL_HELP, _BODY[::-1]),
]


def _hit(resource: Resource, typed: str) -> SearchHit:
    return SearchHit(resource, 0.0, [fold(t) for t in query_tokens(typed)])


def _typed(words: str) -> list[str]:
    """What the box holds after each keystroke, typing then erasing."""
    on = [words[:n] for n in range(1, len(words) + 1)]
    return on + on[-2::-1]


def test_kept_marks_are_always_those_worked_out_afresh() -> None:
    marks = SearchMarks()
    for words in ("soutien familles", "so", "sou", "dépressions", "deuils", "solit", "fa f"):
        for typed in _typed(words):
            if not query_tokens(typed):
                continue
            for resource in _RESOURCES:
                fresh = _hit(resource, typed)
                assert marks.marked(_hit(resource, typed)) == (
                    fresh.title_marked,
                    fresh.snippet_marked,
                ), typed


def test_typing_on_reuses_the_marks_and_a_word_no_longer_marked_marks_again() -> None:
    marks = SearchMarks()
    resource = _RESOURCES[0]
    first = marks.marked(_hit(resource, "dépress"))
    again = _hit(resource, "dépressi")
    assert marks.marked(again) == first
    assert "snippet_marked" not in again.__dict__  # not worked out: the same words are marked
    # "so" marked "solitude", "soutien" and "sommeil": "sou" leaves some out, marked afresh.
    marks.marked(_hit(resource, "so"))
    narrower = _hit(resource, "sou")
    assert marks.marked(narrower) == (narrower.title_marked, narrower.snippet_marked)
    assert "snippet_marked" in narrower.__dict__
    assert first != marks.marked(narrower)


def test_an_edited_resource_is_marked_afresh() -> None:
    marks = SearchMarks()
    resource = _RESOURCES[0]
    marks.marked(_hit(resource, "sout"))
    edited = dataclasses.replace(resource, title="Soutenir un proche")  # the same id
    hit = _hit(edited, "soute")
    assert marks.marked(hit) == (hit.title_marked, hit.snippet_marked)
    assert "Soutenir" in hit.title_marked
