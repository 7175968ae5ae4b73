"""Refusal sentences for drafting: documents, clauses, proposals, procedure, revisions,
reading and Word.

code → sentence with {fields}; ui/refusals renders them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication  # noqa: F401  (the sentences use it)


def sentences() -> dict[str, str]:
    return {}
