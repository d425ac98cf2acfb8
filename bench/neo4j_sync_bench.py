"""Benchmark: ``kg neo4j push --sync`` on a database holding 1,000,000 relationships kg no longer has.

    python bench/neo4j_sync_bench.py [--relationships 1000000] [--nodes 200000] [--cap 16m]

Starts Neo4j 5.26 with tools/neo4j-launcher (1 GB heap, ``db.memory.transaction.max`` = ``--cap``),
fills it with ``--nodes`` kg-stamped entities and ``--relationships`` kg-stamped relationships of
kg's types (what an earlier push of a big build left), then pushes the small build A of the tests
with ``sync=True``. Reports the time to fill, the sync's wall time, what it deleted, and this
process's peak memory (ru_maxrss) before and after the sync: the deletes run on the server in
transactions of 1,000 rows, so neither side ever holds the million relationships.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from neo4j_graphs import corpus_graph, fill_with_stale_kg_data  # noqa: E402
from neo4j_server import start_launcher  # noqa: E402

from kg.neo4j_push import push_graph  # noqa: E402


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--relationships", type=int, default=1_000_000)
    ap.add_argument("--nodes", type=int, default=200_000)
    ap.add_argument("--cap", default="16m", help="db.memory.transaction.max of the server")
    args = ap.parse_args(argv)
    from neo4j import GraphDatabase

    server = start_launcher(conf=(f"db.memory.transaction.max={args.cap}",))
    try:
        with GraphDatabase.driver(server.uri, auth=(server.user, server.password)) as driver:
            t0 = time.perf_counter()
            with driver.session() as session:
                fill_with_stale_kg_data(session, args.nodes, args.relationships)
                have = session.run("MATCH ()-[r]->() RETURN count(r) AS c").single()["c"]
            fill_s = time.perf_counter() - t0
        before = peak_mb()
        t0 = time.perf_counter()
        result = push_graph(corpus_graph(("a1", "a2")), server.uri, server.user, server.password, sync=True)
        sync_s = time.perf_counter() - t0
        after = peak_mb()
    finally:
        server.stop()
    assert result.sync is not None
    print(f"kg neo4j push --sync: {have:,} stale relationships, {args.nodes:,} stale nodes, cap {args.cap}")
    print()
    print("| measure | value |")
    print("|---|---|")
    print(f"| fill the database (server-side, batches of 1,000) | {fill_s:.0f} s |")
    print(f"| push of build A + sync | {sync_s:.0f} s |")
    print(
        f"| relationships / nodes deleted | {result.sync.relationships_deleted:,}"
        f" / {result.sync.nodes_deleted:,} |"
    )
    print(f"| this process's peak memory before / after the sync | {before:.0f} MB / {after:.0f} MB |")
    ok = result.sync.relationships_deleted == have and after - before < 50
    print()
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
