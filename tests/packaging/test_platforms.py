"""Every platform branch of packaging/, run here with the platform passed in: the release workflow
builds on Windows and macOS, which this machine cannot, so their choices are checked on Linux."""

from __future__ import annotations

import os
import stat
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import archive  # noqa: E402
import smoke_test  # noqa: E402
import spec_helper  # noqa: E402

PLATFORMS = ("linux", "win32", "darwin")
POSIX = os.name == "posix"


@pytest.mark.parametrize(
    ("platform", "icon"),
    [("linux", "cercle-256.png"), ("win32", "cercle.ico"), ("darwin", "cercle.icns")],
)
def test_each_platform_gets_the_icon_format_its_loader_reads(platform: str, icon: str) -> None:
    path = Path(spec_helper.icon(platform))
    assert path.name == icon and path.is_file()


@pytest.mark.parametrize("platform", PLATFORMS)
def test_only_linux_strips_and_only_macos_gets_an_app_bundle(platform: str) -> None:
    assert spec_helper.strip_binaries(platform) is (platform == "linux")
    assert spec_helper.app_bundle(platform) is (platform == "darwin")


def test_the_spec_takes_its_platform_choices_from_the_helper_and_is_windowed() -> None:
    source = (ROOT / "packaging" / "cercle.spec").read_text(encoding="utf-8")
    for used in ("spec_helper.strip_binaries()", "spec_helper.app_bundle()", "spec_helper.icon()"):
        assert used in source
    assert "console=False" in source and "sys.platform" not in source


@pytest.mark.parametrize(
    ("platform", "name"),
    [
        ("linux", "Cercle-0.1.0-linux-x86_64.tar.gz"),
        ("win32", "Cercle-0.1.0-windows-amd64.zip"),
        ("darwin", "Cercle-0.1.0-macos-arm64.tar.gz"),
    ],
)
def test_release_archive_names_say_system_and_machine(platform: str, name: str) -> None:
    machine = {"linux": "x86_64", "win32": "AMD64", "darwin": "arm64"}[platform]
    assert spec_helper.archive_name("0.1.0", platform, machine) == name


@pytest.mark.parametrize(("platform", "name"), [("linux", "Cercle"), ("win32", "Cercle.exe")])
def test_smoke_test_runs_the_platform_s_executable(
    tmp_path: Path, platform: str, name: str
) -> None:
    for other in ("Cercle", "Cercle.exe"):
        (tmp_path / other).write_bytes(b"")
    assert smoke_test.executable(tmp_path, platform) == tmp_path / name
    (tmp_path / name).unlink()
    with pytest.raises(SystemExit, match=name):
        smoke_test.executable(tmp_path, platform)


@pytest.mark.skipif(not POSIX, reason="runs a shell script as the app")
def test_version_check_reads_stdout_except_from_a_windowed_windows_exe(tmp_path: Path) -> None:
    fake = tmp_path / "Cercle"
    fake.write_text("#!/bin/sh\necho 'Cercle 0.0.0'\n", encoding="utf-8")
    fake.chmod(0o700)
    env = dict(os.environ)
    problems = smoke_test.check_version(fake, env, "linux")
    assert len(problems) == 1 and "Cercle 0.0.0" in problems[0]
    version = spec_helper.version()
    fake.write_text(f"#!/bin/sh\necho 'Cercle {version}'\n", encoding="utf-8")
    assert smoke_test.check_version(fake, env, "linux") == []
    # A windowed .exe prints nothing: never run, so not even a missing file is a problem.
    assert smoke_test.check_version(tmp_path / "missing.exe", env, "win32") == []


def _data_dir(root: Path, mode: int) -> Path:
    vaults = root / "vaults"
    vaults.mkdir(parents=True)
    for name in ("demo.vault", "demo.json", "demo.vault.lock"):
        (vaults / name).write_bytes(b"x")
        (vaults / name).chmod(mode)
    root.chmod(0o700)
    vaults.chmod(0o700)
    return root


@pytest.mark.skipif(not POSIX, reason="POSIX mode bits")
@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_posix_smoke_test_refuses_vault_files_others_can_read(
    tmp_path: Path, platform: str
) -> None:
    shared = _data_dir(tmp_path / "shared", 0o644)
    problems = smoke_test.check_files(shared, {"steps": []}, platform)
    assert problems == ["readable by other users: ['demo.json', 'demo.vault', 'demo.vault.lock']"]
    private = _data_dir(tmp_path / "private", 0o600)
    assert smoke_test.check_files(private, {"steps": []}, platform) == []


@pytest.mark.skipif(not POSIX, reason="POSIX mode bits")
def test_windows_smoke_test_has_no_mode_bits_to_check(tmp_path: Path) -> None:
    shared = _data_dir(tmp_path / "shared", 0o644)
    assert stat.S_IMODE((shared / "vaults" / "demo.vault").stat().st_mode) == 0o644
    assert smoke_test.check_files(shared, {"steps": []}, "win32") == []


@pytest.mark.parametrize("platform", PLATFORMS)
def test_the_lock_sidecar_is_expected_and_nothing_else(tmp_path: Path, platform: str) -> None:
    data = _data_dir(tmp_path / "data", 0o600)
    (data / "vaults" / "demo.vault.lock").unlink()
    (data / "vaults" / "demo.vault-journal").write_bytes(b"")
    (data / "vaults" / "demo.vault-journal").chmod(0o600)
    problems = smoke_test.check_files(data, {"steps": []}, platform)
    assert problems == [
        "missing vaults/demo.vault.lock",
        "unexpected files in vaults/: ['demo.vault-journal']",
    ]


@pytest.mark.parametrize("suffix", [".cpython-311-x86_64-linux-gnu.so", ".cp311-win_amd64.pyd"])
def test_a_built_derivation_the_frozen_app_does_not_use_is_a_problem(
    tmp_path: Path, suffix: str
) -> None:
    def result(detail: str) -> dict[str, object]:
        return {"steps": [{"name": "unlock", "ok": True, "detail": detail}]}

    (tmp_path / "storage").mkdir()
    slow = result("unlocked, key derivation: hashlib")
    assert smoke_test.check_derivation(slow, tmp_path) == []  # nothing was built: hashlib it is
    (tmp_path / "storage" / f"_pbkdf2{suffix}").write_bytes(b"")
    (problem,) = smoke_test.check_derivation(slow, tmp_path)
    assert problem.startswith(f"_pbkdf2{suffix} was built but the frozen app did not use it")
    assert smoke_test.check_derivation(result("unlocked, key derivation: compiled"), tmp_path) == []


def _pyinstaller_output(dist: Path, exe: str) -> None:
    """What pyinstaller leaves in dist/: the folder, an executable and a linked library."""
    internal = dist / "Cercle" / "_internal"
    internal.mkdir(parents=True)
    (dist / "Cercle" / exe).write_bytes(b"binary")
    (dist / "Cercle" / exe).chmod(0o755)
    (internal / "libQt6Core.so.6").write_bytes(b"library")
    if POSIX:
        (internal / "libQt6Core.so").symlink_to("libQt6Core.so.6")


def test_linux_archive_carries_the_menu_entry_and_keeps_links_and_modes(tmp_path: Path) -> None:
    _pyinstaller_output(tmp_path, "Cercle")
    made = archive.make_archive(tmp_path, "linux", "x86_64")
    assert made.name == f"Cercle-{spec_helper.version()}-linux-x86_64.tar.gz"
    with tarfile.open(made) as tar:
        members = {m.name: m for m in tar.getmembers()}
    for name in ("cercle.desktop", "install-linux.sh", "icons/cercle.svg", "icons/cercle-256.png"):
        assert f"Cercle/{name}" in members, name
    assert members["Cercle/Cercle"].mode & 0o111
    if POSIX:
        link = members["Cercle/_internal/libQt6Core.so"]
        assert link.issym() and link.linkname == "libQt6Core.so.6"


def test_windows_archive_is_a_zip_of_the_folder_without_linux_files(tmp_path: Path) -> None:
    _pyinstaller_output(tmp_path, "Cercle.exe")
    made = archive.make_archive(tmp_path, "win32", "AMD64")
    assert made.name == f"Cercle-{spec_helper.version()}-windows-amd64.zip"
    with zipfile.ZipFile(made) as archived:
        names = set(archived.namelist())
    assert "Cercle/Cercle.exe" in names
    assert not any(n.endswith((".desktop", ".sh", ".png", ".svg")) for n in names)


def test_macos_archive_is_the_app_bundle(tmp_path: Path) -> None:
    _pyinstaller_output(tmp_path, "Cercle")
    macos = tmp_path / "Cercle.app" / "Contents" / "MacOS"
    macos.mkdir(parents=True)
    (macos / "Cercle").write_bytes(b"binary")
    made = archive.make_archive(tmp_path, "darwin", "arm64")
    assert made.name == f"Cercle-{spec_helper.version()}-macos-arm64.tar.gz"
    with tarfile.open(made) as tar:
        names = tar.getnames()
    assert "Cercle.app/Contents/MacOS/Cercle" in names
    assert not any(n.startswith("Cercle/") or n.endswith(".desktop") for n in names)
