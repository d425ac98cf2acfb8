"""Stage 1 of the pipeline: input files → :class:`kg.model.Document`.

Everything later stages see comes through here, so this module owns all the
hostility of real input: unknown encodings, binary files renamed ``.txt``, HTML
saved as text, CRLF line ends, web-scrape debris and bad JSONL lines.

Cleaning never loses the way back: each cleaning step is a list of
non-overlapping edits (deletions or short replacements) on its input, applied
in one linear pass that also records, for every output character, the index of
the input character it came from.  The steps' maps are composed, so
``Document.offsets[i]`` is the index in the *original decoded text* of cleaned
character ``i`` and evidence spans map back exactly.  Offsets are strictly
increasing; a kept character maps to itself, a ``\\r\\n`` keeps its ``\\n``, a
lone ``\\r`` becomes ``\\n`` mapped to the ``\\r``, and a decoded HTML entity maps
to the entity's start.

Encoding detection (when no ``encoding`` is given), in order:

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) decides;
2. 7-bit bytes with ISO-2022-JP escape sequences are ISO-2022-JP (``iso2022_jp``, or the
   first of its variants ``_ext``, ``_2``, ``_2004`` that decodes them);
3. strict UTF-8;
4. strict cp932 (Windows Shift_JIS) and strict EUC-JP; if both decode, the one
   whose text scores higher wins, where hiragana count 2, katakana and kanji 1,
   half-width katakana -1 and private-use, replacement and control characters
   -3 (EUC-JP bytes read as cp932 turn hiragana into half-width katakana; ties
   go to cp932).  A decoding more than 1% private-use or control characters is
   no decoding at all (cp932 maps stray bytes 0xFD-0xFF to private-use code points);
5. otherwise the file cannot be decoded: a warning (an error with ``strict``).

Text that still looks wrong after decoding (ISO-2022-JP escapes in it, or, with an explicit
``encoding``, far less Japanese than the detected encoding reads) gets a warning naming the
``--encoding`` to use (:func:`misdecoding_hint`).

HTML (detected from its markup, or any ``.html``/``.htm`` file) is reduced to its text: tags
go (quoted attribute values may hold ``<`` and ``>``), block elements become line breaks,
entities are decoded, and scripts, styles, comments and page furniture (``<nav>``, ``<aside>``,
``<footer>``, a ``<header>`` outside ``<article>``/``<main>``, ARIA navigation roles …) are
dropped whole, all through the same offset-keeping edits.

``-`` as a path is standard input.

UTF-16 without a BOM is only read when given explicitly (``encoding="utf-16-le"``):
without one its NUL bytes are indistinguishable from a binary file.
"""

from __future__ import annotations

import codecs
import dataclasses
import hashlib
import html
import io
import json
import logging
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from kg.dates import checked_date, find_dateline, split_front_matter
from kg.errors import KgError, KgUsageError
from kg.model import Document

__all__ = [
    "Cleaned",
    "TICKER_SUFFIXES",
    "clean_text",
    "decode_bytes",
    "discover",
    "display_path",
    "make_document",
    "read_documents",
    "split_for_parser",
]

log = logging.getLogger("kg.read")

Warn = Callable[[str], None]

HTML_SUFFIXES: frozenset[str] = frozenset({".html", ".htm"})
TEXT_SUFFIXES: frozenset[str] = frozenset({".txt", ".md"}) | HTML_SUFFIXES
#: Text files whose YAML front matter (``---`` … ``---``) gives title, date and URL.
MARKDOWN_SUFFIXES: frozenset[str] = frozenset({".md", ".markdown"})
#: The path that means standard input, as in most command-line tools (``./-`` names a file "-").
STDIN = "-"
STDIN_NAME = "<stdin>"
JSONL_SUFFIX = ".jsonl"
FORMATS: tuple[str, ...] = ("text", "jsonl")
TITLE_MAX = 300

#: Exchange suffixes of Reuters-style tickers (``9988.HK``, ``NVDA.O``).  Single letters are
#: limited to T, O, N, F and L so that ordinary parentheses such as ``(U.S)`` stay text.
TICKER_SUFFIXES: tuple[str, ...] = (
    # Japan, Hong Kong, mainland China, Korea, Taiwan
    "T", "OS", "NG", "FU", "SP", "HK", "SZ", "SS", "SH", "KS", "KQ", "TW", "TWO",
    # United States (Nasdaq .O/.OQ, NYSE .N), Canada
    "O", "OQ", "N", "TO",
    # Europe
    "F", "DE", "L", "PA", "AS", "MI", "MC", "SW", "ST", "CO", "HE", "OL", "BR", "LS", "VI", "IR",
    # Asia-Pacific, India, others
    "AX", "NZ", "SI", "BO", "NS", "JK", "KL", "BK", "SA", "MX", "TA", "IS", "JO",
    # Reuters code for unlisted companies (``HWT.UL``)
    "UL",
)  # fmt: skip

_SUFFIX_ALT = "|".join(sorted(TICKER_SUFFIXES, key=lambda s: (-len(s), s)))
_HSPACE = "[ \\t\\u3000]"

#: A ticker in ASCII or full-width parentheses right after a name, e.g. ``(9988.HK)``, or in angle
#: brackets as wire copy writes it (``米ゼロックス<XRX.N>``), optionally followed by the scrape
#: debris ``, opens new tab``.  The base is 1-10 letters, digits or hyphens starting with a letter
#: or digit; the suffix one of TICKER_SUFFIXES.
TICKER_RE = re.compile(
    rf"(?:[(（][ ]?(?P<t>[0-9A-Za-z][0-9A-Za-z-]{{0,9}}\.(?:{_SUFFIX_ALT}))[ ]?[)）]"
    rf"|[<＜](?P<a>[0-9A-Za-z][0-9A-Za-z-]{{0,9}}\.(?:{_SUFFIX_ALT}))[>＞])"
    r"(?:,?[ \t]*opens new tab)?"
)
#: A Japanese securities code in angle brackets right after a name, as wire and market news write
#: it: ``楽天<4755>``, ``ＴＢＳ＜9401＞``.  The code is the same on every Japanese exchange; it is
#: lifted as a Tokyo ticker (``4755.T``) so that it meets the Reuters-style ``(4755.T)``.
JP_CODE_RE = re.compile(r"(?<=[^\s<＜])[ ]?[<＜](?P<t>[0-9]{3}[0-9A-Z])(?:\.T)?[>＞]")
#: A Reuters-style ticker glued to the name before it, its parentheses lost in the scrape:
#: ``アムジェンAMGN.O``, ``トヨタ自動車7203.T``.  Capitals or a four-digit code, right after a
#: Japanese character, with a suffix of TICKER_SUFFIXES and no letter or digit after it.
GLUED_TICKER_RE = re.compile(
    rf"(?<=[ァ-ヴー一-龥々])(?P<t>(?:[A-Z]{{1,5}}|[0-9]{{4}})\.(?:{_SUFFIX_ALT}))(?![0-9A-Za-z])"
)
#: Reuters instrument codes in brackets: ``[RIC:RIC:HWT.UL]``.
RIC_RE = re.compile(r"\[RIC:(?:RIC:)?(?P<t>[^\[\]\s]{1,24})\](?:,?[ \t]*opens new tab)?")
_NEW_TAB_RE = re.compile(r"[oO]pens [nN]ew [tT]ab")
_GRAPHIC_LINE_RE = re.compile(rf"(?m)^{_HSPACE}*(?:グラフィック{_HSPACE}*)+$\n*")
_CAPTION_START_RE = re.compile("写真は")
_AGENCY = (
    r"(?:ロイター|REUTERS|Reuters|共同通信|共同|時事|AFP|AP|Bloomberg|ブルームバーグ|Getty Images|Getty)"
)
_CREDIT_RE = re.compile(rf"[(（][^()（）\n]{{0,60}}?{_AGENCY}[^()（）\n]{{0,80}}[)）]")
_CREDIT_LINE_RE = re.compile(
    rf"(?m)^{_HSPACE}*(?:"
    rf"[(（]\s*\d{{4}}年\s*{_AGENCY}[^()（）\n]{{0,80}}[)）]"
    rf"|[(（]{_HSPACE}*(?:(?:記者|編集|翻訳|取材|執筆|構成|日本語翻訳|翻訳編集){_HSPACE}*[:：]"
    r"|(?:Reporting|Editing|Writing|Additional reporting) by )[^\n]{0,300}[)）]"
    rf"){_HSPACE}*$\n?"
)
_CAPTION_WINDOW = 400

_HTML_DETECT_RE = re.compile(
    r"<!doctype\s+html|<(?:html|head|body|p|div|br|article|section|table|h[1-6])(?=[\s/>])", re.IGNORECASE
)
#: One HTML token: a comment opener, a tag, a doctype or processing instruction, an entity, or
#: white space that HTML collapses.  A quoted attribute value may hold ``<`` and ``>``
#: (``<img alt="a > b">``); a tag whose quote never closes falls back to ending at its first ``>``.
_HTML_TOKEN_RE = re.compile(
    r"<!--"
    r"|<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9:-]*)(?=[\s/>])"
    r"(?P<attrs>(?:[^<>\"']|\"[^\"]{0,4096}\"|'[^']{0,4096}')*|[^<>]*)>"
    r"|<![^<>]*>|<\?[^<>]*>"
    r"|&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?"
    r"|[ \t\n\f]{2,}|\n"
)
_HTML_BLOCK = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table title tr ul body html head".split()
)
_HTML_CELL = frozenset({"td", "th"})
#: Raw-text elements: their content is not text, and dropped up to the closing tag.
_HTML_DROP = frozenset({"script", "style", "noscript", "template"})
#: Navigation and page furniture: menus, side bars, footers, buttons, embedded objects.  Their
#: text would become mentions (a menu of company names), so a whole element is dropped when its
#: closing tag is found; ``<header>`` only outside ``<article>``/``<main>``, where it holds the
#: page's banner rather than the article's headline.
_HTML_BOILERPLATE = frozenset("nav aside footer menu button select svg iframe object canvas".split())
_HTML_CONTENT = frozenset({"article", "main"})
#: ARIA roles that mark the same furniture on a plain ``<div>`` (older sites).
_HTML_BOILERPLATE_ROLE_RE = re.compile(
    r"""(?i)(?:^|\s)role\s*=\s*["']?\s*(?:navigation|banner|contentinfo|complementary|search|menu|menubar)\b"""
)
_HTML_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_NEWLINE_RE = re.compile(r"\r\n?")
_NL_RUN_RE = re.compile(r"[ \t\u3000]*\n[ \t\u3000\n]*")

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE document"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"SQLite format 3\x00", "SQLite database"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: The escape sequences of ISO-2022-JP (RFC 1468) and its variants: JIS X 0208 (ESC $ @, ESC $ B),
#: JIS X 0212 / 0213 (ESC $ ( D, O, P, Q), JIS X 0201 Roman and katakana (ESC ( J, ESC ( I).
_ISO2022_ESC = r"\x1b(?:\$[@B]|\$\([DOPQ]|\([JI])"
_ISO2022_ESC_RE = re.compile(_ISO2022_ESC.encode())
_ISO2022_TEXT_RE = re.compile(_ISO2022_ESC)
_ISO2022_CODECS = ("iso2022_jp", "iso2022_jp_ext", "iso2022_jp_2", "iso2022_jp_2004")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
_HIRAGANA_RE = re.compile(r"[\u3041-\u309f]")
_JP_RE = re.compile(r"[\u30a0-\u30ff\u4e00-\u9fff]")
_HALFKANA_RE = re.compile(r"[\uff61-\uff9f]")
_BAD_RE = re.compile(r"[\ue000-\uf8ff\ufffd\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_SENT_END = "。！？!?\n"
_SOFT_BREAK = "、，,;； \t\u3000"
_CLOSERS = "」』）)】〕\"'”’"


class _Skip(Exception):
    """A file (or JSONL line) to skip with a warning, or to fail on with ``strict``."""

    def __init__(self, what: str, line: int | None = None) -> None:
        super().__init__(what)
        self.what = what
        self.line = line


# --------------------------------------------------------------------------- discovery


def _check_fmt(fmt: str | None) -> None:
    if fmt is not None and fmt not in FORMATS:
        raise KgUsageError(f"unknown input format {fmt!r} (expected one of: {', '.join(FORMATS)})")


def _wanted_suffixes(fmt: str | None) -> frozenset[str]:
    if fmt == "jsonl":
        return frozenset({JSONL_SUFFIX})
    if fmt == "text":
        return TEXT_SUFFIXES
    return TEXT_SUFFIXES | {JSONL_SUFFIX}


def _is_jsonl(path: Path, fmt: str | None) -> bool:
    return fmt == "jsonl" or (fmt is None and path.suffix.lower() == JSONL_SUFFIX)


def discover(
    paths: Sequence[str | Path], fmt: str | None = None, warn: Warn | None = None
) -> list[tuple[Path, str]]:
    """Expand files and directories into ``(file, doc id base)`` pairs, in a stable order.

    Directories are walked recursively (hidden entries and symlinked directories skipped) and
    their files sorted by relative path, so the same tree always yields the same documents.
    A directory contributes ``.txt``/``.md``/``.html``/``.htm`` and ``.jsonl`` files (only
    ``.jsonl`` when ``fmt="jsonl"``, only the others when ``fmt="text"``); a file named
    explicitly is always taken.  The id base is the path relative to the directory argument
    (POSIX), or the file name.  The same file reached twice is listed once.  ``-`` is standard
    input (id ``stdin``), read as text or, with ``fmt="jsonl"``, as JSONL.
    """
    _check_fmt(fmt)
    warn = warn or log.warning
    suffixes = _wanted_suffixes(fmt)
    out: list[tuple[Path, str]] = []
    seen: set[str] = set()
    for arg in paths:
        path = Path(arg)
        if is_stdin(path):
            if STDIN not in seen:
                seen.add(STDIN)
                out.append((path, "stdin"))
            continue
        if not path.exists():
            raise KgUsageError("path does not exist", str(arg))
        found: list[tuple[str, Path]] = []
        if path.is_dir():
            found = _walk(path, suffixes, warn)
            if not found:
                kinds = ", ".join(sorted(suffixes))
                raise KgUsageError(f"no input files ({kinds}) in directory", str(arg))
        elif path.is_file():
            found = [(path.name, path)]
        else:
            raise KgUsageError("not a regular file or directory", str(arg))
        for rel, file in found:
            key = os.path.realpath(file)
            if key in seen:
                continue
            seen.add(key)
            out.append((file, display_path(rel)))
    return out


def is_stdin(path: str | Path) -> bool:
    """Whether ``path`` is ``-``, standard input (``./-`` is a file of that name)."""
    return os.fspath(path) == STDIN


def display_path(path: str) -> str:
    """A path as text that any output can hold: name bytes that are not UTF-8 become ``\\xNN``.

    The OS hands such bytes (a Shift_JIS file name from a Windows zip, say) to Python as lone
    surrogates, which cannot be written as UTF-8; escaped, the name stays unique and readable.
    """
    if not _SURROGATE_RE.search(path):
        return path
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _walk(top: Path, suffixes: frozenset[str], warn: Warn) -> list[tuple[str, Path]]:
    errors: list[OSError] = []
    found: list[tuple[str, Path]] = []
    for root, dirs, files in os.walk(top, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.startswith(".") or os.path.splitext(name)[1].lower() not in suffixes:
                continue
            full = Path(root) / name
            if full.exists() and not full.is_file():
                warn(f"{display_path(str(full))}: skipped: not a regular file")
                continue
            found.append((full.relative_to(top).as_posix(), full))
    for err in errors:
        if err.filename == os.fspath(top):
            raise KgError(f"cannot read directory: {err.strerror}", str(top))
        warn(f"{display_path(str(err.filename))}: skipped: cannot read directory ({err.strerror})")
    found.sort(key=lambda item: item[0])
    return found


# --------------------------------------------------------------------------- decoding


def _normalise_encoding(encoding: str) -> str:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise KgUsageError(f"unknown encoding {encoding!r}") from None
    return "utf-8-sig" if name == "utf-8" else name


def _sniff_binary(data: bytes, encoding: str | None) -> str | None:
    """Name the kind of binary file ``data`` is, or None if it may be text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    wide = encoding is not None and encoding.startswith(("utf-16", "utf-32"))
    if not wide and not any(data.startswith(bom) for bom, enc in _BOMS if enc != "utf-8-sig"):
        if b"\x00" in data:
            return "NUL bytes"
    return None


def _score(text: str) -> int | None:
    """How Japanese a decoding looks, or None when over 1% of it is private-use/control junk.

    Counting is done with ``re.sub`` rather than lists, so it stays cheap on large files.
    """
    n = len(text)

    def count(rx: re.Pattern[str]) -> int:
        return n - len(rx.sub("", text))

    bad = count(_BAD_RE)
    if bad * 100 > n:
        return None
    return 2 * count(_HIRAGANA_RE) + count(_JP_RE) - count(_HALFKANA_RE) - 3 * bad


def decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode a file's bytes; return ``(text, encoding used)``.

    Raises ``_Skip`` for binary data and for bytes no detected encoding decodes, and
    ``KgError`` (no path; the caller adds it) when a given ``encoding`` does not fit.
    A leading U+FEFF is dropped, so offsets count from the first real character.
    """
    kind = _sniff_binary(data, encoding)
    if kind is not None:
        guess = _utf16_guess(data) if kind == "NUL bytes" and encoding is None else None
        if guess is not None:
            kind += f"; if it is {guess.upper()} text without a byte-order mark, use --encoding {guess}"
        raise _Skip(f"binary file ({kind})")
    if encoding is not None:
        enc = _normalise_encoding(encoding)
        try:
            text = data.decode(enc)
        except UnicodeDecodeError as exc:
            hint = _detected_hint(data)
            raise KgError(f"cannot decode as {encoding} (byte {exc.start}: {exc.reason}){hint}") from None
    else:
        text, enc = _detect(data)
    if text.startswith("\ufeff"):
        text = text[1:]
    sample = text[:8192]
    if sample:
        controls = len(sample) - len(_CONTROL_RE.sub("", sample))
        if "\x00" in sample or controls * 10 > len(sample):
            hint = _detected_hint(data) if encoding is not None else ""
            raise _Skip(f"binary file (control characters){hint}")
    return text, enc


#: What text mostly consists of: ASCII, kana, kanji, CJK and full-width punctuation.
_UTF16_TEXT_RE = re.compile(r"[\t\n\r\x20-\x7e\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]")


def _utf16_guess(data: bytes) -> str | None:
    """Which UTF-16 a BOM-less file with NUL bytes decodes as to Japanese-looking text, if any.

    Only used to make the "binary file" warning say what to do; such a file is still skipped.
    """
    sample = data[: 8192 & ~1]
    best: tuple[int, str] | None = None
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            continue
        plain = len(_UTF16_TEXT_RE.sub("", text))  # characters that are not ordinary text
        score = _score(text)
        if text and plain * 20 <= len(text) and score is not None and (best is None or score > best[0]):
            best = (score, enc)
    return None if best is None else best[1]


def _detected_hint(data: bytes) -> str:
    """``; it looks like <enc>: use --encoding <enc>`` when detection decodes ``data``, else ``""``."""
    try:
        _, enc = _detect(data)
    except _Skip:
        return ""
    return f"; it looks like {enc}: use --encoding {enc}"


def _iso2022(data: bytes) -> tuple[str, str] | None:
    """ISO-2022-JP text (mail archives, old press releases): 7-bit bytes with its escape sequences.

    Being 7-bit it is also valid ASCII, so it must be tried before UTF-8; the first of the
    variants (plain, with half-width katakana, with JIS X 0212, with JIS X 0213) that decodes
    the file strictly is used.
    """
    if not data.isascii() or _ISO2022_ESC_RE.search(data) is None:
        return None
    for enc in _ISO2022_CODECS:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return None


def misdecoding_hint(data: bytes, text: str, encoding: str, given: bool) -> str | None:
    """What to say when ``text`` (``data`` decoded as ``encoding``) looks mis-decoded, or None.

    ISO-2022-JP escape sequences left in the text always get a hint.  When the encoding was
    ``given``, the text is also compared with what detection reads: a detected encoding whose
    text looks much more Japanese (the score of the module doc) is named.
    """
    if _ISO2022_TEXT_RE.search(text):
        return f"looks like ISO-2022-JP read as {encoding} (its escape sequences are in the text): " \
               "use --encoding iso2022_jp"
    if not given:
        return None
    try:
        other, other_enc = _detect(data)
    except _Skip:
        return None
    if _normalise_encoding(other_enc) == _normalise_encoding(encoding):
        return None
    mine, theirs = _score(text), _score(other)
    if theirs is not None and theirs > 0 and (mine is None or theirs > 2 * mine + 10):
        return (f"looks mis-decoded as {encoding}; it reads as Japanese in {other_enc}: "
                f"use --encoding {other_enc}")
    return None


def _detect(data: bytes) -> tuple[str, str]:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise _Skip(
                    f"cannot decode: has a {enc} byte-order mark but byte {exc.start} is invalid"
                ) from None
    found = _iso2022(data)
    if found is not None:
        return found
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates: list[tuple[int, int, str, str]] = []
    for rank, enc in enumerate(("cp932", "euc_jp")):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _score(text)
        if score is not None:
            candidates.append((score, -rank, text, enc))
    if not candidates:
        guess = _utf16_guess(data)
        hint = "use --encoding" if guess is None else f"it looks like {guess.upper()}: use --encoding {guess}"
        raise _Skip(f"cannot decode: not UTF-8, UTF-16/32 with BOM, Shift_JIS or EUC-JP ({hint})")
    _, _, text, enc = max(candidates, key=lambda c: (c[0], c[1]))
    return text, enc


# --------------------------------------------------------------------------- offset-keeping edits

# An edit replaces text[start:end] by ``repl`` (at most end - start characters, so offsets stay
# strictly increasing); ``ticker`` marks a removed stock ticker whose cleaned position is recorded.
_Edit = tuple[int, int, str, "str | None"]


def _apply(text: str, edits: list[_Edit]) -> tuple[str, list[int] | None, list[tuple[int, str]]]:
    """Apply non-overlapping edits sorted by start in one pass; None map means identity."""
    if not edits:
        return text, None, []
    parts: list[str] = []
    offsets: list[int] = []
    tickers: list[tuple[int, str]] = []
    pos = 0
    out_len = 0
    for start, end, repl, ticker in edits:
        if start > pos:
            parts.append(text[pos:start])
            offsets.extend(range(pos, start))
            out_len += start - pos
        if ticker is not None:
            tickers.append((out_len, ticker))
        if repl:
            parts.append(repl)
            offsets.extend(min(start + k, end - 1) for k in range(len(repl)))
            out_len += len(repl)
        pos = end
    parts.append(text[pos:])
    offsets.extend(range(pos, len(text)))
    return "".join(parts), offsets, tickers


def _merge(edits: list[_Edit]) -> list[_Edit]:
    """Sort deletion edits and resolve overlaps: contained ones go, partial ones are trimmed."""
    edits.sort(key=lambda e: (e[0], -e[1]))
    merged: list[_Edit] = []
    end = 0
    for s, e, repl, ticker in edits:
        if e <= end:
            continue
        if s < end:
            s, ticker = end, None
        merged.append((s, e, repl, ticker))
        end = e
    return merged


def _compose(outer: list[int] | None, inner: list[int] | None) -> list[int] | None:
    """Map through two steps: ``inner`` maps step-2 text to step-1 text, ``outer`` step-1 to input."""
    if outer is None:
        return inner
    if inner is None:
        return outer
    return list(map(outer.__getitem__, inner))


def _newline_edits(text: str) -> list[_Edit]:
    edits: list[_Edit] = []
    for m in _NEWLINE_RE.finditer(text):
        s = m.start()
        edits.append((s, s + 1, "" if m.end() - s == 2 else "\n", None))
    return edits


@dataclasses.dataclass(frozen=True, slots=True)
class _HtmlToken:
    """One token of an HTML text: ``kind`` is "tag", "drop" (a comment or a raw-text element with
    its content), "entity" or "space"."""

    start: int
    end: int
    kind: str
    name: str = ""
    closing: bool = False
    attrs: str = ""


def _html_tokens(text: str) -> list[_HtmlToken]:
    """The tokens of ``text`` in order, in one linear pass.

    Hand-written rather than :mod:`html.parser`: that parser reports where a token starts as a
    line and column, and neither where an end tag or entity ends nor what a collapsed run of
    white space was, while the offset map (module doc) needs the exact span of every token.
    """
    tokens: list[_HtmlToken] = []
    pos = 0
    n = len(text)
    while True:
        m = _HTML_TOKEN_RE.search(text, pos)
        if m is None:
            break
        s, e = m.start(), m.end()
        tok = m.group()
        if tok == "<!--":
            close = text.find("-->", e)
            e = n if close == -1 else close + 3
            tokens.append(_HtmlToken(s, e, "drop"))
        elif tok[0] == "<":
            name = (m.group("name") or "").lower()
            closing = bool(m.group("close"))
            if name in _HTML_DROP and not closing:
                cm = re.compile(rf"</{name}\s*>", re.IGNORECASE).search(text, e)
                e = n if cm is None else cm.end()
                tokens.append(_HtmlToken(s, e, "drop"))
            else:
                tokens.append(_HtmlToken(s, e, "tag", name, closing, m.group("attrs") or ""))
        elif tok[0] == "&":
            tokens.append(_HtmlToken(s, e, "entity"))
        else:
            tokens.append(_HtmlToken(s, e, "space"))
        pos = e
    return tokens


def _element_ends(tokens: list[_HtmlToken]) -> dict[int, int]:
    """For each start tag (by token index) the index of its closing tag, where there is one.

    Each element name has its own stack, so an unclosed ``<p>`` or ``<li>`` (which HTML allows)
    never makes a ``<nav>`` swallow the page; void and self-closed elements have no end.
    """
    ends: dict[int, int] = {}
    open_by_name: dict[str, list[int]] = {}
    for i, tok in enumerate(tokens):
        if tok.kind != "tag" or not tok.name or tok.name in _HTML_VOID:
            continue
        stack = open_by_name.setdefault(tok.name, [])
        if tok.closing:
            if stack:
                ends[stack.pop()] = i
        elif not tok.attrs.rstrip().endswith("/"):
            stack.append(i)
    return ends


def _is_boilerplate(tok: _HtmlToken, in_content: bool) -> bool:
    if tok.name in _HTML_BOILERPLATE or (tok.name == "header" and not in_content):
        return True
    return _HTML_BOILERPLATE_ROLE_RE.search(tok.attrs) is not None


def _html_edits(text: str) -> list[_Edit]:
    """Strip tags, drop script/style bodies and page furniture, decode entities; blocks become newlines."""
    tokens = _html_tokens(text)
    ends = _element_ends(tokens)
    edits: list[_Edit] = []
    content_depth = 0  # open <article>/<main> elements
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        s, e = tok.start, tok.end
        if tok.kind == "drop":
            edits.append((s, e, "", None))
        elif tok.kind == "tag":
            if tok.name in _HTML_CONTENT:
                content_depth = max(0, content_depth + (-1 if tok.closing else 1))
            if not tok.closing and i in ends and _is_boilerplate(tok, content_depth > 0):
                i = ends[i]
                edits.append((s, tokens[i].end, "\n", None))
            elif tok.name in _HTML_BLOCK:
                edits.append((s, e, "\n", None))
            elif tok.name in _HTML_CELL:
                edits.append((s, e, " ", None))
            else:
                edits.append((s, e, "", None))
        elif tok.kind == "entity":
            raw = text[s:e]
            repl = html.unescape(raw)
            if repl != raw and len(repl) <= len(raw):
                edits.append((s, e, repl, None))
        elif text[s:e] != " " * (e - s):  # whitespace run or source newline: HTML collapses it to a space
            edits.append((s, e, " ", None))
        elif e - s > 1:
            edits.append((s + 1, e, "", None))
        i += 1
    return edits


def _tidy_edits(text: str) -> list[_Edit]:
    """After HTML stripping: no spaces around line breaks, at most one blank line, no edge blanks."""
    edits: list[_Edit] = []
    n = len(text)
    for m in _NL_RUN_RE.finditer(text):
        s, e = m.start(), m.end()
        if s == 0 or e == n:
            edits.append((s, e, "", None))
            continue
        keep = [i for i in range(s, e) if text[i] == "\n"][:2]
        prev = s
        for i in keep:
            if i > prev:
                edits.append((prev, i, "", None))
            prev = i + 1
        if e > prev:
            edits.append((prev, e, "", None))
    lead = len(text) - len(text.lstrip())
    if lead:
        edits.append((0, lead, "", None))
    return _merge(edits)


def _back_over_space(text: str, pos: int) -> int:
    """Start of the run of horizontal white space ending at ``pos`` (regexes stay literal-led)."""
    while pos > 0 and text[pos - 1] in " \t\u3000\xa0":
        pos -= 1
    return pos


def _debris_edits(text: str) -> list[_Edit]:
    """Web-scrape debris to delete, and tickers to lift out of the text (see module doc).

    Every pattern starts with a literal so the regex engine can skip ahead; white space before a
    ticker or ``opens new tab`` is found by walking back, which keeps the whole pass linear.
    """
    edits: list[_Edit] = []
    for rx in (TICKER_RE, RIC_RE, GLUED_TICKER_RE):
        for m in rx.finditer(text):
            edits.append((_back_over_space(text, m.start()), m.end(), "", m.group("t") or m.group("a")))
    for m in JP_CODE_RE.finditer(text):
        edits.append((m.start(), m.end(), "", m.group("t") + ".T"))
    for m in _NEW_TAB_RE.finditer(text):
        s = _back_over_space(text, m.start())
        if s > 0 and text[s - 1] == ",":
            s = _back_over_space(text, s - 1)
        edits.append((s, m.end(), "", None))
    for rx in (_GRAPHIC_LINE_RE, _CREDIT_LINE_RE):
        for m in rx.finditer(text):
            if m.end() > m.start():
                edits.append((m.start(), m.end(), "", None))
    n = len(text)
    for m in _CAPTION_START_RE.finditer(text):
        s = _back_over_space(text, m.start())
        at_line_start = s == 0 or text[s - 1] == "\n"
        if not (at_line_start or text[s - 1] in "。！？!?"):
            continue
        line_end = text.find("\n", s)
        line_end = n if line_end == -1 else line_end
        credit = _CREDIT_RE.search(text, m.end(), min(line_end, m.end() + _CAPTION_WINDOW))
        if credit is not None:
            e = credit.end()
            while e < line_end and text[e] in " \t\u3000":
                e += 1
        elif at_line_start:
            stop = text.find("。", m.end(), line_end)
            e = line_end if stop == -1 else stop + 1
        else:
            continue
        if at_line_start and e == line_end and line_end < n:
            e += 1
        edits.append((s, e, "", None))
    return _merge(edits)


#: Full-width Latin letters and digits (ＩＨＩ原動機, ＥＶ, ２０２５年), as many newspapers write them, read
#: as their ASCII forms: every rule, lexicon and NER span sees one spelling. Punctuation is left as
#: written (the rules read both （ and ().
_FULL_WIDTH_ALNUM = ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))  # ０-９, Ａ-Ｚ, ａ-ｚ
HALF_WIDTH = str.maketrans(
    {chr(c): chr(c - 0xFEE0) for first, last in _FULL_WIDTH_ALNUM for c in range(first, last + 1)}
    | {"＆": "&"}
)

#: Radical characters that text copied out of PDFs puts where kanji belong (代表取締役会⻑執⾏役員,
#: 完全⼦会社化): read as the kanji they look like, one for one. Kangxi radicals (U+2F00–U+2FD5) take
#: their NFKC form; the CJK Radicals Supplement has no decomposition in Unicode's data, so the ones a
#: Japanese text may hold are listed with their equivalents from Unicode's
#: EquivalentUnifiedIdeograph.txt (a file Python's unicodedata does not ship).
_RADICAL_SUPPLEMENT = {
    "⺟": "母", "⺠": "民", "⺮": "竹", "⻄": "西", "⻆": "角", "⻑": "長", "⻘": "青", "⻝": "食",
    "⻤": "鬼", "⻨": "麦", "⻩": "黄", "⻫": "斉", "⻭": "歯", "⻯": "竜", "⻲": "亀",
}
RADICALS = str.maketrans(
    {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0x2F00, 0x2FD6)} | _RADICAL_SUPPLEMENT
)


@dataclasses.dataclass(frozen=True)
class Cleaned:
    """Cleaned text, its map back to the original, and lifted tickers."""

    text: str
    offsets: tuple[int, ...]
    tickers: tuple[tuple[int, str], ...]
    html: bool


def clean_text(original: str, html: bool | None = None) -> Cleaned:
    """Clean decoded file text in linear time, keeping an exact map back to ``original``.

    ``html`` says whether the text is HTML (a ``.html`` file); None detects it from the markup.
    """
    text, offsets, _ = _apply(original, _newline_edits(original))
    is_html = _HTML_DETECT_RE.search(text) is not None if html is None else html
    if is_html:
        text, step, _ = _apply(text, _merge(_html_edits(text)))
        offsets = _compose(offsets, step)
        text, step, _ = _apply(text, _tidy_edits(text))
        offsets = _compose(offsets, step)
    text, step, tickers = _apply(text, _debris_edits(text))
    offsets = _compose(offsets, step)
    text = text.translate(HALF_WIDTH).translate(RADICALS)  # one character for one: the offsets stay
    text = _ascii_punctuation(text)  # one for one too
    if not text.strip():
        return Cleaned("", (), (), is_html)
    final = tuple(range(len(text))) if offsets is None else tuple(offsets)
    return Cleaned(text, final, tuple(tickers), is_html)


#: A comma or full stop of technical writing (半導体事業を,台湾の / 発表した．) after Japanese text.
_JA_BEFORE = "[ぁ-ゖァ-ヺー一-龥々〆ヶ」』）)]"
_TECH_COMMA_RE = re.compile(f"(?<={_JA_BEFORE})[,，](?=[^\\s\\d])")
_TECH_STOP_RE = re.compile(f"(?<={_JA_BEFORE})．(?=\\s|$|[ぁ-ゖァ-ヺ一-龥「（(A-Z])")


#: A middle dot between digits, as newspapers write a decimal point in a share (33・16%).
_DECIMAL_DOT_RE = re.compile(r"(?<=[0-9])・(?=[0-9]+(?:[%％]|パーセント))")


def _ascii_punctuation(text: str) -> str:
    """The comma and full stop of technical writing as news writes them (、 and 。), and a decimal
    point written as a middle dot (33・16% → 33.16%): the rules read those. Commas between digits
    (1,000) stay."""
    return _DECIMAL_DOT_RE.sub(".", _TECH_STOP_RE.sub("。", _TECH_COMMA_RE.sub("、", text)))


def _first_line(text: str) -> str:
    """First non-empty line, capped at TITLE_MAX characters (a 2 MB one-line file has no title)."""
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end
        line = text[pos : min(end, pos + 4 * TITLE_MAX)].strip()
        if line:
            return line[:TITLE_MAX].strip()
        pos = end + 1
    return ""


def make_document(
    doc_id: str,
    path: str,
    original: str,
    title: str | None = None,
    date: object = None,
    url: str | None = None,
    html: bool | None = None,
    *,
    body_start: int = 0,
    warn: Warn | None = None,
    where: str | None = None,
) -> Document:
    """Build a Document from decoded text (also used by the Python API for raw strings).

    ``date`` is the article's date from metadata (JSONL, front matter), checked with
    :func:`kg.dates.parse_date`; without a valid one, the text's dateline gives it, if it has
    one (:func:`kg.dates.find_dateline`). A bad date is reported through ``warn``, naming
    ``where`` (default: the path and the id). The article starts at ``body_start`` of
    ``original`` (after front matter); offsets still count from the start of ``original``.
    ``html`` says whether the text is HTML (None: detect).
    """
    where = where or (path if path.endswith(doc_id) else f"{path}: article {doc_id!r}")
    emit = warn or log.warning
    cleaned = clean_text(original[body_start:] if body_start else original, html)
    offsets = cleaned.offsets
    if body_start:
        offsets = tuple(i + body_start for i in offsets)
    if title is None or not title.strip():
        title = _first_line(cleaned.text)
    known = checked_date(date, where, emit)
    if known is None:
        known = _dateline_date(cleaned.text, where, emit)
    return Document(
        id=doc_id,
        path=path,
        text=cleaned.text,
        offsets=offsets,
        title=title.strip(),
        date=known,
        url=url,
        tickers=cleaned.tickers,
    )


def _dateline_date(text: str, where: str, warn: Warn) -> str | None:
    """The date of the text's dateline; a dateline with an impossible date is reported."""
    found = find_dateline(text)
    if found is None:
        return None
    if found.date is None:
        warn(f"{where}: bad date: the dateline {found.text!r} is not a valid date ({found.problem});"
             " the date is left unknown")
    return found.date


# --------------------------------------------------------------------------- reading


def read_documents(
    paths: Sequence[str | Path],
    encoding: str | None = None,
    fmt: str | None = None,
    strict: bool = False,
    warn: Warn | None = None,
) -> Iterator[Document]:
    """Stream the Documents of ``paths``, one file (or JSONL line) in memory at a time.

    Usage errors (missing path, empty directory, unknown encoding or format) are raised here,
    before iteration starts.  Unreadable, binary and undecodable files and bad JSONL lines are
    reported through ``warn`` and skipped, or raise :class:`KgError` when ``strict``.  A given
    ``encoding`` that does not fit a file is always an error.  Duplicate document ids are
    warned about: an exact duplicate (same id and text) is dropped, a different text with a
    taken id gets ``~2``, ``~3``… appended.
    """
    _check_fmt(fmt)
    if encoding is not None:
        _normalise_encoding(encoding)
    emit = warn or log.warning
    files = discover(paths, fmt=fmt, warn=emit)
    return _iter_documents(files, encoding, fmt, strict, emit)


def _iter_documents(
    files: list[tuple[Path, str]], encoding: str | None, fmt: str | None, strict: bool, warn: Warn
) -> Iterator[Document]:
    ids = UniqueIds()
    for path, base in files:
        for where, doc in read_file(path, base, encoding, fmt, strict, warn):
            unique = ids.admit(doc, where, warn)
            if unique is not None:
                yield unique


def read_file(
    path: Path, base: str, encoding: str | None, fmt: str | None, strict: bool, warn: Warn,
    lines: tuple[int, int, int] | None = None,
) -> Iterator[tuple[str, Document]]:
    """The ``(where, Document)`` pairs of one file (one per JSONL line), ids not yet made unique.

    ``lines`` = (first byte, end byte, number of the first line) reads only the JSONL lines that
    start in that byte range (one :class:`JsonlLines` unit); a problem with the file as a whole
    is then reported by the unit that starts at byte 0 only.
    """
    shown = STDIN_NAME if is_stdin(path) else display_path(path.as_posix())
    try:
        if _is_jsonl(path, fmt):
            docs = _read_jsonl(path, shown, encoding, strict, warn, lines)
        else:
            docs = iter([(None, _read_text(path, shown, base, encoding, warn))])
        for lineno, doc in docs:
            yield (shown if lineno is None else f"{shown}:{lineno}"), doc
    except _Skip as skip:
        if lines is not None and lines[0] > 0:
            return
        if strict:
            raise KgError(skip.what, shown, skip.line) from None
        where = f"{shown}:{skip.line}" if skip.line is not None else shown
        warn(f"{where}: skipped: {skip.what}")
    except KgError as err:
        if err.path is None:
            raise KgError(err.message, shown, err.line) from None
        raise


class UniqueIds:
    """Document ids seen so far: an exact duplicate is dropped, a different text with a taken id renamed."""

    def __init__(self) -> None:
        self.ids: dict[str, bytes] = {}  # id -> digest of its text

    def admit(self, doc: Document, where: str, warn: Warn) -> Document | None:
        """``doc`` (renamed ``id~2``… if its id is taken by another text), or None for an exact duplicate."""
        return _unique_id(doc, self.ids, where, warn)


def _unique_id(doc: Document, ids: dict[str, bytes], where: str, warn: Warn) -> Document | None:
    digest = hashlib.blake2b(doc.text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
    if doc.id not in ids:
        ids[doc.id] = digest
        return doc
    if ids[doc.id] == digest:
        warn(f"{where}: duplicate document id {doc.id!r} with the same text: skipped")
        return None
    n = 2
    while f"{doc.id}~{n}" in ids:
        n += 1
    new_id = f"{doc.id}~{n}"
    ids[new_id] = digest
    warn(f"{where}: duplicate document id {doc.id!r}: renamed to {new_id!r}")
    return dataclasses.replace(doc, id=new_id)


def _open_binary(path: Path) -> BinaryIO:
    """The file (or, for ``-``, everything on standard input) as a seekable binary stream."""
    try:
        if is_stdin(path):
            return io.BytesIO(sys.stdin.buffer.read())
        return open(path, "rb")  # noqa: SIM115 - the caller closes it
    except OSError as exc:
        raise _Skip(f"cannot read ({exc.strerror or exc})") from None


def _read_bytes(path: Path) -> bytes:
    try:
        return sys.stdin.buffer.read() if is_stdin(path) else path.read_bytes()
    except OSError as exc:
        raise _Skip(f"cannot read ({exc.strerror or exc})") from None


def _read_text(path: Path, shown: str, doc_id: str, encoding: str | None, warn: Warn) -> Document:
    data = _read_bytes(path)
    text, used = decode_bytes(data, encoding)
    hint = misdecoding_hint(data, text, used, given=encoding is not None)
    if hint is not None:
        warn(f"{shown}: {hint}")
    html = True if path.suffix.lower() in HTML_SUFFIXES else None
    front = split_front_matter(text, shown, warn) if path.suffix.lower() in MARKDOWN_SUFFIXES else None
    if front is None:
        doc = make_document(doc_id, shown, text, html=html, warn=warn, where=shown)
    else:
        doc = make_document(doc_id, shown, text, title=front.title, date=front.date, url=front.url,
                            html=html, body_start=front.end, warn=warn, where=shown)
    if not text.strip():
        warn(f"{shown}: {'empty' if not text else 'whitespace-only'} file: nothing to extract")
    elif not doc.text:
        warn(f"{shown}: no text left after cleaning")
    return doc


def _read_jsonl(
    path: Path, shown: str, encoding: str | None, strict: bool, warn: Warn,
    lines: tuple[int, int, int] | None = None,
) -> Iterator[tuple[int, Document]]:
    """One Document per JSON object line; bad lines warn with their number (fatal if strict).

    ``lines`` = (first byte, end byte, first line number) limits it to the lines starting in that
    range; a UTF-16/32 file is never cut (see :func:`jsonl_units`).
    """
    enc = _normalise_encoding(encoding) if encoding else "utf-8-sig"
    fh = _open_binary(path)  # closed in finally; lines are streamed
    try:
        head = fh.read(8192)
        kind = _sniff_binary(head, enc)
        if kind is not None:
            raise _Skip(f"binary file ({kind})")
        fh.seek(0)
        wide = enc if enc.startswith(("utf-16", "utf-32")) else None
        if wide is None:
            for bom, bom_enc in _BOMS:  # UTF-32 marks come first: FF FE 00 00 also starts UTF-16
                if bom_enc != "utf-8-sig" and head.startswith(bom):
                    wide = bom_enc
                    break
        if wide is None and lines is not None:
            numbered = _byte_range_lines(fh, enc, *lines)
        else:
            numbered = _byte_lines(fh, enc) if wide is None else _wide_lines(fh, wide)
        for lineno, line in numbered:
            try:
                if line is None:
                    raise _Skip(f"not valid {enc}", lineno)
                if not line.strip():
                    continue
                yield lineno, _jsonl_record(line, shown, lineno, warn)
            except _Skip as skip:
                if strict:
                    raise KgError(skip.what, shown, lineno) from None
                warn(f"{shown}:{lineno}: skipped: {skip.what}")
    except OSError as exc:
        raise _Skip(f"cannot read ({exc.strerror or exc})") from None
    finally:
        fh.close()


def _byte_lines(fh, enc: str) -> Iterator[tuple[int, str | None]]:
    for lineno, raw in enumerate(fh, start=1):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            yield lineno, None
            continue
        yield lineno, text.lstrip("\ufeff") if lineno == 1 else text


def _byte_range_lines(fh, enc: str, start: int, end: int, first: int) -> Iterator[tuple[int, str | None]]:
    """The lines starting in bytes [start, end), numbered from ``first`` (``start`` begins a line)."""
    fh.seek(start)
    pos, lineno = start, first
    while pos < end:
        raw = fh.readline()
        if not raw:
            return
        pos += len(raw)
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            yield lineno, None
        else:
            yield lineno, text.lstrip("\ufeff") if lineno == 1 else text
        lineno += 1


def _wide_lines(fh, enc: str) -> Iterator[tuple[int, str | None]]:
    reader = io.TextIOWrapper(fh, encoding=enc, newline=None)
    lineno = 0
    try:
        for lineno, text in enumerate(reader, start=1):  # noqa: B007 - lineno used after the loop
            yield lineno, text.lstrip("\ufeff") if lineno == 1 else text
    except UnicodeDecodeError as exc:
        raise _Skip(f"cannot decode as {enc} after line {lineno} ({exc.reason})", lineno + 1) from None
    finally:
        reader.detach()


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _replace_surrogates(record: dict) -> tuple[dict, int]:
    """JSON may escape a lone UTF-16 surrogate (``"\\ud800"``), which no file can hold.

    Left in, it fails at the first UTF-8 encode (the parser, the cache, every exporter), so each
    becomes U+FFFD: one character for one, keeping every offset.
    """
    count = 0

    def fix(value: object) -> object:
        nonlocal count
        if isinstance(value, str):
            new, n = _SURROGATE_RE.subn("\ufffd", value)
            count += n
            return new
        return value

    return {fix(k): fix(v) for k, v in record.items()}, count


def _opt_str(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _Skip(f'"{key}" must be a string')
    return value


def _jsonl_record(line: str, shown: str, lineno: int, warn: Warn) -> Document:
    try:
        record = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as exc:
        iso2022 = _ISO2022_TEXT_RE.search(line) is not None
        hint = "; the file looks like ISO-2022-JP: use --encoding iso2022_jp" if iso2022 else ""
        raise _Skip(f"invalid JSON: {exc.msg} (column {exc.colno}){hint}") from None
    except RecursionError:
        raise _Skip("invalid JSON: nested too deeply") from None
    if not isinstance(record, dict):
        raise _Skip("not a JSON object")
    record, replaced = _replace_surrogates(record)
    if replaced:
        warn(f"{shown}:{lineno}: {replaced} lone surrogate escape(s) (\\udXXX) replaced by U+FFFD")
    rid = record.get("id")
    if isinstance(rid, int) and not isinstance(rid, bool):
        rid = str(rid)
    if not isinstance(rid, str) or not rid.strip():
        raise _Skip('missing or empty "id" (a string or integer)')
    if "text" not in record:
        raise _Skip('missing "text"')
    text = _opt_str(record, "text") or ""
    title = _opt_str(record, "title")
    date = record.get("date")
    url = _opt_str(record, "url")
    doc = make_document(rid, shown, text, title=title, date=date, url=url, warn=warn,
                        where=f"{shown}:{lineno}: article {rid!r}")
    if not doc.text:
        warn(f"{shown}:{lineno}: article {rid!r} has no text: nothing to extract")
    return doc


# --------------------------------------------------------------------------- read units
# A cluster reads its input itself: the client cuts the input into units a worker can read on
# its own (a few text files, or a byte range of lines of one JSONL file), and the worker reads,
# cleans, parses and searches them.  Ids are made unique where the build runs, in input order.

#: A unit holds at most this many documents (files or JSONL lines) or about this many bytes of input
#: (~20,000 characters of Japanese, ~10 s of parsing): small enough to spread a small corpus over
#: the workers, large enough that the scheduler's cost per task (about a millisecond) stays below 1%.
UNIT_DOCS = 8
UNIT_BYTES = 64_000


@dataclasses.dataclass(frozen=True)
class TextFiles:
    """Whole text files (or JSONL files too small to cut), read one after the other."""

    files: tuple[tuple[str, str], ...]  # (path, document id base)

    def read(self, encoding: str | None, fmt: str | None, strict: bool, warn: Warn
             ) -> Iterator[tuple[str, Document]]:
        for path, base in self.files:
            yield from read_file(Path(path), base, encoding, fmt, strict, warn)

    def describe(self) -> str:
        return ", ".join(display_path(p) for p, _ in self.files)


@dataclasses.dataclass(frozen=True)
class JsonlLines:
    """The lines of one JSONL file that start in bytes [start, end); the first is line ``first_line``."""

    path: str
    base: str
    start: int
    end: int
    first_line: int

    def read(self, encoding: str | None, fmt: str | None, strict: bool, warn: Warn
             ) -> Iterator[tuple[str, Document]]:
        lines = (self.start, self.end, self.first_line)
        yield from read_file(Path(self.path), self.base, encoding, "jsonl", strict, warn, lines)

    def describe(self) -> str:
        return f"{display_path(self.path)} from line {self.first_line}"


@dataclasses.dataclass(frozen=True)
class Texts:
    """Documents made from text handed to the Python API (there is no file to read)."""

    documents: tuple[Document, ...]

    def read(self, encoding: str | None, fmt: str | None, strict: bool, warn: Warn
             ) -> Iterator[tuple[str, Document]]:
        for doc in self.documents:
            yield doc.path, doc

    def describe(self) -> str:
        return ", ".join(d.path for d in self.documents)


ReadUnit = TextFiles | JsonlLines | Texts


def read_units(files: list[tuple[Path, str]], fmt: str | None, encoding: str | None,
               unit_docs: int | None = None, unit_bytes: int | None = None) -> Iterator[ReadUnit]:
    """Cut discovered files into units of at most ``unit_docs`` documents or about ``unit_bytes``
    (default :data:`UNIT_DOCS`, :data:`UNIT_BYTES`), in input order.

    Consecutive text files share a unit; a JSONL file is cut at line ends (its bytes are
    scanned here, one line in memory at a time), except a UTF-16/32 one, which is one unit.
    """
    unit_docs = unit_docs or UNIT_DOCS
    unit_bytes = unit_bytes or UNIT_BYTES
    group: list[tuple[str, str]] = []
    size = 0
    for path, base in files:
        if _is_jsonl(path, fmt) and not _wide_jsonl(path, encoding):
            if group:
                yield TextFiles(tuple(group))
                group, size = [], 0
            yield from jsonl_units(path, base, unit_docs, unit_bytes)
            continue
        group.append((str(path), base))
        size += _size(path)
        if size >= unit_bytes or len(group) >= unit_docs:
            yield TextFiles(tuple(group))
            group, size = [], 0
    if group:
        yield TextFiles(tuple(group))


def input_units(files: list[tuple[Path, str]], fmt: str | None, encoding: str | None, strict: bool,
                warn: Warn) -> Iterator[ReadUnit]:
    """:func:`read_units` of discovered files, except standard input, which only this process can
    read: its documents are read here, in their place in the input, as one :class:`Texts` unit."""
    rest: list[tuple[Path, str]] = []
    for path, base in files:
        if is_stdin(path):
            yield from read_units(rest, fmt, encoding)
            rest = []
            yield Texts(tuple(doc for _where, doc in read_file(path, base, encoding, fmt, strict, warn)))
        else:
            rest.append((path, base))
    yield from read_units(rest, fmt, encoding)


def jsonl_units(path: Path, base: str, unit_docs: int = UNIT_DOCS, unit_bytes: int = UNIT_BYTES
                ) -> Iterator[JsonlLines]:
    """Byte ranges of whole lines of a JSONL file, each of ``unit_docs`` lines or about ``unit_bytes``."""
    start = pos = 0
    first = lineno = 1
    try:
        with open(path, "rb") as fh:
            for raw in fh:
                pos += len(raw)
                lineno += 1
                if pos - start >= unit_bytes or lineno - first >= unit_docs:
                    yield JsonlLines(str(path), base, start, pos, first)
                    start, first = pos, lineno
    except OSError:
        pass  # the unit reading from byte 0 reports it
    if pos > start or start == 0:
        yield JsonlLines(str(path), base, start, max(pos, start + 1), first)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _wide_jsonl(path: Path, encoding: str | None) -> bool:
    """UTF-16/32 JSONL (by the given encoding or a byte-order mark): its lines cannot be cut by bytes."""
    if encoding is not None:
        return _normalise_encoding(encoding).startswith(("utf-16", "utf-32"))
    try:
        with open(path, "rb") as fh:
            head = fh.read(4)
    except OSError:
        return False
    return any(head.startswith(bom) for bom, enc in _BOMS if enc != "utf-8-sig")


# --------------------------------------------------------------------------- parser input


def split_for_parser(text: str, max_bytes: int = 40000) -> list[tuple[int, int]]:
    """Cut ``text`` into contiguous ``(start, end)`` spans of at most ``max_bytes`` UTF-8 bytes.

    SudachiPy (GiNZA's tokenizer) refuses inputs over 49,149 bytes, so long lines must be cut;
    cuts go after a sentence end (。！？!? or newline, plus any closing brackets) where one
    exists in the window, else after 、 or whitespace, else at the byte limit.  Linear time.
    """
    if max_bytes < 4:
        raise ValueError("max_bytes must be at least 4 (one UTF-8 character)")
    spans: list[tuple[int, int]] = []
    n = len(text)
    pos = 0
    while pos < n:
        window = text[pos : pos + max_bytes]
        raw = window.encode("utf-8")
        if len(raw) <= max_bytes:
            limit = pos + len(window)
        else:
            limit = pos + len(raw[:max_bytes].decode("utf-8", errors="ignore"))
        if limit >= n:
            spans.append((pos, n))
            break
        cut = _best_cut(text, pos, limit)
        spans.append((pos, cut))
        pos = cut
    return spans


def _best_cut(text: str, pos: int, limit: int) -> int:
    for chars in (_SENT_END, _SOFT_BREAK):
        best = max(text.rfind(c, pos, limit) for c in chars)
        if best >= pos:
            cut = best + 1
            while cut < limit and text[cut] in _CLOSERS:
                cut += 1
            return cut
    return limit
