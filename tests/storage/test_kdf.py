"""PBKDF2-HMAC-SHA512: the compiled storage/_pbkdf2.c gives hashlib's bytes, and the fallback."""

from __future__ import annotations

import hashlib
import shutil
import sys
import sysconfig
import types
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storage import kdf
from storage import settings as storage_settings
from storage.keys import DerivedKey

# Linux with a C compiler, Python's and OpenSSL's headers (this project's development machines)
# builds it: there a missing or failing module must fail a test, not make every unlock silently
# slower. Elsewhere hashlib is the one used, and the tests of the module itself are skipped.
BUILDS_HERE = (
    sys.platform.startswith("linux")
    and Path("/usr/include/openssl/sha.h").is_file()
    and Path(sysconfig.get_paths()["include"], "Python.h").is_file()
    and shutil.which(str(sysconfig.get_config_var("CC") or "cc").split()[0]) is not None
)
try:
    from storage import _pbkdf2 as compiled
except ImportError:
    compiled = None  # type: ignore[assignment]
needs_compiled = pytest.mark.skipif(compiled is None, reason="not built here")


EDGES = [0, 1, 63, 64, 65, 111, 112, 113, 127, 128, 129, 200, 255, 256, 300]


def sized_binary(most: int) -> st.SearchStrategy[bytes]:
    sizes = st.one_of(st.sampled_from([e for e in EDGES if e <= most]), st.integers(0, most))
    return sizes.flatmap(lambda n: st.binary(min_size=n, max_size=n))


def hashlib_sha512(password: bytes, salt: bytes, iterations: int, dklen: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", password, salt, iterations, dklen)


@pytest.mark.skipif(not BUILDS_HERE, reason="no OpenSSL headers: hashlib is the one used")
def test_the_development_build_uses_the_compiled_derivation() -> None:
    assert compiled is not None, (
        "storage/_pbkdf2.c was not built although this machine can build it: "
        "`touch storage/_pbkdf2.c && make .venv/.installed` shows setuptools' error"
    )
    assert kdf.pbkdf2_hmac_sha512 is compiled.pbkdf2_hmac_sha512, "it fails storage/kdf.py's check"


@needs_compiled
@settings(max_examples=300, deadline=None)
@given(
    # Hypothesis draws short binaries: the sizes around SHA-512's 128-byte block (past it HMAC
    # hashes the key first) and its 112-byte padding limit are asked for by name.
    password=sized_binary(300),
    salt=sized_binary(300),
    iterations=st.integers(1, 50),
    dklen=st.integers(1, 64),
)
def test_compiled_gives_hashlibs_bytes(
    password: bytes, salt: bytes, iterations: int, dklen: int
) -> None:
    assert compiled is not None
    assert compiled.pbkdf2_hmac_sha512(password, salt, iterations, dklen) == hashlib_sha512(
        password, salt, iterations, dklen
    )


@needs_compiled
@pytest.mark.parametrize(
    ("args", "error"),
    [
        (("passphrase", b"salt", 1, 32), TypeError),
        ((b"passphrase", "salt", 1, 32), TypeError),
        ((b"passphrase", b"salt", 1.0, 32), TypeError),
        ((b"passphrase", b"salt", 1), TypeError),
        ((b"passphrase", b"salt", 0, 32), ValueError),
        ((b"passphrase", b"salt", -1, 32), ValueError),
        ((b"passphrase", b"salt", 2**80, 32), OverflowError),
        ((b"passphrase", b"salt", 1, 0), ValueError),
        ((b"passphrase", b"salt", 1, 65), ValueError),
    ],
)
def test_compiled_refuses_bad_arguments(args: tuple[Any, ...], error: type[Exception]) -> None:
    assert compiled is not None
    with pytest.raises(error):
        compiled.pbkdf2_hmac_sha512(*args)


@needs_compiled
def test_compiled_takes_any_bytes_like_object() -> None:
    assert compiled is not None
    out = compiled.pbkdf2_hmac_sha512(bytearray(b"pass"), memoryview(b"salt"), 2, 64)
    assert out == hashlib_sha512(b"pass", b"salt", 2, 64)


def test_without_the_module_hashlib_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "storage._pbkdf2", None)  # as if never built
    assert kdf.choose() is kdf.hashlib_pbkdf2


def raises_system_error(password: bytes, salt: bytes, iterations: int, dklen: int) -> bytes:
    raise SystemError("a broken build")


@pytest.mark.parametrize(
    "wrong",
    [
        lambda password, salt, iterations, dklen: bytes(dklen),
        lambda password, salt, iterations, dklen: hashlib_sha512(password, salt, 1, dklen),
        raises_system_error,
    ],
    ids=["zeros", "ignores iterations", "raises"],
)
def test_a_module_failing_its_check_is_not_used(
    monkeypatch: pytest.MonkeyPatch, wrong: kdf.Pbkdf2
) -> None:
    broken = types.ModuleType("storage._pbkdf2")
    broken.pbkdf2_hmac_sha512 = wrong  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "storage._pbkdf2", broken)
    assert kdf.choose() is kdf.hashlib_pbkdf2


def test_keys_are_derived_through_the_chosen_function(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "storage._pbkdf2", None)
    monkeypatch.setattr(kdf, "pbkdf2_hmac_sha512", kdf.choose())
    salt = bytes(range(16))
    key = DerivedKey.derive("Zébulon l'été", salt).key
    expected = hashlib_sha512("Zébulon l'été".encode(), salt, storage_settings.kdf_iterations, 32)
    assert key == expected


@pytest.mark.realkdf
def test_at_the_real_cost_the_key_is_hashlibs() -> None:
    """SQLCipher derives the same key for PRAGMA key: a vault opened with a raw key from
    DerivedKey must be one a passphrase opens too."""
    salt = bytes.fromhex("00112233445566778899aabbccddeeff")
    passphrase = "correct horse battery staple ✓"
    iterations = storage_settings.REAL_KDF_ITERATIONS
    assert storage_settings.kdf_iterations == iterations
    expected = hashlib_sha512(passphrase.encode(), salt, iterations, 32)
    assert DerivedKey.derive(passphrase, salt).key == expected
    if compiled is not None:
        assert compiled.pbkdf2_hmac_sha512(passphrase.encode(), salt, iterations, 32) == expected
