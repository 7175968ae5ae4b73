"""Start-up benchmark: `main.py --smoke` on the demo meeting against a bare Qt window.

Run: python tests/bench/bench_startup.py [-n 5]
Both are started as fresh processes in the same run, offscreen; prints the medians and the
ratio program/floor (goal: at most 2.0). Not collected by pytest; it asserts nothing.
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=5, help="runs of each (default 5)")
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
        if importlib.util.find_spec("meetingdesk.services.demo") is not None:
            timed([sys.executable, main_py, "--db", str(db), "demo"], env)
            what = "demo meeting"
        else:
            timed([sys.executable, main_py, "--db", str(db), "check"], env)
            what = "EMPTY database (meetingdesk.services.demo missing)"
        program_cmd = [sys.executable, main_py, "--smoke", "--db", str(db)]
        floor_cmd = [sys.executable, str(floor)]
        # One untimed run of each warms the file cache; then alternate so noise hits both.
        timed(program_cmd, env)
        timed(floor_cmd, env)
        program, bare = [], []
        for _ in range(args.runs):
            program.append(timed(program_cmd, env))
            bare.append(timed(floor_cmd, env))

    p, f = statistics.median(program), statistics.median(bare)
    print(f"start-up to a shown main window, {args.runs} runs each, {what}, offscreen")
    print(f"  program (main.py --smoke)  median {p:.3f} s   runs {_fmt(program)}")
    print(f"  floor   (qt_floor.py)      median {f:.3f} s   runs {_fmt(bare)}")
    verdict = "within" if p / f <= GOAL else "ABOVE"
    print(f"  ratio program/floor {p / f:.2f} ({verdict} the goal of {GOAL:.1f})")
    return 0


def _fmt(values: list[float]) -> str:
    return " ".join(f"{v:.3f}" for v in values)


if __name__ == "__main__":
    raise SystemExit(main())
