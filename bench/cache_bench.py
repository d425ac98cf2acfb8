"""Benchmark: the parse cache. Cold vs warm ``kg build`` on the same input, and one changed file of 100.

    python bench/cache_bench.py [--mb 1.0] [--workers 1]

1. ``kg build`` on a fresh synthetic corpus (bench/corpus.py) with an empty cache directory;
2. the same command again (every parse now comes from the cache); the outputs must be
   byte-identical to the cold run's;
3. 100 of the corpus's files copied to a new directory with one of them edited, built through
   the Python API to read the cache counters: exactly one document may be parsed.  (The copies
   have new paths, so their analysis entries miss and mentions are found again on the 99
   cached parses; an unmoved corpus hits both layers.)

Prints both timings, the cold/warm ratio (issue 6 target: >= 20) and the counters.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, kg_build, loadavg, rate  # noqa: E402
from corpus import MB, corpus_chars, make_corpus  # noqa: E402

STATS_CHILD = """
import json, sys, time
from pathlib import Path
from kg.pipeline import build
t0 = time.perf_counter()
r = build([Path(sys.argv[1])], cache_dir=Path(sys.argv[2]))
print(json.dumps({"seconds": time.perf_counter() - t0, "cache": r.stats["parse_cache"],
                  "analysis": r.stats["analysis_cache"]}))
"""


def different_outputs(a: Path, b: Path) -> list[str]:
    """Output files that differ between two build directories (names present in only one count)."""
    files = {p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
    other = {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()}
    changed = {f for f in files & other if not filecmp.cmp(a / f, b / f, shallow=False)}
    return sorted((files ^ other) | changed)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="corpus size in MB of UTF-8 (default 1)")
    ap.add_argument("--workers", default="1", help="--workers for both builds (default 1)")
    a = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="kg-cache-bench-") as tmp_s:
        tmp = Path(tmp_s)
        corpus, cache = tmp / "corpus", tmp / "cache"
        make_corpus(corpus, int(a.mb * MB), tag=f"cb{time.time_ns()}")
        n_docs, chars = corpus_chars(corpus)
        print(f"corpus: {n_docs} documents, {chars:,} characters; load average {loadavg()}")

        def timed(name: str) -> float:
            secs = kg_build(corpus, tmp / name, "--workers", a.workers, "--cache-dir", str(cache))
            print(f"  {name} kg build   {secs:8.1f} s  {rate(chars, secs):>18}   (load average {loadavg()})",
                  flush=True)
            return secs

        cold = timed("cold")
        warm = timed("warm")
        for layer, suffix in (("parse", ".spacy"), ("analysis", ".json")):
            entries = list((cache / layer).rglob("*" + suffix))
            size = sum(p.stat().st_size for p in entries)
            print(f"  {layer} cache: {len(entries)} entries, {size / 1e6:.1f} MB "
                  f"({size / chars:.1f} bytes per character)")
        differ = different_outputs(tmp / "cold", tmp / "warm")
        ratio = cold / warm
        print(f"cold / warm: {ratio:.1f}x   target >= 20x  {'PASS' if ratio >= 20 else 'FAIL'}; "
              f"outputs byte-identical: {not differ} {' '.join(differ)}")

        hundred = tmp / "hundred"
        hundred.mkdir()
        files = sorted(corpus.glob("*.txt"))[:100]
        for p in files:
            shutil.copy(p, hundred / p.name)
        edited = hundred / files[len(files) // 2].name
        edited.write_text(edited.read_text(encoding="utf-8") + "\n追記:この段落は後から加えた。\n",
                          encoding="utf-8")
        r = subprocess.run([sys.executable, "-c", STATS_CHILD, str(hundred), str(cache)], cwd=ROOT,
                           capture_output=True, text=True)
        if r.returncode != 0:
            raise SystemExit(f"build failed:\n{r.stderr}")
        res = json.loads(r.stdout.strip().splitlines()[-1])
        c = res["cache"]
        ok = c["misses"] == 1 and c["hits"] == len(files) - 1
        print(f"one edited file of {len(files)} (copied to a new directory, so every analysis entry "
              f"misses: {res['analysis']['misses']}): parsed {c['misses']}, parses from cache {c['hits']}, "
              f"{res['seconds']:.1f} s in build()  {'PASS' if ok else 'FAIL'}")


if __name__ == "__main__":
    main()
