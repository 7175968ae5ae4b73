"""The plenary table drawn in a QGraphicsView; drag a seat onto another to swap them.

Seat 0 (the head of the table, the chair) is at the top; seats follow clockwise. A drop
saves through services.seating.swap_seats and redraws from the saved plan; a refusal
(someone else changed the plan) is reported and the plan reloaded.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from meetingdesk.services import team
from meetingdesk.services.base import Desk, DeskError
from meetingdesk.services.logistics.seating import Seat, SeatingPlan, get_seating, swap_seats
from meetingdesk.ui.labels import refusal

from ..team.rights import why_not

SEAT_RADIUS = 34.0


class SeatItem(QGraphicsEllipseItem):
    def __init__(self, seat: Seat, home: QPointF, view: SeatingView) -> None:
        r = SEAT_RADIUS
        super().__init__(QRectF(-r, -r, 2 * r, 2 * r))
        self.seat = seat
        self.home = home
        self.view = view
        self.setPos(home)
        movable = not view.refusal  # a role that may not change the plan cannot drag
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, movable)
        self.setCursor(Qt.CursorShape.OpenHandCursor if movable else Qt.CursorShape.ArrowCursor)
        colour = QColor("#f3d9a4") if seat.is_head_of_table else QColor("#dde7f3")
        self.setBrush(QBrush(colour))
        self.setPen(QPen(QColor("#34495e"), 1.5))
        tip = f"{seat.name_en}\n{seat.name_ja}\n{seat.head_name}".strip()
        self.setToolTip(f"{tip}\n\n{view.refusal}" if view.refusal else tip)
        code = QGraphicsSimpleTextItem(seat.code, self)
        font = QFont()
        font.setBold(True)
        code.setFont(font)
        box = code.boundingRect()
        code.setPos(-box.width() / 2, -box.height())
        label = seat.name_ja or seat.name_en
        label = label if len(label) <= 6 else label[:5] + "…"  # full name in the tooltip
        name = QGraphicsSimpleTextItem(label, self)
        small = QFont()
        small.setPointSizeF(7.5)
        name.setFont(small)
        box = name.boundingRect()
        name.setPos(-box.width() / 2, 1)

    def mousePressEvent(self, event) -> None:
        self.setZValue(10)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        self.setZValue(0)
        self.view.seat_dropped(self)


class SeatingView(QGraphicsView):
    #: the plan was saved (carries the new SeatingPlan)
    seatingChanged = Signal(object)
    #: a readable reason a drop was refused
    errorOccurred = Signal(str)

    def __init__(self, desk: Desk, meeting_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.meeting_id = meeting_id
        self.plan: SeatingPlan | None = None
        self.seat_items: list[SeatItem] = []
        #: why the login may not move seats ("" when it may; ui.team.rights.why_not)
        self.refusal = ""
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(420, 320)
        if meeting_id is not None:
            self.reload()

    def set_meeting(self, desk: Desk, meeting_id: int | None) -> None:
        self.desk, self.meeting_id = desk, meeting_id
        self.reload()

    def reload(self) -> None:
        scene = self.scene()
        scene.clear()
        self.seat_items = []
        self.refusal = why_not(self.desk, team.MEETING)
        self.setToolTip(self.refusal)
        if self.meeting_id is None:
            self.plan = None
            return
        self.plan = get_seating(self.desk, self.meeting_id)
        n = max(len(self.plan.seats), 1)
        rx, ry = 120 + 22 * n, 80 + 12 * n
        table = scene.addEllipse(
            QRectF(-rx + 45, -ry + 45, 2 * rx - 90, 2 * ry - 90),
            QPen(QColor("#7f5f3f"), 2),
            QBrush(QColor("#c8a97e")),
        )
        table.setZValue(-1)
        caption = scene.addSimpleText(
            self.tr("Plenary table")
            if self.refusal  # seats do not move for this login: no drag hint
            else self.tr("Plenary table — drag a seat onto another to swap")
        )
        caption.setPos(-caption.boundingRect().width() / 2, -caption.boundingRect().height() / 2)
        for seat in self.plan.seats:
            angle = -math.pi / 2 + 2 * math.pi * seat.index / n  # seat 0 at the top, clockwise
            home = QPointF(rx * math.cos(angle), ry * math.sin(angle))
            item = SeatItem(seat, home, self)
            scene.addItem(item)
            self.seat_items.append(item)
        self.setSceneRect(scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def item_for(self, seat_index: int) -> SeatItem:
        return self.seat_items[seat_index]

    def target_of(self, item: SeatItem) -> SeatItem | None:
        """The seat whose place the dragged item was dropped on, if any."""
        best, best_distance = None, SEAT_RADIUS * 1.6
        for other in self.seat_items:
            if other is item:
                continue
            d = math.dist((item.pos().x(), item.pos().y()), (other.home.x(), other.home.y()))
            if d < best_distance:
                best, best_distance = other, d
        return best

    def seat_dropped(self, item: SeatItem) -> None:
        target = self.target_of(item)
        if target is None or self.plan is None or self.meeting_id is None or self.refusal:
            item.setPos(item.home)
            return
        try:
            plan = swap_seats(
                self.desk,
                self.meeting_id,
                item.seat.index,
                target.seat.index,
                expected_version=self.plan.version,
            )
        except DeskError as exc:
            message = refusal(exc)
            QTimer.singleShot(0, lambda: self._redraw(None, message))
            return
        # The dragged item is still inside its own event handler: redraw after it returns.
        QTimer.singleShot(0, lambda: self._redraw(plan, ""))

    def _redraw(self, plan: SeatingPlan | None, error: str) -> None:
        self.reload()
        if error:
            self.errorOccurred.emit(error)
        else:
            self.seatingChanged.emit(plan)
