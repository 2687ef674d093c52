"""The resources search held in memory (app/resource_index.py): the same answers as FTS5 for
the same words, and never stale after a write."""

from __future__ import annotations

import dataclasses
import random

import pytest

from app.model import Category, Resource
from app.resource_index import CATEGORY_ORDER, FOLDED_ALIKE
from bench.generate import WORDS
from storage.resources import ResourceRepository

# The bench's vocabulary, and what folding must get right: case, accents, ligatures, an
# apostrophe, digits.
_WORDS = [
    *WORDS,
    "Écoute",
    "DEUIL",
    "cœur",
    "sœur",
    "être",
    "naïf",
    "Noël",
    "l'écoute",
    "12",
    "rue",
    "3114",
    "09",
    "72",
    "39",
    "40",
    "50",
    "Montréal",
    "ÉTÉ",
    "été",
]
_QUERIES = [
    "de", "dé", "dep", "depr", "dépression", "DEPR", "deu", "deuil", "ec", "écou", "ECOUTE",
    "sa", "santé", "sante me", "santé mentale", "soutien fa", "12", "12 rue", "31", "09 72",
    "coe", "cœur", "sœ", "nai", "naïf", "noel", "ete", "été", "l'é", "burn", "burn-o", "zz",
    "so sa de", "mont", "montre", "ur al", '"de"', "de*", "(san", "aidants soutien",
]  # fmt: skip


def _ids(hits):
    return [h.resource.id for h in hits]


def _built(service) -> bool:
    while not service.prepare_search(step=7):  # several steps, as in idle time
        pass
    return service.searches_in_memory()


def _planted(db, resources) -> None:
    """Written in one transaction beside the group's connection: a second fast."""
    with db.transaction():
        repository = ResourceRepository(db)
        for resource in resources:
            repository.add(resource)


@pytest.fixture
def many(fresh_group, fresh_db):
    rng = random.Random(18)
    _planted(
        fresh_db,
        (
            Resource(
                " ".join(rng.choices(_WORDS, k=rng.randrange(1, 4))) + f" {i}",
                rng.choice(list(Category)),
                " ".join(rng.choices(_WORDS, k=rng.randrange(0, 40))),
                phone=rng.choice(["", "3114", "09 72 39 40 50", f"01 {i:08d}"]),
                address=rng.choice(["", f"{i} rue de l'Église", "12 rue Noël"]),
            )
            for i in range(120)
        ),
    )
    return fresh_group


@pytest.mark.parametrize("limit", [3, 50, 500])
def test_in_memory_answers_as_fts5_did(many, limit) -> None:
    service = many.resources
    by_fts5 = {q: _ids(service.search(q, limit)) for q in _QUERIES}
    assert not service.searches_in_memory()
    assert _built(service)
    assert {q: _ids(service.search(q, limit)) for q in _QUERIES} == by_fts5
    assert any(len(found) == limit for found in by_fts5.values()) or limit == 500


def test_title_matches_come_first_then_the_list_order(many) -> None:
    service = many.resources
    _built(service)
    hits = service.search("deuil", 500)
    in_title = [h for h in hits if "deuil" in h.resource.title.casefold()]
    assert hits[: len(in_title)] == in_title and 0 < len(in_title) < len(hits)
    listed = [r.id for r in service.listed()]
    for part in (hits[: len(in_title)], hits[len(in_title) :]):
        places = [listed.index(h.resource.id) for h in part]
        assert places == sorted(places)
    ranks = [CATEGORY_ORDER.index(h.resource.category) for h in hits[: len(in_title)]]
    assert ranks == sorted(ranks) and ranks[0] == 0  # crisis lines first


def test_each_letter_it_folds_itself_is_folded_as_fts5_folds_it(fresh_group, fresh_db) -> None:
    service = fresh_group.resources
    letters = sorted(FOLDED_ALIKE - set("abcdefghijklmnopqrstuvwxyz0123456789"))
    _planted(fresh_db, (Resource(f"Mot{c}fin", body=f"x{c}{c.upper()}y") for c in letters))
    queries = [f"mot{letter}" for letter in letters] + [f"x{letter}" for letter in letters]
    by_fts5 = {q: _ids(service.search(q)) for q in queries}
    assert all(by_fts5.values())
    assert _built(service), "FTS5 cut or folded a word of these letters otherwise"
    assert {q: _ids(service.search(q)) for q in queries} == by_fts5


def test_a_word_folded_otherwise_leaves_the_search_to_fts5(fresh_group) -> None:
    service = fresh_group.resources
    office = service.add_resource(Resource("O\ufb03ce 12", Category.LOCAL_SERVICE))
    assert not _built(service)  # Python spells the ligature ﬃ out, FTS5 keeps it
    assert _ids(service.search("o\ufb03")) == [office.id]
    assert _ids(service.search("offi")) == []


def test_oe_ae_ss_and_a_phones_digits_are_found_as_typed_by_both_searches(fresh_group) -> None:
    """review21b: "coeur" and "oeuvre" (AZERTY has no œ key) found neither "cœur" nor
    "Œuvre", and "0972" did not find "09 72 39 40 50"; FTS5 and the search in memory alike."""
    service = fresh_group.resources
    kept = [
        service.add_resource(Resource(title, Category.OTHER, body=body, phone=phone))
        for title, body, phone in (
            ("Œuvre sociale", "Un cœur gros comme ça", ""),
            ("Ligne d'écoute", "", "09 72.39-40\u00a050"),
            ("Straße 12", "Cæcilia", "3114"),
        )
    ]
    queries = {
        "oeuvre": [0], "œuvre": [0], "OEUV": [0], "coeur": [0], "cœur": [0], "0972": [1],
        "09723940": [1], "09 72": [1], "strasse": [2], "straß": [2], "caec": [2], "3114": [2],
    }  # fmt: skip
    assert not service.searches_in_memory()
    by_fts5 = {q: _ids(service.search(q)) for q in queries}
    assert by_fts5 == {q: [kept[n].id for n in found] for q, found in queries.items()}
    assert _built(service), "the search in memory holds other words than FTS5"
    assert {q: _ids(service.search(q)) for q in queries} == by_fts5


def test_an_edit_is_found_at_once_and_after_the_index_is_built_again(many) -> None:
    service = many.resources
    _built(service)
    first = service.listed()[0]
    service.save_resource(dataclasses.replace(first, title="Zanzibar nouvelle ligne"))
    assert _ids(service.search("zanzib")) == [first.id]
    assert _built(service)
    assert _ids(service.search("zanzib")) == [first.id]
    service.delete_resource(first.id)
    assert _ids(service.search("zanzib")) == []
    assert _built(service) and _ids(service.search("zanzib")) == []


def test_a_write_through_another_connection_is_seen(many, fresh_db) -> None:
    service = many.resources
    _built(service)
    victim = service.listed()[5]
    with fresh_db.transaction():
        ResourceRepository(fresh_db).update(dataclasses.replace(victim, title="Quokka"))
    assert _ids(service.search("quok")) == [victim.id]
    assert _built(service) and _ids(service.search("quok")) == [victim.id]


def test_odd_input_gives_the_same_answer_both_ways(many) -> None:
    service = many.resources
    texts = ["x" * 10_000, "dépression " * 2_000, "\x00de", "🙂 de", "de\u0301pr", "Ⅻ", "½", "ß"]
    by_fts5 = [_ids(service.search(text)) for text in texts]
    _built(service)
    assert [_ids(service.search(text)) for text in texts] == by_fts5


def test_titles_are_listed_with_accents_and_case_aside(fresh_group, fresh_db) -> None:
    titles = ["Zone d'écoute", "Écoute parents", "accueil de jour", "Ecole des aidants", "écoute"]
    _planted(fresh_db, (Resource(t, Category.OTHER, "soutien") for t in titles))
    service = fresh_group.resources
    ordered = [r.title for r in service.listed() if r.title in titles]
    expected = ["accueil de jour", "Ecole des aidants", "écoute", "Écoute parents", "Zone d'écoute"]
    assert ordered == expected  # code point order put every "É" after "Zone"
    assert _built(service)
    found = [h.resource.title for h in service.search("soutien", 50) if h.resource.title in titles]
    assert found == expected


def test_word_beginnings_are_those_of_the_most_resources_first(many) -> None:
    service = many.resources
    assert service.word_beginnings(2, 10) == []  # nothing to prepare before it is in memory
    _built(service)
    beginnings = service.word_beginnings(2, 500)
    assert "de" in beginnings and "ec" in beginnings and "31" in beginnings
    assert all(len(b) == 2 for b in beginnings) and len(set(beginnings)) == len(beginnings)
    reach = [len(service.search(b, 500)) for b in beginnings]
    assert reach == sorted(reach, reverse=True)
    assert service.word_beginnings(2, 3) == beginnings[:3]


def test_a_group_from_schema_5_has_its_index_written_again_at_opening(vaults, fresh_group) -> None:
    """Migration 6 writes the index again from the resources: what schema 5 had indexed (œ as a
    letter of its own, the phone as written) is found as typed once the group is opened."""
    from tests.conftest import FRESH_PASSPHRASE
    from tests.helpers import beside

    kept = fresh_group.resources.add_resource(
        Resource("Œuvre sociale", Category.OTHER, phone="09 72 39 40 50")
    )
    with beside(fresh_group, FRESH_PASSPHRASE) as db, db.transaction():
        db.execute("DELETE FROM resources_fts")
        db.execute(
            "INSERT INTO resources_fts (resource_id, title, body, extra) SELECT id, title, "
            "body, phone || ' ' || address || ' ' || hours FROM resources"
        )
        db.execute("PRAGMA user_version = 5")
        db.set_meta("schema_version", "5")
    fresh_group.close()
    group = vaults.unlock(fresh_group.info.id, FRESH_PASSPHRASE)
    try:
        service = group.resources
        assert _ids(service.search("oeuvre")) == _ids(service.search("0972")) == [kept.id]
        assert _built(service)
        assert _ids(service.search("oeuvre")) == _ids(service.search("0972")) == [kept.id]
    finally:
        group.close()
