"""The checks every text a drafter types or imports passes before it is written: not empty,
not enormous, bracket markup balanced, a known language. A refusal carries its code and data
(which text, where, the fault and its 1-based position) for the window to say."""

from __future__ import annotations

from meetingdesk.services.base import ValidationError
from meetingdesk.text.brackets import BracketError, validate

LANGUAGES = ("en", "ja")
MAX_CLAUSE_CHARS = 20_000


def check_text(text: str, where: str = "clause", *, part: str = "", **place: object) -> str:
    """Refuse empty, enormous and unbalanced-bracket texts with the position named.

    ``where`` names the text in English (the command line prints it); ``part`` says which
    text it is as data ("en", "ja", "proposed", "accepted", "bracketed", "resolved") and
    ``place`` where it stands (a clause's params, an import line as ``place="line 4"``),
    so that the window can say it in its language. A markup fault carries its kind
    (``fault``: the BracketError code, ``detail``) and the 1-based ``position``."""
    params: dict[str, object] = {"text_part": part, **place}
    if not text.strip():
        raise ValidationError(
            f"{where}: the text is empty (delete the clause instead)", code="text_empty", **params
        )
    if len(text) > MAX_CLAUSE_CHARS:
        raise ValidationError(
            f"{where}: the text has {len(text)} characters; a clause holds {MAX_CLAUSE_CHARS} "
            "at most — split it",
            code="text_too_long",
            count=len(text),
            limit=MAX_CLAUSE_CHARS,
            **params,
        )
    error: BracketError | None = validate(text)
    if error is not None:
        raise ValidationError(
            f"{where}: {error}", code="text_markup", **markup_params(error), **params
        )
    return text


def check_language(lang: str) -> str:
    """Refuse a language code other than en / ja (the window lists the languages it may be)."""
    if lang not in LANGUAGES:
        raise ValidationError(
            f"language {lang!r} is not one of {', '.join(LANGUAGES)}",
            code="unknown_language",
            language=lang,
            languages=list(LANGUAGES),
        )
    return lang


def markup_params(error: BracketError) -> dict[str, object]:
    """A bracket fault as refusal data: its kind, the bad delegation code, the 1-based
    character (the one people count in; BracketError.position is 0-based)."""
    return {"fault": error.code, "detail": error.detail, "position": error.position + 1}
