"""Reading the PDFs the app writes, with pypdf from the lock: no system tool, so nothing is skipped."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

# Page sizes in PostScript points, as QPageSize writes them in a MediaBox.
PAGE_SIZES = {"A4": (595.0, 842.0), "Letter": (612.0, 792.0)}


@dataclass(frozen=True)
class Pdf:
    pages: int
    text: str
    sizes: tuple[str, ...]  # one paper name per page, "" for a size not in PAGE_SIZES


def page_size_name(width: float, height: float) -> str:
    """The paper name for a page's width and height in points (either orientation)."""
    short, long = sorted((width, height))
    for name, (w, h) in PAGE_SIZES.items():
        if abs(short - w) <= 1 and abs(long - h) <= 1:
            return name
    return ""


def read_pdf(path: Path) -> Pdf:
    from pypdf import PdfReader  # imported by the few tests that read a PDF, not at collection

    reader = PdfReader(path)
    sizes = tuple(
        page_size_name(float(page.mediabox.width), float(page.mediabox.height))
        for page in reader.pages
    )
    # Qt places each word as its own run, which pypdf joins with tabs: one space, as a reader sees.
    text = re.sub(r"[ \t]+", " ", "\n".join(page.extract_text() for page in reader.pages))
    return Pdf(len(reader.pages), text, sizes)


def pdf_text(path: Path) -> str:
    return read_pdf(path).text
