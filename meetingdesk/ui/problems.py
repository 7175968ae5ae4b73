"""Problems found in files and texts (text.problems.Problem), in the reader's language.

Import reports keep one Problem per row and field: English text plus a code and data. The
window renders the code's sentence here through tr(); a problem without a code, or with a
code that has no sentence, is shown as its English text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication  # noqa: F401  (the sentences use it)


def sentences() -> dict[str, str]:
    """Problem code → sentence with {fields}."""
    return {}


def say(problem: object, zone: str = "UTC") -> str:
    """One problem in the reader's language (its English text when it has no sentence)."""
    from meetingdesk.ui import refusals

    code = getattr(problem, "code", "")
    if code:
        shown = refusals.render(code, getattr(problem, "params", {}) or {}, zone)
        if shown is not None:
            return shown
    return str(problem)
