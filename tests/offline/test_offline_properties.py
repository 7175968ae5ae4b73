"""Property: random word edits on both sides of a few clauses, then check-in.

Every version from both sides is present; edits to different words are both applied;
a conflict is reported exactly where both sides changed the same word differently;
checking in again changes nothing.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from meetingdesk.services.base import Desk
from meetingdesk.services.offline import checkin, checkout

from .conftest import (
    TEXTS,
    build_meeting,
    opened,
    package_clause_id,
    save,
    snap,
    state,
    version_uuids,
)

N_CLAUSES = 3
WORDS = ["alpha", "beta", "gamma", "delta", "epsilon"]


def _words(text: str) -> list[str]:
    return text.split(" ")


def _apply(text: str, edits: dict[int, str]) -> str:
    words = _words(text)
    for i, w in edits.items():
        words[i] = w
    return " ".join(words)


edit_maps = st.dictionaries(st.integers(0, 9), st.sampled_from(WORDS), max_size=3)
side_edits = st.lists(st.lists(edit_maps, max_size=2), min_size=N_CLAUSES, max_size=N_CLAUSES)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ours=side_edits, theirs=side_edits)
def test_random_edits_merge(ours, theirs):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        desk = Desk.open(f"sqlite:///{tmp / 's.sqlite'}", user="sec")
        try:
            meeting_id, _doc, ids = build_meeting(desk, n=N_CLAUSES)
            uuids = [snap(desk, i).uuid for i in ids]
            path = tmp / "p.mdpkg"
            checkout(desk, meeting_id, ["decl"], path)
            final_ours, final_theirs = {}, {}
            with opened(path) as pkg:
                for k, steps in enumerate(ours):
                    cid = package_clause_id(pkg, uuids[k])
                    acc: dict[int, str] = {}
                    for edits in steps:
                        acc.update(edits)
                        save(pkg, cid, "en", _apply(TEXTS[k], acc))
                    final_ours[k] = {i: w for i, w in acc.items() if _words(TEXTS[k])[i] != w}
                pkg_versions = version_uuids(pkg)
            for k, steps in enumerate(theirs):
                acc = {}
                for edits in steps:
                    acc.update(edits)
                    save(desk, ids[k], "en", _apply(TEXTS[k], acc))
                final_theirs[k] = {i: w for i, w in acc.items() if _words(TEXTS[k])[i] != w}
            server_versions = version_uuids(desk)

            report = checkin(desk, path)

            assert version_uuids(desk) >= pkg_versions | server_versions
            conflicted = {c.clause_uuid for c in report.text_conflicts}
            for k in range(N_CLAUSES):
                o, t = final_ours[k], final_theirs[k]
                clash = any(i in t and t[i] != w for i, w in o.items())
                assert (uuids[k] in conflicted) == clash
                text = snap(desk, ids[k]).text_en
                if clash:
                    assert text == _apply(TEXTS[k], t)  # the server keeps its head
                else:
                    assert text == _apply(TEXTS[k], {**t, **o})
            before = state(desk)
            again = checkin(desk, path)
            assert not again.changed
            assert state(desk) == before
        finally:
            desk.close()
