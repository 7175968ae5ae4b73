# SPDX-License-Identifier: GPL-3.0-or-later
"""What the PyInstaller build leaves out, applied to the Analysis lists by meetingdesk.spec.

PyInstaller's `excludes` only stops Python modules. The PySide6 hooks still collect every
Qt plugin, and a plugin drags its libraries in: the virtual-keyboard input plugin brings
QtQml, QtQuick and QtVirtualKeyboard (17 MB) although the spec excludes those modules; the
GTK platform theme brings cairo, pango and friends. This module removes files by their
place in the bundle (DROP), keeps only the translations and locales the program speaks,
then removes what links a removed library (`drop_dependents`: it could not load) and every
library that nothing kept still links to (`prune_orphans`).

Plain functions over (destination, source, typecode) tuples, so tests can run them
without PyInstaller (tests/packaging/test_spec_exclusions.py).
"""

from __future__ import annotations

import fnmatch
import os
import posixpath
import sys
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

Entry = tuple[str, str, str]  # (destination in the bundle, source path, PyInstaller typecode)

#: Languages of the interface besides English (Qt's own qtbase catalogue is kept for each).
INTERFACE_LANGUAGES = ("ja",)
#: Languages country names are looked up in (pycountry's gettext catalogues).
COUNTRY_NAME_LANGUAGES = ("en", "fr", "ja")
#: Languages hyphenation dictionaries are kept for (pyphen).
HYPHENATION_LANGUAGES = ("en", "fr")

#: Qt modules the program never imports; the spec passes them to Analysis(excludes=...).
UNUSED_QT = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDesigner",
    "QtGraphs", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets",
    "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPositioning", "QtQml",
    "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickWidgets", "QtRemoteObjects",
    "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql",
    "QtStateMachine", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools",
    "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets",
    "QtWebSockets", "QtWebView", "QtXml",
)  # fmt: skip

#: Files removed by their destination (fnmatch patterns; `*` also crosses folders). The
#: same pattern covers Linux (PySide6/Qt/lib/libQt6Qml.so.6), Windows (PySide6/Qt6Qml.dll)
#: and macOS (PySide6/Qt/lib/QtQml.framework/...).
DROP = (
    # Qt libraries of the excluded modules, whoever pulled them in.
    "PySide6/*Qt6Qml*", "PySide6/*Qt6Quick*", "PySide6/*Qt6VirtualKeyboard*",
    "PySide6/*QtQml*.framework/*", "PySide6/*QtQuick*.framework/*",
    "PySide6/*QtVirtualKeyboard*.framework/*",
    "PySide6/*/qml/*",
    # Plugins for devices a laptop does not have, or features the program does not use.
    "PySide6/*plugins/platforminputcontexts/*virtualkeyboard*",
    "PySide6/*plugins/platforms/*eglfs*", "PySide6/*plugins/platforms/*linuxfb*",
    "PySide6/*plugins/platforms/*vnc*", "PySide6/*plugins/platforms/*minimalegl*",
    "PySide6/*plugins/platforms/*vkkhrdisplay*",
    "PySide6/*plugins/egldeviceintegrations/*", "PySide6/*plugins/generic/*",
    "PySide6/*plugins/networkinformation/*",
    "PySide6/*Qt6EglFS*", "PySide6/*Qt6EglFs*",
    # The GTK theme links GTK, cairo and pango; Qt's built-in GNOME theme and the
    # xdg-desktop-portal theme (kept) give native dialogs without them.
    "PySide6/*plugins/platformthemes/*gtk3*",
    # Image formats nobody opens here (PNG and JPEG are built in or kept; SVG and ICO kept).
    "PySide6/*plugins/imageformats/*qtiff*", "PySide6/*plugins/imageformats/*qwebp*",
    "PySide6/*plugins/imageformats/*qtga*", "PySide6/*plugins/imageformats/*qwbmp*",
    "PySide6/*plugins/imageformats/*qpdf*",
    # Pillow: only the core (PIL.Image, for images ReportLab and pyHanko may place) is used.
    # Its font renderer (FreeType, HarfBuzz), colour management (lcms2), AVIF, WebP and Tk
    # glue are not: ReportLab embeds fonts itself. Their libraries go as orphans.
    "PIL/_avif*", "PIL/_imagingtk*", "PIL/_imagingft*", "PIL/_imagingcms*", "PIL/_webp*",
    # lxml: python-docx and openpyxl use lxml.etree only.
    "lxml/objectify*", "lxml/sax*", "lxml/html/diff*", "lxml/html/_difflib*",
    # Test folders of libraries; our translation sources (the compiled .qm files ship).
    "pycountry/tests/*",
    "meetingdesk/resources/translations/*.ts", "meetingdesk/resources/*__pycache__/*",
)  # fmt: skip


#: Python packages the program never imports at run time (PyInstaller's hooks pull them in:
#: pygments through optional Mako and ReportLab extras, setuptools through pkg_resources).
UNUSED_PYTHON = (
    "pygments", "setuptools", "pkg_resources", "distutils", "_distutils_hack", "pydoc_data",
    "readline", "curses", "tkinter", "pytest", "pytestqt", "hypothesis", "IPython",
)  # fmt: skip

#: Linux only: psycopg's binary wheel carries its own libpq, OpenSSL, Kerberos and LDAP
#: (10 MB); without it psycopg loads the system's libpq (Debian libpq5, a Depends of the
#: .deb) through ctypes. Windows and macOS have no system libpq: the wheel stays there.
LINUX_UNUSED_PYTHON = ("psycopg_binary",)
LINUX_DROP = ("psycopg_binary/*", "psycopg_binary.libs/*")

#: Where Linux system libraries live. PyInstaller copies the ones the bundle links (X11,
#: xcb, GLib, D-Bus, CUPS, GnuTLS, Kerberos, OpenSSL, SQLite, libstdc++ ... 29 MB); the
#: Linux bundle ships inside a .deb instead, whose Depends names their Debian packages
#: (installers/linux/build-deb finds them with ldd), so they are left out. libpython stays:
#: the bootloader loads it from the bundle.
SYSTEM_LIBRARY_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/local/lib/")


def is_system_library(dest: str, source: str) -> bool:
    """A shared library PyInstaller copied from the system's library folders."""
    name = PurePosixPath(_posix(dest)).name
    return (
        "/" not in _posix(dest)
        and source.startswith(SYSTEM_LIBRARY_DIRS)
        and name.startswith("lib")
        and ".so" in name
        and not name.startswith("libpython")
    )


def _posix(dest: str) -> str:
    return dest.replace("\\", "/")


def _kept_translation(dest: str) -> bool:
    """Qt's own catalogues: only qtbase for the interface languages."""
    name = PurePosixPath(dest).name
    return any(name == f"qtbase_{lang}.qm" for lang in INTERFACE_LANGUAGES)


def drop_reason(dest: str, platform: str = sys.platform) -> str:
    """Why dest is left out of the bundle on platform ('' when it stays)."""
    path = _posix(dest)
    linux = LINUX_DROP if platform.startswith("linux") else ()
    for pattern in (*DROP, *linux):
        if fnmatch.fnmatch(path, pattern):
            return f"matches {pattern}"
    if path.startswith("PySide6/") and "/translations/" in path and path.endswith(".qm"):
        return "" if _kept_translation(path) else "Qt translation of another language"
    if path.startswith("pycountry/locales/"):
        parts = path.split("/")
        if len(parts) > 3 and parts[2] not in COUNTRY_NAME_LANGUAGES:
            return "country names in another language"
    if path.startswith("pyphen/dictionaries/"):
        name = PurePosixPath(path).name
        lang = name.removeprefix("README_").removeprefix("hyph_").split("_")[0].split(".")[0]
        if lang not in HYPHENATION_LANGUAGES:
            return "hyphenation for another language"
    return ""


def is_root(dest: str) -> bool:
    """Binaries loaded by name at run time (Python modules, Qt plugins, libpython).

    Every other binary is a library that stays only while a kept binary links to it.
    """
    path = _posix(dest)
    name = PurePosixPath(path).name
    return (
        ".cpython-" in name
        or ".abi3." in name
        or name.endswith(".pyd")
        or "/plugins/" in path
        or name.startswith(("libpython", "python3", "Python"))
    )


def prune_orphans(
    binaries: Iterable[Entry], imports_of: Callable[[str], Iterable[str]]
) -> tuple[list[Entry], list[Entry]]:
    """(kept, removed): libraries that no root reaches through its link dependencies.

    imports_of(source path) names the libraries a binary links to (file names).
    """
    entries = list(binaries)
    by_name: dict[str, list[Entry]] = {}
    for entry in entries:
        by_name.setdefault(PurePosixPath(_posix(entry[0])).name, []).append(entry)
    reached: set[str] = set()
    todo = [e for e in entries if is_root(e[0])]
    seen_sources: set[str] = set()
    while todo:
        entry = todo.pop()
        reached.add(entry[0])
        if entry[1] in seen_sources:
            continue
        seen_sources.add(entry[1])
        for needed in imports_of(entry[1]):
            for target in by_name.get(PurePosixPath(needed).name, []):
                if target[0] not in reached:
                    todo.append(target)
    kept = [e for e in entries if e[0] in reached]
    removed = [e for e in entries if e[0] not in reached]
    return kept, removed


def pyinstaller_imports(path: str) -> list[str]:
    """The libraries a binary links to, read by PyInstaller's own dependency reader."""
    from PyInstaller.depend import bindepend

    try:
        return [name for name, _resolved in bindepend.get_imports(path)]
    except Exception:  # an unreadable file links nothing we could follow
        return []


def drop_dependents(
    binaries: Iterable[Entry], dropped: Iterable[str], imports_of: Callable[[str], Iterable[str]]
) -> tuple[list[Entry], list[Entry]]:
    """(kept, removed): a binary that links a removed library could not load: remove it too."""
    gone = {PurePosixPath(_posix(name)).name for name in dropped}
    kept = list(binaries)
    removed: list[Entry] = []
    changed = True
    while changed:
        changed = False
        for entry in list(kept):
            if gone.intersection(PurePosixPath(n).name for n in imports_of(entry[1])):
                kept.remove(entry)
                removed.append(entry)
                gone.add(PurePosixPath(_posix(entry[0])).name)
                changed = True
    return kept, removed


def slim(
    binaries: Iterable[Entry],
    datas: Iterable[Entry],
    imports_of: Callable[[str], Iterable[str]] = pyinstaller_imports,
    platform: str = sys.platform,
) -> tuple[list[Entry], list[Entry], list[str]]:
    """(binaries, datas, report lines) with the dropped files and orphan libraries gone.

    System libraries and link-following (dependents of dropped libraries, orphans) are
    handled on Linux only: elsewhere the system libraries are not collected and the
    platform's loader rules differ (and cannot be tried on these machines).
    """
    report: list[str] = []
    dropped: list[str] = []

    def keep(entries: Iterable[Entry]) -> list[Entry]:
        out = []
        for entry in entries:
            reason = drop_reason(entry[0], platform)
            if reason:
                report.append(f"{_size(entry[1]):>10}  {_posix(entry[0])}  ({reason})")
                dropped.append(entry[0])
            else:
                out.append(entry)
        return out

    kept_binaries = keep(binaries)
    kept_datas = keep(datas)
    if platform.startswith("linux"):
        system = [e for e in kept_binaries if is_system_library(e[0], e[1])]
        kept_binaries = [e for e in kept_binaries if e not in system]
        for entry in system:
            report.append(
                f"{_size(entry[1]):>10}  {_posix(entry[0])}  (system library: the .deb depends "
                "on its Debian package)"
            )
        kept_binaries, dependents = drop_dependents(kept_binaries, dropped, imports_of)
        for entry in dependents:
            report.append(f"{_size(entry[1]):>10}  {_posix(entry[0])}  (links a removed library)")
        kept_binaries, orphans = prune_orphans(kept_binaries, imports_of)
        for entry in orphans:
            report.append(f"{_size(entry[1]):>10}  {_posix(entry[0])}  (no kept file links it)")
    files = {_posix(e[0]) for e in (*kept_binaries, *kept_datas) if e[2] != "SYMLINK"}
    kept_binaries = drop_dangling_links(kept_binaries, files, report)
    kept_datas = drop_dangling_links(kept_datas, files, report)
    return kept_binaries, kept_datas, report


def drop_dangling_links(entries: list[Entry], files: set[str], report: list[str]) -> list[Entry]:
    """entries without PyInstaller's SYMLINK entries whose target is not among files.

    PyInstaller links libraries next to the executable (libQt6Qml.so.6 ->
    PySide6/Qt/lib/libQt6Qml.so.6); a link to a removed library would dangle.
    """
    out = []
    for entry in entries:
        if entry[2] == "SYMLINK":
            dest = _posix(entry[0])
            target = posixpath.normpath(posixpath.join(posixpath.dirname(dest), _posix(entry[1])))
            if target not in files:
                report.append(f"{0:>10}  {dest}  (link to a removed file)")
                continue
        out.append(entry)
    return out


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
