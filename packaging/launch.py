"""Frozen entry point: PyInstaller needs a script, the app's entry is ui.main:main."""

import sys

from ui.main import main

if __name__ == "__main__":
    sys.exit(main())
