"""Benchmark: export a synthetic 100k-node / 300k-edge graph to Turtle, Neo4j CSVs and graph.html.

    python bench/export_bench.py [--nodes 100000] [--edges 300000] [--only turtle,neo4j,html]

The graph is built with kg.graph.new_graph/add_entity/add_relation (typed nodes with Japanese
names, aliases and tickers, edges with a heavy-tailed degree and one evidence sentence each),
wrapped in KnowledgeGraph, then written by KnowledgeGraph.to_turtle, to_neo4j and to_html one
after another.  Prints each exporter's seconds, output size and peak RSS, and the total against
the 30 s target of issue 6.  Each exporter runs in a forked child sharing the graph, so one
that is far too slow is stopped at ``--timeout`` and reported as a lower bound.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import multiprocessing
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg.graph import KnowledgeGraph, add_entity, add_relation, add_seen_dates, new_graph
from kg.model import ENTITY_TYPES, PREDICATES, SYMMETRIC, Entity, Evidence, Relation, node_id

TARGET_S = 30.0
PREFIX = {"Company": "企業", "Government": "政府", "Person": "人物", "Technology": "技術",
          "Country": "国家", "Place": "地域", "Organization": "組織"}


def synthetic(n_nodes: int, n_edges: int, seed: int = 6) -> nx.MultiDiGraph:
    """A deterministic graph shaped like a large news corpus's."""
    rnd = random.Random(seed)
    g = new_graph()
    g.graph["documents"] = [
        {"id": f"doc{i:05d}", "path": f"news/{i:05d}.txt", "title": f"記事{i}", "chars": 1000,
         "date": "2025-01-01", "url": f"https://example.com/{i}"}
        for i in range(max(1, n_nodes // 20))
    ]
    n_docs = len(g.graph["documents"])
    ids = []
    for i in range(n_nodes):
        etype = ENTITY_TYPES[i % len(ENTITY_TYPES)]
        name = f"{PREFIX[etype]}{i:06d}"
        ent = Entity(id=node_id(etype, name), type=etype, name=name, aliases={f"Alias{i}", f"別名{i}"},
                     tickers={f"{i % 10000:04d}.T"} if etype == "Company" else set(),
                     mentions=1 + int(rnd.paretovariate(1.5)),
                     docs={f"doc{rnd.randrange(n_docs):05d}" for _ in range(2)})
        add_entity(g, ent)
        ids.append(ent.id)
    cum = list(itertools.accumulate(1.0 / (1 + i) ** 0.6 for i in range(n_nodes)))
    preds = list(PREDICATES)
    count = 0
    while count < n_edges:
        a = ids[min(bisect.bisect(cum, rnd.random() * cum[-1]), n_nodes - 1)]
        b = ids[rnd.randrange(n_nodes)]
        p = preds[rnd.randrange(len(preds))]
        if a == b or g.has_edge(a, b, key=p) or (p in SYMMETRIC and g.has_edge(b, a, key=p)):
            continue
        doc = f"doc{rnd.randrange(n_docs):05d}"
        ev = Evidence(doc=doc, sentence=f"{g.nodes[a]['name']}は{g.nodes[b]['name']}と合意したと発表した。",
                      start=0, end=40, rule="bench", confidence=round(rnd.uniform(0.3, 1.0), 2))
        add_relation(g, Relation(subject=a, predicate=p, object=b, evidence=ev))
        count += 1
    add_seen_dates(g)  # as kg build does: every graph it writes carries its time facts
    return g


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _timed_in_child(write, target: Path, timeout: float) -> tuple[float | None, float, float]:
    """Run one exporter in a forked child (sharing the graph), so a slow one can be stopped;
    returns (seconds or None if stopped, MB written, the child's peak RSS in MB)."""
    ctx = multiprocessing.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)

    def run() -> None:
        t0 = time.perf_counter()
        write(target)
        send.send((time.perf_counter() - t0, size_of(target) / 1e6, peak_mb()))

    proc = ctx.Process(target=run)
    proc.start()
    ready = recv.poll(timeout)
    if not ready:
        proc.terminate()
        proc.join()
        return None, 0.0, 0.0
    result = recv.recv()
    proc.join()
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="export benchmark (issue 6)")
    ap.add_argument("--nodes", type=int, default=100_000)
    ap.add_argument("--edges", type=int, default=300_000)
    ap.add_argument("--only", default="turtle,neo4j,html", help="comma-separated subset of exporters")
    ap.add_argument("--timeout", type=float, default=900.0, help="stop an exporter after this many seconds")
    args = ap.parse_args(argv)
    wanted = [x.strip() for x in args.only.split(",") if x.strip()]

    t0 = time.perf_counter()
    g = synthetic(args.nodes, args.edges)
    print(f"synthetic graph: {g.number_of_nodes():,} nodes, {g.number_of_edges():,} edges "
          f"in {time.perf_counter() - t0:.1f} s (not counted)")
    t0 = time.perf_counter()
    kgraph = KnowledgeGraph(g)
    print(f"KnowledgeGraph (canonical copy): {time.perf_counter() - t0:.1f} s (not counted)")
    del g

    exporters = {
        "turtle": ("graph.ttl", kgraph.to_turtle),
        "neo4j": ("neo4j", kgraph.to_neo4j),
        "html": ("graph.html", kgraph.to_html),
    }
    total = 0.0
    complete = True
    with tempfile.TemporaryDirectory(prefix="kg-export-bench-") as tmp:
        for name in wanted:
            target, write = exporters[name]
            secs, mb, rss = _timed_in_child(write, Path(tmp) / target, args.timeout)
            if secs is None:
                complete = False
                total += args.timeout
                print(f"  {name:<7} > {args.timeout:.0f} s (stopped)", flush=True)
                continue
            total += secs
            print(f"  {name:<7} {secs:7.1f} s  {mb:8.1f} MB written  peak RSS {rss:,.0f} MB", flush=True)
            if secs > TARGET_S / 3:
                share = TARGET_S / 3
                print(f"          {name} alone is {secs / share:.1f}x its third of the budget "
                      f"({share:.0f} s)")
    if total >= TARGET_S or not complete:
        verdict = "FAIL"
    else:
        verdict = "PASS" if len(wanted) == 3 else "partial"
    bound = "" if complete else "at least "
    print(f"total {bound}{total:.1f} s for {', '.join(wanted)}  (target < {TARGET_S:.0f} s for all three)  "
          f"ratio total/target = {total / TARGET_S:.2f}  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
