"""Strings of Qt's own dialogs that Qt's Japanese catalogue (qtbase_ja) leaves in English.

Qt's widget file dialog (used where no native one is offered, e.g. Linux without a desktop
portal) shows "&Look in:" and "Files of &type:" untranslated. Our catalogue is installed
after Qt's, so it is asked first: marking the strings here puts them in our .ts, and every
other QFileDialog string still comes from Qt's own catalogue. Nothing imports this module;
lupdate reads it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
