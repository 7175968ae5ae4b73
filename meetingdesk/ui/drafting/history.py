"""A clause's history (versions per language, restore, the redline of one version against
the current text or of any two versions against each other) and its attribution
("blame": who wrote each word of the current text)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services import drafting, team
from meetingdesk.services.base import DeskError
from meetingdesk.services.drafting import compare
from meetingdesk.snapshots import Changes, VersionSnap
from meetingdesk.snapshots.drafting import BlameSnap, BlameSpanSnap

from .. import labels
from ..notes import version_note
from ..qtnames import NO_EDIT, SELECT_ROWS, VERTICAL
from ..team.rights import gate
from .context import DraftingContext
from .redline import attribution_colours, blame_html, ops_html, span_key

EXTENDED_SELECTION = QAbstractItemView.SelectionMode.ExtendedSelection


def language_box(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.setAccessibleName(QCoreApplication.translate("Drafting", "Language"))
    box.addItem(QCoreApplication.translate("Drafting", "English"), "en")
    box.addItem(QCoreApplication.translate("Drafting", "Japanese"), "ja")
    return box


class HistoryPanel(QWidget):
    """Versions of the selected clause in one language, newest first."""

    #: a version was restored (carries the clause id)
    restored = Signal(int)

    def __init__(self, ctx: DraftingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clause_id: int | None = None
        self.versions: list[VersionSnap] = []
        self.language = language_box(self)
        self.language.currentIndexChanged.connect(lambda _i: self.reload())
        self.table = QTableWidget(0, 5, self)
        self.table.setAccessibleName(self.tr("Versions"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Author"), self.tr("Delegation"), self.tr("Note"), ""]
        )
        self.table.setSelectionBehavior(SELECT_ROWS)
        # one row: compared with the current text; two rows (Ctrl+click): with each other
        self.table.setSelectionMode(EXTENDED_SELECTION)
        self.table.setEditTriggers(NO_EDIT)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(
            3, self.table.horizontalHeader().ResizeMode.Stretch
        )
        self.table.itemSelectionChanged.connect(self._show_diff)
        self.restore_button = QPushButton(self.tr("Restore this version"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.diff = QTextBrowser(self)
        self.diff.setAccessibleName(self.tr("Changes"))
        self.diff_label = QLabel(self)
        self.diff_label.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language:"), self))
        top.addWidget(self.language)
        top.addStretch(1)
        top.addWidget(self.restore_button)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.diff_label)
        lower_layout.addWidget(self.diff, 1)
        split = QSplitter(VERTICAL, self)
        split.addWidget(self.table)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._update_buttons()

    def show_clause(self, clause_id: int | None) -> None:
        self.clause_id = clause_id
        self.reload()

    @property
    def lang(self) -> str:
        return self.language.currentData()

    def reload(self) -> None:
        self.versions = []
        if self.clause_id is not None:
            try:
                self.versions = drafting.history(self.ctx.desk, self.clause_id, self.lang)
            except DeskError:
                self.versions = []
        self.table.clearSelection()
        self.table.setRowCount(len(self.versions))
        zone = self.ctx.zone
        for row, v in enumerate(self.versions):
            cells = [
                labels.local_time(v.created_at, zone, "%Y-%m-%d %H:%M:%S"),
                v.author,
                v.delegation_code or self.tr("Secretariat"),
                version_note(v.note),
                self._mark(v),
            ]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(v.text)
                self.table.setItem(row, col, item)
        for col in (0, 1, 2, 4):
            self.table.resizeColumnToContents(col)
        self._show_diff()

    def _mark(self, v: VersionSnap) -> str:
        t = self.ctx.text
        in_revision = t is not None and t.revision_label and self.clause_id is not None
        if in_revision and v.id == self.ctx.head(self.clause_id, v.language):
            return self.tr("in {label}").format(label=labels.revision_name(t.revision_label))
        return self.tr("current") if v.is_head else ""

    def selected(self) -> VersionSnap | None:
        """The one selected version (None when none or several are selected)."""
        chosen = self.selected_versions()
        return chosen[0] if len(chosen) == 1 else None

    def selected_versions(self) -> list[VersionSnap]:
        """The selected versions, oldest first."""
        rows = self.table.selectionModel().selectedRows()
        return sorted((self.versions[r.row()] for r in rows), key=lambda v: v.id)

    def select_version(self, version_id: int) -> bool:
        for row, v in enumerate(self.versions):
            if v.id == version_id:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        v = self.selected()
        restorable = v is not None and not v.is_head and not self.ctx.frozen
        gate(self.restore_button, self.ctx.desk, team.EDIT_TEXT, restorable)

    def _when(self, v: VersionSnap) -> str:
        who = v.delegation_code or v.author
        return f"{labels.local_time(v.created_at, self.ctx.zone)} ({who})"

    def _show_diff(self) -> None:
        self._update_buttons()
        chosen = self.selected_versions()
        head = next((x for x in self.versions if x.is_head), None)
        self.diff.clear()
        if len(chosen) > 2:
            self.diff_label.setText(self.tr("Select one version, or two to compare them."))
            return
        if len(chosen) == 2:
            old, new = chosen
            self.diff_label.setText(
                self.tr("Differences from the version of {old} to the version of {new}:").format(
                    old=self._when(old), new=self._when(new)
                )
            )
        elif len(chosen) == 1 and head is not None:
            old, new = chosen[0], head
            self.diff_label.setText(
                self.tr(
                    "Differences from this version to the current text "
                    "(Ctrl+click a second version to compare the two):"
                )
            )
            if old.id == head.id:
                self.diff.setPlainText(self.tr("This is the current text."))
                return
        else:
            self.diff_label.setText(
                self.tr("Select a version to compare it with the current text, or two versions.")
            )
            return
        try:
            snap = compare.compare_versions(self.ctx.desk, old.id, new.id)
        except DeskError as exc:
            self.diff.setPlainText(labels.refusal(exc))
            return
        if any(op.kind != "equal" for op in snap.ops):
            self.diff.setHtml(ops_html(snap.ops))
        else:
            self.diff.setPlainText(self.tr("The two texts are the same."))

    def restore_selected(self) -> None:
        v = self.selected()
        if v is None or self.clause_id is None:
            return
        cid = self.clause_id
        expected = self.ctx.head(cid, v.language)
        note = self.tr("restored the text of {time}").format(
            time=labels.local_time(v.created_at, self.ctx.zone)
        )
        result = self.ctx.write(
            self,
            lambda desk: drafting.restore_version(desk, cid, v.id, expected, note=note),
            Changes(clauses=(cid,)),
        )
        if result is not None:
            self.restored.emit(cid)


class BlameBrowser(QTextBrowser):
    """The current text tinted per author; hovering a span names who wrote it and when."""

    def __init__(self, ctx: DraftingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.snap: BlameSnap | None = None

    def show_blame(self, snap: BlameSnap | None) -> None:
        self.snap = snap
        if snap is None or not snap.spans:
            empty = self.tr("No text in this language yet.")  # lupdate skips tr() in f-strings
            self.setHtml(f"<i>{empty}</i>")
            return
        self.setHtml(blame_html(snap.spans))

    def span_at(self, offset: int) -> BlameSpanSnap | None:
        if self.snap is None:
            return None
        return next((s for s in self.snap.spans if s.start <= offset < s.end), None)

    def describe(self, span: BlameSpanSnap) -> str:
        return (
            self.tr("{who} ({delegation}), {time}\n{note}")
            .format(
                who=span.author,
                delegation=span.delegation_code or self.tr("Secretariat"),
                time=labels.local_time(span.created_at, self.ctx.zone),
                note=version_note(span.note),
            )
            .strip()
        )

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            cursor = self.cursorForPosition(self.viewport().mapFromGlobal(e.globalPos()))
            span = self.span_at(cursor.position())
            if span is not None:
                QToolTip.showText(e.globalPos(), self.describe(span), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)

    def tooltip_at(self, point: QPoint) -> str:
        """The tooltip text for a viewport point (what hovering there shows)."""
        span = self.span_at(self.cursorForPosition(point).position())
        return self.describe(span) if span else ""


class BlamePanel(QWidget):
    def __init__(self, ctx: DraftingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clause_id: int | None = None
        self.language = language_box(self)
        self.language.currentIndexChanged.connect(lambda _i: self.reload())
        self.browser = BlameBrowser(ctx, self)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language:"), self))
        top.addWidget(self.language)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.legend)

    def show_clause(self, clause_id: int | None) -> None:
        self.clause_id = clause_id
        self.reload()

    def reload(self) -> None:
        snap = None
        if self.clause_id is not None:
            try:
                snap = compare.blame_clause(
                    self.ctx.desk, self.clause_id, self.language.currentData()
                )
            except DeskError:
                snap = None
        self.browser.show_blame(snap)
        spans = snap.spans if snap else ()
        colours = attribution_colours(spans)
        names: dict[str, str] = {}
        for span in spans:
            names.setdefault(span_key(span), self.browser.describe(span).splitlines()[0])
        self.legend.setText(
            " ".join(
                f'<span style="background:{colours[k]}">&nbsp;{escape(name)}&nbsp;</span>'
                for k, name in names.items()
            )
        )
