"""The parse stage: GiNZA over cleaned document text, one model load per process.

SudachiPy refuses inputs over 49,149 bytes, so long texts are cut at sentence boundaries
(:func:`kg.read.split_for_parser`) and parsed as several spaCy ``Doc`` chunks; every
sentence keeps its offset in the document's cleaned text.

Documents stream through in small batches, so at most one batch of ``Doc`` objects is alive.
With a :class:`kg.cache.ParseCache`, cached documents are restored instead of parsed and the
model is only loaded when something misses.  Each sentence leaves this stage as plain data
(:class:`kg.model.ParsedSentence`: words with their part of speech, dependency head and
bunsetsu boundary, and the NER spans); no spaCy object goes further, so the later stages run
and are tested without GiNZA and documents pickle between processes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from kg.model import Document, NamedSpan, ParsedDocument, ParsedSentence, Token

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


SENTENCE_ENDS = "。！？!?"
CLOSERS = "」』)）"
#: Quotation brackets: a sentence end inside a pair (on one line) does not end the sentence.
QUOTES = {"「": "」", "『": "』"}
#: A quotation longer than this is a quoted passage of several sentences (an interview answer),
#: and is split at its own sentence ends.
MAX_QUOTE_CHARS = 200
_LINE = re.compile(r"[^\n]*\n?")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans by punctuation and line breaks.

    GiNZA's own sentence boundaries come from the dependency parse and sometimes cut a
    sentence in two (「ジェミニ」を手がける米グーグル / は…); Japanese news punctuation is
    regular enough that 。！？ (with the closing brackets after them) and line ends are the
    more reliable boundary.  A sentence end inside 「…」 or 『…』 is part of a quotation
    (「来年も投資を続ける。」と語った。 is one sentence), unless the brackets do not close on
    their line or enclose more than :data:`MAX_QUOTE_CHARS` characters.
    """
    out: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start, end = line.start(), line.end()
        if start == end:
            continue
        quoted = _quoted_ranges(text, start, end)
        s = start
        i = start
        while i < end:
            if text[i] in SENTENCE_ENDS and not _inside(quoted, i):
                while i < end and text[i] in SENTENCE_ENDS:
                    i += 1
                while i < end and text[i] in CLOSERS:
                    i += 1
                _add_sentence(text, s, i, out)
                s = i
            else:
                i += 1
        _add_sentence(text, s, end, out)
    return out


def _quoted_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Outermost bracket pairs of ``QUOTES`` in ``text[start:end]`` (one line), as (open, close)."""
    ranges: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i in range(start, end):
        ch = text[i]
        if ch in QUOTES:
            stack.append((QUOTES[ch], i))
        elif stack and ch == stack[-1][0]:
            _, opened = stack.pop()
            if not stack and i - opened <= MAX_QUOTE_CHARS:
                ranges.append((opened, i))
    return ranges


def _inside(ranges: list[tuple[int, int]], i: int) -> bool:
    return any(a < i < b for a, b in ranges)


def _add_sentence(text: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    """Add ``text[s:e]`` without its line break and leading white space, if anything is left."""
    while e > s and text[e - 1] == "\n":
        e -= 1
    while s < e and text[s].isspace():
        s += 1
    if e > s:
        out.append((s, e))


def chunks(doc: Document) -> list[tuple[int, str]]:
    """The (offset, text) pieces of ``doc`` the parser sees."""
    from kg.read import split_for_parser

    return [(s, doc.text[s:e]) for s, e in split_for_parser(doc.text) if doc.text[s:e].strip()]


def _sentences(parts: list[tuple[int, str]], docs: list[Any]) -> list[ParsedSentence]:
    out: list[ParsedSentence] = []
    # ``chunk`` is the Doc's text (parsed from it, or checked against it on restore): slicing it
    # gives span.text without building every Token object again.
    for (off, chunk), sdoc in zip(parts, docs, strict=True):
        bunsetsu = sdoc.user_data.get("bunsetu_bi_labels") or ()
        for start, end in split_sentences(chunk):
            span = sdoc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            text = chunk[span.start_char : span.end_char]
            if text.strip():
                out.append(ParsedSentence(len(out), off + span.start_char, text,
                                          sentence_tokens(span, bunsetsu), sentence_ents(span)))
    return out


def sentence_tokens(span: Any, bunsetsu: Any = ()) -> tuple[Token, ...]:
    """The words of a spaCy span as plain :class:`Token` records, offsets relative to the span."""
    base, first, n = span.start_char, span.start, len(span)
    out = []
    for t in span:
        head = t.head.i - first
        out.append(Token(
            i=t.i - first, start=t.idx - base, text=t.text, lemma=t.lemma_, pos=t.pos_, tag=t.tag_,
            dep=t.dep_, head=head if 0 <= head < n else t.i - first,
            inflection=";".join(t.morph.get("Inflection")),
            bunsetsu_start=t.i < len(bunsetsu) and bunsetsu[t.i] == "B",
        ))
    return tuple(out)


def sentence_ents(span: Any) -> tuple[NamedSpan, ...]:
    """GiNZA's NER spans inside a spaCy span, offsets relative to it."""
    base, first = span.start_char, span.start
    return tuple(NamedSpan(e.start_char - base, e.end_char - base, e.label_, e.start - first, e.end - first)
                 for e in span.ents)


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
