"""A compilation of a frozen revision prints again as it stood (issue 14): the proposals
open at the freeze with the positions stated by then, the audit head signed at the freeze and
the freeze's date — the same bytes however much happened since. SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from meetingdesk.services.base import NotFound
from meetingdesk.services.drafting import documents, proposals
from meetingdesk.services.exports import export

from .pdfcheck import pdftotext, small_meeting


def _export(desk, meeting_id: int, out: Path, lang: str, revision: str | None = "Rev.2") -> bytes:
    export(
        desk,
        "compilation",
        out,
        meeting_id=meeting_id,
        document="statement",
        revision=revision,
        lang=lang,
    )
    return out.read_bytes()


def test_rev2_compilation_again_identical_after_decisions(desk, tmp_path: Path) -> None:
    meeting_id, doc_id = small_meeting(desk)
    from meetingdesk.services.logistics.delegations import add_delegation

    for code in ("CAN", "DEU", "FRA", "USA"):
        add_delegation(desk, meeting_id, code=code)
    clauses = [c for c in documents.document_text(desk, doc_id).clauses if c.kind == "operative"]
    documents.freeze_revision(desk, doc_id, kind="compilation")
    a = proposals.propose(
        desk,
        doc_id,
        delegation_code="CAN",
        kind="replace",
        clause_id=clauses[0].id,
        text="We affirm the value of the free and secure flow of information.",
    )
    b = proposals.propose(
        desk,
        doc_id,
        delegation_code="DEU",
        kind="replace",
        clause_id=clauses[1].id,
        text="We will cooperate on research and open standards.",
    )
    proposals.set_position(desk, a.id, delegation_code="FRA", stance="support")
    proposals.set_position(desk, a.id, delegation_code="USA", stance="awaiting_instructions")
    proposals.set_position(desk, b.id, delegation_code="CAN", stance="reserve")
    documents.freeze_revision(desk, doc_id, kind="compilation")  # Rev.2, both open
    first = {
        lang: _export(desk, meeting_id, tmp_path / f"then-{lang}.pdf", lang)
        for lang in ("en", "ja")
    }
    text = pdftotext(tmp_path / "then-en.pdf")
    assert "free and secure flow" in text and "open standards" in text
    flat = " ".join(text.split())
    assert "Positions — support: FRA · awaiting instructions: USA" in flat
    assert "Positions — reserve: CAN" in flat
    assert "Positions on a proposal, by delegation code: support, oppose, reserve, awaiting" in flat
    assert "Delegation codes: " in flat and "CAN " in flat and "DEU " in flat
    ja = " ".join(pdftotext(tmp_path / "then-ja.pdf").split())
    assert "各代表団の立場 支持：FRA · 本国訓令待ち：USA" in ja
    assert "各代表団の立場 留保：CAN" in ja
    assert "代表団コード：" in ja

    # Afterwards: positions change, one proposal withdrawn, the other accepted; many writes.
    proposals.set_position(desk, a.id, delegation_code="USA", stance="oppose")
    proposals.set_position(desk, a.id, delegation_code="DEU", stance="support")
    proposals.withdraw_proposal(desk, a.id, note="no longer needed")
    proposals.accept_proposal(desk, b.id)
    now = tmp_path / "current.pdf"
    _export(desk, meeting_id, now, "en", revision=None)
    assert "free and secure flow" not in pdftotext(now)  # today: nothing open

    for lang in ("en", "ja"):
        again = _export(desk, meeting_id, tmp_path / f"again-{lang}.pdf", lang)
        assert again == first[lang], f"the {lang} compilation of Rev.2 changed"
    assert "free and secure flow" in pdftotext(tmp_path / "again-en.pdf")


def test_compilation_of_a_missing_revision_is_refused(desk, tmp_path: Path) -> None:
    meeting_id, _doc_id = small_meeting(desk)
    out = tmp_path / "none.pdf"
    with pytest.raises(NotFound, match="Rev.9"):
        export(
            desk, "compilation", out, meeting_id=meeting_id, document="statement", revision="Rev.9"
        )
    assert not out.exists()
