"""Parse + mentions for one batch of documents: the unit of work of every execution path.

A build analyses its documents here, in this process (``--workers 1``), in forked processes
(``--workers N``, :mod:`kg.pipeline`) or on Dask workers (``--dask``, :mod:`kg.cluster`); each
path calls :func:`analyse_batch` on batches and gets the same plain records back (the
document's :class:`~kg.model.ParsedSentence` list with the words, heads, bunsetsu and NER spans,
and its :class:`~kg.model.Mention` list), so resolution and relations see the same input
whichever path ran.  The two on-disk caches a batch reads and fills are opened together
(:class:`Caches`), and each batch's cache hits and misses are counted (:class:`CacheCounters`),
so that workers can send theirs back to be summed.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.analysis_cache import AnalysisCache, AnalysisStats, code_fingerprint
from kg.cache import CacheStats, ParseCache, environment
from kg.mentions import MentionFinder
from kg.model import Document, Mention, ParsedDocument
from kg.parse import DEFAULT_PROFILE, NER_WHERE_NEEDED, Profile, parse_batch

#: What the parse + mention stage hands to resolution: a light document and its mentions.
Analysed = tuple[ParsedDocument, list[Mention]]


@dataclass
class Caches:
    """The two on-disk caches a build reads and fills: parses, and what mention finding made of them."""

    parse: ParseCache
    analysis: AnalysisCache

    @classmethod
    def open(cls, directory: Path, lexicons: Iterable[str | Path] = (), without: Iterable[str] = (),
             profile: Profile = DEFAULT_PROFILE) -> Caches:
        """The caches under ``directory`` for this code, these lexicons (less the packaged entries
        of the ``without`` types) and this parse profile.

        Each profile but ``full`` parses into a directory of its own; one that runs NER only where
        the lexicon knows no name is keyed by the lexicon's names too, since they decide where (the
        names, not the code: a kg upgrade that leaves them alone keeps the parses).
        """
        fingerprint = code_fingerprint(lexicons, without)
        env = {**environment(), **profile.environment()}
        if profile.ner == NER_WHERE_NEEDED:
            from kg.lexicon import load_lexicon

            known = load_lexicon(lexicons, without).regex.pattern
            env["profile.known_names"] = hashlib.sha256(known.encode("utf-8")).hexdigest()
        parse = ParseCache(directory, env)
        return cls(parse, AnalysisCache(directory, parse.env_hash, fingerprint))

    def counters(self) -> CacheCounters:
        """A copy of both caches' counters as they are now."""
        return CacheCounters(self.parse.stats.copy(), dataclasses.replace(self.analysis.stats))


@dataclass
class CacheCounters:
    """Hits, misses and writes of both caches, summed over the build (workers send theirs back)."""

    parse: CacheStats = field(default_factory=CacheStats)
    analysis: AnalysisStats = field(default_factory=AnalysisStats)

    def add(self, other: CacheCounters, sign: int = 1) -> None:
        self.parse.add(other.parse, sign)
        self.analysis.add(other.analysis, sign)


def analyse_batch(batch: list[Document], finder: MentionFinder, caches: Caches | None,
                  profile: Profile = DEFAULT_PROFILE) -> list[Analysed]:
    """Analysis-cache hits as they are; the rest parsed (or restored) and searched for mentions."""
    found: list[Analysed | None] = [None] * len(batch)
    keys: list[str | None] = [None] * len(batch)
    if caches is not None:
        for i, doc in enumerate(batch):
            keys[i] = key = caches.analysis.key(doc)
            hit = caches.analysis.get(key)
            if hit is not None:
                found[i] = (ParsedDocument(doc, hit[0]), hit[1])
    todo = [i for i, f in enumerate(found) if f is None]
    parse_cache = caches.parse if caches is not None else None
    parsed_docs = parse_batch([batch[i] for i in todo], parse_cache, profile, finder.lex)
    for i, parsed in zip(todo, parsed_docs, strict=True):
        mentions = finder.find(parsed)
        key = keys[i]
        if caches is not None and key is not None:
            caches.analysis.put(key, parsed.sentences, mentions)
        found[i] = (parsed, mentions)
    return [f for f in found if f is not None]


def counted_batch(batch: list[Document], finder: MentionFinder, caches: Caches | None,
                  profile: Profile = DEFAULT_PROFILE) -> tuple[list[Analysed], CacheCounters]:
    """:func:`analyse_batch`, and what it did to the caches (to be summed where the build runs)."""
    before = snapshot(caches)
    results = analyse_batch(batch, finder, caches, profile)
    delta = CacheCounters()
    account(delta, caches, before)
    return results, delta


def snapshot(caches: Caches | None) -> CacheCounters:
    return caches.counters() if caches is not None else CacheCounters()


def account(counters: CacheCounters | None, caches: Caches | None, before: CacheCounters) -> None:
    """Add what ``caches`` counted since ``before`` to ``counters``."""
    if counters is None or caches is None:
        return
    counters.add(caches.counters())
    counters.add(before, sign=-1)
