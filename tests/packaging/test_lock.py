"""The committed locks agree with pyproject.toml: CI fails on drift instead of installing stale pins.

requirements/runtime.lock and requirements/dev.lock are written by `make lock` (uv pip compile,
universal, hashed). Whoever edits a requirement in pyproject.toml and forgets `make lock` gets a
failing test that names the requirement, not a machine that quietly installs something else.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import NormalizedName, canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
RUNTIME_LOCK = ROOT / "requirements" / "runtime.lock"
DEV_LOCK = ROOT / "requirements" / "dev.lock"
HASH = re.compile(r"--hash=sha256:([0-9a-f]{64})")
VIA = re.compile(r"^#\s*(via\b)?\s*")
SELF = "cercle (pyproject.toml)"


@dataclass(frozen=True)
class Pin:
    requirement: Requirement
    hashes: frozenset[str]
    via: tuple[str, ...]

    @property
    def version(self) -> str:
        (spec,) = self.requirement.specifier
        return spec.version


def parse_lock(text: str) -> dict[NormalizedName, Pin]:
    """One Pin per entry: `name==version [; marker] --hash=... # via ...` as uv writes them."""
    pins: dict[NormalizedName, Pin] = {}
    for entry in re.split(r"\n(?=\S)", text.replace("\\\n", " ").strip()):
        line, *comments = entry.split("\n")
        via = tuple(name for comment in comments if (name := VIA.sub("", comment.strip())))
        requirement = Requirement(HASH.sub("", line).strip())
        name = canonicalize_name(requirement.name)
        assert name not in pins, f"{name} is pinned twice"
        pins[name] = Pin(requirement, frozenset(HASH.findall(line)), via)
    return pins


def pyproject() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)


def declared(*extras: str) -> list[Requirement]:
    project = pyproject()["project"]
    assert isinstance(project, dict)
    texts = list(project["dependencies"])
    for extra in extras:
        texts += project["optional-dependencies"][extra]
    return [Requirement(text) for text in texts]


def all_extras() -> list[str]:
    project = pyproject()["project"]
    assert isinstance(project, dict)
    return sorted(project["optional-dependencies"])


def build_requires() -> list[Requirement]:
    system = pyproject()["build-system"]
    assert isinstance(system, dict)
    return [Requirement(text) for text in system["requires"]]


def assert_pinned(
    requirements: list[Requirement], pins: dict[NormalizedName, Pin], lock: str
) -> None:
    for requirement in requirements:
        pin = pins.get(canonicalize_name(requirement.name))
        assert pin is not None, (
            f"{requirement} is in pyproject.toml but not in {lock}: run make lock"
        )
        assert requirement.specifier.contains(pin.version, prereleases=True), (
            f"{lock} pins {requirement.name}=={pin.version}, outside pyproject's "
            f"{requirement.specifier}: run make lock"
        )


@pytest.mark.parametrize("path", [RUNTIME_LOCK, DEV_LOCK], ids=lambda p: p.name)
def test_every_lock_entry_is_one_exact_pin_with_hashes(path: Path) -> None:
    pins = parse_lock(path.read_text(encoding="utf-8"))
    assert pins
    for name, pin in pins.items():
        (spec,) = pin.requirement.specifier
        assert spec.operator == "==", f"{name}: {spec} is not an exact pin"
        assert pin.hashes, f"{name} has no hash: pip --require-hashes would refuse the lock"
        assert not pin.requirement.url, name


def test_runtime_dependencies_are_pinned_in_both_locks() -> None:
    runtime = declared()
    assert_pinned(runtime, parse_lock(RUNTIME_LOCK.read_text(encoding="utf-8")), "runtime.lock")
    assert_pinned(runtime, parse_lock(DEV_LOCK.read_text(encoding="utf-8")), "dev.lock")


def test_every_extra_and_the_build_backend_are_pinned_in_the_dev_lock() -> None:
    dev = parse_lock(DEV_LOCK.read_text(encoding="utf-8"))
    assert all_extras() == ["build", "test"]
    assert_pinned(declared(*all_extras()), dev, "dev.lock")
    # The editable install runs without build isolation, from the setuptools the lock pins.
    assert_pinned(build_requires(), dev, "dev.lock")


def test_runtime_lock_is_the_dev_lock_restricted_to_what_the_app_needs() -> None:
    runtime = parse_lock(RUNTIME_LOCK.read_text(encoding="utf-8"))
    dev = parse_lock(DEV_LOCK.read_text(encoding="utf-8"))
    assert set(runtime) <= set(dev), set(runtime) - set(dev)
    for name, pin in runtime.items():
        assert dev[name].version == pin.version, (name, pin.version, dev[name].version)
        assert dev[name].hashes == pin.hashes, name


@pytest.mark.parametrize("path", [RUNTIME_LOCK, DEV_LOCK], ids=lambda p: p.name)
def test_nothing_in_a_lock_claims_pyproject_for_a_requirement_it_dropped(path: Path) -> None:
    """A requirement removed from pyproject.toml leaves no direct pin behind in the lock."""
    names = {canonicalize_name(r.name) for r in declared(*all_extras()) + build_requires()}
    pins = parse_lock(path.read_text(encoding="utf-8"))
    for name, pin in pins.items():
        assert pin.via, f"{name} says nothing about why it is locked"
        if SELF in pin.via:
            assert name in names, (
                f"{path.name} pins {name} for pyproject.toml, which no longer asks"
            )
        else:
            assert set(map(canonicalize_name, pin.via)) <= set(pins), (name, pin.via)


def test_pyside6_is_pinned_to_one_exact_version_with_its_shiboken() -> None:
    (pyside,) = [r for r in declared() if canonicalize_name(r.name) == "pyside6-essentials"]
    (spec,) = pyside.specifier
    assert spec.operator == "=="
    dev = parse_lock(DEV_LOCK.read_text(encoding="utf-8"))
    assert dev[canonicalize_name("shiboken6")].version == spec.version


def test_the_lock_parser_reads_markers_hashes_and_reasons() -> None:
    text = (
        "colorama==0.4.6 ; sys_platform == 'win32' \\\n"
        f"    --hash=sha256:{'a' * 64} \\\n"
        f"    --hash=sha256:{'b' * 64}\n"
        "    # via pytest\n"
        f"six==1.0 \\\n    --hash=sha256:{'c' * 64}\n"
        "    # via\n    #   cercle (pyproject.toml)\n    #   colorama\n"
    )
    pins = parse_lock(text)
    colorama = pins[canonicalize_name("colorama")]
    assert colorama.version == "0.4.6"
    assert str(colorama.requirement.marker) == 'sys_platform == "win32"'
    assert colorama.hashes == {"a" * 64, "b" * 64}
    assert colorama.via == ("pytest",)
    assert pins[canonicalize_name("six")].via == (SELF, "colorama")
