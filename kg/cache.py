"""The parse cache: GiNZA's output per document, stored as a spaCy ``DocBin``.

Parsing is nearly all of ``kg build``'s time, and the parse of a text depends only on the text
and on the parser, so a re-run on unchanged input loads parses instead of computing them.

An entry's key is a SHA-256 over the text (the document's parser chunks with their offsets)
and the *environment*: model name and version, spaCy, GiNZA, SudachiPy and SudachiDict
versions and the kg package version, and nothing else.  Entries of one environment live in
their own directory, ``<cache dir>/parse/<environment hash>/``, so a version change
invalidates every entry and old directories can simply be deleted (``kg cache prune`` does,
:mod:`kg.cachedir`).  (The analysis cache
beside it, :mod:`kg.analysis_cache`, keeps what mention finding made of each parse.)

Entries are written atomically (:mod:`kg.atomic`); an entry that cannot be read back, or whose
texts do not match, is treated as a miss and rewritten.  Loading an entry does not need the
model: Docs are restored into a Japanese ``Vocab`` of their own (not the model's), so a fully
cached run never loads GiNZA.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.metadata
import importlib.util
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.atomic import write_bytes
from kg.cachedir import CACHE_ENV, default_cache_dir, touch

__all__ = ["CACHE_ENV", "CacheStats", "ParseCache", "default_cache_dir", "environment", "environment_hash",
           "environment_key"]

MODEL = "ja_ginza"
#: Distributions whose versions decide what the parser outputs (all installed SudachiDict
#: flavours are added, since GiNZA picks one by configuration).
PARSER_DISTRIBUTIONS: tuple[str, ...] = ("spacy", "ginza", "ja-ginza", "sudachipy")

Chunks = Sequence[tuple[int, str]]


def _dist_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _model_meta_version(model: str) -> str:
    """The model's own ``meta.json`` version, read without loading (or importing) the model."""
    try:
        spec = importlib.util.find_spec(model)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        return "not installed"
    meta = Path(next(iter(spec.submodule_search_locations))) / "meta.json"
    try:
        return str(json.loads(meta.read_text(encoding="utf-8")).get("version"))
    except (OSError, ValueError):
        return "unknown"


@lru_cache(maxsize=1)
def environment() -> dict[str, str]:
    """Everything besides the text that decides a parse: model and library versions."""
    from kg._version import __version__

    env = {"model": MODEL, "model_version": _model_meta_version(MODEL), "kg": __version__}
    for name in PARSER_DISTRIBUTIONS:
        env[name] = _dist_version(name)
    dicts = sorted(
        (d.metadata["Name"] or "").lower() for d in importlib.metadata.distributions()
        if (d.metadata["Name"] or "").lower().startswith("sudachidict")
    )
    for name in dicts:
        env[name] = _dist_version(name)
    return env


def environment_hash(env: Mapping[str, str]) -> str:
    return hashlib.sha256(json.dumps(dict(env), sort_keys=True).encode()).hexdigest()


def environment_key(env: Mapping[str, str] | None = None) -> str:
    """The name of the directory, under each cache kind, of the entries of ``env`` (default: the
    running kg's parser environment)."""
    return environment_hash(environment() if env is None else env)[:16]


@lru_cache(maxsize=1)
def _ja_defaults() -> Any:
    from spacy.lang.ja import JapaneseDefaults

    return JapaneseDefaults


#: Restored Docs share one Vocab, so each word's lexical attributes are computed once (a fresh
#: Vocab per document made restoring three times slower); past this many strings it is
#: replaced, so a long run's memory stays bounded.  Docs keep their own Vocab alive.
VOCAB_LIMIT = 300_000
_VOCAB: list[Any] = []


def fresh_vocab() -> Any:
    """A Japanese Vocab without the model: restoring a cached Doc must not need GiNZA."""
    from spacy.vocab import create_vocab

    return create_vocab("ja", _ja_defaults())


def restore_vocab() -> Any:
    """The Vocab cached Docs are restored into (see VOCAB_LIMIT)."""
    if not _VOCAB or len(_VOCAB[0].strings) > VOCAB_LIMIT:
        _VOCAB[:] = [fresh_vocab()]
    return _VOCAB[0]


@dataclass
class CacheStats:
    """Counters a build reports; workers send theirs back to be summed."""

    hits: int = 0
    misses: int = 0
    corrupt: int = 0
    writes: int = 0

    def copy(self) -> CacheStats:
        return dataclasses.replace(self)

    def add(self, other: CacheStats, sign: int = 1) -> None:
        for f in dataclasses.fields(self):
            setattr(self, f.name, getattr(self, f.name) + sign * getattr(other, f.name))

    def as_dict(self) -> dict[str, int]:
        """The parse cache's counters."""
        return {"hits": self.hits, "misses": self.misses, "corrupt": self.corrupt, "writes": self.writes}


@dataclass
class ParseCache:
    """Parses on disk under ``directory``, for one parser environment."""

    directory: Path
    env: Mapping[str, str] | None = None
    stats: CacheStats = field(default_factory=CacheStats)

    def __post_init__(self) -> None:
        self.directory = Path(self.directory).expanduser()
        if self.env is None:
            self.env = environment()
        self.env_hash = environment_hash(self.env)
        self.root = self.directory / "parse" / environment_key(self.env)

    def key(self, chunks: Chunks) -> str:
        """SHA-256 over the environment and the chunk offsets and texts."""
        h = hashlib.sha256(self.env_hash.encode())
        for offset, text in chunks:
            data = text.encode("utf-8", "surrogatepass")
            h.update(f"\0{offset}\0{len(data)}\0".encode())
            h.update(data)
        return h.hexdigest()

    def path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.spacy"

    def has(self, key: str) -> bool:
        return self.path(key).is_file()

    def get(self, key: str, chunks: Chunks) -> list[Any] | None:
        """The cached Docs of ``chunks``, or None on a miss or an unusable entry (a hit is touched:
        pruning goes by last use, :mod:`kg.cachedir`)."""
        try:
            data = self.path(key).read_bytes()
        except OSError:
            self.stats.misses += 1
            return None
        docs = _decode(data, [text for _, text in chunks])
        if docs is None:
            self.stats.corrupt += 1
            self.stats.misses += 1
            return None
        self.stats.hits += 1
        touch(self.path(key))
        return docs

    def put(self, key: str, docs: Sequence[Any]) -> None:
        """Store Docs atomically; a failure to write only costs a re-parse next time."""
        from spacy.tokens import DocBin

        bin_ = DocBin(store_user_data=True)
        for d in docs:
            bin_.add(d)
        try:
            write_bytes(self.path(key), bin_.to_bytes())
        except OSError:
            return
        self.stats.writes += 1


def _decode(data: bytes, texts: list[str]) -> list[Any] | None:
    from spacy.tokens import DocBin

    try:
        docs = list(DocBin().from_bytes(data).get_docs(restore_vocab()))
    except Exception:  # any damage to the entry (zlib, msgpack, spaCy) means "parse again"
        return None
    if len(docs) != len(texts) or any(d.text != t for d, t in zip(docs, texts, strict=True)):
        return None
    return docs
