"""The whole pipeline: read → parse → mentions → resolve → relations → graph.

:func:`build` is the Python API; ``kg build`` is a thin layer over it.
"""

from __future__ import annotations

import itertools
import os
import signal
import time
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from kg.analysis import Analysed, CacheCounters, Caches, counted_batch
from kg.cachedir import MAX_SIZE_ENV, default_cache_dir, max_bytes_from_env, prune
from kg.dates import DateTable, checked_date, read_dates_csv
from kg.errors import KgUsageError
from kg.graph import DEFAULT_BASE_IRI, KnowledgeGraph, from_parts
from kg.lexicon import load_lexicon, without_types
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


PathArg = str | os.PathLike[str]


def _looks_like_text(item: str) -> bool:
    """Whether a string given as a path is surely article text (the deprecated positional form)."""
    too_long = len(item.encode("utf-8", "surrogatepass")) > 255  # longer than any file name
    return too_long or "\n" in item or any(c in item for c in "。、！？")


def _split_legacy_texts(paths: list[PathArg]) -> tuple[list[PathArg], list[str]]:
    """Paths, and the article texts an old ``build(["…text…"])`` call passed among them.

    Before ``texts=`` existed, ``build`` guessed: a string naming no file was text.  That still
    works for a string that cannot be a path (see :func:`_looks_like_text`), with a
    DeprecationWarning; anything else in ``paths`` is a path, and a missing one an error.
    """
    kept: list[PathArg] = []
    texts: list[str] = []
    for item in paths:
        if isinstance(item, str) and _looks_like_text(item) and not _exists(item):
            texts.append(item)
        else:
            kept.append(item)
    if texts:
        warnings.warn(
            "article text among the paths of kg.build() is deprecated: pass it as kg.build(texts=[...])",
            DeprecationWarning,
            stacklevel=3,
        )
    return kept, texts


def _exists(item: str) -> bool:
    try:
        return Path(item).exists()
    except (OSError, ValueError):  # too long a name, NUL in it
        return False


def _as_list(paths: PathArg | Iterable[PathArg]) -> list[PathArg]:
    return [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)


def _text_documents(
    texts: Iterable[str] | Mapping[str, str], warn: Callable[[str], None]
) -> Iterator[Document]:
    """Documents of article texts: ids are a mapping's keys, else ``text-0001``, ``text-0002``…"""
    from kg.read import make_document

    items = texts.items() if isinstance(texts, Mapping) else (
        (f"text-{i:04d}", text) for i, text in enumerate(texts, 1)
    )
    for i, (doc_id, text) in enumerate(items, 1):
        if not isinstance(text, str):
            raise KgUsageError(f"texts must be strings, not {type(text).__name__} (text {doc_id!r})")
        yield make_document(str(doc_id), f"<text {i}>", text, warn=warn)


def _documents(paths: list[PathArg], texts: Iterable[str] | Mapping[str, str], encoding: str | None,
               fmt: str | None, strict: bool, warn: Callable[[str], None]) -> Iterator[Document]:
    """The texts' documents, then the files' (read with :func:`kg.read.read_documents`)."""
    from kg.read import read_documents

    files = read_documents(paths, encoding=encoding, fmt=fmt, strict=strict, warn=warn) if paths else iter(())
    yield from _text_documents(texts, warn)
    yield from files


def build(
    paths: PathArg | Iterable[PathArg] = (),
    *,
    texts: Iterable[str] | Mapping[str, str] = (),
    lexicons: Iterable[PathArg] = (),
    without_lexicon: Iterable[str] = (),
    encoding: str | None = None,
    fmt: str | None = None,
    strict: bool = False,
    base_iri: str = DEFAULT_BASE_IRI,
    warn: Callable[[str], None] | None = None,
    progress: Progress | None = None,
    workers: int = 1,
    cache_dir: PathArg | None = None,
    use_cache: bool = True,
    dates: str | Path | Mapping[str, str] | None = None,
    profile: str | Profile | None = None,
    dask: str | None = None,
    on_batch: Callable[[int], None] | None = None,
) -> KnowledgeGraph:
    """Build a knowledge graph from files and directories (``paths``) and article ``texts``.

    ``paths`` are read as ``kg build`` reads them (``.txt``/``.md``/``.html`` files, JSONL,
    directories; ``-`` is standard input); a path that does not exist is an error.  ``texts``
    are article strings, a list (ids ``text-0001``…) or a mapping of id to text.
    ``lexicons`` are extra lexicon YAML files, ``encoding`` and ``fmt`` as ``--encoding`` and
    ``--format``, and ``warn`` receives every warning (also kept in ``result.stats``).

    ``workers`` > 1 parses and finds mentions in that many forked processes; ``dask`` (a
    scheduler address ``tcp://HOST:PORT``, or ``local:N`` for a LocalCluster of N processes)
    reads, parses and finds mentions on a Dask cluster instead (:mod:`kg.cluster`; ``on_batch``
    is called with the number of documents of each batch the cluster finishes).  Resolution and
    relations stay here, in document order, so the graph is the same for any worker count.
    ``profile`` picks which GiNZA components run (:data:`kg.parse.PROFILES`; default ``fast``).
    Parses are cached under ``cache_dir`` (default :func:`kg.cachedir.default_cache_dir`; with
    ``dask``, on each worker) unless ``use_cache`` is false, and so are each document's
    sentences and mentions, keyed also by the package's files on disk
    (:func:`kg.analysis_cache.code_fingerprint`); a run that adds entries here then prunes the
    cache to ``$KG_CACHE_MAX_SIZE`` (default 2 GB), oldest first.

    ``dates`` gives article dates by document id, a CSV file of ``id,date`` rows (``kg build
    --dates``) or a mapping; they override the dates the articles carry (:mod:`kg.dates`).
    ``without_lexicon`` names entity types (``["Company", "Person"]``) whose packaged lexicon
    entries are switched off (:func:`kg.lexicon.load_lexicon`).

    >>> import kg
    >>> result = kg.build(texts=["トヨタ自動車の佐藤恒治社長は会見した。"])  # doctest: +SKIP
    """
    started = time.perf_counter()
    if workers < 1:
        raise KgUsageError(f"--workers must be at least 1, not {workers}")
    if dask is not None:
        check_dask(dask, workers)
    profile = profile_named(profile)
    if isinstance(texts, str):
        raise KgUsageError("texts must be a list of article texts (or a mapping of ids to texts), not a str")
    paths, legacy_texts = _split_legacy_texts(_as_list(paths))
    if legacy_texts:
        if texts:
            raise KgUsageError("article texts go in texts=, not among the paths")
        texts = legacy_texts
    collected: list[str] = []

    def _warn(msg: str) -> None:
        collected.append(msg)
        if warn is not None:
            warn(msg)

    table = _date_table(dates, _warn)
    lexicons = list(lexicons)
    without = without_types(without_lexicon)
    lexicon = load_lexicon(lexicons, without)
    finder = MentionFinder.for_lexicon(lexicon)
    resolver = Resolver(lexicon)
    relations: list[KeyedRelation] = []
    documents: list[dict[str, Any]] = []
    chars = 0
    caches = None
    counters = CacheCounters()
    failed: list[str] = []
    if dask is not None:
        job = _cluster_job(dask, lexicons, without, encoding, fmt, strict, profile, use_cache, cache_dir)
        stream = _analyse_on_cluster(job, paths, texts, _warn, counters, on_batch, failed)
    else:
        if use_cache:
            try:
                cache_limit = max_bytes_from_env()
            except ValueError as exc:
                raise KgUsageError(f"{MAX_SIZE_ENV}: {exc}") from None
            directory = Path(cache_dir) if cache_dir is not None else default_cache_dir()
            caches = Caches.open(directory, lexicons, without, profile)
        docs = _documents(paths, texts, encoding, fmt, strict, _warn)
        stream = analyse(docs, finder, caches, workers, counters, profile)
    for parsed, mentions in stream:
        doc = parsed.document
        main_country = resolver.add_document(parsed, mentions)
        relations.extend(extract_relations(parsed, mentions, main_country))
        documents.append({"id": doc.id, "path": doc.path, "title": doc.title, "chars": len(doc.text),
                          "date": table.dates.get(doc.id, doc.date), "url": doc.url})
        chars += len(doc.text)
        if progress is not None:
            progress(doc)
    for doc_id in table.unused({d["id"] for d in documents}):
        _warn(f"{table.path}:{table.lines[doc_id]}: no document has the id {doc_id!r}: its date is unused")
    pruned = None  # what keeping the cache under its size limit removed, if anything
    if caches is not None and (counters.parse.writes or counters.analysis.writes):
        pruned = prune(caches.parse.directory, cache_limit, current=caches.parse.root.name)
        pruned = pruned if pruned.entries or pruned.stale_files else None
    entities, resolved = resolver.finish(relations)
    graph = from_parts(entities, resolved, documents, base_iri=base_iri)
    stats = {"documents": len(documents), "characters": chars, "seconds": time.perf_counter() - started,
             "warnings": collected, "workers": workers, "dask": dask, "profile": profile.name,
             "failed_documents": failed,
             "parse_cache": counters.parse.as_dict() if use_cache else None,
             "analysis_cache": counters.analysis.as_dict() if use_cache else None,
             "cache_pruned": pruned}
    return KnowledgeGraph(graph, stats)


def _date_table(dates: str | Path | Mapping[str, str] | None, warn: Callable[[str], None]) -> DateTable:
    """The ``dates`` argument of :func:`build` as a :class:`~kg.dates.DateTable` (checked)."""
    if dates is None:
        return DateTable("", {}, {})
    if isinstance(dates, Mapping):
        checked = {str(k): v for k, v in ((k, checked_date(v, f"dates: document {k!r}", warn))
                                          for k, v in dates.items()) if v is not None}
        return DateTable("dates", checked, {k: i for i, k in enumerate(dates, 1)})
    return read_dates_csv(dates, warn)


def check_dask(address: str, workers: int) -> None:
    """A usage error for a --dask address kg cannot use, or --dask given with --workers."""
    if workers > 1:
        raise KgUsageError("--workers is for one machine and --dask for a cluster: give one of them")
    try:
        from kg.cluster import check_address
    except ImportError as exc:
        raise KgUsageError(f"--dask needs Dask ({exc.name} is missing): pip install 'kg[dask]'") from None
    check_address(address)


def _cluster_job(address: str, lexicons: list[PathArg], without: frozenset[str], encoding: str | None,
                 fmt: str | None, strict: bool, profile: Profile, use_cache: bool,
                 cache_dir: PathArg | None) -> Any:
    """The :class:`kg.cluster.ClusterJob` of this build's settings."""
    from kg.cluster import ClusterJob

    return ClusterJob.create(address, lexicons, without=tuple(sorted(without)), encoding=encoding, fmt=fmt,
                             strict=strict, profile=profile, use_cache=use_cache,
                             cache_dir=os.fspath(cache_dir) if cache_dir is not None else None)


def _analyse_on_cluster(job: Any, paths: list[PathArg], texts: Iterable[str] | Mapping[str, str],
                        warn: Callable[[str], None], counters: CacheCounters,
                        on_batch: Callable[[int], None] | None, failed: list[str]) -> Iterator[Analysed]:
    """Read, parse and find mentions on the Dask cluster of ``job`` (:mod:`kg.cluster`): the texts
    first, then the files, which the workers read (standard input is read here)."""
    from kg.cluster import ClusterOutcome, analyse_on_cluster
    from kg.read import Texts, discover, input_units

    files = discover(paths, fmt=job.fmt, warn=warn) if paths else []
    units = input_units(files, job.fmt, job.encoding, job.strict, warn)
    given = tuple(_text_documents(texts, warn))
    if given:
        units = itertools.chain([Texts(given)], units)
    yield from analyse_on_cluster(job, units, warn, counters, on_batch, ClusterOutcome(failed))


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
    from kg.parse import chunks, parser_chunks

    if caches is None:
        return True
    for doc in batch:
        if caches.analysis.has(caches.analysis.key(doc)):
            continue
        parts = parser_chunks(chunks(doc))
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
