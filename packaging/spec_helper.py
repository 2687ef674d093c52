"""What packaging/cercle.spec bundles, kept in plain Python so a test can check every entry.

The spec imports this module; tests/packaging/test_spec.py checks that every data file and hidden
import named here exists, so a renamed asset breaks a test instead of a release.
"""

from __future__ import annotations

import compileall
import importlib.util
import py_compile
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "packaging" / "icons"

# (glob relative to ROOT, destination folder inside the app). Destinations mirror the source tree,
# so i18n.loader.QM_DIR, ui.common.paths.resource_path and importlib.resources find the same files
# whether frozen or not.
DATA_GLOBS = (
    ("i18n/*.qm", "i18n"),
    ("i18n/wordlist_*.txt", "i18n"),
    ("ui/assets/*", "ui/assets"),
    ("storage/migrations/*.sql", "storage/migrations"),
    ("app/demo.toml", "app"),  # the demo group's words (app/demo.py)
    ("docs/guide/*.md", "docs/guide"),  # Help > User guide
)

# Distributions whose metadata the app reads (importlib.metadata.version("cercle") goes into
# every handover bundle's manifest).
METADATA = ("cercle",)

# Loaded through importlib (ui/self_check.py), so PyInstaller's import scan cannot see them.
# PySide6.QtMultimedia (the circle's chime, ui/circle/chime.py) is in PySide6-Addons, not in our
# Essentials dependency: bundled only when the build environment has it.
DYNAMIC_IMPORTS = ("app.handover", "PySide6.QtMultimedia")

# Qt modules Cercle never imports (PyInstaller's PySide6 hooks then also skip their libraries and
# plugins) and big libraries that may sit in the environment without being used. QtDBus stays:
# auto-lock listens for the screensaver with it; QtPrintSupport stays: handouts and agendas print.
EXCLUDES = [
    *(
        f"PySide6.{name}"
        for name in (
            "QtQml",
            "QtQuick",
            "QtQuickControls2",
            "QtQuickWidgets",
            "QtQuickTest",
            "QtQmlFeatures",
            "QtDesigner",
            "QtHelp",
            "QtOpenGL",
            "QtOpenGLWidgets",
            "QtSql",
            "QtTest",
            "QtUiTools",
            "QtXml",
            "QtConcurrent",
            "QtNetwork",
            "QtLabsStyleKit",
            "QtPdf",
            "QtPdfWidgets",
            "QtWebEngineCore",
            "QtWebEngineWidgets",
            "QtMultimediaWidgets",
            "Qt3DCore",
            "QtCharts",
            "QtDataVisualization",
            "QtBluetooth",
            "QtPositioning",
            "QtSerialPort",
            "QtWebSockets",
        )
    ),
    "tkinter",
    "_tkinter",
    "numpy",
    "PIL",
    "matplotlib",
    "pytest",
    "hypothesis",
    "mypy",
    "ruff",
    "setuptools",
    "pip",
    "pydoc",
    "lib2to3",
    "distutils",
    # Only concurrent.futures' process pool needs it (Cercle's workers are threads); bundled, it
    # brings PyInstaller's runtime hook, which imports it at every start before the app.
    "multiprocessing",
    "IPython",
]

# Qt files the hooks collect anyway that a Linux/Windows/macOS desktop app does not need; matched
# against the destination path of each collected file.
QT_DROP_PREFIXES = (
    "PySide6/Qt/plugins/platforms/libqeglfs",
    "PySide6/Qt/plugins/platforms/libqlinuxfb",
    "PySide6/Qt/plugins/platforms/libqvnc",
    "PySide6/Qt/plugins/platforms/libqvkkhrdisplay",
    "PySide6/Qt/plugins/platforms/libqminimalegl",
    "PySide6/Qt/plugins/egldeviceintegrations",
    "PySide6/Qt/plugins/networkinformation",
    "PySide6/Qt/plugins/tls",
    "PySide6/Qt/plugins/qmltooling",
    "PySide6/Qt/plugins/designer",
    "PySide6/Qt/plugins/sqldrivers",
    "PySide6/Qt/plugins/imageformats/libqpdf",
    "PySide6/Qt/plugins/imageformats/libqtiff",
    "PySide6/Qt/plugins/imageformats/libqwebp",
    "PySide6/Qt/plugins/imageformats/libqtga",
    "PySide6/Qt/plugins/imageformats/libqwbmp",
    # TUIO touch arrives over the network (it is what pulls in QtNetwork).
    "PySide6/Qt/plugins/generic/libqtuiotouchplugin",
    # The GTK 3 theme would load the host's GTK against the build machine's GLib, pango and
    # cairo: a classic crash. The app draws its own palettes; file dialogs use the portal.
    "PySide6/Qt/plugins/platformthemes/libqgtk3",
    # evdev input is for the framebuffer platforms dropped above; desktops use xcb or Wayland.
    "PySide6/Qt/plugins/generic/libqevdev",
    # Cercle shows PNG and SVG only (PNG is built into QtGui).
    "PySide6/Qt/plugins/imageformats/libqgif",
    "PySide6/Qt/plugins/imageformats/libqicns",
    "PySide6/Qt/plugins/imageformats/libqico",
    "PySide6/Qt/plugins/imageformats/libqjpeg",
    # Wayland desktops speak xdg-shell; these shells are for embedded and automotive screens.
    "PySide6/Qt/plugins/wayland-shell-integration/libfullscreen-shell",
    "PySide6/Qt/plugins/wayland-shell-integration/libivi-shell",
    "PySide6/Qt/plugins/wayland-shell-integration/libqt-shell",
    "PySide6/Qt/plugins/wayland-shell-integration/libwl-shell",
    # OpenGL on X11: Cercle draws widgets only, in software.
    "PySide6/Qt/plugins/xcbglintegrations",
    # Chinese, Japanese and Korean codecs: a roster CSV is read as UTF-8 or Windows-1252.
    "python3.11/lib-dynload/_codecs_",
)
# Shared libraries (by file name, wherever they land, symlinks included) that only the dropped
# plugins above need; checked with readelf on a full build.
DROP_LIBRARIES = (
    "libQt6Pdf",
    "libQt6Qml",
    "libQt6Quick",
    "libQt6Network",
    "libQt6EglFSDeviceIntegration",
    "libQt6EglFsKmsSupport",
    "libpangocairo-1.0.",
    "libpango-1.0.",
    "libpangoft2-1.0.",
    "libatk-1.0.",
    "libcairo-gobject.",
    "libcairo.",
    "libgdk_pixbuf-2.0.",
    "libfribidi.",
    "libthai.",
    "libdatrie.",
    "libpixman-1.",
    "libQt6WlShellIntegration",
    # Needed by nothing else in the folder (readelf, with the GTK 3 theme gone): GTK itself and
    # what only it links. Checked against /proc/<pid>/maps of the smoke test and a start on X11.
    "libgtk-3.",
    "libgdk-3.",
    "libepoxy.",
    "libatk-bridge-2.0.",
    "libatspi.",
    "libgio-2.0.",
    "libgobject-2.0.",
    "libgmodule-2.0.",
    "libmount.",
    "libblkid.",
    "libselinux.",
    "libharfbuzz.",
    "libgraphite2.",
    "libjpeg.",
    "libXcomposite.",
    "libXdamage.",
    "libXcursor.",
    "libXinerama.",
    "libXrandr.",
    "libXi.",
    # The CUPS client and what only it links (TLS, Kerberos, Avahi): the print plugin uses the
    # desktop's own libcups, which must match its print server anyway. Without CUPS, printing
    # to a PDF file still works (QPrinter writes PDF itself).
    "libcups.",
    "libgnutls.",
    "libunistring.",
    "libp11-kit.",
    "libkrb5.",
    "libkrb5support.",
    "libgssapi_krb5.",
    "libk5crypto.",
    "libkeyutils.",
    "libcom_err.",
    "libgmp.",
    "libnettle.",
    "libhogweed.",
    "libidn2.",
    "libtasn1.",
    "libavahi-client.",
    "libavahi-common.",
    # The D-Bus client library and what only it links (systemd's library, and through it
    # libgcrypt, lz4 and libcap): like libcups, the desktop's own copy must speak to its own
    # bus daemon, and every Linux desktop has it (Qt's desktop integration needs it). Bundled,
    # it was 2.9 MB of the 130 MB the folder may weigh (issue 18).
    "libdbus-1.",
    "libsystemd.",
    "libgcrypt.",
    "libgpg-error.",
    "liblz4.",
    "libcap.",
)
# Qt's own translations: only the languages Cercle speaks.
QT_TRANSLATIONS = "PySide6/Qt/translations/"
KEEP_LANGUAGES = ("fr", "en")


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def guide_images() -> list[tuple[str, str]]:
    """The screenshots the user guide shows (Help > User guide reads them offline), not all
    of docs/screenshots."""
    shown = set()
    for guide in sorted((ROOT / "docs" / "guide").glob("*.md")):
        for target in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", guide.read_text("utf-8")):
            path = (guide.parent / target).resolve()
            if path.is_file() and path.is_relative_to(ROOT / "docs"):
                shown.add(path)
    return [(str(p), p.parent.relative_to(ROOT).as_posix()) for p in sorted(shown)]


def datas() -> list[tuple[str, str]]:
    return [
        (str(path), dest)
        for pattern, dest in DATA_GLOBS
        for path in sorted(ROOT.glob(pattern))
        if path.is_file()
    ] + guide_images()


# shiboken6 keeps its Python support modules (shibokensupport: signatures, enums) as source in a zip
# inside its library, and compiles them at every start: about 400 M instructions, two fifths of a
# bare PySide6 window's start-up. A folder files.dir beside the shiboken6 package is imported
# instead when present (shiboken6's signature_bootstrap.find_incarnated_files), bytecode caches
# included: the frozen app ships it compiled.
SHIBOKEN_FILES = "shiboken6/files.dir"
_EXTRACT = """
import sys, shiboken6
sys.modules["shibokensupport"].__loader__.zfile.extractall(sys.argv[1])
"""


def shiboken_support(work: Path) -> list[tuple[str, str]]:
    """The data entry of shibokensupport's files, extracted from the installed shiboken6 (always
    its own version) and compiled, as unchecked hashes: the copy's file times do not matter."""
    folder = work / "files.dir"
    shutil.rmtree(folder, ignore_errors=True)
    subprocess.run([sys.executable, "-c", _EXTRACT, str(folder)], check=True, timeout=120)
    compiled = compileall.compile_dir(
        folder, quiet=1, invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH
    )
    if not compiled or not (folder / "shibokensupport" / "__init__.py").is_file():
        raise RuntimeError(f"shibokensupport was not extracted and compiled into {folder}")
    return [(str(folder), SHIBOKEN_FILES)]


def hiddenimports() -> list[str]:
    sys.path.insert(0, str(ROOT))
    try:
        return [name for name in DYNAMIC_IMPORTS if importlib.util.find_spec(name) is not None]
    finally:
        sys.path.remove(str(ROOT))


def keep_file(dest: str) -> bool:
    dest = dest.replace("\\", "/")
    if dest.startswith(QT_DROP_PREFIXES) or dest.rsplit("/", 1)[-1].startswith(DROP_LIBRARIES):
        return False
    if dest.startswith(QT_TRANSLATIONS):
        name = dest.rsplit("/", 1)[-1]
        return not name.startswith("qt_help_") and any(
            name.endswith(f"_{lang}.qm") for lang in KEEP_LANGUAGES
        )
    return True


# What differs by platform takes the platform as a parameter (sys.platform by default), so that
# tests/packaging/test_platforms.py checks the Windows and macOS branches on a Linux machine too.


def icon(platform: str = sys.platform) -> str:
    """The executable's icon in the format the platform's loader reads."""
    if platform == "win32":
        return str(ICONS / "cercle.ico")
    if platform == "darwin":
        return str(ICONS / "cercle.icns")
    return str(ICONS / "cercle-256.png")


def strip_binaries(platform: str = sys.platform) -> bool:
    """Debug symbols of libpython and the SQLCipher extension are ~35 MB: strip them on Linux
    only (Windows has no strip tool, and stripping would break macOS code signatures)."""
    return platform.startswith("linux")


def app_bundle(platform: str = sys.platform) -> bool:
    """macOS users get Cercle.app beside the folder; elsewhere the folder is the app."""
    return platform == "darwin"


def executable_name(platform: str = sys.platform) -> str:
    return "Cercle.exe" if platform == "win32" else "Cercle"


def archive_name(version: str, platform: str, machine: str) -> str:
    """The release artifact: a tarball where tar is at home, a zip on Windows."""
    system = {"win32": "windows", "darwin": "macos"}.get(platform, "linux")
    suffix = "zip" if platform == "win32" else "tar.gz"
    return f"Cercle-{version}-{system}-{machine.lower()}.{suffix}"
