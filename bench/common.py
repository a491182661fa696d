"""Shared helpers for the benchmarks: timing medians and the stored-visits database."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path


def median_ms(fn: Callable[[], object], repeat: int, warmup: int = 3) -> float:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def report(name: str, ours_ms: float, floor_ms: float, floor_name: str, target: float) -> bool:
    ratio = ours_ms / floor_ms
    ok = ratio <= target
    print(f"{name}: median {ours_ms:.3f} ms; floor ({floor_name}) median {floor_ms:.3f} ms; "
          f"ratio {ratio:.2f}x (target <= {target}x) {'OK' if ok else 'OVER TARGET'}")
    return ok


def bench_dir() -> Path:
    path = Path(os.environ.get("LAIFANG_BENCH_DIR", "/tmp/laifang-bench"))
    path.mkdir(parents=True, exist_ok=True)
    return path
