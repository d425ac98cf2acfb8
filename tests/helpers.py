"""Small helpers shared by the pipeline tests: build from raw sentences and read edges by name."""

from __future__ import annotations

import csv
import io
from functools import lru_cache

import kg
from kg.model import Entity, node_id


@lru_cache(maxsize=256)
def build_text(text: str) -> kg.KnowledgeGraph:
    return kg.build(texts=[text])


def edges(text: str) -> set[tuple[str, str, str]]:
    """(subject name, predicate, object name) of every edge built from ``text``."""
    g = build_text(text).graph
    return {(g.nodes[s]["name"], k, g.nodes[o]["name"]) for s, o, k in g.edges(keys=True)}


def edge_rules(text: str) -> dict[tuple[str, str, str], list[str]]:
    g = build_text(text).graph
    return {
        (g.nodes[s]["name"], k, g.nodes[o]["name"]): d["rules"]
        for s, o, k, d in g.edges(keys=True, data=True)
    }


def nodes(text: str) -> dict[str, dict]:
    """name -> node attributes."""
    g = build_text(text).graph
    return {d["name"]: d for _, d in g.nodes(data=True)}


def mention_rules(text: str, first_pass: bool = False) -> dict[str, tuple[str, str]]:
    """name -> (type, rule) for the mentions found in ``text`` (before resolution); with
    ``first_pass`` as the rules found them, before names are found again across the document."""
    from kg.lexicon import load_lexicon
    from kg.mentions import MentionFinder, find_mentions
    from kg.parse import parse_documents
    from kg.read import make_document

    finder = MentionFinder(load_lexicon())
    out: dict[str, tuple[str, str]] = {}
    for parsed in parse_documents([make_document("t", "t", text)]):
        if first_pass:
            found = [m for s in parsed.sentences for m in finder.sentence_mentions("t", s)]
        else:
            found = find_mentions(parsed, finder)
        for m in found:
            out.setdefault(m.name, (m.type, m.rule))
    return out


def make_entity(etype: str, name: str, aliases=(), tickers=(), mentions: int = 1, docs=()) -> Entity:
    """A graph entity for hand-built test graphs, with its stable node id."""
    return Entity(
        id=node_id(etype, name),
        type=etype,
        name=name,
        aliases=set(aliases),
        tickers=set(tickers),
        mentions=mentions,
        docs=set(docs),
    )


#: Stands in for NUL while Python 3.10's csv module reads a file (it refuses NUL; 3.11 reads it).
_NUL_STANDIN = "\U000F0000"


def csv_rows(text: str) -> list[list[str]]:
    """The rows of CSV ``text`` exactly as written, NUL characters included, on any Python."""
    rows = csv.reader(io.StringIO(text.replace("\0", _NUL_STANDIN), newline=""))
    return [[field.replace(_NUL_STANDIN, "\0") for field in row] for row in rows]
