"""The parse stage: GiNZA over cleaned document text, one model load per process.

SudachiPy refuses inputs over 49,149 bytes, so long texts are cut at sentence boundaries
(:func:`kg.read.split_for_parser`) and parsed as several spaCy ``Doc`` chunks; every
sentence keeps its offset in the document's cleaned text.

Documents stream through in small batches, so at most one batch of ``Doc`` objects is alive.
With a :class:`kg.cache.ParseCache`, cached documents are restored instead of parsed and the
model is only loaded when something misses.  After mention finding a document is made *light*
(:meth:`ParsedDocument.light`): its sentences keep index, offset and text but drop the spaCy
span, which is all the relation stage needs and which pickles between processes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from kg.model import Document

if TYPE_CHECKING:
    from kg.cache import ParseCache

MODEL = "ja_ginza"
#: A batch is cut at this many documents or this many characters, whichever comes first:
#: large enough for ``nlp.pipe`` to run at full speed, small enough to bound memory.
BATCH_DOCS = 16
BATCH_CHARS = 60_000
#: Texts per ``nlp.pipe`` batch.  Measured on ~1,000-character articles: throughput is flat from
#: 1 to 16 (within noise) and falls at 48, while the parse's transient memory grows with the
#: batch (peak RSS ~0.74 GB at 4, 1.1 GB at 16, 2.0 GB at 48).
NLP_BATCH = 4


@lru_cache(maxsize=1)
def load_model() -> Any:
    """Load ja_ginza once per process (about 2 s)."""
    import spacy

    from kg.errors import KgError

    try:
        return spacy.load(MODEL)
    except OSError as exc:  # model package missing
        raise KgError(f"cannot load the GiNZA model '{MODEL}': pip install ja-ginza") from exc


def model_version() -> str:
    """Model and parser library versions (the parse cache's environment), without loading the model."""
    from kg.cache import environment

    return "/".join(f"{k}-{v}" for k, v in sorted(environment().items()))


SENTENCE = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[」』)）]*|\n|$)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans by punctuation and line breaks.

    GiNZA's own sentence boundaries come from the dependency parse and sometimes cut a
    sentence in two (「ジェミニ」を手がける米グーグル / は…); Japanese news punctuation is
    regular enough that 。！？ and line ends are the more reliable boundary.
    """
    out = []
    for m in SENTENCE.finditer(text):
        s, e = m.start(), m.end()
        while e > s and text[e - 1] == "\n":
            e -= 1
        while s < e and text[s].isspace():
            s += 1
        if e > s:
            out.append((s, e))
    return out


@dataclass
class ParsedSentence:
    """A sentence of the document: its offset and text, plus the spaCy span while it is parsed.

    ``span`` is None in the light form that crosses process boundaries and feeds relations.
    """

    index: int
    start: int  # offset in Document.text
    span: Any = None  # spacy.tokens.Span, or None once light
    text: str = field(default="")

    def __post_init__(self) -> None:
        if not self.text and self.span is not None:
            self.text = self.span.text

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def light(self) -> ParsedSentence:
        return ParsedSentence(self.index, self.start, None, self.text)


@dataclass
class ParsedDocument:
    document: Document
    sentences: list[ParsedSentence]

    def light(self) -> ParsedDocument:
        """The same document without spaCy objects: picklable, and frees the Docs."""
        return ParsedDocument(self.document, [s.light() for s in self.sentences])


def chunks(doc: Document) -> list[tuple[int, str]]:
    """The (offset, text) pieces of ``doc`` the parser sees."""
    from kg.read import split_for_parser

    return [(s, doc.text[s:e]) for s, e in split_for_parser(doc.text) if doc.text[s:e].strip()]


def _sentences(parts: list[tuple[int, str]], docs: list[Any]) -> list[ParsedSentence]:
    out: list[ParsedSentence] = []
    # ``chunk`` is the Doc's text (parsed from it, or checked against it on restore): slicing it
    # gives span.text without building every Token object again.
    for (off, chunk), sdoc in zip(parts, docs, strict=True):
        for start, end in split_sentences(chunk):
            span = sdoc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            text = chunk[span.start_char : span.end_char]
            if text.strip():
                out.append(ParsedSentence(len(out), off + span.start_char, span, text))
    return out


def batches(docs: Iterable[Document], max_docs: int = BATCH_DOCS, max_chars: int = BATCH_CHARS
            ) -> Iterator[list[Document]]:
    """Group a document stream into lists bounded by count and total characters."""
    batch: list[Document] = []
    size = 0
    for d in docs:
        batch.append(d)
        size += len(d.text)
        if len(batch) >= max_docs or size >= max_chars:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def parse_batch(batch: list[Document], cache: ParseCache | None = None) -> list[ParsedDocument]:
    """Parse one batch: cached documents are restored, the rest go through one ``nlp.pipe``."""
    parts = [chunks(d) for d in batch]
    found: list[list[Any] | None] = [None] * len(batch)
    keys: list[str | None] = [None] * len(batch)
    for i, p in enumerate(parts):
        if not p:
            found[i] = []
        elif cache is not None:
            keys[i] = cache.key(p)
            found[i] = cache.get(keys[i], p)
    todo = [i for i, f in enumerate(found) if f is None]
    if todo:
        nlp = load_model()
        texts = [text for i in todo for _, text in parts[i]]
        parsed = iter(nlp.pipe(texts, batch_size=NLP_BATCH))
        for i in todo:
            found[i] = [next(parsed) for _ in parts[i]]
            key = keys[i]
            if cache is not None and key is not None:
                cache.put(key, found[i])
    return [ParsedDocument(d, _sentences(parts[i], found[i] or [])) for i, d in enumerate(batch)]


def parse_documents(docs: Iterable[Document], batch_size: int = BATCH_DOCS,
                    cache: ParseCache | None = None) -> Iterator[ParsedDocument]:
    """Parse a document stream batch by batch; yields one ParsedDocument at a time, in order."""
    for batch in batches(docs, max_docs=batch_size):
        yield from parse_batch(batch, cache)
