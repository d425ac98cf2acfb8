"""Typed records that flow one way through the pipeline, and the graph contract.

read → parse → mentions → resolve → relations → graph → exporters

Every exporter reads only the NetworkX ``MultiDiGraph`` built by :mod:`kg.graph`.
Its shape is the contract between the stages and the exporters:

Graph attributes (``G.graph``)
    ``documents``: list of dicts ``{"id", "path", "title", "chars", "date", "url"}``
    sorted by id (``date``/``url`` may be ``None``; a ``date`` is ISO ``YYYY-MM-DD``, see
    :mod:`kg.dates`).
    ``base_iri``: the base IRI for RDF export.

Node key
    An opaque, stable id ``"<type>-<hash12>"`` derived from type + canonical name
    (see :func:`node_id`); never raw article text.

Node attributes
    ``type``: one of :data:`ENTITY_TYPES`.
    ``name``: canonical name (str).
    ``aliases``: sorted list of other surface forms (str), never containing ``name``.
    ``tickers``: sorted list of stock tickers such as ``"9988.HK"``.
    ``mentions``: int, number of mentions in the corpus.
    ``docs``: sorted list of document ids that mention the entity.
    ``merges``: list of ``{"surface", "rule"}`` dicts explaining why each alias was merged.
    ``articles``, ``first_seen``, ``last_seen``: see "Time facts" below.

Edge key and attributes
    One edge per (subject, predicate, object); the edge key is the predicate.
    ``predicate``: one of :data:`PREDICATES`.
    ``confidence``: float in (0, 1], the best confidence over the evidence.
    ``evidence``: list of ``{"doc", "sentence", "start", "end", "rule", "confidence"}``
    dicts sorted by (doc, start, rule); ``start``/``end`` are character offsets of the
    sentence in the original file text.
    ``rules``: sorted list of the rule ids that produced the edge.
    ``articles``, ``first_seen``, ``last_seen``: see "Time facts" below.

Time facts (set by :func:`kg.graph.add_seen_dates`, derived from the evidence)
    ``articles``: int, the number of documents behind the node (its ``docs``) or the edge (its
    evidence). ``first_seen`` / ``last_seen``: ISO dates ``YYYY-MM-DD``, the earliest and latest
    ``date`` of those documents; absent when none of them has a date.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from kg.schema import active_schema

#: Entity type names, in schema order (kg/data/schema.yaml, see :mod:`kg.schema`).
ENTITY_TYPES: tuple[str, ...] = active_schema().type_names

#: Core predicates (../shared/eval/FORMAT.md) with their Japanese display label, from the schema.
PREDICATES: dict[str, str] = dict(active_schema().predicate_labels)

#: Predicates where "a p b" says the same as "b p a", from the schema.
SYMMETRIC: frozenset[str] = active_schema().symmetric_predicates


def node_id(etype: str, name: str) -> str:
    """Stable opaque node id: the same (type, canonical name) always gives the same id."""
    digest = hashlib.sha1(f"{etype}\x00{name}".encode()).hexdigest()[:12]
    return f"{etype.lower()}-{digest}"


@dataclass(frozen=True)
class Document:
    """One input article: cleaned text plus a map back to offsets in the original file."""

    id: str
    path: str
    text: str  # cleaned text that is parsed
    offsets: tuple[int, ...] = ()  # offsets[i] = position in the original text of text[i]
    title: str = ""
    date: str | None = None
    url: str | None = None
    tickers: tuple[tuple[int, str], ...] = ()  # (position in cleaned text, ticker)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the cleaned text back to the original file text."""
        if not self.offsets:
            return start, end
        last = len(self.offsets) - 1
        s = self.offsets[min(start, last)] if last >= 0 else start
        e = self.offsets[min(max(end - 1, 0), last)] + 1 if last >= 0 else end
        return s, e


#: Anaphor kinds: 同社 / 同氏 / 同省 refer to the latest entity of their type; a bare 政府 to the
#: government of the document's main country.
ANAPHOR_SAME_TYPE = "same_type"
ANAPHOR_MAIN_GOVERNMENT = "main_government"


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a parsed sentence: what the mention and relation rules read of GiNZA's parse.

    Offsets are characters in the sentence text; ``head`` is the index of the syntactic head
    in the sentence (the token itself for a root, and for a head GiNZA put in another sentence).
    """

    i: int
    start: int
    text: str
    lemma: str
    pos: str  # Universal POS (NOUN, PROPN, VERB, ADP…)
    tag: str  # Sudachi's part of speech (名詞-固有名詞-人名-姓…)
    dep: str  # Universal Dependencies relation to the head (nsubj, obj, obl, case…)
    head: int
    inflection: str = ""  # Sudachi's inflection (サ行変格;連用形-一般), empty for nouns
    bunsetsu_start: bool = False  # first word of a bunsetsu (文節)

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True)
class NamedSpan:
    """A named entity GiNZA's NER found in a sentence: characters [start, end), tokens [first, last)."""

    start: int
    end: int
    label: str  # GiNZA's extended named entity label (Company, Person, City…)
    first: int
    last: int


@dataclass(frozen=True)
class ParsedSentence:
    """A sentence of a document: its offset in ``Document.text``, its text and its parse."""

    index: int
    start: int  # offset in Document.text
    text: str
    tokens: tuple[Token, ...] = ()
    ents: tuple[NamedSpan, ...] = ()

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class ParsedDocument:
    """A document and its parsed sentences; plain data, so it pickles and caches."""

    document: Document
    sentences: list[ParsedSentence]

    def word_starts(self) -> frozenset[int]:
        """The offsets in ``document.text`` where the parse begins a word."""
        return frozenset(s.start + t.start for s in self.sentences for t in s.tokens)


@dataclass(frozen=True, order=True)
class EntityKey:
    """What resolution groups mentions by before node ids exist: a normalised name."""

    norm: str


@dataclass
class Mention:
    """A span that names an entity, before resolution."""

    doc_id: str
    sent_index: int
    start: int  # char offsets in the cleaned text
    end: int
    text: str  # surface form as written
    name: str  # cleaned name (titles / nationality prefix stripped)
    type: str  # one of ENTITY_TYPES
    rule: str  # which rule found it
    confidence: float = 0.8
    country: str | None = None  # nationality prefix found on the mention (e.g. "米国")
    title: str | None = None  # title cue (CEO, 会長, 科学者…)
    aliases: tuple[str, ...] = ()  # aliases seen right beside it (parentheses)
    tickers: tuple[str, ...] = ()
    entity: EntityKey | None = None  # set by resolution
    anaphor: str | None = None  # ANAPHOR_* kind: 同社 / 同氏 / bare 政府, resolved by reference
    source: str = ""  # the mention source that found it (lexicon, pattern, person, document, ner)
    refind: bool = False  # a name worth finding again everywhere in its document


@dataclass
class Entity:
    """A resolved real-world entity: one graph node."""

    id: str
    type: str
    name: str
    aliases: set[str] = field(default_factory=set)
    tickers: set[str] = field(default_factory=set)
    mentions: int = 0
    docs: set[str] = field(default_factory=set)
    merges: list[dict[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Evidence:
    """Where an edge came from."""

    doc: str
    sentence: str
    start: int
    end: int
    rule: str
    confidence: float


@dataclass(frozen=True)
class KeyedRelation:
    """A relation as the relation stage makes it, between resolution keys."""

    subject: EntityKey
    predicate: str
    object: EntityKey
    evidence: Evidence


@dataclass(frozen=True)
class Relation:
    """A typed edge between two resolved entities."""

    subject: str  # node id
    predicate: str
    object: str  # node id
    evidence: Evidence
