"""Benchmark: `kg query` on Oxigraph, from Turtle and from the store, against rdflib (issue 13).

    python bench/query_bench.py [--nodes 100000] [--edges 300000] [--rdflib-timeout 1200]

The graph is export_bench.py's synthetic one (typed nodes with Japanese names, heavy-tailed edges,
one evidence sentence each), written as graph.ttl by the Turtle exporter and as an Oxigraph store
by `kg export OUT store`. Two queries, each run as a fresh `kg query … --format csv` process
(interpreter start-up, loading or opening the graph, the query, printing):

- COUNT: how many entities there are;
- two-hop: how many (person, organisation, technology) chains ``?p kg:worksFor ?o . ?o kg:develops ?t``.

From graph.ttl, `kg query` keeps only the triples with the predicates a query names
(``kg.query.SELECTIVE_LOAD_BYTES``); each query is also run written with a variable predicate
(``?e ?m ?c FILTER(?m = kg:mentionCount)``, the same answer), which makes it load the whole file,
as every query did before.

Today's side is rdflib, which `kg query` used before: one process parses graph.ttl with rdflib
and runs both queries; each query's figure is the parse plus that query (what a `kg query` run
took), printed with the parse alone. It is stopped at ``--rdflib-timeout`` and then reported as a
lower bound. Every side must give the same counts. Targets: from the store < 2 s, from Turtle
< 30 s. Peak memory is each process's own maximum RSS (``wait4``).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from common import loadavg  # noqa: E402
from export_bench import synthetic  # noqa: E402

from kg.exporters.json import write_json  # noqa: E402
from kg.exporters.turtle import write_turtle  # noqa: E402

QUERIES = {
    "COUNT": "SELECT (COUNT(?e) AS ?n) WHERE { ?e kg:mentionCount ?m }",
    "two-hop": "SELECT (COUNT(*) AS ?n) WHERE { ?p kg:worksFor ?o . ?o kg:develops ?t }",
}
#: The same queries with a variable predicate: the same answers, but nothing tells which triples
#: they read, so `kg query` loads all of graph.ttl.
WHOLE_FILE_QUERIES = {
    "COUNT": "SELECT (COUNT(?e) AS ?n) WHERE { ?e ?m ?c FILTER(?m = kg:mentionCount) }",
    "two-hop": "SELECT (COUNT(*) AS ?n) WHERE { ?p ?w ?o . ?o kg:develops ?t FILTER(?w = kg:worksFor) }",
}
TARGET_STORE_S = 2.0
TARGET_TURTLE_S = 30.0

RDFLIB_SCRIPT = r"""
import json, sys, time
from rdflib import Graph
from kg.vocab import PREFIXES
t0 = time.perf_counter()
g = Graph()
g.parse(sys.argv[1], format="turtle")
out = {"parse": time.perf_counter() - t0, "triples": len(g), "queries": {}}
for name, q in json.loads(sys.argv[2]).items():
    t = time.perf_counter()
    rows = list(g.query(q, initNs=dict(PREFIXES)))
    out["queries"][name] = {"seconds": time.perf_counter() - t, "answer": str(rows[0][0])}
print(json.dumps(out))
"""


@dataclass
class Run:
    seconds: float
    peak_mb: float
    stdout: str
    finished: bool = True


def run(argv: list[str], timeout: float | None = None) -> Run:
    """Run a process, timing it and reading its own peak RSS; kill it after ``timeout`` seconds."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    killed = threading.Event()

    def kill() -> None:
        killed.set()
        proc.kill()

    timer = threading.Timer(timeout, kill) if timeout else None
    if timer:
        timer.start()
    out_chunks: list[bytes] = []
    reader = threading.Thread(target=lambda: out_chunks.append(proc.stdout.read()))
    reader.start()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    reader.join()
    if timer:
        timer.cancel()
    if killed.is_set():
        return Run(seconds, usage.ru_maxrss / 1024, "", finished=False)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv[:4])}… failed:\n{err.decode()}")
    return Run(seconds, usage.ru_maxrss / 1024, b"".join(out_chunks).decode())


def kg_query(graph: Path, sparql: str) -> tuple[Run, str]:
    r = run([sys.executable, "-m", "kg", "query", str(graph), sparql, "--format", "csv"])
    return r, r.stdout.split()[-1]


def write_graph(nodes: int, edges: int, out: Path) -> None:
    g = synthetic(nodes, edges)
    write_turtle(g, out / "graph.ttl")
    write_json(g, out / "graph.json")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=100_000)
    ap.add_argument("--edges", type=int, default=300_000)
    ap.add_argument("--rdflib-timeout", type=float, default=1200.0)
    ap.add_argument("--keep", type=Path, help="write the graph here and keep it (default: a temp dir)")
    args = ap.parse_args(argv)

    out = args.keep or Path(tempfile.mkdtemp(prefix="kg-query-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    try:
        t = time.perf_counter()
        # in a child process: a fork of a process holding the graph would count its memory in the
        # peak RSS of every process the benchmark starts
        child = multiprocessing.get_context("spawn").Process(
            target=write_graph, args=(args.nodes, args.edges, out)
        )
        child.start()
        child.join()
        if child.exitcode != 0:
            raise SystemExit("generating the graph failed")
        edges = sum(1 for line in (out / "graph.ttl").open(encoding="utf-8") if line.startswith("assertion:"))
        print(f"graph: {args.nodes:,} nodes, {edges:,} edges, "
              f"graph.ttl {(out / 'graph.ttl').stat().st_size / 1e6:.0f} MB "
              f"({time.perf_counter() - t:.0f} s to generate and write)", flush=True)
        store = run([sys.executable, "-m", "kg", "export", str(out), "store"])
        print(f"store: kg export OUT store {store.seconds:.1f} s, peak {store.peak_mb:.0f} MB, "
              f"{_du(out / 'oxigraph') / 1e6:.0f} MB on disk  (load {loadavg()})", flush=True)

        # what any `kg query` costs before it touches the graph (interpreter, imports), measured
        # the same way: on a one-triple graph
        tiny = out / "tiny.ttl"
        tiny.write_text("<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n")
        startup = min(kg_query(tiny, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")[0].seconds for _ in range(3))
        print(f"  start-up: kg query on a one-triple graph {startup:.1f} s (best of 3, load {loadavg()})",
              flush=True)

        rows = []
        answers: dict[str, set[str]] = {name: set() for name in QUERIES}
        for name, sparql in QUERIES.items():
            for side, graph, text in (
                ("store", out / "oxigraph", sparql),
                ("Turtle", out / "graph.ttl", sparql),
                ("Turtle, whole file loaded", out / "graph.ttl", WHOLE_FILE_QUERIES[name]),
            ):
                r, answer = kg_query(graph, text)
                answers[name].add(answer)
                rows.append((name, f"kg query, {side} (Oxigraph)", r.seconds, r.peak_mb, answer, loadavg()))
                print(f"  {rows[-1][0]:8} {rows[-1][1]:46} {r.seconds:8.1f} s {r.peak_mb:7.0f} MB  "
                      f"answer {answer}  (load {rows[-1][5]})", flush=True)

        lib = run([sys.executable, "-c", RDFLIB_SCRIPT, str(out / "graph.ttl"), json.dumps(QUERIES)],
                  timeout=args.rdflib_timeout)
        if lib.finished:
            data = json.loads(lib.stdout)
            print(f"  rdflib: parse {data['parse']:.1f} s ({data['triples']:,} triples), "
                  f"peak {lib.peak_mb:.0f} MB  (load {loadavg()})", flush=True)
            for name, q in data["queries"].items():
                answers[name].add(q["answer"])
                total = data["parse"] + q["seconds"]
                rows.append((name, "rdflib (kg query before)", total, lib.peak_mb, q["answer"], loadavg()))
                print(f"  {name:8} {'rdflib (kg query before)':28} {total:8.1f} s "
                      f"(query alone {q['seconds']:.1f} s)  answer {q['answer']}", flush=True)
        else:
            print(f"  rdflib: stopped after {lib.seconds:.0f} s (--rdflib-timeout), "
                  f"peak {lib.peak_mb:.0f} MB: each query > {lib.seconds:.0f} s", flush=True)

        print("\n| query | side | seconds | peak MB | answer |\n|---|---|---:|---:|---:|")
        for name, side, secs, mb, answer, _load in rows:
            print(f"| {name} | {side} | {secs:.1f} | {mb:.0f} | {answer} |")
        if not lib.finished:
            for name in QUERIES:
                print(f"| {name} | rdflib (kg query before) | > {lib.seconds:.0f} "
                      f"| ≥ {lib.peak_mb:.0f} | – |")
        print(f"| (start-up: any kg query, one-triple graph) | | {startup:.1f} | | |")
        ok = True
        for name, found in answers.items():
            if len(found) != 1:
                print(f"DIFFERENT ANSWERS for {name}: {sorted(found)}")
                ok = False
        for name, side, secs, *_ in rows:
            target = _target(side)
            if target is not None:
                print(f"{name}, {side}: {secs:.1f} s, target < {target:.0f} s: "
                      f"{'met' if secs < target else 'MISSED'}")
        return 0 if ok else 1
    finally:
        if args.keep is None:
            shutil.rmtree(out, ignore_errors=True)


def _target(side: str) -> float | None:
    """The issue's target for a side: the store's, or graph.ttl's as `kg query` reads it."""
    if "store" in side:
        return TARGET_STORE_S
    return TARGET_TURTLE_S if side.endswith("Turtle (Oxigraph)") else None


def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.resolve().rglob("*") if p.is_file())


if __name__ == "__main__":
    sys.exit(main())
