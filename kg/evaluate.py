"""``kg eval``: score a built graph.ttl against gold files, exactly as ``shared/eval/FORMAT.md`` says.

It reads only the Turtle (the RDF contract), so it scores what users get, not internal state.

Entities. A built node (any of the seven entity classes) *names* a gold entity when its
``rdfs:label``, a ``skos:altLabel`` or a ``schema:tickerSymbol`` equals one of the gold names after
NFKC, lower-casing and removal of white space and ``・``. Nodes are paired one-to-one with the
required gold entities they name (a maximum matching, so a node naming two entities cannot hide
a third node); a paired node is correct. An unpaired node that names an optional entity is left
out of both counts (optional entities are neither rewarded nor punished); one that names only
already-paired required entities is a duplicate and counts against precision, as does a node
that names nothing. The typed score pairs only nodes whose type is the gold type or one of its
``also_types``; the untyped score ignores types.

Relations. A built edge with a core predicate matches a gold relation when the predicate is one
of the gold predicates and its subject and object name one of the gold subjects and objects
(either direction for symmetric predicates). Edges matching a required relation are correct,
edges matching only optional relations are left out, the rest are false positives; recall is the
share of required relations matched by at least one edge.

Several documents. When the graph has more than one ``schema:NewsArticle``, each gold file is
scored against the part of the graph from its document: the entities the document
``schema:mentions`` and the edges with evidence from it. Totals are micro-averaged (counts are
summed over gold files). ``--by-rule`` gives, for every rule id in the provenance, the precision
of the scored edges it produced.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from rdflib import RDF, RDFS, SKOS, Graph, URIRef
from rich.console import Console
from rich.table import Table
from rich.text import Text

from kg.errors import KgError, KgUsageError
from kg.schema import active_schema
from kg.vocab import KG, SCHEMA


def load_graph(path: Path) -> Graph:
    """Parse graph.ttl with rdflib, turning every failure into one clear :class:`KgError` line.

    Scoring walks the graph triple by triple, which rdflib's in-memory graph does well on the
    graphs gold files describe; SPARQL at scale is :mod:`kg.query`'s job (Oxigraph).
    """
    path = Path(path)
    if not path.is_file():
        raise KgError("graph file not found", str(path))
    g = Graph()
    try:
        g.parse(path, format="turtle")
    except SyntaxError as exc:  # rdflib's BadSyntax
        why = getattr(exc, "_why", None) or str(exc).splitlines()[0]
        line = getattr(exc, "lines", None)
        raise KgError(f"not valid Turtle: {why}", str(path), line + 1 if line is not None else None) from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise KgError(f"not valid Turtle: {' '.join(str(exc).split())}", str(path)) from exc
    return g


#: RDF class → entity type, from the schema.
TYPE_OF_CLASS = {URIRef(t.class_iri): t.name for t in active_schema().entity_types}
_DROP = re.compile(r"[\s・]+")


def normalize(name: str) -> str:
    """The FORMAT.md name key: NFKC, lower case, no white space, no ``・``."""
    return _DROP.sub("", unicodedata.normalize("NFKC", name).lower())


# -- gold files ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldEntity:
    id: str
    type: str
    types: frozenset[str]  # type plus also_types
    names: tuple[str, ...]
    keys: frozenset[str]  # normalized names
    optional: bool


@dataclass(frozen=True)
class GoldRelation:
    s: tuple[str, ...]
    p: tuple[str, ...]
    o: tuple[str, ...]
    optional: bool

    def label(self) -> str:
        def one(x: tuple[str, ...]) -> str:
            return x[0] if len(x) == 1 else "[" + "|".join(x) + "]"

        return f"{one(self.s)} {one(self.p)} {one(self.o)}"


@dataclass
class Gold:
    path: str
    doc: str
    entities: dict[str, GoldEntity]
    relations: list[GoldRelation]


def _bad(path: Path, what: str) -> KgError:
    return KgError(f"invalid gold file: {what}", str(path))


def _strings(value: Any, where: str, path: Path) -> tuple[str, ...]:
    """A string or a non-empty list of strings (FORMAT.md's "a list means any of them")."""
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items or not all(isinstance(x, str) and x for x in items):
        raise _bad(path, f"{where} must be a non-empty string or list of strings")
    return tuple(items)


def load_gold(path: Path) -> Gold:
    """Read and validate one gold file; every problem is one :class:`KgError` naming the file."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))  # a BOM is not an error
    except FileNotFoundError as exc:
        raise KgError("gold file not found", str(path)) from exc
    except json.JSONDecodeError as exc:
        raise KgError(f"gold file is not valid JSON: {exc.msg}", str(path), exc.lineno) from exc
    except (UnicodeDecodeError, OSError) as exc:
        raise KgError(f"cannot read gold file: {exc}", str(path)) from exc
    if not isinstance(data, dict):
        raise _bad(path, "expected a JSON object")
    for key, kind in (("doc", str), ("entities", list), ("relations", list)):
        if not isinstance(data.get(key), kind):
            raise _bad(path, f"missing or malformed field {key!r}")

    entities: dict[str, GoldEntity] = {}
    for i, e in enumerate(data["entities"]):
        where = f"entities[{i}]"
        if not isinstance(e, dict) or not isinstance(e.get("id"), str) or not e["id"]:
            raise _bad(path, f"{where} needs a string 'id'")
        if e["id"] in entities:
            raise _bad(path, f"{where}: duplicate entity id {e['id']!r}")
        if not isinstance(e.get("also_types", []), list):
            raise _bad(path, f"{where}.also_types must be a list")
        types = (e.get("type"), *e["also_types"]) if "also_types" in e else (e.get("type"),)
        bad_type = next((t for t in types if t not in active_schema().type_names), None)
        if bad_type is not None:
            raise _bad(path, f"{where}: unknown entity type {bad_type!r}")
        names = _strings(e.get("names"), f"{where}.names", path)
        if not isinstance(e.get("optional", False), bool):
            raise _bad(path, f"{where}.optional must be true or false")
        keys = frozenset(normalize(n) for n in names) - {""}
        entities[e["id"]] = GoldEntity(
            e["id"], e["type"], frozenset(types), names, keys, e.get("optional", False)
        )

    relations = []
    for i, r in enumerate(data["relations"]):
        where = f"relations[{i}]"
        if not isinstance(r, dict):
            raise _bad(path, f"{where} must be an object")
        s, p, o = (_strings(r.get(k), f"{where}.{k}", path) for k in ("s", "p", "o"))
        for ident in (*s, *o):
            if ident not in entities:
                raise _bad(path, f"{where}: unknown entity id {ident!r}")
        for pred in p:
            if pred not in active_schema().predicate_names:
                raise _bad(path, f"{where}: unknown predicate {pred!r}")
        if not isinstance(r.get("optional", False), bool):
            raise _bad(path, f"{where}.optional must be true or false")
        relations.append(GoldRelation(s, p, o, r.get("optional", False)))
    return Gold(str(path), data["doc"], entities, relations)


def gold_files(paths: Iterable[Path | str]) -> list[Path]:
    """Expand directories (every ``*.json`` below them, sorted) and check that files exist."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(p.rglob("*.json"))
            if not found:
                raise KgUsageError("no gold files (*.json) in directory", str(p))
            out.extend(found)
        elif p.is_file():
            out.append(p)
        else:
            raise KgUsageError("gold file not found", str(p))
    if not out:
        raise KgUsageError("give at least one gold file with --gold")
    return out


# -- the built graph ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Node:
    iri: str
    label: str
    type: str
    keys: frozenset[str]


@dataclass(frozen=True)
class EvidenceItem:
    doc: str | None  # document IRI
    sentence: str
    rule: str


@dataclass
class Edge:
    s: str
    p: str
    o: str
    evidence: list[EvidenceItem]
    rules: set[str]  # rule ids of the assertion (all documents)


@dataclass(frozen=True)
class Doc:
    iri: str
    identifier: str
    path: str
    mentions: frozenset[str]


@dataclass
class Built:
    nodes: dict[str, Node]
    edges: list[Edge]
    docs: list[Doc]


def read_built(rdf: Graph) -> Built:
    """Entities, relations with provenance, and documents, as written by the Turtle exporter."""
    nodes: dict[str, Node] = {}
    for cls, etype in TYPE_OF_CLASS.items():
        for s in rdf.subjects(RDF.type, cls):
            if not isinstance(s, URIRef) or str(s) in nodes:
                continue
            label = str(rdf.value(s, RDFS.label) or "")
            names = [
                label,
                *map(str, rdf.objects(s, SKOS.altLabel)),
                *map(str, rdf.objects(s, SCHEMA.tickerSymbol)),
            ]
            nodes[str(s)] = Node(str(s), label, etype, frozenset(normalize(n) for n in names) - {""})

    assertions: dict[tuple[str, str, str], list[URIRef]] = {}
    for a in rdf.subjects(RDF.type, RDF.Statement):
        key = (
            str(rdf.value(a, RDF.subject)),
            str(rdf.value(a, RDF.predicate)),
            str(rdf.value(a, RDF.object)),
        )
        assertions.setdefault(key, []).append(a)

    edges = []
    for pred in active_schema().predicate_names:
        for s, o in rdf.subject_objects(KG[pred]):
            if str(s) not in nodes or str(o) not in nodes:
                continue
            evidence, rules = [], set()
            for a in assertions.get((str(s), str(KG[pred]), str(o)), []):
                rules |= {str(r) for r in rdf.objects(a, KG.rule)}
                for ev in rdf.objects(a, KG.evidence):
                    doc = rdf.value(ev, KG.document)
                    sentence, rule = (str(rdf.value(ev, p) or "") for p in (KG.sentence, KG.rule))
                    evidence.append(EvidenceItem(str(doc) if doc else None, sentence, rule))
                    rules.add(rule)
            evidence.sort(key=lambda e: (e.doc or "", e.rule, e.sentence))
            edges.append(Edge(str(s), pred, str(o), evidence, rules))
    edges.sort(key=lambda e: (nodes[e.s].label, e.p, nodes[e.o].label, e.s, e.o))

    docs = [
        Doc(
            str(d),
            str(rdf.value(d, SCHEMA.identifier) or ""),
            str(rdf.value(d, KG.path) or ""),
            frozenset(str(m) for m in rdf.objects(d, SCHEMA.mentions)),
        )
        for d in sorted(rdf.subjects(RDF.type, SCHEMA.NewsArticle))
    ]
    return Built(nodes, edges, docs)


def _find_doc(gold: Gold, docs: list[Doc]) -> Doc:
    """The document a gold file annotates: same path/id, else same file name, else same stem."""
    want = PurePosixPath(gold.doc.replace("\\", "/"))

    def keys(d: Doc) -> list[PurePosixPath]:
        return [PurePosixPath(x.replace("\\", "/")) for x in (d.path, d.identifier) if x]

    tests = (
        lambda k: str(k) == str(want) or str(k).endswith("/" + str(want)) or str(want).endswith("/" + str(k)),
        lambda k: k.name == want.name,
        lambda k: k.stem == want.stem,
    )
    for test in tests:
        hits = [d for d in docs if any(test(k) for k in keys(d))]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            names = ", ".join(sorted(d.identifier for d in hits))
            raise KgError(f"gold document {gold.doc!r} matches several documents ({names})", gold.path)
    raise KgError(f"gold document {gold.doc!r} is not in the graph", gold.path)


def _restrict(built: Built, doc: Doc) -> tuple[list[Node], list[Edge]]:
    """The part of the graph from one document: its mentioned entities and its evidenced edges."""
    nodes = [n for iri, n in built.nodes.items() if iri in doc.mentions]
    edges = []
    for e in built.edges:
        evidence = [ev for ev in e.evidence if ev.doc == doc.iri]
        if evidence:
            edges.append(Edge(e.s, e.p, e.o, evidence, {ev.rule for ev in evidence}))
    return nodes, edges


# -- scoring ------------------------------------------------------------------------------------


@dataclass
class Score:
    """Counts behind precision (correct / predicted) and recall (found / gold)."""

    correct: int = 0
    predicted: int = 0
    found: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        if self.predicted:
            return self.correct / self.predicted
        return 1.0 if self.gold == 0 else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.correct + other.correct,
            self.predicted + other.predicted,
            self.found + other.found,
            self.gold + other.gold,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            **asdict(self),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }

    def precision_dict(self) -> dict[str, Any]:
        """For rule scores, where only precision means something."""
        return {"correct": self.correct, "predicted": self.predicted, "precision": round(self.precision, 4)}


@dataclass
class FileReport:
    gold: str
    document: str | None  # document identifier, None when the whole graph was scored
    typed: Score
    untyped: Score
    relations: Score
    missed_entities: list[dict[str, Any]] = field(default_factory=list)
    wrong_type: list[dict[str, Any]] = field(default_factory=list)
    false_entities: list[dict[str, Any]] = field(default_factory=list)
    missed_relations: list[str] = field(default_factory=list)
    false_relations: list[dict[str, Any]] = field(default_factory=list)
    rules: dict[str, Score] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for key in ("typed", "untyped", "relations"):
            d[key] = getattr(self, key).to_dict()
        d["rules"] = {r: s.precision_dict() for r, s in self.rules.items()}
        return d


@dataclass
class Report:
    files: list[FileReport]

    @property
    def typed(self) -> Score:
        return sum((f.typed for f in self.files), Score())

    @property
    def untyped(self) -> Score:
        return sum((f.untyped for f in self.files), Score())

    @property
    def relations(self) -> Score:
        return sum((f.relations for f in self.files), Score())

    @property
    def by_rule(self) -> dict[str, Score]:
        """Precision per rule over all gold files, weakest rule first."""
        total: dict[str, Score] = {}
        for f in self.files:
            for rule, s in f.rules.items():
                total[rule] = total.get(rule, Score()) + s
        return dict(sorted(total.items(), key=lambda kv: (kv[1].precision, -kv[1].predicted, kv[0])))

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": {
                "typed_entities": self.typed.to_dict(),
                "entities": self.untyped.to_dict(),
                "relations": self.relations.to_dict(),
            },
            "by_rule": {r: s.precision_dict() for r, s in self.by_rule.items()},
            "files": [f.to_dict() for f in self.files],
        }


def _max_matching(cands: dict[str, list[str]]) -> dict[str, str]:
    """Maximum one-to-one pairing node → gold id (augmenting paths; deterministic in input order)."""
    owner: dict[str, str] = {}

    def augment(node: str, seen: set[str]) -> bool:
        for gid in cands[node]:
            if gid not in seen:
                seen.add(gid)
                if gid not in owner or augment(owner[gid], seen):
                    owner[gid] = node
                    return True
        return False

    for node in cands:
        augment(node, set())
    return {node: gid for gid, node in owner.items()}


def _entity_score(
    gold: Gold, nodes: list[Node], names: dict[str, list[str]], typed: bool
) -> tuple[Score, dict[str, str], list[Node]]:
    """Score one mode; return the score, the pairing and the nodes counted as false positives."""
    required = [e for e in gold.entities.values() if not e.optional]
    cands = {
        n.iri: [
            gid
            for gid in names[n.iri]
            if not gold.entities[gid].optional and (not typed or n.type in gold.entities[gid].types)
        ]
        for n in nodes
    }
    pairs = _max_matching(cands)
    false = [
        n for n in nodes if n.iri not in pairs and not any(gold.entities[g].optional for g in names[n.iri])
    ]
    return Score(len(pairs), len(pairs) + len(false), len(pairs), len(required)), pairs, false


def score(
    gold: Gold,
    nodes: list[Node],
    edges: list[Edge],
    document: str | None = None,
    all_nodes: dict[str, Node] | None = None,
) -> FileReport:
    """Score one gold file against built nodes and edges (see the module docstring).

    ``all_nodes`` resolves edge ends that the scored document does not list among its mentions.
    """
    nodes = sorted(nodes, key=lambda n: (n.label, n.iri))
    lookup = {**(all_nodes or {}), **{n.iri: n for n in nodes}}

    def gold_ids(node: Node) -> list[str]:
        return [gid for gid, e in gold.entities.items() if node.keys & e.keys]

    names = {n.iri: gold_ids(n) for n in nodes}
    typed, typed_pairs, typed_false = _entity_score(gold, nodes, names, typed=True)
    untyped, untyped_pairs, untyped_false = _entity_score(gold, nodes, names, typed=False)
    report = FileReport(gold.path, document, typed, untyped, Score())

    paired_node = {gid: iri for iri, gid in untyped_pairs.items()}
    for e in gold.entities.values():
        if e.optional or e.id in typed_pairs.values():
            continue
        if e.id not in paired_node:
            report.missed_entities.append({"id": e.id, "type": e.type, "names": list(e.names)})
        else:
            node = lookup[paired_node[e.id]]
            report.wrong_type.append(
                {"id": e.id, "type": e.type, "label": node.label, "built_type": node.type}
            )
    untyped_false_iris = {n.iri for n in untyped_false}
    for n in typed_false:
        if n.iri not in untyped_false_iris:
            reason = "wrong type"
        else:
            reason = f"duplicate of {names[n.iri][0]}" if names[n.iri] else "not in gold"
        report.false_entities.append({"label": n.label, "type": n.type, "iri": n.iri, "reason": reason})

    def ends(iri: str) -> set[str]:
        if iri not in names:
            names[iri] = gold_ids(lookup[iri]) if iri in lookup else []
        return set(names[iri])

    rel = Score(gold=sum(not r.optional for r in gold.relations))
    symmetric = active_schema().symmetric_predicates
    matched: set[int] = set()
    for edge in edges:
        s, o = ends(edge.s), ends(edge.o)
        hits = [
            i
            for i, r in enumerate(gold.relations)
            if edge.p in r.p
            and ((s & set(r.s) and o & set(r.o)) or (edge.p in symmetric and s & set(r.o) and o & set(r.s)))
        ]
        required = [i for i in hits if not gold.relations[i].optional]
        if hits and not required:
            continue  # matches only an optional relation: neither rewarded nor punished
        ok = bool(required)
        rel.predicted += 1
        rel.correct += ok
        matched.update(required)
        for rule in sorted(({ev.rule for ev in edge.evidence} or edge.rules) - {""}):
            per_rule = report.rules.setdefault(rule, Score())
            per_rule.predicted += 1
            per_rule.correct += ok
        if not ok:
            report.false_relations.append(
                {
                    "subject": lookup[edge.s].label if edge.s in lookup else edge.s,
                    "predicate": edge.p,
                    "object": lookup[edge.o].label if edge.o in lookup else edge.o,
                    "sentences": sorted({ev.sentence for ev in edge.evidence}),
                }
            )
    rel.found = len(matched)
    report.relations = rel
    report.missed_relations = [
        r.label() for i, r in enumerate(gold.relations) if not r.optional and i not in matched
    ]
    return report


def evaluate(ttl_path: Path | str, gold_paths: Iterable[Path | str] | Path | str) -> Report:
    """Score ``graph.ttl`` against gold files (and directories of them)."""
    if isinstance(gold_paths, str | Path):
        gold_paths = [gold_paths]
    files = gold_files(gold_paths)
    golds = [load_gold(p) for p in files]  # validate every gold file before the slow parse
    built = read_built(load_graph(Path(ttl_path)))
    reports = []
    for gold in golds:
        if len(built.docs) > 1:
            doc = _find_doc(gold, built.docs)
            nodes, edges = _restrict(built, doc)
            document: str | None = doc.identifier
        else:
            nodes, edges, document = list(built.nodes.values()), built.edges, None
        reports.append(score(gold, nodes, edges, document, built.nodes))
    return Report(reports)


# -- report -------------------------------------------------------------------------------------


def _score_table(rows: list[tuple[str, Score]]) -> Table:
    table = Table()
    for col in ("", "precision", "recall", "F1", "correct/predicted", "found/gold"):
        table.add_column(col, justify="left" if not col else "right")
    for name, s in rows:
        table.add_row(
            name,
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            f"{s.correct}/{s.predicted}",
            f"{s.found}/{s.gold}",
        )
    return table


def _details(f: FileReport) -> list[str]:
    lines = []
    for e in f.missed_entities:
        lines.append(f"missed entity    {e['id']} ({e['type']}): {', '.join(e['names'])}")
    for e in f.wrong_type:
        lines.append(f"wrong type       {e['id']}: {e['label']!r} is {e['built_type']}, gold {e['type']}")
    for e in f.false_entities:
        lines.append(f"false entity     {e['label']!r} ({e['type']}): {e['reason']}")
    for r in f.missed_relations:
        lines.append(f"missed relation  {r}")
    for r in f.false_relations:
        lines.append(f"false relation   {r['subject']} {r['predicate']} {r['object']}")
        lines.extend(f"                   「{s}」" for s in r["sentences"])
    return lines


def print_report(report: Report, console: Console, by_rule: bool = False) -> None:
    """Scores per gold file, then misses and false positives, then totals (and rules)."""
    for f in report.files:
        title = f.gold + (f" → document {f.document}" if f.document else "")
        rows = [("typed entities", f.typed), ("entities", f.untyped), ("relations", f.relations)]
        console.print(Text(title, style="bold"), soft_wrap=True)
        console.print(_score_table(rows))
        for line in _details(f):
            console.print(Text(line), soft_wrap=True)
        console.print()
    if len(report.files) > 1:
        rows = [
            ("typed entities", report.typed),
            ("entities", report.untyped),
            ("relations", report.relations),
        ]
        console.print(Text(f"total over {len(report.files)} gold files (micro-average)", style="bold"))
        console.print(_score_table(rows))
    if by_rule:
        console.print(Text("relation precision by rule (weakest first)", style="bold"))
        table = Table()
        for col in ("rule", "precision", "correct/predicted"):
            table.add_column(col, justify="left" if col == "rule" else "right")
        for rule, s in report.by_rule.items():
            table.add_row(Text(rule), f"{s.precision:.3f}", f"{s.correct}/{s.predicted}")
        console.print(table)
