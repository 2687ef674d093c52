"""Full-text search over resources: accents, prefixes, ranking, odd input, index upkeep."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.model import Category, Resource
from app.resources import MATCH_END, MATCH_START, is_stale
from storage.resources import match_query


def _titles(group, text):
    return [h.resource.title for h in group.resources.search(text)]


@pytest.fixture
def searchable(fresh_group):
    service = fresh_group.resources
    service.add_resource(
        Resource(
            "Groupe dépression Nord",
            Category.LOCAL_SERVICE,
            "Un groupe de parole chaque jeudi.",
        )
    )
    service.add_resource(
        Resource(
            "Lecture conseillée",
            Category.READING,
            "Un livre sur la dépression et le deuil, bien écrit.",
        )
    )
    service.add_resource(
        Resource(
            "Ligne d'écoute",
            Category.CRISIS_LINE,
            "Écoute anonyme.",
            phone="09 72 39 40 50",
            pinned=True,
        )
    )
    return fresh_group


def test_depression_and_depr_find_the_accented_word(searchable) -> None:
    for text in ("depression", "depr", "DÉPR", "Dépression"):
        found = _titles(searchable, text)
        assert "Groupe dépression Nord" in found and "Lecture conseillée" in found, text


def test_title_matches_rank_before_body_matches(searchable) -> None:
    assert _titles(searchable, "depression")[0] == "Groupe dépression Nord"


def test_matched_words_are_marked_in_title_and_snippet(searchable) -> None:
    hits = searchable.resources.search("depr")
    assert f"{MATCH_START}dépression{MATCH_END}" in hits[0].title_marked
    assert f"{MATCH_START}dépression{MATCH_END}" in hits[1].snippet_marked


def test_every_word_must_match(searchable) -> None:
    assert _titles(searchable, "dépression livre") == ["Lecture conseillée"]
    assert _titles(searchable, "dépression zèbre") == []


def test_phone_and_address_are_searchable(searchable) -> None:
    assert _titles(searchable, "39 40") == ["Ligne d'écoute"]
    assert _titles(searchable, "0972") == ["Ligne d'écoute"]  # the digits run together too


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '""',
        "'",
        "depr*",
        "*",
        "(",
        "dépression)",
        "((( depr",
        "NEAR(a b)",
        "a AND",
        "OR",
        "NOT depr",
        "title:depr",
        "^depr",
        "-",
        "depr\x00",
        "\\",
        "';DROP TABLE resources;--",
        "x" * 10_000,
        "dépression " * 2_000,
        "🙂",
        "",
        "   ",
    ],
)
def test_odd_input_never_raises(searchable, text) -> None:
    searchable.resources.search(text)


def test_fts_operators_are_taken_as_plain_words(searchable) -> None:
    assert _titles(searchable, '"depr" OR') == []  # "or" is a word that must match, not OR
    assert set(_titles(searchable, "(depr*")) == {"Groupe dépression Nord", "Lecture conseillée"}


def test_query_builder_caps_tokens_and_quotes_them() -> None:
    query = match_query("a" * 10_000 + " " + "bb " * 100)
    assert query is not None and query.count('"') == 24 and len(query) < 1200
    assert match_query('"*()') is None
    assert match_query("near OR x") == '"near"* AND "OR"*'  # one letter alone matches all


def test_editing_updates_the_index(searchable) -> None:
    service = searchable.resources
    hit = service.search("Nord")[0].resource
    service.save_resource(dataclasses.replace(hit, title="Groupe anxiété Sud"))
    assert _titles(searchable, "Nord") == []
    assert _titles(searchable, "anxiete") == ["Groupe anxiété Sud"]


def test_deleted_text_leaves_the_index(searchable, fresh_db) -> None:
    service = searchable.resources
    service.add_resource(Resource("Zanzibarique", body="Quintessencial texte"))
    repo = service._resources
    assert repo.index_holds("zanzibarique") and repo.index_holds("quintessencial")
    victim = service.search("zanzibarique")[0].resource
    service.delete_resource(victim.id)
    assert _titles(searchable, "zanzibarique") == []
    assert not repo.index_holds("zanzibarique") and not repo.index_holds("quintessencial")
    assert fresh_db.scalar("SELECT count(*) FROM tombstones WHERE row_id = ?", (victim.id,))


def test_empty_title_is_refused(fresh_group) -> None:
    with pytest.raises(ValidationError):
        fresh_group.resources.save_resource(Resource("   "))


def test_stale_flag_follows_the_last_verified_date() -> None:
    today = date(2026, 11, 25)
    assert is_stale(Resource("x"), today, 365)  # never verified
    assert not is_stale(Resource("x", last_verified_on="2025-11-25"), today, 365)
    assert is_stale(Resource("x", last_verified_on="2025-11-24"), today, 365)
    assert not is_stale(Resource("x", last_verified_on="2025-11-24"), today, 400)


def test_verified_today_clears_the_flag(searchable) -> None:
    service = searchable.resources
    hit = service.search("ecoute")[0].resource
    assert is_stale(hit, date(2026, 1, 1), 365)
    stored = service.mark_verified(hit.id, date(2026, 1, 1))
    assert stored is not None and not is_stale(stored, date(2026, 1, 1), 365)


def test_pinned_lists_numbers_first(fresh_group) -> None:
    service = fresh_group.resources
    service.add_resource(Resource("Sans numéro", Category.CRISIS_LINE, pinned=True))
    service.add_resource(Resource("Avec numéro", Category.OTHER, phone="15", pinned=True))
    titles = [r.title for r in service.pinned()]
    assert titles.index("Avec numéro") < titles.index("Sans numéro")


def test_new_groups_start_with_agreements(fresh_group) -> None:
    assert [r.title for r in fresh_group.resources.agreements()] == ["Group agreements"]


def test_title_pass_and_whole_text_pass_do_not_repeat_a_hit(searchable) -> None:
    service = searchable.resources
    assert [h.resource.title for h in service.search("depression", limit=1)] == [
        "Groupe dépression Nord"
    ]
    hits = service.search("depression", limit=10)
    assert len({h.resource.id for h in hits}) == len(hits) == 2
    assert [h.rank for h in hits] == sorted(h.rank for h in hits)


def test_excerpt_is_cut_around_the_first_match() -> None:
    from storage.resources import fold, snippet

    body = " ".join(f"mot{i}" for i in range(40)) + " Dépression " + "fin " * 30
    excerpt = snippet(body, [fold("DEPR")])
    assert excerpt.startswith("…") and excerpt.endswith("…")
    assert f"{MATCH_START}Dépression{MATCH_END}" in excerpt and len(excerpt.split()) <= 17


def _whole_text_snippet(text: str, tokens: list[str], words: int) -> str:
    """The excerpt as worked out from every word of the text: what snippet() must give."""
    from storage.resources import _TOKEN, ELLIPSIS, fold, mark

    spans = [m.span() for m in _TOKEN.finditer(text)]
    if not spans:
        return ""
    first = next(
        (i for i, (a, b) in enumerate(spans) if any(fold(text[a:b]).startswith(t) for t in tokens)),
        0,
    )
    start = max(0, min(first - words // 4, len(spans) - words))
    end = min(len(spans), start + words) - 1
    excerpt = " ".join(text[spans[start][0] : spans[end][1]].split())
    more = ELLIPSIS if end < len(spans) - 1 else ""
    return (ELLIPSIS if start else "") + mark(excerpt, tokens) + more


@given(
    st.lists(st.sampled_from(["Deuil", "dépression", "écoute", "x", "l'aide", "12", "—", "…"])),
    st.sampled_from([["dep"], ["ec", "12"], ["zz"], ["deuil"]]),
    st.integers(1, 20),
)
def test_the_excerpt_reads_no_further_than_it_needs(words, tokens, size) -> None:
    from storage.resources import snippet

    text = " ".join(words)
    assert snippet(text, tokens, size) == _whole_text_snippet(text, tokens, size)
