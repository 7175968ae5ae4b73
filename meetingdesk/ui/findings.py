"""What the integrity check finds (guards, history, audit chain, signed heads, SQLite's own
checks), in the reader's language: problem code → sentence with {fields}, rendered by
ui/refusals (ui/problems.say renders one finding)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication  # noqa: F401  (the sentences use it)


def sentences() -> dict[str, str]:
    return {}
