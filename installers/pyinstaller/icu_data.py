# SPDX-License-Identifier: GPL-3.0-or-later
"""A smaller ICU data library for the Linux bundle (31 MB → about 4 MB).

PySide6's Linux wheels ship ICU 73; QtCore links libicuuc/libicui18n, which link
libicudata.so.73: one 31 MB array (`icudt73_dat`) holding ICU's whole "common data"
package — collation, break-iterator dictionaries, converters, transliterators and
display names for every locale. Qt uses ICU for little of it: collation (QCollator),
time-zone display names, locale-aware case mapping and codecs outside UTF-8/16/32 and
Latin-1; the program's own sorting, line breaking and encodings are in Python. So the
build writes a library with the same name and symbol holding only the items for the
root, English and Japanese locales and the core tables (`keep_item`), and drops the rest.
A missing item is not a crash: ICU answers U_MISSING_RESOURCE_ERROR and falls back to
the root locale, as for any locale it has no data for.

The common-data format (a header, then a table of contents sorted by item name, then
the items aligned to 16 bytes) is ICU's documented `CmnD` package layout; rewriting it
is a few lines, so this needs no ICU tools on the build machine, only `as` and `ld`
(binutils, which PyInstaller needs anyway). Checked by tests/packaging/test_icu_data.py
and by running the built bundle (installers/ci-try-deb).
"""

from __future__ import annotations

import re
import struct
import subprocess
import tempfile
from pathlib import Path

#: Locales whose data stays (with their regional variants): the interface's languages.
LOCALES = ("en", "ja")
#: Folders of per-locale display names and rules: only the kept locales' files stay.
PER_LOCALE = ("coll", "curr", "lang", "region", "unit", "zone", "rbnf", "brkitr")
#: Dropped whole: transliterators (Qt never calls them).
DROPPED_FOLDERS = ("translit",)
#: Codepage tables that stay (Qt decodes text in these through ICU, e.g. HTML pasted from
#: another program): Shift_JIS/cp932, EUC-JP, ISO-2022-JP's JIS X 0212, Windows-1252.
CONVERTERS = (
    "ibm-943_P15A-2003.cnv", "ibm-943_P130-1999.cnv", "euc-jp-2007.cnv", "jisx-212.cnv",
    "ibm-5348_P100-1997.cnv", "ibm-1252_P100-2000.cnv",
)  # fmt: skip

_LOCALE_FILE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*\.res$")
_SHARED = ("root.res", "pool.res", "res_index.res")


def keep_item(name: str) -> bool:
    """Whether an item of the package ("icudt73l/coll/ja.res") stays."""
    parts = name.split("/")[1:]  # without the package name
    if not parts:
        return True
    leaf = parts[-1]
    if len(parts) == 1:
        if leaf.endswith(".cnv"):
            return leaf in CONVERTERS  # the program's own files are read by Python
        if leaf in _SHARED or not _LOCALE_FILE.match(leaf):
            return True  # core tables: properties, normalisation, time zones, likely subtags
        return _kept_locale(leaf)
    folder = parts[0]
    if folder in DROPPED_FOLDERS:
        return False
    if folder == "brkitr" and leaf.endswith(".dict"):
        return False  # word dictionaries (Chinese/Japanese 2 MB, Khmer, Burmese, Lao, Thai)
    if folder in PER_LOCALE and leaf.endswith(".res"):
        return leaf in _SHARED or not _LOCALE_FILE.match(leaf) or _kept_locale(leaf)
    return True


def _kept_locale(leaf: str) -> bool:
    language = leaf.removesuffix(".res").split("_")[0]
    return language in LOCALES


def read_items(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(name, item bytes)]) of a little-endian ICU common-data package."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common-data package")
    toc = header_size
    count = struct.unpack_from("<I", data, toc)[0]
    entries = [struct.unpack_from("<II", data, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        start = toc + name_offset
        name = data[start : data.index(b"\0", start)].decode("ascii")
        end = entries[index + 1][1] if index + 1 < count else len(data) - toc
        items.append((name, data[toc + data_offset : toc + end]))
    return data[:header_size], items


def write_items(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package holding items (kept in their sorted order: ICU searches by name)."""
    names = [name.encode("ascii") + b"\0" for name, _ in items]
    table_size = 4 + 8 * len(items)
    name_offsets = []
    offset = table_size
    for raw in names:
        name_offsets.append(offset)
        offset += len(raw)
    offset = _align(offset)
    data_offsets = []
    for _name, item in items:
        data_offsets.append(offset)
        offset = _align(offset + len(item))
    out = bytearray(header)
    out += struct.pack("<I", len(items))
    for name_offset, data_offset in zip(name_offsets, data_offsets, strict=True):
        out += struct.pack("<II", name_offset, data_offset)
    out += b"".join(names)
    for data_offset, (_name, item) in zip(data_offsets, items, strict=True):
        out += b"\0" * (len(header) + data_offset - len(out))
        out += item
    out += b"\0" * (_align(len(out)) - len(out))
    return bytes(out)


def _align(n: int) -> int:
    return (n + 15) & ~15


def slim_package(data: bytes) -> tuple[bytes, list[str]]:
    """(smaller package, names of the dropped items)."""
    header, items = read_items(data)
    kept = [(name, item) for name, item in items if keep_item(name)]
    dropped = [name for name, _ in items if not keep_item(name)]
    return write_items(header, kept), dropped


def symbol_data(library: Path) -> tuple[str, bytes]:
    """(symbol name, bytes) of the one data symbol libicudata exports (icudtNN_dat)."""
    table = subprocess.run(
        ["readelf", "-W", "--dyn-syms", str(library)], capture_output=True, text=True, check=True
    ).stdout
    sections = subprocess.run(
        ["readelf", "-W", "-S", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in table.splitlines():
        fields = line.split()
        if len(fields) >= 8 and re.fullmatch(r"icudt\d+_dat", fields[7]):
            address, size = int(fields[1], 16), int(fields[2], 0)
            offset = _file_offset(sections, address)
            blob = library.read_bytes()[offset : offset + size]
            return fields[7], blob
    raise ValueError(f"{library.name} exports no icudtNN_dat symbol")


def _file_offset(sections: str, address: int) -> int:
    """The file offset of a virtual address, from `readelf -S` (the section holding it)."""
    for match in re.finditer(
        r"\]\s+\S+\s+\S+\s+([0-9a-f]{8,16})\s+([0-9a-f]{6,16})\s+([0-9a-f]{6,16})", sections
    ):
        start, offset, size = (int(g, 16) for g in match.groups())
        if start and start <= address < start + size:
            return offset + address - start
    raise ValueError(f"no section holds address {address:#x}")


def build_library(library: Path, out_dir: Path) -> tuple[Path, int, list[str]]:
    """(new library, original data size, dropped items): libicudata rebuilt with less data.

    Same file name, SONAME and exported symbol, so libicuuc finds it unchanged.
    """
    symbol, data = symbol_data(library)
    slimmed, dropped = slim_package(data)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / library.name
    with tempfile.TemporaryDirectory(prefix="meetingdesk-icu-") as tmp:
        work = Path(tmp)
        (work / "data.dat").write_bytes(slimmed)
        (work / "data.s").write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            "\t.balign 16\n"
            f"{symbol}:\n"
            f'\t.incbin "{work / "data.dat"}"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run(["as", "-o", str(work / "data.o"), str(work / "data.s")], check=True)
        subprocess.run(
            ["ld", "-shared", "-soname", library.name, "-o", str(target), str(work / "data.o")],
            check=True,
        )
    return target, len(data), dropped
