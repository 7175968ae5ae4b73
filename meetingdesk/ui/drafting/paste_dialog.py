"""Paste a draft: what the clipboard holds, Word's HTML when it offers some, else plain text.

The dialog keeps both forms of the pasted content; the import reads the HTML (list numbers,
headings, bold lines survive there) and falls back to the plain text.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class PasteDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.html = ""
        if language == "ja":
            self.setWindowTitle(self.tr("Paste the Japanese text"))
        else:
            self.setWindowTitle(self.tr("Paste the English text"))
        self.resize(700, 480)
        hint = QLabel(
            self.tr(
                "Copy the draft in Word (or any editor) and paste it here: one paragraph per "
                "line; numbers, headings and sub-paragraphs are detected."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.textChanged.connect(self._typed)
        self.paste_button = QPushButton(self.tr("Paste from the clipboard"), self)
        self.paste_button.clicked.connect(lambda _checked=False: self.paste_clipboard())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.paste_button)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.buttons)
        self._pasting = False

    def paste_clipboard(self) -> None:
        """Take the clipboard's text and, when present, its HTML (what Word puts there)."""
        data = QGuiApplication.clipboard().mimeData()
        if data is None:
            return
        self._pasting = True
        try:
            self.html = data.html() if data.hasHtml() else ""
            self.editor.setPlainText(data.text() if data.hasText() else "")
        finally:
            self._pasting = False

    def _typed(self) -> None:
        if not self._pasting:
            self.html = ""  # the user edited the text: it, not the clipboard's HTML, counts

    def content(self) -> tuple[str, str]:
        return self.editor.toPlainText(), self.html

    @classmethod
    def get(cls, language: str, parent: QWidget | None = None) -> tuple[tuple[str, str], bool]:
        """((text, html), True) when confirmed; (("", ""), False) otherwise."""
        dialog = cls(language, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return ("", ""), False
        return dialog.content(), True
