"""The release workflow cannot run here (no network, no Windows or macOS): this keeps its steps the
Makefile's, so that what `make build && make build-test` proves on this machine is what it runs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"

# How the Makefile's variables read on Windows, where the workflow spells its commands out.
WINDOWS = {
    "$(PY)": ".venv/Scripts/python",
    "$(VENV)/bin/": ".venv/Scripts/",
    "$(LOCK)": "requirements/dev.lock",
}


def recipe(target: str) -> list[str]:
    """The commands of one Makefile rule, as written (leading tab and @ removed)."""
    lines = (ROOT / "Makefile").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{target}:"))
    commands = []
    for line in lines[start + 1 :]:
        if not line.startswith("\t"):
            break
        commands.append(line.strip().removeprefix("@"))
    return commands


def on_windows(command: str) -> str:
    for variable, value in WINDOWS.items():
        command = command.replace(variable, value)
    return command


def windows_step() -> list[str]:
    text = WORKFLOW.read_text(encoding="utf-8")
    block = text.split("(Windows)", 1)[1].split("- uses:", 1)[0]
    return [line.strip() for line in block.splitlines()]


def test_linux_and_macos_run_the_make_targets_themselves() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert re.search(r"os: \[ubuntu-[\d.]+, windows-[\d.]+, macos-[\d.]+\]", text)
    assert "make build PYTHON=python\n" in text and "make build-test\n" in text
    assert 'python-version: "3.11"' in text


def test_windows_runs_every_command_of_the_install_build_and_smoke_test_rules() -> None:
    steps = windows_step()
    install = [c for c in recipe("$(STAMP)") if c.startswith("$(PY) -m pip")]
    assert len(install) == 2
    for command in [*install, *recipe("build"), *recipe("build-test")]:
        assert on_windows(command) in steps, command
    (lrelease,) = recipe("i18n/%.qm")
    assert any(s.startswith(on_windows(lrelease.split(" $<")[0])) for s in steps)
    for ts in re.findall(r"i18n/cercle_\w+\.ts", (ROOT / "Makefile").read_text(encoding="utf-8")):
        assert ts in " ".join(steps), ts


def test_the_artifacts_are_the_archives_packaging_makes() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "dist/Cercle-*.tar.gz" in text and "dist/Cercle-*.zip" in text
    assert "if-no-files-found: error" in text
    assert "gh release create" in text and "artifacts/*" in text
