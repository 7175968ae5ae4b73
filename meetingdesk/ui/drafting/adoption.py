"""The adoption dialog: every reason the services refuse an adoption, with the clauses
concerned; when only overridable reasons remain (Japanese, open proposals, unresolved
comments) the secretariat may adopt anyway by writing the reason, which is recorded."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services.drafting import AdoptionReason
from meetingdesk.ui.refusals_drafting import clause_name


def reason_text(reason: AdoptionReason) -> str:
    """One reason in the window's language, its clauses after a colon."""
    n = len(reason.clauses)
    texts = {
        "japanese_missing": QCoreApplication.translate(
            "Adoption", "Japanese text missing ({n} clauses)"
        ),
        "japanese_stale": QCoreApplication.translate(
            "Adoption", "Japanese text out of date ({n} clauses)"
        ),
        "open_proposals": QCoreApplication.translate("Adoption", "Proposals still open"),
        "open_comments": QCoreApplication.translate("Adoption", "Comments not resolved"),
        "brackets": QCoreApplication.translate("Adoption", "Open brackets remain"),
        "ad_ref": QCoreApplication.translate("Adoption", "Ad ref pending"),
        "silence_running": QCoreApplication.translate(
            "Adoption", "The silence procedure is still running"
        ),
        "silence_broken": QCoreApplication.translate(
            "Adoption", "The silence procedure was broken"
        ),
        "silence_text_changed": QCoreApplication.translate(
            "Adoption", "The text differs from the one circulated"
        ),
    }
    head = texts.get(reason.code, reason.message).format(n=n)
    if reason.named:  # the clauses named in the reader's language ("条項 3")
        names = [clause_name({kind: value}) for kind, value in reason.named[:12]]
    else:
        names = list(reason.clauses[:12])
    separator = QCoreApplication.translate("Refusals", ", ")
    where = separator.join(names) + ("…" if n > 12 else "")
    return f"{head}: {where}" if where else head


class AdoptionDialog(QDialog):
    """Lists the reasons; offers the override field only when every reason allows it."""

    def __init__(
        self, name: str, reasons: Sequence[AdoptionReason], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Adopt document"))
        self.overridable = all(r.overridable for r in reasons)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("{name} cannot be adopted yet:").format(name=name), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.reasons = QListWidget(self)
        self.reasons.setAccessibleName(self.tr("Reasons"))
        for r in reasons:
            self.reasons.addItem(reason_text(r))
        layout.addWidget(self.reasons, 1)
        self.override = QLineEdit(self)
        self.override.setPlaceholderText(self.tr("Reason for adopting anyway (recorded)"))
        self.override.setAccessibleName(self.tr("Override reason"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.adopt_button = buttons.addButton(
            self.tr("Adopt with override"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        if self.overridable:
            note = QLabel(
                self.tr("The secretariat may adopt anyway; the reason is kept in the history."),
                self,
            )
            note.setWordWrap(True)
            layout.addWidget(note)
            layout.addWidget(self.override)
        else:
            self.override.hide()
            self.adopt_button.hide()
            note = QLabel(
                self.tr("Brackets, ad ref and the silence procedure cannot be overridden."), self
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        self.adopt_button.setEnabled(False)
        self.override.textChanged.connect(
            lambda text: self.adopt_button.setEnabled(bool(text.strip()))
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def reason(self) -> str:
        return self.override.text().strip()
