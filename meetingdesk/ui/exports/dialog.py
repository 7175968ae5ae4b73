"""Export PDF…: what to print (kind, document, revision or the two revisions of a redline),
in which language and paper, with which marking, and where to write the file.

The dialog only collects choices; the controller runs the export. Everything it reads
(documents, revisions) comes from services as snapshots, on the GUI thread: they are
small, quick reads. The file name follows the choices until the person types or picks
one of their own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.formats import PDF_KINDS
from meetingdesk.services.base import Desk
from meetingdesk.services.drafting import documents
from meetingdesk.snapshots import DocumentSnap, MeetingSnap, RevisionSnap
from meetingdesk.ui import labels, theme
from meetingdesk.ui.exports.options import (
    CHOOSE_DOCUMENT,
    DOCUMENT_KINDS,
    FORMATS,
    LANGS,
    PAPERS,
    SUFFIX,
    ExportOptions,
    default_file_name,
    format_label,
    kind_label,
    lang_label,
    paper_label,
)
from meetingdesk.ui.qtnames import OK_CANCEL

K_FOLDER = "export/folder"
K_OPEN = "export/open_when_done"
K_LANG = "export/lang"
K_PAPER = "export/paper"


def export_folder() -> Path:
    """The folder of the last export, else the person's Documents folder."""
    saved = str(QSettings().value(K_FOLDER, "") or "")
    if saved and Path(saved).is_dir():
        return Path(saved)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def remember_folder(folder: Path) -> None:
    QSettings().setValue(K_FOLDER, str(folder))


def _as_bool(value: object, default: bool) -> bool:
    if value is None or value == "":
        return default
    if isinstance(value, str):  # INI settings give strings back
        return value.lower() in ("1", "true", "yes")
    return bool(value)


class ExportDialog(QDialog):
    """Choices for one PDF; `options()` turns them into ExportOptions."""

    def __init__(
        self,
        desk: Desk,
        meeting: MeetingSnap,
        parent: QWidget | None = None,
        *,
        kind: str = "final",
        document_id: int | None = None,
        revision_label: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PDF"))
        self.desk = desk
        self.meeting = meeting
        self.documents: list[DocumentSnap] = documents.list_documents(desk, meeting.id)
        self._revisions: dict[int, list[RevisionSnap]] = {}
        self._auto_name = True
        self._folder = export_folder()
        settings = QSettings()

        self.fmt = QComboBox(self)
        for code in FORMATS:
            self.fmt.addItem(format_label(code), code)
        self.kind = QComboBox(self)
        for code in PDF_KINDS:
            self.kind.addItem(kind_label(code), code)
        self.document = QComboBox(self)
        self.revision = QComboBox(self)
        self.from_rev = QComboBox(self)
        self.to_rev = QComboBox(self)
        self.lang = QComboBox(self)
        for code in LANGS:
            self.lang.addItem(lang_label(code), code)
        self.paper = QComboBox(self)
        for code in PAPERS:
            self.paper.addItem(paper_label(code), code)
        self._select(self.lang, str(settings.value(K_LANG, "both") or "both"))
        self._select(self.paper, str(settings.value(K_PAPER, "a4") or "a4"))
        self.confidential = QLineEdit(self)
        self.confidential.setPlaceholderText(
            self.tr("None (e.g. CONFIDENTIAL — not for circulation)")
        )
        self.out = QLineEdit(self)
        self.out.setAccessibleName(self.tr("File to write"))
        self.out.setMinimumWidth(360)
        self.browse = QPushButton(self.tr("Choose…"), self)
        self.only_changed = QCheckBox(self.tr("Only changed clauses"), self)
        self.only_changed.setToolTip(
            self.tr("Leave out the clauses that did not change; the file says where and how many")
        )
        self.open_when_done = QCheckBox(self.tr("Open the file when it is written"), self)
        self.open_when_done.setChecked(_as_bool(settings.value(K_OPEN), True))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(theme.text_style("text_error"))
        self.error.hide()

        file_row = QHBoxLayout()
        file_row.addWidget(self.out, 1)
        file_row.addWidget(self.browse)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Format"), self.fmt)
        self.form.addRow(self.tr("What"), self.kind)
        self.form.addRow(self.tr("Document"), self.document)
        self.form.addRow(self.tr("Text"), self.revision)
        self.form.addRow(self.tr("From revision"), self.from_rev)
        self.form.addRow(self.tr("To revision"), self.to_rev)
        self.form.addRow("", self.only_changed)
        self.form.addRow(self.tr("Language"), self.lang)
        self.form.addRow(self.tr("Paper"), self.paper)
        self.form.addRow(self.tr("Confidentiality marking"), self.confidential)
        self.form.addRow(self.tr("Save as"), file_row)
        self.form.addRow("", self.open_when_done)
        self.buttons = QDialogButtonBox(OK_CANCEL, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        # Presets first, then the signals, so the presets do not fight each other.
        self._select(self.kind, kind if kind in PDF_KINDS else "final")
        self._fill_documents(document_id)
        self._fill_revisions(revision_label)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.fmt.currentIndexChanged.connect(self._kind_changed)
        self.document.currentIndexChanged.connect(self._document_changed)
        for combo in (self.revision, self.from_rev, self.to_rev, self.lang):
            combo.currentIndexChanged.connect(self._refresh_name)
        self.only_changed.toggled.connect(self._refresh_name)
        self.out.textEdited.connect(self._name_typed)
        self.browse.clicked.connect(self._browse)
        self._kind_changed()
        self.resize(600, self.sizeHint().height())

    # --- reading the choices ------------------------------------------------------------

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def current_format(self) -> str:
        return str(self.fmt.currentData() or "pdf")

    def current_document(self) -> DocumentSnap | None:
        doc_id = self.document.currentData()
        return next((d for d in self.documents if d.id == doc_id), None)

    def revisions(self, doc: DocumentSnap | None) -> list[RevisionSnap]:
        if doc is None:
            return []
        if doc.id not in self._revisions:
            self._revisions[doc.id] = documents.list_revisions(self.desk, doc.id)
        return self._revisions[doc.id]

    def options(self) -> ExportOptions:
        """The choices as they stand (not validated: see problem())."""
        kind = self.current_kind()
        doc = self.current_document()
        fmt = self.current_format()
        text = self.out.text().strip()
        out = Path(text).expanduser() if text else Path()
        if text and out.suffix.lower() != SUFFIX[fmt]:
            out = out.with_name(out.name + SUFFIX[fmt])
        return ExportOptions(
            kind=kind,
            out=out,
            document=doc.short_name if doc is not None and kind in CHOOSE_DOCUMENT else None,
            revision=self.revision.currentData() or None,
            from_label=self.from_rev.currentData() or None,
            to_label=self.to_rev.currentData() or None,
            lang=str(self.lang.currentData()),
            paper=str(self.paper.currentData()),
            confidential=self.confidential.text().strip(),
            open_when_done=self.open_when_done.isChecked(),
            fmt=fmt,
            only_changed=kind == "redline" and self.only_changed.isChecked(),
        )

    def problem(self) -> str:
        """What stops the export, in words; '' when it can go."""
        kind = self.current_kind()
        fmt = self.current_format()
        if fmt != "pdf" and kind not in DOCUMENT_KINDS:
            return self.tr(
                "Word and Akoma Ntoso files hold a document's text: choose the "
                "final text, the compilation or the redline."
            )
        if fmt == "akn" and kind != "final":
            return self.tr("Akoma Ntoso holds the text itself: choose the final text.")
        if fmt == "akn" and self.lang.currentData() == "both":
            return self.tr("Akoma Ntoso is one language per file: choose English or Japanese.")
        if kind in DOCUMENT_KINDS and self.current_document() is None:
            return self.tr("This meeting has no documents yet: there is nothing to print.")
        if kind == "annex" and self.current_document() is None:
            return self.tr("This meeting has no annex of actions yet.")
        if kind == "redline":
            if self.from_rev.count() == 0:
                return self.tr(
                    "A redline compares a frozen revision with a later text, and this "
                    "document has no revision yet. Freeze one first (Rev.1)."
                )
            if self.from_rev.currentData() == (self.to_rev.currentData() or None):
                return self.tr("Choose two different texts to compare.")
        if not self.out.text().strip():
            return self.tr("Choose where to write the file.")
        if Path(self.out.text().strip()).expanduser().is_dir():
            return self.tr("“Save as” names a folder; add a file name.")
        return ""

    # --- keeping the form consistent ----------------------------------------------------

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self._fill_documents(self.document.currentData())
        self.form.setRowVisible(self.document, kind in CHOOSE_DOCUMENT)
        self.form.setRowVisible(self.revision, kind in ("final", "compilation"))
        self.form.setRowVisible(self.from_rev, kind == "redline")
        self.form.setRowVisible(self.to_rev, kind == "redline")
        self.form.setRowVisible(self.only_changed, kind == "redline")
        fmt = self.current_format()
        self.form.setRowVisible(self.confidential, fmt == "pdf")
        self.form.setRowVisible(self.paper, fmt != "akn")
        notes = {
            "final": self.tr(
                "The clean text with numbered paragraphs. Anything not adopted carries a "
                "DRAFT watermark; an adopted text carries its SHA-256 fingerprint."
            ),
            "compilation": self.tr(
                "Square brackets, alternatives and each delegation's proposals, with a legend."
            ),
            "redline": self.tr(
                "Insertions double-underlined, deletions struck through, a bar beside each "
                "changed line (readable in black and white); moved and renumbered paragraphs "
                "marked."
            ),
            "book": self.tr("Agenda, participants and every outcome document in one PDF."),
            "annex": self.tr("Each action with its lead and partner delegations and due date."),
        }
        if fmt == "docx":
            notes = {
                "final": self.tr("The clean text with Word's own paragraph numbering."),
                "compilation": self.tr(
                    "Brackets and alternatives as written, open proposals as Word comments, "
                    "Track Changes on: the file to send delegations for comments."
                ),
                "redline": self.tr(
                    "The changes as Word tracked changes by the delegation behind each "
                    "version: Accept or Reject them in Word."
                ),
            }
        elif fmt == "akn":
            notes = {
                "final": self.tr("The text as Akoma Ntoso 3.0 XML, in one language."),
            }
        self.note.setText(notes.get(kind, ""))
        self.note.setVisible(kind in notes)
        self._refresh_name()

    def _fill_documents(self, keep: int | None) -> None:
        """The documents the current kind can print (annexes only for the action plan),
        keeping `keep` selected when it is among them."""
        kind = self.current_kind()
        shown = [d for d in self.documents if kind != "annex" or d.kind == "annex"]
        if [self.document.itemData(i) for i in range(self.document.count())] == [
            d.id for d in shown
        ]:
            return
        self.document.blockSignals(True)
        self.document.clear()
        for doc in shown:
            title = labels.local_text(doc.title_en, doc.title_ja) or doc.short_name
            self.document.addItem(f"{title} ({doc.short_name})", doc.id)
        if keep is not None:
            self._select(self.document, keep)
        self.document.blockSignals(False)
        self._fill_revisions("")

    def _document_changed(self) -> None:
        self._fill_revisions("")
        self._refresh_name()

    def _fill_revisions(self, preset: str) -> None:
        """Fill the three revision lists for the current document; `preset` is the label the
        caller was looking at ('' = the current text)."""
        doc = self.current_document()
        revs = self.revisions(doc)
        current = (
            self.tr("Adopted text")
            if doc is not None and doc.status == "adopted"
            else self.tr("Current text")
        )
        for combo in (self.revision, self.from_rev, self.to_rev):
            combo.blockSignals(True)
            combo.clear()
        self.revision.addItem(current, None)
        for rev in revs:
            shown = labels.revision_name(rev.label, rev.kind)
            self.revision.addItem(shown, rev.label)
            self.from_rev.addItem(shown, rev.label)
            self.to_rev.addItem(shown, rev.label)
        self.to_rev.addItem(self.tr("Current text"), None)
        rev_labels = [r.label for r in revs]
        if preset in rev_labels:
            self._select(self.revision, preset)
            self._select(self.to_rev, preset)
            at = rev_labels.index(preset)
            if at > 0:
                self._select(self.from_rev, rev_labels[at - 1])
        else:
            self.to_rev.setCurrentIndex(self.to_rev.count() - 1)  # the current text
            if rev_labels:
                self.from_rev.setCurrentIndex(len(rev_labels) - 1)  # the latest revision
        for combo in (self.revision, self.from_rev, self.to_rev):
            combo.blockSignals(False)

    def _refresh_name(self) -> None:
        if not self._auto_name:
            return
        o = self.options()
        name = default_file_name(
            o.kind,
            document=o.document,
            revision=o.revision,
            from_label=o.from_label,
            to_label=o.to_label,
            meeting=self.meeting.short_name or "meeting",
            lang=o.lang,
            fmt=o.fmt,
            only_changed=o.only_changed,
        )
        self.out.setText(str(self._folder / name))

    def _name_typed(self, _text: str) -> None:
        self._auto_name = False

    def ask_file(self, start: str) -> str:
        """The save-file dialog (its own method so tests can answer it)."""
        filters = {
            "pdf": self.tr("PDF files (*.pdf)"),
            "docx": self.tr("Word files (*.docx)"),
            "akn": self.tr("XML files (*.xml)"),
        }
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export"), start, filters[self.current_format()]
        )
        return chosen

    def _browse(self) -> None:
        chosen = self.ask_file(self.out.text().strip() or str(self._folder))
        if chosen:
            self._auto_name = False
            self.out.setText(chosen)

    # --- closing ------------------------------------------------------------------------

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        o = self.options()
        settings = QSettings()
        settings.setValue(K_OPEN, o.open_when_done)
        settings.setValue(K_LANG, o.lang)
        settings.setValue(K_PAPER, o.paper)
        if o.out.parent.is_dir():
            remember_folder(o.out.parent)
        super().accept()

    @classmethod
    def get_options(
        cls,
        parent: QWidget | None,
        desk: Desk,
        meeting: MeetingSnap,
        *,
        kind: str = "final",
        document_id: int | None = None,
        revision_label: str = "",
    ) -> tuple[ExportOptions | None, bool]:
        """Ask what to export; (the options, True) or (None, False) when cancelled."""
        dialog = cls(
            desk,
            meeting,
            parent,
            kind=kind,
            document_id=document_id,
            revision_label=revision_label,
        )
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return (dialog.options() if accepted else None), accepted
        finally:
            dialog.deleteLater()
