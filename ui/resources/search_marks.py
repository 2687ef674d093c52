"""A resource's marked title and excerpt kept from one keystroke to the next while the words typed
only grow longer, for ui.resources.model.

Marking a row's title and excerpt (app.resources: the body read up to its first match, its
words tested, the excerpt marked) took about 0.2 ms a row: 2–3 ms of every keystroke past the
searches prepared in idle time (the fourth letter of a word and beyond, issue 18), while typing
on a word mostly marks the very same words ("dépress", "dépressi", "dépression"). When the new
words each begin with the word typed before in its place, a word they mark was marked before:
if every word marked before still matches, the marks, the first match and so the excerpt are the
same, and what was marked is shown again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.model import Resource
from app.resources import MATCH_END, MATCH_START, SearchHit, fold

_MARKED = re.compile(f"{MATCH_START}([^{MATCH_END}]*){MATCH_END}")
KEPT = 8192  # resources: more than a group's in the benchmark's large group


class _Marked:
    __slots__ = ("excerpt", "resource", "title", "tokens", "words")

    def __init__(
        self, resource: Resource, tokens: tuple[str, ...], title: str, excerpt: str
    ) -> None:
        self.resource, self.tokens, self.title, self.excerpt = resource, tokens, title, excerpt
        # The marked words, folded as the search compares them.
        self.words = {fold(word) for word in _MARKED.findall(title + excerpt)}


class SearchMarks:
    """The last marks of each resource, by resource id."""

    def __init__(self) -> None:
        self._kept: dict[str, _Marked] = {}

    def marked(self, hit: SearchHit) -> tuple[str, str]:
        """The hit's title and excerpt with their matches marked."""
        resource = hit.resource
        kept = self._kept.get(resource.id)
        if kept is not None and kept.resource is resource and _same_marks(kept, hit.tokens):
            kept.tokens = hit.tokens  # typing on narrows from here
            return kept.title, kept.excerpt
        if len(self._kept) >= KEPT:
            self._kept.clear()
        marked = _Marked(resource, hit.tokens, hit.title_marked, hit.snippet_marked)
        self._kept[resource.id] = marked
        return marked.title, marked.excerpt

    def forget(self) -> None:
        self._kept.clear()


def _same_marks(kept: _Marked, tokens: Sequence[str]) -> bool:
    """Whether the new words mark what the kept ones marked: each new word begins with the
    kept one in its place (so it marks no word the kept one did not), and every word marked
    is still marked."""
    if len(tokens) != len(kept.tokens):
        return False
    if not all(new.startswith(old) for old, new in zip(kept.tokens, tokens, strict=True)):
        return False
    return all(any(word.startswith(t) for t in tokens) for word in kept.words)
