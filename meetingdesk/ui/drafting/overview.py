"""The negotiation at a glance: clauses by status, open brackets, each delegation's open
business, and a bar chart of statuses across revisions (drawn with QPainter: QtCharts
would add a large module to start-up and to the installers for one chart)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services.base import DeskError
from meetingdesk.services.drafting import negotiation
from meetingdesk.snapshots.drafting import OverviewSnap, ProgressPoint
from meetingdesk.ui import theme

from .. import labels
from ..qtnames import NO_EDIT, VERTICAL
from .context import DraftingContext

STATUS_ORDER = ("draft", "bracketed", "ad_ref", "agreed")
STATUS_COLOURS = {
    "draft": "#9ca3af",
    "bracketed": "#f59e0b",
    "ad_ref": "#3b82f6",
    "agreed": "#16a34a",
    "deleted": "#ef4444",
}


class ProgressChart(QWidget):
    """One stacked bar per revision (and the current text): clauses by status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[ProgressPoint] = []
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(480, 220)

    def set_points(self, points: Sequence[ProgressPoint]) -> None:
        self.points = list(points)
        self.update()

    def bar_label(self, p: ProgressPoint) -> str:
        # a label that only names its kind ("Zero draft") in the reader's language
        return labels.revision_name(p.label) if p.label else self.tr("Now")

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(40, 10, -10, -48)
        painter.fillRect(self.rect(), theme.colour("chart_background"))
        painter.setPen(theme.colour("chart_text"))
        if not self.points or rect.width() <= 0 or rect.height() <= 0:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No data"))
            return
        top = max(sum(p.count(s) for s in STATUS_ORDER) for p in self.points) or 1
        painter.setPen(theme.colour("chart_axis"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawText(QRectF(0, rect.top() - 6, 36, 14), Qt.AlignmentFlag.AlignRight, str(top))
        painter.drawText(QRectF(0, rect.bottom() - 7, 36, 14), Qt.AlignmentFlag.AlignRight, "0")
        slot = rect.width() / len(self.points)
        width = min(60.0, slot * 0.6)
        for i, p in enumerate(self.points):
            x = rect.left() + slot * i + (slot - width) / 2
            y = float(rect.bottom())
            for status in STATUS_ORDER:
                n = p.count(status)
                if not n:
                    continue
                h = rect.height() * n / top
                painter.fillRect(QRectF(x, y - h, width, h), QColor(STATUS_COLOURS[status]))
                y -= h
            painter.setPen(theme.colour("chart_text"))
            painter.drawText(
                QRectF(x - slot / 4, rect.bottom() + 4, width + slot / 2, 16),
                Qt.AlignmentFlag.AlignCenter,
                self.bar_label(p),
            )
        # legend
        x = float(rect.left())
        y = float(rect.bottom() + 26)
        for status in STATUS_ORDER:
            painter.fillRect(QRectF(x, y + 2, 10, 10), QColor(STATUS_COLOURS[status]))
            text = labels.clause_status(status)
            painter.setPen(theme.colour("chart_text"))
            painter.drawText(QRectF(x + 14, y, 120, 14), Qt.AlignmentFlag.AlignLeft, text)
            x += 20 + painter.fontMetrics().horizontalAdvance(text)
        painter.end()


class OverviewPanel(QWidget):
    def __init__(self, ctx: DraftingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.snap: OverviewSnap | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.statuses = QTableWidget(0, 2, self)
        self.statuses.setAccessibleName(self.tr("Clauses by status"))
        self.statuses.setHorizontalHeaderLabels([self.tr("Status"), self.tr("Clauses")])
        self.delegations = QTableWidget(0, 5, self)
        self.delegations.setAccessibleName(self.tr("What each delegation holds open"))
        self.delegations.setHorizontalHeaderLabels(
            [
                self.tr("Delegation"),
                self.tr("Open proposals"),
                self.tr("Reservations"),
                self.tr("Ad ref pending"),
                self.tr("Ad ref on"),
            ]
        )
        for t in (self.statuses, self.delegations):
            t.setEditTriggers(NO_EDIT)
            t.verticalHeader().setVisible(False)
            t.horizontalHeader().setStretchLastSection(True)
        self.chart = ProgressChart(self)
        split = QSplitter(VERTICAL, self)
        tables = QSplitter(self)
        tables.addWidget(self.statuses)
        tables.addWidget(self.delegations)
        tables.setStretchFactor(1, 2)
        split.addWidget(tables)
        split.addWidget(self.chart)
        # the tables as tall as the chart: under the editors they had two rows' room
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([200, 200])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

    def reload(self) -> None:
        doc_id = self.ctx.document_id
        self.snap = None
        if doc_id is not None:
            try:
                self.snap = negotiation.overview(self.ctx.desk, doc_id)
            except DeskError as exc:
                self.summary.setText(labels.refusal(exc))
        snap = self.snap
        if snap is None:
            self.statuses.setRowCount(0)
            self.delegations.setRowCount(0)
            self.chart.set_points([])
            return
        self.summary.setText(
            self.tr(
                "{name}: {status}; {brackets} open bracket(s); {proposals} open proposal(s)"
            ).format(
                name=snap.short_name,
                status=labels.document_status(snap.document_status),
                brackets=snap.open_brackets,
                proposals=snap.open_proposals,
            )
        )
        self.statuses.setRowCount(len(snap.status_counts))
        for row, (status, n) in enumerate(snap.status_counts):
            self.statuses.setItem(row, 0, QTableWidgetItem(labels.clause_status(status)))
            item = QTableWidgetItem(str(n))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.statuses.setItem(row, 1, item)
        self.statuses.resizeColumnsToContents()
        self.delegations.setRowCount(len(snap.delegations))
        for row, d in enumerate(snap.delegations):
            cells = [
                d.code,
                str(d.open_proposals),
                str(d.reservations),
                str(d.ad_ref_pending),
                ", ".join(d.ad_ref_numbers),
            ]
            for col, value in enumerate(cells):
                self.delegations.setItem(row, col, QTableWidgetItem(value))
        self.delegations.resizeColumnsToContents()
        self.chart.set_points(snap.progress)
