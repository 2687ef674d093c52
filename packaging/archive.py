"""The release artifact from PyInstaller's output: `make build` runs it after pyinstaller.

    python packaging/archive.py [dist]

Linux: dist/Cercle/ plus its icons, desktop file and menu installer, as a .tar.gz (symlinks and
modes kept). macOS: dist/Cercle.app as a .tar.gz. Windows: dist/Cercle/ as a .zip. Prints the
archive's path and the sizes. Needs nothing but the standard library.
"""

from __future__ import annotations

import platform as host
import shutil
import sys
from pathlib import Path

from spec_helper import ROOT, archive_name, version


def extras(platform: str) -> list[tuple[Path, str]]:
    """(source, path inside dist/Cercle) of what the archive adds to PyInstaller's folder."""
    if not platform.startswith("linux"):
        return []  # Windows and macOS find the icon inside the .exe or the .app
    pngs = sorted((ROOT / "packaging" / "icons").glob("cercle-*.png"))
    return [
        *((png, f"icons/{png.name}") for png in pngs),
        (ROOT / "ui" / "assets" / "icon.svg", "icons/cercle.svg"),
        (ROOT / "packaging" / "cercle.desktop", "cercle.desktop"),
        (ROOT / "packaging" / "install-linux.sh", "install-linux.sh"),
    ]


def archived_folder(platform: str) -> str:
    return "Cercle.app" if platform == "darwin" else "Cercle"


def add_extras(folder: Path, platform: str) -> None:
    for source, place in extras(platform):
        (folder / place).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, folder / place)


def make_archive(dist: Path, platform: str, machine: str) -> Path:
    add_extras(dist / "Cercle", platform)
    name = archive_name(version(), platform, machine)
    base = dist / name.removesuffix(".zip").removesuffix(".tar.gz")
    made = shutil.make_archive(
        str(base), "zip" if name.endswith(".zip") else "gztar", dist, archived_folder(platform)
    )
    return Path(made)


def main(argv: list[str]) -> int:
    dist = Path(argv[1] if len(argv) > 1 else ROOT / "dist").resolve()
    if not (dist / "Cercle").is_dir():
        print(f"no Cercle folder in {dist}: run pyinstaller first", file=sys.stderr)
        return 1
    archive = make_archive(dist, sys.platform, host.machine())
    print(f"{archive.relative_to(dist.parent)}: {archive.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
