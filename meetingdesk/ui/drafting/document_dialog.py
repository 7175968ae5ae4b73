"""New document, or new names for one: kind, English and Japanese titles, short name, parent.

The parent (the document an annex belongs to) is offered only for an annex.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from meetingdesk.snapshots import DocumentSnap

from .. import labels

KINDS = ("charter", "declaration", "annex", "chair_summary", "statement", "other")


@dataclass(frozen=True)
class DocumentFields:
    kind: str
    title_en: str
    title_ja: str
    short_name: str
    parent_id: int | None


class DocumentDialog(QDialog):
    def __init__(
        self,
        documents: list[DocumentSnap],
        current: DocumentSnap | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.current = current
        self._taken = {d.short_name for d in documents if current is None or d.id != current.id}
        self.setWindowTitle(self.tr("Rename document") if current else self.tr("New document"))
        self.kind = QComboBox(self)
        for code in KINDS:
            self.kind.addItem(labels.document_kind(code), code)
        self.title_en = QLineEdit(self)
        self.title_ja = QLineEdit(self)
        self.short_name = QLineEdit(self)
        self.short_name.setPlaceholderText(self.tr("e.g. declaration"))
        self.parent_doc = QComboBox(self)
        self.parent_doc.addItem(self.tr("(none)"), None)
        for d in documents:
            if current is None or d.id != current.id:
                self.parent_doc.addItem(f"{d.short_name} — {d.title_en}", d.id)
        form = QFormLayout(self)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Title (English)"), self.title_en)
        form.addRow(self.tr("Title (Japanese)"), self.title_ja)
        form.addRow(self.tr("Short name"), self.short_name)
        form.addRow(self.tr("Annex to"), self.parent_doc)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.title_en.textChanged.connect(self._check)
        self.short_name.textChanged.connect(self._check)
        if current is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(current.kind)))
            self.kind.setEnabled(False)
            self.title_en.setText(current.title_en)
            self.title_ja.setText(current.title_ja)
            self.short_name.setText(current.short_name)
            self.parent_doc.setCurrentIndex(max(0, self.parent_doc.findData(current.parent_id)))
            self.parent_doc.setEnabled(False)
        else:
            self.kind.setCurrentIndex(self.kind.findData("declaration"))
        self._kind_changed()

    def _kind_changed(self) -> None:
        annex = self.kind.currentData() == "annex"
        if self.current is None:
            self.parent_doc.setEnabled(annex)
            if not annex:
                self.parent_doc.setCurrentIndex(0)
            if not self.short_name.isModified():
                self.short_name.setText(self._free_name(self.kind.currentData()))
        self._check()

    def _free_name(self, base: str) -> str:
        name, n = base, 2
        while name in self._taken:
            name, n = f"{base}-{n}", n + 1
        return name

    def _check(self) -> None:
        short = self.short_name.text().strip().lower()
        ok = bool(self.title_en.text().strip()) and bool(short) and short not in self._taken
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def fields(self) -> DocumentFields:
        return DocumentFields(
            kind=self.kind.currentData(),
            title_en=self.title_en.text().strip(),
            title_ja=self.title_ja.text().strip(),
            short_name=self.short_name.text().strip().lower(),
            parent_id=self.parent_doc.currentData(),
        )

    @classmethod
    def get(
        cls,
        documents: list[DocumentSnap],
        current: DocumentSnap | None = None,
        parent: QWidget | None = None,
    ) -> tuple[DocumentFields | None, bool]:
        dialog = cls(documents, current, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None, False
        return dialog.fields(), True
