"""Resource notes and their full-text index.

Search goes through one query builder: the user's text is cut into letter/digit tokens, each
token quoted as an FTS5 string, so no user input is ever read as FTS5 syntax (quotes, stars,
parentheses, NEAR/AND/OR, column filters).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from storage import rows
from storage.database import Database
from storage.errors import StorageError
from storage.records import Resource

# Marks around matched words in highlighted text; control characters never typed in a title,
# so the UI can escape the text first and swap these for markup after.
MATCH_START = "\x02"
MATCH_END = "\x03"
MAX_TOKENS = 12
MIN_TOKEN_CHARS = 2
MAX_TOKEN_CHARS = 64
# bm25 weights per column (resource_id, title, body, extra): a title match outranks a body match.
_WEIGHTS = (0.0, 10.0, 1.0, 2.0)
_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class SearchHit:
    resource: Resource
    title_marked: str  # the title with MATCH_START / MATCH_END around matched words
    snippet_marked: str  # a short excerpt of the body around the matches, marked the same way
    rank: float


def match_query(text: str, *, prefix_all: bool = True) -> str | None:
    """An FTS5 MATCH expression for what the user typed, or None when it holds no word."""
    # One-character words are left out: they match nearly everything, the prefix index starts
    # at two characters, and scanning every term for them would make typing stutter.
    words = [t for t in _TOKEN.findall(text) if len(t) >= MIN_TOKEN_CHARS]
    tokens = [t[:MAX_TOKEN_CHARS] for t in words][:MAX_TOKENS]
    if not tokens:
        return None
    quoted = [f'"{t}"' for t in tokens]
    if prefix_all:
        quoted = [f"{q}*" for q in quoted]
    else:
        quoted[-1] += "*"
    return " AND ".join(quoted)


class ResourceRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, resource: Resource) -> Resource:
        return rows.insert(self._db, "resources", resource)

    def update(self, resource: Resource) -> Resource:
        return rows.update(self._db, "resources", resource)

    def get(self, resource_id: str) -> Resource | None:
        return rows.select_one(self._db, Resource, "resources", "WHERE id = ?", (resource_id,))

    def list_all(self) -> list[Resource]:
        return rows.select(self._db, Resource, "resources", "ORDER BY category, title COLLATE NOCASE")

    def pinned(self) -> list[Resource]:
        return rows.select(
            self._db, Resource, "resources", "WHERE pinned = 1 ORDER BY category, title COLLATE NOCASE"
        )

    def by_category(self, category: str) -> list[Resource]:
        return rows.select(self._db, Resource, "resources",
                           "WHERE category = ? ORDER BY title COLLATE NOCASE", (category,))

    def delete(self, resource_id: str) -> None:
        rows.delete_with_tombstone(self._db, "resources", resource_id)

    def search(self, text: str, limit: int = 100) -> list[SearchHit]:
        """Ranked matches, best first; odd input gives no hits, never an error."""
        expression = match_query(text)
        if expression is None:
            return []
        columns = ", ".join(f"r.{c}" for c in _record_columns())
        # Rank on the index alone first, then fetch, highlight and excerpt only the best rows:
        # highlight() and snippet() cost far more than bm25() on thousands of matches.
        sql = (
            "WITH best AS (SELECT rowid AS fts_row, "
            f"bm25(resources_fts, {', '.join(str(w) for w in _WEIGHTS)}) AS score "
            "FROM resources_fts WHERE resources_fts MATCH :q ORDER BY score LIMIT :limit) "
            f"SELECT {columns}, "
            "highlight(resources_fts, 1, :s, :e), "
            "snippet(resources_fts, 2, :s, :e, '…', 16), best.score "
            "FROM best JOIN resources_fts ON resources_fts.rowid = best.fts_row "
            "JOIN resources r ON r.id = resources_fts.resource_id "
            "WHERE resources_fts MATCH :q ORDER BY best.score"
        )
        params = {"q": expression, "limit": int(limit), "s": MATCH_START, "e": MATCH_END}
        try:
            found = self._db.query(sql, params)
        except StorageError:
            return []
        width = len(_record_columns())
        return [
            SearchHit(rows.from_row(Resource, tuple(row[:width])), str(row[width]),
                      str(row[width + 1]), float(row[width + 2]))
            for row in found
        ]

    def index_holds(self, term: str) -> bool:
        """Whether an index term is still stored anywhere in the index's own pages, deleted or
        not: FTS5 keeps deleted terms in its segments unless secure-delete is on."""
        needle = term.encode("utf-8")
        blocks = self._db.query("SELECT block FROM resources_fts_data")
        return any(isinstance(b, bytes) and needle in b for (b,) in blocks)


def _record_columns() -> list[str]:
    return [f.name for f in dataclasses.fields(Resource)]
