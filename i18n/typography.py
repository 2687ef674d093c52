"""French typography: a non-breaking space (U+00A0) before : ; ? ! and inside « ».

Used on the French translations (`python -m i18n.tools typography`, and on every `apply`), on the
French guide, and by the tests that check both. Pure text, no Qt.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
NNBSP = "\u202f"  # a narrow no-break space is also correct French typography; kept where used

# A space-like character, or none, between a word (or closing mark) and the punctuation. Not a
# colon inside a time or address ("10:30", "https://"): only one followed by a space or the end.
_BEFORE_HIGH = re.compile(r"(?<=[\w»)\]}…%'\"*])[ \t]*([;?!])(?=\s|$|[»)\"*])")
_BEFORE_COLON = re.compile(r"(?<=[\w»)\]}…%'\"*])[ \t]*(:)(?=\s|$|[»)\"*])")
_AFTER_OPEN = re.compile(r"«[ \t\u00a0]*(?!\u202f)")
_BEFORE_CLOSE = re.compile(r"(?<!\u202f)[ \t\u00a0]*»")
# What must not be touched in Markdown: code spans and link or image targets.
_PROTECTED = re.compile(r"`[^`]*`|\]\([^)]*\)|<[^>]+>|https?://\S+")


def _fix_plain(text: str) -> str:
    text = _BEFORE_HIGH.sub(NBSP + r"\1", text)
    text = _BEFORE_COLON.sub(NBSP + r"\1", text)
    text = _AFTER_OPEN.sub("«" + NBSP, text)
    return _BEFORE_CLOSE.sub(NBSP + "»", text)


def fix(text: str) -> str:
    """The text with French spacing, leaving code, link targets, HTML tags and addresses as they
    are; already correct text comes back unchanged."""
    out: list[str] = []
    last = 0
    for match in _PROTECTED.finditer(text):
        out.append(_fix_plain(text[last : match.start()]))
        out.append(match.group(0))
        last = match.end()
    out.append(_fix_plain(text[last:]))
    return "".join(out)


_FAULTS = (
    (re.compile(r"[ \t][:;?!]"), "ordinary space before punctuation"),
    (re.compile(r"\w[;?!]"), "no space before ; ? !"),
    (re.compile(r"[^\W\d][:](?=\s|$)"), "no space before :"),
    (re.compile(r"«(?![\u00a0\u202f])"), "no non-breaking space after «"),
    (re.compile(r"(?<![\u00a0\u202f])»"), "no non-breaking space before »"),
)


def faults(text: str) -> list[str]:
    """What is wrong with the French spacing of a text (empty when it is right)."""
    plain = _PROTECTED.sub(" ", text)
    return [why for pattern, why in _FAULTS if pattern.search(plain)]
