"""On X11, text selected in Cercle (a member's phone in the form) sits in the primary selection,
pasted with a middle click anywhere: the lock clears it too when Cercle owns it."""

from __future__ import annotations

from PySide6.QtGui import QClipboard

from ui.common.clipboard_guard import ClipboardGuard


class FakeClipboard:
    def __init__(self) -> None:
        self.texts = {QClipboard.Mode.Clipboard: "", QClipboard.Mode.Selection: "06 12 34 56 78"}

    def text(self, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> str:
        return self.texts[mode]

    def ownsClipboard(self) -> bool:
        return False

    def supportsSelection(self) -> bool:
        return True

    def ownsSelection(self) -> bool:
        return True

    def clear(self, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> None:
        self.texts[mode] = ""


def test_lock_clears_the_selection_cercle_owns(qapp, monkeypatch) -> None:
    fake = FakeClipboard()
    guard = ClipboardGuard()
    monkeypatch.setattr(ClipboardGuard, "_clipboard", staticmethod(lambda: fake))
    guard.clear_ours()
    assert fake.texts[QClipboard.Mode.Selection] == ""
