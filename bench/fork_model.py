"""Benchmark: with --workers, load the model before forking (shared) or in each worker after it?

    python bench/fork_model.py [--mb 0.1] [--workers 2]

Builds one small synthetic corpus twice with ``--workers N`` and no cache, in fresh interpreters:

* ``before``: what kg does — the parent loads GiNZA, then forks; workers share its pages;
* ``after``: the parent does not load it; every worker loads its own copy on its first batch.

Prints wall seconds, seconds until the first document comes back, and the peak proportional set
size (PSS, shared pages split between the processes that map them) summed over the parent and
its workers, sampled every 100 ms from /proc.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, loadavg  # noqa: E402
from corpus import MB, make_corpus  # noqa: E402


def _pss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            kids = [int(x) for x in fh.read().split()]
    except OSError:
        return []
    return kids + [g for k in kids for g in _children(k)]


def child(corpus: Path, workers: int, mode: str) -> None:
    import os

    import kg.pipeline
    from kg.pipeline import build

    if mode == "after":
        kg.pipeline._needs_model = lambda *_a: False  # workers load the model on their first parse
    me = os.getpid()
    state = {"peak": 0, "stop": False, "first": None}

    def sample() -> None:
        while not state["stop"]:
            total = sum(_pss(p) for p in [me, *_children(me)])
            state["peak"] = max(state["peak"], total)
            time.sleep(0.1)

    def progress(_doc: object) -> None:
        if state["first"] is None:
            state["first"] = time.perf_counter() - t0

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    t0 = time.perf_counter()
    build([corpus], workers=workers, use_cache=False, progress=progress)
    secs = time.perf_counter() - t0
    state["stop"] = True
    thread.join()
    print(json.dumps({"seconds": secs, "first": state["first"], "pss": state["peak"]}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=0.1)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--mode", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        child(a.child, a.workers, a.mode)
        return
    with tempfile.TemporaryDirectory(prefix="kg-fork-") as tmp:
        corpus = Path(tmp) / "corpus"
        make_corpus(corpus, int(a.mb * MB), tag=f"fork{time.time_ns()}")
        for mode in ("before", "after"):
            cmd = [sys.executable, __file__, "--child", str(corpus), "--workers", str(a.workers),
                   "--mode", mode]
            r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
            if r.returncode != 0:
                raise SystemExit(r.stderr)
            res = json.loads(r.stdout.strip().splitlines()[-1])
            print(f"  model loaded {mode:<6} fork: {res['seconds']:6.1f} s, first document after "
                  f"{res['first']:5.1f} s, peak PSS (all processes) {res['pss'] / 2**20:,.0f} MiB  "
                  f"(load average {loadavg()})", flush=True)


if __name__ == "__main__":
    main()
