"""The real start in a fresh Python (a test's own process has imported, and styled, everything
already): a script given the output file and the data folder, which starts ui.main itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_start(script: str, out: Path, data: Path, **env: str) -> None:
    """Run `script` with argv [out, data] and the extra `env`; it must end well."""
    done = subprocess.run(
        [sys.executable, "-c", script, str(out), str(data)],
        env=dict(os.environ, PYTHONPATH=str(ROOT), **env),
        cwd=ROOT,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
