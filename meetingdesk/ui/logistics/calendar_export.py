"""Export calendar (.ics): the whole meeting or one delegation's sessions, written
atomically with QSaveFile. The bytes come from services.schedule.calendar_ics (which
imports icalendar only when called)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QIODevice, QSaveFile
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from meetingdesk.snapshots import DelegationSnap
from meetingdesk.ui.qtnames import OK_CANCEL

WHOLE_MEETING = ""


class CalendarDialog(QDialog):
    """Which calendar: the whole meeting (default) or one delegation's view."""

    def __init__(
        self, delegations: Sequence[DelegationSnap], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export calendar"))
        self.choice = QComboBox(self)
        self.choice.addItem(self.tr("Whole meeting"), WHOLE_MEETING)
        for d in delegations:
            self.choice.addItem(
                self.tr("Sessions of {code} — {name}").format(code=d.code, name=d.name_en), d.code
            )
        note = QLabel(
            self.tr(
                "A delegation's calendar holds the plenary sessions and those where one of "
                "its participants chairs or speaks."
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
        cls, parent: QWidget | None, delegations: Sequence[DelegationSnap]
    ) -> tuple[str, bool]:
        """Show the dialog; (delegation code or "" for the whole meeting, accepted)."""
        dialog = cls(delegations, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        code = dialog.choice.currentData() or WHOLE_MEETING
        dialog.deleteLater()
        return code, accepted


def write_atomically(path: Path, data: bytes) -> None:
    """Write data to path in one step (the old file stays if anything fails); OSError."""
    out = QSaveFile(str(path))
    if not out.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OSError(f"cannot write {path}: {out.errorString()}")
    if out.write(data) != len(data):
        out.cancelWriting()
        raise OSError(f"cannot write {path}: {out.errorString()}")
    if not out.commit():
        raise OSError(f"cannot write {path}: {out.errorString()}")
