"""The Japanese interface: meetingdesk_ja.ts keeps every placeholder, compiles, and loads.

The .ts is Qt Linguist XML made by pyside6-lupdate. A finished translation that drops a
`{name}` field breaks str.format at run time; one that drops `%1` leaves a raw marker on
screen; a doubled `&` gives a menu two accelerators. These tests catch all three before
anyone sees the window in Japanese.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from defusedxml import ElementTree

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "resources" / "translations" / "meetingdesk_ja.ts"

FORMAT_FIELD = re.compile(r"\{[^{}]*\}")
QT_MARKER = re.compile(r"%(?:n|[1-9])")
# One '&' followed by something other than '&' or a space; '&&' is a literal ampersand.
ACCELERATOR = re.compile(r"(?<!&)&(?=[^&\s])")
JAPANESE_ACCELERATOR = re.compile(r"\(&([A-Za-z0-9])\)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one per numerus form, else one
    finished: bool
    location: str

    def label(self) -> str:
        return f"[{self.context}] {self.source!r} ({self.location})"


def read_messages(path: Path = TS_FILE) -> list[Message]:
    root = ElementTree.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"a message of {name} has no <translation>"
            if message.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            where = message.find("location")
            location = "" if where is None else f"{where.get('filename')}:{where.get('line')}"
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            messages.append(
                Message(name, message.findtext("source") or "", forms, finished, location)
            )
    return messages


def finished_messages() -> list[Message]:
    return [m for m in read_messages() if m.finished]


def test_the_file_is_japanese_and_mostly_finished():
    root = ElementTree.parse(TS_FILE).getroot()
    assert root.get("language") == "ja_JP"
    messages = read_messages()
    assert len(messages) > 500
    done = [m for m in messages if m.finished]
    # Every string the window shows exists in Japanese (lupdate marks new ones unfinished).
    left = [m.label() for m in messages if not m.finished]
    assert not left, f"{len(left)} untranslated:\n" + "\n".join(left[:40])
    for m in done:
        assert all(form.strip() for form in m.translations), f"empty translation: {m.label()}"


def test_finished_translations_keep_format_fields_and_qt_markers():
    problems = []
    for m in finished_messages():
        want_fields = set(FORMAT_FIELD.findall(m.source))
        want_markers = set(QT_MARKER.findall(m.source))
        for form in m.translations:
            fields = set(FORMAT_FIELD.findall(form))
            markers = set(QT_MARKER.findall(form))
            if fields != want_fields or markers != want_markers:
                problems.append(
                    f"{m.label()}: fields {sorted(fields)} vs {sorted(want_fields)}, "
                    f"markers {sorted(markers)} vs {sorted(want_markers)}"
                )
    assert not problems, "\n".join(problems)


def test_finished_translations_keep_line_breaks_and_ellipses():
    problems = []
    for m in finished_messages():
        for form in m.translations:
            if form.count("\n") != m.source.count("\n"):
                problems.append(f"{m.label()}: line breaks differ")
            if "…" in m.source and "…" not in form:
                problems.append(f"{m.label()}: the ellipsis (…) is missing")
    assert not problems, "\n".join(problems)


def test_accelerators_appear_once_and_in_the_japanese_form():
    problems = []
    for m in finished_messages():
        source_keys = ACCELERATOR.findall(m.source)
        source_letter = m.source[m.source.index("&") + 1].upper() if source_keys else ""
        for form in m.translations:
            count = len(ACCELERATOR.findall(form))
            if count > 1:
                problems.append(f"{m.label()}: {count} accelerators in {form!r}")
            elif count != len(source_keys):
                problems.append(f"{m.label()}: accelerator lost or added in {form!r}")
            elif count == 1 and not form.isascii():
                found = JAPANESE_ACCELERATOR.search(form)
                if found is None:
                    problems.append(f"{m.label()}: use the form 名前(&X) in {form!r}")
                elif found.group(1).upper() != source_letter:
                    problems.append(f"{m.label()}: key {found.group(1)} is not {source_letter}")
    assert not problems, "\n".join(problems)


def test_the_checks_catch_a_broken_translation(tmp_path):
    """The checks above would fail on a bad file (so their passing means something)."""
    broken = tmp_path / "broken.ts"
    broken.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="ja_JP"><context><name>X</name>'
        "<message><source>Saved {path}</source><translation>保存しました</translation></message>"
        "<message><source>&amp;File</source>"
        "<translation>ファ&amp;イル(&amp;F)</translation></message>"
        '<message><source>Row %1</source><translation type="unfinished"></translation>'
        "</message></context></TS>",
        encoding="utf-8",
    )
    messages = read_messages(broken)
    assert [m.finished for m in messages] == [True, True, False]
    saved, menu, _row = messages
    assert set(FORMAT_FIELD.findall(saved.translations[0])) != {"{path}"}
    assert len(ACCELERATOR.findall(menu.translations[0])) == 2


def find_lrelease() -> Path | None:
    """pyside6-lrelease beside the interpreter, else the lrelease inside the PySide6 package."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return beside
    try:
        import PySide6
    except ImportError:
        return None
    package = Path(PySide6.__file__).parent
    for candidate in (package / "lrelease", package / "lrelease.exe", package / "Qt/bin/lrelease"):
        if candidate.exists():
            return candidate
    return None


def compile_qm(target_dir: Path) -> subprocess.CompletedProcess[str]:
    tool = find_lrelease()
    if tool is None:
        if os.environ.get("CI") == "true":
            pytest.fail("lrelease is missing under CI: PySide6 ships it, so the install is broken")
        pytest.skip("no lrelease found (neither pyside6-lrelease nor PySide6's own)")
    qm = target_dir / "meetingdesk_ja.qm"
    return subprocess.run(
        [str(tool), str(TS_FILE), "-qm", str(qm)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_lrelease_compiles_the_file_without_errors(tmp_path):
    result = compile_qm(tmp_path)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "error" not in output.lower(), output
    qm = tmp_path / "meetingdesk_ja.qm"
    assert qm.is_file() and qm.stat().st_size > 10_000
    assert re.search(r"Generated \d+ translation", output), output


def test_the_main_window_menus_come_out_in_japanese(tmp_path):
    pytest.importorskip("pytestqt")
    from PySide6.QtCore import QCoreApplication, QLocale
    from PySide6.QtWidgets import QApplication, QMainWindow

    from meetingdesk.app import install_translators
    from meetingdesk.ui.window_actions import build_menus, create_actions

    result = compile_qm(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    app = QApplication.instance() or QApplication([])
    before = QLocale()
    installed = install_translators(app, "ja", qm_dir=tmp_path)
    window = QMainWindow()
    try:
        ours = [t for t in installed if t.filePath().startswith(str(tmp_path))]
        assert ours, "the compiled meetingdesk_ja.qm was not installed"
        actions = create_actions(window)
        build_menus(window.menuBar(), actions)
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles == ["ファイル(&F)", "編集(&E)", "会合(&M)", "表示(&V)", "ヘルプ(&H)"]
        file_menu = window.menuBar().actions()[0].menu()
        texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
        assert "パッケージをチェックアウト(&T)…" in texts
        assert "PDF を書き出す(&E)…" in texts
        assert (
            actions.resolve_conflicts.statusTip()
            == "チェックインで競合となった条項の扱いを決めます"
        )
        # Labels built through translate() helpers that lupdate cannot see; their entries
        # sit in the run-time contexts (ActionPlanView, Drafting, Exporting).
        from meetingdesk.ui.actions.model import status_text
        from meetingdesk.ui.exports.options import kind_label
        from meetingdesk.ui.labels import stance as stance_label

        assert status_text("in_progress") == "実施中"
        assert stance_label("awaiting_instructions") == "訓令待ち"
        assert kind_label("compilation") == "コンピレーション・テキスト(角括弧・提案)"
    finally:
        window.deleteLater()
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(before)
    assert QCoreApplication.translate("Actions", "&File") == "&File"


def test_every_audit_action_comes_out_in_japanese(tmp_path):
    """The Overview's Action column under the Japanese catalogue: no English left."""
    pytest.importorskip("pytestqt")
    import re as regex

    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from meetingdesk.app import install_translators
    from meetingdesk.ui import labels

    scan = Path(__file__).resolve().parents[1] / "meetingdesk" / "services"
    code = regex.compile(r'\baudit\(\s*\w+,\s*"([a-z_]+\.[a-z_]+)"')
    paths = [*scan.rglob("*.py"), *(scan.parent / "demo").rglob("*.py")]  # the demo's own too
    codes = sorted({c for p in paths for c in code.findall(p.read_text("utf-8"))})
    assert len(codes) > 30
    result = compile_qm(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    app = QApplication.instance() or QApplication([])
    before = QLocale()
    installed = install_translators(app, "ja", qm_dir=tmp_path)
    try:
        english = [
            f"{c}: {labels.audit_action(c)}"
            for c in codes
            if regex.search(r"[A-Za-z]", labels.audit_action(c))
        ]
        assert not english, "\n".join(english)
        assert labels.audit_what("Clause", {"lang": "ja"}, "declaration 5.") == (
            "declaration 5. — 日本語"
        )
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(before)


def _translated_literals() -> list[tuple[str, str]]:
    """(place, text) of every literal string the code hands to tr()/translate()."""
    import ast

    found = []
    for path in sorted((ROOT / "meetingdesk").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name == "tr" and node.args:
                arg = node.args[0]
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
                arg = node.args[1]
            else:
                continue
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                place = f"{path.relative_to(ROOT)}:{node.lineno}"
                found.append((place, arg.value))
    return found


def test_every_translated_literal_is_in_the_catalogue() -> None:
    """lupdate silently skips some calls (tr() inside an f-string, a multi-line translate()
    with a computed count): such a string would show in English under any catalogue."""
    import html

    text = TS_FILE.read_text(encoding="utf-8")
    sources = {html.unescape(s) for s in re.findall(r"<source>(.*?)</source>", text, re.S)}
    literals = _translated_literals()
    assert len(literals) > 1000, "the scan should find the window's strings"
    missing = [f"{place}: {source!r}" for place, source in literals if source not in sources]
    assert not missing, "not in the catalogue (refresh it with lupdate):\n" + "\n".join(missing)
