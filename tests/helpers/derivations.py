"""Every new file's key derivation of a test, seen and held: `derivations` records the
passphrase of each DerivedKey.new (the handover key, a new vault's key: ahead or in the write)
and holds each at the gate until the test opens it, so that a passphrase can be changed while
the derivation for the previous one is still running; and every derivation Python runs (`every`:
an existing file's too; SQLCipher's own, from a passphrase, it cannot see)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from storage.keys import DerivedKey


@dataclass
class Derivations:
    started: list[str] = field(default_factory=list)
    ended: list[str] = field(default_factory=list)
    every: list[str] = field(default_factory=list)  # every derivation, an existing file's too
    gate: threading.Event = field(default_factory=threading.Event)
    timed_out: list[str] = field(default_factory=list)  # held until the gate's timeout

    def open_gate_soon(self) -> None:
        """From another thread, so that the main thread can block meanwhile (a lock, closing)."""
        threading.Thread(target=self.gate.set).start()


@pytest.fixture
def derivations(monkeypatch) -> Iterator[Derivations]:
    seen = Derivations()
    real_new = DerivedKey.new.__func__  # type: ignore[attr-defined]

    def held(cls: type[DerivedKey], passphrase: str) -> DerivedKey:
        seen.started.append(passphrase)
        if not seen.gate.wait(30):
            # Let go only by the timeout: something the test waited on (a drop, a stop) was
            # itself held to this derivation's end, and the test passed 30 s later all the same.
            seen.timed_out.append(passphrase)
        try:
            return real_new(cls, passphrase)
        finally:
            seen.ended.append(passphrase)

    real_derive = DerivedKey.derive.__func__  # type: ignore[attr-defined]

    def seen_derive(cls: type[DerivedKey], passphrase: str, salt: bytes) -> DerivedKey:
        seen.every.append(passphrase)
        return real_derive(cls, passphrase, salt)

    monkeypatch.setattr(DerivedKey, "new", classmethod(held))
    monkeypatch.setattr(DerivedKey, "derive", classmethod(seen_derive))
    yield seen
    seen.gate.set()  # nothing left waiting after the test
    assert seen.timed_out == [], "a derivation was held until the gate's timeout"
