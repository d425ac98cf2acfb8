"""Static checks of graph.html: self-contained, escaped, deterministic (no browser needed)."""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
from html_graphs import (
    XSS_ALIAS,
    XSS_DOC_TITLE,
    XSS_NAME,
    XSS_SENTENCE,
    hostile_graph,
    sample_graph,
    synthetic_graph,
)

from kg.errors import KgError
from kg.exporters import html as kg_html
from kg.exporters.html import PHYSICS_MAX_NODES, generate_html, script_json, write_html
from kg.graph import KnowledgeGraph, add_relation, canonical
from kg.model import PREDICATES, Evidence, Relation

DATA_RE = re.compile(r'<script id="kg-data" type="application/json">(.*?)</script>', re.S)


class _Page(HTMLParser):
    """Collects every tag with its attributes and the text of each <script>/<style>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.styles: list[str] = []
        self._open: tuple[str, dict[str, str | None]] | None = None
        self._buf: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._open = (tag, dict(attrs))
            self._buf = []

    def handle_data(self, data):
        if self._open:
            self._buf.append(data)

    def handle_endtag(self, tag):
        if self._open and tag == self._open[0]:
            text = "".join(self._buf)
            if tag == "script":
                self.scripts.append((self._open[1], text))
            else:
                self.styles.append(text)
            self._open = None


def parse(html: str) -> _Page:
    p = _Page()
    p.feed(html)
    p.close()
    return p


def page_data(html: str) -> dict:
    m = DATA_RE.search(html)
    assert m, "data block missing"
    return json.loads(m.group(1))


@pytest.fixture(scope="module")
def sample_html() -> str:
    return generate_html(sample_graph())


@pytest.fixture(scope="module")
def hostile_html() -> str:
    return generate_html(hostile_graph())


# ----------------------------------------------------------------------------- offline


def test_page_loads_nothing_from_anywhere(sample_html: str) -> None:
    page = parse(sample_html)
    loaders = {
        "link",
        "img",
        "iframe",
        "frame",
        "object",
        "embed",
        "base",
        "audio",
        "video",
        "source",
        "track",
    }
    assert [t for t, _ in page.tags if t in loaders] == []
    for tag, attrs in page.tags:
        for name in ("src", "href", "srcset", "data", "action", "poster", "background"):
            assert name not in attrs, f"<{tag} {name}=…> would load something"
    assert len(page.scripts) == 3  # data, vis-network, page script; all inline
    for style in page.styles:
        assert "@import" not in style
        for url in re.findall(r"url\(\s*['\"]?([^'\")]*)", style):
            assert url.startswith("data:"), url
    low = sample_html.lower()
    for cdn in ("cdnjs", "jsdelivr", "unpkg", "bootstrap", "googleapis"):
        assert cdn not in low
    # the document's URL is shown as data, never as an attribute that loads it
    assert not re.search(r"""(?:src|href)\s*=\s*["']?https?://""", sample_html, re.I)


def test_csp_allows_exactly_the_inline_scripts(sample_html: str) -> None:
    page = parse(sample_html)
    metas = [
        a
        for t, a in page.tags
        if t == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy"
    ]
    assert len(metas) == 1
    csp = {d.split()[0]: d.split()[1:] for d in metas[0]["content"].split(";") if d.strip()}
    assert csp["default-src"] == ["'none'"]
    assert "'unsafe-inline'" not in csp["script-src"] and "'unsafe-eval'" not in csp["script-src"]
    code = [text for attrs, text in page.scripts if attrs.get("type") != "application/json"]
    want = sorted(f"'sha256-{base64.b64encode(hashlib.sha256(t.encode()).digest()).decode()}'" for t in code)
    assert sorted(csp["script-src"]) == want
    assert csp["img-src"] == ["data:"]


def test_japanese_font_stack_before_generic(sample_html: str) -> None:
    m = re.search(r"--kg-font:([^;]*);", sample_html)
    assert m
    stack = [f.strip().strip('"') for f in m.group(1).split(",")]
    for face in ("Hiragino Kaku Gothic ProN", "Yu Gothic", "Meiryo", "Noto Sans JP"):
        assert face in stack
    assert stack[-1] == "sans-serif"
    assert '<html lang="ja">' in sample_html
    assert '<meta charset="utf-8">' in sample_html


# ----------------------------------------------------------------------------- escaping


def test_hostile_text_never_appears_raw(hostile_html: str) -> None:
    for raw in (
        "<img src=x",
        "</script><script>window",
        "<svg onload",
        '<a href="javascript:',
        "\u2028",
        "<!--</script>",
    ):
        assert raw not in hostile_html
    page = parse(hostile_html)
    assert [t for t, _ in page.tags if t in ("img", "a")] == []
    assert not any("onerror" in a or "onload" in a for _, a in page.tags)
    assert len(page.scripts) == 3
    data_block = DATA_RE.search(hostile_html).group(1)
    assert "<" not in data_block and ">" not in data_block and "&" not in data_block


def test_hostile_text_round_trips_exactly(hostile_html: str) -> None:
    data = page_data(hostile_html)
    names = {n["name"]: n for n in data["nodes"]}
    assert XSS_NAME in names
    assert XSS_ALIAS in names[XSS_NAME]["aliases"]
    sentences = [ev["sentence"] for e in data["edges"] for ev in e["evidence"]]
    assert XSS_SENTENCE in sentences
    assert XSS_DOC_TITLE in [d["title"] for d in data["documents"]]


def test_script_json_escapes_every_dangerous_character() -> None:
    value = {"k": "</script><!--&\u2028\u2029\ud800", "z": [1.5, "x>y"]}
    out = script_json(value)
    for ch in "<>&\u2028\u2029\ud800":
        assert ch not in out
    assert json.loads(out) == value
    out.encode("utf-8")  # no lone surrogate left to break the UTF-8 page
    with pytest.raises(KgError):
        script_json({"confidence": math.nan})


# ----------------------------------------------------------------------------- content


def test_data_mirrors_the_graph(sample_html: str) -> None:
    g = sample_graph()
    data = page_data(sample_html)
    assert len(data["nodes"]) == g.number_of_nodes() and len(data["edges"]) == g.number_of_edges()
    assert {n["id"] for n in data["nodes"]} == set(g.nodes)
    by_id = {n["id"]: n for n in data["nodes"]}
    for n, d in g.nodes(data=True):
        got = by_id[n]
        assert (got["name"], got["type"], got["aliases"], got["tickers"], got["mentions"], got["docs"]) == (
            d["name"],
            d["type"],
            d["aliases"],
            d["tickers"],
            d["mentions"],
            d["docs"],
        )
    edges = {(e["from"], e["to"], e["predicate"]): e for e in data["edges"]}
    for s, o, k, d in g.edges(keys=True, data=True):
        e = edges[(s, o, k)]
        assert e["confidence"] == d["confidence"]
        assert [ev["sentence"] for ev in e["evidence"]] == [ev["sentence"] for ev in d["evidence"]]
        assert [ev["doc"] for ev in e["evidence"]] == [ev["doc"] for ev in d["evidence"]]
    assert {p["id"]: p["label"] for p in data["predicates"]} == PREDICATES
    assert len({p["color"] + str(p["dashes"]) for p in data["predicates"]}) == len(PREDICATES)
    types = data["types"]
    assert len({t["color"] for t in types}) == len(types) and len({t["shape"] for t in types}) == len(types)
    assert data["physics"] is True and all("x" not in n for n in data["nodes"])
    assert [d["id"] for d in data["documents"]] == sorted(d["id"] for d in g.graph["documents"])


def test_parallel_edges_get_distinct_curves(sample_html: str) -> None:
    data = page_data(sample_html)
    pairs: dict[frozenset, list[float]] = {}
    for e in data["edges"]:
        pairs.setdefault(frozenset((e["from"], e["to"])), []).append(e["curve"])
    multi = [c for c in pairs.values() if len(c) > 1]
    assert multi, "sample graph has a parallel pair (leads + worksFor)"
    for curves in multi:
        assert len(set(curves)) == len(curves)
    assert all(c == [0.0] for c in pairs.values() if len(c) == 1)


@pytest.mark.parametrize("exact_max", [kg_html.EXACT_LAYOUT_MAX, 100], ids=["all-pairs", "sampled"])
def test_large_graph_gets_a_precomputed_layout(monkeypatch, exact_max: int) -> None:
    monkeypatch.setattr(kg_html, "EXACT_LAYOUT_MAX", exact_max)
    g = synthetic_graph(PHYSICS_MAX_NODES + 50, 700)
    data = kg_html.graph_data(g)
    assert kg_html.graph_data(_reversed_copy(g)) == data
    assert data["physics"] is False
    pos = {n["id"]: (n["x"], n["y"]) for n in data["nodes"]}
    assert all(isinstance(x, int) and isinstance(y, int) for x, y in pos.values())
    assert len(set(pos.values())) == len(pos)
    # force-directed: neighbours sit closer together than random pairs
    dist = lambda a, b: math.dist(pos[a], pos[b])  # noqa: E731
    edge_mean = sum(dist(s, o) for s, o in g.edges()) / g.number_of_edges()
    ids = sorted(pos)
    pair_mean = sum(dist(ids[i], ids[(i * 7 + 13) % len(ids)]) for i in range(len(ids))) / len(ids)
    assert edge_mean < 0.6 * pair_mean


# ----------------------------------------------------------------------------- files


def _reversed_copy(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    out = nx.MultiDiGraph()
    out.graph.update(g.graph)
    out.graph["documents"] = list(reversed(g.graph["documents"]))
    for n in reversed(list(g.nodes)):
        out.add_node(n, **g.nodes[n])
    for s, o, k in reversed(list(g.edges(keys=True))):
        out.add_edge(s, o, key=k, **g.edges[s, o, k])
    return out


@pytest.mark.parametrize(
    "make", [sample_graph, hostile_graph, lambda: synthetic_graph(PHYSICS_MAX_NODES + 20, 600)]
)
def test_output_is_byte_identical(tmp_path: Path, make) -> None:
    g = make()
    a = write_html(g, tmp_path / "a.html")
    b = write_html(_reversed_copy(g), tmp_path / "b.html")
    c = KnowledgeGraph(g).to_html(tmp_path / "c.html")
    assert a.read_bytes() == b.read_bytes() == c.read_bytes()
    assert write_html(canonical(g), tmp_path / "a.html").read_bytes() == b.read_bytes()


def test_write_is_atomic_and_utf8(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "out" / "graph.html"
    write_html(sample_graph(), target)
    first = target.read_bytes()
    assert "ディープシーク".encode() in first
    first.decode("utf-8")

    def boom(_g):
        raise RuntimeError("interrupted")

    monkeypatch.setattr(kg_html, "graph_data", boom)
    with pytest.raises(RuntimeError):
        write_html(hostile_graph(), target)
    assert target.read_bytes() == first
    assert sorted(p.name for p in target.parent.iterdir()) == ["graph.html"]


def test_writes_utf8_under_a_non_utf8_locale(tmp_path: Path) -> None:
    """pyvis's own writer crashes here (no encoding); ours must produce the same bytes."""
    expected = generate_html(sample_graph()).encode("utf-8")
    script = (
        "import sys; sys.path.insert(0, sys.argv[2]);"
        "from pathlib import Path; from html_graphs import sample_graph;"
        "from kg.exporters.html import write_html; write_html(sample_graph(), Path(sys.argv[1]))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PYTHONUTF8"))}
    env.update(LC_ALL="C", LANG="C", PYTHONUTF8="0", PYTHONIOENCODING="ascii")
    out = tmp_path / "graph.html"
    subprocess.run([sys.executable, "-c", script, str(out), str(Path(__file__).parent)], env=env, check=True)
    assert out.read_bytes() == expected


def test_empty_graph_renders() -> None:
    from kg.graph import new_graph

    data = page_data(generate_html(new_graph()))
    assert data["nodes"] == [] and data["edges"] == [] and data["physics"] is True


def test_huge_graphs_keep_the_most_important_part(monkeypatch) -> None:
    g = synthetic_graph(120, 400)
    for i, (s, o, k) in enumerate(sorted(g.edges(keys=True))[::5]):  # some edges get more evidence
        for j in range(1 + i % 3):
            ev = Evidence(doc="dx", sentence=f"追加{i}-{j}。", start=j, end=j + 5, rule="x", confidence=0.5)
            add_relation(g, Relation(subject=s, predicate=k, object=o, evidence=ev))
    monkeypatch.setattr(kg_html, "MAX_NODES", 50)
    monkeypatch.setattr(kg_html, "MAX_EDGES", 60)
    monkeypatch.setattr(kg_html, "MAX_EVIDENCE", 1)
    data = kg_html.graph_data(g)
    assert data["total"] == {"nodes": 120, "edges": 400}
    assert len(data["nodes"]) == 50 and len(data["edges"]) == 60
    kept = {n["id"] for n in data["nodes"]}

    def weight(n: str) -> int:
        return g.nodes[n]["mentions"] + g.degree(n)

    assert min(weight(n) for n in kept) >= max(weight(n) for n in set(g.nodes) - kept)
    assert all(e["from"] in kept and e["to"] in kept for e in data["edges"])
    among = [(s, o, k) for s, o, k in g.edges(keys=True) if s in kept and o in kept]
    support = {e: len(g.edges[e]["evidence"]) for e in among}
    shown = {(e["from"], e["to"], e["predicate"]) for e in data["edges"]}
    assert min(support[e] for e in shown) >= max(support[e] for e in set(among) - shown)
    assert all(len(e["evidence"]) == 1 for e in data["edges"])
    assert any(e["evidence_total"] > 1 for e in data["edges"])
    assert [n["id"] for n in data["nodes"]] == sorted(kept)
