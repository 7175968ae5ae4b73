"""Refusal sentences for meetings, logistics, actions, exports and offline work.

code → sentence with {fields}; ui/refusals renders them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication  # noqa: F401  (the sentences use it)


def sentences() -> dict[str, str]:
    return {}
