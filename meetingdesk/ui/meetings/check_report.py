"""File → Check database…: what maintenance.check found, one line per finding, each said in
the reader's language (ui/findings) from the code and facts the store reported."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services.meetings.maintenance import MaintenanceReport
from meetingdesk.ui import findings, theme
from meetingdesk.ui.qtnames import OK


class CheckReportDialog(QDialog):
    """Shows a MaintenanceReport: a verdict, every problem, then the row counts."""

    def __init__(
        self, report: MaintenanceReport, parent: QWidget | None = None, zone: str = "UTC"
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Database check"))
        self.resize(720, 520)
        self.report = report
        self.verdict = QLabel(self)
        font = QFont(self.verdict.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.verdict.setFont(font)
        if report.ok:
            self.verdict.setText(self.tr("The database is OK."))
            self.verdict.setStyleSheet(theme.text_style("text_ok"))
        else:
            self.verdict.setText(self.tr("%n problem(s) found.", "", len(report.problems)))
            self.verdict.setStyleSheet(theme.text_style("text_error"))
        details = QLabel(
            self.tr("Database: {database}\nSchema: {schema} (program: {head})").format(
                database=report.database, schema=report.schema or "—", head=report.head
            ),
            self,
        )
        details.setWordWrap(True)
        self.lines = QListWidget(self)
        self.lines.setAccessibleName(self.tr("What the check found"))
        self.lines.setWordWrap(True)  # a finding is a sentence: wrap it, never scroll sideways
        self.lines.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for problem in report.problems:
            self.lines.addItem("⚠ " + findings.say(problem, zone))
        checks = (
            (self.tr("Integrity"), report.integrity),
            (self.tr("Foreign keys"), report.foreign_keys),
            (self.tr("History guards"), report.history_guards),
            (self.tr("Audit chain"), report.audit),
        )
        for name, found in checks:
            if not found:
                self.lines.addItem(self.tr("✓ {check}: ok").format(check=name))
        for table, count in report.counts:
            self.lines.addItem(
                self.tr("{table}: {count} row(s)").format(table=table_label(table), count=count)
            )
        buttons = QDialogButtonBox(OK, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(details)
        layout.addWidget(self.lines, 1)
        layout.addWidget(buttons)

    def texts(self) -> list[str]:
        return [self.lines.item(i).text() for i in range(self.lines.count())]


def table_label(table: str) -> str:
    """A table's row count is labelled by what it holds, in the reader's language (the
    command line prints the table names); a table not listed keeps its name."""
    names = {
        "action_follow_up": QCoreApplication.translate("CheckReport", "Action follow-ups"),
        "action_item": QCoreApplication.translate("CheckReport", "Actions"),
        "action_link": QCoreApplication.translate("CheckReport", "Action links"),
        "action_partner": QCoreApplication.translate("CheckReport", "Action partners"),
        "agenda_item": QCoreApplication.translate("CheckReport", "Agenda items"),
        "agenda_session": QCoreApplication.translate("CheckReport", "Sessions"),
        "audit_anchor": QCoreApplication.translate("CheckReport", "Signed audit heads"),
        "audit_event": QCoreApplication.translate("CheckReport", "Audit events"),
        "circulation": QCoreApplication.translate("CheckReport", "Circulations"),
        "circulation_file": QCoreApplication.translate("CheckReport", "Circulated files"),
        "circulation_recipient": QCoreApplication.translate(
            "CheckReport", "Circulation recipients"
        ),
        "clause": QCoreApplication.translate("CheckReport", "Clauses"),
        "clause_ad_ref": QCoreApplication.translate("CheckReport", "Ad ref confirmations pending"),
        "clause_version": QCoreApplication.translate("CheckReport", "Clause versions"),
        "comment": QCoreApplication.translate("CheckReport", "Comments"),
        "delegation": QCoreApplication.translate("CheckReport", "Delegations"),
        "document": QCoreApplication.translate("CheckReport", "Documents"),
        "import_layout": QCoreApplication.translate("CheckReport", "Import column layouts"),
        "meeting": QCoreApplication.translate("CheckReport", "Meetings"),
        "participant": QCoreApplication.translate("CheckReport", "Participants"),
        "position": QCoreApplication.translate("CheckReport", "Positions on proposals"),
        "proposal": QCoreApplication.translate("CheckReport", "Proposals"),
        "revision": QCoreApplication.translate("CheckReport", "Revisions"),
        "revision_concordance": QCoreApplication.translate("CheckReport", "Revision concordance"),
        "revision_entry": QCoreApplication.translate("CheckReport", "Revision entries"),
        "room": QCoreApplication.translate("CheckReport", "Rooms"),
        "seat": QCoreApplication.translate("CheckReport", "Seats"),
        "seating_plan": QCoreApplication.translate("CheckReport", "Seating plans"),
        "session_speaker": QCoreApplication.translate("CheckReport", "Session speakers"),
        "silence_objection": QCoreApplication.translate("CheckReport", "Objections under silence"),
        "store_info": QCoreApplication.translate("CheckReport", "Database information"),
        "user_account": QCoreApplication.translate("CheckReport", "User accounts"),
        "word_author": QCoreApplication.translate("CheckReport", "Word authors"),
    }
    return names.get(table, table)
