"""The IPAex fonts travel with the program and serve PDFs when the system has no Japanese font."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest

from meetingdesk.formats.pdf import fonts

from .installers import ROOT

FONT_DIR = ROOT / "resources" / "fonts"

# Runs the real command line with the system's font folders out of reach: every system
# candidate is replaced by a path that does not exist; only the shipped fonts remain.
NO_SYSTEM_FONTS = """
import sys
from meetingdesk.formats.pdf import fonts
shipped = [c for c in fonts.CJK_CANDIDATES if "resources" in c[0]]
fonts.CJK_CANDIDATES = (("/nonexistent/ipaexm.ttf", 0), ("C:/Windows/Fonts/yumin.ttf", 0), *shipped)
fonts.GOTHIC_CANDIDATES = tuple(c for c in fonts.GOTHIC_CANDIDATES if "resources" in c[0])
fonts.LATIN_CANDIDATES = ()
from meetingdesk.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_mincho_gothic_and_their_licence_ship_in_the_package() -> None:
    shipped = files("meetingdesk.resources").joinpath("fonts")
    for name in ("ipaexm.ttf", "ipaexg.ttf"):
        data = shipped.joinpath(name).read_bytes()
        assert data[:4] == b"\x00\x01\x00\x00", f"{name} is a TrueType file"
        assert 4_000_000 < len(data) < 9_000_000
    licence = shipped.joinpath("IPA_Font_License_Agreement_v1.0.txt").read_text(encoding="utf-8")
    assert licence.startswith("IPAフォントライセンスv1.0")
    assert "IPA Font License Agreement v1.0" in licence
    assert "Redistribute" in licence and "Article 3" in licence
    assert sorted(p.name for p in FONT_DIR.iterdir()) == [
        "IPA_Font_License_Agreement_v1.0.txt",
        "README.md",
        "ipaexg.ttf",
        "ipaexm.ttf",
    ]


def test_shipped_fonts_are_the_last_candidates() -> None:
    tail = [Path(path) for path, _index in fonts.CJK_CANDIDATES[-2:]]
    assert [p.name for p in tail] == ["ipaexm.ttf", "ipaexg.ttf"]
    assert all(p.is_file() and p.parent.name == "fonts" for p in tail)
    assert not any("resources" in path for path, _i in fonts.CJK_CANDIDATES[:-2])
    assert Path(fonts.GOTHIC_CANDIDATES[-1][0]).samefile(FONT_DIR / "ipaexg.ttf")


def test_shipped_mincho_is_chosen_without_warning_when_no_system_font(monkeypatch) -> None:
    monkeypatch.delenv(fonts.FONT_ENV, raising=False)
    shipped = fonts.CJK_CANDIDATES[-2:]
    monkeypatch.setattr(fonts, "CJK_CANDIDATES", (("/nonexistent/ipaexm.ttf", 0), *shipped))
    path, index, warning = fonts._cjk_choice(None)
    assert Path(path).samefile(FONT_DIR / "ipaexm.ttf")
    assert index == 0 and warning == ""


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts missing (poppler-utils)")
def test_final_pdf_embeds_the_shipped_font_when_the_system_has_none(tmp_path: Path) -> None:
    db, pdf = tmp_path / "demo.sqlite", tmp_path / "final-ja.pdf"
    env = {**os.environ, "MEETINGDESK_DATA_DIR": str(tmp_path / "data")}
    env.pop(fonts.FONT_ENV, None)

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-c", NO_SYSTEM_FONTS, "--db", str(db), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=240,
            check=False,
        )

    assert cli("demo").returncode == 0
    done = cli("export", "final", "--document", "declaration", "--lang", "ja", "--out", str(pdf))
    assert done.returncode == 0, done.stderr
    assert "resources/fonts/ipaexm.ttf" in done.stdout.replace("\\\\", "/")
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    rows = [line.split() for line in listing.stdout.splitlines()[2:]]
    assert rows and all("+IPAex" in row[0] for row in rows), listing.stdout
    assert any("IPAexMincho" in row[0] for row in rows), listing.stdout
    assert all(row[-5] == "yes" for row in rows), "every font embedded"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True).stdout
    assert "共同宣言" in text.decode("utf-8")
