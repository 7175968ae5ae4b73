"""The smaller ICU data library of the Linux bundle (installers/pyinstaller/icu_data.py)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from .installers import load

icu_data = load("pyinstaller/icu_data.py", "meetingdesk_icu_data")


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("icudt73l/coll/ja.res", True),
        ("icudt73l/coll/root.res", True),
        ("icudt73l/coll/ucadata.icu", True),
        ("icudt73l/coll/zh.res", False),
        ("icudt73l/coll/de_.res", False),
        ("icudt73l/zone/en_GB.res", True),
        ("icudt73l/zone/pool.res", True),
        ("icudt73l/zone/fr.res", False),
        ("icudt73l/brkitr/cjdict.dict", False),
        ("icudt73l/brkitr/char.brk", True),
        ("icudt73l/translit/root.res", False),
        ("icudt73l/zoneinfo64.res", True),
        ("icudt73l/metaZones.res", True),
        ("icudt73l/likelySubtags.res", True),
        ("icudt73l/uprops.icu", True),
        ("icudt73l/ja.res", True),
        ("icudt73l/fr_CA.res", False),
        ("icudt73l/ibm-943_P15A-2003.cnv", True),
        ("icudt73l/gb18030.cnv", False),
    ],
)
def test_which_items_stay(name: str, kept: bool) -> None:
    assert icu_data.keep_item(name) is kept


def _package(items: list[tuple[str, bytes]]) -> bytes:
    """A minimal common-data package: header with the CmnD format, then the contents."""
    info = struct.pack("<HHBBBB4s4s4s", 20, 0, 0, 0, 2, 0, b"CmnD", b"\1\0\0\0", b"\3\0\0\0")
    header = struct.pack("<H2s", 32, b"\xda\x27") + info
    header += b"\0" * (32 - len(header))
    return icu_data.write_items(header, items)


def test_write_then_read_gives_the_items_back_aligned() -> None:
    items = [("icudt73l/a.res", b"x" * 5), ("icudt73l/b.icu", b"yz" * 20), ("icudt73l/c", b"")]
    data = _package(items)
    header, read = icu_data.read_items(data)
    assert [n for n, _ in read] == [n for n, _ in items]
    for (_, wrote), (_, got) in zip(items, read, strict=True):
        assert got[: len(wrote)] == wrote and not got[len(wrote) :].strip(b"\0")
    assert len(data) % 16 == 0 and len(header) == 32


def test_slimming_keeps_order_and_drops_what_keep_item_refuses() -> None:
    items = [
        ("icudt73l/brkitr/cjdict.dict", b"d" * 64),
        ("icudt73l/coll/ja.res", b"j" * 16),
        ("icudt73l/coll/zh.res", b"z" * 16),
        ("icudt73l/root.res", b"r" * 16),
    ]
    smaller, dropped = icu_data.slim_package(_package(items))
    assert dropped == ["icudt73l/brkitr/cjdict.dict", "icudt73l/coll/zh.res"]
    assert [n for n, _ in icu_data.read_items(smaller)[1]] == [
        "icudt73l/coll/ja.res",
        "icudt73l/root.res",
    ]


def test_not_a_package_is_refused() -> None:
    with pytest.raises(ValueError, match="not an ICU"):
        icu_data.read_items(b"\x20\0PK" + b"\0" * 60)


def _wheel_icu() -> Path:
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.origin is not None
    libs = sorted((Path(spec.origin).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not sys.platform.startswith("linux") or not libs:
        pytest.skip("no ICU data library in this PySide6 wheel")
    for tool in ("readelf", "as", "ld"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} (binutils) is not installed")
    return libs[0]


CHECK = r"""
import functools
from PySide6.QtCore import QCoreApplication, QCollator, QLocale, QStringDecoder, QTimeZone
app = QCoreApplication([])
words = ["さくら", "あおい", "カナダ", "イタリア", "日本", "abc", "ABD", "Émile", "apple"]
for name in ("ja_JP", "en_US", "en_GB"):
    c = QCollator(QLocale(name))
    print(name, sorted(words, key=functools.cmp_to_key(c.compare)))
tz = QTimeZone(b"Asia/Tokyo")
for name in ("ja_JP", "en_US"):
    print(tz.displayName(QTimeZone.StandardTime, QTimeZone.LongName, QLocale(name)))
print(QLocale("tr_TR").toUpper("istanbul"), QLocale("en").toUpper("straße"))
print([QStringDecoder(n).isValid() for n in ("Shift_JIS", "EUC-JP", "ISO-2022-JP", "windows-1252")])
"""


def test_the_rebuilt_library_gives_qt_the_same_answers(tmp_path: Path) -> None:
    """Qt with the slim library preloaded sorts, names zones, maps case, decodes the same."""
    library = _wheel_icu()
    built, before, dropped = icu_data.build_library(library, tmp_path)
    assert built.name == library.name
    assert built.stat().st_size < 8_000_000 < before
    assert any("cjdict" in n for n in dropped) and not any("/coll/ja.res" in n for n in dropped)
    symbol, data = icu_data.symbol_data(built)
    assert symbol.startswith("icudt") and symbol == icu_data.symbol_data(library)[0]
    names = [n for n, _ in icu_data.read_items(data)[1]]
    assert names == sorted(names)  # ICU finds items by binary search

    def run(preload: str | None) -> str:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        if preload:
            env["LD_PRELOAD"] = preload
        done = subprocess.run(
            [sys.executable, "-c", CHECK], env=env, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    full = run(None)
    assert "日本標準時" in full and "İSTANBUL" in full
    assert run(str(built)) == full
