"""Entry point of the `cercle` desktop application (`cercle`, `python -m ui.main`, the frozen app).

Nothing of the app is imported before ui/quick_start.py has readied the interpreter; the app is
put together in ui/application.py.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ui import quick_start


def main(argv: Sequence[str] | None = None) -> int:
    quick_start.begin()
    from ui.application import run  # only now: see quick_start.begin

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
