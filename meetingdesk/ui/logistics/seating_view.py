"""Seating plan: the plenary table in order of precedence; drag a seat onto another to
swap the two delegations (SeatingView does the drawing and the service call)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from meetingdesk.services.base import Desk
from meetingdesk.snapshots import Changes, MeetingSnap
from meetingdesk.ui.hub import Hub
from meetingdesk.ui.view_base import ViewBase, any_of

from ..logistics.seating import SeatingView

_KEEP_ASPECT = Qt.AspectRatioMode.KeepAspectRatio


class SeatingPage(ViewBase):
    pdfRequested = Signal(str)  # the window opens the export dialog on this kind

    def __init__(self, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        self._hint = self.tr(
            "The chair sits at the head of the table; the others follow the order of "
            "precedence. Drag a seat onto another to swap them."
        )
        self.hint = QLabel(self._hint, self)
        self.hint.setWordWrap(True)
        self.seating = SeatingView(hub.desk, None, self)
        self.seating.seatingChanged.connect(self._saved)
        self.seating.errorOccurred.connect(self._refused)
        self.pdf_button = QPushButton(self.tr("Seating plan PDF…"), self)
        self.pdf_button.setToolTip(
            self.tr("The table seen from above and the list of seats, in English and Japanese")
        )
        self.pdf_button.clicked.connect(lambda _checked=False: self.pdfRequested.emit("seating"))
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.pdf_button, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(row)
        self.body.addWidget(self.seating, 1)

    def title(self) -> str:
        return self.tr("Seating plan")

    def wants(self, changes: Changes) -> bool:
        return any_of(changes, "meeting", "delegations", "participants")

    @staticmethod
    def fetch(desk: Desk, meeting: MeetingSnap) -> int:
        return meeting.id  # the view reads its plan itself, with the version a drop needs

    def apply(self, data: int | None) -> None:
        self.seating.set_meeting(self.hub.desk, data)
        self.seating.fitInView(self.seating.sceneRect(), _KEEP_ASPECT)
        # a role that may not move seats reads why in the hint (the seats do not move)
        self.hint.setText(self.seating.refusal or self._hint)

    def _saved(self, _plan: object) -> None:
        self.hub.status_message.emit(self.tr("Seating plan saved."))

    def _refused(self, reason: str) -> None:
        QMessageBox.warning(self, self.tr("Seat not moved"), reason)
