"""A problem found in a file or a text: an English sentence that also carries what happened
as data.

Readers (spreadsheets, Word files, bracket markup) report problems per row and field. The
command line and the logs print the English; the window says the same thing in the
reader's language from ``code`` and ``params`` (``ui/problems``). A problem is a ``str``
so that every place that joins, prints or compares the English keeps working unchanged,
and a plain string (no code) stays a valid problem that the window shows as written.
"""

from __future__ import annotations


class Problem(str):
    """``Problem("row 4 is empty", code='row_empty', row=4)``: English text, code, data."""

    code: str
    params: dict[str, object]

    def __new__(cls, message: str, code: str = "", **params: object) -> Problem:
        made = super().__new__(cls, message)
        made.code = code
        made.params = params
        return made

    def __reduce__(self):  # keep code and data through pickling (background jobs)
        return (_rebuild, (str(self), self.code, self.params))


def _rebuild(message: str, code: str, params: dict[str, object]) -> Problem:
    return Problem(message, code, **params)


def code_of(problem: object) -> str:
    """The code of a Problem, or "" for anything else (a plain string)."""
    return getattr(problem, "code", "") or ""
