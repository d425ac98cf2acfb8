"""Lexicons and rule files: data in ``kg/data``, loaded once, extendable with ``--lexicon``.

Lexicon entries (``kg/data/lexicon/*.yaml``, schema in its README) give canonical names,
aliases, tickers and home countries. Lexicon matching is done on characters, not tokens:
Japanese has no spaces and Sudachi splits an unknown name differently depending on its
neighbours, so a token-level PhraseMatcher misses names that a character match finds.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import StringConstraints, field_validator

from kg.errors import KgError, KgUsageError
from kg.model import ENTITY_TYPES
from kg.validation import Strict, validate

DATA = resources.files("kg") / "data"


#: Dashes written inside names (セブン‐イレブン, セブン−イレブン, CHUGOKU―TOA): one hyphen to match on.
DASHES = "‐‑‒–—―−"
_DASH_TO_HYPHEN = str.maketrans(dict.fromkeys(DASHES, "-"))
#: Any dash where a lexicon name has one.
DASH_CLASS = "[-" + DASHES + "－]"


def norm(text: str) -> str:
    """Matching key used everywhere (and by the gold format): NFKC, lower, no spaces or ・, one
    hyphen for every dash."""
    t = unicodedata.normalize("NFKC", text).lower().translate(_DASH_TO_HYPHEN)
    return re.sub(r"[\s・･]", "", t)


def _form_pattern(form: str) -> str:
    """A lexicon form as a pattern that meets it written with any dash (セブン‐イレブン・ジャパン)."""
    return re.escape(form.translate(_DASH_TO_HYPHEN)).replace(r"\-", DASH_CLASS)


class _UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The safe loader (the C one when PyYAML has it: the packaged lexicons load in ~0.2 s instead
    of ~1 s) that refuses a key written twice in one mapping: YAML keeps the last silently, so a
    rule pasted over another would quietly take the other's regex."""

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
        seen = set()
        for key_node, _value in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                where = f"line {key_node.start_mark.line + 1}"
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r} ({where})", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def load_yaml(path: Path | Any) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)  # noqa: S506 (safe loader)
    except (OSError, yaml.YAMLError) as exc:
        raise KgError(f"cannot read rule file: {exc}".splitlines()[0], str(path)) from exc


@dataclass
class LexEntry:
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    tickers: tuple[str, ...] = ()
    country: str | None = None
    prefixes: tuple[str, ...] = ()
    source: str = ""


@dataclass
class Lexicon:
    """All lexicon entries with lookup tables built once."""

    entries: list[LexEntry] = field(default_factory=list)
    by_key: dict[str, LexEntry] = field(default_factory=dict)  # norm(surface) -> entry
    by_ticker: dict[str, LexEntry] = field(default_factory=dict)
    prefixes: dict[str, str] = field(default_factory=dict)  # 米 -> 米国
    cache: dict[str, Any] = field(default_factory=dict)  # compiled matchers built from this lexicon
    _regex: re.Pattern[str] | None = None

    def add(self, entry: LexEntry) -> None:
        self.entries.append(entry)
        for surface in (entry.name, *entry.aliases):
            # a later entry (e.g. a user's file) overrides an earlier one
            self.by_key[norm(surface)] = entry
        for t in entry.tickers:
            self.by_ticker[t.upper()] = entry
        if entry.type == "Country":
            for p in entry.prefixes:
                self.prefixes[p] = entry.name
        self._regex = None

    def lookup(self, surface: str) -> LexEntry | None:
        return self.by_key.get(norm(surface))

    def surfaces(self) -> list[str]:
        out = set()
        for e in self.entries:
            out.add(e.name)
            out.update(e.aliases)
        return sorted(out)

    @property
    def regex(self) -> re.Pattern[str]:
        """One alternation of every surface form, longest first (leftmost-longest match)."""
        if self._regex is None:
            forms = sorted({s for s in self.surfaces() if s.strip()}, key=lambda s: (-len(s), s))
            self._regex = re.compile("|".join(map(_form_pattern, forms)) or r"(?!x)x")
        return self._regex

    def country_of_prefix(self, prefix: str) -> str | None:
        return self.prefixes.get(prefix)


#: A name, alias, ticker or prefix: a non-empty string (YAML ``NO`` or ``1010`` must be quoted).
Form = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class LexiconEntry(Strict):
    """One entry of a lexicon file (the schema of ``kg/data/lexicon/README.md``).

    ``aliases``, ``tickers`` and ``prefixes`` are lists: a bare string (``aliases: アリババ``) is
    an error naming the field, never split into its characters or taken as one alias, since a
    string such as ``アリババ, Alibaba`` would silently become one alias with a comma in it.
    """

    name: Form
    type: str
    aliases: list[Form] = []
    tickers: list[Form] = []
    country: Form | None = None
    prefixes: list[Form] = []

    @field_validator("type")
    @classmethod
    def _known_type(cls, value: str) -> str:
        if value not in ENTITY_TYPES:
            raise ValueError(f"unknown entity type {value!r} (one of: {', '.join(ENTITY_TYPES)})")
        return value


class LexiconFile(Strict):
    entries: list[LexiconEntry]


def _entries_from(path: Path | Any, source: str) -> Iterable[LexEntry]:
    """The entries of one lexicon file, validated (one KgError naming file, entry and field)."""
    data = load_yaml(path)
    if data is None:
        return
    for e in validate(LexiconFile, data, str(path)).entries:
        yield LexEntry(name=e.name, type=e.type, aliases=tuple(e.aliases), tickers=tuple(e.tickers),
                       country=e.country, prefixes=tuple(e.prefixes), source=source)


def without_types(types: Iterable[str]) -> frozenset[str]:
    """The entity types named in ``types`` (``--without-lexicon Company,Person``), checked.

    Each item may hold several types separated by commas; an unknown type is a usage error.
    """
    if isinstance(types, str):
        types = [types]
    out = {t.strip() for item in types for t in str(item).split(",") if t.strip()}
    unknown = sorted(out - set(ENTITY_TYPES))
    if unknown:
        raise KgUsageError(
            f"--without-lexicon: unknown entity type {unknown[0]!r} (one of {', '.join(ENTITY_TYPES)})"
        )
    return frozenset(out)


def load_lexicon(extra: Iterable[str | Path] = (), without: Iterable[str] = ()) -> Lexicon:
    """The packaged lexicons plus the user's files (later files win on conflicts).

    ``without`` names entity types whose packaged entries are left out (the user's files
    are always read): mention finding then has to find those entities by their form and
    context, which is how ``kg build --without-lexicon`` measures it.

    Cached per process by file name and modification time: building the lookup tables
    and the alternation regex costs about a second.
    """
    skip = without_types(without)
    key = []
    for p in extra:
        path = Path(p)
        if not path.is_file():
            raise KgError("lexicon file does not exist", str(path))
        key.append((str(path.resolve()), path.stat().st_mtime_ns))
    return _load_lexicon(tuple(key), tuple(sorted(skip)))


@lru_cache(maxsize=8)
def _load_lexicon(extra: tuple[tuple[str, int], ...], without: tuple[str, ...] = ()) -> Lexicon:
    lex = Lexicon()
    folder = DATA / "lexicon"
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name)
    for f in files:
        for e in _entries_from(f, f.name.removesuffix(".yaml")):
            if e.type not in without:
                lex.add(e)
    for p, _mtime in extra:
        path = Path(p)
        for e in _entries_from(path, path.stem):
            lex.add(e)
    return lex
