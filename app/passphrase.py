"""Passphrases: the floor a vault passphrase must clear, a strength hint, and the generator.

One rule for the window and the CLI. The floor refuses only what a person guesses in a few tries
(all digits, a run on the keyboard, the group's own label, the most common passphrases in French
and English); above it, the strength hint only advises. Offline: no dictionary download.
"""

from __future__ import annotations

import itertools
import math
import unicodedata
from enum import Enum, IntEnum

MIN_LENGTH = 8
# No 0/O, 1/I/L: read aloud and copied from paper without doubt, and case does not matter
# (a lowercase "l" is not in it either). 31 symbols, ~4.95 bits each.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
GROUPS, GROUP_SIZE = 6, 4
_SEPARATORS = " -_.,/\t"
# Rows a finger slides along, in the layouts used in France, Belgium, Switzerland and Québec.
_KEYBOARD_RUNS = (
    "azertyuiop",
    "qwertyuiop",
    "qwertzuiop",
    "qsdfghjklm",
    "asdfghjkl",
    "wxcvbn",
    "zxcvbnm",
    "yxcvbnm",
    "1234567890",
    "abcdefghijklmnopqrstuvwxyz",
)
# The most common passphrases in leaked lists, in both languages, once digits and separators
# are stripped from the end ("soleil2024!" is "soleil").
COMMON = frozenset(
    [
        "password",
        "passw0rd",
        "motdepasse",
        "motdepass",
        "mdp",
        "azerty",
        "qwerty",
        "qwertz",
        "azertyuiop",
        "iloveyou",
        "jetaime",
        "soleil",
        "bonjour",
        "doudou",
        "loulou",
        "chouchou",
        "coucou",
        "marseille",
        "paris",
        "france",
        "belgique",
        "suisse",
        "quebec",
        "canada",
        "montreal",
        "nicolas",
        "camille",
        "julien",
        "thomas",
        "marie",
        "sophie",
        "welcome",
        "letmein",
        "admin",
        "administrator",
        "football",
        "baseball",
        "dragon",
        "monkey",
        "sunshine",
        "princess",
        "superman",
        "batman",
        "master",
        "shadow",
        "trustno",
        "trustnoone",
        "changeme",
        "secret",
        "secrets",
        "passer",
        "bienvenue",
        "motdepasse",
        "correcthorsebatterystaple",
        "cercle",
        "groupe",
        "entraide",
        "support",
        "onetwothree",
        "unmotdepasse",
    ]
)


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


class Weakness(Enum):
    """Why a passphrase is refused; the UI and the CLI each word it."""

    TOO_SHORT = "too_short"
    ALL_DIGITS = "all_digits"
    SEQUENCE = "sequence"
    GROUP_NAME = "group_name"
    COMMON = "common"


def _folded(text: str) -> str:
    """Case, accents and separators removed: "Mot de passe" and "motdepasse" are one guess."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c) and c not in _SEPARATORS)


def _is_run(text: str) -> bool:
    if len(set(text)) == 1:
        return True
    for period in (2, 3):  # "abababab", "123123123"
        if len(text) >= 2 * period and text == (text[:period] * len(text))[: len(text)]:
            return True
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(text)}
    if steps in ({1}, {-1}):
        return True
    return any(text in row or text in row[::-1] for row in _KEYBOARD_RUNS)


def weakness(passphrase: str, names: tuple[str, ...] = ()) -> Weakness | None:
    """None when the passphrase clears the floor. `names`: the group's label and name."""
    if len(passphrase) < MIN_LENGTH:
        return Weakness.TOO_SHORT
    folded = _folded(passphrase)
    if folded.isdigit():
        return Weakness.ALL_DIGITS
    if _is_run(folded):
        return Weakness.SEQUENCE
    core = folded.rstrip("0123456789!?*#@$&+=")
    if any(core == _folded(n).rstrip("0123456789") for n in names if _folded(n)):
        return Weakness.GROUP_NAME
    if core in COMMON or folded in COMMON or (_is_run(core) and len(core) >= 4):
        return Weakness.COMMON
    return None


def estimate_bits(passphrase: str) -> float:
    """A crude entropy estimate: character classes present times length, with repeats discounted."""
    if not passphrase:
        return 0.0
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 33
    if any(ord(c) > 127 for c in passphrase):
        pool += 40
    distinct = len(set(passphrase))
    effective = min(len(passphrase), distinct * 2)
    return effective * math.log2(max(pool, 2))


def strength(passphrase: str, minimum_length: int = MIN_LENGTH) -> Strength:
    if len(passphrase) < minimum_length:
        return Strength.TOO_SHORT
    if weakness(passphrase) is not None:
        return Strength.WEAK
    bits = estimate_bits(passphrase)
    if bits < 40:
        return Strength.WEAK
    if bits < 60:
        return Strength.FAIR
    if bits < 80:
        return Strength.GOOD
    return Strength.STRONG


# -- generated passphrases ----------------------------------------------------------------------
def generate() -> str:
    """6 groups of 4 from ALPHABET, ~119 bits: for a handover file or a new group."""
    import secrets  # here: with hashlib it loads OpenSSL, which the start screen does not need

    groups = ("".join(secrets.choice(ALPHABET) for _ in range(GROUP_SIZE)) for _ in range(GROUPS))
    return "-".join(groups)


def generated_bits() -> float:
    return GROUPS * GROUP_SIZE * math.log2(len(ALPHABET))


def generated_form(typed: str) -> str | None:
    """The printed form of a generated passphrase typed in any case, with spaces or dashes or
    none ("ue7b b42m…" -> "UE7B-B42M-…"); None when `typed` is not one."""
    bare = "".join(c for c in typed.upper() if c not in _SEPARATORS)
    if len(bare) != GROUPS * GROUP_SIZE or any(c not in ALPHABET for c in bare):
        return None
    return "-".join(bare[i : i + GROUP_SIZE] for i in range(0, len(bare), GROUP_SIZE))


def candidates(typed: str) -> list[str]:
    """What to try, in order, for a typed handover passphrase: its printed generated form first
    (the usual case), then exactly as typed (a host may have chosen their own)."""
    printed = generated_form(typed)
    return [printed, typed] if printed is not None and printed != typed else [typed]


def keyed_form(chosen: str) -> str:
    """What a new passphrase is keyed with: a generated one in its printed form, so that it
    later opens however it is typed; any other exactly as chosen."""
    return generated_form(chosen) or chosen
