"""Readies the interpreter for a quick start, before the app's own modules are imported.

A host opens Cercle in front of the room, often on an old laptop. Two costs before the start
screen's first paint are the interpreter's, not the app's; ui/main.py calls begin() first:

- PySide6 replaces Python's import function with one that reads the source of every module
  imported after PySide6 itself, looking for `from __feature__ import snake_case` (or
  `true_property`), which switches Qt's method names for that module. Cercle selects no feature;
  reading the ~140 files the start screen imports took about a fifth of the instructions to the
  first paint (callgrind, 1,725 M -> 1,400 M). begin() puts back the import function PySide6
  wrapped (its lazy loading of Qt classes stays).
- The collector walks every object, again and again, while imports and PySide6's enum classes
  allocate hundreds of thousands that live as long as the app: 67 passes freeing about 500
  objects. It waits until the start screen has painted; then what start-up built is frozen out
  of later passes (gc.freeze), which stay short.
"""

from __future__ import annotations

import builtins
import gc

_started = False


def begin() -> None:
    global _started
    _started = True
    gc.disable()
    import PySide6  # noqa: F401 -- installs the feature import function

    wrapped = getattr(builtins, "__orig_import__", None)
    if getattr(builtins.__import__, "__name__", "") == "__feature_import__" and wrapped:
        builtins.__import__ = wrapped


def end() -> None:
    """Once the start screen has painted; nothing if begin() was not called (tests)."""
    global _started
    if _started:
        _started = False
        gc.freeze()
        gc.enable()
