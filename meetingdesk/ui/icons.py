"""Icons drawn for MeetingDesk (SVG files in resources/icons), loaded through the package."""

from __future__ import annotations

from functools import cache
from importlib.resources import as_file, files

from PySide6.QtGui import QIcon, QPixmap


@cache
def icon(name: str) -> QIcon:
    """The icon resources/icons/<name>.svg; an empty icon when it is missing."""
    resource = files("meetingdesk.resources").joinpath("icons", f"{name}.svg")
    if not resource.is_file():
        return QIcon()
    with as_file(resource) as path:
        # Render now: the temporary file of a zipped install may vanish afterwards.
        pixmap = QPixmap(str(path))
    return QIcon(pixmap) if not pixmap.isNull() else QIcon()
