"""The window's pages, built when first shown.

Only the page on screen at start-up is imported and built; the drafting, action plan and
other areas load their modules the first time a person opens them. This keeps start-up
close to a bare Qt window.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtWidgets import (
    QFrame,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from . import icons


@dataclass(frozen=True)
class PageSpec:
    module: str
    name: str
    icon: str

    def matches(self, cls: type) -> bool:
        return cls.__name__ == self.name and cls.__module__.startswith(self.module)


class Pages(QObject):
    """Navigation rows and stack slots for pages that exist or are built on demand."""

    #: a page was built (carries the widget): the window wires its signals then
    created = Signal(object)

    def __init__(
        self, nav: QListWidget, stack: QStackedWidget, build: Callable[[type], QWidget]
    ) -> None:
        super().__init__(stack)
        self.nav = nav
        self.stack = stack
        self._build = build
        self._specs: list[PageSpec | None] = []
        self._pages: list[QWidget | None] = []

    def declare(self, spec: PageSpec, title: str) -> int:
        """A page built from spec when it is first needed; returns its row."""
        self._specs.append(spec)
        self._pages.append(None)
        return self._add_row(title, spec.icon)

    def add(self, page: QWidget, title: str, icon: str = "") -> int:
        """A page that already exists (another area's widget); returns its row."""
        self._specs.append(None)
        self._pages.append(page)
        row = self._add_row(title, icon)
        self._holder(row).setWidget(page)
        return row

    def _add_row(self, title: str, icon: str) -> int:
        item = QListWidgetItem(icons.icon(icon), title)
        item.setSizeHint(QSize(0, 36))
        self.nav.addItem(item)
        # In a scroll area: a page wider than a small laptop screen scrolls instead of
        # forcing its minimum size onto the whole window.
        holder = QScrollArea(self.stack)
        holder.setWidgetResizable(True)
        holder.setFrameShape(QFrame.Shape.NoFrame)
        return self.stack.addWidget(holder)

    def _holder(self, row: int) -> QScrollArea:
        holder = self.stack.widget(row)
        assert isinstance(holder, QScrollArea)
        return holder

    def __len__(self) -> int:
        return len(self._pages)

    def page(self, row: int) -> QWidget:
        """The page at row, built now if it was not yet."""
        page = self._pages[row]
        if page is None:
            spec = self._specs[row]
            assert spec is not None
            cls = getattr(importlib.import_module(spec.module), spec.name)
            page = self._build(cls)
            self._pages[row] = page
            self._holder(row).setWidget(page)
            self.created.emit(page)
        return page

    def built(self) -> list[QWidget]:
        return [p for p in self._pages if p is not None]

    def row_of(self, cls: type) -> int:
        for row, (spec, page) in enumerate(zip(self._specs, self._pages, strict=True)):
            if (spec is not None and spec.matches(cls)) or (spec is None and isinstance(page, cls)):
                return row
        raise KeyError(f"no page of class {cls.__name__}")

    def row_named(self, name: str) -> int:
        return next(row for row, spec in enumerate(self._specs) if spec and spec.name == name)

    def existing(self, row: int) -> QWidget | None:
        return self._pages[row]

    def index(self, page: QWidget) -> int:
        return self._pages.index(page)
