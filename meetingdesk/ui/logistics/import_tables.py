"""The tables of the participants import dialog: the column mapping (each column of the
file → a field or "ignore"), the rows with what will happen to each, the rows whose
delegation needs a decision, and the problems."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem, QWidget

from meetingdesk.formats.tabular.read import cell_text
from meetingdesk.formats.tabular.registration import PARTICIPANT_SPECS
from meetingdesk.services.logistics.participants_import import ImportPreview
from meetingdesk.ui import labels, problems

IGNORED = ""


def field_label(name: str) -> str:
    """A participant field as the person reads it."""
    return problems.participant_field(name)


def action_label(action: str) -> str:
    return {
        "add": QCoreApplication.translate("ImportFields", "Add"),
        "update": QCoreApplication.translate("ImportFields", "Update"),
        "same": QCoreApplication.translate("ImportFields", "Unchanged"),
    }.get(action, action)


def _item(text: str) -> QTableWidgetItem:
    return QTableWidgetItem(text)


class MappingTable(QTableWidget):
    """One line per column of the file: its header, a sample value, and a field chooser."""

    #: emitted when the person changes what a column is read as
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("Read as")]
        )
        self.horizontalHeader().setStretchLastSection(True)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.combos: list[QComboBox] = []

    def fill(self, preview: ImportPreview, sample: tuple[object, ...]) -> None:
        mapping = preview.mapping
        self.blockSignals(True)
        self.combos = []
        header = mapping.header if mapping is not None else ()
        self.setRowCount(len(header))
        for r, name in enumerate(header):
            self.setItem(r, 0, _item(name))
            self.setItem(r, 1, _item(cell_text(sample[r]) if r < len(sample) else ""))
            combo = QComboBox()
            combo.addItem(field_label(IGNORED), IGNORED)
            for spec in PARTICIPANT_SPECS:
                combo.addItem(field_label(spec.name), spec.name)
            combo.setCurrentIndex(max(combo.findData(mapping.fields[r]), 0))
            if mapping.how[r] == "unknown":
                combo.setToolTip(self.tr("Not recognised: ignored only if you allow it"))
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.setCellWidget(r, 2, combo)
            self.combos.append(combo)
        self.resizeColumnsToContents()
        self.blockSignals(False)

    def choices(self) -> tuple[tuple[str, str], ...]:
        """FIELD=COLUMN pairs for every column, by column number (headers may repeat)."""
        return tuple(
            (combo.currentData() or "ignore", str(number))
            for number, combo in enumerate(self.combos, start=1)
        )


def fill_rows(table: QTableWidget, preview: ImportPreview, zone: str) -> None:
    table.setRowCount(len(preview.rows))
    for r, row in enumerate(preview.rows):
        values = dict(row.values)
        name = f"{values.get('given_name', '')} {values.get('family_name', '')}".strip()
        if row.action == "add":
            detail = labels.local_time(values.get("arrival"), zone)
        else:
            detail = "; ".join(
                f"{field_label(c.field)}: {_shown(c.old, zone)} → {_shown(c.new, zone)}"
                for c in row.changes
            )
        suggested = ", ".join(
            f"{field_label(f)} {values.get(f, '')}".strip() for f in row.suggested
        )
        cells = (
            str(row.row),
            action_label(row.action),
            name or str(values.get("family_name_ja", "")),
            row.delegation_code,
            detail,
            QCoreApplication.translate("ImportFields", "suggested: %1").replace("%1", suggested)
            if suggested
            else "",
        )
        for c, text in enumerate(cells):
            table.setItem(r, c, _item(text))
    table.resizeColumnsToContents()


def _shown(value: object, zone: str) -> str:
    if value in (None, ""):
        return "—"
    if hasattr(value, "astimezone"):
        return labels.local_time(value, zone)
    return str(value)


def fill_errors(table: QTableWidget, preview: ImportPreview, zone: str = "UTC") -> None:
    """One line per problem: the row (or "file"), the field's label, the problem in the
    reader's language."""
    table.setRowCount(len(preview.errors))
    for r, err in enumerate(preview.errors):
        field = field_label(err.field) if err.field else ""
        shown = (problems.where(err.row), field, problems.say(err.reason, zone))
        for c, text in enumerate(shown):
            table.setItem(r, c, _item(text))
    table.resizeColumnToContents(0)
    table.resizeColumnToContents(1)


class DecisionTable(QTableWidget):
    """Rows whose delegation is ambiguous: the person picks one of the candidates."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Delegation")])
        self.horizontalHeader().setStretchLastSection(True)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.decided: dict[int, str] = {}

    def fill(self, preview: ImportPreview) -> None:
        self.blockSignals(True)
        open_rows = [(row, codes) for row, codes in preview.ambiguous if row not in self.decided]
        rows = sorted({*self.decided, *(r for r, _ in open_rows)})
        candidates = dict(preview.ambiguous)
        self.setRowCount(len(rows))
        for i, row in enumerate(rows):
            self.setItem(i, 0, _item(str(row)))
            combo = QComboBox()
            combo.addItem(self.tr("Choose…"), "")
            for code in candidates.get(row, (self.decided.get(row, ""),)):
                combo.addItem(code, code)
            combo.setCurrentIndex(max(combo.findData(self.decided.get(row, "")), 0))
            combo.currentIndexChanged.connect(
                lambda _i, row=row, combo=combo: self._choose(row, combo.currentData())
            )
            self.setCellWidget(i, 1, combo)
        self.blockSignals(False)

    def _choose(self, row: int, code: str) -> None:
        if code:
            self.decided[row] = code
        else:
            self.decided.pop(row, None)
        self.changed.emit()
