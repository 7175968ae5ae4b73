"""The clause editor: English and Japanese side by side, bracket highlighting, live
markup check, Save with the loaded head (a stale save is refused, never applied)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services import drafting
from meetingdesk.services.base import ConflictError, DeskError
from meetingdesk.services.drafting import documents
from meetingdesk.snapshots import Changes, ClauseSnap, VersionSnap
from meetingdesk.ui import theme

from .. import labels
from .commands import SaveTextCommand
from .context import DraftingContext
from .highlight import BracketHighlighter, check
from .translation import EnglishChangesDialog

LANGS = ("en", "ja")


#: the text that has the keyboard shows it: a 2 px frame in the link colour (theme.mend_palette
#: keeps it readable on dark palettes; the highlight was 2.8:1 on a dark field, and the
#: style's own focus frame was the same grey as the other text's, light and dark)
FOCUS_FRAME = (
    "QPlainTextEdit { border: 1px solid palette(mid); padding: 1px; }"
    " QPlainTextEdit:focus { border: 2px solid palette(link); padding: 0px; }"
)


class ClauseEditor(QWidget):
    """Edits the clause the view selected; tracks which version each side was loaded from."""

    #: the editors hold text not yet saved (True) or not (False)
    modifiedChanged = Signal(bool)
    #: a save went through (carries the fresh ClauseSnap)
    saved = Signal(object)
    #: a save was refused because someone else saved first (carries the message)
    conflicted = Signal(str)
    #: the person follows a link to an annex action that implements this clause (its id)
    openActionRequested = Signal(int)

    def __init__(self, ctx: DraftingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clause: ClauseSnap | None = None
        self.loaded_heads: dict[str, int | None] = {"en": None, "ja": None}
        self.loaded_texts: dict[str, str] = {"en": "", "ja": ""}
        self._read_only = True

        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.banner = QLabel(self)
        self.banner.setStyleSheet(theme.banner_style("warning"))
        self.banner.hide()
        # The annex actions that implement this paragraph (links to the action plan).
        self.actions_label = QLabel(self)
        self.actions_label.setWordWrap(True)
        self.actions_label.linkActivated.connect(
            lambda link: self.openActionRequested.emit(int(link.split(":", 1)[1]))
        )
        self.actions_label.hide()

        self.conflict_box = QFrame(self)
        self.conflict_box.setStyleSheet(theme.banner_style("error", "QFrame"))
        self.conflict_label = QLabel(self.conflict_box)
        self.conflict_label.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Reload (discard my text)"), self.conflict_box)
        self.reload_button.clicked.connect(self.reload_from_database)
        self.compare_button = QPushButton(self.tr("Compare…"), self.conflict_box)
        self.compare_button.setToolTip(self.tr("Their text and yours, with the differences marked"))
        self.compare_button.clicked.connect(self.compare_with_theirs)
        self.compare_button.hide()
        row = QHBoxLayout(self.conflict_box)
        row.addWidget(self.conflict_label, 1)
        row.addWidget(self.compare_button)
        row.addWidget(self.reload_button)
        self.conflict_box.hide()
        #: languages whose text someone else saved while this editor held unsaved text
        self.underneath: dict[str, VersionSnap] = {}

        self.edits: dict[str, QPlainTextEdit] = {}
        self.checks: dict[str, QLabel] = {}
        self.highlighters: dict[str, BracketHighlighter] = {}
        grid = QGridLayout()
        heads = {"en": self.tr("English"), "ja": self.tr("Japanese")}
        for col, lang in enumerate(LANGS):
            edit = QPlainTextEdit(self)
            edit.setObjectName(f"clause_{lang}")
            edit.setTabChangesFocus(True)
            edit.setStyleSheet(FOCUS_FRAME)
            self.highlighters[lang] = BracketHighlighter(edit.document())
            edit.textChanged.connect(self._on_text_changed)
            self.edits[lang] = edit
            status = QLabel(self)
            status.setWordWrap(True)
            self.checks[lang] = status
            head = QLabel(heads[lang], self)
            head.setBuddy(edit)
            edit.setAccessibleName(
                self.tr("English text of the clause")
                if lang == "en"
                else self.tr("Japanese text of the clause")
            )
            grid.addWidget(head, 0, col)
            grid.addWidget(edit, 1, col)
            grid.addWidget(status, 2, col)
        # Under the Japanese: the stale mark, what changed in the English, and "up to date".
        self.stale_box = QWidget(self)
        self.stale_label = QLabel(self.stale_box)
        self.stale_label.setStyleSheet(theme.text_style("text_warning", bold=True))
        self.stale_label.setWordWrap(True)
        # two lines reserved: a wrapped label squeezed by the splitter would vanish
        self.stale_label.setMinimumHeight(2 * self.stale_label.fontMetrics().lineSpacing())
        self.confirm_button = QPushButton(self.tr("Japanese is up to date"), self.stale_box)
        self.confirm_button.setToolTip(
            self.tr("The Japanese still matches the current English: mark it as translated from it")
        )
        self.confirm_button.clicked.connect(self.confirm_translation)
        self.changes_button = QPushButton(self.tr("English changes…"), self.stale_box)
        self.changes_button.setToolTip(
            self.tr("What changed in the English since the Japanese was translated")
        )
        self.changes_button.clicked.connect(self.show_english_changes)
        self.changes_dialog: EnglishChangesDialog | None = None
        stale_buttons = QHBoxLayout()
        stale_buttons.addWidget(self.changes_button)
        stale_buttons.addWidget(self.confirm_button)
        stale_buttons.addStretch(1)
        stale_layout = QVBoxLayout(self.stale_box)
        stale_layout.setContentsMargins(0, 0, 0, 0)
        stale_layout.addWidget(self.stale_label)
        stale_layout.addLayout(stale_buttons)
        self.stale_box.hide()
        grid.addWidget(self.stale_box, 3, 1)

        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save the clause text as a new version (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.setToolTip(self.tr("Throw away unsaved changes"))
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.actions_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.conflict_box)
        layout.addLayout(grid, 1)
        layout.addLayout(buttons)
        self.show_clause(None)

    # -- loading ------------------------------------------------------------------------

    def show_clause(self, clause: ClauseSnap | None, *, force: bool = False) -> None:
        """Show a clause; a side with unsaved text keeps it (and its loaded head) unless
        force is set or another clause is shown."""
        other = clause is None or self.clause is None or clause.id != self.clause.id
        self.clause = clause
        moved: list[str] = []
        for lang in LANGS:
            text = "" if clause is None else (clause.text_en if lang == "en" else clause.text_ja)
            head = None
            if clause is not None:
                head = clause.en_version_id if lang == "en" else clause.ja_version_id
            if other or force or not self.is_dirty(lang):
                self.loaded_texts[lang] = text
                self.loaded_heads[lang] = head
                edit = self.edits[lang]
                if edit.toPlainText() != text:
                    edit.setPlainText(text)
            elif head != self.loaded_heads[lang]:
                moved.append(lang)
        if other or force:
            self.conflict_box.hide()
            self.compare_button.hide()
            self.underneath = {}
        if moved and clause is not None:
            self._changed_underneath(clause, moved)
        if clause is None:
            self.title.setText(self.tr("No clause selected"))
        elif clause.status == "deleted":
            self.title.setText(
                self.tr("Deleted clause ({kind}) — restore it to edit").format(
                    kind=labels.clause_kind(clause.kind)
                )
            )
        else:
            number = clause.number or labels.clause_kind(clause.kind)
            self.title.setText(
                self.tr("Clause {number} — {status}").format(
                    number=number, status=labels.clause_status(clause.status)
                )
            )
        self._show_actions(clause)
        stale = clause is not None and clause.ja_stale
        self.stale_label.setText(
            self.tr("The Japanese was translated from an older English text.") if stale else ""
        )
        self.stale_box.setVisible(stale)
        self._update_state()

    def _show_actions(self, clause: ClauseSnap | None) -> None:
        """List the annex actions that implement the clause, each a link to the action plan."""
        from html import escape

        from meetingdesk.services.actions.read import actions_for_clause

        found = []
        if clause is not None and clause.kind != "action" and clause.status != "deleted":
            try:
                found = actions_for_clause(self.ctx.desk, clause.id)
            except DeskError:
                found = []
        links = ", ".join(
            f'<a href="action:{a.id}">{escape(a.number)} {escape(_action_name(a))}'
            f" ({escape(a.owner_code)})</a>"
            for a in found
        )
        self.actions_label.setText(
            self.tr("Implemented by: {links}").format(links=links) if found else ""
        )
        self.actions_label.setVisible(bool(found))

    def set_read_only(self, read_only: bool, banner: str = "") -> None:
        self._read_only = read_only
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
        self._update_state()

    def reload_from_database(self) -> None:
        """After a conflict: take the text now in the database, dropping unsaved edits."""
        if self.clause is None:
            return
        self.conflict_box.hide()
        self.ctx.refresh()
        clause = self.ctx.clause(self.clause.id)
        if clause is not None:
            self.show_clause(clause, force=True)

    def revert(self) -> None:
        for lang in LANGS:
            self.edits[lang].setPlainText(self.loaded_texts[lang])
        self._update_state()

    # -- state --------------------------------------------------------------------------

    def text(self, lang: str) -> str:
        return self.edits[lang].toPlainText()

    def is_dirty(self, lang: str | None = None) -> bool:
        langs = LANGS if lang is None else (lang,)
        return any(self.text(x) != self.loaded_texts[x] for x in langs)

    def errors(self) -> dict[str, str]:
        """Markup errors per language, as the check labels show them."""
        out = {}
        for lang in LANGS:
            err = check(self.text(lang))
            if err is not None:
                out[lang] = labels.markup_error(err)
        return out

    def _on_text_changed(self) -> None:
        self._update_state()

    def _update_state(self) -> None:
        editable = self.clause is not None and not self._read_only
        if self.clause is not None and self.clause.status == "deleted":
            editable = False
        errors = self.errors()
        for lang in LANGS:
            self.edits[lang].setReadOnly(not editable)
            label = self.checks[lang]
            if lang in errors:
                label.setText(errors[lang])
                label.setStyleSheet(theme.text_style("text_error", bold=True))
            else:
                label.setText("")
                label.setStyleSheet("")
        dirty = self.is_dirty()
        self.save_button.setEnabled(editable and dirty and not errors)
        self.confirm_button.setEnabled(editable and not dirty)
        self.revert_button.setEnabled(editable and dirty)
        self.modifiedChanged.emit(dirty)

    # -- saving -------------------------------------------------------------------------

    def save(self) -> bool:
        """Save each changed side; True when everything changed was saved."""
        clause = self.clause
        if clause is None or not self.save_button.isEnabled():
            return False
        cid = clause.id
        for lang in LANGS:
            if not self.is_dirty(lang):
                continue
            before = self.loaded_heads[lang]
            text = self.text(lang)
            snap = self.ctx.write(
                self,
                lambda desk, lang=lang, text=text, before=before: documents.save_text(
                    desk, cid, lang, text, expected_head=before
                ),
                Changes(clauses=(cid,)),
                conflict=self._conflict,
            )
            if snap is None:
                return False
            after = snap.en_version_id if lang == "en" else snap.ja_version_id
            self.loaded_heads[lang] = after
            self.loaded_texts[lang] = text
            if before is not None and after is not None and after != before:
                label = self.tr("Save {lang} text of {number}").format(
                    lang=lang.upper(), number=snap.number or labels.clause_kind(snap.kind)
                )
                self.ctx.undo_stack.push(SaveTextCommand(self.ctx, cid, lang, before, after, label))
            self.saved.emit(snap)
        fresh = self.ctx.clause(cid)
        if fresh is not None:
            self.show_clause(fresh)
        self.ctx.undo_stack.setClean()
        return True

    # -- translations -------------------------------------------------------------------

    def confirm_translation(self) -> bool:
        """The Japanese on screen still says what the English says: record it as a
        translation of the current English (expecting both heads the editor loaded)."""
        clause = self.clause
        if clause is None or not clause.ja_stale or not self.confirm_button.isEnabled():
            return False
        cid = clause.id
        ja_head, en_head = self.loaded_heads["ja"], self.loaded_heads["en"]
        snap = self.ctx.write(
            self,
            lambda desk: drafting.confirm_translation(
                desk, cid, expected_head=ja_head, expected_en_head=en_head
            ),
            Changes(clauses=(cid,)),
        )
        if snap is None:
            return False
        fresh = self.ctx.clause(cid)
        if fresh is not None:
            self.show_clause(fresh)
        return True

    def show_english_changes(self) -> EnglishChangesDialog | None:
        """Open the redline of the English since the Japanese was translated."""
        if self.clause is None:
            return None
        if self.changes_dialog is not None:
            self.changes_dialog.close()
        self.changes_dialog = EnglishChangesDialog.show_for(
            self.ctx,
            self.clause,
            self,
            self.confirm_translation,
            can_confirm=self.confirm_button.isEnabled(),
        )
        return self.changes_dialog

    def _changed_underneath(self, clause: ClauseSnap, langs: list[str]) -> None:
        """Someone saved this clause while the text here is unsaved: keep it, say who and
        when, offer to compare or reload. A save now is refused as a conflict (it still
        expects the head loaded before), so nothing is overwritten silently."""
        for lang in langs:
            try:
                head = drafting.history(self.ctx.desk, clause.id, lang)[0]
            except (DeskError, IndexError):
                continue
            self.underneath[lang] = head
        if not self.underneath:
            return
        latest = max(self.underneath.values(), key=lambda v: v.created_at)
        names = {"en": self.tr("English"), "ja": self.tr("Japanese")}
        self.conflict_label.setText(
            self.tr(
                "Changed by {user} at {time} ({langs}) while you were editing. Your text is "
                "still here, not saved: compare it with theirs, or reload to take theirs."
            ).format(
                user=latest.author,
                time=labels.local_time(latest.created_at, self.ctx.zone),
                langs=", ".join(names[x] for x in self.underneath),
            )
        )
        self.compare_button.show()
        self.conflict_box.show()

    def compare_with_theirs(self) -> QDialog | None:
        """Their saved text against the unsaved text here, per changed language."""
        if not self.underneath:
            return None
        from meetingdesk.text.diff import diff_text

        from .redline import ops_html

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Their text and yours"))
        layout = QVBoxLayout(dialog)
        for lang, theirs in self.underneath.items():
            heading = QLabel(
                self.tr("{lang}: from the text {user} saved at {time} to yours").format(
                    lang={"en": self.tr("English"), "ja": self.tr("Japanese")}[lang],
                    user=theirs.author,
                    time=labels.local_time(theirs.created_at, self.ctx.zone),
                ),
                dialog,
            )
            heading.setWordWrap(True)
            browser = QTextBrowser(dialog)
            browser.setObjectName(f"compare_{lang}")
            browser.setHtml(ops_html(diff_text(theirs.text, self.text(lang))))
            layout.addWidget(heading)
            layout.addWidget(browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(640, 420)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _conflict(self, exc: ConflictError) -> None:
        self.conflict_label.setText(
            self.tr(
                "Not saved: {reason}. Your text is still here; copy what you need, then "
                "reload to see the text now in the database."
            ).format(reason=labels.refusal(exc, self.ctx.zone).rstrip("."))
        )
        self.conflict_box.show()
        self.conflicted.emit(labels.refusal(exc, self.ctx.zone))


def _action_name(action) -> str:
    """An action's title (else the start of its text) in the interface's language."""
    return labels.local_text(
        action.title_en or action.text_en[:40], action.title_ja or action.text_ja[:40]
    )
