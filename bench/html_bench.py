"""Benchmark: how fast a 2,000-node, 5,000-edge graph.html becomes interactive in headless Chromium.

    python bench/html_bench.py [--nodes 2000] [--edges 5000] [--runs 3]

Reports the Python side (layout + render + atomic write), the page size, and in the browser:
time from navigation start until the page is interactive (``window.kgReadyAt``: data parsed,
vis DataSets built, network drawn, handlers live), the wall-clock seconds for the same as seen by
the driver, and the cost of one zoom step (moveTo → next frame drawn), one search, and one step of
the corpus filters (issue 14): moving the end of the time range, and picking an article (filter
computed → next frame drawn). The 100 articles are dated, one every five days.
Target from issue 4: interactive in under 3 s. Offline: every non-file request is aborted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from screenshot import Page, browser  # noqa: E402

from kg.exporters.html import write_html  # noqa: E402
from kg.graph import add_entity, add_relation, add_seen_dates, new_graph  # noqa: E402
from kg.model import ENTITY_TYPES, PREDICATES, SYMMETRIC, Entity, Evidence, Relation, node_id  # noqa: E402

ZOOM_STEP = """() => new Promise(resolve => {
    const t0 = performance.now();
    network.once('afterDrawing', () => resolve(performance.now() - t0));
    network.moveTo({scale: network.getScale() * 1.15});
})"""

MARKS = """() => Object.fromEntries(performance.getEntriesByType('mark').map(m => [m.name, m.startTime]))"""

SEARCH = """(name) => {
    const t0 = performance.now();
    window.kg.search(name);
    return [performance.now() - t0, network.getSelectedNodes()[0]];
}"""


#: One filter step: set the end of the time range (or pick an article), run the filter at once,
#: and resolve with [ms to compute and update the DataSets, ms until vis has drawn the result].
FILTER_STEP = """([kind, value]) => new Promise(resolve => {
    const t0 = performance.now();
    let t1 = 0;
    network.once('afterDrawing', () => resolve([t1 - t0, performance.now() - t0]));
    if (kind === 'time') {
        const i = document.getElementById('kg-to');
        i.value = value; i.dispatchEvent(new Event('input'));
    } else {
        document.querySelector(`#kg-doc-filter input[data-doc='${value}']`).click();
    }
    kg.applyFilters();
    t1 = performance.now();
})"""


def synthetic(n_nodes: int, n_edges: int, seed: int = 7):
    """Typed nodes with Japanese names; edges with a heavy-tailed degree like news graphs."""
    rnd = random.Random(seed)
    g = new_graph()
    g.graph["documents"] = [
        {
            "id": f"doc{i:03d}",
            "path": f"news/{i:03d}.txt",
            "title": f"記事{i}",
            "chars": 1000,
            "date": (dt.date(2024, 1, 1) + dt.timedelta(days=5 * i)).isoformat(),
            "url": None,
        }
        for i in range(100)
    ]
    ids = []
    for i in range(n_nodes):
        etype = ENTITY_TYPES[rnd.randrange(len(ENTITY_TYPES))]
        name = f"{'企業政府人物技術国家地域組織'[ENTITY_TYPES.index(etype) * 2 :][:2]}{i:04d}"
        ent = Entity(
            id=node_id(etype, name),
            type=etype,
            name=name,
            aliases={f"Alias{i}"},
            mentions=1 + int(rnd.paretovariate(1.5)),
            docs={f"doc{rnd.randrange(100):03d}"},
        )
        add_entity(g, ent)
        ids.append(ent.id)
    weights = [1.0 / (1 + i) ** 0.6 for i in range(n_nodes)]
    preds = list(PREDICATES)
    count = 0
    while count < n_edges:
        a = rnd.choices(ids, weights)[0]
        b = rnd.choice(ids)
        p = rnd.choice(preds)
        if a == b or g.has_edge(a, b, key=p) or (p in SYMMETRIC and g.has_edge(b, a, key=p)):
            continue
        ev = Evidence(
            doc=f"doc{rnd.randrange(100):03d}",
            sentence=f"{a}と{b}に関する文。" * 3,
            start=0,
            end=30,
            rule="bench",
            confidence=round(rnd.uniform(0.3, 1.0), 2),
        )
        add_relation(g, Relation(subject=a, predicate=p, object=b, evidence=ev))
        count += 1
    add_seen_dates(g)
    return g


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="graph.html time-to-interactive benchmark")
    ap.add_argument("--nodes", type=int, default=2000)
    ap.add_argument("--edges", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)

    g = synthetic(args.nodes, args.edges)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        html = Path(tmp) / "graph.html"
        t0 = time.perf_counter()
        write_html(g, html)
        write_s = time.perf_counter() - t0
        size_mb = html.stat().st_size / 1e6

        ready, wall, zoom, search, parsed, created = [], [], [], [], [], []
        time_step, time_drawn, pick_step, pick_drawn = [], [], [], []
        with browser(1400, 860) as ctx:
            for _ in range(args.runs):
                t0 = time.perf_counter()
                page = Page(ctx, html)
                wall.append(time.perf_counter() - t0)
                ready.append(page.page.evaluate("window.kgReadyAt") / 1000)
                marks = page.page.evaluate(MARKS)
                parsed.append(marks["kg:data-parsed"] / 1000)
                created.append(marks["kg:network-created"] / 1000)
                counts = page.page.evaluate(
                    "[network.body.data.nodes.length, network.body.data.edges.length]"
                )
                assert counts == [args.nodes, args.edges], counts
                zoom.append(statistics.median(page.page.evaluate(ZOOM_STEP) for _ in range(5)))
                name = g.nodes[sorted(g.nodes)[-1]]["name"]
                ms, hit = page.page.evaluate(SEARCH, name)
                assert hit == sorted(g.nodes)[-1]
                search.append(ms)
                n_dates = page.page.evaluate("kg.data.dates.length")
                for k in range(5):  # the end of the range from 90% down to 50% of the dates
                    computed, shown = page.page.evaluate(FILTER_STEP, ["time", n_dates * (9 - k) // 10])
                    time_step.append(computed)
                    time_drawn.append(shown)
                computed, shown = page.page.evaluate(FILTER_STEP, ["doc", "doc007"])
                pick_step.append(computed)
                pick_drawn.append(shown)
                page.check()
                page.page.close()

    med = statistics.median
    print(f"graph.html benchmark: {args.nodes} nodes, {args.edges} edges, {args.runs} runs (median)")
    print(f"machine: {platform.machine()}, Python {platform.python_version()}, Chromium headless (Debian)")
    print()
    print("| measure | value |")
    print("|---|---|")
    print(f"| write_html (layout + render + write) | {write_s:.2f} s |")
    print(f"| graph.html size | {size_mb:.1f} MB |")
    spread = f"min {min(ready):.2f}, max {max(ready):.2f}"
    print(f"| navigation start → interactive (kgReadyAt) | {med(ready):.2f} s ({spread}) |")
    print(f"| … of which: HTML + vis-network loaded, data parsed | {med(parsed):.2f} s |")
    print(f"| … vis DataSets + Network constructed | {med(created):.2f} s |")
    print(f"| … first frame drawn (interactive) | {med(ready):.2f} s |")
    print(f"| driver wall clock goto → interactive | {med(wall):.2f} s |")
    print(f"| one zoom step (moveTo → frame drawn) | {med(zoom):.0f} ms |")
    print(f"| search + focus call | {med(search):.0f} ms |")
    steps = (("time range step", time_step, time_drawn), ("article picked", pick_step, pick_drawn))
    for what, computed, drawn in steps:
        print(f"| {what}: filter computed / frame drawn | {med(computed):.0f} ms / {med(drawn):.0f} ms |")
    print()
    verdict = "PASS" if med(ready) < 3 else "FAIL"
    print(f"target < 3 s to interactive: {verdict}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
