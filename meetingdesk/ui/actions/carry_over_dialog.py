"""Carry over…: start the next ministerial's action list from this meeting's open actions."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from meetingdesk.services.base import Desk
from meetingdesk.services.meetings import list_meetings
from meetingdesk.snapshots import MeetingSnap


class CarryOverDialog(QDialog):
    """Choose the meeting that receives the open actions (or create it here)."""

    def __init__(self, desk: Desk, meeting: MeetingSnap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.meeting = meeting
        self.setWindowTitle(self.tr("Carry over open actions"))
        intro = QLabel(
            self.tr(
                "The open actions of {title} (proposed, agreed, in progress) are copied into "
                "the annex of the meeting chosen here, each linked to its history. Running it "
                "again adds nothing."
            ).format(title=meeting.title_en),
            self,
        )
        intro.setWordWrap(True)
        self.target = QComboBox(self)
        self.new_button = QPushButton(self.tr("New meeting…"), self)
        self.new_button.clicked.connect(lambda _checked=False: self._new_meeting())
        self.add_delegations = QCheckBox(
            self.tr("Add the delegations the chosen meeting does not have yet"), self
        )
        self.add_delegations.setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("Into meeting"), self.target)
        form.addRow("", self.new_button)
        form.addRow(self.add_delegations)
        form.addRow(self.buttons)
        self._fill()

    def _fill(self, select_id: int | None = None) -> None:
        self.target.clear()
        for m in list_meetings(self.desk):
            if m.id != self.meeting.id:
                self.target.addItem(f"{m.title_en} ({m.start_date})", m.id)
        if select_id is not None:
            self.target.setCurrentIndex(self.target.findData(select_id))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.target.count() > 0)

    def _new_meeting(self) -> None:
        from meetingdesk.ui.meetings.new_meeting import NewMeetingDialog

        created, accepted = NewMeetingDialog.get_meeting(self, self.desk)
        if accepted and created is not None:
            self._fill(created.id)

    @classmethod
    def get_target(
        cls, parent: QWidget | None, desk: Desk, meeting: MeetingSnap
    ) -> tuple[tuple[int, bool] | None, bool]:
        """((target meeting id, add delegations), True) when confirmed."""
        dialog = cls(desk, meeting, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.target.currentData() is None:
            return None, False
        return (int(dialog.target.currentData()), dialog.add_delegations.isChecked()), True
