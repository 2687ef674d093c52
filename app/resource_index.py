"""The resources search held in memory: each word of each resource, folded as the full-text
index folds it, and the resources that hold it; built a few resources at a time while the
window is idle, and used only once it agrees with the full-text index term for term.

A keystroke is then answered from sets: for each typed word, the resources holding a word that
begins with it, intersected, a tenth of a millisecond among 5,000 resources (no need to narrow
from the previous search). FTS5 answered it with bm25 over every match: 1.5 to 4 ms for a
two-letter word and about 13 ms for two words, most of a frame.

The order is the list's own: title matches first, then the others, each in the list's order
(crisis lines first, then by category, then by title). It is the same while typing, so a row
found a keystroke ago keeps its place.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from storage.records import Category, Resource
from storage.resources import fold, phone_digits

# The order categories are listed in: what a host needs in a hurry first.
CATEGORY_ORDER = [
    c.value
    for c in (
        Category.CRISIS_LINE,
        Category.PROFESSIONAL_HELP,
        Category.LOCAL_SERVICE,
        Category.READING,
        Category.HANDOUT,
        Category.AGREEMENT,
        Category.PRACTICAL,
        Category.OTHER,
    )
]
_CATEGORY_RANK = {category: rank for rank, category in enumerate(CATEGORY_ORDER)}

# Letters this module folds exactly as FTS5's unicode61 tokenizer (remove_diacritics 2) does:
# a typed word made of others is searched by FTS5 itself. tests/app/test_resource_index.py
# checks each of them against FTS5.
_LATIN = "".join(
    c
    for c in map(chr, range(0xC0, 0x180))
    if c.isalpha() and c not in "ßĸŉſ" and unicodedata.decomposition(c)[:1] not in ("<",)
)
FOLDED_ALIKE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" + _LATIN)
_WORD = re.compile(r"[^\W_]+")  # words as storage.resources.query_tokens cuts them


def list_key(resource: Resource) -> tuple[int, str, str]:
    """The resources list's order: by category as CATEGORY_ORDER has them, then by title."""
    rank = _CATEGORY_RANK.get(resource.category, len(CATEGORY_ORDER))
    return rank, title_order(resource.title), resource.id


def title_order(title: str) -> str:
    """A title as the list sorts it: accents and case aside, so that "Écoute" comes beside
    "Ecole" and not after "Zone" (code point order); the title as written parts two that fold
    alike."""
    return f"{fold(title)}\x00{title.casefold()}"


def indexed_texts(resource: Resource) -> tuple[str, str]:
    """The resource's title, and the rest of what the full-text index holds of it (as the
    triggers of migration 0006 write it: body, then phone, address and hours, and the phone's
    digits run together when they were apart)."""
    digits = phone_digits(resource.phone)
    run_together = f" {digits}" if digits != resource.phone else ""
    rest = f"{resource.body} {resource.phone} {resource.address} {resource.hours}{run_together}"
    return resource.title, rest


class ResourceIndex:
    """Every resource of a group in the list's order and, once `add_some` has gone through
    them all and `check` found it the same as the full-text index, the words of each.

    The resources holding a term are kept as the bits of one integer (bit n: the n-th resource
    listed): unions and intersections of thousands of resources are then a few microseconds,
    and the garbage collector has no containers to walk through (sets of 5,000 resources each
    made it pause for milliseconds in the middle of a keystroke)."""

    def __init__(self, resources: Iterable[Resource]) -> None:
        self.listed: list[Resource] = sorted(resources, key=list_key)
        self._place = {r.id: i for i, r in enumerate(self.listed)}
        # While being built: term -> bits as bytes, and times seen; then term -> bits.
        self._anywhere_bytes: dict[str, bytearray] = {}
        self._title_bytes: dict[str, bytearray] = {}
        self._times: Counter[str] = Counter()  # each word as written, how many times
        self._folded: dict[str, str] = {}
        self._added = 0
        self._anywhere: dict[str, int] = {}
        self._in_title: dict[str, int] = {}
        self._terms: list[str] = []
        self.usable: bool | None = None  # None until checked

    @property
    def built(self) -> bool:
        return self._added >= len(self.listed)

    def add_some(self, count: int) -> bool:
        """Reads the words of up to `count` more resources; True once every resource is in."""
        end = min(len(self.listed), self._added + count)
        for place in range(self._added, end):
            title, rest = indexed_texts(self.listed[place])
            title_words = _WORD.findall(title)
            words = _WORD.findall(rest)
            self._times.update(title_words)  # counted in C, folded once at the end
            self._times.update(words)
            self._mark(place, self._title_bytes, set(title_words))
            self._mark(place, self._anywhere_bytes, set(words).union(title_words))
        self._added = end
        return self.built

    def _mark(self, place: int, postings: dict[str, bytearray], words: Iterable[str]) -> None:
        folded, width = self._folded, (len(self.listed) + 7) // 8
        at, bit = place >> 3, 1 << (place & 7)
        for word in words:
            term = folded.get(word)
            if term is None:
                term = folded[word] = fold(word)
            bits = postings.get(term)
            if bits is None:
                bits = postings[term] = bytearray(width)
            bits[at] |= bit

    def check(self, index_terms: Mapping[str, tuple[int, int]]) -> bool:
        """Usable only if every term is in as many resources, as many times, as FTS5 says: a
        word cut or folded otherwise here would show there."""
        anywhere = {t: int.from_bytes(b, "little") for t, b in self._anywhere_bytes.items()}
        times: dict[str, int] = {}
        for word, seen in self._times.items():
            term = self._folded[word]
            times[term] = times.get(term, 0) + seen
        ours = {term: (bits.bit_count(), times[term]) for term, bits in anywhere.items()}
        self.usable = self.built and ours == dict(index_terms)
        if self.usable:
            self._anywhere = anywhere
            self._in_title = {t: int.from_bytes(b, "little") for t, b in self._title_bytes.items()}
            self._terms = sorted(anywhere)
        self._anywhere_bytes, self._title_bytes, self._folded = {}, {}, {}
        self._times = Counter()
        return self.usable

    def can_answer(self, tokens: Sequence[str]) -> bool:
        """Whether every typed word is folded here as FTS5 folds it (else FTS5 answers)."""
        return bool(self.usable) and all(FOLDED_ALIKE.issuperset(t) for t in tokens)

    def search(self, folded_tokens: Sequence[str], limit: int) -> list[Resource]:
        """The resources with a word beginning with each folded token: title matches first."""
        anywhere = in_title = -1  # every bit set
        for token in folded_tokens:
            anywhere &= self._matching(token, self._anywhere)
            in_title &= self._matching(token, self._in_title)
        return self._in_order(in_title, anywhere, limit)

    def ordered(
        self, in_title: set[int], anywhere: set[int], rows: Mapping[int, str], limit: int
    ) -> list[Resource]:
        """The same order for what the full-text index found: its rows, and the resource of
        each row."""
        place, size = self._place, len(self.listed)
        where = {row: place[i] for row, i in rows.items() if i in place}
        title_bits = _bits((where[r] for r in in_title if r in where), size)
        return self._in_order(
            title_bits, _bits((where[r] for r in anywhere if r in where), size), limit
        )

    def beginnings(self, length: int, most: int) -> list[str]:
        """The first `length` letters of the words held (folded, as typed words are), at most
        `most` of them, those beginning the words of the most resources first: what a host's
        first keystrokes of a word search for."""
        beginnings = {term[:length] for term in self._anywhere if len(term) >= length}
        reach = {b: self._matching(b, self._anywhere).bit_count() for b in beginnings}
        return sorted(reach, key=lambda b: (-reach[b], b))[:most]

    def _in_order(self, in_title: int, anywhere: int, limit: int) -> list[Resource]:
        first = _lowest(in_title, limit)
        if len(first) < limit:
            first += _lowest(anywhere & ~in_title, limit - len(first))
        return [self.listed[p] for p in first]

    def _matching(self, prefix: str, postings: Mapping[str, int]) -> int:
        """The resources holding a term that begins with `prefix`."""
        terms = self._terms
        at = end = bisect.bisect_left(terms, prefix)
        while end < len(terms) and terms[end].startswith(prefix):
            end += 1
        found = 0
        for term in terms[at:end]:
            found |= postings.get(term, 0)
        return found


def _bits(places: Iterable[int], size: int) -> int:
    bits = bytearray((size + 7) // 8)
    for place in places:
        bits[place >> 3] |= 1 << (place & 7)
    return int.from_bytes(bits, "little")


def _lowest(bits: int, limit: int) -> list[int]:
    """The places of the `limit` lowest set bits, lowest first."""
    found: list[int] = []
    while bits > 0 and len(found) < limit:
        low = bits & -bits
        found.append(low.bit_length() - 1)
        bits ^= low
    return found
