"""``kg diff OLD_OUT NEW_OUT``: what changed between two builds, by stable id.

Entities are compared by node id (``<type>-<hash>`` of type and canonical name, see
:func:`kg.model.node_id`) and relations by (subject id, predicate, object id), so a rebuild of the
same articles shows no change and a renamed or retyped entity shows as one removed and one added.
A symmetric relation (``partnersWith``, ``competesWith``, ``meets``) is the same fact whichever
way round a build stored it. A relation in both builds is *changed* when its number of evidence
sentences or its first/last seen dates differ (an article added, removed or dated).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import KgError
from kg.exporters.json import read_graph, read_json
from kg.model import SYMMETRIC

EdgeKey = tuple[str, str, str]


@dataclass(frozen=True, order=True)
class EntityRef:
    """An entity as a diff shows it: type, name and its stable id."""

    type: str
    name: str
    id: str
    articles: int | None = None
    first_seen: str | None = None
    last_seen: str | None = None


@dataclass(frozen=True, order=True)
class RelationRef:
    """A relation as a diff shows it: names for people, ids to join on, and its evidence count and
    first/last seen dates in the old and the new build (all None for a build it is not in)."""

    subject_name: str
    predicate: str
    object_name: str
    subject: str
    object: str
    old_evidence: int | None = None
    new_evidence: int | None = None
    old_first_seen: str | None = None
    old_last_seen: str | None = None
    new_first_seen: str | None = None
    new_last_seen: str | None = None


@dataclass
class GraphDiff:
    """Entities and relations added and removed, and relations whose evidence count or dates changed."""

    entities_added: list[EntityRef] = field(default_factory=list)
    entities_removed: list[EntityRef] = field(default_factory=list)
    relations_added: list[RelationRef] = field(default_factory=list)
    relations_removed: list[RelationRef] = field(default_factory=list)
    relations_changed: list[RelationRef] = field(default_factory=list)

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in SECTIONS)

    def counts(self) -> dict[str, int]:
        return {name: len(getattr(self, name)) for name in SECTIONS}

    def as_json(self) -> dict[str, Any]:
        """Plain data for ``--json``: the counts and every section, each a sorted list of objects."""
        return {
            "counts": self.counts(),
            **{name: [asdict(x) for x in getattr(self, name)] for name in SECTIONS},
        }


#: The sections of a diff, in the order they are shown.
SECTIONS: tuple[str, ...] = (
    "entities_added",
    "entities_removed",
    "relations_added",
    "relations_removed",
    "relations_changed",
)


def read_build(path: str | Path) -> nx.MultiDiGraph:
    """The graph of a ``kg build`` output directory, or of a graph.json file given directly."""
    path = Path(path)
    if path.is_file():
        try:
            return read_json(path)
        except (ValueError, KeyError, TypeError) as exc:
            raise KgError(f"not a kg graph.json: {' '.join(str(exc).split())}", str(path)) from None
    if not path.exists():
        raise KgError("no such build: give an output directory of `kg build` or its graph.json", str(path))
    return read_graph(path)


def edge_key(s: str, predicate: str, o: str) -> EdgeKey:
    """The identity of a relation; the two ways round of a symmetric one are the same key."""
    if predicate in SYMMETRIC and o < s:
        s, o = o, s
    return s, predicate, o


def _edges(g: nx.MultiDiGraph) -> dict[EdgeKey, tuple[str, str, dict[str, Any]]]:
    out: dict[EdgeKey, tuple[str, str, dict[str, Any]]] = {}
    for s, o, k, data in g.edges(keys=True, data=True):
        out[edge_key(str(s), str(data.get("predicate", k)), str(o))] = (str(s), str(o), data)
    return out


def _entity(g: nx.MultiDiGraph, node: str) -> EntityRef:
    d = g.nodes[node]
    articles = d.get("articles")
    return EntityRef(
        str(d.get("type", "")),
        str(d.get("name", node)),
        str(node),
        None if articles is None else int(articles),
        d.get("first_seen"),
        d.get("last_seen"),
    )


def _name(g: nx.MultiDiGraph, node: str) -> str:
    return str(g.nodes[node].get("name", node)) if node in g else node


def _relation(
    g: nx.MultiDiGraph, s: str, predicate: str, o: str, old: dict[str, Any] | None, new: dict[str, Any] | None
) -> RelationRef:
    """The relation (s, predicate, o) of ``g``, with its data in the old and the new build."""

    def facts(data: dict[str, Any] | None) -> tuple[int | None, str | None, str | None]:
        if data is None:
            return None, None, None
        return len(data.get("evidence", ())), data.get("first_seen"), data.get("last_seen")

    (old_n, old_first, old_last), (new_n, new_first, new_last) = facts(old), facts(new)
    return RelationRef(
        _name(g, s), predicate, _name(g, o), s, o, old_n, new_n, old_first, old_last, new_first, new_last
    )


def diff_graphs(old: nx.MultiDiGraph, new: nx.MultiDiGraph) -> GraphDiff:
    """What ``new`` has that ``old`` lacks and the reverse, by stable id; every list sorted."""
    result = GraphDiff(
        entities_added=sorted(_entity(new, n) for n in set(new.nodes) - set(old.nodes)),
        entities_removed=sorted(_entity(old, n) for n in set(old.nodes) - set(new.nodes)),
    )
    before, after = _edges(old), _edges(new)
    for key in after.keys() - before.keys():
        s, o, data = after[key]
        result.relations_added.append(_relation(new, s, key[1], o, None, data))
    for key in before.keys() - after.keys():
        s, o, data = before[key]
        result.relations_removed.append(_relation(old, s, key[1], o, data, None))
    for key in before.keys() & after.keys():
        s, o, data = after[key]
        ref = _relation(new, s, key[1], o, before[key][2], data)
        if (ref.old_evidence, ref.old_first_seen, ref.old_last_seen) != (
            ref.new_evidence,
            ref.new_first_seen,
            ref.new_last_seen,
        ):
            result.relations_changed.append(ref)
    for name in ("relations_added", "relations_removed", "relations_changed"):
        getattr(result, name).sort()
    return result
