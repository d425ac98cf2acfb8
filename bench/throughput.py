"""Benchmark: ``kg build`` throughput against the parser's own, and --workers 2 against 1.

    python bench/throughput.py [--mb 1.0] [--raw-2] [--keep DIR]

On one synthetic corpus of at least 1 MB (bench/corpus.py, unique texts, so nothing is cached):

1. raw ``nlp.pipe`` over the decoded file texts, one process, model already loaded (parser only;
   ``ja_ginza`` as it ships, i.e. kg's ``full`` profile, whatever kg's default profile is),
   with kg's batch size (``--raw-batch``; bigger batches were no faster here, 48 texts was
   slower, and the parse's memory grows with the batch);
2. ``kg build --workers 1`` (the default profile) with an empty cache directory: the whole
   command as a user runs it
   (interpreter start, imports, model load, reading, cleaning, parsing, mentions, resolution,
   relations, cache writes, all four exports);
3. ``kg build --workers 2`` with another empty cache directory;
4. with ``--raw-2``, raw ``nlp.pipe`` in two forked processes too.

Both sides divide the same number of characters (the decoded corpus) by their seconds.  Prints
each side and the ratios issue 6 asks for: kg/raw at one process (target >= 0.90) and
workers 2 / workers 1 (target >= 1.8).  The machine is shared, so the load average is printed
with every timing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, kg_build, loadavg, rate  # noqa: E402
from corpus import MB, corpus_chars, make_corpus  # noqa: E402

from kg.parse import NLP_BATCH  # noqa: E402


def raw_child(corpus: Path, processes: int, batch_size: int) -> None:
    """Parse every file with ``nlp.pipe`` (model loaded before timing); prints JSON seconds."""
    import multiprocessing

    from kg.parse import FULL_PROFILE, load_model

    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    assert all(len(t.encode()) < 49_149 for t in texts), "a text is too long for SudachiPy"
    nlp = load_model(FULL_PROFILE)  # ja_ginza as it ships: every component, spaCy's own BLIS
    for _ in nlp.pipe(["ウォームアップの文です。"]):
        pass

    def run(share: list[str]) -> None:
        for _ in nlp.pipe(share, batch_size=batch_size):
            pass

    t0, cpu0 = time.perf_counter(), time.process_time()
    if processes == 1:
        run(texts)
    else:
        ctx = multiprocessing.get_context("fork")
        procs = [ctx.Process(target=run, args=(texts[i::processes],)) for i in range(processes)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
            if p.exitcode:
                raise SystemExit(f"raw worker failed with {p.exitcode}")
    print(json.dumps({"seconds": time.perf_counter() - t0, "cpu": time.process_time() - cpu0}))


def raw_pipe(corpus: Path, processes: int, batch_size: int) -> float:
    return raw_pipe_usage(corpus, processes, batch_size)[0]


def raw_pipe_usage(corpus: Path, processes: int, batch_size: int) -> tuple[float, float]:
    """Wall seconds and CPU seconds (of this process only: one process) of the raw parse."""
    cmd = [sys.executable, __file__, "--raw-child", str(processes), "--corpus", str(corpus),
           "--raw-batch", str(batch_size)]
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"raw nlp.pipe failed:\n{r.stderr}")
    found = json.loads(r.stdout.strip().splitlines()[-1])
    return found["seconds"], found["cpu"]


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="corpus size in MB of UTF-8 (default 1)")
    ap.add_argument("--raw-2", action="store_true", help="also time raw nlp.pipe in 2 processes")
    ap.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    ap.add_argument("--raw-batch", type=int, default=NLP_BATCH,
                    help=f"nlp.pipe batch_size for the raw side (default {NLP_BATCH}, as kg build uses)")
    ap.add_argument("--raw-child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.raw_child:
        raw_child(a.corpus, a.raw_child, a.raw_batch)
        return

    with tempfile.TemporaryDirectory(prefix="kg-throughput-") as tmp:
        corpus = a.keep or Path(tmp) / "corpus"
        make_corpus(corpus, int(a.mb * MB), tag=f"tp{time.time_ns()}")
        n_docs, chars = corpus_chars(corpus)
        print(f"corpus: {n_docs} documents, {chars:,} characters, "
              f"{sum(p.stat().st_size for p in corpus.glob('*.txt')):,} bytes; load average {loadavg()}")

        rows: dict[str, float] = {}

        def record(name: str, secs: float) -> None:
            rows[name] = secs
            print(f"  {name:<28} {secs:8.1f} s  {rate(chars, secs):>18}   (load average {loadavg()})",
                  flush=True)

        record("raw nlp.pipe, 1 process", raw_pipe(corpus, 1, a.raw_batch))
        record("kg build --workers 1", kg_build(corpus, Path(tmp) / "o1", "--workers", "1",
                                                "--cache-dir", str(Path(tmp) / "cache1")))
        record("kg build --workers 2", kg_build(corpus, Path(tmp) / "o2", "--workers", "2",
                                                "--cache-dir", str(Path(tmp) / "cache2")))
        if a.raw_2:
            record("raw nlp.pipe, 2 processes", raw_pipe(corpus, 2, a.raw_batch))

        r1 = rows["raw nlp.pipe, 1 process"] / rows["kg build --workers 1"]
        w2 = rows["kg build --workers 1"] / rows["kg build --workers 2"]
        print(f"kg build / raw nlp.pipe (1 process):  {r1:.3f}   target >= 0.90  {verdict(r1 >= 0.9)}")
        print(f"kg build --workers 2 / --workers 1:   {w2:.3f}   target >= 1.8   {verdict(w2 >= 1.8)}")
        if a.raw_2:
            r2 = rows["raw nlp.pipe, 2 processes"] / rows["kg build --workers 2"]
            raw_scale = rows["raw nlp.pipe, 1 process"] / rows["raw nlp.pipe, 2 processes"]
            print(f"kg build / raw nlp.pipe (2 processes): {r2:.3f}")
            print(f"raw nlp.pipe 2 processes / 1:          {raw_scale:.3f}   (the parser's own scaling)")


if __name__ == "__main__":
    main()
