"""Resource notes: crisis lines, referrals, handouts, the group's agreements."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from datetime import date, timedelta

from app.resource_index import CATEGORY_ORDER, ResourceIndex, title_order
from app.typed_fields import as_the_gate_takes, trimmed
from storage.database import Database
from storage.errors import ValidationError
from storage.records import Category, Resource
from storage.resources import (
    MATCH_END,
    MATCH_START,
    MIN_TOKEN_CHARS,
    ResourceRepository,
    SearchHit,
    fold,
    match_query,
    query_tokens,
)

__all__ = [
    "CATEGORY_ORDER",
    "MATCH_END",
    "MATCH_START",
    "MIN_TOKEN_CHARS",
    "ResourceService",
    "SearchHit",
    "fold",
    "is_search",
    "is_stale",
    "title_order",
]


def is_stale(resource: Resource, today: date, stale_after_days: int) -> bool:
    """Not verified for stale_after_days days; never verified counts as stale, because a wrong
    phone number in a crisis is worse than none."""
    if not resource.last_verified_on:
        return True
    try:
        verified = date.fromisoformat(resource.last_verified_on)
    except ValueError:
        return True
    return today - verified > timedelta(days=stale_after_days)


INDEX_STEP = 50  # resources read into the search index per idle turn: 3 to 4 milliseconds


class ResourceService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._resources = ResourceRepository(db)
        self._index: ResourceIndex | None = None
        self._index_stamp: tuple[int, int, int] | None = None
        self._index_rows: dict[int, str] | None = None  # full-text row -> resource, when asked

    def resources(self) -> list[Resource]:
        return self._resources.list_all()

    def listed(self) -> list[Resource]:
        """Every resource in the list's order: crisis lines first, then by category and title."""
        return list(self._current_index().listed)

    def _current_index(self) -> ResourceIndex:
        """The index of the resources as they are now: read again after any write (an edit
        here, a merge, a restore), its words to be read again by prepare_search()."""
        stamp = self._db.change_stamp()
        if self._index is None or stamp != self._index_stamp:
            self._index = ResourceIndex(self._resources.list_all())
            self._index_stamp = stamp
            self._index_rows = None
        return self._index

    def prepare_search(self, step: int = INDEX_STEP) -> bool:
        """Builds a little more of the search held in memory; True when there is nothing left
        to do. Meant for idle time: until it is done, search() asks the full-text index."""
        index = self._current_index()
        if index.usable is None and index.add_some(step):
            index.check(self._resources.index_terms())
        return index.usable is not None

    def get(self, resource_id: str) -> Resource | None:
        return self._resources.get(resource_id)

    def pinned(self) -> list[Resource]:
        """Help now: numbers first, so the ones to call are at the top."""
        found = self._resources.pinned()
        return sorted(found, key=lambda r: (not r.phone.strip(), CATEGORY_ORDER.index(r.category)))

    def agreements(self) -> list[Resource]:
        return self._resources.by_category(Category.AGREEMENT)

    def in_category(self, category: str) -> list[Resource]:
        return self._resources.by_category(category)

    def search_prepared(self) -> bool:
        """Whether prepare_search() has nothing left to do."""
        return self._current_index().usable is not None

    def searches_in_memory(self) -> bool:
        """Whether search() is answered by the index held in memory (else by FTS5)."""
        return bool(self._current_index().usable)

    def word_beginnings(self, length: int, most: int) -> list[str]:
        """The beginnings of `length` letters of the resources' words, most widespread first,
        once the search is held in memory (else none): searches worth preparing for."""
        index = self._current_index()
        return index.beginnings(length, most) if index.usable else []

    def search(self, text: str, limit: int = 100) -> list[SearchHit]:
        """Resources holding every typed word (the beginning of one of their words, accents and
        case aside), at most `limit`: those with every word in their title first, then the
        others, each in the list's order (crisis lines first). Odd input finds nothing."""
        tokens = query_tokens(text)
        if not tokens:
            return []
        folded = [fold(t) for t in tokens]
        index = self._current_index()
        if index.can_answer(tokens):
            found = index.search(folded, limit)
        else:
            if self._index_rows is None:
                self._index_rows = self._resources.index_rows()
            in_title, anywhere = self._resources.matching_rows(text)
            found = index.ordered(in_title, anywhere, self._index_rows, limit)
        return [SearchHit(resource, float(rank), folded) for rank, resource in enumerate(found)]

    def add_resource(self, resource: Resource) -> Resource:
        _validate(resource)
        with self._db.transaction():
            return self._resources.add(_cleaned(resource))

    def save_resource(self, resource: Resource) -> Resource:
        """Add it if new, else write the changes; one transaction."""
        _validate(resource)
        with self._db.transaction():
            stored = self._resources.get(resource.id)
            if stored is None:
                return self._resources.add(_cleaned(resource))
            return self._resources.update(_cleaned(resource, stored))

    def mark_verified(self, resource_id: str, today: date) -> Resource | None:
        with self._db.transaction():
            current = self._resources.get(resource_id)
            if current is None:
                return None
            return self._resources.update(
                dataclasses.replace(current, last_verified_on=today.isoformat())
            )

    def delete_resource(self, resource_id: str) -> None:
        with self._db.transaction():
            self._resources.delete(resource_id)


def _validate(resource: Resource) -> None:
    if not resource.title.strip():
        raise ValidationError("title", "empty")
    if resource.category not in CATEGORY_ORDER:
        raise ValidationError("category", "unknown")


def _cleaned(resource: Resource, stored: Resource | None = None) -> Resource:
    typed = as_the_gate_takes(resource, "resources", stored)
    return trimmed(typed, ("title", "phone", "url", "address", "hours"))


def is_search(text: str) -> bool:
    """Whether the text holds a word the index can search for (two letters or digits or more)."""
    return match_query(text) is not None


def _folded_words(text: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.findall(r"\w+", plain)


def names_match(query: str, name: str) -> bool:
    """Every word typed begins a word of `name`, accents and case aside: "crisis" finds
    "Crisis line", "urgen" finds "Urgence". Used for category names in the interface language."""
    typed, words = _folded_words(query), _folded_words(name)
    return bool(typed) and all(any(w.startswith(t) for w in words) for t in typed)
