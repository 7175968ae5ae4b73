"""The Windows and macOS installer sources (they cannot be built here: no Windows, no Mac).

What can be checked on Linux: the Inno Setup script installs per user, wraps the folder the
spec builds, associates .mdpkg with the windowed program and keeps the version; the spec
builds the console twin on Windows and declares .mdpkg documents in the macOS bundle.
"""

from __future__ import annotations

import ast
import re

from meetingdesk import __version__

from .installers import INSTALLERS

ISS = (INSTALLERS / "windows" / "meetingdesk.iss").read_text(encoding="utf-8")
SPEC = (INSTALLERS / "pyinstaller" / "meetingdesk.spec").read_text(encoding="utf-8")


def _section(name: str) -> list[str]:
    match = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", ISS, re.S | re.M)
    assert match, f"no [{name}] section"
    return [line for line in match.group(1).splitlines() if line and not line.startswith(";")]


def _setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in _section("Setup"))


def test_installs_per_user_without_administrator_rights() -> None:
    setup = _setup()
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs per user
    assert setup["ChangesAssociations"] == "yes"
    assert setup["AppId"].startswith("{{")


def test_default_version_is_the_programs() -> None:
    assert f'#define AppVersion "{__version__}"' in ISS


def test_wraps_the_pyinstaller_folder_and_replaces_the_old_bundle() -> None:
    files = " ".join(_section("Files"))
    assert r"\dist\MeetingDesk\*" in files and "recursesubdirs" in files
    assert r'"{app}\_internal"' in " ".join(_section("InstallDelete"))
    assert 'name="MeetingDesk"' in SPEC.replace(" ", "")


def test_start_menu_entries_and_uninstaller() -> None:
    icons = " ".join(_section("Icons"))
    assert "{group}\\{#AppName}" in icons and "{uninstallexe}" in icons
    assert "{#CliExe}" in icons
    assert '#define CliExe "meetingdesk-cli.exe"' in ISS


def test_mdpkg_opens_in_the_windowed_program_per_user() -> None:
    registry = _section("Registry")
    assert all(line.startswith("Root: HKA;") for line in registry)  # HKCU for a per-user install
    joined = " ".join(registry)
    assert r'Subkey: "Software\Classes\.mdpkg"' in joined
    assert r'"""{app}\{#AppExe}"" ""%1"""' in joined
    assert "uninsdeletekey" in joined


def test_spec_builds_the_console_twin_on_windows() -> None:
    tree = ast.parse(SPEC)
    names = {
        kw.value.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "EXE"
        for kw in node.keywords
        if kw.arg == "name"
    }
    assert names == {"MeetingDesk", "meetingdesk-cli"}
    assert "console=True" in SPEC and "if WINDOWS:" in SPEC


def test_macos_bundle_declares_mdpkg_documents() -> None:
    assert '"public.filename-extension": ["mdpkg"]' in SPEC
    assert '"LSItemContentTypes": [PACKAGE_UTI]' in SPEC
    assert 'bundle_identifier="io.github.meetingdesk.MeetingDesk"' in SPEC
    assert (INSTALLERS / "macos" / "build-dmg").stat().st_mode & 0o111
