"""graph.html in a real headless Chromium, opened from file:// with the network cut off.

Needs the ``playwright`` Python package and a Chromium binary (Debian ``chromium`` at
/usr/bin/chromium, or $KG_CHROMIUM). ``playwright install`` is never needed. Skips when either is
missing, except under CI=true where a missing browser is a failure.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from html_graphs import (
    DATED_DOCS,
    DOC_URL,
    XSS_ALIAS,
    XSS_DOC_TITLE,
    XSS_NAME,
    XSS_SENTENCE,
    dated_graph,
    dated_synthetic_graph,
    hostile_graph,
    sample_entities,
    sample_graph,
    synthetic_graph,
)

from kg.exporters.html import PHYSICS_MAX_NODES, write_html

# the launch flags and the Chromium lookup live in tools/screenshot.py, shared with the tests
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from screenshot import CHROMIUM_ARGS, find_chromium  # noqa: E402

pytestmark = pytest.mark.browser


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright Python package is not installed (pip install playwright)")
    exe = find_chromium()
    if not exe:
        _unavailable("no Chromium found (apt-get install chromium, or set KG_CHROMIUM)")
    with sync_playwright() as pw, tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile:
        ctx = pw.chromium.launch_persistent_context(
            profile,
            executable_path=exe,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 800},
            service_workers="block",
        )
        try:
            yield ctx
        finally:
            ctx.close()


class Opened:
    """A page plus everything it asked the network for and everything it logged as an error."""

    def __init__(self, page: Any, url: str) -> None:
        self.page = page
        self.url = url
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.errors: list[str] = []

    def leaks(self) -> list[str]:
        return [u for u in self.requests + self.blocked if u != self.url and not u.startswith("data:")]

    def js(self, expr: str, arg: Any = None) -> Any:
        return self.page.evaluate(expr, arg)


def open_page(ctx: Any, path: Path) -> Opened:
    page = ctx.new_page()
    url = path.resolve().as_uri()
    o = Opened(page, url)

    def route(r):
        u = r.request.url
        if u.startswith("file://") or u.startswith("data:"):
            r.continue_()
        else:
            o.blocked.append(u)
            r.abort()

    page.route("**/*", route)
    page.on("request", lambda req: o.requests.append(req.url))
    page.on("websocket", lambda ws: o.blocked.append(ws.url))
    page.on(
        "console", lambda m: o.errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None
    )
    page.on("pageerror", lambda e: o.errors.append(f"pageerror: {e}"))
    page.goto(url)
    wait_js(o, "window.kgReady === true", 30)
    return o


def wait_js(o: Opened, expr: str, timeout: float = 5, arg: Any = None) -> None:
    """Poll ``expr`` until truthy. (page.wait_for_function evaluates strings with eval(), which the
    page's Content-Security-Policy rightly forbids.)"""
    deadline = time.monotonic() + timeout
    while not o.page.evaluate(expr, arg):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {expr}: {o.page.evaluate(expr, arg)!r}")
        o.page.wait_for_timeout(50)


def node_screen_point(o: Opened, node_id: str) -> tuple[float, float]:
    """Page coordinates of a node's centre."""
    return o.js(
        """(id) => {
            const p = network.canvasToDOM(network.getPositions([id])[id]);
            const r = document.getElementById('mynetwork').getBoundingClientRect();
            return [r.left + p.x, r.top + p.y];
        }""",
        node_id,
    )


def hover(o: Opened, x: float, y: float, expect: str) -> str:
    """Point at (x, y) until vis shows a tooltip containing ``expect``; return the tooltip text.

    vis hides an open tooltip and schedules the next one on separate pointer moves, so first
    leave any object for empty canvas, then approach the target in small steps."""
    empty = o.js("""() => {
        const r = document.getElementById('mynetwork').getBoundingClientRect();
        for (const [fx, fy] of [[0.02, 0.02], [0.98, 0.02], [0.02, 0.98], [0.98, 0.98], [0.5, 0.02]]) {
            const p = {x: r.width * fx, y: r.height * fy};
            if (network.getNodeAt(p) === undefined && network.getEdgeAt(p) === undefined)
                return [r.left + p.x, r.top + p.y];
        }
        return null;
    }""")
    assert empty, "no empty spot on the canvas"
    deadline = time.monotonic() + 8
    text = ""
    while time.monotonic() < deadline:
        o.page.mouse.move(*empty, steps=2)
        o.page.wait_for_timeout(100)
        o.page.mouse.move(x, y, steps=4)
        o.page.wait_for_timeout(450)
        text = o.js(
            "(() => { const t = document.querySelector('div.vis-tooltip');"
            " return t && t.style.visibility !== 'hidden' ? t.innerText : ''; })()"
        )
        if expect in text:
            return text
    raise AssertionError(f"no tooltip with {expect!r} at ({x:.0f}, {y:.0f}); last: {text!r}")


def hover_node(o: Opened, node_id: str, expect: str) -> str:
    """Hover a node until its tooltip shows ``expect``. Each try stops the layout and centres the
    view on the node without animation, so a loaded machine cannot leave it moving or off-canvas."""
    deadline = time.monotonic() + 15
    last = ""
    while time.monotonic() < deadline:
        o.js(
            """(id) => { network.stopSimulation(); network.moveTo(
                {position: network.getPositions([id])[id], scale: 1.2, animation: false}); }""",
            node_id,
        )
        o.page.wait_for_timeout(100)
        x, y = node_screen_point(o, node_id)
        try:
            return hover(o, x, y, expect=expect)
        except AssertionError as exc:
            last = str(exc)
    raise AssertionError(last)


def settle_view(o: Opened) -> None:
    """Wait for any view animation (focus, fit) to finish: the view is the same twice in a row."""
    last = None
    for _ in range(100):
        now = o.js("[network.getScale(), network.getViewPosition()]")
        if now == last:
            return
        last = now
        o.page.wait_for_timeout(120)
    raise AssertionError("the view never stopped moving")


def edge_screen_point(o: Opened, edge_id: str) -> tuple[float, float]:
    """Page coordinates of a point that vis itself resolves to this edge and to no node."""
    point = o.js(
        """(id) => {
        const e = network.body.data.edges.get(id);
        const pos = network.getPositions([e.from, e.to]);
        const r = document.getElementById('mynetwork').getBoundingClientRect();
        for (const t of [0.3, 0.7, 0.2, 0.8, 0.4, 0.6, 0.15, 0.85]) {
            const c = network.canvasToDOM({x: pos[e.from].x + (pos[e.to].x - pos[e.from].x) * t,
                                           y: pos[e.from].y + (pos[e.to].y - pos[e.from].y) * t});
            const p = {x: Math.round(c.x), y: Math.round(c.y)};
            if (network.getNodeAt(p) === undefined && network.getEdgeAt(p) === id)
                return [r.left + p.x, r.top + p.y];
        }
        return null;
    }""",
        edge_id,
    )
    assert point, f"no clear point on edge {edge_id}"
    return point


def panel_text(o: Opened) -> str:
    return o.js("document.getElementById('kg-panel').textContent")


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("html")
    return {
        "sample": write_html(sample_graph(), d / "sample.html"),
        "hostile": write_html(hostile_graph(), d / "hostile.html"),
        "large": write_html(synthetic_graph(PHYSICS_MAX_NODES + 100, 900), d / "large.html"),
        "dated": write_html(dated_graph(), d / "dated.html"),
    }


@pytest.fixture()
def sample(browser, pages) -> Iterator[Opened]:
    o = open_page(browser, pages["sample"])
    yield o
    o.page.close()
    assert o.leaks() == [], "the page asked the network for something"
    assert o.errors == []


# ----------------------------------------------------------------------------- tests


def test_offline_counts_and_physics_stop(sample: Opened) -> None:
    g = sample_graph()
    assert sample.js("[network.body.data.nodes.length, network.body.data.edges.length]") == [
        g.number_of_nodes(),
        g.number_of_edges(),
    ]
    assert sample.js("window.network === window.kg.network && typeof network.fit") == "function"
    assert sample.js("network.physics.options.enabled") is False
    before = sample.js("network.getPositions()")
    sample.page.wait_for_timeout(700)
    assert sample.js("network.getPositions()") == before, "nodes still moving after stabilisation"
    assert set(before) == set(g.nodes)
    shown = sample.js("document.getElementById('kg-summary').textContent")
    assert f"エンティティ {g.number_of_nodes()}件" in shown
    legend = sample.js("document.getElementById('kg-legend').textContent")
    for word in ("企業", "人物", "技術", "率いる", "規制", "拠点"):
        assert word in legend
    labels = sample.js("network.body.data.edges.get().map(e => e.label)")
    assert "率いる" in labels and "規制" in labels
    # the Japanese font stack reached the canvas
    assert "Noto Sans JP" in sample.js(
        "network.body.nodes[Object.keys(network.body.nodes)[0]].options.font.face"
    )


def test_hover_node_shows_aliases(sample: Opened) -> None:
    ds = sample_entities()["deepseek"]
    text = hover_node(sample, ds.id, expect="ディープシーク")
    assert "深度求索" in text and "DeepSeek" in text and "企業" in text and "言及: 9回" in text


def test_search_focuses_node(sample: Opened) -> None:
    ds = sample_entities()["deepseek"]
    sample.page.fill("#kg-search", "ｄｅｅｐｓｅｅｋ")  # full-width, lower case: NFKC + case folding
    sample.page.press("#kg-search", "Enter")
    assert sample.js("network.getSelectedNodes()") == [ds.id]
    # the focus animation ends with the node in the centre of the view
    wait_js(
        sample,
        """(id) => { const v = network.getViewPosition(), p = network.getPositions([id])[id];
        return Math.abs(v.x - p.x) < 2 && Math.abs(v.y - p.y) < 2; }""",
        5,
        ds.id,
    )
    assert sample.js("document.querySelector('#kg-panel h2').textContent") == "ディープシーク"
    assert "深度求索" in panel_text(sample)
    sample.page.fill("#kg-search", "存在しない名前")
    sample.page.press("#kg-search", "Enter")
    assert sample.js("document.getElementById('kg-search-status').textContent") == "見つかりません"


def test_click_edge_shows_evidence(sample: Opened) -> None:
    e = sample_entities()
    eid = sample.js(
        "([s, o]) => network.body.data.edges.get()"
        ".find(x => x.from === s && x.to === o && x.label === '規制').id",
        [e["us_gov"].id, e["chip"].id],
    )
    sample.js("(id) => network.focus(id, {scale: 1.5})", e["us_gov"].id)
    settle_view(sample)
    sample.page.mouse.click(*edge_screen_point(sample, eid))
    assert sample.js("network.getSelectedEdges()") == [eid]
    text = panel_text(sample)
    assert "米政府の輸出規制により" in text and "規制 (restricts)" in text
    assert "中国、生成AIのオープンソース化で好感度アップ" in text  # document title
    marks = sample.js("Array.from(document.querySelectorAll('#kg-panel mark')).map(m => m.textContent)")
    assert "米政府" in marks and "AIチップ" in marks
    assert sample.js("document.querySelector('#kg-panel a').href") == DOC_URL


def test_type_filter_hides_and_restores(sample: Opened) -> None:
    companies = sample.js("network.body.data.nodes.get().filter(n => n.group === 'Company').length")
    assert companies == 4
    sample.page.click("#kg-type-filter input[data-key='Company']")
    hidden = sample.js("network.body.data.nodes.get().filter(n => n.hidden).map(n => n.group)")
    assert hidden == ["Company"] * companies
    assert sample.js("""network.body.data.edges.get().filter(e => !e.hidden).every(e =>
        network.body.data.nodes.get(e.from).group !== 'Company' &&
        network.body.data.nodes.get(e.to).group !== 'Company')""")
    sample.page.click("#kg-predicate-filter input[data-key='basedIn']")
    assert sample.js("network.body.data.edges.get().filter(e => e.label === '拠点').every(e => e.hidden)")
    sample.page.click("#kg-type-filter input[data-key='Company']")
    assert sample.js("network.body.data.nodes.get().filter(n => n.hidden).length") == 0


def test_hostile_names_and_evidence_are_inert(browser, pages) -> None:
    o = open_page(browser, pages["hostile"])
    try:
        bad = o.js("(name) => network.body.data.nodes.get().find(n => n.label === name).id", XSS_NAME)
        assert XSS_ALIAS in hover_node(o, bad, expect=XSS_NAME)
        o.page.mouse.click(*node_screen_point(o, bad))
        assert XSS_NAME in panel_text(o) and XSS_ALIAS in panel_text(o)
        o.page.fill("#kg-search", XSS_NAME)
        o.page.press("#kg-search", "Enter")
        assert o.js("network.getSelectedNodes()") == [bad]
        settle_view(o)
        o.page.locator("#kg-panel .kg-rels button", has_text="買収").click()
        text = panel_text(o)
        assert XSS_SENTENCE.replace("\u2028", "") in text.replace("\u2028", "")
        assert XSS_DOC_TITLE in text
        # the edge tooltip shows the hostile sentence as text as well
        target = sample_entities()["deepseek"].id
        o.js("(ids) => network.fit({nodes: ids})", [bad, target])
        settle_view(o)
        edge = o.js("(id) => network.getConnectedEdges(id)[0]", bad)
        text = hover(o, *edge_screen_point(o, edge), expect="買収")
        assert 'href="javascript:' in text and XSS_DOC_TITLE in text
        tip = o.page.locator("div.vis-tooltip")
        # set with innerText: text plus the <br>s innerText makes of newlines, nothing else
        assert set(tip.evaluate("t => Array.from(t.querySelectorAll('*')).map(c => c.tagName)")) == {"BR"}
        o.page.wait_for_timeout(400)  # let any payload's event handlers or timers fire
        assert o.js("window.__kgPwned") is None
        assert o.js("document.querySelectorAll('img, iframe, script[src], [onerror], [onload]').length") == 0
        assert o.js("Array.from(document.querySelectorAll('a')).map(a => a.protocol)") == []
        assert o.js("document.querySelectorAll('#kg-panel svg, #kg-panel a').length") == 0
        assert o.leaks() == [] and o.errors == []
    finally:
        o.page.close()


def test_large_graph_uses_precomputed_layout(browser, pages) -> None:
    o = open_page(browser, pages["large"])
    try:
        data = o.js("window.kg.data")
        assert data["physics"] is False and o.js("network.physics.options.enabled") is False
        assert o.js("network.body.data.nodes.length") == PHYSICS_MAX_NODES + 100
        assert o.js("network.body.data.edges.length") == 900
        first = data["nodes"][0]
        pos = o.js("(id) => network.getPositions([id])[id]", first["id"])
        assert (round(pos["x"]), round(pos["y"])) == (first["x"], first["y"])
        t0 = time.monotonic()
        o.page.fill("#kg-search", data["nodes"][-1]["name"])
        o.page.press("#kg-search", "Enter")
        assert o.js("network.getSelectedNodes()") == [data["nodes"][-1]["id"]]
        assert time.monotonic() - t0 < 5
        assert o.leaks() == [] and o.errors == []
    finally:
        o.page.close()


def test_empty_and_single_node_graphs_become_ready(browser, tmp_path) -> None:
    from kg.graph import add_entity, new_graph

    empty = write_html(new_graph(), tmp_path / "empty.html")
    one = new_graph()
    add_entity(one, sample_entities()["li"])
    single = write_html(one, tmp_path / "single.html")
    for path, n in ((empty, 0), (single, 1)):
        o = open_page(browser, path)
        try:
            assert o.js("network.body.data.nodes.length") == n
            assert o.js("document.getElementById('kg-loading').hidden") is True
            assert o.leaks() == [] and o.errors == []
        finally:
            o.page.close()


def test_truncated_page_says_so(browser, tmp_path, monkeypatch) -> None:
    from kg.exporters import html as kg_html

    monkeypatch.setattr(kg_html, "MAX_NODES", 50)
    path = write_html(synthetic_graph(120, 300), tmp_path / "cut.html")
    o = open_page(browser, path)
    try:
        assert o.js("network.body.data.nodes.length") == 50
        summary = o.js("document.getElementById('kg-summary').textContent")
        assert "エンティティ 50 / 120件" in summary and "関係" in summary and "上位のみ表示" in summary
        assert o.leaks() == [] and o.errors == []
    finally:
        o.page.close()


def test_notebook_repr_renders_the_page_inline(browser, tmp_path) -> None:
    """``KnowledgeGraph._repr_html_`` in a page (as Jupyter shows it): the graph runs in its iframe,
    offline, and its hostile text stays text."""
    from kg.graph import KnowledgeGraph

    result = KnowledgeGraph(hostile_graph())
    notebook = tmp_path / "notebook.html"
    notebook.write_text(f"<!DOCTYPE html><html><body><h1>cell</h1>{result._repr_html_()}</body></html>",
                        encoding="utf-8")
    page = browser.new_page()
    errors: list[str] = []
    requests: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    try:
        page.goto(notebook.as_uri())
        deadline = time.monotonic() + 30
        while len(page.frames) < 2 or not page.frames[1].evaluate("window.kgReady === true"):
            assert time.monotonic() < deadline, "the inline graph never became ready"
            page.wait_for_timeout(100)
        frame = page.frames[1]
        g = result.graph
        counts = frame.evaluate("[network.body.data.nodes.length, network.body.data.edges.length]")
        assert counts == [g.number_of_nodes(), g.number_of_edges()]
        assert frame.evaluate("window.__kgPwned") is None and page.evaluate("window.__kgPwned") is None
        assert page.evaluate("document.querySelectorAll('img, script').length") == 0
        assert [u for u in requests if not u.startswith(("file:", "about:", "data:"))] == []
        assert errors == []
    finally:
        page.close()


# ----------------------------------------------------------------------------- a corpus over time


def expected_shown(
    g: Any,
    dates: tuple[str, str] | None = None,
    undated: bool = False,
    picked: tuple[str, ...] = (),
    hide_unconnected: bool = True,
    hidden_types: tuple[str, ...] = (),
) -> tuple[set[str], set[tuple[str, str, str]]]:
    """What the page must draw, by the rules of the page (kg/exporters/html.py docstring): a node or
    edge needs one article in the range and among the picked ones; unconnected nodes go if asked."""
    date_of = {d["id"]: d["date"] for d in g.graph["documents"]}

    def doc_ok(doc: str) -> bool:
        if picked and doc not in picked:
            return False
        if dates is None:
            return True
        day = date_of.get(doc)
        return undated if not day else dates[0] <= day <= dates[1]

    by_doc = dates is not None or bool(picked)
    nodes = {
        n
        for n, d in g.nodes(data=True)
        if d["type"] not in hidden_types and (not by_doc or any(doc_ok(x) for x in d["docs"]))
    }
    edges = {
        (s, k, o)
        for s, o, k, d in g.edges(keys=True, data=True)
        if s in nodes and o in nodes and (not by_doc or any(doc_ok(ev["doc"]) for ev in d["evidence"]))
    }
    if hide_unconnected:
        nodes = {n for n in nodes if any(n in (s, o) for s, _, o in edges)}
    return nodes, edges


def drawn(o: Opened) -> tuple[set[str], set[tuple[str, str, str]]]:
    """The nodes and edges vis draws now (not hidden), edges as (from, predicate, to)."""
    nodes, edges = o.js("""() => {
        const byId = new Map(kg.data.edges.map(e => [e.id, e]));
        return [network.body.data.nodes.get({filter: n => !n.hidden}).map(n => n.id),
                network.body.data.edges.get({filter: e => !e.hidden}).map(e => {
                    const d = byId.get(e.id); return [d.from, d.predicate, d.to]; })];
    }""")
    return set(nodes), {tuple(e) for e in edges}


def next_frames(o: Opened) -> None:
    """Let a filter scheduled for the next animation frame run."""
    o.page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


def summary(o: Opened) -> str:
    return o.js("document.getElementById('kg-summary').textContent")


@pytest.fixture()
def dated(browser, pages) -> Iterator[Opened]:
    o = open_page(browser, pages["dated"])
    yield o
    o.page.close()
    assert o.leaks() == [] and o.errors == []


def test_time_filter_changes_what_is_drawn(dated: Opened) -> None:
    g = dated_graph()
    assert dated.js("document.getElementById('kg-time').hidden") is False
    assert dated.js(
        "[document.getElementById('kg-from-label').textContent,"
        " document.getElementById('kg-to-label').textContent]"
    ) == ["2025-01-10", "2025-03-05"]
    assert drawn(dated) == expected_shown(g)
    # the user moves the start one step right with the keyboard: January is out
    dated.page.focus("#kg-from")
    dated.page.keyboard.press("ArrowRight")
    next_frames(dated)
    want = expected_shown(g, dates=("2025-02-20", "2025-03-05"))
    assert drawn(dated) == want
    liang = [n for n, d in g.nodes(data=True) if d["name"] == "梁文鋒"]
    assert liang and liang[0] not in want[0]  # only in the January article
    n, e = len(want[0]), len(want[1])
    assert (
        summary(dated)
        == f"エンティティ {n} / {g.number_of_nodes()}件・関係 {e} / {g.number_of_edges()}件・記事 2 / 4件"
    )
    # and the end one step left: only February
    dated.page.focus("#kg-to")
    dated.page.keyboard.press("ArrowLeft")
    next_frames(dated)
    assert drawn(dated) == expected_shown(g, dates=("2025-02-20", "2025-02-20"))
    # the undated article's facts come back on request
    dated.page.click("#kg-undated")
    assert drawn(dated) == expected_shown(g, dates=("2025-02-20", "2025-02-20"), undated=True)
    dated.page.click("#kg-time-reset")
    assert drawn(dated) == expected_shown(g)
    assert dated.js("document.getElementById('kg-time-reset').disabled") is True


def test_article_filter_shows_only_what_the_articles_say(dated: Opened) -> None:
    g = dated_graph()
    dated.page.click("#kg-doc-filter input[data-doc='n3']")
    want = expected_shown(g, picked=("n3",))
    assert drawn(dated) == want and want[1] == {
        (s, k, o) for s, o, k, d in g.edges(keys=True, data=True) if d["evidence"][0]["doc"] == "n3"
    }
    assert "記事 1 / 4件" in summary(dated)
    dated.page.click("#kg-doc-filter input[data-doc='n1']")
    assert drawn(dated) == expected_shown(g, picked=("n1", "n3"))
    # the time range and the articles combine: n3 is outside January
    dated.page.focus("#kg-to")
    dated.page.keyboard.press("Home")
    next_frames(dated)
    assert drawn(dated) == expected_shown(g, picked=("n1", "n3"), dates=("2025-01-10", "2025-01-10"))
    dated.page.click("#kg-doc-clear")
    dated.page.click("#kg-time-reset")
    assert drawn(dated) == expected_shown(g)
    # the list is sorted by date, the undated article last, each with its title as text
    titles = dated.js(
        "Array.from(document.querySelectorAll('#kg-doc-filter .kg-doc-title')).map(t => t.textContent)"
    )
    assert titles == [t for _, _, t in DATED_DOCS]


def test_hiding_unconnected_entities_hides_exactly_those(dated: Opened) -> None:
    g = dated_graph()
    lonely = {n for n in g if g.degree(n) == 0}
    assert 2 * len(lonely) > g.number_of_nodes()  # so the page starts with them hidden
    assert dated.js("document.getElementById('kg-hide-unconnected').checked") is True
    nodes, _ = drawn(dated)
    assert nodes == set(g.nodes) - lonely
    assert dated.js("document.getElementById('kg-unconnected-count').textContent") == str(len(lonely))
    dated.page.click("#kg-hide-unconnected")
    assert drawn(dated)[0] == set(g.nodes)
    assert summary(dated).startswith(f"エンティティ {g.number_of_nodes()}件")
    # hidden types leave their neighbours without relations: those are hidden too, no others
    dated.page.click("#kg-hide-unconnected")
    dated.page.click("#kg-type-filter input[data-key='Company']")
    want = expected_shown(g, hidden_types=("Company",))
    assert drawn(dated) == want
    assert not any(g.nodes[n]["type"] == "Company" for n in want[0])
    assert want[0] and want[0] != set(g.nodes) - lonely - {n for n in g if g.nodes[n]["type"] == "Company"}


def test_search_finds_a_filtered_entity_and_says_it_is_hidden(dated: Opened) -> None:
    dated.page.focus("#kg-from")
    dated.page.keyboard.press("End")
    next_frames(dated)
    dated.page.fill("#kg-search", "梁文鋒")
    dated.page.press("#kg-search", "Enter")
    assert "非表示" in dated.js("document.getElementById('kg-search-status').textContent")
    assert dated.js("document.querySelector('#kg-panel h2').textContent") == "梁文鋒"
    assert "期間2025-01-10" in panel_text(dated).replace(" ", "")


def test_no_dates_no_time_filter(browser, pages) -> None:
    o = open_page(browser, pages["large"])  # synthetic: no document has a date
    try:
        assert o.js("kg.data.dates") == []
        assert o.js("document.getElementById('kg-time').hidden") is True
        assert o.leaks() == [] and o.errors == []
    finally:
        o.page.close()


def test_filters_stay_interactive_at_2000_nodes(browser, tmp_path) -> None:
    """The 2,000-node page of a dated corpus filters by time and by article (timings: bench/html_bench.py)."""
    g = dated_synthetic_graph(2000, 5000)
    o = open_page(browser, write_html(g, tmp_path / "big.html"))
    try:
        assert o.js("network.body.data.nodes.length") == 2000
        flags = o.js("[kg.data.hide_unconnected, kg.filters.hideUnconnected]")
        assert flags[0] == flags[1]
        dates = o.js("kg.data.dates")
        o.js(
            "(v) => { const i = document.getElementById('kg-to');"
            " i.value = v; i.dispatchEvent(new Event('input')); }",
            len(dates) // 2,
        )
        next_frames(o)
        want = expected_shown(g, dates=(dates[0], dates[len(dates) // 2]), hide_unconnected=flags[0])
        assert drawn(o) == want and 0 < len(want[1]) < g.number_of_edges()
        doc = g.graph["documents"][0]["id"]
        o.page.fill("#kg-doc-search", doc)
        o.page.click(f"#kg-doc-filter input[data-doc='{doc}']")
        want = expected_shown(
            g, dates=(dates[0], dates[len(dates) // 2]), picked=(doc,), hide_unconnected=flags[0]
        )
        assert drawn(o) == want
        assert o.leaks() == [] and o.errors == []
    finally:
        o.page.close()
