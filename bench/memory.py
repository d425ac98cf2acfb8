"""Benchmark: peak memory of a build on a 4 MB corpus against a 1 MB corpus (streaming check).

    python bench/memory.py [--sizes 1,4] [--cache]

Each size gets its own synthetic corpus (bench/corpus.py) and a fresh interpreter that runs
``kg.pipeline.build`` (one process, no parse cache unless ``--cache`` — the parser path is the
one that must stream) while a thread samples the resident set size every 20 ms.  Reported:

* loop peak: the highest RSS while documents stream through (until the last progress callback);
* whole peak: ``ru_maxrss`` of the process, including graph assembly after the loop;
* graph: the deep size of the finished NetworkX graph (what necessarily grows with the corpus).

Issue 6's target is peak(4 MB) / peak(1 MB) <= 1.2 apart from the graph itself, printed as
(loop peak - graph) ratio; the plain ratios are printed too.  Takes one cold parse of every
size (~5 MB in total), so it is the slowest of the benchmarks.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, loadavg  # noqa: E402
from corpus import MB, corpus_chars, make_corpus  # noqa: E402

PAGE = os.sysconf("SC_PAGE_SIZE")


def rss_bytes() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * PAGE


def deep_size(root: Any) -> int:
    """Bytes of ``root`` and everything reachable through dicts, lists, tuples and sets (each once)."""
    seen: set[int] = set()
    stack = [root]
    total = 0
    while stack:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        total += sys.getsizeof(obj)
        if isinstance(obj, dict):
            stack.extend(obj.keys())
            stack.extend(obj.values())
        elif isinstance(obj, (list, tuple, set, frozenset)):
            stack.extend(obj)
        elif hasattr(obj, "__dict__") and not isinstance(obj, type):
            stack.append(vars(obj))
    return total


def child(corpus: Path, use_cache: bool, cache_dir: Path) -> None:
    from kg.pipeline import build

    n_docs = len(list(corpus.glob("*.txt")))
    state = {"peak": 0, "loop_peak": 0, "in_loop": True, "done": 0, "stop": False}

    def sample() -> None:
        while not state["stop"]:
            r = rss_bytes()
            state["peak"] = max(state["peak"], r)
            if state["in_loop"]:
                state["loop_peak"] = max(state["loop_peak"], r)
            time.sleep(0.02)

    def progress(_doc: object) -> None:
        state["done"] += 1
        r = rss_bytes()
        state["loop_peak"] = max(state["loop_peak"], r)
        if state["done"] >= n_docs:
            state["in_loop"] = False

    baseline = rss_bytes()
    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    t0 = time.perf_counter()
    result = build([corpus], use_cache=use_cache, cache_dir=cache_dir, progress=progress)
    secs = time.perf_counter() - t0
    state["stop"] = True
    thread.join()
    graph = deep_size(result.graph._node) + deep_size(result.graph._adj) + deep_size(result.graph.graph)
    print(json.dumps({
        "baseline": baseline, "loop_peak": state["loop_peak"],
        "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024, "graph": graph,
        "seconds": secs, "documents": result.stats["documents"], "nodes": result.graph.number_of_nodes(),
        "edges": result.graph.number_of_edges(),
    }))


def mb(n: float) -> str:
    return f"{n / 2**20:,.0f} MiB"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,4", help="corpus sizes in MB, smallest first (default 1,4)")
    ap.add_argument("--cache", action="store_true", help="use a (cold) parse cache as kg build does")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--cache-dir", type=Path, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        child(a.child, a.cache, a.cache_dir)
        return

    sizes = [float(x) for x in a.sizes.split(",")]
    results = []
    with tempfile.TemporaryDirectory(prefix="kg-memory-") as tmp:
        for size in sizes:
            corpus = Path(tmp) / f"corpus{size:g}"
            make_corpus(corpus, int(size * MB), tag=f"mem{size:g}-{time.time_ns()}")
            n_docs, chars = corpus_chars(corpus)
            cmd = [sys.executable, __file__, "--child", str(corpus), "--cache-dir", str(Path(tmp) / "cache")]
            if a.cache:
                cmd.append("--cache")
            r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
            if r.returncode != 0:
                raise SystemExit(f"build failed:\n{r.stderr}")
            res = json.loads(r.stdout.strip().splitlines()[-1])
            results.append(res)
            print(f"  {size:g} MB: {n_docs} docs, {chars:,} chars, {res['seconds']:.0f} s; "
                  f"baseline {mb(res['baseline'])}, loop peak {mb(res['loop_peak'])}, "
                  f"whole peak {mb(res['peak'])}, graph {mb(res['graph'])} "
                  f"({res['nodes']:,} nodes, {res['edges']:,} edges); load average {loadavg()}", flush=True)
            shutil.rmtree(corpus, ignore_errors=True)
    small, big = results[0], results[-1]
    loop = big["loop_peak"] / small["loop_peak"]
    whole = big["peak"] / small["peak"]
    apart = (big["loop_peak"] - big["graph"]) / (small["loop_peak"] - small["graph"])
    print(f"loop peak ratio {sizes[-1]:g} MB / {sizes[0]:g} MB:             {loop:.3f}")
    print(f"whole-process peak ratio:                 {whole:.3f}")
    print(f"loop peak minus graph, ratio:             {apart:.3f}   target <= 1.2  "
          f"{'PASS' if apart <= 1.2 else 'FAIL'}")


if __name__ == "__main__":
    main()
