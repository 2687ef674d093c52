"""A PDF written next to its target, checked, then renamed. QPdfWriter fails silently (folder
gone, stick pulled out, disk full): without the check the host would believe it was saved."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.fileio import partial_path


@contextmanager
def pdf_target(path: Path) -> Iterator[Path]:
    """Yields the file to write; the writer must be gone (del) by the end of the block."""
    partial = partial_path(path)
    try:
        yield partial
        if not partial.exists() or partial.stat().st_size == 0:
            raise OSError("the PDF could not be written")
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
