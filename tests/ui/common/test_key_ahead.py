"""KeyAhead: a key derived for one passphrase at a time, taken once, dropped at any change."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.new_keys import NewKey, handover_key
from ui.common.key_ahead import KeyAhead


def test_a_changed_passphrase_drops_the_running_derivation_and_skips_a_queued_one(
    qtbot, derivations
) -> None:
    owner = QObject()
    ahead = KeyAhead(owner, handover_key)
    ahead.start("first passphrase")
    qtbot.waitUntil(lambda: derivations.started == ["first passphrase"])
    ahead.start("second passphrase")  # queued behind the first, which runs on
    ahead.start("third passphrase")  # the second never runs
    ahead.start("third passphrase")  # the same again: nothing new
    key = ahead.take("third passphrase")
    derivations.gate.set()
    taken = key()
    assert isinstance(taken, NewKey) and taken.keyed == "third passphrase"
    assert key() is None  # let go once given: not kept by whoever holds the function
    assert derivations.started == ["first passphrase", "third passphrase"]
    assert ahead.take("third passphrase")() is None  # taken once: a retry derives again
    ahead.stop()
    assert not ahead.running


def test_a_key_is_taken_only_for_its_own_passphrase(qtbot, derivations) -> None:
    owner = QObject()
    ahead = KeyAhead(owner, handover_key)
    derivations.gate.set()
    ahead.follow("the passphrase", acceptable=True)
    assert ahead.take("another passphrase")() is None
    ahead.follow("the passphrase", acceptable=True)
    ahead.follow("the passphrase, edited", acceptable=False)  # the passphrase itself: dropped
    assert ahead.take("the passphrase")() is None
    ahead.stop()


def test_a_key_is_kept_while_only_another_field_is_unacceptable(qtbot, derivations) -> None:
    """A typo in the confirmation, fixed: the key derived for the passphrase is still the one
    to use, not derived again (the click right after would wait for it)."""
    owner = QObject()
    ahead = KeyAhead(owner, handover_key)
    derivations.gate.set()
    ahead.follow("the passphrase", acceptable=True)
    qtbot.waitUntil(lambda: derivations.ended == ["the passphrase"])
    ahead.follow("the passphrase", acceptable=False)
    ahead.follow("the passphrase", acceptable=True)
    taken = ahead.take("the passphrase")()
    assert isinstance(taken, NewKey) and taken.keyed == "the passphrase"
    assert derivations.started == ["the passphrase"]
    ahead.stop()


def test_stopping_waits_for_the_derivation_under_way(qtbot, derivations) -> None:
    owner = QObject()
    ahead = KeyAhead(owner, handover_key)
    ahead.start("the passphrase")
    qtbot.waitUntil(lambda: derivations.started == ["the passphrase"])
    derivations.open_gate_soon()
    ahead.stop()
    assert derivations.ended == ["the passphrase"] and not ahead.running
    assert ahead.take("the passphrase")() is None  # nothing kept
