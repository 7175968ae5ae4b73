"""Load the installers' Python files (they are scripts, not an importable package)."""

from __future__ import annotations

import importlib.util
from importlib.machinery import SourceFileLoader
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
INSTALLERS = ROOT / "installers"
APP_ID = "io.github.meetingdesk.MeetingDesk"
MIME_TYPE = "application/x-meetingdesk-package"


def load(relative: str, name: str) -> ModuleType:
    """The file installers/<relative> as a module (a .py file or an extension-less script)."""
    path = INSTALLERS / relative
    loader = SourceFileLoader(name, str(path))
    spec = importlib.util.spec_from_loader(name, loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module
