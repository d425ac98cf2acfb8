"""The parse stage: GiNZA over cleaned document text, one model load per process.

SudachiPy refuses inputs over 49,149 bytes, so long texts are cut at sentence boundaries
(:func:`kg.read.split_for_parser`) and parsed as several spaCy ``Doc`` chunks; every
sentence keeps its offset in the document's cleaned text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kg.model import Document

MODEL = "ja_ginza"


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
    import ginza
    import spacy
    import sudachipy

    meta = load_model().meta
    return f"{MODEL}-{meta.get('version')}/spacy-{spacy.__version__}/ginza-{ginza.__version__ if hasattr(ginza, '__version__') else '5.3'}/sudachipy-{sudachipy.__version__}"


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
    """A sentence of the document: the spaCy span plus its offset in the cleaned text."""

    index: int
    start: int  # offset in Document.text
    span: Any  # spacy.tokens.Span

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def end(self) -> int:
        return self.start + len(self.span.text)


@dataclass
class ParsedDocument:
    document: Document
    sentences: list[ParsedSentence]


def _chunks(doc: Document) -> list[tuple[int, str]]:
    from kg.read import split_for_parser

    return [(s, doc.text[s:e]) for s, e in split_for_parser(doc.text) if doc.text[s:e].strip()]


def parse_documents(docs: Iterable[Document], batch_size: int = 16) -> Iterator[ParsedDocument]:
    """Parse documents in batches with ``nlp.pipe``; yields one ParsedDocument at a time."""
    nlp = load_model()
    buffer: list[Document] = []

    def flush() -> Iterator[ParsedDocument]:
        jobs = [(i, off, text) for i, d in enumerate(buffer) for off, text in _chunks(d)]
        parsed = nlp.pipe((text for _, _, text in jobs), batch_size=batch_size)
        by_doc: list[list[ParsedSentence]] = [[] for _ in buffer]
        for (i, off, _), sdoc in zip(jobs, parsed, strict=True):
            sents = by_doc[i]
            for start, end in split_sentences(sdoc.text):
                span = sdoc.char_span(start, end, alignment_mode="expand")
                if span is not None and span.text.strip():
                    sents.append(ParsedSentence(len(sents), off + span.start_char, span))
        for i, d in enumerate(buffer):
            yield ParsedDocument(d, by_doc[i])
        buffer.clear()

    for d in docs:
        buffer.append(d)
        if len(buffer) >= batch_size:
            yield from flush()
    if buffer:
        yield from flush()
