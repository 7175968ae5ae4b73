"""Overview: the meeting at a glance, its counts and the latest recorded activity."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QLabel, QWidget

from meetingdesk.services import meetings
from meetingdesk.services.base import Desk
from meetingdesk.services.drafting import documents, subjects
from meetingdesk.services.logistics import agenda, delegations
from meetingdesk.snapshots import AuditSnap, Changes, MeetingSnap
from meetingdesk.ui import labels
from meetingdesk.ui.hub import Hub
from meetingdesk.ui.models import Column
from meetingdesk.ui.view_base import ViewBase, any_of
from meetingdesk.ui.widgets import SnapshotTable


@dataclass(frozen=True)
class OverviewData:
    meeting: MeetingSnap
    delegations: int
    members: int
    organisations: int
    participants: int
    sessions: int
    documents: int
    clauses: int
    open_brackets: int
    activity: tuple[AuditSnap, ...]
    #: entity uuid → how to name it ("declaration 5.", "CAN", "charter Rev.2")
    subjects: dict[str, str] = field(default_factory=dict)


class OverviewView(ViewBase):
    def __init__(self, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        self.data: OverviewData | None = None

        box = QGroupBox(self.tr("Meeting"), self)
        form = QFormLayout(box)
        self.title_en = QLabel(box)
        self.title_ja = QLabel(box)
        self.place = QLabel(box)
        self.dates = QLabel(box)
        for w in (self.title_en, self.title_ja, self.place, self.dates):
            w.setWordWrap(True)
        form.addRow(self.tr("Title (English)"), self.title_en)
        form.addRow(self.tr("Title (Japanese)"), self.title_ja)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Dates"), self.dates)

        counts = QGroupBox(self.tr("In this meeting"), self)
        grid = QGridLayout(counts)
        self.count_labels: dict[str, QLabel] = {}
        names = [
            ("delegations", self.tr("Delegations")),
            ("participants", self.tr("Participants")),
            ("sessions", self.tr("Agenda sessions")),
            ("documents", self.tr("Documents")),
            ("clauses", self.tr("Clauses")),
            ("open_brackets", self.tr("Open brackets")),
        ]
        for i, (key, text) in enumerate(names):
            value = QLabel("–", counts)
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.6)
            font.setBold(True)
            value.setFont(font)
            self.count_labels[key] = value
            grid.addWidget(value, (i // 3) * 2, i % 3)
            grid.addWidget(QLabel(text, counts), (i // 3) * 2 + 1, i % 3)

        activity = QGroupBox(self.tr("Recent activity"), self)
        self.activity = SnapshotTable(
            [
                Column[AuditSnap](self.tr("When"), self._when, lambda a: a.at),
                Column[AuditSnap](self.tr("Who"), lambda a: a.user_login),
                Column[AuditSnap](self.tr("Action"), lambda a: labels.audit_action(a.action)),
                Column[AuditSnap](self.tr("What"), self._what, tooltip=True),
            ],
            stretch=(3,),
            filter_box=False,
            parent=activity,
        )
        self.activity.view.setAccessibleName(self.tr("Recent activity"))
        QGridLayout(activity).addWidget(self.activity)

        self.body.addWidget(box)
        self.body.addWidget(counts)
        self.body.addWidget(activity, 1)

    def title(self) -> str:
        return self.tr("Overview")

    def wants(self, changes: Changes) -> bool:
        return any_of(
            changes,
            "meeting",
            "delegations",
            "participants",
            "agenda",
            "documents",
            "clauses",
            "revisions",
            "actions",
        )

    @staticmethod
    def fetch(desk: Desk, meeting: MeetingSnap) -> OverviewData:
        dels = delegations.list_delegations(desk, meeting.id)
        docs = documents.list_documents(desk, meeting.id)
        brackets = 0
        for doc in docs:
            brackets += sum(c.open_brackets for c in documents.document_text(desk, doc.id).clauses)
        return OverviewData(
            meeting=meetings.get_meeting(desk, meeting.id),
            delegations=len(dels),
            members=sum(1 for d in dels if d.kind == "member"),
            organisations=sum(1 for d in dels if d.kind == "organisation"),
            participants=sum(d.participant_count for d in dels),
            sessions=len(agenda.list_sessions(desk, meeting.id)),
            documents=len(docs),
            clauses=sum(d.clause_count for d in docs),
            open_brackets=brackets,
            activity=(events := tuple(meetings.recent_audit(desk, 30))),
            subjects=subjects.subjects(desk, [(e.entity_type, e.entity_uuid) for e in events]),
        )

    def _what(self, event: AuditSnap) -> str:
        subject = self.data.subjects.get(event.entity_uuid, "") if self.data else ""
        return labels.audit_what(event.entity_type, event.details, subject)

    def apply(self, data: OverviewData | None) -> None:
        self.data = data
        if data is None:
            for w in (self.title_en, self.title_ja, self.place, self.dates):
                w.setText("")
            for label in self.count_labels.values():
                label.setText("–")
            self.activity.set_rows([])
            return
        m = data.meeting
        self.title_en.setText(m.title_en)
        self.title_ja.setText(m.title_ja or "—")
        place_en = ", ".join(x for x in (m.venue_en, m.city_en) if x)
        place_ja = "、".join(x for x in (m.venue_ja, m.city_ja) if x)
        self.place.setText("\n".join(x for x in (place_en, place_ja) if x) or "—")
        self.dates.setText(
            self.tr("{span} (time zone {zone}, {offset})").format(
                span=labels.date_span(m.start_date, m.end_date),
                zone=m.time_zone,
                offset=labels.utc_offset(m.time_zone, m.start_date),
            )
        )
        for key, label in self.count_labels.items():
            label.setText(str(getattr(data, key)))
        self.count_labels["delegations"].setToolTip(
            self.tr("{members} members, {organisations} organisations").format(
                members=data.members, organisations=data.organisations
            )
        )
        self.activity.set_rows(data.activity)

    def _when(self, event: AuditSnap) -> str:
        zone = self.hub.meeting.time_zone if self.hub.meeting else "UTC"
        return labels.local_time(event.at, zone)
