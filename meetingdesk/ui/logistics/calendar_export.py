"""Export calendar (.ics): the whole meeting, one delegation's sessions or one person's.
The file is written by services.logistics.schedule.export_ics (atomically, with the permissions of
any exported file)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from meetingdesk.snapshots import DelegationSnap, ParticipantSnap
from meetingdesk.ui import labels
from meetingdesk.ui.qtnames import OK_CANCEL

WHOLE_MEETING = ""
PERSON = "person:"


class CalendarDialog(QDialog):
    """Which calendar: the whole meeting (default) or one delegation's view."""

    def __init__(
        self,
        delegations: Sequence[DelegationSnap],
        parent: QWidget | None = None,
        people: Sequence[ParticipantSnap] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export calendar"))
        self.choice = QComboBox(self)
        self.choice.addItem(self.tr("Whole meeting"), WHOLE_MEETING)
        for d in delegations:
            self.choice.addItem(
                self.tr("Sessions of {code} — {name}").format(
                    code=d.code, name=labels.local_text(d.name_en, d.name_ja)
                ),
                d.code,
            )
        for p in people:
            self.choice.addItem(
                self.tr("Sessions of {name} ({code})").format(
                    name=labels.local_text(p.name_en, p.name_ja), code=p.delegation_code
                ),
                f"{PERSON}{p.id}",
            )
        note = QLabel(
            self.tr(
                "A delegation's (or a person's) calendar holds the plenary sessions and "
                "those where one of its participants (or the person) chairs or speaks."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(OK_CANCEL, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Calendar"), self.choice)
        form.addRow(note)
        form.addRow(buttons)

    @classmethod
    def get_delegation_code(
        cls,
        parent: QWidget | None,
        delegations: Sequence[DelegationSnap],
        people: Sequence[ParticipantSnap] = (),
    ) -> tuple[str, bool]:
        """Show the dialog; (delegation code, "person:ID", or "" for the whole meeting,
        accepted)."""
        dialog = cls(delegations, parent, people)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        code = dialog.choice.currentData() or WHOLE_MEETING
        dialog.deleteLater()
        return code, accepted
