"""The whole pipeline: read → parse → mentions → resolve → relations → graph.

:func:`build` is the Python API; ``kg build`` is a thin layer over it.
"""

from __future__ import annotations

import itertools
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from kg.analysis import Analysed, CacheCounters, Caches, counted_batch
from kg.cache import default_cache_dir
from kg.errors import KgUsageError
from kg.graph import DEFAULT_BASE_IRI, KnowledgeGraph, from_parts
from kg.lexicon import load_lexicon
from kg.mentions import MentionFinder
from kg.model import Document, KeyedRelation, Mention, ParsedDocument, ParsedSentence
from kg.parse import DEFAULT_PROFILE, Profile, batches, load_model, profile_named
from kg.relations import extract_relations
from kg.resolve import Resolver

__all__ = ["Analysed", "Caches", "CacheCounters", "analyse", "build"]

Progress = Callable[[Document], None]
#: Batches handed to one worker at a time: small, so work spreads evenly and memory stays flat.
WORKER_BATCH_DOCS = 8
WORKER_BATCH_CHARS = 30_000
#: Batches in flight per worker (submitted, not yet consumed); bounds memory on any corpus size.
WINDOW_PER_WORKER = 3


def _is_path(item: str | Path) -> bool:
    """A Path, or a string naming an existing file; article text (long, multi-line) is not."""
    if isinstance(item, Path):
        return True
    if "\n" in item or len(item.encode("utf-8", "surrogatepass")) > 1024:
        return False
    try:
        return Path(item).exists()
    except (OSError, ValueError):  # too long a name, NUL in it
        return False


def _texts_to_documents(items: Sequence[str | Path], encoding: str | None, fmt: str | None,
                        strict: bool, warn: Callable[[str], None]) -> Iterator[Document]:
    """Paths are read from disk; any other string is taken as article text."""
    from kg.read import read_documents

    paths = [x for x in items if _is_path(x)]
    yield from _text_documents([x for x in items if not _is_path(x)])
    if paths:
        yield from read_documents(paths, encoding=encoding, fmt=fmt, strict=strict, warn=warn)


def _text_documents(texts: Sequence[str | Path]) -> Iterator[Document]:
    """Article texts given to the API directly, as documents text-0001, text-0002…"""
    from kg.read import make_document

    for i, text in enumerate(texts):
        yield make_document(f"text-{i + 1:04d}", f"<text {i + 1}>", str(text))


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
    workers: int = 1,
    cache_dir: Path | None = None,
    use_cache: bool = True,
    profile: str | Profile | None = None,
    dask: str | None = None,
    on_batch: Callable[[int], None] | None = None,
) -> KnowledgeGraph:
    """Build a knowledge graph from file/directory paths or raw article texts.

    ``workers`` > 1 parses and finds mentions in that many forked processes; ``dask`` (a
    scheduler address ``tcp://HOST:PORT``, or ``local:N`` for a LocalCluster of N processes)
    reads, parses and finds mentions on a Dask cluster instead (:mod:`kg.cluster`; ``on_batch``
    is called with the number of documents of each batch the cluster finishes).  Resolution and
    relations stay here, in document order, so the graph is the same for any worker count.
    ``profile`` picks which GiNZA components run (:data:`kg.parse.PROFILES`; default ``full``).
    Parses are cached under ``cache_dir`` (default :func:`kg.cache.default_cache_dir`; with
    ``dask``, on each worker) unless ``use_cache`` is false, and so are each document's
    sentences and mentions, keyed also by the package's files on disk
    (:func:`kg.analysis_cache.code_fingerprint`).
    """
    started = time.perf_counter()
    if workers < 1:
        raise KgUsageError(f"--workers must be at least 1, not {workers}")
    if dask is not None:
        check_dask(dask, workers)
    profile = profile_named(profile)
    items = [inputs] if isinstance(inputs, (str, Path)) else list(inputs)
    warnings: list[str] = []

    def _warn(msg: str) -> None:
        warnings.append(msg)
        if warn is not None:
            warn(msg)

    lexicons = list(lexicons)
    lexicon = load_lexicon(lexicons)
    finder = MentionFinder.for_lexicon(lexicon)
    resolver = Resolver(lexicon)
    relations: list[KeyedRelation] = []
    documents: list[dict[str, Any]] = []
    chars = 0
    counters = CacheCounters()
    failed: list[str] = []
    if dask is not None:
        stream = _analyse_on_cluster(dask, items, lexicons, encoding, fmt, strict, _warn, counters, on_batch,
                                     failed, profile=profile, use_cache=use_cache,
                                     cache_dir=str(cache_dir) if cache_dir is not None else None)
    else:
        caches = None
        if use_cache:
            directory = cache_dir if cache_dir is not None else default_cache_dir()
            caches = Caches.open(directory, lexicons, profile)
        docs = _texts_to_documents(items, encoding, fmt, strict, _warn)
        stream = analyse(docs, finder, caches, workers, counters, profile)
    for parsed, mentions in stream:
        doc = parsed.document
        main_country = resolver.add_document(doc, mentions)
        relations.extend(extract_relations(parsed, mentions, main_country))
        documents.append({"id": doc.id, "path": doc.path, "title": doc.title, "chars": len(doc.text),
                          "date": doc.date, "url": doc.url})
        chars += len(doc.text)
        if progress is not None:
            progress(doc)
    entities, resolved = resolver.finish(relations)
    graph = from_parts(entities, resolved, documents, base_iri=base_iri)
    stats = {"documents": len(documents), "characters": chars, "seconds": time.perf_counter() - started,
             "warnings": warnings, "workers": workers, "dask": dask, "profile": profile.name,
             "failed_documents": failed,
             "parse_cache": counters.parse.as_dict() if use_cache else None,
             "analysis_cache": counters.analysis.as_dict() if use_cache else None}
    return KnowledgeGraph(graph, stats)


def check_dask(address: str, workers: int) -> None:
    """A usage error for a --dask address kg cannot use, or --dask given with --workers."""
    if workers > 1:
        raise KgUsageError("--workers is for one machine and --dask for a cluster: give one of them")
    try:
        from kg.cluster import check_address
    except ImportError as exc:
        raise KgUsageError(f"--dask needs Dask ({exc.name} is missing): pip install 'kg[dask]'") from None
    check_address(address)


def _analyse_on_cluster(address: str, items: list[str | Path], lexicons: list[str | Path],
                        encoding: str | None, fmt: str | None, strict: bool, warn: Callable[[str], None],
                        counters: CacheCounters, on_batch: Callable[[int], None] | None,
                        failed: list[str], **settings: Any
                        ) -> Iterator[Analysed]:
    """Read, parse and find mentions on the Dask cluster at ``address`` (:mod:`kg.cluster`)."""
    from kg.cluster import ClusterJob, ClusterOutcome, analyse_on_cluster
    from kg.read import Texts, discover, read_units

    job = ClusterJob.create(address, lexicons, encoding=encoding, fmt=fmt, strict=strict, **settings)
    paths = [x for x in items if _is_path(x)]
    texts = [x for x in items if not _is_path(x)]
    files = discover(paths, fmt=fmt, warn=warn) if paths else []
    units = read_units(files, fmt, encoding)
    if texts:
        units = itertools.chain([Texts(tuple(_text_documents(texts)))], units)
    outcome = ClusterOutcome(failed)
    yield from analyse_on_cluster(job, units, warn, counters, on_batch, outcome)


def analyse(docs: Iterable[Document], finder: MentionFinder, caches: Caches | None = None,
            workers: int = 1, counters: CacheCounters | None = None,
            profile: Profile = DEFAULT_PROFILE) -> Iterator[Analysed]:
    """Parse and find mentions, in document order."""
    if workers <= 1:
        yield from _analyse_here(docs, finder, caches, counters, profile)
    else:
        yield from _analyse_forked(docs, finder, caches, workers, counters, profile)


def _analyse_here(docs: Iterable[Document], finder: MentionFinder, caches: Caches | None,
                  counters: CacheCounters | None, profile: Profile) -> Iterator[Analysed]:
    for batch in batches(docs):
        results, delta = counted_batch(batch, finder, caches, profile)
        if counters is not None:
            counters.add(delta)
        yield from results


# --- worker processes ----------------------------------------------------------------------------
# The finder and caches are put here before the pool forks, so workers inherit them without
# pickling; each worker then owns its copy (and its own model, never shared between threads).
_WORKER: dict[str, Any] = {}


def _worker_init() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and terminates us


WorkerResult = tuple[list[tuple[list[ParsedSentence], list[Mention]]], CacheCounters]


def _worker_task(batch: list[Document]) -> WorkerResult:
    results, delta = counted_batch(batch, _WORKER["finder"], _WORKER["caches"], _WORKER["profile"])
    # Documents are not sent back: the parent still holds them.
    return [(parsed.sentences, mentions) for parsed, mentions in results], delta


def _needs_model(batch: list[Document], caches: Caches | None) -> bool:
    """Whether this batch will parse anything (then the model is loaded before forking)."""
    from kg.parse import chunks

    if caches is None:
        return True
    for doc in batch:
        if caches.analysis.has(caches.analysis.key(doc)):
            continue
        parts = chunks(doc)
        if parts and not caches.parse.has(caches.parse.key(parts)):
            return True
    return False


def _analyse_forked(docs: Iterable[Document], finder: MentionFinder, caches: Caches | None,
                    workers: int, counters: CacheCounters | None, profile: Profile) -> Iterator[Analysed]:
    import multiprocessing

    stream = batches(docs, WORKER_BATCH_DOCS, WORKER_BATCH_CHARS)
    first = next(stream, None)
    if first is None:
        return
    if _needs_model(first, caches):
        # Loaded once here, the model is shared copy-on-write by every worker instead of
        # being loaded again in each one.
        load_model(profile)
    _WORKER.update(finder=finder, caches=caches, profile=profile)
    ctx = multiprocessing.get_context("fork")
    pending: deque[tuple[list[Document], Any]] = deque()
    try:
        with ctx.Pool(workers, initializer=_worker_init) as pool:
            def submit(batch: list[Document]) -> None:
                pending.append((batch, pool.apply_async(_worker_task, (batch,))))

            submit(first)
            for batch in stream:
                submit(batch)
                while len(pending) >= workers * WINDOW_PER_WORKER:
                    yield from _collect(pending.popleft(), counters)
            while pending:
                yield from _collect(pending.popleft(), counters)
    finally:
        _WORKER.clear()


def _collect(item: tuple[list[Document], Any], counters: CacheCounters | None) -> Iterator[Analysed]:
    batch, result = item
    analysed, delta = result.get()
    if counters is not None:
        counters.add(delta)
    for doc, (sentences, mentions) in zip(batch, analysed, strict=True):
        yield ParsedDocument(doc, sentences), mentions
