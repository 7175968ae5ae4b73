"""The silence procedure of a document: its deadline (a date, an hour and an IANA time
zone, as the circulation letter states them), the objections received, and the banner
line the drafting window shows while it runs or after it was broken."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.model import utc_now
from meetingdesk.services import drafting, team
from meetingdesk.services.base import DeskError, ValidationError
from meetingdesk.services.meetings import validate_zone
from meetingdesk.snapshots import Changes, DelegationSnap
from meetingdesk.snapshots.drafting import SilenceSnap
from meetingdesk.ui.day_edit import DayEdit

from .. import labels
from ..qtnames import NO_EDIT, SELECT_ROWS
from ..team.rights import gate
from .context import DraftingContext

STAMP = "%Y-%m-%d %H:%M"
#: banner kinds (ui/theme.py) of a silence procedure: running, broken, held
BANNER_KINDS = {"running": "info", "broken": "error", "held": "ok"}


@cache
def zone_names() -> tuple[str, ...]:
    return tuple(sorted(n for n in available_timezones() if "/" in n or n == "UTC"))


def zone_box(parent: QWidget, default: str) -> QComboBox:
    """An editable list of IANA zone names that completes what is typed."""
    box = QComboBox(parent)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.addItems(list(zone_names()))
    completer = QCompleter(list(zone_names()), box)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    box.setCompleter(completer)
    box.setCurrentText(default)
    return box


def aware(day: date, at: time, zone: str) -> datetime:
    """A wall-clock date and hour in an IANA zone (refused with a clear message if the
    zone is unknown)."""
    validate_zone(zone)
    return datetime.combine(day, at, tzinfo=ZoneInfo(zone))


def duration_text(delta: timedelta) -> str:
    minutes = max(0, int(delta.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return QCoreApplication.translate("Silence", "{days} d {hours} h {minutes} min").format(
            days=days, hours=hours, minutes=minutes
        )
    return QCoreApplication.translate("Silence", "{hours} h {minutes} min").format(
        hours=hours, minutes=minutes
    )


def timely_objectors(snap: SilenceSnap) -> list[str]:
    return list(dict.fromkeys(o.delegation_code for o in snap.objections if not o.late))


def banner(
    snap: SilenceSnap | None, meeting_zone: str, user_zone: tzinfo | None = None
) -> tuple[str, str]:
    """The document banner's text and style key ("" when no procedure is set). A running
    procedure's deadline is also given in this computer's zone (``user_zone``, default the
    system's) when that clock differs from the deadline's and the meeting's."""
    if snap is None or not snap.active or snap.deadline is None:
        return "", ""
    when = snap.deadline.strftime(STAMP)
    zone = snap.zone or "UTC"
    if snap.broken:
        return QCoreApplication.translate("Silence", "Silence broken by {codes}").format(
            codes=", ".join(timely_objectors(snap))
        ), "broken"
    if snap.expired:
        return QCoreApplication.translate(
            "Silence", "Silence held: no objection by {time} ({zone})"
        ).format(time=when, zone=zone), "held"
    text = QCoreApplication.translate("Silence", "Under silence until {time} ({zone})").format(
        time=when, zone=zone
    )
    if zone != meeting_zone:
        text += " — " + QCoreApplication.translate(
            "Silence", "{time} meeting time ({zone})"
        ).format(time=labels.local_time(snap.deadline, meeting_zone), zone=meeting_zone)
    mine = snap.deadline.astimezone(user_zone)
    offsets = {snap.deadline.astimezone(labels.zone(z)).utcoffset() for z in (zone, meeting_zone)}
    if mine.utcoffset() not in offsets:
        text += " — " + QCoreApplication.translate("Silence", "{time} your time ({zone})").format(
            time=mine.strftime(STAMP), zone=zone_label(mine)
        )
    return text, "running"


def zone_label(when: datetime) -> str:
    """The zone of an aware time as people read it: its IANA name when it has one, else its
    abbreviation and offset ("CEST, UTC+02:00")."""
    key = getattr(when.tzinfo, "key", "")
    if key:
        return key
    offset = when.strftime("%z")
    return f"{when.tzname()}, UTC{offset[:3]}:{offset[3:]}" if offset else (when.tzname() or "")


def state_lines(
    snap: SilenceSnap, meeting_zone: str, now: datetime, user_zone: tzinfo | None = None
) -> list[str]:
    """What the dialog says about a procedure: the deadline as set, in the meeting's time and
    (when it differs) in this computer's own zone (``user_zone``, default the system's),
    time left, result."""
    if not snap.active or snap.deadline is None:
        return [
            QCoreApplication.translate("Silence", "No silence procedure is set on this document.")
        ]
    zone = snap.zone or "UTC"
    lines = [
        QCoreApplication.translate("Silence", "Deadline: {time} ({zone})").format(
            time=snap.deadline.strftime(STAMP), zone=zone
        ),
        QCoreApplication.translate("Silence", "In the meeting's time: {time} ({zone})").format(
            time=labels.local_time(snap.deadline, meeting_zone), zone=meeting_zone
        ),
    ]
    mine = snap.deadline.astimezone(user_zone)
    if mine.utcoffset() != snap.deadline.astimezone(labels.zone(meeting_zone)).utcoffset():
        # The person at this computer may be elsewhere (a capital, a flight): their own
        # clock too, as the command line prints it.
        lines.append(
            QCoreApplication.translate("Silence", "Your time here: {time} ({zone})").format(
                time=mine.strftime(STAMP), zone=zone_label(mine)
            )
        )
    if snap.broken:
        lines.append(
            QCoreApplication.translate("Silence", "Broken: {codes} objected in time.").format(
                codes=", ".join(timely_objectors(snap))
            )
        )
    elif snap.expired:
        lines.append(
            QCoreApplication.translate(
                "Silence", "Expired: the deadline passed with no objection; silence held."
            )
        )
    else:
        lines.append(
            QCoreApplication.translate("Silence", "Time left: {left}").format(
                left=duration_text(snap.deadline - now)
            )
        )
    late = [o.delegation_code for o in snap.objections if o.late]
    if late:
        lines.append(
            QCoreApplication.translate(
                "Silence", "Late objections (recorded, they do not break silence): {codes}"
            ).format(codes=", ".join(late))
        )
    return lines


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _time(q: QTime) -> time:
    return time(q.hour(), q.minute())


class SilenceDialog(QDialog):
    """Set or move the deadline, see where the procedure stands, record objections."""

    #: the procedure changed (carries the fresh SilenceSnap)
    changed = Signal(object)

    def __init__(
        self,
        ctx: DraftingContext,
        delegations: Sequence[DelegationSnap],
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.now = now
        self.snap: SilenceSnap | None = None
        self.setWindowTitle(self.tr("Silence procedure"))
        meeting_zone = ctx.zone

        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.objections = QTableWidget(0, 4, self)
        self.objections.setHorizontalHeaderLabels(
            [self.tr("Delegation"), self.tr("Received (meeting time)"), self.tr("Note"), ""]
        )
        self.objections.setEditTriggers(NO_EDIT)
        self.objections.setSelectionBehavior(SELECT_ROWS)
        self.objections.verticalHeader().setVisible(False)
        self.objections.horizontalHeader().setStretchLastSection(True)
        state_box = QGroupBox(self.tr("Where it stands"), self)
        state_layout = QVBoxLayout(state_box)
        state_layout.addWidget(self.state)
        state_layout.addWidget(self.objections)

        # -- deadline ---------------------------------------------------------------------
        local_now = now().astimezone(labels.zone(meeting_zone))
        self.deadline_date = DayEdit(_qdate(local_now.date() + timedelta(days=1)), self)
        self.deadline_date.setCalendarPopup(True)
        self.deadline_date.setDisplayFormat("yyyy-MM-dd")
        self.deadline_time = QTimeEdit(QTime(18, 0), self)
        self.deadline_time.setDisplayFormat("HH:mm")
        self.deadline_zone = zone_box(self, meeting_zone)
        self.set_button = QPushButton(self.tr("Set deadline"), self)
        self.set_button.clicked.connect(self.set_deadline)
        when = QHBoxLayout()
        when.addWidget(self.deadline_date)
        when.addWidget(self.deadline_time)
        when.addWidget(self.deadline_zone, 1)
        deadline_box = QGroupBox(self.tr("Deadline (adopted unless someone objects by then)"), self)
        deadline_form = QFormLayout(deadline_box)
        deadline_form.addRow(self.tr("Date, hour, time zone:"), when)
        deadline_form.addRow("", self.set_button)

        # -- objections -------------------------------------------------------------------
        self.delegation = QComboBox(self)
        for d in delegations:
            self.delegation.addItem(f"{d.code} — {d.name_en}", d.code)
        self.received = QDateTimeEdit(self)
        self.received.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received.setCalendarPopup(True)
        self.received_zone = zone_box(self, meeting_zone)
        self._received_now()
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("e.g. letter from the delegation, reference"))
        self.object_button = QPushButton(self.tr("Record objection"), self)
        self.object_button.clicked.connect(self.record_objection)
        received = QHBoxLayout()
        received.addWidget(self.received)
        received.addWidget(self.received_zone, 1)
        objection_box = QGroupBox(self.tr("Objection received in writing"), self)
        objection_form = QFormLayout(objection_box)
        objection_form.addRow(self.tr("Delegation:"), self.delegation)
        objection_form.addRow(self.tr("Received at:"), received)
        objection_form.addRow(self.tr("Note:"), self.note)
        objection_form.addRow("", self.object_button)

        self.withdraw_button = QPushButton(self.tr("Withdraw the procedure…"), self)
        self.withdraw_button.clicked.connect(self.withdraw)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.addButton(self.withdraw_button, QDialogButtonBox.ButtonRole.ActionRole)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(state_box, 1)
        layout.addWidget(deadline_box)
        layout.addWidget(objection_box)
        layout.addWidget(close)
        self.resize(640, 560)
        self.reload()

    def _received_now(self) -> None:
        """Put the next full minute in the meeting's zone into "Received at"."""
        zone = labels.zone(self.ctx.zone)
        local = (self.now() + timedelta(minutes=1)).astimezone(zone)
        self.received_zone.setCurrentText(self.ctx.zone)
        self.received.setDateTime(QDateTime(_qdate(local.date()), QTime(local.hour, local.minute)))

    # -- reading --------------------------------------------------------------------------

    def reload(self) -> None:
        doc_id = self.ctx.document_id
        self.snap = None
        if doc_id is not None:
            try:
                self.snap = drafting.silence_state(self.ctx.desk, doc_id, now=self.now())
            except DeskError:
                self.snap = None
        snap = self.snap
        zone = self.ctx.zone
        lines = state_lines(snap, zone, self.now()) if snap else []
        self.state.setText("\n".join(lines))
        objections = snap.objections if snap else ()
        self.objections.setRowCount(len(objections))
        for row, o in enumerate(objections):
            cells = [
                o.delegation_code,
                labels.local_time(o.received_at, zone),
                o.note,
                self.tr("late") if o.late else self.tr("in time"),
            ]
            for col, value in enumerate(cells):
                self.objections.setItem(row, col, QTableWidgetItem(value))
        self.objections.resizeColumnsToContents()
        if snap is not None and snap.deadline is not None:
            self.deadline_date.setDate(_qdate(snap.deadline.date()))
            self.deadline_time.setTime(QTime(snap.deadline.hour, snap.deadline.minute))
            self.deadline_zone.setCurrentText(snap.zone)
        writable = not self.ctx.read_only
        desk = self.ctx.desk
        gate(self.set_button, desk, team.SILENCE, writable)
        gate(self.object_button, desk, team.SILENCE, writable and snap is not None and snap.active)
        gate(
            self.withdraw_button,
            desk,
            team.SILENCE,
            writable and snap is not None and snap.active and not snap.expired,
        )

    # -- writing --------------------------------------------------------------------------

    def deadline(self) -> datetime:
        return aware(
            _date(self.deadline_date.date()),
            _time(self.deadline_time.time()),
            self.deadline_zone.currentText().strip(),
        )

    def received_at(self) -> datetime:
        value = self.received.dateTime()
        return aware(
            _date(value.date()), _time(value.time()), self.received_zone.currentText().strip()
        )

    def set_deadline(self) -> bool:
        doc_id = self.ctx.document_id
        if doc_id is None:
            return False
        zone = self.deadline_zone.currentText().strip()
        snap = self.ctx.write(
            self,
            lambda desk: drafting.set_silence(desk, doc_id, self.deadline(), zone),
            Changes(documents=True),
        )
        if snap is not None:
            self._received_now()
        return self._after(snap)

    def record_objection(self) -> bool:
        doc_id = self.ctx.document_id
        code = self.delegation.currentData()
        if doc_id is None or not code:
            return False
        note = self.note.text().strip()
        snap = self.ctx.write(
            self,
            lambda desk: drafting.record_objection(desk, doc_id, code, self._checked(), note),
            Changes(documents=True),
        )
        if snap is not None:
            self.note.clear()
        return self._after(snap)

    def withdraw(self) -> bool:
        """Withdraw the running procedure after asking (recorded; editing opens again)."""
        doc_id = self.ctx.document_id
        if doc_id is None or self.snap is None or not self.snap.active:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Withdraw the silence procedure"),
            self.tr(
                "Withdraw the silence procedure running until {time} ({zone})? The withdrawal "
                "is recorded; the document can be edited again and a new procedure started."
            ).format(
                time=self.snap.deadline.strftime(STAMP) if self.snap.deadline else "",
                zone=self.snap.zone or "UTC",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        note = self.note.text().strip()
        snap = self.ctx.write(
            self,
            lambda desk: drafting.withdraw_silence(desk, doc_id, note=note),
            Changes(documents=True),
        )
        if snap is not None:
            self.note.clear()
        return self._after(snap)

    def _checked(self) -> datetime:
        """The received time, refused when it is before the procedure started: the
        services keep such an objection but no longer count it."""
        received = self.received_at()
        started = self.snap.started_at if self.snap is not None else None
        if started is not None and received < started:
            raise ValidationError(
                QCoreApplication.translate(
                    "Silence",
                    "the objection was received {time} ({zone}), before the silence "
                    "procedure started ({started}); it cannot object to it",
                ).format(
                    time=received.strftime(STAMP),
                    zone=self.received_zone.currentText().strip(),
                    started=labels.local_time(started, self.ctx.zone, "%Y-%m-%d %H:%M:%S")
                    + f" {self.ctx.zone}",
                )
            )
        return received

    def _after(self, snap: SilenceSnap | None) -> bool:
        if snap is None:
            return False
        self.reload()
        self.changed.emit(self.snap)
        return True
