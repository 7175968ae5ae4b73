"""The adoption dialog lists the services' reasons with their clauses; the override field
appears (and Adopt enables on a reason) only when every reason may be overridden."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")


def test_reasons_listed_override_needs_text(qtbot):
    from meetingdesk.services.drafting import AdoptionReason
    from meetingdesk.ui.drafting.adoption import AdoptionDialog

    reasons = [
        AdoptionReason("japanese_missing", "x", ("clause 3", "clause 5")),
        AdoptionReason("open_proposals", "y", ("clause 11",)),
    ]
    dialog = AdoptionDialog("Declaration", reasons)
    qtbot.addWidget(dialog)
    items = [dialog.reasons.item(i).text() for i in range(dialog.reasons.count())]
    assert items == [
        "Japanese text missing (2 clauses): clause 3, clause 5",
        "Proposals still open: clause 11",
    ]
    assert dialog.overridable and not dialog.adopt_button.isEnabled()
    dialog.override.setText("   ")
    assert not dialog.adopt_button.isEnabled()
    dialog.override.setText("ministers agreed in plenary")
    assert dialog.adopt_button.isEnabled() and dialog.reason() == "ministers agreed in plenary"


def test_brackets_cannot_be_overridden(qtbot):
    from meetingdesk.services.drafting import AdoptionReason
    from meetingdesk.ui.drafting.adoption import AdoptionDialog

    dialog = AdoptionDialog(
        "Declaration",
        [
            AdoptionReason("open_comments", "z", ("clause 2",)),
            AdoptionReason("brackets", "b", ("clause 6",)),
        ],
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.overridable
    assert dialog.override.isHidden() and dialog.adopt_button.isHidden()
