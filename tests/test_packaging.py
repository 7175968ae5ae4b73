"""What a wheel and CI need: every package listed, migrations inside, CI running the README."""

from __future__ import annotations

import os
import re
import tomllib
from importlib.resources import files
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _package_folders(top: Path, prefix: str) -> set[str]:
    found = set()
    for init in top.rglob("__init__.py"):
        if "__pycache__" in init.parts:
            continue
        rel = init.parent.relative_to(top)
        found.add(".".join([prefix, *rel.parts]) if rel.parts else prefix)
    return found


def test_every_package_folder_is_listed_in_pyproject() -> None:
    listed = set(_pyproject()["tool"]["setuptools"]["packages"])
    on_disk = _package_folders(ROOT / "meetingdesk", "meetingdesk")
    mapped = _pyproject()["tool"]["setuptools"].get("package-dir", {})
    for package, folder in mapped.items():
        on_disk |= _package_folders(ROOT / folder, package)
    missing = sorted(on_disk - listed)
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {missing}"


def test_migrations_are_reachable_as_package_resources() -> None:
    versions = files("meetingdesk.store") / "migrations" / "versions"
    names = [p.name for p in versions.iterdir() if p.name.endswith(".py")]
    assert any(n.startswith("0001_") for n in names)
    assert (files("meetingdesk.store") / "migrations" / "env.py").is_file()

    from meetingdesk.store.migrate import head_revision, known_revisions

    assert head_revision() in known_revisions()
    assert len(known_revisions()) == len([n for n in names if re.match(r"\d{4}_", n)])


def readme_commands() -> list[str]:
    """The two commands in the README's first code block."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```(?:sh|bash|console)?\n(.*?)```", text, re.S)
    assert block, "README.md has no code block"
    before = text[: block.start()]
    assert not [ln for ln in before.splitlines() if ln.strip() and not ln.startswith("#")], (
        "README.md must start with its two commands (only the title may come first)"
    )
    lines = [ln.strip() for ln in block.group(1).splitlines()]
    return [ln for ln in lines if ln and not ln.startswith("#")]


def test_readme_starts_with_two_commands() -> None:
    run_cmd, test_cmd = readme_commands()
    assert "main.py" in run_cmd or "meetingdesk" in run_cmd
    assert "pytest" in test_cmd


def test_ci_runs_the_readme_test_command() -> None:
    ci = ROOT / ".ci" / "run"
    script = ci.read_text(encoding="utf-8")
    test_cmd = readme_commands()[1]
    assert test_cmd in [ln.strip() for ln in script.splitlines()], (
        f".ci/run must run the README's test command verbatim: {test_cmd}"
    )
    assert script.startswith("#!/usr/bin/env bash") or script.startswith("#!/bin/bash")
    assert "set -euo pipefail" in script
    assert os.access(ci, os.X_OK), ".ci/run must be executable"
    for check in ("ruff format --check", "ruff check", "lint-imports", "MEETINGDESK_TEST_PG"):
        assert check in script
