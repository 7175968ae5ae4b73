"""Import a draft: choose or paste the English and Japanese texts, check the preview, confirm.

Nothing is written before "Import": the preview lists every clause-to-be (number, kind,
level, first words, and for a new text of an existing document whether each paragraph is
new, changed, unchanged or dropped), the user corrects a kind or level where the guess was
wrong, and the report names what was not imported and where the languages disagree. Files
are read and the plan is written in the background (ui/jobs.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services.base import Desk, DeskError
from meetingdesk.services.drafting import importing
from meetingdesk.snapshots import DocumentSnap
from meetingdesk.text.draft_outline import Outline
from meetingdesk.text.draft_plan import Plan, preview_numbers

from .. import labels
from ..jobs import Job, run_job
from ..problems import say
from ..refusals_drafting import place_name
from .document_dialog import DocumentDialog, DocumentFields

ROW_KINDS = ("heading", "preambular", "section", "subheading", "operative", "subparagraph")


class DraftImportDialog(QDialog):
    #: emitted with the document written into (its id)
    imported = Signal(int)

    def __init__(
        self,
        desk: Desk,
        meeting_id: int,
        documents: list[DocumentSnap],
        target: DocumentSnap | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.meeting_id = meeting_id
        self.target = target
        self.outlines: dict[str, Outline | None] = {"en": None, "ja": None}
        self.names: dict[str, str] = {"en": "", "ja": ""}
        self.plan: Plan | None = None
        self.job: Job | None = None
        self._filling = False
        if target is None:
            self.setWindowTitle(self.tr("Import a draft as a new document"))
        else:
            self.setWindowTitle(
                self.tr("Import a new text of {name}").format(name=target.short_name)
            )
        self.resize(1000, 680)
        layout = QVBoxLayout(self)
        self.form: DocumentDialog | None = None
        if target is None:
            # The new document's fields: the same widgets as the New document dialog.
            self.form = DocumentDialog(documents, None, self)
            self.form.buttons.hide()
            self.form.setWindowFlags(Qt.WindowType.Widget)
            box = QGroupBox(self.tr("New document"), self)
            inner = QVBoxLayout(box)
            inner.addWidget(self.form)
            layout.addWidget(box)
            self.form.title_en.textChanged.connect(self._update_buttons)
            self.form.short_name.textChanged.connect(self._update_buttons)
        sources = QGridLayout()
        self.source_labels: dict[str, QLabel] = {}
        for row, lang in enumerate(("en", "ja")):
            name = self.tr("English") if lang == "en" else self.tr("Japanese")
            sources.addWidget(QLabel(name, self), row, 0)
            file_button = QPushButton(self.tr("File…"), self)
            file_button.clicked.connect(lambda _c=False, lg=lang: self._choose(lg))
            paste_button = QPushButton(self.tr("Paste…"), self)
            paste_button.clicked.connect(lambda _c=False, lg=lang: self._paste(lg))
            label = QLabel(self.tr("(none)"), self)
            self.source_labels[lang] = label
            sources.addWidget(file_button, row, 1)
            sources.addWidget(paste_button, row, 2)
            sources.addWidget(label, row, 3)
        sources.setColumnStretch(3, 1)
        layout.addLayout(sources)
        self.summary = QLabel(self.tr("Choose or paste the English text."), self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Kind"),
                self.tr("Level"),
                self.tr("Change"),
                self.tr("English"),
                self.tr("Japanese"),
                self.tr("Where"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(False)
        layout.addWidget(self.table, 3)
        layout.addWidget(QLabel(self.tr("Report"), self))
        self.report = QListWidget(self)
        layout.addWidget(self.report, 1)
        self.allow_missing = QCheckBox(
            self.tr("Import although Japanese paragraphs are missing (they are flagged)"), self
        )
        self.allow_missing.toggled.connect(self._update_buttons)
        layout.addWidget(self.allow_missing)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.confirm = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm.setEnabled(False)
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # -- sources ---------------------------------------------------------------------------

    def _choose(self, lang: str) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Draft file"),
            "",
            self.tr("Word, text or Markdown (*.docx *.txt *.md *.markdown);;All files (*)"),
        )
        if path:
            self.load_file(lang, Path(path))

    def _paste(self, lang: str) -> None:
        from .paste_dialog import PasteDialog

        (text, html), ok = PasteDialog.get(lang, self)
        if ok:
            self.load_paste(lang, text, html)

    def load_file(self, lang: str, path: Path) -> Job:
        """Read a file in the background; the preview follows."""
        self.source_labels[lang].setText(self.tr("reading {name}…").format(name=path.name))
        return self._read(lang, path.name, lambda _c: importing.read_outline(path))

    def load_paste(self, lang: str, text: str, html: str = "") -> Job:
        self.source_labels[lang].setText(self.tr("reading the pasted text…"))
        return self._read(lang, "", lambda _c: importing.read_pasted(text, html))

    def _read(self, lang: str, name: str, fn) -> Job:
        def done(outline: Outline) -> None:
            self.outlines[lang] = outline
            self.names[lang] = name
            self.source_labels[lang].setText(
                (name or self.tr("pasted text"))
                + " — "
                + self.tr("%n paragraph(s)", "", len(outline.lines))
            )
            self.refresh_plan()

        def failed(exc: BaseException) -> None:
            self.source_labels[lang].setText(self.tr("(none)"))
            self.outlines[lang] = None
            self.summary.setText(self.tr("Not read: {reason}").format(reason=labels.refusal(exc)))
            self.refresh_plan()

        self.job = run_job(fn, on_success=done, on_failure=failed)
        return self.job

    # -- plan ------------------------------------------------------------------------------

    def _primary(self) -> tuple[str, Outline | None, Outline | None]:
        en, ja = self.outlines["en"], self.outlines["ja"]
        if en is not None:
            return "en", en, ja
        if self.target is not None and ja is not None:
            return "ja", ja, None
        return "en", None, None

    def refresh_plan(self) -> None:
        lang, primary, other = self._primary()
        if primary is None:
            self.plan = None
            self._fill()
            return
        try:
            if self.target is None:
                self.plan = importing.plan_new_document(primary, other)
            else:
                self.plan = importing.plan_new_text(self.desk, self.target.id, primary, lang, other)
        except DeskError as exc:
            self.plan = None
            self.summary.setText(labels.refusal(exc))
        self._fill()

    def set_line(self, row: int, kind: str, level: int | None = None) -> None:
        """Correct the kind (and level) of one preview row, in both languages."""
        if self.plan is None:
            return
        item = self.plan.items[row]
        lang, _primary, _other = self._primary()
        other_lang = "ja" if lang == "en" else "en"
        if kind == "subparagraph":
            level = max(1, min(level or item.depth or 1, 2))
        for which, index in zip((lang, other_lang), item.sources, strict=True):
            outline = self.outlines.get(which)
            if outline is not None and index is not None:
                self.outlines[which] = outline.with_line(index, kind=kind, level=level)
        self.refresh_plan()

    def _fill(self) -> None:
        plan = self.plan
        self._filling = True
        self.table.setRowCount(0)
        self.report.clear()
        if plan is None:
            self._filling = False
            self._update_buttons()
            return
        numbers = preview_numbers(plan)
        self.table.setRowCount(len(plan.items))
        for row, (item, number) in enumerate(zip(plan.items, numbers, strict=True)):
            row_kind = "subparagraph" if item.depth > 0 else item.kind
            self.table.setItem(row, 0, QTableWidgetItem(number))
            if item.action == "drop":
                self.table.setItem(row, 1, QTableWidgetItem(labels.clause_kind(item.kind)))
                self.table.setItem(row, 2, QTableWidgetItem(str(item.depth)))
            else:
                combo = QComboBox(self.table)
                for code in ROW_KINDS:
                    combo.addItem(self._kind_label(code), code)
                combo.setCurrentIndex(ROW_KINDS.index(row_kind))
                combo.currentIndexChanged.connect(
                    lambda _i, r=row, c=combo: self.set_line(r, c.currentData())
                )
                self.table.setCellWidget(row, 1, combo)
                spin = QSpinBox(self.table)
                spin.setRange(0, 2)
                spin.setValue(item.depth)
                spin.setEnabled(item.depth > 0)
                spin.valueChanged.connect(
                    lambda value, r=row: self.set_line(r, "subparagraph", value)
                )
                self.table.setCellWidget(row, 2, spin)
            self.table.setItem(row, 3, QTableWidgetItem(self._action_label(item.action)))
            for col, text in ((4, item.text_en), (5, item.text_ja)):
                cell = QTableWidgetItem(text[:80] + ("…" if len(text) > 80 else ""))
                cell.setToolTip(text)
                self.table.setItem(row, col, cell)
            where = place_name(item.where, {}) or item.where  # "line 3" in the reader's words
            self.table.setItem(row, 6, QTableWidgetItem(where))
        self.table.resizeColumnsToContents()
        for line in plan.structure:  # Problems: said in the reader's language
            self.report.addItem(self.tr("Problem: {text}").format(text=say(line)))
        for line in plan.mismatches:
            self.report.addItem(self.tr("Mismatch: {text}").format(text=say(line)))
        for line in plan.report:
            self.report.addItem(self.tr("Not imported: {text}").format(text=say(line)))
        self._filling = False
        self._update_buttons()

    def _kind_label(self, code: str) -> str:
        if code == "subparagraph":
            return self.tr("Sub-paragraph")
        return labels.clause_kind(code)

    def _action_label(self, action: str) -> str:
        return {
            "new": self.tr("new"),
            "same": self.tr("unchanged"),
            "change": self.tr("changed"),
            "drop": self.tr("dropped"),
        }.get(action, action)

    def problems(self) -> list[str]:
        """Why Import is disabled (empty when it is enabled)."""
        plan = self.plan
        if plan is None:
            return [self.tr("Choose or paste the English text.")]
        out = []
        if plan.structure:
            out.append(self.tr("Correct the kinds of the lines marked as problems."))
        if plan.missing_english:
            out.append(self.tr("Some Japanese paragraphs have no English."))
        if plan.mismatches and not self.allow_missing.isChecked():
            out.append(self.tr("English and Japanese do not match: fix the files or tick the box."))
        if (
            self.form is not None
            and not self.form.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        ):
            out.append(self.tr("Give the new document an English title and a free short name."))
        return out

    def _update_buttons(self, *_args) -> None:
        problems = self.problems()
        self.confirm.setEnabled(not problems)
        self.allow_missing.setEnabled(bool(self.plan and self.plan.mismatches))
        if self.plan is None:
            return
        plan = self.plan
        text = self.tr(
            "%n paragraph(s) to write", "", sum(1 for i in plan.items if i.action != "drop")
        )
        if self.target is not None:
            text += " — " + self.tr("{new} new, {changed} changed, {dropped} dropped").format(
                new=plan.count("new"), changed=plan.count("change"), dropped=plan.count("drop")
            )
        if problems:
            text += ". " + " ".join(problems)
        self.summary.setText(text)

    # -- writing ---------------------------------------------------------------------------

    def write(self) -> Job | None:
        if self.plan is None or self.problems():
            return None
        plan = self.plan
        lang, _p, _o = self._primary()
        source = self.names[lang] or "pasted text"
        allow = self.allow_missing.isChecked()
        desk, meeting_id = self.desk, self.meeting_id
        self.confirm.setEnabled(False)
        if self.target is None:
            assert self.form is not None
            f: DocumentFields = self.form.fields()

            def work(_control):
                return importing.import_new_document(
                    desk,
                    meeting_id,
                    plan,
                    kind=f.kind,
                    title_en=f.title_en,
                    title_ja=f.title_ja,
                    short_name=f.short_name,
                    parent_id=f.parent_id,
                    source=source,
                    allow_missing_japanese=allow,
                )
        else:
            document_id = self.target.id

            def work(_control):
                return importing.import_new_text(
                    desk,
                    document_id,
                    plan,
                    lang=lang,
                    source=source,
                    allow_missing_japanese=allow,
                )

        def done(result) -> None:
            self.imported.emit(result.document.id)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.summary.setText(
                self.tr("Import refused: {reason}").format(reason=labels.refusal(exc))
            )
            self.confirm.setEnabled(True)

        self.job = run_job(work, on_success=done, on_failure=failed)
        return self.job
