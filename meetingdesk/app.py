"""Start the window: application names, translators, the database, the main window.

Start-up stays light: nothing here (or in the window's modules) imports ReportLab,
openpyxl or icalendar; exporters import them when first used.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from importlib.resources import as_file, files
from pathlib import Path

from meetingdesk import APP_NAME, ORG_NAME, __version__

ENV_LANG = "MEETINGDESK_LANG"
SMOKE_TIMEOUT_MS = 120_000
PACKAGE_SUFFIX = ".mdpkg"


def run_gui(db_url: str | None = None, smoke: bool = False, document: str | None = None) -> int:
    """Run the window until it is closed; the exit code for the process.

    The window is shown first and the database layer is imported and opened behind it
    (ui.window_start): a start costs little more than a bare Qt window to the first paint.
    smoke: show the window (printing "smoke shown"), wait until its first view holds data,
    print one line, exit 0.
    document: a package file to open instead of the usual database (a refused one is
    reported in one line; the window then opens the usual database, a smoke run exits 1).
    """
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    # Names first: QSettings and QStandardPaths derive their folders from them.
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    app.setDesktopFileName("meetingdesk")
    app.setWindowIcon(app_icon())

    from PySide6.QtCore import qVersion

    from meetingdesk import logs
    from meetingdesk.ui import crash, gc_policy

    gc_policy.install(app)
    from meetingdesk.ui import theme

    theme.mend_palette(app)
    logs.configure(qt_version=qVersion())
    crash.install()
    crash.route_qt_messages()

    from meetingdesk.ui import settings

    install_translators(app, os.environ.get(ENV_LANG) or settings.language())

    from meetingdesk.ui import single_instance

    if document and not smoke and single_instance.hand_over(document):
        return 0  # the window already running opens it
    instance = None if smoke else single_instance.start_server(app)
    if document:
        package_url, problem = single_instance.open_package_file(document)
        if package_url is None:
            _report(problem, smoke, QCoreApplication.translate("App", "Package not opened"))
            if smoke:
                return 1
        db_url = package_url or db_url

    from meetingdesk.store.leftovers import clean

    clean()  # .part files of a backup or export killed mid-write
    url, start = start_url(db_url, smoke)
    if url is None:
        return 0  # the person quit the start dialog
    from meetingdesk.ui.jobs import wait_for_jobs
    from meetingdesk.ui.main_window import MainWindow

    window = MainWindow()
    if instance is not None:
        instance.attach(window)
    outcome: dict[str, int] = {}

    def finish(rc: int) -> None:
        outcome.setdefault("rc", rc)
        QTimer.singleShot(0, lambda: app.exit(outcome["rc"]))  # also before exec()

    def start_failed(reason: str) -> None:
        _report(reason, smoke, QCoreApplication.translate("App", "Cannot open the database"))
        finish(1)

    def start_problem(reason: str) -> None:
        if smoke:
            print(f"smoke failed: demo meeting: {reason}", file=sys.stderr)
            finish(1)
        else:
            _report(reason, False, QCoreApplication.translate("App", "Demo meeting not loaded"))

    window.start_failed.connect(start_failed)
    window.start_problem.connect(start_problem)
    if smoke:

        def ready() -> None:
            from meetingdesk.services.logistics.delegations import list_delegations

            if "rc" in outcome:
                return
            meeting_id = window.hub.meeting_id
            desk = window.hub.desk
            count = len(list_delegations(desk, meeting_id)) if meeting_id is not None else 0
            print(f"smoke ok: {count} delegations", flush=True)
            finish(0)

        def too_slow() -> None:
            if "rc" not in outcome:
                print(
                    f"smoke failed: the window was not ready after {SMOKE_TIMEOUT_MS // 1000} s",
                    file=sys.stderr,
                )
                finish(1)

        def page_built(page) -> None:
            failed = getattr(page, "failed", None)  # a view that could not load its data
            if failed is not None:
                failed.connect(view_failed)

        def view_failed(reason: str) -> None:
            print(f"smoke failed: {reason}", file=sys.stderr)
            finish(1)

        window.ready.connect(ready)
        window.pages.created.connect(page_built)
        QTimer.singleShot(SMOKE_TIMEOUT_MS, too_slow)
    window.show()
    if smoke:
        app.processEvents()  # the first paint
        print("smoke shown", flush=True)
    window.open_first(url, prepare=prepare_demo, remember=not smoke)
    if start == "new" and not smoke:
        _when_open(window, window.new_meeting)
    rc = app.exec()
    wait_for_jobs(10_000)
    if window.hub.desk is not None:
        window.hub.desk.close()
    return rc


def _when_open(window, call) -> None:
    """call() once the window's first database is attached (New meeting on a first start)."""

    def attached() -> None:
        window.hub.desk_replaced.disconnect(attached)
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, call)

    window.hub.desk_replaced.connect(attached)


def app_icon():
    """The application icon (resources/icons/app), every drawn size, for all windows."""
    from PySide6.QtGui import QIcon, QPixmap

    icon = QIcon()
    for resource in files("meetingdesk.resources").joinpath("icons", "app").iterdir():
        if resource.name.startswith("meetingdesk-") and resource.name.endswith(".png"):
            with as_file(resource) as path:
                icon.addPixmap(QPixmap(str(path)))  # read now: a temporary file may vanish
    return icon


def start_url(explicit: str | None, smoke: bool) -> tuple[str | None, str]:
    """(what to open, how) for this run: how is "" (given or remembered), "demo", "new" or
    "open"; what is a URL or a file path ('' for the default file), resolved into a URL by
    the background job that opens it (SQLAlchemy's URL code is not imported before the
    window shows).

    The first start (no --db, no MEETINGDESK_DB, nothing used before) asks in the start
    dialog; the demo is its default and --smoke takes it without asking. The demo always
    lives in its own file, never in the working database.
    """
    from meetingdesk.store.paths import ENV_DB, demo_url
    from meetingdesk.ui import settings

    if explicit or os.environ.get(ENV_DB) or settings.last_database():
        return choose_target(explicit), ""
    if smoke:
        return demo_url(), "demo"
    from meetingdesk.ui.meetings.start_dialog import StartDialog

    choice = StartDialog.ask()
    if choice is None:
        return None, ""
    return choice.url, choice.kind


def choose_target(explicit: str | None) -> str:
    """--db, else MEETINGDESK_DB, else the database used last time, else '' (the default
    file), as given: a URL or a path."""
    from meetingdesk.store.paths import ENV_DB
    from meetingdesk.ui import settings

    return explicit or os.environ.get(ENV_DB) or settings.last_database() or ""


def choose_url(explicit: str | None) -> str:
    """The URL choose_target names."""
    from meetingdesk.store.paths import resolve_url

    return resolve_url(choose_target(explicit) or None)


def prepare_demo(desk) -> str:
    """The demo's own file gets the demo meeting (never a working database, never a team
    server); '' or the reason it failed. Runs in the job that opens the first database."""
    from meetingdesk.store.paths import is_demo_url

    return load_demo_if_empty(desk) if is_demo_url(desk.url) else ""


def split_document_argument(argv: list[str]) -> tuple[list[str], str | None]:
    """(arguments without it, the file) when argv names a .mdpkg file where a command goes.

    `meetingdesk FILE.mdpkg` and `meetingdesk --db URL FILE.mdpkg` open the package in the
    window (desktops, the Windows association and macOS pass packages only); anything else
    is left to the parser, which explains a mistyped command.
    """
    skip_value = False
    for index, token in enumerate(argv):
        if skip_value:
            skip_value = False
        elif token == "--db":
            skip_value = True
        elif not token.startswith("-"):
            if token.lower().endswith(PACKAGE_SUFFIX):
                return argv[:index] + argv[index + 1 :], token
            return argv, None
    return argv, None


def load_demo_if_empty(desk) -> str:
    """Load the demo meeting into a database without meetings; '' or the reason it failed.

    Called for the demo's own database only (start_url): a working database never gets it.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from meetingdesk.services.base import DeskError
    from meetingdesk.services.meetings import list_meetings
    from meetingdesk.store.engine import StoreError

    if importlib.util.find_spec("meetingdesk.demo.meeting") is None:
        return ""
    try:
        if list_meetings(desk):
            return ""
        from meetingdesk.demo.meeting import load_demo

        load_demo(desk)
    except (StoreError, DeskError, SQLAlchemyError, OSError, ValueError) as exc:
        return _one_line(exc)
    return ""


def install_translators(app, language: str = "", qm_dir: Path | None = None) -> list:
    """Install Qt's own and MeetingDesk's translations for language (or the system's).

    A missing .qm file is not an error: the interface then stays in English.
    Returns the installed translators (kept alive as an attribute of app too).
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    installed = []
    qtbase = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qtbase.load(locale, "qtbase", "_", qt_dir) and app.installTranslator(qtbase):
        installed.append(qtbase)
    ours = QTranslator(app)
    if _load_ours(ours, locale, qm_dir) and app.installTranslator(ours):
        installed.append(ours)
    app._meetingdesk_translators = installed  # keep them referenced
    return installed


def _load_ours(translator, locale, qm_dir: Path | None) -> bool:
    candidates: list[str] = []
    for name in locale.uiLanguages():
        tag = name.replace("-", "_")
        for part in (tag, tag.split("_")[0]):
            if part and part not in candidates:
                candidates.append(part)
    for tag in candidates:
        if tag == "en":
            return False  # the source language needs no translation
        filename = f"meetingdesk_{tag}.qm"
        if qm_dir is not None:
            path = qm_dir / filename
            if path.is_file() and translator.load(str(path)):
                return True
            continue
        resource = files("meetingdesk.resources").joinpath("translations", filename)
        if resource.is_file():
            with as_file(resource) as path:
                if translator.load(str(path)):
                    return True
        compiled = compiled_translation(tag)
        if compiled is not None and translator.load(str(compiled)):
            return True
    return False


_LRELEASE = (
    "import sys; from PySide6.scripts.pyside_tool import lrelease; "
    "sys.argv = ['lrelease', '-silent', sys.argv[1], '-qm', sys.argv[2]]; lrelease()"
)


def compiled_translation(tag: str) -> Path | None:
    """The .qm for tag, compiled from the shipped .ts into the user's cache folder.

    Installers build .qm files at build time; a plain pip install carries only the .ts
    sources, so the first start in that language compiles them once with the lrelease
    tool that comes with PySide6 (keyed by the source's hash, so an update recompiles).
    """
    import hashlib
    import subprocess

    from platformdirs import user_cache_path

    source = files("meetingdesk.resources").joinpath("translations", f"meetingdesk_{tag}.ts")
    if not source.is_file():
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    cache = user_cache_path(APP_NAME, ORG_NAME) / "translations"
    target = cache / f"meetingdesk_{tag}-{digest}.qm"
    if target.is_file():
        return target
    try:
        cache.mkdir(parents=True, exist_ok=True)
        with as_file(source) as ts_path:
            subprocess.run(
                [sys.executable, "-c", _LRELEASE, str(ts_path), str(target)],
                capture_output=True,
                timeout=120,
                check=False,
            )
    except (OSError, subprocess.SubprocessError):
        return None
    return target if target.is_file() else None


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _report(reason: str, smoke: bool, title: str) -> None:
    if smoke:
        print(reason, file=sys.stderr)
        return
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, title, reason)
