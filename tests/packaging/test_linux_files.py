"""The Linux desktop files: valid for the freedesktop tools, and consistent with each other."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest
from defusedxml import ElementTree

from meetingdesk import __version__

from .installers import APP_ID, INSTALLERS, MIME_TYPE

LINUX = INSTALLERS / "linux"
DESKTOP = LINUX / "meetingdesk.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_XML = LINUX / "meetingdesk-package.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package {package})")
    return path


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validate_is_clean() -> None:
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    done = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_appstream_metadata_validates() -> None:
    tool = _tool("appstreamcli", "appstream")
    done = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "E:" not in done.stdout and "W:" not in done.stdout, done.stdout


def test_desktop_entry_opens_packages_with_our_icon() -> None:
    entry = _desktop_entry()
    assert entry["Exec"].split()[0] == "meetingdesk"
    assert "%f" in entry["Exec"].split(), "a double-clicked package reaches the program as %f"
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Icon"] == APP_ID


def test_metainfo_names_the_desktop_file_the_type_and_this_release() -> None:
    root = ElementTree.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert MIME_TYPE in [m.text for m in root.iter("mediatype")]
    releases = [r.get("version") for r in root.iter("release")]
    assert __version__ in releases, f"add <release version={__version__!r}> to {METAINFO.name}"


def test_mime_type_globs_mdpkg_and_installs(tmp_path: Path) -> None:
    root = ElementTree.parse(MIME_XML).getroot()
    types = root.findall(f"{MIME_NS}mime-type")
    assert [t.get("type") for t in types] == [MIME_TYPE]
    assert [g.get("pattern") for g in types[0].iter(f"{MIME_NS}glob")] == ["*.mdpkg"]
    assert types[0].find(f"{MIME_NS}icon").get("name") == APP_ID

    tool = _tool("update-mime-database", "shared-mime-info")
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME_XML, packages / "meetingdesk.xml")
    done = subprocess.run(
        [tool, str(tmp_path / "mime")], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"{MIME_TYPE}:*.mdpkg" in globs


def test_build_deb_installs_every_file_it_names() -> None:
    script = (LINUX / "build-deb").read_text(encoding="utf-8")
    for name in (DESKTOP.name, METAINFO.name, MIME_XML.name):
        assert name in script or name.replace(APP_ID, "$APP_ID") in script, name
    assert "dpkg-deb" in script and "/opt/meetingdesk" in script
