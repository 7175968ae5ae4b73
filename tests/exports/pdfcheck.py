# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers for the PDF tests: real tools (qpdf, pdffonts, pdftotext) and a small meeting
with an adoptable document built through the services."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

JA_BAD_STARTS = tuple("、。」）")


def need(tool: str) -> str:
    """Path of a command-line tool; skip without it, except under CI where it must exist."""
    path = shutil.which(tool)
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{tool} is missing under CI (install poppler-utils / qpdf)")
        pytest.skip(f"{tool} is not installed")
    return path


def run_tool(*args: str) -> str:
    need(args[0])
    done = subprocess.run(list(args), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"{' '.join(args)} failed: {done.stderr}"
    return done.stdout


def pdftotext(path: Path, layout: bool = False) -> str:
    flags = ["-layout"] if layout else []
    return run_tool("pdftotext", *flags, "-enc", "UTF-8", str(path), "-")


def pypdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def font_lines(path: Path) -> list[str]:
    return run_tool("pdffonts", str(path)).splitlines()[2:]


def adopt(desk, document_id: int) -> None:
    from meetingdesk.services.drafting import adopt_document

    adopt_document(desk, document_id)


def small_meeting(desk) -> tuple[int, int]:
    """A bilingual meeting with one adoptable statement: (meeting id, document id)."""
    from meetingdesk.services import meetings
    from meetingdesk.services.drafting import documents
    from meetingdesk.services.logistics import delegations, participants

    m = meetings.create_meeting(
        desk,
        title_en="Test Ministers' Meeting",
        title_ja="試験大臣会合",
        start_date=date(2016, 4, 29),
        end_date=date(2016, 4, 30),
        time_zone="Asia/Tokyo",
        city_en="Takamatsu",
        city_ja="高松",
    )
    jp = delegations.add_delegation(desk, m.id, code="JPN", name_en="Japan", name_ja="日本")
    participants.add_participant(
        desk,
        jp.id,
        family_name="Takemura",
        given_name="Michiko",
        family_name_ja="竹村",
        given_name_ja="美智子",
        role="head",
        badge_number="JPN-1",
    )
    doc = documents.add_document(
        desk,
        m.id,
        short_name="statement",
        title_en="Chair's Statement",
        kind="statement",
        title_ja="議長声明",
    )
    texts = [
        ("heading", "Chair's Statement", "議長声明"),
        (
            "preambular",
            "We met in Takamatsu on 29 and 30 April.",
            "我々は4月29日及び30日に高松で会合した。",
        ),
        (
            "operative",
            "We affirm the value of the free flow of information.",
            "我々は、情報の自由な流通の価値を確認する。",
        ),
        ("section", "Research", "研究"),
        (
            "operative",
            "We will cooperate on research and standards, including in the ITU.",
            "我々は、ITUにおけるものを含め、研究及び標準化について協力する。",
        ),
    ]
    for kind, en, ja in texts:
        documents.add_clause(desk, doc.id, kind=kind, text_en=en, text_ja=ja)
    return m.id, doc.id
