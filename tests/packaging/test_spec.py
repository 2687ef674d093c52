"""The PyInstaller spec's inputs: every file and module it names exists, icons match the SVG."""

from __future__ import annotations

import configparser
import importlib.util
import re
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from app import __version__

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import make_icons  # noqa: E402
import spec_helper  # noqa: E402


def test_spec_compiles_and_uses_the_helper() -> None:
    source = (ROOT / "packaging" / "cercle.spec").read_text(encoding="utf-8")
    compile(source, "cercle.spec", "exec")
    for name in (
        "spec_helper.datas()",
        "spec_helper.hiddenimports()",
        "spec_helper.shiboken_support(",
        "spec_helper.EXCLUDES",
        "spec_helper.METADATA",
        "BUNDLE(",
        "console=False",
    ):
        assert name in source


def test_every_data_file_exists_and_lands_beside_its_module() -> None:
    entries = spec_helper.datas()
    for source, dest in entries:
        assert Path(source).is_file(), source
        assert Path(source).parent.relative_to(ROOT).as_posix() == dest
    names = {Path(source).name for source, _ in entries}
    assert {"cercle_fr.qm", "cercle_en.qm", "icon.svg", "0001_initial.sql"} <= names


def test_shiboken_support_is_extracted_with_its_bytecode(tmp_path: Path) -> None:
    [(source, dest)] = spec_helper.shiboken_support(tmp_path)
    assert dest == "shiboken6/files.dir"  # where shiboken6's bootstrap looks, beside the package
    folder = Path(source)
    for name in ("feature", "signature/loader", "signature/mapping"):
        module = folder / "shibokensupport" / f"{name}.py"
        cached = module.parent / "__pycache__" / f"{module.stem}.{sys.implementation.cache_tag}.pyc"
        assert module.is_file() and cached.is_file(), name
        assert int.from_bytes(cached.read_bytes()[4:8], "little") == 0b01  # hash, unchecked


def test_every_glob_matches_at_least_one_file_except_optional_wordlists() -> None:
    for pattern, _dest in spec_helper.DATA_GLOBS:
        if "wordlist" not in pattern:
            assert list(ROOT.glob(pattern)), pattern


def test_hidden_imports_name_modules_that_exist() -> None:
    for name in spec_helper.hiddenimports():
        assert importlib.util.find_spec(name) is not None, name
    assert set(spec_helper.hiddenimports()) <= set(spec_helper.DYNAMIC_IMPORTS)


def test_excludes_never_name_a_qt_module_the_app_imports() -> None:
    """Also imports inside try blocks and functions, and module names given to importlib."""
    used = set(spec_helper.DYNAMIC_IMPORTS)
    for path in [*(ROOT / "ui").rglob("*.py"), *(ROOT / "i18n").rglob("*.py")]:
        for line in path.read_text(encoding="utf-8").splitlines():
            words = line.strip().split()
            if len(words) > 1 and words[0] in ("from", "import") and words[1].startswith("PySide6"):
                used.add(words[1])
            used.update(re.findall(r"[\"'](PySide6\.Qt\w+)[\"']", line))
    assert "PySide6.QtWidgets" in used
    assert not used & set(spec_helper.EXCLUDES)


def test_metadata_to_copy_is_installed() -> None:
    from importlib import metadata

    for name in spec_helper.METADATA:
        assert metadata.version(name)


def test_version_comes_from_pyproject() -> None:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        assert spec_helper.version() == tomllib.load(handle)["project"]["version"] == __version__


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_fr.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_help_fr.qm", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6\\Qt\\plugins\\sqldrivers\\qsqlite.dll", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("libQt6Widgets.so.6", True),
        ("libQt6Network.so.6", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("libcairo.so.2", False),
        ("libfreetype.so.6", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("libcups.so.2", False),
        ("libdbus-1.so.3", False),
        ("libsystemd.so.0", False),
        ("libzstd.so.1", True),
        ("libgtk-3.so.0", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so", False),
        ("python3.11/lib-dynload/_codecs_jp.cpython-311-x86_64-linux-gnu.so", False),
        ("python3.11/lib-dynload/unicodedata.cpython-311-x86_64-linux-gnu.so", True),
        ("libxcb.so.1", True),
    ],
)
def test_only_useful_qt_files_are_kept(dest: str, kept: bool) -> None:
    assert spec_helper.keep_file(dest) is kept


def test_platform_icons_exist() -> None:
    for name in ("cercle.ico", "cercle.icns", *(f"cercle-{s}.png" for s in make_icons.PNG_SIZES)):
        assert (spec_helper.ICONS / name).stat().st_size > 0, name
    assert (spec_helper.ICONS / "cercle.icns").read_bytes()[:4] == b"icns"
    assert (spec_helper.ICONS / "cercle.ico").read_bytes()[:4] == b"\0\0\1\0"


def test_committed_icons_were_made_from_the_current_svg() -> None:
    """Run `make icons` after changing ui/assets/icon.svg."""
    recorded = make_icons.SOURCE_DIGEST.read_text("utf-8").split()[0]
    assert recorded == make_icons.svg_digest()


def _channel_gap(a: QImage, b: QImage) -> int:
    fmt = QImage.Format.Format_ARGB32
    a, b = a.convertToFormat(fmt), b.convertToFormat(fmt)
    gap = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            gap = max(gap, *(abs(((pa >> s) & 0xFF) - ((pb >> s) & 0xFF)) for s in (0, 8, 16, 24)))
    return gap


@pytest.mark.parametrize("size", [16, 64])
def test_committed_pngs_look_like_a_fresh_render(qapp, size: int) -> None:
    """Within a few shades: antialiasing differs by CPU code path and Qt version, not by intent."""
    committed = QImage(str(spec_helper.ICONS / f"cercle-{size}.png"))
    assert (committed.width(), committed.height()) == (size, size)
    fresh = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    fresh.fill(Qt.GlobalColor.transparent)
    painter = QPainter(fresh)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(make_icons.SVG)).render(painter, QRectF(0, 0, size, size))
    painter.end()
    assert _channel_gap(committed, fresh) <= 8


def test_desktop_file_names_the_icon_and_binary() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(ROOT / "packaging" / "cercle.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert (entry["Type"], entry["Name"], entry["Icon"], entry["Exec"]) == (
        "Application",
        "Cercle",
        "cercle",
        "Cercle",
    )
    assert entry["Terminal"] == "false"
    assert "Name" in entry and "Comment[fr]" in entry


def test_make_icons_renders_the_svg_as_png(qapp) -> None:
    png = make_icons.render(QSvgRenderer(str(make_icons.SVG)), 64)
    image = QImage.fromData(png)
    assert png.startswith(b"\x89PNG") and (image.width(), image.height()) == (64, 64)
