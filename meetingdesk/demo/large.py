"""A large generated meeting for benchmarks: thousands of clauses, many versions each.

Going through save_text once per version would take hours for 100,000 versions, so this
writes in bulk (Core executemany inserts) inside ONE write transaction and appends one audit
event summarising the generation. The texts are bilingual, of realistic length, and change
a little from version to version (a word, a phrase, a bracket), so diffs, blame and revision
comparisons see the kind of edits negotiators make. Output is deterministic for given sizes.
"""

from __future__ import annotations

import functools
import random
import tomllib
import uuid
from datetime import UTC, date, datetime, timedelta
from importlib.resources import files
from typing import Any, NamedTuple

from sqlalchemy import bindparam, insert, select, update

from meetingdesk.model import (
    Clause,
    ClauseVersion,
    Delegation,
    Document,
    Meeting,
    Revision,
    RevisionEntry,
)
from meetingdesk.services.base import Desk, ValidationError
from meetingdesk.services.drafting.documents import text_hash
from meetingdesk.services.meetings import meeting_snap
from meetingdesk.snapshots import ClauseSnap, MeetingSnap
from meetingdesk.store.sealing import BulkVersionHasher, EntryRow, revision_tree_hash
from meetingdesk.text.numbering import number_clauses

MAX_CLAUSES = 200_000
MAX_VERSIONS = 500
# (short name, kind, share of the clauses)
DOCUMENTS = (
    ("charter", "charter", 0.10),
    ("declaration", "declaration", 0.55),
    ("annex", "annex", 0.25),
    ("summary", "chair_summary", 0.10),
)
GENERATION_START = datetime(2016, 3, 1, 0, 0, tzinfo=UTC)


class _Head(NamedTuple):
    """A clause's versions at one wave of the generation."""

    en_id: int
    ja_id: int
    en: str
    ja: str
    open_brackets: int


def large_short_name(clauses: int, versions: int) -> str:
    return f"bench-{clauses}x{versions}"


def generate_large(desk: Desk, *, clauses: int = 5000, versions: int = 20) -> MeetingSnap:
    """Generate a benchmark meeting with `clauses` clauses of `versions` versions per language.

    Rev.1 and Rev.2 of every document are frozen at one third and two thirds of the history.
    """
    if not len(DOCUMENTS) <= clauses <= MAX_CLAUSES:
        raise ValidationError(
            f"clauses must be between {len(DOCUMENTS)} and {MAX_CLAUSES}, not {clauses}"
        )
    if not 2 <= versions <= MAX_VERSIONS:
        raise ValidationError(f"versions must be between 2 and {MAX_VERSIONS}, not {versions}")
    short_name = large_short_name(clauses, versions)
    rng = random.Random(short_name)
    rev_waves = (max(1, versions // 3), max(2, (2 * versions) // 3))
    with desk.write() as s:
        if s.scalar(select(Meeting.id).where(Meeting.short_name == short_name).limit(1)):
            raise ValidationError(f"the generated meeting {short_name} is already in this database")
        desk.ensure_user(s)
        meeting = _meeting(s, short_name, clauses, versions)
        delegation_ids = _delegations(s, meeting.id)
        docs = _documents(s, meeting.id, clauses)
        conn = s.connection()
        plan = _clause_plan(docs)
        clause_ids, clause_uuids = _insert_clauses(conn, plan)
        texts = [_new_text(rng, kind) for _, kind in plan]
        hasher = BulkVersionHasher(conn)
        hasher.preload_clauses(clause_ids, clause_uuids)
        heads, frozen = _insert_versions(
            conn,
            desk.user_login,
            rng,
            plan,
            clause_ids,
            texts,
            delegation_ids,
            versions,
            rev_waves,
            hasher,
        )
        uuids = dict(zip(clause_ids, clause_uuids, strict=True))
        _set_heads(conn, clause_ids, heads)
        for number, wave in enumerate(rev_waves, start=1):
            _freeze(s, conn, desk.user_login, docs, plan, clause_ids, uuids, frozen[wave], number)
        desk.audit(
            s,
            "demo.generate",
            meeting,
            f"generated benchmark meeting {short_name}",
            {
                "clauses": clauses,
                "versions_per_language": versions,
                "clause_versions": clauses * versions * 2,
                "documents": {d.short_name: n for d, n in docs},
                "revisions": ["Rev.1", "Rev.2"],
                # One digest for every version written here (check recomputes it).
                "ranges": {"clause_version": hasher.range_record(list(hasher.known))},
            },
        )
        return meeting_snap(meeting)


def _meeting(s, short_name: str, clauses: int, versions: int) -> Meeting:
    m = Meeting(
        short_name=short_name,
        title_en=f"Benchmark meeting ({clauses} clauses × {versions} versions)",
        title_ja=f"ベンチマーク会合（{clauses}条項×{versions}版）",
        host_en="Japan",
        host_ja="日本",
        city_en="Takamatsu",
        city_ja="高松",
        venue_en="Kagawa International Hall",
        venue_ja="かがわ国際会議場",
        start_date=date(2016, 4, 29),
        end_date=date(2016, 4, 30),
        time_zone="Asia/Tokyo",
        languages="en,ja",
    )
    s.add(m)
    s.flush()
    return m


def _delegations(s, meeting_id: int) -> list[int]:
    """The demo meeting's delegations (without people); returns the members' ids."""
    from meetingdesk.demo.meeting import read_demo_data

    rows = []
    for rank, d in enumerate(read_demo_data()["delegations"], start=1):
        fields = {k: d[k] for k in ("name_fr", "name_ja", "reading_ja", "is_host") if k in d}
        row = Delegation(
            meeting_id=meeting_id,
            code=d["code"],
            name_en=d["name_en"],
            kind=d["kind"],
            protocol_rank=rank,
            **fields,
        )
        s.add(row)
        rows.append(row)
    s.flush()
    return [r.id for r in rows if r.kind == "member"]


def _documents(s, meeting_id: int, clauses: int) -> list[tuple[Document, int]]:
    """The documents and how many clauses each gets (every one at least one)."""
    sizes = [max(1, int(clauses * share)) for _, _, share in DOCUMENTS]
    sizes[1] += clauses - sum(sizes)  # the declaration absorbs rounding
    while sizes[1] < 1:  # tiny sizes: take back from the largest other document
        biggest = max((0, 2, 3), key=lambda i: sizes[i])
        sizes[biggest] -= 1
        sizes[1] += 1
    out: list[tuple[Document, int]] = []
    parent_id = None
    for position, ((short, kind, _), size) in enumerate(zip(DOCUMENTS, sizes, strict=True), 1):
        doc = Document(
            meeting_id=meeting_id,
            short_name=short,
            kind=kind,
            title_en=_vocabulary()["document_titles"][kind][0],
            title_ja=_vocabulary()["document_titles"][kind][1],
            parent_id=parent_id if kind == "annex" else None,
            position=position,
        )
        s.add(doc)
        s.flush()
        if kind == "declaration":
            parent_id = doc.id
        out.append((doc, size))
    return out


def _clause_plan(docs: list[tuple[Document, int]]) -> list[tuple[int, str]]:
    """(document id, clause kind) for every clause, in document order."""
    plan: list[tuple[int, str]] = []
    for doc, size in docs:
        plan.extend((doc.id, kind) for kind in _clause_kinds(doc.kind, size))
    return plan


def _insert_clauses(conn, plan: list[tuple[int, str]]) -> tuple[list[int], list[uuid.UUID]]:
    now = GENERATION_START
    rows = []
    position: dict[int, int] = {}
    for doc_id, kind in plan:
        position[doc_id] = position.get(doc_id, 0) + 1
        rows.append(
            {
                "uuid": uuid.uuid4(),
                "row_version": 1,
                "document_id": doc_id,
                "position": position[doc_id],
                "kind": kind,
                "status": "draft",
                "created_at": now,
            }
        )
    return _insert_ids(conn, Clause.__table__, rows), [r["uuid"] for r in rows]


def _insert_ids(conn, table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert rows in batches; their new ids in row order.

    Matched by UUID rather than with sort_by_parameter_order, which makes SQLite send one
    statement per row.
    """
    stmt = insert(table).returning(table.c.id, table.c.uuid)
    ids = {u: i for i, u in conn.execute(stmt, rows)}
    return [ids[r["uuid"]] for r in rows]


def _insert_hashed(conn, table, rows: list[dict[str, Any]], hasher: BulkVersionHasher) -> list[int]:
    """Insert versions with their content hashes computed here (not one query per row)."""
    for row in rows:
        row["content_hash"] = hasher.hash(row)
    ids = _insert_ids(conn, table, rows)
    hasher.learn(ids, rows)
    return ids


def _insert_versions(
    conn,
    author: str,
    rng: random.Random,
    plan: list[tuple[int, str]],
    clause_ids: list[int],
    texts: list[Any],
    delegation_ids: list[int],
    versions: int,
    rev_waves: tuple[int, int],
    hasher: BulkVersionHasher,
) -> tuple[list[_Head], dict[int, list[_Head]]]:
    """Insert the versions wave by wave (wave w = every clause's w-th version).

    Returns each clause's final head and, for each revision wave, its head at that wave.
    """
    table = ClauseVersion.__table__
    prev_en: list[int | None] = [None] * len(plan)
    prev_ja: list[int | None] = [None] * len(plan)
    frozen: dict[int, list[_Head]] = {}
    heads: list[_Head] = []
    for wave in range(1, versions + 1):
        at = GENERATION_START + timedelta(hours=6 * wave)
        if wave > 1:
            for i, (_, kind) in enumerate(plan):
                texts[i] = _mutate(rng, texts[i], kind)
        rendered = [_render(t) for t in texts]
        who = [delegation_ids[rng.randrange(len(delegation_ids))] for _ in plan]
        note = "first text" if wave == 1 else f"round {wave}"
        en_rows = [
            _version_row(cid, "en", en, author, who[i], at, note, prev_en[i], None)
            for i, (cid, (en, _)) in enumerate(zip(clause_ids, rendered, strict=True))
        ]
        en_ids = _insert_hashed(conn, table, en_rows, hasher)
        ja_rows = [
            _version_row(cid, "ja", ja, author, who[i], at, note, prev_ja[i], en_ids[i])
            for i, (cid, (_, ja)) in enumerate(zip(clause_ids, rendered, strict=True))
        ]
        ja_ids = _insert_hashed(conn, table, ja_rows, hasher)
        prev_en, prev_ja = list(en_ids), list(ja_ids)
        heads = [
            _Head(en_ids[i], ja_ids[i], en, ja, _open_brackets(texts[i]))
            for i, (en, ja) in enumerate(rendered)
        ]
        if wave in rev_waves:
            frozen[wave] = heads
    return heads, frozen


def _version_row(
    clause_id: int,
    lang: str,
    text: str,
    author: str,
    delegation_id: int,
    at: datetime,
    note: str,
    parent_id: int | None,
    translated_from_id: int | None,
) -> dict[str, Any]:
    return {
        "uuid": uuid.uuid4(),
        "clause_id": clause_id,
        "language": lang,
        "text": text,
        "author": author,
        "delegation_id": delegation_id,
        "created_at": at,
        "note": note,
        "parent_id": parent_id,
        "merge_parent_id": None,
        "translated_from_id": translated_from_id,
    }


def _set_heads(conn, clause_ids: list[int], heads: list[_Head]) -> None:
    table = Clause.__table__
    stmt = (
        update(table)
        .where(table.c.id == bindparam("b_id"))
        .values(
            head_en_id=bindparam("b_en"),
            head_ja_id=bindparam("b_ja"),
            status=bindparam("b_status"),
        )
    )
    rows = [
        {"b_id": cid, "b_en": h.en_id, "b_ja": h.ja_id, "b_status": _status(h)}
        for cid, h in zip(clause_ids, heads, strict=True)
    ]
    conn.execute(stmt, rows)


def _status(head: _Head) -> str:
    return "bracketed" if head.open_brackets else "draft"


def _freeze(
    s,
    conn,
    author: str,
    docs: list[tuple[Document, int]],
    plan: list[tuple[int, str]],
    clause_ids: list[int],
    uuids: dict[int, uuid.UUID],
    state: list[_Head],
    number: int,
) -> None:
    """Freeze Rev.<number> of every document from the versions in `state`."""
    entries = []
    at = GENERATION_START + timedelta(hours=6 * number * 10)
    for doc, _ in docs:
        idx = [i for i, (doc_id, _) in enumerate(plan) if doc_id == doc.id]
        numbers = number_clauses([plan[i][1] for i in idx])
        snaps = [
            ClauseSnap(
                id=clause_ids[i],
                uuid=str(uuids[clause_ids[i]]),
                row_version=0,
                position=pos,
                number=num,
                kind=plan[i][1],
                status=_status(state[i]),
                text_en=state[i].en,
                text_ja=state[i].ja,
                en_version_id=state[i].en_id,
                ja_version_id=state[i].ja_id,
                ja_stale=False,
                open_brackets=state[i].open_brackets,
            )
            for pos, (i, num) in enumerate(zip(idx, numbers, strict=True), start=1)
        ]
        header = {
            "number": number,
            "label": f"Rev.{number}",
            "kind": "chair",
            "note": "generated for benchmarks",
            "author": author,
            "created_at": at,
            "content_hash": text_hash(snaps),
        }
        rev_uuid = uuid.uuid4()
        rows = [
            EntryRow(
                c.id, c.position, c.number, c.kind, c.status, "", c.en_version_id, c.ja_version_id
            )
            for c in snaps
        ]
        tree = revision_tree_hash(
            conn, uuid=str(rev_uuid), document_id=doc.id, entries=rows, **header
        )
        rev = Revision(uuid=rev_uuid, document_id=doc.id, tree_hash=tree, **header)
        s.add(rev)
        s.flush()
        entries.extend(
            {
                "revision_id": rev.id,
                "clause_id": c.id,
                "position": c.position,
                "number": c.number,
                "kind": c.kind,
                "status": c.status,
                "ad_ref": "",
                "en_version_id": c.en_version_id,
                "ja_version_id": c.ja_version_id,
            }
            for c in snaps
        )
    conn.execute(insert(RevisionEntry.__table__), entries)


# --- generated text ---------------------------------------------------------------------------
# A clause's text is a list of rows of vocabulary indices, rendered in both languages:
# titles (heading, section, subheading) are [topic, second topic or -1]; prose sentences are
# [subject, modal, verb, object, qualifier, qualifier bracketed 0/1].

TITLE_KINDS = frozenset({"heading", "section", "subheading"})


@functools.cache
def _vocabulary() -> dict[str, Any]:
    resource = files("meetingdesk.resources") / "demo" / "vocabulary.toml"
    return tomllib.loads(resource.read_text(encoding="utf-8"))


def _clause_kinds(doc_kind: str, size: int) -> list[str]:
    """A plausible structure: a title, preambles, then sections with sub-heads or actions."""
    kinds = ["heading"]
    for j in range(1, size):
        if doc_kind == "charter":
            kinds.append("preambular" if j <= 3 else "operative")
        elif doc_kind == "declaration":
            if j <= 2:
                kinds.append("preambular")
            elif j < 8:
                kinds.append("operative")
            elif (j - 8) % 24 == 0:
                kinds.append("section")
            elif (j - 8) % 6 == 1:
                kinds.append("subheading")
            else:
                kinds.append("operative")
        elif doc_kind == "annex":
            kinds.append("section" if (j - 1) % 12 == 0 else "action")
        else:
            kinds.append("operative")
    return kinds


def _sentence(rng: random.Random) -> list[int]:
    v = _vocabulary()
    return [
        0 if rng.random() < 0.6 else rng.randrange(len(v["subjects"])),
        rng.randrange(len(v["modals"])) if rng.random() < 0.3 else rng.randrange(2),
        rng.randrange(len(v["verbs"])),
        rng.randrange(len(v["objects"])),
        rng.randrange(len(v["qualifiers"])),
        1 if rng.random() < 0.08 else 0,
    ]


def _new_text(rng: random.Random, kind: str) -> list[list[int]]:
    if kind in TITLE_KINDS:
        return [[rng.randrange(len(_vocabulary()["topics"])), -1]]
    return [_sentence(rng) for _ in range(rng.randint(2, 5))]


def _mutate(rng: random.Random, text: list[list[int]], kind: str) -> list[list[int]]:
    """A small edit, as in one negotiating round: a word, a phrase, a bracket, a sentence."""
    v = _vocabulary()
    out = [list(row) for row in text]
    if kind in TITLE_KINDS:
        row = out[0]
        if rng.random() < 0.5:
            row[0] = rng.randrange(len(v["topics"]))
        else:
            row[1] = -1 if row[1] >= 0 else rng.randrange(len(v["topics"]))
        return out
    roll = rng.random()
    if roll < 0.15 and len(out) < 7:
        out.insert(rng.randrange(len(out) + 1), _sentence(rng))
    elif roll < 0.25 and len(out) > 1:
        out.pop(rng.randrange(len(out)))
    elif roll < 0.4:
        row = out[rng.randrange(len(out))]
        row[5] = 1 - row[5]
    else:
        row = out[rng.randrange(len(out))]
        slot = rng.choice((1, 2, 3, 3, 4, 4))
        pool = ("subjects", "modals", "verbs", "objects", "qualifiers")[slot]
        row[slot] = rng.randrange(len(v[pool]))
    return out


def _open_brackets(text: list[list[int]]) -> int:
    """Bracketed passages in the rendered English (known from the structure, no parsing)."""
    if len(text[0]) == 2:
        return 0
    modals = _vocabulary()["modals"]
    return sum((modals[row[1]][0].startswith("[")) + row[5] for row in text)


def _render(text: list[list[int]]) -> tuple[str, str]:
    v = _vocabulary()
    topics = v["topics"]
    if len(text[0]) == 2:
        first, second = text[0]
        en, ja = topics[first]
        if second >= 0:
            other = topics[second][0]
            if not other.startswith(("Internet", "ICT")):
                other = other[0].lower() + other[1:]
            en, ja = f"{en} and {other}", f"{ja}及び{topics[second][1]}"
        return en, ja
    en_parts, ja_parts = [], []
    for subj, modal, verb, obj, qual, bracket in text:
        q_en, q_ja = v["qualifiers"][qual]
        if bracket:
            q_en, q_ja = f"[{q_en}]", f"[{q_ja}]"
        en_parts.append(
            f"{v['subjects'][subj][0]} {v['modals'][modal][0]} {v['verbs'][verb][0]} "
            f"{v['objects'][obj][0]} {q_en}."
        )
        ja_parts.append(
            f"{v['subjects'][subj][1]}は、{q_ja}{v['objects'][obj][1]}を"
            f"{v['verbs'][verb][1]}{v['modals'][modal][1]}。"
        )
    return " ".join(en_parts), "".join(ja_parts)
