"""The application icon: the SVG master, its PNG sizes, .ico and .icns, all up to date."""

from __future__ import annotations

import io
import struct

import pytest
from defusedxml import ElementTree
from PIL import Image

from .installers import ROOT, load

ICON_DIR = ROOT / "resources" / "icons" / "app"


@pytest.fixture(scope="module")
def build_icons():
    return load("icons/build-icons", "meetingdesk_build_icons")


def test_master_is_a_square_svg() -> None:
    root = ElementTree.parse(ICON_DIR / "meetingdesk.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"


def test_every_png_size_exists_with_its_size(build_icons) -> None:
    assert set(build_icons.PNG_SIZES) >= {16, 24, 32, 48, 64, 128, 256, 512}
    for size in build_icons.PNG_SIZES:
        with Image.open(ICON_DIR / f"meetingdesk-{size}.png") as image:
            assert image.format == "PNG"
            assert image.size == (size, size)
            assert image.mode == "RGBA"


def test_ico_holds_the_windows_sizes(build_icons) -> None:
    with Image.open(ICON_DIR / "meetingdesk.ico") as image:
        assert image.format == "ICO"
        assert image.info["sizes"] == {(s, s) for s in build_icons.ICO_SIZES}
        assert (256, 256) in image.info["sizes"] and (16, 16) in image.info["sizes"]


def test_icns_holds_the_macos_sizes(build_icons) -> None:
    data = (ICON_DIR / "meetingdesk.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    entries, offset = {}, 8
    while offset < len(data):
        code = data[offset : offset + 4]
        length = struct.unpack(">I", data[offset + 4 : offset + 8])[0]
        entries[code] = Image.open(io.BytesIO(data[offset + 8 : offset + length])).size
        offset += length
    assert entries == {code: (size, size) for code, size in build_icons.ICNS_TYPES}
    assert entries[b"icp4"] == (16, 16) and entries[b"ic10"] == (1024, 1024)
    with Image.open(ICON_DIR / "meetingdesk.icns") as image:  # a reader other than ours
        assert (16, 16, 1) in image.info["sizes"] and (512, 512, 2) in image.info["sizes"]


def test_pngs_are_what_the_script_renders_from_the_master(build_icons, qapp) -> None:
    """Editing the SVG without running installers/icons/build-icons fails here."""
    for size in (16, 48, 256):
        fresh = build_icons.render(size)
        with Image.open(ICON_DIR / f"meetingdesk-{size}.png") as stored:
            stored_pixels = stored.convert("RGBA").tobytes()
        assert fresh.tobytes() == stored_pixels, f"meetingdesk-{size}.png is out of date"
    assert io.BytesIO(build_icons.png_bytes(fresh)).getvalue().startswith(b"\x89PNG")


def test_the_16_px_icon_keeps_its_mark() -> None:
    """At 16 px the brackets stay white and the seal gold: the mark reads."""
    with Image.open(ICON_DIR / "meetingdesk-16.png") as image:
        pixels = image.convert("RGB")
        assert pixels.getpixel((3, 8)) == (255, 255, 255)  # left bracket
        assert pixels.getpixel((12, 8)) == (255, 255, 255)  # right bracket
        red, green, blue = pixels.getpixel((8, 8))
        assert red > 200 and 140 < green < 210 and blue < 100  # the gold seal


def test_the_application_icon_has_every_drawn_size(qapp) -> None:
    from meetingdesk.app import app_icon

    icon = app_icon()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(16, 16), (32, 32), (48, 48), (256, 256), (512, 512)} <= sizes
    assert icon.pixmap(16, 16).toImage().pixelColor(3, 8).name() == "#ffffff"
