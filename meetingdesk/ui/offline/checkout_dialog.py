"""Check out…: choose documents of the meeting, whose laptop it is, and a package file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services.base import Desk, DeskError
from meetingdesk.services.drafting.documents import list_documents
from meetingdesk.services.logistics.delegations import list_delegations
from meetingdesk.services.offline import PackageInfo, checkout
from meetingdesk.services.offline.checkout import last_owner_delegation
from meetingdesk.ui import labels, theme
from meetingdesk.ui.labels import refusal


class CheckoutDialog(QDialog):
    def __init__(self, desk: Desk, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check out for offline work"))
        self.desk, self.meeting_id = desk, meeting_id
        self.info: PackageInfo | None = None
        self.documents = QListWidget(self)
        self.documents.setAccessibleName(self.tr("Documents to check out"))
        # Long titles wrap inside the list (full text in the tooltip too) instead of being
        # cut at the dialog's edge; the dialog itself is sized to its titles, below.
        self.documents.setWordWrap(True)
        self.documents.setResizeMode(QListView.ResizeMode.Adjust)
        self.documents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for d in list_documents(desk, meeting_id):
            title = labels.local_text(d.title_en, d.title_ja)
            item = QListWidgetItem(f"{d.short_name} — {title}", self.documents)
            item.setToolTip(f"{d.short_name} — {d.title_en}\n{d.title_ja}".strip())
            item.setData(Qt.ItemDataRole.UserRole, d.short_name)
            item.setCheckState(Qt.CheckState.Unchecked)
        # Whose laptop: recorded in the package's signed manifest; the last one this user
        # named is offered first.
        self.delegation = QComboBox(self)
        self.delegation.addItem(self.tr("(no delegation)"), "")
        japanese = QLocale().language() == QLocale.Language.Japanese
        for d in list_delegations(desk, meeting_id):
            name = d.name_ja if japanese and d.name_ja else d.name_en
            self.delegation.addItem(f"{d.code} — {name}", d.code)
        last = last_owner_delegation(desk, meeting_id)
        if last:
            index = self.delegation.findData(last)
            if index >= 0:
                self.delegation.setCurrentIndex(index)
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Package file"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(theme.text_style("text_error"))
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Documents to take (an annex brings its parent)"), self))
        layout.addWidget(self.documents)
        owner = QLabel(self.tr("For the delegation of"), self)
        owner.setBuddy(self.delegation)
        layout.addWidget(owner)
        layout.addWidget(self.delegation)
        layout.addWidget(QLabel(self.tr("Package file"), self))
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(self._fitting_width(), self.sizeHint().height())

    def _fitting_width(self) -> int:
        """Wide enough for the longest "short name — title" (check box and margins
        included), but never wider than 80 % of the screen: longer titles wrap."""
        metrics = self.documents.fontMetrics()
        widest = max(
            (
                metrics.horizontalAdvance(self.documents.item(i).text())
                for i in range(self.documents.count())
            ),
            default=0,
        )
        # check box, item padding, frame, scroll bar, dialog margins
        room = widest + 24 + 16 + 2 * self.documents.frameWidth() + 24 + 40
        screen = self.screen().availableGeometry().width() if self.screen() else 1280
        return max(480, min(room, int(screen * 0.8)))

    def chosen(self) -> list[str]:
        out = []
        for i in range(self.documents.count()):
            item = self.documents.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Package file"),
            self.path.text(),
            self.tr("MeetingDesk package (*.mdpkg)"),
        )
        if name:
            self.path.setText(name)

    def _accept(self) -> None:
        if not self.path.text().strip():
            self._show(self.tr("Choose a package file."))
            return
        try:
            self.info = checkout(
                self.desk,
                self.meeting_id,
                self.chosen(),
                Path(self.path.text()),
                delegation=self.delegation.currentData() or None,
            )
        except DeskError as exc:
            self._show(refusal(exc))
            return
        self.accept()

    def _show(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    @classmethod
    def get(
        cls, desk: Desk, meeting_id: int, parent: QWidget | None = None
    ) -> tuple[PackageInfo | None, bool]:
        dialog = cls(desk, meeting_id, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.info, accepted
