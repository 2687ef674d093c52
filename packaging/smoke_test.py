"""Release check of the frozen app: `make build-test` (after `make build`).

    python packaging/smoke_test.py dist/Cercle

Starts the built binary offscreen with a temporary data dir and the hidden --self-check flag (it
creates the demo group, unlocks it, runs the integrity checks, opens the group screen, prints and
saves a report as PDF, exports a handover bundle when that area is built in, locks and quits),
then checks the exit code, the JSON result and the files left in the data dir. On Linux it also
checks that every bundled platform plugin finds its libraries and, where Xvfb is installed, that
the start screen paints on X11. Needs nothing but the standard library.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

from spec_helper import executable_name

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT_S = 180
# What a vault leaves in vaults/: the encrypted file, its JSON sidecar (label, dates) and the lock
# sidecar that VaultLock keeps there (fcntl.flock on POSIX, msvcrt.locking on Windows).
VAULT_FILES = (".vault", ".json", ".lock")


def executable(folder: Path, platform: str = sys.platform) -> Path:
    exe = folder / executable_name(platform)
    if not exe.is_file():
        raise SystemExit(f"no {exe.name} in {folder}: run `make build` first")
    return exe


def folder_mb(folder: Path) -> float:
    """Like du: symlinks (PyInstaller links Qt libraries into _internal/) count once."""
    return (
        sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
        / 1e6
    )


def sandbox_env(tmp: Path) -> dict[str, str]:
    """Offscreen, and every user dir inside tmp, so the check never touches the real profile."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp / "home"),
        XDG_CONFIG_HOME=str(tmp / "config"),
        XDG_DATA_HOME=str(tmp / "share"),
        XDG_CACHE_HOME=str(tmp / "cache"),
        XDG_RUNTIME_DIR=str(tmp / "run"),
    )
    for key in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
        Path(env[key]).mkdir(mode=0o700, parents=True, exist_ok=True)
    return env


def check_version(exe: Path, env: dict[str, str], platform: str = sys.platform) -> list[str]:
    if platform == "win32":
        return []  # a windowed .exe has no stdout to print the version on
    with (ROOT / "pyproject.toml").open("rb") as handle:
        expected = f"Cercle {tomllib.load(handle)['project']['version']}"
    done = subprocess.run(
        [str(exe), "--version"], env=env, capture_output=True, text=True, timeout=TIMEOUT_S
    )
    out = done.stdout.strip()
    return (
        []
        if done.returncode == 0 and out == expected
        else [f"--version said {out!r} (exit {done.returncode}), expected {expected!r}"]
    )


def check_private(data: Path, platform: str = sys.platform) -> list[str]:
    """On POSIX every folder and vault file is the user's alone (0700 folders, 0600 files).
    Windows has no such mode bits: its per-user profile folder does that job."""
    if platform == "win32":
        return []
    folders = [data, *(data / name for name in ("vaults", "backups", "tmp"))]
    paths = [p for p in folders if p.is_dir()] + sorted((data / "vaults").iterdir())
    shared = [p.name for p in paths if stat.S_IMODE(p.stat().st_mode) & 0o077]
    return [f"readable by other users: {shared}"] if shared else []


def check_files(data: Path, result: dict[str, object], platform: str = sys.platform) -> list[str]:
    problems = []
    for name in ("vaults/demo.vault", "vaults/demo.json", "vaults/demo.vault.lock"):
        if not (data / name).is_file():
            problems.append(f"missing {name}")
    leftovers = [p.name for p in (data / "vaults").glob("*") if p.suffix not in VAULT_FILES]
    if leftovers:
        problems.append(f"unexpected files in vaults/: {leftovers}")
    scratch = [p.name for p in (data / "tmp").glob("*")]
    if scratch:
        problems.append(f"files left in the scratch folder: {scratch}")
    listed = result.get("steps", [])
    steps = {s["name"]: s for s in listed} if isinstance(listed, list) else {}
    export = steps.get("handover export", {})
    exported = export.get("ok") and not str(export.get("detail", "")).startswith("skipped")
    if exported and not (data / "self-check.cercle").is_file():
        problems.append("the handover export reported success but left no bundle")
    return problems + check_private(data, platform)


def check_derivation(result: dict[str, object], root: Path = ROOT) -> list[str]:
    """Where the build machine compiled storage/_pbkdf2.c (Linux with OpenSSL's headers), the
    frozen app derives keys with it: else every unlock and handover is silently slower."""
    built = [p.name for p in (root / "storage").glob("_pbkdf2*") if p.suffix in (".so", ".pyd")]
    listed = result.get("steps", [])
    steps = {s["name"]: s for s in listed} if isinstance(listed, list) else {}
    detail = str(steps.get("unlock", {}).get("detail", ""))
    if built and not detail.endswith("key derivation: compiled"):
        return [f"{built[0]} was built but the frozen app did not use it ({detail})"]
    return []


def run_self_check(exe: Path, tmp: Path) -> list[str]:
    env = sandbox_env(tmp)
    problems = check_version(exe, env)
    data, result_file = tmp / "data", tmp / "result.json"
    started = time.monotonic()
    done = subprocess.run(
        [str(exe), "--data-dir", str(data), "--self-check", str(result_file)],
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )
    print(f"self-check ran in {time.monotonic() - started:.1f} s, exit code {done.returncode}")
    if done.returncode != 0:
        problems.append(f"exit code {done.returncode}\n{done.stderr[-3000:]}")
    if not result_file.is_file():
        return [*problems, "no result file written"]
    result = json.loads(result_file.read_text(encoding="utf-8"))
    for step in result["steps"]:
        print(f"  {'ok  ' if step['ok'] else 'FAIL'} {step['name']}: {step['detail']}")
    if not result["ok"] or not result["frozen"]:
        problems.append(f"result ok={result['ok']} frozen={result['frozen']}")
    return problems + check_files(data, result) + check_derivation(result)


def check_platforms(exe: Path, tmp: Path, platform: str = sys.platform) -> list[str]:
    """Linux: every bundled platform plugin finds its libraries (ldd, the folder first), and the
    start screen paints on a real X server (a private Xvfb, when installed) through xcb."""
    if not platform.startswith("linux") or shutil.which("ldd") is None:
        return []
    internal = exe.parent / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    problems = []
    plugins = sorted(internal.rglob("plugins/platforms/*.so"))
    for plugin in plugins:
        listed = subprocess.run(["ldd", str(plugin)], env=env, capture_output=True, text=True)
        missing = [line.split()[0] for line in listed.stdout.splitlines() if "not found" in line]
        if missing:
            problems.append(f"{plugin.name} cannot load: {', '.join(missing)} not found")
    print(f"  {'ok  ' if not problems else 'FAIL'} platform plugins: {[p.name for p in plugins]}")
    return problems + start_on_x11(exe, tmp)


def start_on_x11(exe: Path, tmp: Path) -> list[str]:
    if shutil.which("Xvfb") is None:
        print("  --   xcb: Xvfb not installed, not started on X11")
        return []
    sys.path.insert(0, str(ROOT))
    from bench.xmap import xvfb  # standard library only, as this script

    with xvfb() as display:
        painted = tmp / "painted-x11"
        env = dict(sandbox_env(tmp), QT_QPA_PLATFORM="xcb", DISPLAY=display)
        env["CERCLE_STARTUP_PROBE"] = str(painted)  # quits after the start screen's first paint
        done = subprocess.run(
            [str(exe), "--data-dir", str(tmp / "data-x11")],
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
        )
    ok = done.returncode == 0 and painted.is_file()
    print(f"  {'ok  ' if ok else 'FAIL'} xcb: start screen painted on X11 (Xvfb)")
    return [] if ok else [f"on X11: exit code {done.returncode}\n{done.stderr[-2000:]}"]


def main(argv: list[str]) -> int:
    folder = Path(argv[1] if len(argv) > 1 else ROOT / "dist" / "Cercle").resolve()
    exe = executable(folder)
    print(f"{exe}: folder {folder_mb(folder):.1f} MB")
    with tempfile.TemporaryDirectory(prefix="cercle-smoke-") as tmp:
        problems = run_self_check(exe, Path(tmp))
        problems += check_platforms(exe, Path(tmp))
    for problem in problems:
        print(f"PROBLEM: {problem}")
    print("build-test: " + ("FAILED" if problems else "passed"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
