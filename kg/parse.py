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

A :class:`Profile` says which components run where (``--profile``): ``full`` runs every
component on every sentence; ``fast``, the default, runs NER only on the sentences :func:`needs_ner`
picks and does the thinc layers' matrix products with NumPy (bench/profile_bench.py measures both).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from kg.model import Document, NamedSpan, ParsedDocument, ParsedSentence, Token

if TYPE_CHECKING:
    from kg.cache import ParseCache
    from kg.lexicon import Lexicon

MODEL = "ja_ginza"
#: A batch is cut at this many documents or this many characters, whichever comes first:
#: large enough for ``nlp.pipe`` to run at full speed, small enough to bound memory.
BATCH_DOCS = 16
BATCH_CHARS = 60_000
#: Texts per ``nlp.pipe`` batch.  Measured on ~1,000-character articles: throughput is flat from
#: 1 to 16 (within noise) and falls at 48, while the parse's transient memory grows with the
#: batch (peak RSS ~0.74 GB at 4, 1.1 GB at 16, 2.0 GB at 48).
NLP_BATCH = 4


#: Where GiNZA's named-entity recogniser runs: on every sentence, on none, or only on the
#: sentences :func:`needs_ner` picks (those with a name-like word the lexicon does not know).
NER_EVERYWHERE, NER_NOWHERE, NER_WHERE_NEEDED = "everywhere", "nowhere", "where-needed"
#: The matrix library of the model's thinc layers: spaCy's own (BLIS), or NumPy's (OpenBLAS).
GEMM_BLIS, GEMM_NUMPY = "blis", "numpy"


@dataclass(frozen=True)
class Profile:
    """Which GiNZA components run, where, and on which matrix library: the parse's cost/quality dial.

    ``exclude`` leaves components out entirely (for measurement: the relation stage reads the
    dependency parse, so a profile users can pick keeps the parser).  ``gemm`` "numpy" hands
    the thinc layers' matrix products (tok2vec, the parser's and NER's feature layers) to
    NumPy's OpenBLAS, one thread: the BLIS build spaCy ships ran its generic reference kernel on
    the CPUs measured (AMD EPYC), about 4× slower; the transition loops inside the parser and NER
    keep BLIS (their products are small and compiled into spaCy).
    """

    name: str
    ner: str = NER_EVERYWHERE
    gemm: str = GEMM_BLIS
    exclude: tuple[str, ...] = ()
    summary: str = ""

    def __post_init__(self) -> None:
        if self.ner not in (NER_EVERYWHERE, NER_NOWHERE, NER_WHERE_NEEDED):
            raise ValueError(f"unknown NER mode {self.ner!r}")
        if self.gemm not in (GEMM_BLIS, GEMM_NUMPY):
            raise ValueError(f"unknown matrix library {self.gemm!r}")

    def environment(self) -> dict[str, str]:
        """What this profile adds to the parse cache's environment (nothing for ``full``, which
        parses as every profile did before there were profiles, so their caches stay valid)."""
        if self == FULL_PROFILE:
            return {}
        return {"profile.ner": self.ner, "profile.gemm": self.gemm, "profile.exclude": ",".join(self.exclude)}


FULL_PROFILE = Profile("full", summary="every ja_ginza component on every sentence, as the model ships")
#: The default since it scored within 0.002 F1 of ``full`` on every measured set at twice the speed
#: (README, "Parse profiles").
DEFAULT_PROFILE = Profile(
    "fast", ner=NER_WHERE_NEEDED, gemm=GEMM_NUMPY,
    summary="the default: NER only on sentences with a name the lexicon does not know; "
            "OpenBLAS matrix products",
)
PROFILES: dict[str, Profile] = {p.name: p for p in (FULL_PROFILE, DEFAULT_PROFILE)}


def profile_named(name: str | Profile | None) -> Profile:
    """The profile of that name (a Profile is returned as it is; None is the default)."""
    from kg.errors import KgUsageError

    if name is None:
        return DEFAULT_PROFILE
    if isinstance(name, Profile):
        return name
    try:
        return PROFILES[name]
    except KeyError:
        raise KgUsageError(f"unknown profile {name!r} (expected one of: {', '.join(PROFILES)})") from None


@lru_cache(maxsize=2)
def load_model(profile: Profile = DEFAULT_PROFILE) -> Any:
    """Load ja_ginza once per process and profile (about 2 s), with the profile's components."""
    import spacy

    from kg.errors import KgError

    exclude = list(profile.exclude) + (["ner"] if profile.ner == NER_NOWHERE else [])
    try:
        nlp = spacy.load(MODEL, exclude=exclude)
    except OSError as exc:  # model package missing
        raise KgError(f"cannot load the GiNZA model '{MODEL}': pip install ja-ginza") from exc
    if profile.ner == NER_WHERE_NEEDED:
        nlp.disable_pipe("ner")  # run by _recognise_where_needed on the sentences that need it
    if profile.gemm == GEMM_NUMPY:
        _use_numpy_gemm(nlp)
    return nlp


def _use_numpy_gemm(nlp: Any) -> None:
    """Give every thinc layer of ``nlp`` NumPy ops (``use_blis=False``: matrix products by OpenBLAS)."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _name, component in nlp.components:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops


def _one_blas_thread(profile: Profile) -> Any:
    """OpenBLAS would take every core for one product; a profile on NumPy ops runs on one, like BLIS."""
    if profile.gemm != GEMM_NUMPY:
        return nullcontext()
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")


def model_version() -> str:
    """Model and parser library versions (the parse cache's environment), without loading the model."""
    from kg.cache import environment

    return "/".join(f"{k}-{v}" for k, v in sorted(environment().items()))


SENTENCE_ENDS = "。！？!?"
CLOSERS = "」』)）"
#: Quotation brackets and parentheses: a sentence end inside a pair (on one line) does not end
#: the sentence (ミナト社(ニューヨーク。売上高50億ドル)は…: the gloss is part of it).
QUOTES = {"「": "」", "『": "』", "(": ")", "（": "）"}
#: A quotation longer than this is a quoted passage of several sentences (an interview answer),
#: and is split at its own sentence ends.
MAX_QUOTE_CHARS = 200
_LINE = re.compile(r"[^\n]*\n?")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans by punctuation and line breaks.

    GiNZA's own sentence boundaries come from the dependency parse and sometimes cut a
    sentence in two (「ジェミニ」を手がける米グーグル / は…); Japanese news punctuation is
    regular enough that 。！？ (with the closing brackets after them) and line ends are the
    more reliable boundary.  A sentence end inside 「…」, 『…』 or (…) is part of a quotation or gloss
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


#: What the parser reads for a full stop inside a gloss's parentheses.
GLOSS_STOP = "、"


#: Kanji spelled in a form Sudachi's dictionary does not hold, as names often are (吉﨑, 髙村, 中津濵,
#: 𠮷田, 原將昭), and the common form it reads: the parser sees the common one, one character for one;
#: every word keeps the spelling written (:func:`written_spelling`). The CJK compatibility ideographs
#: that NFKC maps to one unified ideograph are read as it.
_COMPATIBILITY = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0xF900, 0xFB00)}
VARIANT_KANJI = str.maketrans(
    {c: n for c, n in _COMPATIBILITY.items() if len(n) == 1 and n != c}
    | {"﨑": "崎", "嵜": "崎", "髙": "高", "濵": "浜", "𠮷": "吉", "將": "将", "邊": "辺", "邉": "辺"}
    | {"齋": "斎", "齊": "斉", "櫻": "桜", "廣": "広", "眞": "真", "惠": "恵", "黑": "黒", "槇": "槙"}
)


def written_spelling(parsed: str, written: str) -> str:
    """A word as written: the parser read ``parsed`` for ``written`` (the same length), with the
    common form of a variant kanji (:data:`VARIANT_KANJI`) in its place."""
    if parsed == written or len(parsed) != len(written):
        return parsed
    pairs = zip(parsed, written, strict=True)
    return "".join(w if p != w and w.translate(VARIANT_KANJI) == p else p for p, w in pairs)


def parser_text(text: str) -> str:
    """``text`` as the parser reads it: a variant kanji is read in its common form
    (:data:`VARIANT_KANJI`), and a full stop inside a parenthetical gloss becomes a comma.

    GiNZA's parser ends a sentence at every 。, also inside a company's gloss
    (エスジーディー(岩手県花巻市。売上高2億円)の全株式を取得し…), and the parse falls apart there: the
    company loses its verb and its subject, even when told where the sentence starts.  Read as
    a comma, the gloss is an ordinary one (…(岩手県花巻市、売上高2億円)の…).  The length is kept,
    so every offset stays; the sentences' text is still taken from ``text`` itself.  (Telling
    the parser where sentences start, ``Token.is_sent_start`` set before it runs, keeps the gloss
    in the sentence but not its parse: the 。 still cuts it.)
    """
    text = text.translate(VARIANT_KANJI)
    if "。" not in text:
        return text
    chars = list(text)
    for line in _LINE.finditer(text):
        for a, b in _quoted_ranges(text, line.start(), line.end()):
            if text[a] in "(（":
                for k in range(a + 1, b):
                    if chars[k] == "。":
                        chars[k] = GLOSS_STOP
    return "".join(chars)


def parser_chunks(parts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The (offset, text) pieces as the parser reads them (:func:`parser_text`): what a parse is
    cached under."""
    return [(off, parser_text(text)) for off, text in parts]


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
                                          sentence_tokens(span, bunsetsu, text), sentence_ents(span)))
    return out


def sentence_tokens(span: Any, bunsetsu: Any = (), written: str | None = None) -> tuple[Token, ...]:
    """The words of a spaCy span as plain :class:`Token` records, offsets relative to the span;
    ``written``: the sentence as written, whose spelling each word keeps (:func:`written_spelling`)."""
    base, first, n = span.start_char, span.start, len(span)
    out = []
    for t in span:
        head = t.head.i - first
        start = t.idx - base
        text = t.text if written is None else written_spelling(t.text, written[start : start + len(t.text)])
        out.append(Token(
            i=t.i - first, start=start, text=text, lemma=t.lemma_, pos=t.pos_, tag=t.tag_,
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


def parse_batch(batch: list[Document], cache: ParseCache | None = None,
                profile: Profile = DEFAULT_PROFILE, lexicon: Lexicon | None = None) -> list[ParsedDocument]:
    """Parse one batch: cached documents are restored, the rest go through one ``nlp.pipe``.

    ``lexicon`` says which names are known (for a profile that runs NER only where needed;
    the packaged lexicon when None).
    """
    parts = [chunks(d) for d in batch]
    shown = [parser_chunks(p) for p in parts]
    found: list[list[Any] | None] = [None] * len(batch)
    keys: list[str | None] = [None] * len(batch)
    for i, p in enumerate(shown):
        if not p:
            found[i] = []
        elif cache is not None:
            keys[i] = cache.key(p)
            found[i] = cache.get(keys[i], p)
    todo = [i for i, f in enumerate(found) if f is None]
    if todo:
        texts = [text for i in todo for _, text in shown[i]]
        parsed = iter(_parse_texts(texts, profile, lexicon))
        for i in todo:
            found[i] = [next(parsed) for _ in parts[i]]
            key = keys[i]
            if cache is not None and key is not None:
                cache.put(key, found[i])
    return [ParsedDocument(d, _sentences(parts[i], found[i] or [])) for i, d in enumerate(batch)]


def _parse_texts(texts: list[str], profile: Profile, lexicon: Lexicon | None) -> list[Any]:
    """The spaCy Docs of ``texts`` under ``profile``."""
    nlp = load_model(profile)
    with _one_blas_thread(profile):
        docs = list(nlp.pipe(texts, batch_size=NLP_BATCH))
        if profile.ner == NER_WHERE_NEEDED:
            _recognise_where_needed(nlp, docs, _known_names(lexicon))
    return docs


def _known_names(lexicon: Lexicon | None) -> re.Pattern[str]:
    from kg.lexicon import load_lexicon

    return (lexicon if lexicon is not None else load_lexicon()).regex


#: A word that can be (part of) a name: Sudachi's dictionary tags it a proper noun (固有名詞: people,
#: places, organisations, products).  Katakana and Latin words in general were tried too: they
#: chose 1.8× as many sentences for one more NER mention over the score sets (bench/profile_bench.py).
NAME_LIKE_TAG = "固有名詞"


def needs_ner(words: Iterable[tuple[int, int, str, str]], text: str, known: re.Pattern[str]) -> bool:
    """Whether a sentence has a proper noun outside every known name: only then can GiNZA's NER
    add a mention the stronger sources (lexicon, patterns, people before a title) would not find.

    ``words`` are (start, end, text, Sudachi tag) with offsets in ``text``.
    """
    spans = [(m.start(), m.end()) for m in known.finditer(text)]
    for start, end, _word, tag in words:
        if NAME_LIKE_TAG in tag:
            if not any(s <= start and end <= e for s, e in spans):
                return True
    return False


def _recognise_where_needed(nlp: Any, docs: list[Any], known: re.Pattern[str]) -> None:
    """Run the NER component on the sentences of ``docs`` that :func:`needs_ner`, and set their entities.

    Each chosen sentence becomes a Doc of its own that keeps its slice of the document's tok2vec
    output (``Span.as_doc`` copies ``doc.tensor``), so NER sees the same features as in a full run.
    """
    from spacy.tokens import Span

    ner = nlp.get_pipe("ner")
    chosen: list[tuple[Any, Any]] = []
    for doc in docs:
        for start, end in split_sentences(doc.text):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            words = [(t.idx - span.start_char, t.idx - span.start_char + len(t.text), t.text, t.tag_)
                     for t in span]
            if needs_ner(words, span.text, known):
                chosen.append((doc, span))
    found = ner.pipe([span.as_doc() for _, span in chosen], batch_size=NLP_BATCH)
    ents: dict[int, list[Any]] = {}
    for (doc, span), sdoc in zip(chosen, found, strict=True):
        ents.setdefault(id(doc), []).extend(
            Span(doc, span.start + e.start, span.start + e.end, label=e.label) for e in sdoc.ents)
    for doc in docs:
        doc.set_ents(ents.get(id(doc), []), default="outside")


def parse_documents(docs: Iterable[Document], batch_size: int = BATCH_DOCS,
                    cache: ParseCache | None = None, profile: Profile = DEFAULT_PROFILE
                    ) -> Iterator[ParsedDocument]:
    """Parse a document stream batch by batch; yields one ParsedDocument at a time, in order."""
    for batch in batches(docs, max_docs=batch_size):
        yield from parse_batch(batch, cache, profile)
