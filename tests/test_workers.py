"""--workers: forked parser processes give byte-identical outputs, keep document order for the
progress callback, stream with a bounded window, and pass worker errors up."""

from __future__ import annotations

import json
import pickle
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import kg.parse
import kg.pipeline
from kg.cache import ParseCache
from kg.errors import KgError, KgUsageError
from kg.lexicon import load_lexicon
from kg.mentions import MentionFinder
from kg.model import Document
from kg.pipeline import build
from kg.read import make_document

DEV = Path(__file__).resolve().parent / "data" / "dev"
OUTPUTS = ["graph.ttl", "graph.json", "graph.html", "neo4j/import.cypher", "neo4j/nodes.csv",
           "neo4j/relationships.csv"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Five short dev articles: enough for several worker batches with WORKER_BATCH_DOCS = 2."""
    d = tmp_path_factory.mktemp("corpus")
    for name in ["01_ai.txt", "04_semiconductors.txt", "07_telecom.txt", "11_energy.txt", "17_politics.txt"]:
        shutil.copy(DEV / name, d / name)
    return d


@pytest.fixture()
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.pipeline, "WORKER_BATCH_DOCS", 2)


def _write(result, out: Path) -> dict[str, bytes]:
    result.write_all(out)
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def test_two_workers_byte_identical_to_one(corpus: Path, tmp_path: Path, small_batches: None) -> None:
    one = build([corpus], workers=1, use_cache=False)
    seen: list[str] = []
    two = build([corpus], workers=2, use_cache=False, progress=lambda d: seen.append(d.id))
    assert one.stats["documents"] == two.stats["documents"] == 5
    assert one.graph.number_of_edges() > 0
    assert _write(one, tmp_path / "w1") == _write(two, tmp_path / "w2")
    assert seen == sorted(p.name for p in corpus.iterdir())  # once per document, in input order

    cache_dir = tmp_path / "cache"
    cold = build([corpus], workers=2, cache_dir=cache_dir)
    warm = build([corpus], workers=2, cache_dir=cache_dir)
    # an empty extra lexicon changes the code fingerprint: mentions are found again on cached parses
    empty = tmp_path / "empty.yaml"
    empty.write_text("entries: []\n", encoding="utf-8")
    reparsed = build([corpus], workers=2, cache_dir=cache_dir, lexicons=[empty])
    assert cold.stats["parse_cache"]["misses"] == 5 and cold.stats["parse_cache"]["writes"] == 5
    assert warm.stats["analysis_cache"]["hits"] == 5 and warm.stats["analysis_cache"]["misses"] == 0
    assert reparsed.stats["analysis_cache"]["misses"] == 5 and reparsed.stats["parse_cache"]["hits"] == 5
    expected = _write(one, tmp_path / "w1")
    assert _write(cold, tmp_path / "cold") == expected
    assert _write(warm, tmp_path / "warm") == expected
    assert _write(reparsed, tmp_path / "reparsed") == expected


def test_workers_must_be_positive(corpus: Path) -> None:
    with pytest.raises(KgUsageError):
        build([corpus], workers=0, use_cache=False)


def _counted(docs: list[Document], consumed: list[int]) -> Iterator[Document]:
    for d in docs:
        consumed[0] += 1
        yield d


@pytest.mark.parametrize("workers", [1, 2])
def test_documents_stream_through_a_bounded_window(tmp_path: Path, workers: int) -> None:
    """The first result arrives before the input is read to the end: no stage holds every document."""
    text = "ソニーグループは14日、新型センサーを発表した。\n\n同社の社長が説明した。"
    n = 200
    docs = [make_document(f"d{i:03d}", f"<{i}>", text) for i in range(n)]  # one parse, then cache hits
    caches = kg.pipeline.Caches.open(tmp_path)
    consumed = [0]
    finder = MentionFinder(load_lexicon(()))
    stream = kg.pipeline.analyse(_counted(docs, consumed), finder, caches, workers)
    first, _mentions = next(stream)
    assert first.document.id == "d000"
    # plain data: no spaCy objects cross over between processes
    assert pickle.loads(pickle.dumps(first)) == first and first.sentences[0].tokens
    if workers == 1:
        limit = kg.parse.BATCH_DOCS
    else:
        limit = kg.pipeline.WORKER_BATCH_DOCS * (workers * kg.pipeline.WINDOW_PER_WORKER + 1)
    assert consumed[0] <= limit < n
    rest = [p.document.id for p, _ in stream]
    assert [first.document.id, *rest] == [d.id for d in docs]


def test_worker_errors_reach_the_caller(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        small_batches: None) -> None:
    """A cached first batch means the parent does not load the model; a worker then must, and fails."""
    cached = [make_document(f"c{i}", f"<c{i}>", f"日立製作所は{i}日、新製品を発表した。") for i in range(2)]
    kg.parse.parse_batch(cached, ParseCache(tmp_path))

    def broken(*_args: object) -> None:
        raise KgError("cannot load the GiNZA model (test)")

    monkeypatch.setattr(kg.parse, "load_model", broken)
    monkeypatch.setattr(kg.pipeline, "load_model", broken)
    fresh = [make_document("n1", "<n1>", "富士通は新しいサーバーを発表した。")]
    finder = MentionFinder(load_lexicon(()))
    with pytest.raises(KgError, match="cannot load the GiNZA model"):
        list(kg.pipeline.analyse(iter(cached + fresh), finder, kg.pipeline.Caches.open(tmp_path), workers=2))


def test_jsonl_with_workers_keeps_metadata_order_and_skips_bad_lines(tmp_path: Path, small_batches: None
                                                                      ) -> None:
    lines = []
    for i, name in enumerate(["01_ai.txt", "09_finance.txt", "12_energy.txt"]):
        record = {"id": f"art-{i}", "title": name, "text": (DEV / name).read_text(encoding="utf-8"),
                  "date": f"2025-03-0{i + 1}", "url": f"https://news.example/{i}"}
        lines.append(json.dumps(record, ensure_ascii=False))
    lines.insert(2, '{"id": "broken", "text": ')
    src = tmp_path / "corpus.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    warnings: list[str] = []
    seen: list[str] = []
    two = build([src], workers=2, use_cache=False, warn=warnings.append, progress=lambda d: seen.append(d.id))
    one = build([src], workers=1, use_cache=False)
    assert seen == ["art-0", "art-1", "art-2"]
    assert len(warnings) == 1 and ":3:" in warnings[0]
    docs = two.graph.graph["documents"]
    assert [(d["id"], d["date"], d["url"]) for d in docs] == [
        ("art-0", "2025-03-01", "https://news.example/0"), ("art-1", "2025-03-02", "https://news.example/1"),
        ("art-2", "2025-03-03", "https://news.example/2")]
    assert _write(one, tmp_path / "one") == _write(two, tmp_path / "two")
