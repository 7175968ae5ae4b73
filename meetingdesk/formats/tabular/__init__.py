# SPDX-License-Identifier: GPL-3.0-or-later
"""Tables as registration systems and spreadsheets give them: CSV (any usual encoding),
XLSX and ODS read into one plain `Table`, and the column mapping from a file's headers to
the fields of an importer. No database access: services check rows against the meeting.
"""

from __future__ import annotations

from .mapping import ColumnMapping, FieldSpec, layout_key, normalise_header, resolve_mapping
from .read import Table, TableError, read_table

__all__ = [
    "ColumnMapping",
    "FieldSpec",
    "Table",
    "TableError",
    "layout_key",
    "normalise_header",
    "read_table",
    "resolve_mapping",
]
