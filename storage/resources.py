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
_TOKEN = re.compile(r"[^\W_]+")


class SearchHit:
    """One ranked match. The marked title and excerpt are worked out when first asked for, so
    a keystroke pays only for the rows that are painted, not for every hit."""

    def __init__(self, resource: Resource, rank: float, folded_tokens: Sequence[str]) -> None:
        """rank: the hit's place in the ranking, 0 for the best."""
        self.resource = resource
        self.rank = rank
        self.tokens = tuple(folded_tokens)  # what the marks depend on

    @functools.cached_property
    def title_marked(self) -> str:
        """The title with MATCH_START / MATCH_END around matched words."""
        return mark(self.resource.title, self.tokens)

    @functools.cached_property
    def snippet_marked(self) -> str:
        """A short excerpt of the body around the first match, marked the same way."""
        return snippet(self.resource.body, self.tokens)


# Letters FTS5's unicode61 tokenizer keeps as letters of their own, spelled out in the index
# by the triggers of migration 0006 and in every search: AZERTY has no œ key, and a host types
# "coeur" for "cœur".
LIGATURES = (("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("Æ", "AE"), ("ß", "ss"), ("ẞ", "SS"))
_PHONE_SEPARATORS = (" ", ".", "-", "\u00a0")


def spelled_out(text: str) -> str:
    for letter, letters in LIGATURES:
        if letter in text:
            text = text.replace(letter, letters)
    return text


def phone_digits(phone: str) -> str:
    """A phone number without its separators, as migration 0006's triggers index it beside
    the number as written: "0972" then finds "09 72 39 40 50"."""
    for separator in _PHONE_SEPARATORS:
        phone = phone.replace(separator, "")
    return phone


def query_tokens(text: str) -> list[str]:
    """The words of what the user typed, as the index would cut them, capped in number."""
    text = spelled_out(text)
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
    """Case and accents away, like the index's unicode61 tokenizer with remove_diacritics 2,
    and œ, æ, ß spelled out as the index holds them (migration 0006)."""
    decomposed = unicodedata.normalize("NFKD", word)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return folded if folded.isascii() else spelled_out(folded)


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
    spans: list[tuple[int, int]] = []
    first = None
    # Read up to the first match and a window beyond it, not the whole text: the words after
    # it change neither the excerpt nor its closing "…" (there are more of them either way).
    for found in _TOKEN.finditer(text):
        spans.append(found.span())
        if first is None:
            if matches(found.group()):
                first = len(spans) - 1
        elif len(spans) > first + words:
            break
    if not spans:
        return ""
    first = first or 0
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

    def matching_rows(self, text: str) -> tuple[set[int], set[int]]:
        """The full-text index's rows (see index_rows) whose title holds every typed word (as
        the beginning of one of its words), and those whose text anywhere does. Odd input finds
        nothing, never an error. The search held in memory (app/resource_index.py) answers the
        same from its own sets once built; this is the answer until then, and for words it
        cannot fold."""
        tokens = query_tokens(text)
        if not tokens:
            return set(), set()
        expression = _expression(tokens)
        try:
            return self._rows_matching(f"title : ({expression})"), self._rows_matching(expression)
        except StorageError:
            return set(), set()

    def _rows_matching(self, expression: str) -> set[int]:
        # The rowid alone comes from the index itself; any other column is read row by row.
        found = self._db.query(
            "SELECT rowid FROM resources_fts WHERE resources_fts MATCH ?", (expression,)
        )
        return {int(r[0]) for r in found}

    def index_rows(self) -> dict[int, str]:
        """Each row of the full-text index and the resource it holds."""
        return {
            int(row): str(resource_id)
            for row, resource_id in self._db.query("SELECT rowid, resource_id FROM resources_fts")
        }

    def index_terms(self) -> dict[str, tuple[int, int]]:
        """Every term of the full-text index: in how many resources, and how many times in all.
        An index kept elsewhere that cuts and folds words otherwise than FTS5 differs here."""
        self._db.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.resources_terms "
            "USING fts5vocab(main, resources_fts, row)"
        )
        return {
            str(term): (int(rows), int(count))
            for term, rows, count in self._db.query(
                "SELECT term, doc, cnt FROM temp.resources_terms"
            )
        }

    def index_holds(self, term: str) -> bool:
        """Whether an index term is still stored anywhere in the index's own pages, deleted or
        not: FTS5 keeps deleted terms in its segments unless secure-delete is on."""
        needle = term.encode("utf-8")
        blocks = self._db.query("SELECT block FROM resources_fts_data")
        return any(isinstance(b, bytes) and needle in b for (b,) in blocks)
