"""graph.html: a self-contained, offline, interactive view of the knowledge graph.

Why not pyvis's own ``Network.write_html``: as shipped it loads Bootstrap (and, in some modes,
vis-network) from CDNs, writes without an encoding, and has raw-HTML sinks (heading, select menu,
option JSON, an ``innerHTML`` popup triggered by the substring ``href``). So the page is built
from our own template, inlining the vis-network 9.1.2 JS/CSS that ships inside the pinned pyvis
package. Every piece of article text travels only as JSON inside a non-executable
``<script type="application/json">`` block (``<``, ``>``, ``&``, U+2028/2029 escaped) and is put
on screen by the page script with ``textContent``/``innerText``; a Content-Security-Policy with
the hashes of the two inline scripts forbids any other script and every network request.

For a corpus the page filters what it draws (all in the page script, over data carried here): a
time range over the articles' dates (only when some article is dated), a choice of articles
(only what they say), and "hide unconnected entities" (on at first when more than half the
entities have no relation, :func:`hide_unconnected_by_default`); the header counts what is shown.
A node or an edge is kept by the time and article filters when one of its articles is (a node's
``docs``, an edge's evidence documents, carried whole in ``docs`` even when the evidence shown is
cut to :data:`MAX_EVIDENCE`).

Small graphs are laid out by vis physics, which is switched off once stabilised; beyond
:data:`PHYSICS_MAX_NODES` nodes, positions are precomputed here (Fruchterman-Reingold in NumPy,
seeded) and physics stays off so the page is interactive at once. Beyond :data:`MAX_NODES` /
:data:`MAX_EDGES` the page shows the most important part and says so (see :func:`select`).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np

from kg.atomic import write_text
from kg.errors import KgError
from kg.schema import EntityType, Predicate, active_schema

#: Above this many nodes, positions are precomputed and vis physics is never switched on.
PHYSICS_MAX_NODES = 300
#: Most nodes / edges / evidence sentences per edge the page carries (see :func:`select`).
MAX_NODES = 5000
MAX_EDGES = 15000
MAX_EVIDENCE = 50
#: Exact all-pairs repulsion up to this many nodes; sampled repulsion (linear time) beyond.
EXACT_LAYOUT_MAX = 2500
LAYOUT_SAMPLE = 160

ASSETS = Path(__file__).resolve().parent / "assets"
VIS_VERSION = "9.1.2"

#: Legend and style of a node type / predicate that is not in the schema (off-contract data).
_FALLBACK_TYPE = {"label": "不明", "color": "#999999", "border": "#666666", "shape": "dot"}
_FALLBACK_PREDICATE = {"symmetric": False, "color": "#999999", "dashes": False}  # labelled with its id

_PLACEHOLDER = re.compile(r"\{\{([A-Z_]+)\}\}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def write_html(g: nx.MultiDiGraph, path: Path) -> Path:
    """Write the interactive page for ``g`` to ``path`` atomically; same graph → same bytes."""
    return write_text(Path(path), generate_html(g))


def generate_html(g: nx.MultiDiGraph) -> str:
    """Return the complete HTML page as a string (no I/O besides reading the bundled assets)."""
    vis_js, vis_css = _vis_assets()
    app_js = _asset("graph.js")
    app_css = _asset("graph.css")
    data_json = script_json(graph_data(g))
    csp = "; ".join(
        [
            "default-src 'none'",
            f"script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}",
            "style-src 'unsafe-inline'",
            "img-src data:",
            "font-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    parts = {
        "CSP": csp,
        "VIS_CSS": vis_css,
        "APP_CSS": app_css,
        "DATA": data_json,
        "VIS_JS": vis_js,
        "APP_JS": app_js,
    }
    template = _asset("graph.html")
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1)], template)


#: Height of the page inline in a notebook (:func:`notebook_html`).
NOTEBOOK_HEIGHT = "640px"


def notebook_html(g: nx.MultiDiGraph, height: str = NOTEBOOK_HEIGHT) -> str:
    """The offline page of :func:`generate_html` inline, for Jupyter's ``_repr_html_``.

    It is the ``srcdoc`` of an ``<iframe>`` (escaped as an attribute value), so its scripts,
    styles and Content-Security-Policy stay its own; ``sandbox="allow-scripts"`` without
    ``allow-same-origin`` gives it no access to the notebook.
    """
    page = html.escape(generate_html(g), quote=True)
    style = f"width:100%;height:{html.escape(height, quote=True)};border:1px solid #ddd"
    return (f'<iframe class="kg-graph" title="knowledge graph" sandbox="allow-scripts" '
            f'style="{style}" srcdoc="{page}"></iframe>')


#: Characters the popups of pyvis's own page may read as HTML (it switches node titles to
#: ``innerHTML`` when any title contains "href"): in :func:`to_pyvis_network` titles they
#: become their full-width forms, so article text can never be markup there.
_TITLE_SAFE = str.maketrans({"<": "＜", ">": "＞", "&": "＆", '"': "＂", "'": "＇"})


def to_pyvis_network(g: nx.MultiDiGraph, **options: Any) -> Any:
    """A ``pyvis.network.Network`` of ``g`` to customise: the nodes and edges of graph.html.

    Same selection (:func:`select`), colours, shapes and Japanese labels as graph.html; hover
    titles are plain text (see ``_TITLE_SAFE``).  ``options`` go to ``Network(...)``; by default
    the network is directed and its page inlines vis-network (``cdn_resources="in_line"``),
    although pyvis's page template itself still links Bootstrap from a CDN.
    """
    from pyvis.network import Network

    data = graph_data(g)
    net = Network(**{"directed": True, "cdn_resources": "in_line", **options})
    types = {t["type"]: t for t in data["types"]}
    predicates = {p["id"]: p for p in data["predicates"]}
    for node in data["nodes"]:
        style = types.get(node["type"], _FALLBACK_TYPE)
        lines = [f"{node['name']} ({style['label']})"]
        if node["aliases"]:
            lines.append("別名: " + "、".join(node["aliases"]))
        if node["tickers"]:
            lines.append("ティッカー: " + ", ".join(node["tickers"]))
        extra = {k: node[k] for k in ("x", "y") if k in node}
        net.add_node(node["id"], label=node["name"], shape=style["shape"], size=node["size"],
                     color={"background": style["color"], "border": style["border"]},
                     title="\n".join(lines).translate(_TITLE_SAFE), entity_type=node["type"], **extra)
    for edge in data["edges"]:
        pred = predicates.get(edge["predicate"], {**_FALLBACK_PREDICATE, "label": edge["predicate"]})
        sentences = [e["sentence"] for e in edge["evidence"][:3]]
        net.add_edge(edge["from"], edge["to"], label=pred["label"], color=pred["color"],
                     dashes=pred["dashes"], arrows="" if pred["symmetric"] else "to",
                     predicate=edge["predicate"],
                     title="\n".join([pred["label"], *sentences]).translate(_TITLE_SAFE))
    if not data["physics"]:
        net.toggle_physics(False)
    return net


def script_json(obj: Any) -> str:
    """JSON that is inert inside a ``<script>`` element and valid JavaScript.

    ``<`` / ``>`` / ``&`` are escaped so no ``</script>`` or ``<!--`` can end or change the
    element; U+2028/2029 because older JS parsers treat them as line ends; lone surrogates so
    the page always encodes as UTF-8.
    """
    try:
        s = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    except ValueError as exc:
        raise KgError(f"graph.html: graph contains a non-finite number ({exc})") from exc
    s = s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    s = s.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", s)


def select(g: nx.MultiDiGraph) -> tuple[list[str], list[tuple[str, str, str]], dict[str, int]]:
    """The nodes and edges the page shows, sorted, and every node's degree in the whole graph.

    Everything up to :data:`MAX_NODES` / :data:`MAX_EDGES`. Beyond, a browser tab would freeze
    on a hairball nobody can read, so the page keeps the most mentioned and connected nodes and
    the best-supported edges among them, and says so on screen.
    """
    degree = {n: 0 for n in g.nodes}
    for s, o in g.edges():
        degree[s] += 1
        degree[o] += 1
    nodes = sorted(g.nodes)
    keep: set[str] | None = None
    if len(nodes) > MAX_NODES:
        ranked = sorted(nodes, key=lambda n: (-(int(g.nodes[n].get("mentions", 0) or 0) + degree[n]), n))
        keep = set(ranked[:MAX_NODES])
        nodes = sorted(keep)
    keys = sorted((s, o, k) for s, o, k in g.edges(keys=True) if keep is None or (s in keep and o in keep))
    if len(keys) > MAX_EDGES:

        def support(e: tuple[str, str, str]) -> tuple[int, float, tuple[str, str, str]]:
            d = g.edges[e]
            return (-len(d.get("evidence", [])), -float(d.get("confidence", 0.0)), e)

        keys = sorted(sorted(keys, key=support)[:MAX_EDGES])
    return nodes, keys, degree


def graph_data(g: nx.MultiDiGraph) -> dict[str, Any]:
    """The page's data: nodes, edges, documents and styles, in a canonical order."""
    node_ids, keys, degree = select(g)
    large = len(node_ids) > PHYSICS_MAX_NODES
    positions = layout_positions(node_ids, [(s, o) for s, o, _ in keys]) if large else {}

    nodes = []
    for n in node_ids:
        d = g.nodes[n]
        mentions = int(d.get("mentions", 0) or 0)
        weight = mentions if mentions > 0 else degree[n]
        node = {
            "id": n,
            "type": d.get("type", ""),
            "name": str(d.get("name", n)),
            "aliases": sorted(str(a) for a in d.get("aliases", [])),
            "tickers": sorted(str(t) for t in d.get("tickers", [])),
            "mentions": mentions,
            "docs": sorted(str(x) for x in d.get("docs", [])),
            "size": round(min(14 + 5 * math.sqrt(weight), 48), 1),
            **_seen(d),
        }
        if n in positions:
            node["x"], node["y"] = positions[n]
        nodes.append(node)

    # Parallel edges between one pair of nodes get distinct curvatures so labels do not overlap.
    by_pair: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for s, o, k in keys:
        by_pair[(min(s, o), max(s, o))].append((s, o, k))
    curve: dict[tuple[str, str, str], float] = {}
    for (a, _b), group in by_pair.items():
        for i, (s, o, k) in enumerate(group):
            r = 0.25 * (i - (len(group) - 1) / 2)  # centred offsets: 0 | ±0.125 | -0.25, 0, 0.25 …
            curve[(s, o, k)] = r if s == a else -r  # "clockwise" is relative to the edge's direction

    edges = []
    for i, (s, o, k) in enumerate(keys):
        d = g.edges[s, o, k]
        pred = d.get("predicate", k)
        conf = float(d.get("confidence", 0.0))
        evidence = [
            {
                "doc": str(e.get("doc", "")),
                "sentence": str(e.get("sentence", "")),
                "start": int(e.get("start", 0)),
                "end": int(e.get("end", 0)),
                "rule": str(e.get("rule", "")),
                "confidence": float(e.get("confidence", 0.0)),
            }
            for e in d.get("evidence", [])
        ]
        evidence.sort(key=lambda e: (e["doc"], e["start"], e["rule"], e["sentence"]))
        evidence_total = len(evidence)
        docs = sorted({e["doc"] for e in evidence})
        edges.append(
            {
                "id": f"e{i}",
                "from": s,
                "to": o,
                "predicate": pred,
                "confidence": conf,
                "rules": sorted(str(r) for r in d.get("rules", [])),
                "evidence": evidence[:MAX_EVIDENCE],
                "evidence_total": evidence_total,
                "docs": docs,
                "curve": round(curve[(s, o, k)], 3),
                **_seen(d),
            }
        )

    documents = [
        {
            "id": str(doc.get("id", "")),
            "title": str(doc.get("title") or ""),
            "path": str(doc.get("path") or ""),
            "date": str(doc.get("date") or ""),
            "url": str(doc.get("url") or ""),
        }
        for doc in sorted(g.graph.get("documents", []), key=lambda x: str(x.get("id", "")))
    ]

    schema = active_schema()
    types = [_type_legend(t) for t in schema.entity_types]
    for t in sorted({n["type"] for n in nodes} - set(schema.type_names)):
        types.append({"type": t, **_FALLBACK_TYPE})
    predicates = [_predicate_legend(p) for p in schema.predicates]
    for p in sorted({e["predicate"] for e in edges} - set(schema.predicate_names)):
        predicates.append({"id": p, "label": p, **_FALLBACK_PREDICATE})

    return {
        "version": 2,
        "total": {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()},
        "physics": not large,
        "hide_unconnected": hide_unconnected_by_default(degree),
        "dates": sorted({d["date"] for d in documents if d["date"]}),
        "documents": documents,
        "types": types,
        "predicates": predicates,
        "nodes": nodes,
        "edges": edges,
    }


def hide_unconnected_by_default(degree: dict[str, int]) -> bool:
    """Whether the page starts with unconnected entities hidden: when more than half of all the
    graph's entities have no relation (a corpus view would be mostly scattered dots)."""
    unconnected = sum(1 for n in degree.values() if n == 0)
    return 2 * unconnected > len(degree)


def _seen(d: dict[str, Any]) -> dict[str, Any]:
    """A node's or edge's time facts for the page: article count, first and last seen (when dated)."""
    out: dict[str, Any] = {}
    if d.get("articles") is not None:
        out["articles"] = int(d["articles"])
    if d.get("first_seen"):
        out["first_seen"] = str(d["first_seen"])
        out["last_seen"] = str(d.get("last_seen") or d["first_seen"])
    return out


def _type_legend(t: EntityType) -> dict[str, str]:
    """A node type as the page's legend and styles read it (colour, border, vis shape, label)."""
    style = t.style
    return {
        "type": t.name,
        "label": t.label_ja,
        "color": style.color,
        "border": style.border,
        "shape": style.shape,
    }


def _predicate_legend(p: Predicate) -> dict[str, Any]:
    """A predicate as the page reads it: label, symmetry, colour and vis dash pattern (false: solid)."""
    dashes = list(p.style.dashes) if p.style.dashes else False
    return {
        "id": p.name,
        "label": p.label_ja,
        "symmetric": p.symmetric,
        "color": p.style.color,
        "dashes": dashes,
    }


def layout_positions(
    nodes: list[str], edges: Iterable[tuple[str, str]], iterations: int | None = None
) -> dict[str, tuple[int, int]]:
    """Seeded Fruchterman-Reingold positions in pixels, for graphs too big for in-browser physics.

    NumPy-vectorised because ``nx.spring_layout`` needs SciPy above 500 nodes and takes ~11 s
    for 2,000 nodes; this takes ~1.5 s. Up to :data:`EXACT_LAYOUT_MAX` nodes every pair repels;
    beyond, each step samples :data:`LAYOUT_SAMPLE` nodes (an unbiased estimate of the total
    repulsion) and neighbours repel exactly, so 100k nodes stay linear-time. Rounded to whole
    pixels so the output is stable.
    """
    order = sorted(nodes)
    n = len(order)
    if n == 0:
        return {}
    index = {v: i for i, v in enumerate(order)}
    pairs = sorted({(min(index[s], index[o]), max(index[s], index[o])) for s, o in edges if s != o})
    src = np.array([a for a, _ in pairs], dtype=np.int64)
    dst = np.array([b for _, b in pairs], dtype=np.int64)
    exact = n <= EXACT_LAYOUT_MAX
    if iterations is None:
        iterations = 50 if exact else 30

    rng = np.random.default_rng(20240229)
    x = rng.random(n).astype(np.float32)
    y = rng.random(n).astype(np.float32)
    k2 = np.float32(1.0 / n)
    k = float(np.sqrt(k2))
    temp = 0.1
    cool = temp / (iterations + 1)
    gravity = np.float32(0.05)
    for _ in range(iterations):
        if exact:
            fx, fy = _repulsion(x, y, x, y, k2)
        else:
            sample = rng.choice(n, LAYOUT_SAMPLE, replace=False)
            fx, fy = _repulsion(x, y, x[sample], y[sample], k2)
            fx *= np.float32(n / LAYOUT_SAMPLE)
            fy *= np.float32(n / LAYOUT_SAMPLE)
        if len(pairs):
            ex = x[src] - x[dst]
            ey = y[src] - y[dst]
            d2 = ex * ex + ey * ey
            np.maximum(d2, np.float32(1e-9), out=d2)
            f = np.sqrt(d2) / k  # attraction d²/k along edges
            if not exact:
                f -= k2 / d2  # the exact repulsion of neighbours, which sampling would miss
            ax = ex * f
            ay = ey * f
            fx -= np.bincount(src, ax, n).astype(np.float32)
            fx += np.bincount(dst, ax, n).astype(np.float32)
            fy -= np.bincount(src, ay, n).astype(np.float32)
            fy += np.bincount(dst, ay, n).astype(np.float32)
        fx -= gravity * (x - np.float32(0.5)) / k  # keeps isolated nodes and small parts close
        fy -= gravity * (y - np.float32(0.5)) / k
        length = np.sqrt(fx * fx + fy * fy)
        np.maximum(length, np.float32(1e-9), out=length)
        step = np.minimum(length, np.float32(temp)) / length
        x += fx * step
        y += fy * step
        temp -= cool

    scale = 110.0 / k  # one "ideal edge length" k becomes ~110 px on screen
    cx, cy = float(x.mean()), float(y.mean())
    xs = np.rint((x.astype(np.float64) - cx) * scale).astype(np.int64).tolist()
    ys = np.rint((y.astype(np.float64) - cy) * scale).astype(np.int64).tolist()
    return {v: (xs[i], ys[i]) for i, v in enumerate(order)}


def _repulsion(
    x: np.ndarray, y: np.ndarray, sx: np.ndarray, sy: np.ndarray, k2: np.float32
) -> tuple[np.ndarray, np.ndarray]:
    """Sum over sources of k²/d along the direction away from each source, in row blocks."""
    n = len(x)
    fx = np.empty(n, np.float32)
    fy = np.empty(n, np.float32)
    chunk = max(1, 2_000_000 // max(len(sx), 1))
    for a in range(0, n, chunk):
        dx = x[a : a + chunk, None] - sx[None, :]
        dy = y[a : a + chunk, None] - sy[None, :]
        w = dx * dx
        w += dy * dy
        np.maximum(w, np.float32(1e-9), out=w)
        np.divide(k2, w, out=w)
        dx *= w
        dy *= w
        fx[a : a + chunk] = dx.sum(axis=1)
        fy[a : a + chunk] = dy.sum(axis=1)
    return fx, fy


def _asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


def _vis_assets() -> tuple[str, str]:
    """vis-network JS and CSS as bundled in the pinned pyvis package (read, never fetched)."""
    try:
        import pyvis
    except ImportError as exc:  # pragma: no cover - pyvis is a hard dependency
        raise KgError("graph.html needs the pyvis package (pip install pyvis==0.3.2)") from exc
    lib = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / f"vis-{VIS_VERSION}"
    try:
        js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
        css = (lib / "vis-network.css").read_text(encoding="utf-8")
    except OSError as exc:
        raise KgError(f"graph.html: vis-network {VIS_VERSION} not found in pyvis", str(lib)) from exc
    if f"@version {VIS_VERSION}" not in js[:2000]:
        raise KgError(f"graph.html: unexpected vis-network build (want {VIS_VERSION})", str(lib))
    if re.search(r"</script|<!--", js, re.IGNORECASE) or re.search(r"</style", css, re.IGNORECASE):
        raise KgError("graph.html: bundled vis-network cannot be inlined safely", str(lib))
    return js, css


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"
