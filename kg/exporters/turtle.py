"""RDF/Turtle export of the knowledge graph (the RDF contract of the README).

Entities become typed resources (the RDF class of their type in the schema, ``kg/data/schema.yaml``:
schema.org classes plus ``kg:Technology``), relations become direct triples ``?s kg:<predicate> ?o``
and every relation also gets an ``rdf:Statement`` assertion node carrying its provenance (plain
triples, so rdflib, Oxigraph and any SPARQL engine read them; rdflib cannot parse RDF-star). The
namespaces are those of :mod:`kg.vocab`. The ontology itself is a separate file, see
:func:`ontology_path`; ``graph.ttl`` holds data only.

IRIs are minted only from node ids, percent-encoded document ids and hashes, never from raw
article text, so hostile names cannot break out of an IRI.

:func:`generate_turtle` produces the Turtle text straight from the NetworkX graph, block by block:
the same triples, prefixes and layout that rdflib's serializer gives for :func:`to_rdf` (tests
check both), without building an rdflib graph, which took minutes and gigabytes on a graph of
300,000 relations. :func:`write_turtle` streams it into the file.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import networkx as nx
from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.plugins.serializers.turtle import TurtleSerializer

from kg.atomic import write_lines
from kg.errors import KgUsageError
from kg.schema import active_schema
from kg.vocab import DEFAULT_BASE_IRI, KG, PREFIXES, SCHEMA

#: RDF class of each entity type of the schema.
CLASSES: dict[str, URIRef] = {t.name: URIRef(t.class_iri) for t in active_schema().entity_types}

_IRI_FORBIDDEN = set('<>"{}|^`\\ ') | {chr(c) for c in range(0x21)} | {"\x7f"}


def ontology_path() -> Path:
    """Path of the packaged ontology (``kg/data/ontology.ttl``) declaring every ``kg:`` term."""
    return Path(str(resources.files("kg") / "data" / "ontology.ttl"))


def validate_base_iri(base: str) -> str:
    """Return ``base`` if it is an absolute http(s) IRI ending in ``/`` or ``#``, else raise."""
    parts = urlsplit(base)
    ok = (
        parts.scheme in ("http", "https")
        and bool(parts.netloc)
        and base.endswith(("/", "#"))
        and not (_IRI_FORBIDDEN & set(base))
        and base.count("#") <= 1
    )
    if not ok:
        raise KgUsageError(
            f"invalid base IRI {base!r}: expected an absolute http(s) IRI ending in '/' or '#'"
        )
    return base


def _hash(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:20]


_EV_KEYS = frozenset(("confidence", "doc", "end", "rule", "sentence", "start"))
_json_str = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) writes a str with


def _evidence_json(ev: dict[str, Any]) -> str:
    """``json.dumps(ev, sort_keys=True, ensure_ascii=False)``, formatted directly for the usual shape
    of an evidence dict (json.dumps was a fifth of the export time); anything else goes to json."""
    c, start, end = ev.get("confidence"), ev.get("start"), ev.get("end")
    if (
        ev.keys() == _EV_KEYS
        and (type(c) is int or (type(c) is float and math.isfinite(c)))
        and type(start) is int
        and type(end) is int
        and type(doc := ev["doc"]) is str
        and type(rule := ev["rule"]) is str
        and type(sentence := ev["sentence"]) is str
    ):
        return (
            f'{{"confidence": {c!r}, "doc": {_json_str(doc)}, "end": {end!r}, "rule": {_json_str(rule)}, '
            f'"sentence": {_json_str(sentence)}, "start": {start!r}}}'
        )
    return json.dumps(ev, sort_keys=True, ensure_ascii=False)


def _evidence_local(s: str, p: str, o: str, ev: dict[str, Any]) -> str:
    return _hash(s, p, o, _evidence_json(ev))


def entity_iri(base: str, node: str) -> URIRef:
    return URIRef(base + "entity/" + quote(node, safe=""))


def document_iri(base: str, doc_id: str) -> URIRef:
    return URIRef(base + "doc/" + quote(doc_id, safe=""))


def assertion_iri(base: str, s: str, p: str, o: str) -> URIRef:
    return URIRef(base + "assertion/" + _hash(s, p, o))


def evidence_iri(base: str, s: str, p: str, o: str, ev: dict[str, Any]) -> URIRef:
    return URIRef(base + "evidence/" + _evidence_local(s, p, o, ev))


def _decimal(x: float) -> Literal:
    """Confidences as xsd:decimal, so they print as ``0.85`` rather than ``8.5e-01``."""
    return Literal(Decimal(str(round(float(x), 3))), datatype=XSD.decimal)


def _date(value: str) -> Literal:
    """A publication date typed as xsd:date / xsd:dateTime when it is ISO 8601, else a plain string."""
    for parse, dtype in ((date.fromisoformat, XSD.date), (datetime.fromisoformat, XSD.dateTime)):
        try:
            parse(value)
        except ValueError:
            continue
        return Literal(value, datatype=dtype)
    return Literal(value)


def _add_seen(add: Any, subject: URIRef, data: dict[str, Any]) -> None:
    """The time facts of a node or edge (:func:`kg.graph.add_seen_dates`): article count and dates."""
    if data.get("articles") is not None:
        add((subject, KG.articleCount, Literal(int(data["articles"]), datatype=XSD.integer)))
    for key, prop in (("first_seen", KG.firstSeen), ("last_seen", KG.lastSeen)):
        if data.get(key):
            add((subject, prop, Literal(str(data[key]), datatype=XSD.date)))


def _seen_props(data: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """:func:`_add_seen` for the direct writer: (predicate, [object]) pairs, in IRI order."""
    props: list[tuple[str, list[str]]] = []
    if data.get("articles") is not None:
        props.append(("kg:articleCount", [str(int(data["articles"]))]))
    for key, prop in (("first_seen", "kg:firstSeen"), ("last_seen", "kg:lastSeen")):
        if data.get(key):
            props.append((prop, [f'"{_escape(str(data[key]))}"^^xsd:date']))
    return props


def _documents(g: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    """Every document the graph refers to, so each ``schema:mentions`` has a typed subject."""
    docs: dict[str, dict[str, Any]] = {d["id"]: d for d in g.graph.get("documents", [])}
    for _, data in g.nodes(data=True):
        for doc in data.get("docs", []):
            docs.setdefault(doc, {"id": doc})
    for _, _, data in g.edges(data=True):
        for ev in data.get("evidence", []):
            docs.setdefault(ev["doc"], {"id": ev["doc"]})
    return docs


def to_rdf(g: nx.MultiDiGraph) -> Graph:
    """Translate the NetworkX graph into an rdflib graph following the RDF contract."""
    base = validate_base_iri(g.graph.get("base_iri") or DEFAULT_BASE_IRI)
    out = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        out.bind(prefix, ns)
    for prefix in ("entity", "doc", "assertion", "evidence"):
        out.bind(prefix, Namespace(base + prefix + "/"))
    add = out.add

    docs = _documents(g)
    for doc_id, doc in docs.items():
        d = document_iri(base, doc_id)
        add((d, RDF.type, SCHEMA.NewsArticle))
        add((d, SCHEMA.identifier, Literal(doc_id)))
        if doc.get("title"):
            add((d, SCHEMA.name, Literal(doc["title"], lang="ja")))
        if doc.get("path"):
            add((d, KG.path, Literal(doc["path"])))
        if doc.get("date"):
            add((d, SCHEMA.datePublished, _date(str(doc["date"]))))
        if doc.get("url"):
            add((d, SCHEMA.url, Literal(str(doc["url"]), datatype=XSD.anyURI)))

    for node, data in g.nodes(data=True):
        e = entity_iri(base, node)
        add((e, RDF.type, CLASSES[data["type"]]))
        add((e, KG.nodeId, Literal(node)))
        add((e, RDFS.label, Literal(data["name"], lang="ja")))
        for alias in data.get("aliases", []):
            add((e, SKOS.altLabel, Literal(alias, lang="ja")))
        for ticker in data.get("tickers", []):
            add((e, SCHEMA.tickerSymbol, Literal(ticker)))
        add((e, KG.mentionCount, Literal(int(data.get("mentions", 0)), datatype=XSD.integer)))
        _add_seen(add, e, data)
        for doc in data.get("docs", []):
            add((document_iri(base, doc), SCHEMA.mentions, e))

    for s, o, p, data in g.edges(keys=True, data=True):
        se, oe, pe = entity_iri(base, s), entity_iri(base, o), KG[p]
        add((se, pe, oe))
        a = assertion_iri(base, s, p, o)
        add((a, RDF.type, RDF.Statement))
        add((a, RDF.subject, se))
        add((a, RDF.predicate, pe))
        add((a, RDF.object, oe))
        add((a, KG.confidence, _decimal(data["confidence"])))
        _add_seen(add, a, data)
        for rule in data.get("rules", []):
            add((a, KG.rule, Literal(rule)))
        for ev in data.get("evidence", []):
            v = evidence_iri(base, s, p, o, ev)
            add((a, KG.evidence, v))
            add((v, RDF.type, KG.Evidence))
            add((v, KG.document, document_iri(base, ev["doc"])))
            add((v, KG.sentence, Literal(ev["sentence"], lang="ja")))
            add((v, KG.startOffset, Literal(int(ev["start"]), datatype=XSD.integer)))
            add((v, KG.endOffset, Literal(int(ev["end"]), datatype=XSD.integer)))
            add((v, KG.rule, Literal(ev["rule"])))
            add((v, KG.confidence, _decimal(ev["confidence"])))
    return out


_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_BARE_DATATYPES = {XSD.integer, XSD.decimal}
#: Entities first, then documents, then provenance: the order a reader of graph.ttl wants.
_SECTION_ORDER = {"entity": 0, "doc": 1, "assertion": 2, "evidence": 3}


def _escape(text: str) -> str:
    """Escape for a one-line Turtle string; control and format characters (bidi…) become \\u escapes.

    A lone surrogate cannot be written in UTF-8 nor as a Turtle \\u escape, so it becomes U+FFFD,
    as :mod:`kg.read` does for input text.
    """
    if text.isprintable() and '"' not in text and "\\" not in text:
        return text
    out = []
    for ch in text:
        if ch in _ECHAR:
            out.append(_ECHAR[ch])
        elif (cat := unicodedata.category(ch)) == "Cs":
            out.append("\\uFFFD")
        elif cat in ("Cc", "Cf"):
            out.append(f"\\u{ord(ch):04X}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08X}")
        else:
            out.append(ch)
    return "".join(out)


#: rdflib's prefixed-name method: ``get_pname`` since 7.6, ``getQName`` before.
_RDFLIB_PNAME = getattr(TurtleSerializer, "get_pname", None) or TurtleSerializer.getQName


class _SafeTurtleSerializer(TurtleSerializer):
    """rdflib's Turtle writer with two fixes that matter for untrusted text and reproducibility.

    rdflib writes multi-line strings as triple-quoted literals and mis-escapes one that ends in a
    backslash and a quote (Oxigraph rejects the file); here every string is written on one line
    with full escaping. Subjects are ordered by IRI alone, so the file reads in a stable order.
    """

    def label(self, node: Any, position: int) -> str:
        if isinstance(node, Literal) and node.datatype not in _BARE_DATATYPES:
            text = f'"{_escape(str(node))}"'
            if node.language:
                return f"{text}@{node.language}"
            if node.datatype:
                return f"{text}^^{self.get_pname(node.datatype) or node.datatype.n3()}"
            return text
        return super().label(node, position)

    def orderSubjects(self) -> list[Any]:  # noqa: N802 (rdflib's name)
        sections = [
            (str(ns), rank)
            for prefix, ns in self.store.namespaces()
            if (rank := _SECTION_ORDER.get(prefix)) is not None
        ]

        def key(subject: Any) -> tuple[int, str]:
            iri = str(subject)
            return next((rank for ns, rank in sections if iri.startswith(ns)), len(sections)), iri

        return sorted(self._subjects, key=key)

    def get_pname(self, uri: Any, gen_prefix: bool = True) -> str | None:
        """rdflib recomputes the prefixed name of every IRI on every use; cache it (half the run time)."""
        key = (uri, gen_prefix)
        if key not in self._pnames:
            self._pnames[key] = _RDFLIB_PNAME(self, uri, gen_prefix)
        return self._pnames[key]

    getQName = get_pname  # noqa: N815 - the name rdflib before 7.6 calls

    def reset(self) -> None:
        super().reset()
        self._pnames: dict[tuple[Any, bool], str | None] = {}


def serialize_turtle(rdf: Graph) -> bytes:
    """Serialize deterministically: same triples and prefixes → same bytes."""
    buf = io.BytesIO()
    _SafeTurtleSerializer(rdf).serialize(buf, encoding="utf-8")
    return buf.getvalue()


# -- direct writer ---------------------------------------------------------------------------------

#: A local name rdflib writes as ``prefix:local`` (and that Turtle's PN_LOCAL accepts): it starts with
#: a letter, digit or ``_`` and does not end in ``.``; ``%XX`` escapes are the only other non-name
#: characters :func:`~urllib.parse.quote` leaves. Anything else is written as a full ``<IRI>``.
_PN_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.%-]*[A-Za-z0-9_%-])?")
_KG = str(KG)


class _Writer:
    """Renders the terms of :func:`to_rdf` as Turtle text, caching the few repeated literals."""

    def __init__(self, base: str) -> None:
        self.ns = {section: base + section + "/" for section in ("entity", "doc", "assertion", "evidence")}
        self._decimals: dict[float, str] = {}

    def iri(self, section: str, local: str) -> str:
        if _PN_LOCAL.fullmatch(local):
            return f"{section}:{local}"
        return f"<{self.ns[section]}{local}>"

    def decimal(self, x: float) -> str:
        """``kg:confidence`` as rdflib prints an xsd:decimal bare (``0.85``, ``1.0``)."""
        key = float(x)
        text = self._decimals.get(key)
        if text is None:
            text = self._decimals[key] = decimal_lexical(key)
        return text


def decimal_lexical(x: float) -> str:
    """The lexical form graph.ttl gives a confidence (``0.85``, ``1.0``): other writers of the same
    triples (JSON-LD) must give the same, since literals compare by lexical form."""
    text = str(_decimal(float(x)))
    return text if any(c in text for c in ".eE") else text + ".0"


def graph_documents(g: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    """Every document the graph refers to, by id (those of ``g.graph["documents"]`` first)."""
    return _documents(g)


def _string(text: Any) -> str:
    return f'"{_escape(str(text))}"'


def _ja(text: Any) -> str:
    return f'"{_escape(str(text))}"@ja'


def _typed(lit: Literal) -> str:
    """A non-numeric literal of :func:`to_rdf` (date, dateTime, anyURI or plain), as rdflib writes it."""
    if lit.datatype is None:
        return _string(lit)
    return f"{_string(lit)}^^xsd:{str(lit.datatype).removeprefix(str(XSD))}"


def _block(subject: str, cls: str, props: list[tuple[str, list[str]]]) -> str:
    """One subject: ``s a C ;`` then each predicate with its (already sorted) objects."""
    parts = [f"\n{subject} a {cls}"]
    for pred, objs in props:
        if objs:
            parts.append(f" ;\n    {pred} " + ",\n        ".join(objs))
    parts.append(" .\n")
    return "".join(parts)


def _pred(name: str) -> str:
    return f"kg:{name}" if _PN_LOCAL.fullmatch(name) else f"<{_KG}{name}>"


def _class(iri: URIRef) -> str:
    for prefix in ("kg", "schema"):
        ns = str(PREFIXES[prefix])
        if str(iri).startswith(ns):
            return f"{prefix}:{str(iri)[len(ns) :]}"
    return f"<{iri}>"


def _blocks(g: nx.MultiDiGraph, w: _Writer, docs: dict[str, dict[str, Any]]) -> Iterable[str]:
    """Every subject block of :func:`to_rdf`'s triples, in :class:`_SafeTurtleSerializer`'s order:
    entities, documents, assertions, evidence, each sorted by IRI; predicates by IRI after
    ``rdf:type``; objects by IRI or lexical form."""
    quoted = {node: quote(node, safe="") for node in g.nodes}
    ent = {node: w.iri("entity", q) for node, q in quoted.items()}
    doc_local = {d: quote(d, safe="") for d in docs}
    doc_iri = {d: w.iri("doc", local) for d, local in doc_local.items()}
    mentions: dict[str, set[str]] = {}
    for node, data in g.nodes(data=True):
        for d in data.get("docs", []):
            mentions.setdefault(d, set()).add(node)

    for node in sorted(g.nodes, key=quoted.__getitem__):
        data = g.nodes[node]
        kg_props: dict[str, list[str]] = {}
        for o, keyed in g.succ[node].items():
            for p in keyed:
                kg_props.setdefault(p, []).append(o)
        kg_list = [
            (_pred(p), [ent[o] for o in sorted(set(objs), key=quoted.__getitem__)])
            for p, objs in kg_props.items()
        ]
        kg_list.append(("kg:mentionCount", [str(int(data.get("mentions", 0)))]))
        kg_list.append(("kg:nodeId", [_string(node)]))
        kg_list.extend(_seen_props(data))
        kg_list.sort(key=lambda item: item[0].removeprefix("kg:").removeprefix(f"<{_KG}").removesuffix(">"))
        yield _block(
            ent[node],
            _class(CLASSES[data["type"]]),
            [
                ("rdfs:label", [_ja(data["name"])]),
                ("skos:altLabel", [_ja(a) for a in sorted({str(a) for a in data.get("aliases", [])})]),
                (
                    "schema:tickerSymbol",
                    [_string(t) for t in sorted({str(t) for t in data.get("tickers", [])})],
                ),
                *kg_list,
            ],
        )

    dates: dict[str, str] = {}
    for doc_id in sorted(docs, key=doc_local.__getitem__):
        doc = docs[doc_id]
        date_text = None
        if doc.get("date"):
            raw = str(doc["date"])
            if raw not in dates:
                dates[raw] = _typed(_date(raw))
            date_text = dates[raw]
        yield _block(
            w.iri("doc", doc_local[doc_id]),
            "schema:NewsArticle",
            [
                ("schema:datePublished", [date_text] if date_text else []),
                ("schema:identifier", [_string(doc_id)]),
                (
                    "schema:mentions",
                    [ent[n] for n in sorted(mentions.get(doc_id, ()), key=quoted.__getitem__)],
                ),
                ("schema:name", [_ja(doc["title"])] if doc.get("title") else []),
                (
                    "schema:url",
                    [_typed(Literal(str(doc["url"]), datatype=XSD.anyURI))] if doc.get("url") else [],
                ),
                ("kg:path", [_string(doc["path"])] if doc.get("path") else []),
            ],
        )

    # Assertions and evidence sort by their hash IRIs, so the edges are visited twice.
    # (hex hashes are always prefixed names). Fixed predicate order, formatted in one f-string each.
    edges = sorted(((_hash(s, p, o), s, p, o, d) for s, o, p, d in g.edges(keys=True, data=True)), key=_first)
    evidence: list[tuple[str, dict[str, Any]]] = []
    decimal = w.decimal
    for local, s, p, o, data in edges:
        ev_locals = set()
        for ev in data.get("evidence", []):
            v = _evidence_local(s, p, o, ev)
            ev_locals.add(v)
            evidence.append((v, ev))
        evs = (
            f" ;\n    kg:evidence {_LIST.join('evidence:' + v for v in sorted(ev_locals))}"
            if ev_locals
            else ""
        )
        rules = sorted({str(r) for r in data.get("rules", [])})
        rule = f" ;\n    kg:rule {_LIST.join(_string(r) for r in rules)}" if rules else ""
        facts = {pred: objs[0] for pred, objs in _seen_props(data)}
        count = f"\n    kg:articleCount {facts['kg:articleCount']} ;" if "kg:articleCount" in facts else ""
        dates = "".join(
            f" ;\n    {pred} {facts[pred]}" for pred in ("kg:firstSeen", "kg:lastSeen") if pred in facts
        )
        yield (
            f"\nassertion:{local} a rdf:Statement ;\n    rdf:object {ent[o]} ;"
            f"\n    rdf:predicate {_pred(p)} ;\n    rdf:subject {ent[s]} ;{count}"
            f"\n    kg:confidence {decimal(data['confidence'])}{evs}{dates}{rule} .\n"
        )
    del edges
    evidence.sort(key=_first)
    seen = None
    for v, ev in evidence:
        if v == seen:  # the same evidence twice on one edge is one node, as in an RDF graph
            continue
        seen = v
        yield (
            f"\nevidence:{v} a kg:Evidence ;\n    kg:confidence {decimal(ev['confidence'])} ;"
            f"\n    kg:document {doc_iri[ev['doc']]} ;\n    kg:endOffset {int(ev['end'])} ;"
            f"\n    kg:rule {_string(ev['rule'])} ;\n    kg:sentence {_ja(ev['sentence'])} ;"
            f"\n    kg:startOffset {int(ev['start'])} .\n"
        )


def _first(item: tuple[Any, ...]) -> Any:
    return item[0]


_LIST = ",\n        "


def _used_prefixes(g: nx.MultiDiGraph, docs: dict[str, dict[str, Any]]) -> list[str]:
    """The prefixes rdflib would declare: those some term of the file is written with."""
    used = set()
    if any(_PN_LOCAL.fullmatch(quote(node, safe="")) for node in g.nodes):
        used.add("entity")
    if any(_PN_LOCAL.fullmatch(quote(doc, safe="")) for doc in docs):
        used.add("doc")
    if g.number_of_edges():
        used.add("assertion")
    if any(data.get("evidence") for *_, data in g.edges(data=True)):
        used.add("evidence")
    if g.number_of_nodes():
        used |= {"rdfs", "schema", "kg", "xsd"}
    if any(d.get("aliases") for _, d in g.nodes(data=True)):
        used.add("skos")
    if g.number_of_edges():
        used |= {"rdf", "kg", "xsd"}
    for doc in docs.values():
        used.add("schema")
        if doc.get("path"):
            used.add("kg")
        if doc.get("url") or (doc.get("date") and _date(str(doc["date"])).datatype is not None):
            used.add("xsd")
    return sorted(used)


def generate_turtle(g: nx.MultiDiGraph) -> Iterator[str]:
    """The Turtle text of ``g`` in pieces (prefix lines, then one block per subject).

    Joined, the same bytes as ``serialize_turtle(to_rdf(g))``. The base IRI is checked here, so
    a bad one raises before anything is produced.
    """
    base = validate_base_iri(g.graph.get("base_iri") or DEFAULT_BASE_IRI)
    return _turtle_pieces(g, _Writer(base))


def _turtle_pieces(g: nx.MultiDiGraph, w: _Writer) -> Iterator[str]:
    namespaces = {**{k: str(v) for k, v in PREFIXES.items()}, **w.ns}
    docs = _documents(g)
    for prefix in _used_prefixes(g, docs):
        yield f"@prefix {prefix}: <{namespaces[prefix]}> .\n"
    yield from _blocks(g, w, docs)
    yield "\n"


def write_turtle(g: nx.MultiDiGraph, path: Path) -> Path:
    """Write :func:`generate_turtle` to ``path`` atomically, streamed, and return the path."""
    return write_lines(Path(path), generate_turtle(g))


def kg_terms(rdf: Graph) -> set[URIRef]:
    """Every ``kg:`` IRI used as a predicate or class in ``rdf`` (checked against the ontology)."""
    used: Iterable[Any] = [*rdf.predicates(), *rdf.objects(None, RDF.type)]
    return {t for t in used if isinstance(t, URIRef) and str(t).startswith(str(KG))}
