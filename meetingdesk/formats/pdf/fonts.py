# SPDX-License-Identifier: GPL-3.0-or-later
"""Finding and registering the fonts every PDF embeds.

Every font is a TrueType file embedded as a subset: a Japanese one (IPAex Mincho on Linux,
Yu Mincho / MS Mincho on Windows, or the file the person configured) and a Latin one
(DejaVu Serif, else the Japanese font's own Latin glyphs). The non-embedded CID fonts
(HeiseiMin-W3) and OpenType/CFF files (Noto CJK, Hiragino) are never used: viewers
substitute the first, ReportLab refuses the second.

Registration happens before reportlab.lib.styles is imported (see PITFALLS.md), and the
canvas base font is set to ours, so no unembedded Helvetica is ever referenced.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from meetingdesk.formats import ExportError

FONT_ENV = "MEETINGDESK_CJK_FONT"

# Japanese TrueType candidates, best first: (path, subfont index in a .ttc).
CJK_CANDIDATES: tuple[tuple[str, int], ...] = (
    ("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf", 0),
    ("/usr/share/fonts/truetype/ipaexfont-mincho/ipaexm.ttf", 0),
    ("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf", 0),
    ("/usr/share/fonts/truetype/fonts-japanese-mincho.ttf", 0),
    ("C:/Windows/Fonts/yumin.ttf", 0),
    ("C:/Windows/Fonts/msmincho.ttc", 0),
    ("C:/Windows/Fonts/YuGothR.ttc", 0),
    ("C:/Windows/Fonts/msgothic.ttc", 0),
    ("/Library/Fonts/ipaexm.ttf", 0),
    (str(Path.home() / ".local/share/fonts/ipaexm.ttf"), 0),
    (str(Path.home() / "Library/Fonts/ipaexm.ttf"), 0),
    # Last resort: the IPAex fonts shipped with the program (resources/fonts, licence beside).
    (str(resources.files("meetingdesk.resources").joinpath("fonts", "ipaexm.ttf")), 0),
    (str(resources.files("meetingdesk.resources").joinpath("fonts", "ipaexg.ttf")), 0),
)
PREFERRED = "IPAex Mincho"

# The Gothic face Japanese headings and titles use where English is bold (Mincho has no bold).
GOTHIC_CANDIDATES: tuple[tuple[str, int], ...] = (
    ("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf", 0),
    ("/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf", 0),
    ("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf", 0),
    ("C:/Windows/Fonts/YuGothB.ttc", 0),
    ("C:/Windows/Fonts/YuGothM.ttc", 0),
    ("C:/Windows/Fonts/msgothic.ttc", 0),
    ("/Library/Fonts/ipaexg.ttf", 0),
    (str(Path.home() / ".local/share/fonts/ipaexg.ttf"), 0),
    (str(Path.home() / "Library/Fonts/ipaexg.ttf"), 0),
    (str(resources.files("meetingdesk.resources").joinpath("fonts", "ipaexg.ttf")), 0),
)

LATIN_CANDIDATES: tuple[tuple[str, str, str, str], ...] = (
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif-BoldItalic.ttf",
    ),
    (
        "C:/Windows/Fonts/times.ttf",
        "C:/Windows/Fonts/timesbd.ttf",
        "C:/Windows/Fonts/timesi.ttf",
        "C:/Windows/Fonts/timesbi.ttf",
    ),
)

INSTALL_HINT = (
    "install a Japanese TrueType font (Debian/Ubuntu: apt install fonts-ipaexfont; Windows: "
    "Yu Mincho or MS Mincho come with the system; macOS: download IPAex Mincho ipaexm.ttf) "
    f"or set {FONT_ENV} to the path of a .ttf/.ttc file"
)

# Names the styles refer to.
JA = "MD-JA"
JA_GOTHIC = "MD-JA-Gothic"
LATIN = "MD-Latin"
LATIN_BOLD = "MD-Latin-Bold"
LATIN_ITALIC = "MD-Latin-Italic"
LATIN_BOLD_ITALIC = "MD-Latin-BoldItalic"


@dataclass(frozen=True)
class FontInfo:
    """Which fonts the PDF embeds, for the export result and the person reading it."""

    ja_path: str
    ja_subfont: int
    ja_name: str  # the font's own family name, e.g. "IPAexMincho"
    latin_path: str
    latin_name: str
    warning: str = ""  # set when a fallback was used
    gothic_path: str = ""  # the headings' face ("" or ja_path: none found, Mincho used)

    def describe(self) -> str:
        gothic = Path(self.gothic_path).name if self.gothic_path else "none"
        return (
            f"Japanese: {self.ja_name} ({self.ja_path}); headings: {gothic}; "
            f"Latin: {self.latin_name}"
        )


_lock = threading.Lock()
_registered: dict[tuple[str, int, str], FontInfo] = {}


def _cjk_choice(configured: str | os.PathLike | None) -> tuple[str, int, str]:
    """(path, subfont index, warning) of the Japanese font to use."""
    explicit = configured if configured else os.environ.get(FONT_ENV, "").strip()
    if explicit:
        text = str(explicit)
        index = 0
        if "#" in text:  # "C:/Windows/Fonts/msmincho.ttc#1" picks a face of a collection
            text, _, number = text.rpartition("#")
            index = int(number) if number.isdigit() else 0
        source = "the configured font" if configured else f"{FONT_ENV}"
        path = Path(text)
        if path.is_dir():
            raise ExportError(
                f"{source} {text!r} is a folder, not a font file; give the path of a "
                f".ttf/.ttc file inside it — {INSTALL_HINT}",
                code="font_is_folder",
                file=text,
                env=FONT_ENV,
            )
        if not path.exists():
            raise ExportError(
                f"{source} {text!r} does not exist; no Japanese font to embed — {INSTALL_HINT}",
                code="font_missing",
                file=text,
                env=FONT_ENV,
            )
        if not path.is_file() or not os.access(path, os.R_OK):
            raise ExportError(
                f"{source} {text!r} cannot be read (check its permissions); no Japanese font "
                f"to embed — {INSTALL_HINT}",
                code="font_unreadable",
                file=text,
                env=FONT_ENV,
            )
        return text, index, ""
    for path, index in CJK_CANDIDATES:
        if Path(path).is_file():
            warning = ""
            if "ipaexm" not in path:
                warning = (
                    f"{PREFERRED} not found; using {Path(path).name} for Japanese text "
                    f"(set {FONT_ENV} to choose another font)"
                )
            return path, index, warning
    raise ExportError(
        f"no usable Japanese font found — {INSTALL_HINT}", code="no_japanese_font", env=FONT_ENV
    )


def _gothic_choice(ja_path: str, ja_index: int) -> tuple[str, int]:
    """The Gothic face for headings; the body face itself when there is none."""
    if "gothic" in Path(ja_path).name.lower() or "ipaexg" in ja_path:
        return ja_path, ja_index
    for path, index in GOTHIC_CANDIDATES:
        if Path(path).is_file():
            return path, index
    return ja_path, ja_index


def _latin_choice(ja_path: str) -> tuple[tuple[str, str, str, str], str]:
    for files in LATIN_CANDIDATES:
        if all(Path(f).is_file() for f in files):
            return files, ""
    warning = "DejaVu Serif not found; Latin text uses the Japanese font's own letters"
    return (ja_path, ja_path, ja_path, ja_path), warning


def register_fonts(configured: str | os.PathLike | None = None) -> FontInfo:
    """Register our fonts with ReportLab (once per choice) and say which are used.

    Raises ExportError with what to install or configure when no usable font exists.
    """
    ja_path, ja_index, warning = _cjk_choice(configured)
    latin_files, latin_warning = _latin_choice(ja_path)
    key = (ja_path, ja_index, latin_files[0])
    with _lock:
        if key in _registered:
            return _registered[key]
        from reportlab import rl_config
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFError, TTFont

        try:
            ja_font = TTFont(JA, ja_path, subfontIndex=ja_index)
        except (TTFError, OSError, ValueError) as exc:
            raise ExportError(
                f"the Japanese font {ja_path!r} cannot be embedded ({exc}); only TrueType "
                f"outlines work — {INSTALL_HINT}",
                code="font_not_embeddable",
                file=ja_path,
                env=FONT_ENV,
            ) from exc
        _replace(ja_font)
        names = (LATIN, LATIN_BOLD, LATIN_ITALIC, LATIN_BOLD_ITALIC)
        for name, path in zip(names, latin_files, strict=True):
            index = ja_index if path == ja_path else 0
            try:
                _replace(TTFont(name, path, subfontIndex=index))
            except (TTFError, OSError, ValueError) as exc:
                raise ExportError(
                    f"the Latin font {path!r} cannot be embedded ({exc})",
                    code="latin_font_not_embeddable",
                    file=path,
                ) from exc
        pdfmetrics.registerFontFamily(
            LATIN, normal=LATIN, bold=LATIN_BOLD, italic=LATIN_ITALIC, boldItalic=LATIN_BOLD_ITALIC
        )
        gothic_path, gothic_index = _gothic_choice(ja_path, ja_index)
        try:
            _replace(TTFont(JA_GOTHIC, gothic_path, subfontIndex=gothic_index))
        except (TTFError, OSError, ValueError):
            gothic_path, gothic_index = ja_path, ja_index
            _replace(TTFont(JA_GOTHIC, ja_path, subfontIndex=ja_index))
        # Mincho has no bold or italic face: bold is the Gothic face, as Japanese
        # typesetting marks headings; italic stays upright.
        pdfmetrics.registerFontFamily(
            JA, normal=JA, bold=JA_GOTHIC, italic=JA, boldItalic=JA_GOTHIC
        )
        pdfmetrics.registerFontFamily(
            JA_GOTHIC, normal=JA_GOTHIC, bold=JA_GOTHIC, italic=JA_GOTHIC, boldItalic=JA_GOTHIC
        )
        rl_config.canvas_basefontname = LATIN
        info = FontInfo(
            ja_path=ja_path,
            ja_subfont=ja_index,
            ja_name=_family_name(ja_font) or Path(ja_path).stem,
            latin_path=latin_files[0],
            latin_name=Path(latin_files[0]).stem,
            gothic_path=gothic_path,
            warning="; ".join(w for w in (warning, latin_warning) if w),
        )
        _registered.clear()  # a new choice replaces the old names' meaning
        _registered[key] = info
        return info


def _replace(font) -> None:
    """Register `font` under its name, replacing an earlier font of that name: ReportLab
    silently keeps the first font registered under a name, so a second export in the same
    process with another configured font would have used the old one."""
    from reportlab.pdfbase import pdfmetrics

    pdfmetrics._fonts.pop(font.fontName, None)
    pdfmetrics.registerFont(font)


def _family_name(font) -> str:
    face = getattr(font, "face", None)
    name = getattr(face, "name", b"")
    return name.decode("latin-1", "replace") if isinstance(name, bytes) else str(name)


def is_cjk(ch: str) -> bool:
    """Characters the Latin font lacks: kana, kanji, full-width forms, CJK punctuation."""
    code = ord(ch)
    return (
        0x3000 <= code <= 0x30FF
        or 0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x31F0 <= code <= 0x31FF
    )


def has_cjk(text: str) -> bool:
    return any(is_cjk(ch) for ch in text)


def _strings(value: object, out: set[str], depth: int = 0) -> None:
    """Every string inside a snapshot (dataclasses, tuples, lists, dicts), into `out`."""
    if depth > 12 or value is None:
        return
    if isinstance(value, str):
        out.add(value)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            _strings(item, out, depth + 1)
    elif isinstance(value, dict):
        for item in value.values():
            _strings(item, out, depth + 1)
    elif hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:
            _strings(getattr(value, name, None), out, depth + 1)


def check_coverage(info: FontInfo, texts: object, lang: str) -> None:
    """Refuse, before anything is written, a Japanese font that lacks characters of the text
    to print: ReportLab would draw each as an empty box and exit as if all were well."""
    if lang == "en" or texts is None:
        return
    from reportlab.pdfbase import pdfmetrics

    from meetingdesk.formats.labels import LABELS

    found: set[str] = set()
    _strings(texts, found)
    found.update(ja for _en, ja in LABELS.values())
    chars = set("".join(found))  # each distinct character once, then the Japanese ones
    wanted = {ch for ch in chars if is_cjk(ch) and ch not in "\u3000\ufeff"}
    cmap = getattr(getattr(pdfmetrics.getFont(JA), "face", None), "charToGlyph", None)
    if not cmap:
        return
    missing = sorted(ch for ch in wanted if ord(ch) not in cmap)
    if missing:
        shown = " ".join(missing[:12]) + (" …" if len(missing) > 12 else "")
        raise ExportError(
            f"the Japanese font {info.ja_path!r} has no glyph for {len(missing)} character(s) "
            f"of this text ({shown}); nothing was written — choose a Japanese TrueType font "
            f"such as IPAex Mincho (ipaexm.ttf)",
            code="font_missing_glyphs",
            file=info.ja_path,
            count=len(missing),
            chars=shown,
        )
