"""The Python API: ``kg.build(paths=…, texts=…)``, and a KnowledgeGraph in a notebook and in pyvis."""

from __future__ import annotations

import html
import inspect
import warnings
from html.parser import HTMLParser
from pathlib import Path

import pytest
from html_graphs import XSS_NAME, XSS_SENTENCE, hostile_graph, sample_graph

import kg
from kg.errors import KgUsageError
from kg.exporters.html import _TITLE_SAFE, generate_html

ROOT = Path(__file__).resolve().parents[1]
SENTENCE = "トヨタ自動車の佐藤恒治社長は会見した。"


# --------------------------------------------------------------------------- kg.build


def test_build_has_a_real_signature() -> None:
    params = inspect.signature(kg.build).parameters
    assert list(params)[:2] == ["paths", "texts"]
    assert params["texts"].kind is inspect.Parameter.KEYWORD_ONLY
    assert not any(p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in params.values())
    assert params["workers"].default == 1 and params["use_cache"].default is True
    assert "texts" in (kg.build.__doc__ or "")


def names(result: kg.KnowledgeGraph) -> set[str]:
    return {d["name"] for _, d in result.graph.nodes(data=True)}


def test_texts_are_text_even_when_they_name_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A short text that happens to be a file name is still the article, never read from disk."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / SENTENCE).write_text("ソニーグループの吉田憲一郎会長は語った。", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the new form warns about nothing
        result = kg.build(texts=[SENTENCE], use_cache=False)
    assert {"トヨタ自動車", "佐藤恒治"} <= names(result)
    assert "ソニーグループ" not in names(result)
    from_disk = kg.build(paths=[SENTENCE], use_cache=False)  # as a path it is the file
    assert "ソニーグループ" in names(from_disk) and "トヨタ自動車" not in names(from_disk)


def test_texts_mapping_gives_the_document_ids() -> None:
    result = kg.build(texts={"toyota-1": SENTENCE})
    assert [d["id"] for d in result.graph.graph["documents"]] == ["toyota-1"]
    one = kg.build(texts=[SENTENCE])
    assert [d["id"] for d in one.graph.graph["documents"]] == ["text-0001"]


def test_paths_and_texts_together_and_one_path_as_a_string() -> None:
    result = kg.build("seeds", texts={"extra": SENTENCE})
    ids = {d["id"] for d in result.graph.graph["documents"]}
    assert ids == {"extra", "000_cbc7834f473b03be.txt"}
    assert "トヨタ自動車" in names(result)


def test_a_missing_path_is_an_error_not_a_text(tmp_path: Path) -> None:
    with pytest.raises(KgUsageError, match="path does not exist"):
        kg.build(paths=[tmp_path / "no-such-dir"])
    with pytest.raises(KgUsageError, match="path does not exist"):
        kg.build(["no-such-file.txt"])


def test_one_string_as_texts_is_refused() -> None:
    with pytest.raises(KgUsageError, match="texts must be a list"):
        kg.build(texts=SENTENCE)  # type: ignore[arg-type]


def test_old_positional_text_still_works_with_a_deprecation_warning() -> None:
    with pytest.warns(DeprecationWarning, match=r"texts=\["):
        result = kg.build([SENTENCE])
    assert {"トヨタ自動車", "佐藤恒治"} <= names(result)


# --------------------------------------------------------------------------- notebooks and pyvis


class _Iframes(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.frames: list[dict[str, str | None]] = []
        self.other: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        (self.frames if tag == "iframe" else self.other).append(dict(attrs) if tag == "iframe" else tag)


def test_repr_html_is_the_offline_page_inline() -> None:
    g = hostile_graph()
    result = kg.KnowledgeGraph(g)
    shown = result._repr_html_()
    parser = _Iframes()
    parser.feed(shown)
    assert parser.other == [], "everything but the iframe is escaped inside srcdoc"
    (frame,) = parser.frames
    assert frame["srcdoc"] == generate_html(result.graph)  # the very page of graph.html
    assert frame["sandbox"] == "allow-scripts"  # no allow-same-origin: no access to the notebook
    assert XSS_NAME not in shown and html.escape(XSS_NAME, quote=True) not in shown.replace("&amp;", "&")
    assert "<script" not in shown and "src=" not in shown.split("srcdoc=")[0]


def test_to_pyvis_returns_a_network_of_the_graph() -> None:
    from pyvis.network import Network

    g = hostile_graph()
    net = kg.KnowledgeGraph(g).to_pyvis(height="500px")
    assert isinstance(net, Network)
    assert net.height == "500px" and net.directed
    assert sorted(n["id"] for n in net.nodes) == sorted(g.nodes)
    assert len(net.edges) == g.number_of_edges()
    by_id = {n["id"]: n for n in net.nodes}
    for node_id, data in g.nodes(data=True):
        assert by_id[node_id]["label"] == data["name"]
        assert by_id[node_id]["color"]["background"].startswith("#")
    titles = [n["title"] for n in net.nodes] + [e["title"] for e in net.edges]
    assert not any(c in t for t in titles for c in "<>&"), "hover titles are never markup"
    assert any(XSS_SENTENCE.translate(_TITLE_SAFE) in t for t in titles)  # shown, as text
    page = net.generate_html()
    assert "vis.Network" in page


def test_to_pyvis_keeps_sample_styles() -> None:
    net = kg.KnowledgeGraph(sample_graph()).to_pyvis()
    shapes = {n["entity_type"]: n["shape"] for n in net.nodes}
    assert shapes["Company"] != shapes["Person"]
    assert {e["predicate"] for e in net.edges} >= {"leads"}
