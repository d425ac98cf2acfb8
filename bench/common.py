"""Helpers shared by the issue-6 benchmarks: run ``kg build`` as a user would, and note the load."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def loadavg() -> str:
    """The 1-minute load average: the machine is shared, so every timing is printed with it."""
    return f"{os.getloadavg()[0]:.2f}"


def kg_build(corpus: Path, out: Path, *args: str) -> float:
    """Wall seconds of one ``kg build`` command in a fresh interpreter (imports and model load included)."""
    cmd = [sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "--quiet", *args]
    t0 = time.perf_counter()
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    secs = time.perf_counter() - t0
    if r.returncode != 0:
        raise SystemExit(f"kg build failed ({r.returncode}):\n{r.stderr}")
    return secs


def kg_build_usage(corpus: Path, out: Path, *args: str) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system, from ``wait4``) of one ``kg build`` command.

    CPU seconds are what the command itself used: on a shared machine they move much less with
    the other jobs' load than wall seconds do, so the benchmarks print both.
    """
    cmd = [sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "--quiet", *args]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    secs = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"kg build failed:\n{proc.stderr.read().decode()}")
    return secs, usage.ru_utime + usage.ru_stime


def rate(chars: int, secs: float) -> str:
    return f"{chars / secs:,.0f} chars/s"
