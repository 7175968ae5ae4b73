"""The demo, marked plainly: a banner over every page and the title bar say so.

The banner's button starts the person's own meeting in the working database (never in the
demo's file).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class DemoBanner(QFrame):
    #: the person wants their own meeting
    start_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DemoBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#DemoBanner { background: #fff4c2; border: 1px solid #e0c060; }"
            " #DemoBanner QLabel { color: #3a2e00; }"
        )
        self.label = QLabel(
            self.tr(
                "This is the demo meeting (G7 ICT Ministers' Meeting, Takamatsu 2016), kept in "
                "its own file: try anything here. Your own work goes into your own database."
            ),
            self,
        )
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Start your own meeting…"), self)
        self.button.clicked.connect(lambda _checked=False: self.start_requested.emit())
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
