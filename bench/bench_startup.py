"""Start-up figures: launch to start screen (source and frozen), unlock of the large group, peak
memory, and the frozen folder's size.

Every launch is a fresh process (`python -m ui.main` or dist/Cercle/Cercle) with
CERCLE_STARTUP_PROBE set, which makes the app write the wall-clock time of the start screen's first
paint and quit (ui/startup_probe.py). Warm starts follow one uncounted warm-up launch. Cold starts
first drop the app's own files from the page cache (posix_fadvise DONTNEED on every file of the
frozen folder, or of PySide6, sqlcipher3 and our sources), as after a reboot; system libraries
(libc, X11) stay cached, as they would on a desktop.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.generate import PASSPHRASE
from bench.harness import Report, median, p95
from bench.large import ROOT, large_group

FROZEN = ROOT / "dist" / "Cercle"
START_TARGET_S = 1.5
UNLOCK_TARGET_S = 2.0
FOLDER_TARGET_MB = 150
MEMORY_TARGET_MB = 400
TIMEOUT_S = 120


def child_env(tmp: Path) -> dict[str, str]:
    """Offscreen, and every user dir inside tmp, so a bench run never touches the real profile."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    for key in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        env[key] = str(tmp / key.lower())
    return env


def spawn(command: list[str], env: dict[str, str], cwd: Path, log: Path) -> tuple[int, float]:
    """Run to completion; (exit code, peak memory MB). stderr goes to a file: a pipe could fill."""
    with log.open("wb") as err:
        process = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err)
        return wait_with_rusage(process)


def failure(what: str, code: int, log: Path) -> RuntimeError:
    tail = log.read_text(encoding="utf-8", errors="replace")[-800:]
    return RuntimeError(f"{what} exited {code}: {tail}")


def wait_with_rusage(process: subprocess.Popen[bytes]) -> tuple[int, float]:
    """Exit code and this child's own peak resident memory in MB (ru_maxrss is KiB on Linux)."""
    try:
        _pid, status, usage = os.wait4(process.pid, 0)
    except ChildProcessError:  # already reaped
        return process.wait(), float("nan")
    process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, usage.ru_maxrss / 1024


def time_start(command: list[str], data_dir: Path, tmp: Path) -> float:
    """Seconds from spawning the process to the start screen's first paint."""
    stamp = tmp / "shown"
    stamp.unlink(missing_ok=True)
    env = dict(child_env(tmp), CERCLE_STARTUP_PROBE=str(stamp))
    launched = time.time()
    code, _rss = spawn([*command, "--data-dir", str(data_dir)], env, tmp, tmp / "start.log")
    if code != 0 or not stamp.exists():
        raise failure(f"{command[0]} (no start screen)", code, tmp / "start.log")
    return float(stamp.read_text(encoding="utf-8")) - launched


def time_unlock(data_dir: Path, group_id: str, tmp: Path) -> tuple[float, float]:
    """(seconds from pressing Unlock to the group screen's first paint, peak memory MB)."""
    result = tmp / "unlocked"
    result.unlink(missing_ok=True)
    code, rss = spawn(
        [
            sys.executable,
            "-m",
            "bench.unlock_probe",
            str(data_dir),
            group_id,
            PASSPHRASE,
            str(result),
        ],
        child_env(tmp),
        ROOT,
        tmp / "unlock.log",
    )
    if code != 0 or not result.exists():
        raise failure("the unlock probe", code, tmp / "unlock.log")
    return float(result.read_text(encoding="utf-8")), rss


def evict(*folders: Path) -> None:
    """Ask the kernel to forget the cached pages of these files (no root needed)."""
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and not path.is_symlink():
                try:
                    fd = os.open(path, os.O_RDONLY)
                except OSError:
                    continue
                try:
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                finally:
                    os.close(fd)


def source_files() -> list[Path]:
    import PySide6
    import sqlcipher3

    return [
        Path(PySide6.__file__).parent,
        Path(sqlcipher3.__file__).parent,
        *(ROOT / name for name in ("app", "ui", "storage", "i18n")),
    ]


def cold(fn: Callable[[], float], folders: list[Path]) -> Callable[[], float]:
    def run() -> float:
        evict(*folders)
        return fn()

    return run


def repeat(fn: Callable[[], float], runs: int) -> list[float]:
    fn()  # warm-up, not counted
    return [fn() for _ in range(runs)]


def add_start(report: Report, name: str, samples: list[float], note: str) -> None:
    value = median(samples)
    report.add(
        name,
        value,
        "s",
        target=f"< {START_TARGET_S} s",
        ok=value < START_TARGET_S,
        p95=p95(samples),
        note=f"{len(samples)} runs; {note}",
    )


def folder_mb(folder: Path) -> float:
    """Like du: PyInstaller's symlinks count once."""
    return (
        sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
        / 1e6
    )


def bench_frozen(report: Report, data_dir: Path, tmp: Path, runs: int) -> None:
    exe = next((FROZEN / n for n in ("Cercle", "Cercle.exe") if (FROZEN / n).is_file()), None)
    if exe is None:
        report.add("frozen app", float("nan"), "", note="dist/Cercle missing: run `make build`")
        return
    launch = lambda: time_start([str(exe)], data_dir, tmp)  # noqa: E731
    add_start(
        report, "frozen app: launch to start screen (warm)", repeat(launch, runs), "dist/Cercle"
    )
    if hasattr(os, "posix_fadvise"):
        add_start(
            report,
            "frozen app: launch to start screen (cold)",
            [cold(launch, [FROZEN])() for _ in range(runs)],
            "dist/Cercle dropped from the page cache before each launch",
        )
    size = folder_mb(FROZEN)
    report.add(
        "frozen app: folder size",
        size,
        "MB",
        target=f"< {FOLDER_TARGET_MB} MB",
        ok=size < FOLDER_TARGET_MB,
    )
    tarballs = sorted(FROZEN.parent.glob("Cercle-*.tar.gz"))
    if tarballs:
        report.add(
            "frozen app: tarball size",
            tarballs[-1].stat().st_size / 1e6,
            "MB",
            note=tarballs[-1].name,
        )


def run(report: Report) -> None:
    runs = 2 if report.quick else 5
    with tempfile.TemporaryDirectory(prefix="cercle-bench-start-") as name:
        tmp = Path(name)
        data, info = large_group(tmp)
        source = [sys.executable, "-m", "ui.main"]
        launch = lambda: time_start(source, data.root, tmp)  # noqa: E731
        add_start(
            report,
            "launch to start screen (python -m ui.main, warm)",
            repeat(launch, runs),
            "from source",
        )
        if hasattr(os, "posix_fadvise"):
            add_start(
                report,
                "launch to start screen (python -m ui.main, cold)",
                [cold(launch, source_files())() for _ in range(runs)],
                "PySide6, sqlcipher3 and the sources dropped from the page cache",
            )
        # The first unlock of the day may also make the daily backup: a warm-up, not counted.
        unlocks = [time_unlock(data.root, info.id, tmp) for _ in range(runs + 1)][1:]
        seconds = [s for s, _ in unlocks]
        value = median(seconds)
        report.add(
            "unlock large group to main window",
            value,
            "s",
            target=f"< {UNLOCK_TARGET_S} s",
            ok=value < UNLOCK_TARGET_S,
            p95=p95(seconds),
            note=f"{len(seconds)} runs; 10,000 members, 10 years, 5,000 resources; "
            "real key derivation",
        )
        peak = max(rss for _, rss in unlocks)
        report.add(
            "peak memory (unlocked large group)",
            peak,
            "MB",
            target=f"< {MEMORY_TARGET_MB} MB",
            ok=peak < MEMORY_TARGET_MB,
            note="ru_maxrss of the unlock process",
        )
        bench_frozen(report, data.root, tmp, runs)
