"""Start-up benchmark: `main.py --smoke` on the demo meeting against a bare Qt window.

Run: python tests/bench/bench_startup.py [-n 5] [--breakdown]
Both are started as fresh processes in the same run, offscreen; prints the medians and the
ratio program/floor (goal: at most 2.0). Not collected by pytest; it asserts nothing.

The program's figure is the time until it prints "smoke shown" (its window painted, as the
floor's is when it exits); the time until "smoke ok" (the first page filled with the
meeting's data) and the whole run are printed beside it.

--breakdown also times, as fresh processes too, the stages in between (a bare interpreter,
PySide6, SQLAlchemy core and ORM, the model classes and their mapping, the ORM's first query,
the app module) and sums `python -X importtime main.py --smoke` per top-level package, so
that the time above the floor can be put where it is spent.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOAL = 2.0


def shared_dir() -> Path:
    override = os.environ.get("MEETINGDESK_SHARED")
    return Path(override) if override else Path(__file__).resolve().parents[3] / "shared"


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        tail = (result.stderr or result.stdout).strip().splitlines()[-5:]
        raise SystemExit(f"{' '.join(cmd)} failed ({result.returncode}):\n" + "\n".join(tail))
    return elapsed


def timed_program(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(to "smoke shown", to "smoke ok", to exit) in seconds for one run of the program."""
    start = time.perf_counter()
    marks: dict[str, float] = {}
    with subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            for mark in ("smoke shown", "smoke ok"):
                if line.startswith(mark):
                    marks.setdefault(mark, time.perf_counter() - start)
        rc = proc.wait(timeout=300)
    total = time.perf_counter() - start
    if rc != 0 or len(marks) != 2:
        raise SystemExit(f"{' '.join(cmd)} failed ({rc}); marks seen: {sorted(marks)}")
    return marks["smoke shown"], marks["smoke ok"], total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=5, help="runs of each (default 5)")
    parser.add_argument("--breakdown", action="store_true", help="time the stages in between")
    args = parser.parse_args()

    floor = shared_dir() / "bench" / "qt_floor.py"
    if not floor.is_file():
        print(f"floor script not found at {floor}: set MEETINGDESK_SHARED to the shared folder")
        return 1
    if importlib.util.find_spec("meetingdesk.app") is None:
        print("meetingdesk/app.py does not exist yet: the window cannot start, nothing to measure")
        return 1

    with tempfile.TemporaryDirectory(prefix="md-bench-") as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "MEETINGDESK_DATA_DIR": tmp,
            # A first start: no remembered window state or page from a real profile.
            "XDG_CONFIG_HOME": str(Path(tmp) / "config"),
            "HOME": tmp,
        }
        env.pop("MEETINGDESK_DB", None)
        db = Path(tmp) / "demo.sqlite"
        main_py = str(ROOT / "main.py")
        if importlib.util.find_spec("meetingdesk.demo.meeting") is not None:
            timed([sys.executable, main_py, "--db", str(db), "demo"], env)
            what = "demo meeting"
        else:
            timed([sys.executable, main_py, "--db", str(db), "check"], env)
            what = "EMPTY database (meetingdesk.demo.meeting missing)"
        program_cmd = [sys.executable, main_py, "--smoke", "--db", str(db)]
        floor_cmd = [sys.executable, str(floor)]
        # One untimed run of each warms the file cache; then alternate so noise hits both.
        timed_program(program_cmd, env)
        timed(floor_cmd, env)
        program, filled, whole, bare = [], [], [], []
        for _ in range(args.runs):
            shown, ok, total = timed_program(program_cmd, env)
            program.append(shown)
            filled.append(ok)
            whole.append(total)
            bare.append(timed(floor_cmd, env))

        if args.breakdown:
            breakdown(args.runs, env, program_cmd)

    p, f = statistics.median(program), statistics.median(bare)
    print(f"start-up to a shown main window, {args.runs} runs each, {what}, offscreen")
    print(f"  program (main.py --smoke)  median {p:.3f} s   runs {_fmt(program)}")
    print(f"  floor   (qt_floor.py)      median {f:.3f} s   runs {_fmt(bare)}")
    verdict = "within" if p / f <= GOAL else "ABOVE"
    print(f"  ratio program/floor {p / f:.2f} ({verdict} the goal of {GOAL:.1f})")
    fm, wm = statistics.median(filled), statistics.median(whole)
    print(f"  program: first page filled median {fm:.3f} s ({fm / f:.2f}× the floor)")
    print(f"  program: whole smoke run median {wm:.3f} s   runs {_fmt(whole)}")
    return 0


# (label, code run by `python -c`), each stage including the ones before it.
STAGES = (
    ("interpreter only", "pass"),
    ("+ PySide6.QtWidgets", "import PySide6.QtWidgets"),
    ("sqlalchemy (core)", "import sqlalchemy"),
    ("sqlalchemy.orm", "import sqlalchemy.orm"),
    ("meetingdesk.model (classes declared)", "import meetingdesk.model"),
    (
        "  + configure_mappers()",
        "import meetingdesk.model; from sqlalchemy.orm import configure_mappers; "
        "configure_mappers()",
    ),
    ("meetingdesk.services.base (Desk)", "import meetingdesk.services.base"),
    ("meetingdesk.app (window code, no window)", "import meetingdesk.app"),
    ("PySide6 + sqlalchemy.orm + meetingdesk.model", "import PySide6.QtWidgets, meetingdesk.model"),
)


def breakdown(runs: int, env: dict[str, str], program_cmd: list[str]) -> None:
    """Stage medians (fresh processes) and -X importtime summed per top-level package."""
    print("stages (each a fresh process; medians):")
    for label, code in STAGES:
        times = [timed([sys.executable, "-c", code], env) for _ in range(runs)]
        print(f"  {label:<48} {statistics.median(times):.3f} s")
    result = subprocess.run(
        [sys.executable, "-X", "importtime", *program_cmd[1:]],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    totals: dict[str, int] = {}
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        parts = [x.strip() for x in line[len("import time:") :].split("|")]
        if not parts[0].isdigit():
            continue
        top = parts[2].strip().split(".")[0]
        totals[top] = totals.get(top, 0) + int(parts[0])  # self time, microseconds
    print("import self time of `main.py --smoke`, by top-level package (one run):")
    for name, us in sorted(totals.items(), key=lambda kv: -kv[1])[:12]:
        print(f"  {name:<30} {us / 1e6:.3f} s")
    print(f"  {'all imports':<30} {sum(totals.values()) / 1e6:.3f} s")


def _fmt(values: list[float]) -> str:
    return " ".join(f"{v:.3f}" for v in values)


if __name__ == "__main__":
    raise SystemExit(main())
