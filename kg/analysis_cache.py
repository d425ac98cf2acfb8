"""The analysis cache: a document's parsed sentences and mentions, keyed by the code that made them.

Mention finding is a function of the parse, the document and the package's files (code, rules,
lexicons), so an entry is keyed by all three: the parser environment (:mod:`kg.cache`), the
whole :class:`~kg.model.Document`, and :func:`code_fingerprint`.  An entry is JSON (never
pickle: a cache directory may be shared, and loading must not run code); one that cannot be
decoded counts as a miss and is rewritten.  Entries are written right after mention finding,
before resolution fills in ``Mention.entity``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import pickle
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.atomic import write_bytes
from kg.cachedir import touch
from kg.model import Document, Mention, NamedSpan, ParsedSentence, Token

#: Bumped whenever the entry layout changes (2: sentences carry their words and NER spans).
ANALYSIS_FORMAT = 2

_MENTION_FIELDS = dataclasses.fields(Mention)
_TUPLE_FIELDS = frozenset(i for i, f in enumerate(_MENTION_FIELDS) if str(f.type).startswith("tuple"))


@dataclass
class AnalysisStats:
    """Counters a build reports (a corrupt entry counts as a miss)."""

    hits: int = 0
    misses: int = 0
    writes: int = 0

    def add(self, other: AnalysisStats, sign: int = 1) -> None:
        for f in dataclasses.fields(self):
            setattr(self, f.name, getattr(self, f.name) + sign * getattr(other, f.name))

    def as_dict(self) -> dict[str, int]:
        return dataclasses.asdict(self)


@dataclass
class AnalysisCache:
    """Analysed documents on disk under ``directory``/analysis/<environment>/."""

    directory: Path
    env_hash: str  # kg.cache.environment_hash of the parser environment
    salt: str  # code_fingerprint() of the running code
    stats: AnalysisStats = field(default_factory=AnalysisStats)

    def __post_init__(self) -> None:
        self.root = Path(self.directory).expanduser() / "analysis" / self.env_hash[:16]

    def key(self, doc: Document) -> str:
        """SHA-256 over the code fingerprint, the parser environment and the whole Document."""
        h = hashlib.sha256(f"{self.salt}\0{self.env_hash}\0".encode())
        h.update(pickle.dumps(dataclasses.astuple(doc), protocol=5))
        return h.hexdigest()

    def path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def has(self, key: str) -> bool:
        return self.path(key).is_file()

    def get(self, key: str) -> tuple[list[ParsedSentence], list[Mention]] | None:
        try:
            data = self.path(key).read_bytes()
        except OSError:
            self.stats.misses += 1
            return None
        found = decode_analysis(data)
        if found is None:
            self.stats.misses += 1
            return None
        self.stats.hits += 1
        touch(self.path(key))  # pruning goes by last use (kg.cachedir)
        return found

    def put(self, key: str, sentences: Sequence[ParsedSentence], mentions: Sequence[Mention]) -> None:
        """Store atomically; a failure to write only costs a re-analysis next time."""
        try:
            write_bytes(self.path(key), encode_analysis(sentences, mentions))
        except (OSError, TypeError, ValueError):
            return
        self.stats.writes += 1


def encode_analysis(sentences: Sequence[ParsedSentence], mentions: Sequence[Mention]) -> bytes:
    record = {
        "format": ANALYSIS_FORMAT,
        "fields": [f.name for f in _MENTION_FIELDS],
        "sentences": [
            [
                s.index,
                s.start,
                s.text,
                [dataclasses.astuple(t) for t in s.tokens],
                [dataclasses.astuple(e) for e in s.ents],
            ]
            for s in sentences
        ],
        "mentions": [[getattr(m, f.name) for f in _MENTION_FIELDS] for m in mentions],
    }
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


def decode_analysis(data: bytes) -> tuple[list[ParsedSentence], list[Mention]] | None:
    """The entry's sentences and mentions, or None for anything that is not a valid entry."""
    try:
        record = json.loads(data.decode("utf-8"))
        if record.get("format") != ANALYSIS_FORMAT or record.get("fields") != [
            f.name for f in _MENTION_FIELDS
        ]:
            return None
        sentences = [
            ParsedSentence(
                int(i),
                int(start),
                str(text),
                tuple(Token(*t) for t in tokens),
                tuple(NamedSpan(*e) for e in ents),
            )
            for i, start, text, tokens, ents in record["sentences"]
        ]
        mentions = []
        for values in record["mentions"]:
            if len(values) != len(_MENTION_FIELDS):
                return None
            mentions.append(Mention(*(tuple(v) if i in _TUPLE_FIELDS else v for i, v in enumerate(values))))
    except (ValueError, TypeError, AttributeError, KeyError, UnicodeDecodeError):
        return None
    return sentences, mentions


def code_fingerprint(lexicons: Iterable[str | Path] = (), without: Iterable[str] = ()) -> str:
    """SHA-256 of every file of the kg package on disk (code, rules, lexicons), the user's lexicons
    and the entity types whose packaged lexicons are switched off (``without``).

    An analysis entry stays valid exactly as long as none of them changes; any edit to the
    package makes every analysis entry miss (parses stay cached).  Code patched in memory is
    not seen: build with ``use_cache=False`` then.
    """
    root = Path(__file__).resolve().parent  # the kg package
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix in (".pyc", ".pyo"):
            continue
        data = path.read_bytes()
        h.update(f"{path.relative_to(root).as_posix()}\0{len(data)}\0".encode())
        h.update(data)
    for extra in lexicons:
        try:
            data = Path(extra).read_bytes()
        except OSError:
            data = b"<unreadable>"
        h.update(f"\0lexicon\0{len(data)}\0".encode())
        h.update(data)
    for etype in sorted(set(without)):
        h.update(f"\0without\0{etype}".encode())
    return h.hexdigest()
