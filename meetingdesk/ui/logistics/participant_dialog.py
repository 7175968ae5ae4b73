"""The participant editor: every field of a participant, times in the meeting's zone."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from meetingdesk.services.logistics.participants import ACCREDITATION, ROLES
from meetingdesk.snapshots import DelegationSnap, ParticipantSnap
from meetingdesk.ui import labels

TEXT_FIELDS = (
    "family_name",
    "given_name",
    "family_name_ja",
    "given_name_ja",
    "reading_ja",
    "honorific",
    "position_en",
    "position_ja",
    "email",
    "phone",
    "badge_number",
)


class TimeField(QWidget):
    """An optional date and time in a named zone: a check box says whether it is set."""

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = QTimeZone(zone.encode())
        self.enabled = QCheckBox(self.tr("Known"))
        self.edit = QDateTimeEdit()
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.edit.setCalendarPopup(True)
        self.edit.setTimeZone(self.zone)
        self.edit.setEnabled(False)
        self.enabled.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(self.edit, 1)

    def set_default_day(self, day: date) -> None:
        """What the field offers once ticked: that day at 09:00 in the meeting's zone (not
        Qt's 2000-01-01)."""
        self.edit.setDateTime(
            QDateTime(QDate(day.year, day.month, day.day), QTime(9, 0), self.zone)
        )

    def set_value(self, value: datetime | None) -> None:
        self.enabled.setChecked(value is not None)
        if value is not None:
            self.edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(value.timestamp()), self.zone))

    def value(self) -> datetime | None:
        """An aware UTC datetime, or None when not set."""
        if not self.enabled.isChecked():
            return None
        from datetime import UTC

        return datetime.fromtimestamp(self.edit.dateTime().toSecsSinceEpoch(), UTC)


class ParticipantDialog(QDialog):
    def __init__(
        self,
        delegations: Sequence[DelegationSnap],
        zone: str,
        participant: ParticipantSnap | None = None,
        parent: QWidget | None = None,
        delegation_id: int | None = None,
        default_day: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Edit participant") if participant else self.tr("New participant")
        )
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        titles = {
            "family_name": self.tr("Family name"),
            "given_name": self.tr("Given name"),
            "family_name_ja": self.tr("Family name (Japanese)"),
            "given_name_ja": self.tr("Given name (Japanese)"),
            "reading_ja": self.tr("Reading (kana)"),
            "honorific": self.tr("Title"),
            "position_en": self.tr("Position (English)"),
            "position_ja": self.tr("Position (Japanese)"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "badge_number": self.tr("Badge number"),
        }
        self.delegation = QComboBox()
        for d in delegations:
            self.delegation.addItem(f"{d.code} — {d.name_en}", d.id)
        self.role = QComboBox()
        for code in ROLES:
            self.role.addItem(labels.role(code), code)
        self.accreditation = QComboBox()
        for code in ACCREDITATION:
            self.accreditation.addItem(labels.accreditation(code), code)
        self.arrival = TimeField(zone)
        self.departure = TimeField(zone)
        form.addRow(self.tr("Delegation"), self.delegation)
        for key in TEXT_FIELDS[:6]:
            self.fields[key] = QLineEdit()
            form.addRow(titles[key], self.fields[key])
        form.addRow(self.tr("Role"), self.role)
        for key in TEXT_FIELDS[6:]:
            self.fields[key] = QLineEdit()
            form.addRow(titles[key], self.fields[key])
        form.addRow(self.tr("Arrival"), self.arrival)
        form.addRow(self.tr("Departure"), self.departure)
        form.addRow(self.tr("Accreditation"), self.accreditation)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.fields["family_name"].textChanged.connect(self._update_ok)
        if default_day is not None:
            self.arrival.set_default_day(default_day)
            self.departure.set_default_day(default_day)
        if participant is not None:
            self.load(participant)
        else:
            # Most people on a list are members of a delegation, not its head.
            self.role.setCurrentIndex(max(self.role.findData("member"), 0))
            if delegation_id is not None:
                self.delegation.setCurrentIndex(max(self.delegation.findData(delegation_id), 0))
        self._update_ok()

    def load(self, p: ParticipantSnap) -> None:
        for key, edit in self.fields.items():
            edit.setText(str(getattr(p, key)))
        self.delegation.setCurrentIndex(max(self.delegation.findData(p.delegation_id), 0))
        self.role.setCurrentIndex(max(self.role.findData(p.role), 0))
        self.accreditation.setCurrentIndex(max(self.accreditation.findData(p.accreditation), 0))
        self.arrival.set_value(p.arrival)
        self.departure.set_value(p.departure)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.fields["family_name"].text().strip()))

    def values(self) -> dict[str, object]:
        """The fields as service arguments (times aware, UTC)."""
        data: dict[str, object] = {k: e.text().strip() for k, e in self.fields.items()}
        data["delegation_id"] = self.delegation.currentData()
        data["role"] = self.role.currentData()
        data["accreditation"] = self.accreditation.currentData()
        data["arrival"] = self.arrival.value()
        data["departure"] = self.departure.value()
        return data

    @classmethod
    def get_participant(
        cls,
        parent: QWidget | None,
        delegations: Sequence[DelegationSnap],
        zone: str,
        participant: ParticipantSnap | None = None,
        delegation_id: int | None = None,
        default_day: date | None = None,
    ) -> tuple[dict[str, object], bool]:
        """Show the dialog; (values, accepted). delegation_id: preselected for a new one;
        default_day: the day arrival and departure offer (the meeting's first day)."""
        dialog = cls(delegations, zone, participant, parent, delegation_id, default_day)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        data = dialog.values()
        dialog.deleteLater()
        return data, accepted
