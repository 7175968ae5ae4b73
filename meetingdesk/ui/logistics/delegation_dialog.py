"""Add or edit a delegation: code, names in three languages, kind, host, contact point.

Blank names of a country are filled from ISO 3166 by the service; the dialog only
collects values and the caller writes them.
"""

from __future__ import annotations

from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from meetingdesk.services.logistics.delegations import DELEGATION_KINDS
from meetingdesk.snapshots import DelegationSnap
from meetingdesk.ui import labels
from meetingdesk.ui.qtnames import OK, OK_CANCEL

TEXT_FIELDS = ("code", "name_en", "name_fr", "name_ja", "reading_ja", "contact_point")


class DelegationDialog(QDialog):
    def __init__(
        self, delegation: DelegationSnap | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit delegation") if delegation else self.tr("New delegation"))
        self.setMinimumWidth(460)
        self.fields: dict[str, QLineEdit] = {k: QLineEdit(self) for k in TEXT_FIELDS}
        code = self.fields["code"]
        code.setValidator(QRegularExpressionValidator(r"[A-Za-z0-9_-]{0,16}", code))
        code.setPlaceholderText(self.tr("ISO 3166 code (JPN, FRA …) or a short name (OECD)"))
        self.fields["name_en"].setPlaceholderText(self.tr("Filled from ISO 3166 when left blank"))
        self.fields["reading_ja"].setPlaceholderText(self.tr("Kana, for the Japanese order"))
        self.kind = QComboBox(self)
        for k in DELEGATION_KINDS:
            self.kind.addItem(labels.delegation_kind(k), k)
        self.is_host = QCheckBox(self.tr("This delegation hosts the meeting"), self)
        form = QFormLayout(self)
        form.addRow(self.tr("Code"), code)
        form.addRow(self.tr("Name (English)"), self.fields["name_en"])
        form.addRow(self.tr("Name (French)"), self.fields["name_fr"])
        form.addRow(self.tr("Name (Japanese)"), self.fields["name_ja"])
        form.addRow(self.tr("Reading (kana)"), self.fields["reading_ja"])
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow("", self.is_host)
        form.addRow(self.tr("Contact point"), self.fields["contact_point"])
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        form.addRow(self.hint)
        self.buttons = QDialogButtonBox(OK_CANCEL, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        code.textChanged.connect(self._update_ok)
        if delegation is not None:
            self.load(delegation)
        self._update_ok()

    def load(self, d: DelegationSnap) -> None:
        for key, edit in self.fields.items():
            edit.setText(str(getattr(d, key)))
        self.kind.setCurrentIndex(max(self.kind.findData(d.kind), 0))
        self.is_host.setChecked(d.is_host)

    def _update_ok(self) -> None:
        ok = bool(self.fields["code"].text().strip())
        self.buttons.button(OK).setEnabled(ok)
        self.hint.setText("" if ok else self.tr("A delegation needs a code."))

    def values(self) -> dict[str, object]:
        """The fields as service arguments."""
        data: dict[str, object] = {k: e.text().strip() for k, e in self.fields.items()}
        data["code"] = str(data["code"]).upper()
        data["kind"] = self.kind.currentData()
        data["is_host"] = self.is_host.isChecked()
        return data

    @classmethod
    def get_delegation(
        cls, parent: QWidget | None, delegation: DelegationSnap | None = None
    ) -> tuple[dict[str, object], bool]:
        """Show the dialog; (values, accepted)."""
        dialog = cls(delegation, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        data = dialog.values()
        dialog.deleteLater()
        return data, accepted
