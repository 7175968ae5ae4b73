"""Labels shown for stored codes: every audit action the services write has a readable name."""

from __future__ import annotations

import re
from pathlib import Path

from meetingdesk.ui import labels

SERVICES = Path(__file__).resolve().parents[2] / "meetingdesk" / "services"
CODE = re.compile(r'\baudit\(\s*\w+,\s*"([a-z_]+\.[a-z_]+)"')


def _codes_written_by_services() -> set[str]:
    found: set[str] = set()
    for path in [*SERVICES.rglob("*.py"), *(SERVICES.parent / "demo").rglob("*.py")]:
        found.update(CODE.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_audit_action_has_a_label(qapp) -> None:
    codes = _codes_written_by_services()
    assert len(codes) > 30, "the scan should find the services' audit actions"
    for code in sorted(codes):
        shown = labels.audit_action(code)
        assert shown != code and ":" in shown, code
        assert "_" not in shown, f"{code} has no readable verb: {shown}"


def test_unknown_codes_are_shown_as_they_are(qapp) -> None:
    assert labels.audit_action("plugin.thing") == "plugin.thing"
    assert labels.audit_action("clause.save") == "Clause: text saved"


def test_markup_errors_count_characters_from_one_and_are_labelled(qapp) -> None:
    from meetingdesk.text.brackets import validate

    samples = {
        "We [shall / should": "'[' is never closed",
        "We shall] promote": "']' closes nothing",
        "[a } b]": "'}' closes nothing",
        "[a {US, UK]": "'{' is never closed",
        "[a {} / b]": "empty delegation list",
        "[a {U S} / b]": "invalid delegation code 'U S'",
        "a {US}": "outside square brackets",
        "[a {US} b]": "must end an alternative",
    }
    for text, expected in samples.items():
        error = validate(text)
        assert error is not None and error.code, text
        shown = labels.markup_error(error)
        assert expected in shown, (text, shown)
        assert shown.startswith(f"Markup error at character {error.position + 1}: ")
    # one numbering everywhere: the message itself says the same character
    err = validate("We [shall / should")
    assert f"(character {err.position + 1})" in str(err)


def test_refusals_with_a_code_are_rendered_from_their_data(qapp) -> None:
    from datetime import UTC, datetime

    from meetingdesk.services.base import ConflictError

    exc = ConflictError(
        "English message",
        code="clause_saved_elsewhere",
        number="5.",
        lang="ja",
        author="drafter.fra",
        at=datetime(2016, 4, 29, 23, 30, tzinfo=UTC),
    )
    shown = labels.refusal(exc, "Asia/Tokyo")
    assert shown.startswith("the Japanese text of clause 5 was saved by drafter.fra at ")
    assert "2016-04-30 08:30" in shown  # in the meeting's zone
    assert labels.refusal(ConflictError("plain words")) == "plain words"
