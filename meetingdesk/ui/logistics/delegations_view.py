"""Delegations in order of precedence; the selected one's participants below.

Every button is a service call with the version the user saw (run_write): a stale write
is refused as a conflict, shown, and the page reloads.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services import meetings, team
from meetingdesk.services.base import Desk
from meetingdesk.services.logistics import delegations, participants
from meetingdesk.snapshots import Changes, DelegationSnap, MeetingSnap, ParticipantSnap
from meetingdesk.ui import labels
from meetingdesk.ui.hub import Hub
from meetingdesk.ui.jobs import run_job
from meetingdesk.ui.logistics.delegation_dialog import DelegationDialog
from meetingdesk.ui.logistics.precedence import PrecedenceDialog
from meetingdesk.ui.models import Column
from meetingdesk.ui.qtnames import VERTICAL
from meetingdesk.ui.view_base import ViewBase, any_of
from meetingdesk.ui.view_writer import one_line, run_write
from meetingdesk.ui.widgets import SnapshotTable

from ..logistics.import_dialog import ImportDialog
from ..logistics.participant_dialog import ParticipantDialog
from ..team.rights import gate

DELEGATIONS = Changes(delegations=True, participants=True)
CONFIRM = QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel


@dataclass(frozen=True)
class DelegationsData:
    delegations: tuple[DelegationSnap, ...]  # retired ones too, after the active ones
    participants: tuple[ParticipantSnap, ...]


class DelegationsView(ViewBase):
    #: the user asks for a PDF of this kind (participants, badges, nameplates)
    pdfRequested = Signal(str)

    def __init__(self, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        self._participants: tuple[ParticipantSnap, ...] = ()
        self._all: tuple[DelegationSnap, ...] = ()
        dcol = Column[DelegationSnap]
        # The order column keeps the service's order of precedence sortable.
        self._order: dict[int, int] = {}
        self.delegations = SnapshotTable(
            [
                dcol(self.tr("Order"), self._order_label, lambda d: self._order.get(d.id, 999)),
                dcol(self.tr("Code"), lambda d: d.code),
                dcol(self.tr("Name"), lambda d: d.name_en, tooltip=True),
                dcol(self.tr("Name (Japanese)"), lambda d: d.name_ja, tooltip=True),
                dcol(self.tr("Kind"), self._kind),
                dcol(self.tr("Head of delegation"), lambda d: d.head_name),
                dcol(self.tr("Participants"), lambda d: d.participant_count, numeric=True),
            ],
            stretch=(2, 3),
            parent=self,
        )
        self.delegations.view.setAccessibleName(self.tr("Delegations"))
        pcol = Column[ParticipantSnap]
        self.participants = SnapshotTable(
            [
                pcol(self.tr("Name"), lambda p: p.name_en, lambda p: p.family_name.casefold()),
                pcol(self.tr("Name (Japanese)"), lambda p: p.name_ja if p.family_name_ja else ""),
                pcol(self.tr("Role"), lambda p: labels.role(p.role)),
                pcol(self.tr("Position"), lambda p: p.position_en, tooltip=True),
                pcol(self.tr("Position (Japanese)"), lambda p: p.position_ja, tooltip=True),
                pcol(self.tr("E-mail"), lambda p: p.email),
            ],
            stretch=(3, 4),
            filter_box=False,
            parent=self,
        )
        self.participants.view.setAccessibleName(self.tr("Participants"))

        def button(text: str, slot) -> QPushButton:
            b = QPushButton(text, self)
            b.clicked.connect(lambda _checked=False: slot())
            return b

        self.add_button = button(self.tr("Add delegation…"), self.add_delegation)
        self.edit_button = button(self.tr("Edit…"), self.edit_delegation)
        self.retire_button = button(self.tr("Retire"), self.retire_delegation)
        self.restore_button = button(self.tr("Restore"), self.restore_delegation)
        self.precedence_button = button(self.tr("Order of precedence…"), self.edit_precedence)
        self.show_retired = QCheckBox(self.tr("Show retired"), self)
        self.show_retired.toggled.connect(lambda _on: self._show_rows())
        self.people_label = QLabel(self)
        self.add_person_button = button(self.tr("Add participant…"), self.add_participant)
        self.edit_person_button = button(self.tr("Edit participant…"), self.edit_participant)
        self.retire_person_button = button(self.tr("Retire participant"), self.retire_participant)
        self.import_button = button(self.tr("Import participants…"), self.import_participants)
        self.export_button = button(self.tr("Export participants to XLSX…"), self.export_xlsx)
        self.pdf_button = QPushButton(self.tr("PDF"), self)
        pdf_menu = QMenu(self.pdf_button)
        for kind, text in (
            ("participants", self.tr("List of participants…")),
            ("badges", self.tr("Badges…")),
            ("nameplates", self.tr("Name plates…")),
        ):
            pdf_menu.addAction(text).triggered.connect(
                lambda _checked=False, k=kind: self.pdfRequested.emit(k)
            )
        self.pdf_button.setMenu(pdf_menu)

        top_row = QHBoxLayout()
        for w in (self.add_button, self.edit_button, self.retire_button, self.restore_button):
            top_row.addWidget(w)
        top_row.addSpacing(12)
        top_row.addWidget(self.precedence_button)
        top_row.addStretch(1)
        top_row.addWidget(self.show_retired)
        people_row = QHBoxLayout()
        people_row.addWidget(self.people_label, 1)
        for w in (
            self.add_person_button,
            self.edit_person_button,
            self.retire_person_button,
            self.import_button,
            self.export_button,
            self.pdf_button,
        ):
            people_row.addWidget(w)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top_row)
        upper_layout.addWidget(self.delegations, 1)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(people_row)
        lower_layout.addWidget(self.participants, 1)

        self.delegations.current_changed.connect(self._show_participants)
        # a double-click edits, as the (gated) Edit buttons do, when the role may
        self.delegations.view.doubleClicked.connect(
            lambda _i: team.may(self.hub.desk, team.DELEGATIONS) and self.edit_delegation()
        )
        self.participants.current_changed.connect(lambda _p: self._update_buttons())
        self.participants.view.doubleClicked.connect(
            lambda _i: team.may(self.hub.desk, team.DELEGATIONS) and self.edit_participant()
        )
        split = QSplitter(VERTICAL, self)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.body.addWidget(split, 1)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Delegations")

    def wants(self, changes: Changes) -> bool:
        return any_of(changes, "meeting", "delegations", "participants")

    @staticmethod
    def fetch(desk: Desk, meeting: MeetingSnap) -> DelegationsData:
        active = delegations.list_delegations(desk, meeting.id)
        every = delegations.list_delegations(desk, meeting.id, include_retired=True)
        retired = [d for d in every if d.retired]
        return DelegationsData(
            tuple(active + retired), tuple(participants.list_participants(desk, meeting.id))
        )

    def apply(self, data: DelegationsData | None) -> None:
        self._all = data.delegations if data else ()
        self._participants = data.participants if data else ()
        self._order = {d.id: i for i, d in enumerate(d for d in self._all if not d.retired)}
        self._show_rows()

    def _show_rows(self) -> None:
        shown = [d for d in self._all if self.show_retired.isChecked() or not d.retired]
        self.delegations.set_rows(shown, keep=lambda d: d.id, select_first=True)
        self._update_buttons()

    def _order_label(self, d: DelegationSnap) -> str:
        return "—" if d.retired else str(self._order.get(d.id, 0) + 1)

    def _kind(self, d: DelegationSnap) -> str:
        kind = labels.delegation_kind(d.kind)
        return self.tr("{kind} (retired)").format(kind=kind) if d.retired else kind

    def _show_participants(self, delegation: DelegationSnap | None) -> None:
        if delegation is None:
            self.participants.set_rows([])
            self.people_label.setText(self.tr("Participants"))
        else:
            self.participants.set_rows(
                [p for p in self._participants if p.delegation_id == delegation.id],
                keep=lambda p: p.id,
            )
            self.people_label.setText(
                self.tr("Participants of {name}").format(
                    name=labels.local_text(delegation.name_en, delegation.name_ja)
                )
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_meeting = self.hub.meeting is not None
        d = self.delegations.current()
        live = d is not None and not d.retired
        person = self.participants.current() is not None
        desk = self.hub.desk  # what the login's role may not do is greyed, with the reason
        for button, enabled in (
            (self.add_button, has_meeting),
            (self.precedence_button, has_meeting and bool(self._order)),
            (self.edit_button, live),
            (self.retire_button, live),
            (self.restore_button, d is not None and d.retired),
            (self.add_person_button, live),
            (self.edit_person_button, live and person),
            (self.retire_person_button, live and person),
            (self.import_button, has_meeting),
        ):
            gate(button, desk, team.DELEGATIONS, enabled)
        self.export_button.setEnabled(has_meeting)

    def active_delegations(self) -> list[DelegationSnap]:
        return [d for d in self._all if not d.retired]

    # -- delegations ----------------------------------------------------------------------

    def add_delegation(self) -> DelegationSnap | None:
        meeting_id = self.hub.meeting_id
        if meeting_id is None:
            return None
        data, ok = DelegationDialog.get_delegation(self, None)
        if not ok:
            return None
        values = dict(data)
        code = str(values.pop("code"))
        return run_write(
            self,
            self.hub,
            lambda desk: delegations.add_delegation(desk, meeting_id, code=code, **values),
            DELEGATIONS,
        )

    def edit_delegation(self) -> DelegationSnap | None:
        d = self.delegations.current()
        if d is None or d.retired:
            return None
        data, ok = DelegationDialog.get_delegation(self, d)
        if not ok:
            return None
        return run_write(
            self,
            self.hub,
            lambda desk: delegations.edit_delegation(
                desk, d.id, expected_version=d.row_version, **data
            ),
            DELEGATIONS,
        )

    def retire_delegation(self) -> DelegationSnap | None:
        d = self.delegations.current()
        if d is None or d.retired:
            return None
        usage = delegations.delegation_usage(self.hub.desk, d.id)
        text = self.tr("Retire {code} — {name}? It leaves every list; its history stays.").format(
            code=d.code, name=d.name_en
        )
        if usage["participants"]:
            text += "\n\n" + self.tr(
                "Its %n participant(s) are retired with it.", "", usage["participants"]
            )
        if usage["proposals"] or usage["positions"]:
            text += "\n\n" + self.tr(
                "Its proposals ({proposals}) and positions ({positions}) keep naming it."
            ).format(proposals=usage["proposals"], positions=usage["positions"])
        answer = QMessageBox.question(self, self.tr("Retire delegation"), text, CONFIRM)
        if answer != QMessageBox.StandardButton.Ok:
            return None
        return run_write(
            self,
            self.hub,
            lambda desk: delegations.retire_delegation(
                desk,
                d.id,
                expected_version=d.row_version,
                with_participants=bool(usage["participants"]),
            ),
            DELEGATIONS,
        )

    def restore_delegation(self) -> DelegationSnap | None:
        d = self.delegations.current()
        if d is None or not d.retired:
            return None
        return run_write(
            self,
            self.hub,
            lambda desk: delegations.restore_delegation(desk, d.id, expected_version=d.row_version),
            DELEGATIONS,
        )

    def edit_precedence(self) -> list[DelegationSnap] | None:
        meeting_id = self.hub.meeting_id
        if meeting_id is None:
            return None
        # The meeting as it is now: its version guards the write, not the one in the hub.
        meeting = meetings.get_meeting(self.hub.desk, meeting_id)
        listed = delegations.list_delegations(self.hub.desk, meeting_id)
        data, ok = PrecedenceDialog.get_precedence(
            self, meeting.precedence_rule, meeting.host_placement, listed
        )
        if not ok:
            return None
        return run_write(
            self,
            self.hub,
            lambda desk: delegations.set_precedence(
                desk,
                meeting_id,
                data.rule,
                data.host_placement,
                list(data.manual_order) or None,
                expected_version=meeting.row_version,
            ),
            Changes(meeting=True, delegations=True, participants=True),
        )

    # -- participants ---------------------------------------------------------------------

    def _zone(self) -> str:
        return self.hub.meeting.time_zone if self.hub.meeting else "UTC"

    def add_participant(self) -> ParticipantSnap | None:
        d = self.delegations.current()
        if d is None or d.retired:
            return None
        meeting = self.hub.meeting
        data, ok = ParticipantDialog.get_participant(
            self,
            self.active_delegations(),
            self._zone(),
            None,
            d.id,
            default_day=meeting.start_date if meeting else None,
        )
        if not ok:
            return None
        values = dict(data)
        delegation_id = int(values.pop("delegation_id") or d.id)
        family_name = str(values.pop("family_name"))
        return run_write(
            self,
            self.hub,
            lambda desk: participants.add_participant(
                desk, delegation_id, family_name=family_name, **values
            ),
            DELEGATIONS,
        )

    def edit_participant(self) -> ParticipantSnap | None:
        p = self.participants.current()
        if p is None:
            return None
        data, ok = ParticipantDialog.get_participant(
            self, self.active_delegations(), self._zone(), p
        )
        if not ok:
            return None
        return run_write(
            self,
            self.hub,
            lambda desk: participants.edit_participant(
                desk, p.id, expected_version=p.row_version, **data
            ),
            DELEGATIONS,
        )

    def retire_participant(self) -> ParticipantSnap | None:
        p = self.participants.current()
        if p is None:
            return None
        answer = QMessageBox.question(
            self,
            self.tr("Retire participant"),
            self.tr("Retire {name}? The person leaves every list; the history stays.").format(
                name=p.name_en
            ),
            CONFIRM,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return None
        return run_write(
            self,
            self.hub,
            lambda desk: participants.retire_participant(
                desk, p.id, expected_version=p.row_version
            ),
            DELEGATIONS,
        )

    def import_participants(self) -> ImportDialog | None:
        meeting_id = self.hub.meeting_id
        if meeting_id is None:
            return None
        dialog = ImportDialog(self.hub.desk, meeting_id, self)
        dialog.imported.connect(self._imported)
        dialog.exec()
        dialog.deleteLater()
        return dialog

    def _imported(self, count: int) -> None:
        self.hub.publish(DELEGATIONS)
        self.hub.status_message.emit(self.tr("%n participant(s) imported.", "", count))

    def export_xlsx(self) -> None:
        meeting = self.hub.meeting
        if meeting is None:
            return
        suggested = Path.home() / f"{meeting.short_name or 'meeting'}-participants.xlsx"
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export participants"),
            str(suggested),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if name:
            self.export_xlsx_to(Path(name))

    def export_xlsx_to(self, out: Path):
        """Write the list in the background; the status bar says where it went."""
        from meetingdesk.services.logistics.participants import export_participants_xlsx

        desk, meeting_id = self.hub.desk, self.hub.meeting_id
        return run_job(
            lambda _control: export_participants_xlsx(desk, meeting_id, out),
            on_success=lambda path: self.hub.status_message.emit(
                self.tr("Participants written to {path}").format(path=path)
            ),
            on_failure=lambda exc: QMessageBox.warning(
                self, self.tr("Export failed"), one_line(exc, self._zone())
            ),
        )
