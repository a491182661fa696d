"""Start-up time and memory against a bare PySide6 window (DESIGN.md, Performance).

    .venv/bin/python bench/bench_startup.py [--runs 7] [--visits 300]

Runs, alternating so machine noise hits both alike, each in its own process under
QT_QPA_PLATFORM=offscreen at 1366×768:
- the floor: a bare script that creates a QApplication and a QMainWindow of the same
  size, shows it and notes its first paint;
- the program: `main.py --size 1366x768` on a prepared data folder (demo data, already
  migrated, today's backup taken) with LAIFANG_STARTUP_PROBE=1, which notes the first
  paint of the main window and the moment it is ready for a card swipe (services open,
  every page's first data loaded, the cursor in 证件号码), then quits.

Times are wall clock from just before the process is started; memory is the process's
peak resident set (VmHWM) at the moment it reports. Compiled bytecode is cached (in the
temporary folder, PYTHONPYCACHEPREFIX) for both, as an installed program has it: an
environment with PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module of ours
from source at every start (~50-100 ms) while PySide6's come compiled with the wheel;
`--no-bytecode-cache` measures that way. Prints the medians and the three
ratios against the targets: first paint ≤ 1.5×, ready ≤ 3×, peak memory ≤ 2×.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1366, 768)
PROBE_ENV = "LAIFANG_STARTUP_PROBE"

FLOOR_SCRIPT = f"""
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow


def peak_kib():
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            painted = time.time()
            print(f"startup-probe first_paint={{painted:.6f}} ready={{painted:.6f}} "
                  f"peak_kib={{peak_kib()}}", file=sys.stderr, flush=True)
            app.quit()
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize({SIZE[0]}, {SIZE[1]})
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
app.exec()
"""


def parse_probe(stderr: str) -> tuple[float, float, int]:
    for line in stderr.splitlines():
        if line.startswith("startup-probe "):
            values = dict(part.split("=", 1) for part in line.split()[1:])
            return float(values["first_paint"]), float(values["ready"]), int(values["peak_kib"])
    raise RuntimeError(f"no startup-probe line in the output:\n{stderr[-3000:]}")


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(seconds to first paint, seconds to ready, peak MiB) of one process."""
    started = time.time()
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    if result.returncode != 0:
        raise RuntimeError(f"{command} exited {result.returncode}:\n{result.stderr[-3000:]}")
    painted, ready, peak = parse_probe(result.stderr)
    return painted - started, ready - started, peak / 1024


def prepare(data: Path, visits: int, env: dict[str, str]) -> None:
    """Demo data (migrates and seeds), then one window start (terminal.json, today's
    backup), so every measured start finds a database at head."""
    main = str(ROOT / "main.py")
    subprocess.run([sys.executable, main, "demo", "--visits", str(visits)], cwd=ROOT,
                   env=env, check=True, capture_output=True, timeout=300)
    shot = data / "warm-up.png"
    subprocess.run([sys.executable, main, "--screenshot", str(shot)], cwd=ROOT, env=env,
                   check=True, capture_output=True, timeout=300)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--visits", type=int, default=300)
    parser.add_argument("--no-bytecode-cache", action="store_true",
                        help="keep the environment's PYTHONDONTWRITEBYTECODE")
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop(PROBE_ENV, None)
    with tempfile.TemporaryDirectory(prefix="laifang-startup-") as folder:
        data = Path(folder) / "data"
        env["LAIFANG_DATA_DIR"] = str(data)
        if not args.no_bytecode_cache:
            # Written by the preparation and the warm-up runs, read by the measured ones.
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        prepare(data, args.visits, env)
        floor_cmd = [sys.executable, "-c", FLOOR_SCRIPT]
        ours_cmd = [sys.executable, str(ROOT / "main.py"), "--size", f"{SIZE[0]}x{SIZE[1]}"]
        ours_env = dict(env, **{PROBE_ENV: "1"})
        run_once(floor_cmd, env)  # warm the page cache for both
        run_once(ours_cmd, ours_env)
        floors: list[tuple[float, float, float]] = []
        ours: list[tuple[float, float, float]] = []
        for _ in range(args.runs):
            floors.append(run_once(floor_cmd, env))
            ours.append(run_once(ours_cmd, ours_env))

    floor_paint = statistics.median(run[0] for run in floors)
    floor_mem = statistics.median(run[2] for run in floors)
    paint = statistics.median(run[0] for run in ours)
    ready = statistics.median(run[1] for run in ours)
    mem = statistics.median(run[2] for run in ours)
    print("bytecode: " + ("compiled at every start (PYTHONDONTWRITEBYTECODE)"
                          if args.no_bytecode_cache and "PYTHONDONTWRITEBYTECODE" in env
                          else "cached, as installed"))
    print(f"floor (bare PySide6 window {SIZE[0]}x{SIZE[1]}): first paint "
          f"{floor_paint * 1000:.0f} ms, peak {floor_mem:.0f} MiB (median of {args.runs})")
    print(f"program: first paint {paint * 1000:.0f} ms, ready for a card swipe "
          f"{ready * 1000:.0f} ms, peak at ready {mem:.0f} MiB")
    ok = True
    for name, ratio, target in (
        ("first painted main window", paint / floor_paint, 1.5),
        ("ready for a card swipe (first data loaded)", ready / floor_paint, 3.0),
        ("peak memory at ready", mem / floor_mem, 2.0),
    ):
        good = ratio <= target
        ok &= good
        print(f"{name}: ratio {ratio:.2f}x (target <= {target}x) "
              f"{'OK' if good else 'OVER TARGET'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
