"""Benchmark: what each GiNZA component costs and contributes, and the fast profile against the parser.

    python bench/profile_bench.py [--mb 0.3] [--parts components,scores,speed]

Three parts, all in one run (``--parts`` picks some):

1. components: each ``ja_ginza`` component run on its own over the synthetic corpus
   (bench/corpus.py), seconds and share, once with spaCy's BLIS matrix products and once with
   NumPy's (OpenBLAS, one thread), checking that both give the same parse;
2. scores: every variant below builds every score set (seed, dev, held-out, real news; no cache)
   and is scored with ``kg eval``'s engine: typed-entity F1 and relation F1 per set, with the
   build's characters per second over all sets;
3. speed: on the synthetic corpus, raw ``nlp.pipe`` (model loaded, parser only, as
   bench/throughput.py) against ``kg build --profile fast`` and ``kg build --profile full``
   (each the whole command in a fresh interpreter with an empty cache); the issue's target is
   fast ÷ raw >= 2.0.

Variants (kg.parse.Profile): the default ``full``; ``full-openblas`` (same components, NumPy's
matrix products); ``no-ner``; ``no-ner-openblas``; ``fast`` (NER only on sentences with a
name-like word the lexicon does not cover, OpenBLAS); ``no-morphologizer``; ``no-parser``
(parser and bunsetsu recogniser left out: measurement only, the relation stage reads the heads).
The real-news set is read from ../shared/eval/realnews (never copied); a missing set is skipped.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, kg_build_usage, loadavg, rate  # noqa: E402
from corpus import MB, corpus_chars, make_corpus  # noqa: E402
from throughput import raw_pipe_usage  # noqa: E402

from kg.parse import (  # noqa: E402
    DEFAULT_PROFILE,
    GEMM_NUMPY,
    NER_NOWHERE,
    NLP_BATCH,
    PROFILES,
    Profile,
)

SHARED = ROOT.parent / "shared" / "eval"
SETS = {
    "seed": ([ROOT / "seeds"], [SHARED / "seed.gold.json"]),
    "dev": ([ROOT / "tests" / "data" / "dev"], [ROOT / "tests" / "data" / "dev"]),
    "heldout": ([ROOT / "tests" / "data" / "heldout"], [ROOT / "tests" / "data" / "heldout"]),
    "realnews": (sorted((SHARED / "realnews").glob("*.txt")), [SHARED / "realnews"]),
}
VARIANTS = [
    DEFAULT_PROFILE,
    Profile("full-openblas", gemm=GEMM_NUMPY),
    Profile("no-ner", ner=NER_NOWHERE),
    Profile("no-ner-openblas", ner=NER_NOWHERE, gemm=GEMM_NUMPY),
    PROFILES["fast"],
    Profile("no-morphologizer", exclude=("morphologizer",), gemm=GEMM_NUMPY),
    Profile("no-parser", exclude=("parser", "bunsetu_recognizer"), gemm=GEMM_NUMPY),
]


def components(corpus: Path) -> dict[str, dict[str, float]]:
    """Seconds per component over the corpus, with BLIS and with NumPy matrix products."""
    from kg.parse import _one_blas_thread, _use_numpy_gemm
    from kg.parse import load_model as load

    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    out: dict[str, dict[str, float]] = {}
    heads: dict[str, list] = {}
    for gemm in ("blis", GEMM_NUMPY):
        load.cache_clear()
        nlp = load(DEFAULT_PROFILE)
        if gemm == GEMM_NUMPY:
            _use_numpy_gemm(nlp)
        with _one_blas_thread(Profile("probe", gemm=gemm)):
            list(nlp.pipe(texts[:2]))  # warm up
            t0 = time.perf_counter()
            docs = [nlp.make_doc(t) for t in texts]
            times = {"tokenizer (Sudachi)": time.perf_counter() - t0}
            for name, proc in nlp.pipeline:
                t0 = time.perf_counter()
                if hasattr(proc, "pipe"):
                    docs = list(proc.pipe(docs, batch_size=NLP_BATCH))
                else:
                    docs = [proc(d) for d in docs]
                times[name] = time.perf_counter() - t0
        out[gemm] = times
        heads[gemm] = [(t.head.i, t.dep_, t.pos_, t.ent_type_, t.ent_iob_) for d in docs for t in d]
        print(f"  components with {gemm}: {sum(times.values()):.1f} s (load average {loadavg()})", flush=True)
    load.cache_clear()
    same = heads["blis"] == heads[GEMM_NUMPY]
    print(f"  BLIS and OpenBLAS give the same heads, labels, POS and entities on "
          f"{len(heads['blis']):,} tokens: {same}")
    total = {g: sum(t.values()) for g, t in out.items()}
    print(f"  {'component':<22} {'BLIS s':>8} {'share':>6} {'OpenBLAS s':>11} {'share':>6}")
    for name in out["blis"]:
        b, n = out["blis"][name], out[GEMM_NUMPY][name]
        print(f"  {name:<22} {b:8.2f} {b / total['blis']:6.1%} {n:11.2f} {n / total[GEMM_NUMPY]:6.1%}")
    print(f"  {'total':<22} {total['blis']:8.2f} {'':>6} {total[GEMM_NUMPY]:11.2f}")
    return {**out, "same_parse": {"value": float(same)}}


def scores(variants: list[Profile]) -> dict[str, dict[str, object]]:
    """Typed-entity and relation F1 of every variant on every set, and its build speed."""
    from kg.evaluate import evaluate
    from kg.parse import load_model
    from kg.pipeline import build

    results: dict[str, dict[str, object]] = {}
    for profile in variants:
        row: dict[str, object] = {}
        chars = 0
        seconds = 0.0
        load_model(profile)  # not timed: loading is per run, not per character
        for name, (inputs, gold) in SETS.items():
            if not inputs or not all(p.exists() for p in [*inputs, *gold]):
                continue
            t0 = time.perf_counter()
            result = build(inputs, use_cache=False, profile=profile)
            seconds += time.perf_counter() - t0
            chars += result.stats["characters"]
            with tempfile.TemporaryDirectory() as tmp:
                ttl = result.to_turtle(Path(tmp) / "graph.ttl")
                report = evaluate(ttl, gold)
            row[name] = {"entities": report.typed.f1, "relations": report.relations.f1}
        row["chars_per_s"] = chars / seconds if seconds else 0.0
        results[profile.name] = row
        cells = "  ".join(f"{k} {v['entities']:.3f}/{v['relations']:.3f}" for k, v in row.items()
                          if isinstance(v, dict))
        print(f"  {profile.name:<18} {cells}  {row['chars_per_s']:,.0f} chars/s (load average {loadavg()})",
              flush=True)
    return results


def speed(corpus: Path, chars: int) -> dict[str, float]:
    """Raw nlp.pipe against kg build --profile fast and --profile full, whole commands, empty caches.

    Wall seconds decide; CPU seconds (the process's own, from wait4) are printed beside them, since
    on a shared machine they move much less with the other jobs' load.
    """
    rows: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory(prefix="kg-profile-") as tmp:
        def record(name: str, secs: float, cpu: float) -> None:
            rows[name] = (secs, cpu)
            print(f"  {name:<26} {secs:7.1f} s {rate(chars, secs):>17}  CPU {cpu:7.1f} s "
                  f"{rate(chars, cpu):>17}  (load average {loadavg()})", flush=True)

        record("raw nlp.pipe", *raw_pipe_usage(corpus, 1, NLP_BATCH))
        for name in ("fast", "full"):
            cache = str(Path(tmp) / f"cache-{name}")
            record(f"kg build --profile {name}",
                   *kg_build_usage(corpus, Path(tmp) / name, "--profile", name, "--cache-dir", cache))
    out: dict[str, float] = {}
    for name in ("fast", "full"):
        wall = rows["raw nlp.pipe"][0] / rows[f"kg build --profile {name}"][0]
        cpu = rows["raw nlp.pipe"][1] / rows[f"kg build --profile {name}"][1]
        verdict = ("PASS" if wall >= 2.0 else "FAIL") if name == "fast" else ""
        target = "target >= 2.0" if name == "fast" else ""
        print(f"kg build --profile {name} / raw nlp.pipe: {wall:.2f} (by CPU seconds {cpu:.2f})  "
              f"{target} {verdict}")
        out[f"{name}_over_raw"], out[f"{name}_over_raw_cpu"] = wall, cpu
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=0.3, help="synthetic corpus size in MB (default 0.3)")
    ap.add_argument("--parts", default="components,scores,speed")
    ap.add_argument("--variants", help="comma-separated variant names (default: all)")
    ap.add_argument("--json", type=Path, help="also write the numbers here")
    a = ap.parse_args()
    parts = set(a.parts.split(","))
    variants = [v for v in VARIANTS if not a.variants or v.name in a.variants.split(",")]
    report: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="kg-profile-corpus-") as tmp:
        corpus = Path(tmp) / "corpus"
        make_corpus(corpus, int(a.mb * MB), tag=f"prof{time.time_ns()}")
        n_docs, chars = corpus_chars(corpus)
        print(f"corpus: {n_docs} documents, {chars:,} characters; load average {loadavg()}")
        if "components" in parts:
            print(f"components (each over the whole corpus, nlp.pipe batch size {NLP_BATCH}):")
            report["components"] = components(corpus)
        if "scores" in parts:
            print("scores (typed-entity F1 / relation F1) and build speed over all sets:")
            report["scores"] = scores(variants)
        if "speed" in parts:
            print("speed on the synthetic corpus:")
            report["speed"] = speed(corpus, chars)
    if a.json:
        a.json.write_text(json.dumps(report, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
