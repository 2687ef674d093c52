"""The passphrase floor and the forgiving form of generated passphrases (app/, no Qt)."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest

from app import cli
from app.passphrase import Weakness, candidates, generate, generated_form, weakness
from app.vaults import VaultService
from storage.errors import ValidationError


@pytest.mark.parametrize(
    ("passphrase", "why"),
    [
        ("1234567", Weakness.TOO_SHORT),
        ("12345678", Weakness.ALL_DIGITS),
        ("01/02/1990", Weakness.ALL_DIGITS),
        ("abcdefgh", Weakness.SEQUENCE),
        ("AZERTYUIOP", Weakness.SEQUENCE),
        ("qwerty uiop", Weakness.SEQUENCE),
        ("aaaaaaaaaa", Weakness.SEQUENCE),
        ("abcabcabc", Weakness.SEQUENCE),
        ("Mardi soir 2024", Weakness.GROUP_NAME),
        ("Mot de passe", Weakness.COMMON),
        ("password123", Weakness.COMMON),
        ("Soleil2024!", Weakness.COMMON),
        ("azerty2024", Weakness.COMMON),
        ("jetaime!!", Weakness.COMMON),
    ],
)
def test_obvious_passphrases_are_refused_with_the_reason(passphrase: str, why: Weakness) -> None:
    assert weakness(passphrase, ("Mardi soir", "Entraide deuil")) is why


@pytest.mark.parametrize(
    "passphrase", ["correct horse battery", "la clé de Inès, rien qu'à elle", "demo-cercle"]
)
def test_ordinary_passphrases_clear_the_floor(passphrase: str) -> None:
    assert weakness(passphrase, ("Mardi soir", "Entraide deuil")) is None


def test_generated_passphrases_clear_the_floor_and_forgive_their_form() -> None:
    for _ in range(50):
        printed = generate()
        assert weakness(printed) is None
        typed = printed.lower().replace("-", " ")
        assert generated_form(typed) == printed
        assert candidates(typed) == [printed, typed]
        assert generated_form(printed.replace("-", "")) == printed
    assert generated_form("not a generated one") is None
    assert candidates("my own words") == ["my own words"]


def test_the_service_refuses_a_weak_passphrase_whatever_the_window_checks(vaults) -> None:
    with pytest.raises(ValidationError) as refused:
        vaults.create_group("Mardi", "Entraide", "fr", "12345678")
    assert refused.value.rule == "all_digits"
    assert list(vaults.data.vaults.iterdir()) == []


def test_a_generated_vault_passphrase_opens_however_it_is_typed(vaults: VaultService) -> None:
    printed = generate()
    info = vaults.create_group("Mardi", "Entraide", "fr", printed)
    typed = " ".join(printed.lower().split("-"))
    group = vaults.unlock(info.id, typed)
    group.close()
    assert vaults.check_passphrase(info.id, printed.replace("-", ""))
    assert not vaults.check_passphrase(info.id, printed[:-1] + ("A" if printed[-1] != "A" else "B"))


def test_cli_import_refuses_a_weak_new_passphrase(demo_bundle: Path, tmp_path: Path) -> None:
    from tests.helpers.handover import BUNDLE_PASSPHRASE

    err = io.StringIO()
    stdin = io.StringIO(f"{BUNDLE_PASSPHRASE.lower()}\n12345678\n")
    with contextlib.redirect_stderr(err):
        code = cli.main(
            ["--data-dir", str(tmp_path / "cli"), "--passphrase-stdin", "import", str(demo_bundle)],
            stdin=stdin,
            out=io.StringIO(),
        )
    assert code == 2
    assert "only digits" in err.getvalue()
    assert not list((tmp_path / "cli" / "vaults").glob("*.vault"))
