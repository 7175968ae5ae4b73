# SPDX-License-Identifier: GPL-3.0-or-later
"""A long marked-up English clause split at every height a page can leave it: the first part
always fits the space it was split for (ReportLab alone, with hyphenation, sometimes gave a
first part one line taller, and the large declaration's redline failed with "Splitting
error") and no word is lost between the parts."""

from __future__ import annotations

import re

OLD = (
    "We will ensure the measurement of the digital economy and of data flows in a manner "
    "consistent with international trade rules. G7 members will encourage the ethical "
    "development of autonomous systems in a manner consistent with international trade "
    "rules. We will encourage the digital transformation of small and medium-sized "
    "enterprises on the basis of comparable evidence. "
) * 2
NEW = (
    "We will share consumer protection in the digital environment in a manner consistent "
    "with international trade rules. G7 members will encourage the ethical development of "
    "autonomous systems through a multi-stakeholder approach. The relevant authorities will "
    "consider trust in electronic transactions and identity while avoiding unnecessary "
    "barriers to trade. "
) * 2


def letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text)


def test_split_first_part_fits_and_keeps_every_word() -> None:
    from meetingdesk.formats.pdf.fonts import register_fonts

    register_fonts(None)
    from meetingdesk.formats.pdf.flow import Paragraph
    from meetingdesk.formats.pdf.markup import diff_markup
    from meetingdesk.formats.pdf.redline import _barred
    from meetingdesk.formats.pdf.styles import make_styles
    from meetingdesk.text.diff import diff_text

    style = _barred(make_styles().body("en"))
    markup = "<b>731.</b> " + diff_markup(tuple(diff_text(OLD, NEW)))
    whole = letters(Paragraph(markup, style).getPlainText())
    splits = 0
    for tenths in range(2000, 5200, 113):
        width = tenths / 10
        height = Paragraph(markup, style).wrap(width, 1e6)[1]
        space = style.leading * 1.5
        while space < height:
            p = Paragraph(markup, style)
            p.wrap(width, 1e6)
            parts = p.split(width, space)
            if len(parts) == 2:
                splits += 1
                assert parts[0].wrap(width, space)[1] <= space, (width, space)
                joined = letters(parts[0].getPlainText() + parts[1].getPlainText())
                assert joined == whole, (width, space)
            space += style.leading * 0.7
    assert splits > 250
