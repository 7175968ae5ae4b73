"""What the PyInstaller build leaves out (installers/pyinstaller/slim.py), checked against
the PySide6, pycountry and pyphen actually installed, and against the program's imports."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from .installers import INSTALLERS, ROOT, load

slim = load("pyinstaller/slim.py", "meetingdesk_slim")


def _installed(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    assert spec is not None and spec.origin is not None
    return Path(spec.origin).parent


def _bundle_names(package: str) -> list[str]:
    """Every file of an installed package, named as it lands in the bundle."""
    top = _installed(package)
    return [
        f"{package}/{p.relative_to(top).as_posix()}"
        for p in top.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    ]


def test_spec_takes_its_lists_from_slim() -> None:
    spec = (INSTALLERS / "pyinstaller" / "meetingdesk.spec").read_text(encoding="utf-8")
    assert "slim.UNUSED_QT" in spec
    assert "slim.slim(a.binaries, a.datas)" in spec


def _qt_modules_used() -> set[str]:
    used = set()
    for path in (ROOT / "meetingdesk").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    return used


def test_excluded_qt_modules_are_never_imported_by_the_program() -> None:
    used = _qt_modules_used()
    assert used, "the program imports Qt modules"
    assert not used & set(slim.UNUSED_QT), f"excluded but imported: {used & set(slim.UNUSED_QT)}"
    for module in used:  # every module the program uses stays in the bundle
        assert not slim.drop_reason(f"PySide6/{module}.abi3.so"), module


def test_qml_quick_and_virtual_keyboard_libraries_are_dropped() -> None:
    names = _bundle_names("PySide6")
    heavy = [
        n
        for n in names
        if re.search(r"Qt6?(Qml|Quick|VirtualKeyboard)", n)
        and (".so" in n or n.endswith(".dll") or "/qml/" in n)
    ]
    assert heavy, "this PySide6 wheel ships QtQml/QtQuick files"
    kept = [n for n in heavy if not slim.drop_reason(n)]
    # The Python bindings (QtQml.abi3.so ...) go through Analysis(excludes=...) instead.
    assert all(re.search(r"PySide6/Qt(Qml|Quick)\w*\.(abi3\.so|pyd)$", n) for n in kept), kept


@pytest.mark.parametrize(
    "needed",
    ["Qt6Core", "Qt6Gui", "Qt6Widgets", "Qt6Network", "Qt6Pdf", "Qt6DBus", "Qt6Svg", "icu"],
)
def test_the_libraries_the_window_needs_stay(needed: str) -> None:
    libs = [n for n in _bundle_names("PySide6") if needed in n and "/lib" in n]
    if not libs:
        pytest.skip(f"no {needed} library file in this PySide6 layout ({sys.platform})")
    assert all(not slim.drop_reason(n) for n in libs), [n for n in libs if slim.drop_reason(n)]


def test_platform_plugins_for_desktops_and_ci_stay() -> None:
    plugins = [n for n in _bundle_names("PySide6") if "/plugins/platforms/" in n]
    kept = {Path(n).name for n in plugins if not slim.drop_reason(n)}
    dropped = {Path(n).name for n in plugins if slim.drop_reason(n)}
    if sys.platform.startswith("linux"):
        assert {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"} <= kept
        assert "libqeglfs.so" in dropped and "libqvnc.so" in dropped
    assert kept


def test_only_the_interface_languages_of_qt_translations_stay() -> None:
    qms = [n for n in _bundle_names("PySide6") if "/translations/" in n and n.endswith(".qm")]
    kept = sorted(Path(n).name for n in qms if not slim.drop_reason(n))
    assert kept == [f"qtbase_{lang}.qm" for lang in slim.INTERFACE_LANGUAGES]
    assert len(qms) > 50


def test_country_names_only_in_the_languages_used() -> None:
    names = _bundle_names("pycountry")
    locales = {n.split("/")[2] for n in names if n.startswith("pycountry/locales/")}
    kept = {
        n.split("/")[2]
        for n in names
        if n.startswith("pycountry/locales/") and not slim.drop_reason(n)
    }
    assert kept == set(slim.COUNTRY_NAME_LANGUAGES) & locales
    assert {"ja", "fr"} <= kept and len(locales) > 50
    assert not slim.drop_reason("pycountry/databases/iso3166-1.json")


def test_the_program_looks_country_names_up_only_in_kept_languages() -> None:
    source = (ROOT / "meetingdesk").rglob("*.py")
    langs = set()
    for path in source:
        text = path.read_text(encoding="utf-8")
        if "pycountry" in text:
            langs |= set(re.findall(r"""_country_catalogue\(["'](\w+)["']\)""", text))
            langs |= set(re.findall(r"""languages=\[["'](\w+)["']\]""", text))
    assert langs <= set(slim.COUNTRY_NAME_LANGUAGES), langs


def test_hyphenation_dictionaries_only_for_kept_languages() -> None:
    names = [n for n in _bundle_names("pyphen") if "/dictionaries/" in n]
    kept = sorted(Path(n).name for n in names if not slim.drop_reason(n))
    assert "hyph_en_GB.dic" in kept and "hyph_en_US.dic" in kept and "hyph_fr.dic" in kept
    assert "hyph_de_DE.dic" not in kept


def test_translation_sources_are_left_out_and_compiled_catalogues_stay() -> None:
    assert slim.drop_reason("meetingdesk/resources/translations/meetingdesk_ja.ts")
    assert not slim.drop_reason("meetingdesk/resources/translations/meetingdesk_ja.qm")
    assert not slim.drop_reason("meetingdesk/resources/fonts/ipaexm.ttf")
    assert not slim.drop_reason("meetingdesk/resources/icons/app/meetingdesk-16.png")


def test_orphan_libraries_go_and_linked_ones_stay() -> None:
    entries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libxcb-cursor.so.0", "/src/libxcb-cursor.so.0", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),  # only the dropped GTK theme used it
        ("libpixman-1.so.0", "/src/libpixman-1.so.0", "BINARY"),  # needed by cairo only
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
    ]
    links = {
        "/src/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/src/libQt6Gui.so.6": ["libQt6Core.so.6"],
        "/src/libqxcb.so": ["libxcb-cursor.so.0", "libQt6Gui.so.6"],
        "/src/libcairo.so.2": ["libpixman-1.so.0"],
    }
    kept, removed = slim.prune_orphans(entries, lambda src: links.get(src, []))
    assert {e[0] for e in removed} == {"libcairo.so.2", "libpixman-1.so.0"}
    assert len(kept) == 6


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="orphan pruning is Linux only")
def test_no_kept_library_links_a_dropped_one() -> None:
    """The real PySide6 binaries through slim(): nothing kept needs something removed."""
    pytest.importorskip(
        "PyInstaller", reason="PyInstaller is not installed (pip install '.[build]')"
    )
    top = _installed("PySide6")
    # PyInstaller collects the bindings the program imports, and all of Qt's libraries and
    # plugins; the other bindings never reach the bundle.
    bindings = {f"{name}.abi3.so" for name in _qt_modules_used() | {"QtCore", "QtGui"}}
    entries = [
        (f"PySide6/{p.relative_to(top).as_posix()}", str(p), "BINARY")
        for p in top.rglob("*")
        if p.is_file()
        and ".so" in p.name
        and (p.parent != top or p.name in bindings or p.name.startswith("libpyside6.abi3"))
    ]
    kept, _datas, report = slim.slim(entries, [], platform="linux")
    assert report
    kept_names = {Path(e[0]).name for e in kept}
    all_names = {Path(e[0]).name for e in entries}
    for entry in kept:
        for needed in slim.pyinstaller_imports(entry[1]):
            if needed in all_names:
                assert needed in kept_names, f"{entry[0]} links {needed}, which was dropped"
    assert not any("Qt6Quick" in n or "Qt6Qml" in n for n in kept_names)
    for needed in ("libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libqsvg.so"):
        assert needed in kept_names, f"{needed} was removed"
    for needed in ("QtWidgets.abi3.so", "QtPdf.abi3.so", "libQt6XcbQpa.so.6", "libicudata.so.73"):
        assert needed in kept_names or needed not in all_names, f"{needed} was removed"


def test_a_plugin_linking_a_removed_library_goes_too() -> None:
    entries = [
        ("PySide6/Qt/plugins/geoservices/libqtgeoservices_osm.so", "/src/osm.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Location.so.6", "/src/libQt6Location.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
    ]
    links = {"/src/osm.so": ["libQt6Location.so.6"], "/src/libQt6Location.so.6": ["libQt6Qml.so.6"]}
    kept, removed = slim.drop_dependents(
        entries, ["PySide6/Qt/lib/libQt6Qml.so.6"], lambda s: links.get(s, [])
    )
    assert [e[0] for e in kept] == ["PySide6/Qt/plugins/platforms/libqxcb.so"]
    assert len(removed) == 2


def test_system_libraries_are_left_to_the_deb_and_python_stays() -> None:
    entries = [
        ("libX11.so.6", "/usr/lib/x86_64-linux-gnu/libX11.so.6", "BINARY"),
        ("libssl.so.3", "/lib/x86_64-linux-gnu/libssl.so.3", "BINARY"),
        ("libpython3.11.so.1.0", "/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0", "BINARY"),
        (
            "python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so",
            "/usr/lib/python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so",
            "EXTENSION",
        ),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/venv/PySide6/Qt/lib/libQt6Core.so.6", "BINARY"),
        ("QtCore.abi3.so", "/venv/PySide6/QtCore.abi3.so", "EXTENSION"),
    ]
    links = {
        "/usr/lib/python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so": ["libssl.so.3"],
        "/venv/PySide6/QtCore.abi3.so": ["libQt6Core.so.6"],
        "/venv/PySide6/Qt/lib/libQt6Core.so.6": ["libX11.so.6"],
    }
    kept, _datas, report = slim.slim(entries, [], lambda s: links.get(s, []), platform="linux")
    names = {e[0] for e in kept}
    assert "libX11.so.6" not in names and "libssl.so.3" not in names
    # What links a system library stays: the .deb's Depends provides the library.
    assert {"libpython3.11.so.1.0", "PySide6/Qt/lib/libQt6Core.so.6"} <= names
    assert "python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so" in names
    assert sum("system library" in line for line in report) == 2
    # Elsewhere PyInstaller collects no system libraries and nothing is dropped for it.
    kept_win, _d, _r = slim.slim(entries, [], lambda s: links.get(s, []), platform="win32")
    assert len(kept_win) == len(entries)


def test_links_to_removed_files_go_too() -> None:
    binaries = [
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Qml.so.6", "PySide6/Qt/lib/libQt6Qml.so.6", "SYMLINK"),
    ]
    kept, _datas, report = slim.slim(binaries, [], lambda s: [], platform="win32")
    assert [e[0] for e in kept] == ["PySide6/Qt/lib/libQt6Core.so.6", "libQt6Core.so.6"]
    assert any("libQt6Qml.so.6  (link to a removed file)" in line for line in report)


def test_only_the_core_of_pillow_lxml_etree_and_no_psycopg_binary() -> None:
    for dropped in (
        "PIL/_imagingft.cpython-311-x86_64-linux-gnu.so",
        "PIL/_webp.cpython-311-x86_64-linux-gnu.so",
        "lxml/objectify.cpython-311-x86_64-linux-gnu.so",
    ):
        assert slim.drop_reason(dropped), dropped
    for kept in ("PIL/_imaging.cpython-311-x86_64-linux-gnu.so", "lxml/etree.cpython-311.so"):
        assert not slim.drop_reason(kept), kept
    # psycopg's own libpq goes on Linux only (the .deb depends on libpq5); elsewhere it stays.
    libpq = "psycopg_binary.libs/libpq-e9b5c9ac.so.5.18"
    assert slim.drop_reason(libpq, "linux")
    assert not slim.drop_reason(libpq, "win32") and not slim.drop_reason(libpq, "darwin")
    assert "psycopg_binary" in slim.LINUX_UNUSED_PYTHON
    assert "psycopg_binary" not in slim.UNUSED_PYTHON
