# SPDX-License-Identifier: GPL-3.0-or-later
"""Word, Akoma Ntoso, proposals import and circulation through the real command line, on a
copy of the demo database: files written, refusals on stderr, the circulation recorded."""

from __future__ import annotations

import email
import hashlib
from email import policy

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from meetingdesk.cli import main
from meetingdesk.services import meetings
from meetingdesk.services.drafting import documents, proposals


def run(capsys, desk, *argv) -> tuple[int, str, str]:
    code = main(["--db", desk.url, *map(str, argv)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_export_docx_kinds_and_akn(demo_desk, tmp_path, capsys):
    code, out, _ = run(capsys, demo_desk, "export", "docx", "redline", "--document",
                       "declaration", "--from", "Rev.1", "--to", "Rev.2",
                       "--out", tmp_path / "r.docx")  # fmt: skip
    assert code == 0 and "tracked changes by author: DEU" in out
    body = docx.Document(str(tmp_path / "r.docx"))._element
    authors = {e.get(qn("w:author")) for e in body.iter(qn("w:ins"), qn("w:del"))}
    assert "DEU" in authors  # the delegation behind the Rev.2 version, not only the secretariat
    code, out, _ = run(capsys, demo_desk, "export", "docx", "final", "--document", "declaration",
                       "--revision", "Rev.2", "--lang", "ja", "--paper", "letter",
                       "--out", tmp_path / "f.docx")  # fmt: skip
    assert code == 0 and (tmp_path / "f.docx").is_file()
    code, _, err = run(capsys, demo_desk, "export", "docx", "--document", "declaration",
                       "--out", tmp_path / "x.docx")  # fmt: skip
    assert code == 2 and "export docx needs a kind" in err and not (tmp_path / "x.docx").exists()
    code, _, err = run(capsys, demo_desk, "export", "docx", "redline", "--document",
                       "declaration", "--out", tmp_path / "y.docx")  # fmt: skip
    assert code == 2 and "a redline needs --from LABEL" in err
    code, out, _ = run(capsys, demo_desk, "export", "akn", "--document", "charter", "--lang",
                       "ja", "--out", tmp_path / "c.xml")  # fmt: skip
    assert code == 0 and "Akoma Ntoso 3.0, ja" in out
    assert b"<akomaNtoso" in (tmp_path / "c.xml").read_bytes()


def test_circulate_writes_drafts_and_records_what_each_received(demo_desk, tmp_path, capsys):
    from meetingdesk.services.exports.circulation import last_received, list_circulations

    folder = tmp_path / "out"
    code, out, err = run(capsys, demo_desk, "circulate", "--document", "declaration",
                         "--revision", "Rev.1", "--out", folder,
                         "--from", "G7 Secretariat <g7@soumu.example>")  # fmt: skip
    assert code == 0, err
    m = meetings.list_meetings(demo_desk)[0]
    doc = documents.find_document(demo_desk, m.id, "declaration")
    [circ] = list_circulations(demo_desk, doc.id)
    assert circ.revision_label == "Rev.1"
    assert [f.kind for f in circ.files] == ["pdf", "docx"]
    for f in circ.files:
        assert hashlib.sha256((folder / f.name).read_bytes()).hexdigest() == f.sha256
    codes = {r.delegation_code for r in circ.recipients}
    assert "USA" in codes and "JPN" not in codes  # the host sends, it does not receive
    usa = next(r for r in circ.recipients if r.delegation_code == "USA")
    raw = (folder / usa.eml_name).read_bytes()
    assert hashlib.sha256(raw).hexdigest() == usa.eml_sha256
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert msg["To"] == usa.addresses and msg["X-Unsent"] == "1"
    assert "G7 Secretariat" in msg["From"] and "Rev.1" in msg["Subject"]
    text = msg.get_body(("plain",)).get_content()
    assert "Track Changes" in text and "変更履歴" in text
    attached = {p.get_filename(): p.get_content() for p in msg.iter_attachments()}
    assert set(attached) == {f.name for f in circ.files}
    for f in circ.files:
        assert hashlib.sha256(attached[f.name]).hexdigest() == f.sha256
    assert docx.Document(str(folder / circ.files[1].name)).settings.element.find(
        qn("w:trackRevisions")
    ) is not None  # fmt: skip
    assert last_received(demo_desk, doc.id)["USA"][0] == "Rev.1"
    run(capsys, demo_desk, "circulate", "--document", "declaration", "--revision", "Rev.2",
        "--out", tmp_path / "out2")  # fmt: skip
    assert last_received(demo_desk, doc.id)["USA"][0] == "Rev.2"
    assert len(list_circulations(demo_desk, doc.id)) == 2
    code, _, err = run(capsys, demo_desk, "circulate", "--document", "declaration",
                       "--revision", "Rev.9", "--out", tmp_path / "none")  # fmt: skip
    assert code == 2 and "no revision 'Rev.9'" in err and not (tmp_path / "none").exists()


def test_import_proposals_dry_run_then_import_then_again(demo_desk, tmp_path, capsys):
    sent = tmp_path / "rev1.docx"
    run(capsys, demo_desk, "export", "docx", "compilation", "--document", "declaration",
        "--revision", "Rev.1", "--lang", "en", "--out", sent)  # fmt: skip
    d = docx.Document(str(sent))
    target = next(p for p in d.paragraphs if p.style.name == "Operative Paragraph")
    ins = OxmlElement("w:ins")
    for key, value in (
        ("w:id", "5001"),
        ("w:author", "Ottawa desk"),
        ("w:date", "2016-04-21T09:00:00Z"),
    ):
        ins.set(qn(key), value)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = " Canada adds this."
    r.append(t)
    ins.append(r)
    target._p.xpath("./w:bookmarkEnd")[-1].addprevious(ins)
    back = tmp_path / "returned-CAN.docx"
    d.save(str(back))
    m = meetings.list_meetings(demo_desk)[0]
    doc = documents.find_document(demo_desk, m.id, "declaration")
    before = len(proposals.list_proposals(demo_desk, doc.id))
    args = ("import", "proposals", back, "--document", "declaration", "--revision", "Rev.1")
    code, _, err = run(capsys, demo_desk, *args)
    assert code == 2 and "“Ottawa desk” matches no delegation" in err
    assert "NOT PLACED" in err
    code, out, _ = run(capsys, demo_desk, *args, "--author", "Ottawa desk=CAN", "--dry-run")
    assert code == 0 and "dry run: 1 proposal(s) would be created" in out
    assert len(proposals.list_proposals(demo_desk, doc.id)) == before
    code, out, _ = run(capsys, demo_desk, *args, "--author", "Ottawa desk=CAN")
    assert code == 0 and "imported 1 proposal(s)" in out
    code, out, _ = run(capsys, demo_desk, *args)  # the author is remembered now
    assert code == 0 and "imported 0 proposal(s)" in out and "(already proposed)" in out
    assert len(proposals.list_proposals(demo_desk, doc.id)) == before + 1
