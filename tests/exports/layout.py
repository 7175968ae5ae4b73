# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading a PDF's printed lines back with pdfplumber (glyph positions, fonts), and the
print-fidelity checks the tests run on every kind."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from meetingdesk.text.linebreak_ja import HANGING, NOT_END, NOT_START, is_cjk

MM = 72 / 25.4
GAP = 5.0  # a wider horizontal gap between glyphs separates two cells or columns


@dataclass
class Segment:
    page: int  # 1-based
    baseline: float  # from the page top
    chars: list = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(c["text"] for c in self.chars)

    @property
    def x0(self) -> float:
        return self.chars[0]["x0"]

    @property
    def x1(self) -> float:
        return self.chars[-1]["x1"]

    @property
    def heading(self) -> bool:
        """Every visible glyph bold (Latin) or Gothic (Japanese), at heading size (body text
        is 10.5 pt, headings 11.5 pt and more; bold table cells are smaller)."""
        seen = [c for c in self.chars if c["text"].strip()]
        return bool(seen) and all(
            ("Bold" in c["fontname"] or "Gothic" in c["fontname"]) and c["size"] >= 11 for c in seen
        )


def segments(path: Path, top: float, bottom: float) -> dict[int, list[Segment]]:
    """Printed lines of each page inside the body (between `top` and `bottom` points from
    the page top), split where glyphs stand more than GAP apart; rotated text (the DRAFT
    watermark) left out."""
    import pdfplumber

    out: dict[int, list[Segment]] = {}
    with pdfplumber.open(str(path)) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            height = page.height
            rows: dict[float, list] = {}
            for c in page.chars:
                if not c.get("upright", True) or c["size"] > 30:
                    continue
                base = round(height - c["matrix"][5], 1)
                if base < top or base > height - bottom:
                    continue
                rows.setdefault(base, []).append(c)
            segs: list[Segment] = []
            for base in sorted(rows):
                chars = sorted(rows[base], key=lambda c: c["x0"])
                current = Segment(number, base)
                for c in chars:
                    if current.chars and c["x0"] - current.chars[-1]["x1"] > GAP:
                        segs.append(current)
                        current = Segment(number, base)
                    current.chars.append(c)
                if current.chars:
                    segs.append(current)
            out[number] = segs
    return out


def kinsoku_faults(pages: dict[int, list[Segment]]) -> list[str]:
    """Japanese lines starting with a line-start-forbidden mark or ending with an opening
    bracket (the first line of a paragraph may start with anything: the stress text never
    starts one with a forbidden mark)."""
    faults = []
    for segs in pages.values():
        for seg in segs:
            text = seg.text.strip()
            if not text or not any(is_cjk(ch) for ch in text):
                continue
            if text[0] in NOT_START:
                faults.append(f"p{seg.page} starts with {text[0]!r}: {text[:30]!r}")
            if text[-1] in NOT_END:
                faults.append(f"p{seg.page} ends with {text[-1]!r}: {text[-30:]!r}")
    return faults


def margin_faults(pages: dict[int, list[Segment]], right: float, columns=()) -> list[str]:
    """Glyphs past the right edge (`right`, or the edge of the column they start in:
    `columns` = [(x_start, x_end)]): only 、。，． may pass, by at most their size."""
    faults = []
    for segs in pages.values():
        for seg in segs:
            edge = right
            for start, end in columns:
                # a line reaching past the gap into the next column is full width (a title)
                if start - 1 <= seg.x0 <= end and seg.x1 < end + 14:
                    edge = end
            for c in seg.chars:
                over = c["x1"] - edge
                if over <= 0.6 or not c["text"].strip():
                    continue
                if c["text"] in HANGING and over <= c["size"] + 0.6:
                    continue
                faults.append(f"p{seg.page} {c['text']!r} {over:.1f} pt past the edge")
    return faults


def stranded_headings(pages: dict[int, list[Segment]], columns=((0, 10_000),)) -> list[str]:
    """Pages (but the last) whose last line in a column is a heading."""
    faults = []
    last = max(pages) if pages else 0
    for number, segs in pages.items():
        if number == last:
            continue
        for start, end in columns:
            col = [s for s in segs if start - 1 <= s.x0 <= end]
            if not col:
                continue
            bottom = max(s.baseline for s in col)
            final = [s for s in col if s.baseline == bottom]
            if all(s.heading for s in final):
                faults.append(f"p{number}: heading {final[0].text[:40]!r} ends the page")
    return faults


def dense(text: str) -> str:
    """Page text without spaces, line-end hyphens and line breaks."""
    text = re.sub(r"([a-z])-\s*\n\s*([a-z])", r"\1\2", text)
    return re.sub(r"\s+", "", text)


def bookmark_faults(path: Path) -> list[str]:
    """Each outline entry must resolve to the page where its title is printed."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    texts = [dense(p.extract_text() or "") for p in reader.pages]
    faults = []
    seen = 0

    def walk(items) -> None:
        nonlocal seen
        for item in items:
            if isinstance(item, list):
                walk(item)
                continue
            seen += 1
            page = reader.get_destination_page_number(item)
            title = item.title.split(" / ")[0]
            probe = dense(title)[-14:]
            if probe and probe not in texts[page]:
                found = [i + 1 for i, t in enumerate(texts) if probe in t]
                faults.append(f"{item.title!r} points to p{page + 1}, printed on {found}")

    walk(reader.outline)
    if not seen:
        faults.append("no bookmarks")
    return faults


def alignment_faults(pages: dict[int, list[Segment]], en_x: float, ja_x: float) -> list[str]:
    """Parallel text: each numbered paragraph starts on the same baseline in both columns."""
    faults = []
    number = re.compile(r"^\d+\.$")
    for segs in pages.values():
        en = {s.text: s.baseline for s in segs if abs(s.x0 - en_x) < 1 and number.match(s.text)}
        ja = {s.text: s.baseline for s in segs if abs(s.x0 - ja_x) < 1 and number.match(s.text)}
        for key, base in en.items():
            if key not in ja:
                faults.append(f"p{segs[0].page}: {key} has no Japanese beside it")
            elif abs(ja[key] - base) > 0.5:
                faults.append(f"p{segs[0].page}: {key} at {base} (en) vs {ja[key]} (ja)")
    return faults
