"""The hostile-content corpus: real bundles edited and resealed the way a sender who knows the
handover passphrase could, with the project's own code (tests/helpers/bad_bundles.reseal)."""

from __future__ import annotations

from storage import domain

SENTINEL = "sentinel.png"


def markup(outside: str) -> list[str]:
    """Text that a renderer would turn into a file or network request if it were markup."""
    return [
        f'<img src="file://{outside}/{SENTINEL}">',
        f"![x](file://{outside}/{SENTINEL}) [lien](file://{outside}/{SENTINEL})",
        f"<a href='file://{outside}'>a</a> <b>gras</b> ![y]({outside}/{SENTINEL})",
    ]


def _first_text_column(table: str) -> str:
    return next(c for c, r in domain.FIELDS[table].items() if r.kind is domain.Kind.TEXT)


def _bad_values(rule: domain.Rule) -> dict[str, object]:
    """Per family, a value this column must refuse (None when the family does not apply)."""
    found: dict[str, object] = {}
    if rule.kind is domain.Kind.INT:
        found |= {"wrong_type": "12", "out_of_range": 2**63 - 1, "negative": -1}
    elif rule.kind is domain.Kind.TEXT:
        found |= {
            "wrong_type": 7,
            "overlong": "x" * (rule.cap + 1),
            "control": "a\x00b\x1b[2J\u0085",
            "bidi_override": "Zo\u202eé",  # the rest of a sentence shown backwards
        }
    elif rule.kind is domain.Kind.ID:
        found |= {"traversal": "../../x", "wrong_type": 5}
    elif rule.kind is domain.Kind.ENUM:
        found |= {"choice": "<b>x</b>"}
    else:
        found |= {"invalid_date": "2027-13-45T99:99", "far_future": "9999-12-31T23:59:59.000000Z"}
        if rule.kind is domain.Kind.DAY:
            found["far_future"] = "9999-12-31"
        if rule.kind is domain.Kind.MINUTE:
            found["far_future"] = "9999-12-31T23:59"
    return found


def refused_cases() -> list[tuple[str, str, str, object]]:
    """(table, column, family, value) for every column and every family that applies."""
    cases = []
    for table, columns in domain.FIELDS.items():
        for column, rule in columns.items():
            for family, value in _bad_values(rule).items():
                if table == "tombstones" and column == "row_id" and family == "traversal":
                    continue  # ids of erased rows: checked below with the live-row case
                cases.append((table, column, family, value))
    return cases


def text_columns() -> list[tuple[str, str]]:
    return [
        (t, c)
        for t, cols in domain.FIELDS.items()
        for c, r in cols.items()
        if r.kind is domain.Kind.TEXT and t != "tombstones"
    ]


__all__ = ["SENTINEL", "_first_text_column", "markup", "refused_cases", "text_columns"]
