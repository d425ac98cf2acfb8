"""The whole pipeline: read → parse → mentions → resolve → relations → graph.

:func:`build` is the Python API; ``kg build`` is a thin layer over it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from kg.graph import DEFAULT_BASE_IRI, KnowledgeGraph, from_parts
from kg.lexicon import load_lexicon
from kg.mentions import MentionFinder, find_mentions
from kg.model import Document, Relation
from kg.parse import parse_documents
from kg.relations import extract_relations
from kg.resolve import Resolver, country_key

Progress = Callable[[Document], None]


def _texts_to_documents(items: Sequence[str | Path], encoding: str | None, fmt: str | None,
                        strict: bool, warn: Callable[[str], None]) -> Iterator[Document]:
    """Paths are read from disk; any other string is taken as article text."""
    from kg.read import make_document, read_documents

    paths = [x for x in items if isinstance(x, Path) or Path(str(x)).exists()]
    texts = [x for x in items if not (isinstance(x, Path) or Path(str(x)).exists())]
    for i, text in enumerate(texts):
        yield make_document(f"text-{i + 1:04d}", f"<text {i + 1}>", str(text))
    if paths:
        yield from read_documents(paths, encoding=encoding, fmt=fmt, strict=strict, warn=warn)


def build(
    inputs: str | Path | Iterable[str | Path],
    *,
    lexicons: Iterable[str | Path] = (),
    encoding: str | None = None,
    fmt: str | None = None,
    strict: bool = False,
    base_iri: str = DEFAULT_BASE_IRI,
    warn: Callable[[str], None] | None = None,
    progress: Progress | None = None,
) -> KnowledgeGraph:
    """Build a knowledge graph from file/directory paths or raw article texts."""
    started = time.perf_counter()
    items = [inputs] if isinstance(inputs, (str, Path)) else list(inputs)
    warnings: list[str] = []

    def _warn(msg: str) -> None:
        warnings.append(msg)
        if warn is not None:
            warn(msg)

    lexicon = load_lexicon(lexicons)
    finder = MentionFinder(lexicon)
    resolver = Resolver(lexicon)
    relations: list[Relation] = []
    documents: list[dict[str, Any]] = []
    chars = 0
    docs = _texts_to_documents(items, encoding, fmt, strict, _warn)
    for parsed in parse_documents(docs):
        doc = parsed.document
        mentions = find_mentions(parsed, finder)
        resolver.add_document(doc, mentions)
        main = country_key(resolver.main_country)
        main_key = main if main in resolver.surfaces else None
        relations.extend(extract_relations(parsed, mentions, main_key))
        documents.append({"id": doc.id, "path": doc.path, "title": doc.title, "chars": len(doc.text),
                          "date": doc.date, "url": doc.url})
        chars += len(doc.text)
        if progress is not None:
            progress(doc)
    entities, key_to_id = resolver.entities()
    resolved = [
        Relation(key_to_id[r.subject], r.predicate, key_to_id[r.object], r.evidence)
        for r in relations
        if r.subject in key_to_id and r.object in key_to_id
    ]
    graph = from_parts(entities, resolved, documents, base_iri=base_iri)
    _check_types(graph)
    stats = {"documents": len(documents), "characters": chars, "seconds": time.perf_counter() - started,
             "warnings": warnings}
    return KnowledgeGraph(graph, stats)


# Which entity types each predicate may connect (FORMAT.md); edges outside are dropped.
DOMAIN_RANGE: dict[str, tuple[set[str], set[str]]] = {
    "leads": ({"Person"}, {"Company", "Government", "Organization", "Country"}),
    "worksFor": ({"Person"}, {"Company", "Organization", "Government"}),
    "subsidiaryOf": ({"Company"}, {"Company"}),
    "develops": ({"Company", "Organization", "Government"}, {"Technology"}),
    "uses": ({"Company", "Organization", "Government"}, {"Technology", "Company"}),
    "acquires": ({"Company"}, {"Company"}),
    "meets": ({"Person"}, {"Person"}),
    "supplies": ({"Company"}, {"Company"}),
    "partOf": ({"Organization", "Government", "Country"}, {"Organization", "Government"}),
    "basedIn": ({"Company", "Organization", "Person"}, {"Country", "Place"}),
    "restricts": ({"Government", "Organization", "Country"}, set()),
    "investsIn": ({"Company", "Government", "Organization"}, {"Technology", "Company"}),
}


def _check_types(graph: Any) -> None:
    """Drop edges whose end types the predicate does not allow (after type resolution)."""
    drop = []
    for s, o, k in graph.edges(keys=True):
        dom, rng = DOMAIN_RANGE.get(k, (set(), set()))
        st, ot = graph.nodes[s]["type"], graph.nodes[o]["type"]
        if (dom and st not in dom) or (rng and ot not in rng):
            drop.append((s, o, k))
    graph.remove_edges_from(drop)
