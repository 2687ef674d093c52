"""Resource notes and their full-text index.

Search goes through one query builder: the user's text is cut into letter/digit tokens, each
token quoted as an FTS5 string, so no user input is ever read as FTS5 syntax (quotes, stars,
parentheses, NEAR/AND/OR, column filters).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence

from storage import rows
from storage.errors import StorageError
from storage.records import Resource

# Marks around matched words in highlighted text; control characters never typed in a title,
# so the UI can escape the text first and swap these for markup after.
MATCH_START = "\x02"
MATCH_END = "\x03"
MAX_TOKENS = 12
MIN_TOKEN_CHARS = 2
SNIPPET_WORDS = 16
ELLIPSIS = "…"
MAX_TOKEN_CHARS = 64
# bm25 weights per column (resource_id, title, body, extra): a title match outranks a body match.
_WEIGHTS = (0.0, 10.0, 1.0, 2.0)
_TOKEN = re.compile(r"[^\W_]+")


class SearchHit:
    """One ranked match. The marked title and excerpt are worked out when first asked for, so
    a keystroke pays only for the rows that are painted, not for every hit."""

    def __init__(self, resource: Resource, rank: float, folded_tokens: list[str]) -> None:
        """rank: the hit's place in the ranking, 0 for the best."""
        self.resource = resource
        self.rank = rank
        self._tokens = tuple(folded_tokens)

    @functools.cached_property
    def title_marked(self) -> str:
        """The title with MATCH_START / MATCH_END around matched words."""
        return mark(self.resource.title, self._tokens)

    @functools.cached_property
    def snippet_marked(self) -> str:
        """A short excerpt of the body around the first match, marked the same way."""
        return snippet(self.resource.body, self._tokens)


def query_tokens(text: str) -> list[str]:
    """The words of what the user typed, as the index would cut them, capped in number."""
    # One-character words are left out: they match nearly everything, the prefix index starts
    # at two characters, and scanning every term for them would make typing stutter.
    words = [t for t in _TOKEN.findall(text) if len(t) >= MIN_TOKEN_CHARS]
    return [t[:MAX_TOKEN_CHARS] for t in words][:MAX_TOKENS]


def _expression(tokens: list[str]) -> str:
    # Letters and digits only, so nothing inside the quotes needs escaping. Every word is a
    # prefix: "soutien fam" finds "soutien aux familles" while the second word is being typed.
    return " AND ".join(f'"{t}"*' for t in tokens)


def match_query(text: str) -> str | None:
    """An FTS5 MATCH expression for what the user typed, or None when it holds no word."""
    tokens = query_tokens(text)
    return _expression(tokens) if tokens else None


@functools.lru_cache(maxsize=65_536)  # a group's vocabulary is small; words repeat
def fold(word: str) -> str:
    """Case and accents away, like the index's unicode61 tokenizer with remove_diacritics 2."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@functools.lru_cache(maxsize=64)  # the searches of the last few keystrokes
def _word_test(folded_tokens: tuple[str, ...]) -> Callable[[str], bool]:
    """Whether a word is one a query token begins, remembered per word: the same words come
    back in every title and excerpt of a search, and again as it is typed on."""
    known: dict[str, bool] = {}

    def matches(word: str) -> bool:
        found = known.get(word)
        if found is None:
            folded = fold(word)
            found = known[word] = any(folded.startswith(t) for t in folded_tokens)
        return found

    return matches


def mark(text: str, folded_tokens: Sequence[str]) -> str:
    """The text with MATCH_START / MATCH_END around every word a query token begins."""
    matches = _word_test(tuple(folded_tokens))
    return _TOKEN.sub(
        lambda m: f"{MATCH_START}{m.group()}{MATCH_END}" if matches(m.group()) else m.group(),
        text,
    )


def snippet(text: str, folded_tokens: Sequence[str], words: int = SNIPPET_WORDS) -> str:
    """About `words` words of the text around its first match, marked, on one line."""
    matches = _word_test(tuple(folded_tokens))
    spans = [m.span() for m in _TOKEN.finditer(text)]
    if not spans:
        return ""
    first = next((i for i, (a, b) in enumerate(spans) if matches(text[a:b])), 0)
    start = max(0, min(first - words // 4, len(spans) - words))
    end = min(len(spans), start + words) - 1
    excerpt = " ".join(text[spans[start][0] : spans[end][1]].split())
    return (
        (ELLIPSIS if start else "")
        + mark(excerpt, folded_tokens)
        + (ELLIPSIS if end < len(spans) - 1 else "")
    )


class ResourceRepository(rows.Table[Resource]):
    table = "resources"
    record = Resource

    def list_all(self) -> list[Resource]:
        return self.select("ORDER BY category, title COLLATE NOCASE")

    def pinned(self) -> list[Resource]:
        return self.select("WHERE pinned = 1 ORDER BY category, title COLLATE NOCASE")

    def by_category(self, category: str) -> list[Resource]:
        return self.select("WHERE category = ? ORDER BY title COLLATE NOCASE", (category,))

    def delete(self, resource_id: str) -> None:
        rows.delete_with_tombstone(self._db, "resources", resource_id)

    def search(self, text: str, limit: int = 100) -> list[SearchHit]:
        """Ranked matches, best first: title matches, then the others, each by bm25. Odd input
        gives no hits, never an error.

        Two passes because a title-only match is a fraction of a millisecond and fills the list
        for most typed prefixes; the whole-text pass runs only when titles are not enough.
        The matched words are marked here in Python with the tokenizer's own folding: FTS5's
        highlight() and snippet() re-run the match for every row (9 to 18 ms for 100 hits among
        5,000 resources, most of a frame, on every keystroke).
        """
        tokens = query_tokens(text)
        if not tokens:
            return []
        expression = _expression(tokens)
        try:
            ids = self._ranked_ids(f"title : ({expression})", limit)
            if len(ids) < limit:
                seen = set(ids)
                more = self._ranked_ids(expression, limit + len(ids))
                ids += [i for i in more if i not in seen][: limit - len(ids)]
            found = self._by_ids(ids)
        except StorageError:
            return []
        folded = [fold(t) for t in tokens]
        return [
            SearchHit(found[i], float(rank), folded) for rank, i in enumerate(ids) if i in found
        ]

    def _ranked_ids(self, expression: str, limit: int) -> list[str]:
        weights = ", ".join(str(w) for w in _WEIGHTS)
        return [
            str(r[0])
            for r in self._db.query(
                f"SELECT resource_id FROM resources_fts WHERE resources_fts MATCH ? "
                f"ORDER BY bm25(resources_fts, {weights}) LIMIT ?",
                (expression, int(limit)),
            )
        ]

    def _by_ids(self, ids: list[str]) -> dict[str, Resource]:
        if not ids:
            return {}
        marks = ", ".join("?" for _ in ids)
        found = rows.select(self._db, Resource, "resources", f"WHERE id IN ({marks})", ids)
        return {r.id: r for r in found}

    def index_holds(self, term: str) -> bool:
        """Whether an index term is still stored anywhere in the index's own pages, deleted or
        not: FTS5 keeps deleted terms in its segments unless secure-delete is on."""
        needle = term.encode("utf-8")
        blocks = self._db.query("SELECT block FROM resources_fts_data")
        return any(isinstance(b, bytes) and needle in b for (b,) in blocks)
