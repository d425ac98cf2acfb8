"""What a SPARQL text asks for, read before anything runs it: query or update, SERVICE, FROM.

Oxigraph (the engine of :mod:`kg.query` and :mod:`kg.server`) evaluates ``SERVICE`` by calling
the remote endpoint over HTTP and runs ``LOAD`` updates the same way, and pyoxigraph exposes
neither its query algebra nor an option to switch that off. rdflib's parser could classify the
text, but it rejects queries Oxigraph accepts (SPARQL 1.2 syntax) and is slow on long queries.
The keywords that matter are reserved words of the SPARQL grammar, so one pass of a small
tokenizer is exact: strings, IRIs and comments are skipped, and a bare word is a keyword only
when it is not part of a variable (``?service``), a prefixed name (``ex:from``, ``from:x``), a
blank-node label or a language tag. Whether the rest is valid SPARQL is left to Oxigraph's parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Strings (long and short, with escapes), IRI references and comments, which may contain anything.
_OPAQUE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n\r]*",
    re.S,
)
#: A word not glued to a ``?``/``$`` variable sign, a ``:`` of a prefixed name, a ``@`` language
#: tag or another name character. (A word after ``.`` or ``-`` counts: ``?o .SERVICE`` is valid.)
_WORD = re.compile(r"(?<![\w?$:@])[A-Za-z]+(?![\w:\-])")
#: SPARQL's codepoint escapes, which the grammar allows anywhere (Oxigraph only in strings).
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")

#: The first keyword of every SPARQL 1.1 update operation (``WITH`` starts DELETE/INSERT WHERE).
UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
)
QUERY_KEYWORDS = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})


@dataclass(frozen=True)
class SparqlText:
    """The keywords of a SPARQL text, in order, upper-cased (outside strings, IRIs and comments)."""

    keywords: tuple[str, ...]

    @property
    def form(self) -> str | None:
        """``SELECT``, ``ASK``, ``CONSTRUCT``, ``DESCRIBE``, ``UPDATE`` or None (neither)."""
        for word in self.keywords:
            if word in QUERY_KEYWORDS:
                return word
            if word in UPDATE_KEYWORDS:
                return "UPDATE"
        return None

    @property
    def is_update(self) -> bool:
        return self.form == "UPDATE"

    @property
    def uses_service(self) -> bool:
        return "SERVICE" in self.keywords

    @property
    def uses_from(self) -> bool:
        """``FROM`` / ``FROM NAMED``: a dataset other than the one graph kg serves."""
        return "FROM" in self.keywords


def read_sparql(text: str) -> SparqlText:
    """Tokenize ``text`` just far enough to list its keywords."""
    text = _CODEPOINT.sub(lambda m: _char(m.group(1) or m.group(2)), text)
    bare = _OPAQUE.sub(" ", text)
    return SparqlText(tuple(w.upper() for w in _WORD.findall(bare)))


def _char(hex_digits: str) -> str:
    code = int(hex_digits, 16)
    return chr(code) if code <= 0x10FFFF else "\uFFFD"


def predicates_read(text: str, prefixes: dict[str, str]) -> frozenset[str] | None:
    """The predicate IRIs a query reads, when every triple pattern names its predicate; else None.

    Then only the triples with those predicates can change the answer, and ``kg query`` on a big
    Turtle file loads just those (:func:`kg.query.load_turtle`). None, and the whole graph is
    loaded, for a variable predicate, a negated path (``!p``), a path that may have length zero
    (``p*``, ``p?``: it matches every node of the graph), DESCRIBE (it reads all about a node), or a
    text rdflib's parser does not take (it rejects some syntax Oxigraph accepts): here rdflib's
    algebra is used because the predicates sit in the grammar's structure, which the keyword
    tokenizer above does not read, and a failure only costs the full load. Updates, SERVICE and
    FROM are refused before this is asked.
    """
    if read_sparql(text).form == "DESCRIBE":
        return None
    try:
        from rdflib.plugins.sparql import prepareQuery

        algebra = prepareQuery(text, initNs=prefixes).algebra
    except Exception:  # noqa: BLE001 - any parser failure just means: load everything
        return None
    found: set[str] = set()
    return frozenset(found) if _collect_predicates(algebra, found) else None


def _collect_predicates(node: object, found: set[str]) -> bool:
    """Add the predicates of every triple pattern under ``node`` to ``found``; False when one of
    them is not a fixed IRI or a path of fixed IRIs of length one or more."""
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        for key, value in node.items():
            if key == "template":  # CONSTRUCT's template writes triples, it reads none
                continue
            if key == "triples":
                for triple in value:
                    predicates = _path_predicates(triple[1])
                    if predicates is None:
                        return False
                    found.update(predicates)
            elif not _collect_predicates(value, found):
                return False
    elif isinstance(node, list | tuple):
        return all(_collect_predicates(item, found) for item in node)
    return True


def _path_predicates(path: object) -> set[str] | None:
    """The IRIs a predicate or property path steps along; None if it can match without them."""
    from rdflib import URIRef
    from rdflib.paths import AlternativePath, InvPath, MulPath, OneOrMore, SequencePath

    if isinstance(path, URIRef):
        return {str(path)} if ":" in str(path) else None
    if isinstance(path, SequencePath | AlternativePath):
        parts = [_path_predicates(arg) for arg in path.args]
        return None if any(p is None for p in parts) else set().union(*parts)
    if isinstance(path, InvPath):
        return _path_predicates(path.arg)
    if isinstance(path, MulPath) and path.mod == OneOrMore:
        return _path_predicates(path.path)
    return None
