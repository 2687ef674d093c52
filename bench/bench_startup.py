"""Start-up figures: launch to start screen (source and frozen), unlock of the large group, peak
memory, and the frozen folder's size.

Every launch is a fresh process (`python -m ui.main` or dist/Cercle/Cercle) with
CERCLE_STARTUP_PROBE set, which makes the app write the wall-clock time of the start screen's first
paint and quit (ui/startup_probe.py). One warm-up launch is not counted: these are warm-cache
starts; a first start after boot reads the same files from disk and is slower.
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
        process = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL,
                                   stderr=err)
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
    code, rss = spawn([sys.executable, "-m", "bench.unlock_probe", str(data_dir), group_id,
                       PASSPHRASE, str(result)], child_env(tmp), ROOT, tmp / "unlock.log")
    if code != 0 or not result.exists():
        raise failure("the unlock probe", code, tmp / "unlock.log")
    return float(result.read_text(encoding="utf-8")), rss


def repeat(fn: Callable[[], float], runs: int) -> list[float]:
    fn()  # warm-up, not counted
    return [fn() for _ in range(runs)]


def add_start(report: Report, name: str, samples: list[float], note: str) -> None:
    value = median(samples)
    report.add(name, value, "s", target=f"< {START_TARGET_S} s", ok=value < START_TARGET_S,
               p95=p95(samples), note=f"{len(samples)} runs; {note}")


def folder_mb(folder: Path) -> float:
    """Like du: PyInstaller's symlinks count once."""
    return sum(p.lstat().st_size for p in folder.rglob("*")
               if p.is_file() and not p.is_symlink()) / 1e6


def bench_frozen(report: Report, data_dir: Path, tmp: Path, runs: int) -> None:
    exe = next((FROZEN / n for n in ("Cercle", "Cercle.exe") if (FROZEN / n).is_file()), None)
    if exe is None:
        report.add("frozen app", float("nan"), "", note="dist/Cercle missing: run `make build`")
        return
    add_start(report, "frozen app: launch to start screen",
              repeat(lambda: time_start([str(exe)], data_dir, tmp), runs), "dist/Cercle")
    size = folder_mb(FROZEN)
    report.add("frozen app: folder size", size, "MB", target=f"< {FOLDER_TARGET_MB} MB",
               ok=size < FOLDER_TARGET_MB)
    tarballs = sorted(FROZEN.parent.glob("Cercle-*.tar.gz"))
    if tarballs:
        report.add("frozen app: tarball size", tarballs[-1].stat().st_size / 1e6, "MB",
                   note=tarballs[-1].name)


def run(report: Report) -> None:
    runs = 2 if report.quick else 5
    with tempfile.TemporaryDirectory(prefix="cercle-bench-start-") as name:
        tmp = Path(name)
        data, info = large_group(tmp)
        source = [sys.executable, "-m", "ui.main"]
        add_start(report, "launch to start screen (python -m ui.main)",
                  repeat(lambda: time_start(source, data.root, tmp), runs), "from source")
        unlocks = [time_unlock(data.root, info.id, tmp) for _ in range(runs + 1)][1:]
        seconds = [s for s, _ in unlocks]
        value = median(seconds)
        report.add("unlock large group to main window", value, "s",
                   target=f"< {UNLOCK_TARGET_S} s", ok=value < UNLOCK_TARGET_S, p95=p95(seconds),
                   note=f"{len(seconds)} runs; 10,000 members, 10 years, 5,000 resources; "
                        "real key derivation")
        peak = max(rss for _, rss in unlocks)
        report.add("peak memory (unlocked large group)", peak, "MB",
                   target=f"< {MEMORY_TARGET_MB} MB", ok=peak < MEMORY_TARGET_MB,
                   note="ru_maxrss of the unlock process")
        bench_frozen(report, data.root, tmp, runs)
