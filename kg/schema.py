"""The schema: every entity type and every predicate of kg, defined once as data.

``kg/data/schema.yaml`` gives, per entity type, its slot code in relation rules, RDF class, Neo4j
label, Japanese label and graph.html style; per predicate, its Japanese label, domain and range,
symmetry and graph.html style; and the slot classes relation rules may name (``{ORGS:s}``). This
module reads and validates that file once into frozen dataclasses (:func:`active_schema`).
``kg.model``'s ``ENTITY_TYPES``, ``PREDICATES`` and ``SYMMETRIC``, the exporters, ``kg eval``
and ``kg query`` all derive from it, so adding an entity type or a predicate means editing the
schema file, the ontology (``kg/data/ontology.ttl``, which ``tests/test_schema.py`` checks
against the schema) and the rule data.

Hook: with ``KG_SCHEMA=/path/to/schema.yaml`` in the environment kg uses that file instead of
the packaged one (read once per process, at the first use of the schema), for example the
packaged schema with one more predicate. It is validated the same way.

A schema file that does not validate (an unknown key, a value of the wrong type, a predicate
whose domain names an unknown type…) raises one :class:`~kg.errors.KgError` naming the file and
the item.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    TypeAdapter,
    ValidationError,
    with_config,
)

from kg.errors import KgError
from kg.vocab import PREFIXES

#: Environment variable naming a schema file to use instead of the packaged one.
SCHEMA_ENV = "KG_SCHEMA"
PACKAGED_SCHEMA = Path(str(resources.files("kg") / "data" / "schema.yaml"))

# -- the values a schema file may hold ----------------------------------------------------------

_STRICT_ITEM = ConfigDict(extra="forbid")  # an unknown key is an error, not silently ignored

TypeName = Annotated[StrictStr, Field(pattern=r"^[A-Z][A-Za-z]*$")]
SlotCode = Annotated[StrictStr, Field(pattern=r"^[A-Z]+$")]
#: Predicate names become ``kg:<name>`` and the Neo4j type ``NAME_IN_CAPS``: letters only.
PredicateName = Annotated[StrictStr, Field(pattern=r"^[a-z][A-Za-z]*$")]
#: Neo4j labels are written into Cypher unquoted, so only these characters are allowed.
Neo4jLabel = Annotated[StrictStr, Field(pattern=r"^[A-Z][A-Za-z_]*$")]
#: A class IRI written as a prefixed name in one of the two namespaces of :mod:`kg.vocab`.
ClassName = Annotated[StrictStr, Field(pattern=r"^(kg|schema):[A-Za-z][A-Za-z0-9]*$")]
Colour = Annotated[StrictStr, Field(pattern=r"^#[0-9A-Fa-f]{6}$")]
Label = Annotated[StrictStr, Field(min_length=1)]
#: vis-network node shapes that need no image or icon font.
Shape = Literal[
    "ellipse", "circle", "database", "box", "text", "diamond", "dot", "star", "triangle",
    "triangleDown", "hexagon", "square",
]  # fmt: skip
DashPattern = Annotated[tuple[Annotated[StrictInt, Field(gt=0)], ...], Field(min_length=1)]
#: A non-empty set of entity type names; leaving the key out of a predicate means any type.
TypeSet = Annotated[frozenset[TypeName], Field(min_length=1)]
ANY_TYPE: frozenset[str] = frozenset()


@with_config(_STRICT_ITEM)
@dataclass(frozen=True)
class NodeStyle:
    """How graph.html draws the nodes of one entity type."""

    color: Colour
    border: Colour
    shape: Shape


@with_config(_STRICT_ITEM)
@dataclass(frozen=True)
class EdgeStyle:
    """How graph.html draws the arrows of one predicate; no dash pattern means a solid line."""

    color: Colour
    dashes: DashPattern | None = None


@with_config(_STRICT_ITEM)
@dataclass(frozen=True)
class EntityType:
    """One node type: what rules, RDF, Neo4j and graph.html call it."""

    name: TypeName
    slot: SlotCode  # «CO#3» in a slotted sentence, {CO:s} in a relation rule
    rdf_class: ClassName  # kg:… or schema:…
    neo4j_label: Neo4jLabel
    label_ja: Label
    style: NodeStyle

    @property
    def class_iri(self) -> str:
        """The full IRI of :attr:`rdf_class`."""
        prefix, local = self.rdf_class.split(":", 1)
        return str(PREFIXES[prefix][local])


@with_config(_STRICT_ITEM)
@dataclass(frozen=True)
class Predicate:
    """One relation: its label, the entity types it may join, whether it is symmetric, its style."""

    name: PredicateName
    label_ja: Label
    style: EdgeStyle
    domain: TypeSet = ANY_TYPE  # empty: a subject of any type
    range: TypeSet = ANY_TYPE  # empty: an object of any type
    symmetric: StrictBool = False
    implied_by: PredicateName | None = None  # a predicate that says more about the same two nodes

    def allows(self, subject_type: str, object_type: str) -> bool:
        """Whether an edge from a ``subject_type`` node to an ``object_type`` node may exist."""
        return (not self.domain or subject_type in self.domain) and (
            not self.range or object_type in self.range
        )


@with_config(_STRICT_ITEM)
@dataclass(frozen=True)
class SchemaFile:
    """The content of a schema file, as written (see the comments in kg/data/schema.yaml)."""

    entity_types: Annotated[tuple[EntityType, ...], Field(min_length=1)]
    slot_classes: dict[SlotCode, Annotated[tuple[SlotCode, ...], Field(min_length=1)]]
    slot_class_any: SlotCode
    predicates: tuple[Predicate, ...]


# -- the schema ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Schema:
    """Entity types and predicates in file order (the order of every output), and slot classes."""

    entity_types: tuple[EntityType, ...]
    predicates: tuple[Predicate, ...]
    #: every slot class a rule may name → its slot codes; each slot code is a class of itself
    slot_classes: Mapping[str, tuple[str, ...]]
    source: str = ""  # the file it was read from

    @cached_property
    def type_names(self) -> tuple[str, ...]:
        return tuple(t.name for t in self.entity_types)

    @cached_property
    def predicate_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.predicates)

    @cached_property
    def predicate_labels(self) -> dict[str, str]:
        """Predicate name → Japanese label, in schema order."""
        return {p.name: p.label_ja for p in self.predicates}

    @cached_property
    def symmetric_predicates(self) -> frozenset[str]:
        return frozenset(p.name for p in self.predicates if p.symmetric)

    @cached_property
    def implied(self) -> dict[str, str]:
        """Predicate → the predicate that implies it (``worksFor`` → ``leads``)."""
        return {p.name: p.implied_by for p in self.predicates if p.implied_by}

    @cached_property
    def _types_by_name(self) -> dict[str, EntityType]:
        return {t.name: t for t in self.entity_types}

    @cached_property
    def _predicates_by_name(self) -> dict[str, Predicate]:
        return {p.name: p for p in self.predicates}

    def entity_type(self, name: str) -> EntityType:
        """The entity type called ``name``; KeyError if there is none."""
        return self._types_by_name[name]

    def predicate(self, name: str) -> Predicate:
        """The predicate called ``name``; KeyError if there is none."""
        return self._predicates_by_name[name]

    def slot_code(self, type_name: str) -> str:
        """The slot code of an entity type: ``Company`` → ``CO``."""
        return self.entity_type(type_name).slot

    def slot_class(self, name: str) -> tuple[str, ...]:
        """The slot codes a rule's ``{NAME:…}`` stands for: ``LOC`` → ``("CTRY", "PLACE")``."""
        return self.slot_classes[name]

    def domain_range(self, predicate: str) -> tuple[frozenset[str], frozenset[str]]:
        """The entity types a predicate's subject and object may have; an empty set means any."""
        p = self.predicate(predicate)
        return p.domain, p.range


# -- loading ------------------------------------------------------------------------------------


def schema_path() -> Path:
    """The schema file in use: ``$KG_SCHEMA`` when set, else the packaged ``kg/data/schema.yaml``."""
    return Path(os.environ.get(SCHEMA_ENV) or PACKAGED_SCHEMA)


@cache
def active_schema() -> Schema:
    """The schema of this process, loaded and validated at the first call (see :func:`schema_path`)."""
    return load_schema(schema_path())


def load_schema(path: str | Path) -> Schema:
    """Read and validate a schema file; any problem is one :class:`KgError` naming file and item."""
    path = Path(path)
    raw = _read_yaml(path)
    try:
        content = _file_adapter().validate_python(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise _invalid(path, _location(raw, first["loc"]), first["msg"]) from None
    problem = _first_inconsistency(content)
    if problem is not None:
        raise _invalid(path, *problem)
    return Schema(content.entity_types, content.predicates, _expand_slot_classes(content), str(path))


@cache
def _file_adapter() -> TypeAdapter[SchemaFile]:
    return TypeAdapter(SchemaFile)


def _read_yaml(path: Path) -> Any:
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 (safe loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise KgError(f"cannot read schema file: {exc}".splitlines()[0], str(path)) from exc


def _invalid(path: Path, where: str, what: str) -> KgError:
    return KgError(f"invalid schema: {where}: {what}" if where else f"invalid schema: {what}", str(path))


def _location(raw: Any, loc: tuple[str | int, ...]) -> str:
    """``('predicates', 3, 'style', 'dashes')`` → ``predicates[3] 'investsIn': style.dashes``."""
    if len(loc) >= 2 and isinstance(loc[1], int) and isinstance(raw, dict):
        items = raw.get(loc[0])
        item = items[loc[1]] if isinstance(items, list) and loc[1] < len(items) else None
        name = item.get("name") if isinstance(item, dict) else None
        head = f"{loc[0]}[{loc[1]}]" + (f" {name!r}" if isinstance(name, str) else "")
        rest = _dotted(loc[2:])
        return f"{head}: {rest}" if rest else head
    return _dotted(loc)


def _dotted(loc: tuple[str | int, ...]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else str(part)
    return text


def _first_inconsistency(content: SchemaFile) -> tuple[str, str] | None:
    """The first (item, problem) the types alone cannot catch: duplicates and unknown references."""
    return next(
        (
            problem
            for check in (_duplicate_names, _unknown_slot_codes, _unknown_entity_types, _unknown_implied_by)
            for problem in check(content)
        ),
        None,
    )


def _duplicate_names(content: SchemaFile) -> list[tuple[str, str]]:
    problems = []
    for key, values in (
        ("name", [t.name for t in content.entity_types]),
        ("slot", [t.slot for t in content.entity_types]),
        ("rdf_class", [t.rdf_class for t in content.entity_types]),
        ("neo4j_label", [t.neo4j_label for t in content.entity_types]),
    ):
        problems += [
            (f"entity_types[{i}] {content.entity_types[i].name!r}", f"{key} {v!r} is used twice")
            for i, v in _repeats(values)
        ]
    problems += [
        (f"predicates[{i}] {name!r}", "name is used twice")
        for i, name in _repeats([p.name for p in content.predicates])
    ]
    codes = {t.slot for t in content.entity_types}
    problems += [
        ("slot_classes", f"{name!r} is already the slot code of a type")
        for name in [*content.slot_classes, content.slot_class_any]
        if name in codes
    ]
    if content.slot_class_any in content.slot_classes:
        problems.append(("slot_class_any", f"{content.slot_class_any!r} is also in slot_classes"))
    return problems


def _repeats(values: list[str]) -> list[tuple[int, str]]:
    """(index, value) of every value that already occurred earlier in the list."""
    return [(i, v) for i, v in enumerate(values) if v in values[:i]]


def _unknown_slot_codes(content: SchemaFile) -> list[tuple[str, str]]:
    codes = {t.slot for t in content.entity_types}
    return [
        (f"slot_classes.{name}", f"unknown slot code {code!r}")
        for name, members in content.slot_classes.items()
        for code in members
        if code not in codes
    ]


def _unknown_entity_types(content: SchemaFile) -> list[tuple[str, str]]:
    types = {t.name for t in content.entity_types}
    return [
        (f"predicates[{i}] {p.name!r}", f"{key} names unknown entity type {t!r}")
        for i, p in enumerate(content.predicates)
        for key, named in (("domain", p.domain), ("range", p.range))
        for t in sorted(named)
        if t not in types
    ]


def _unknown_implied_by(content: SchemaFile) -> list[tuple[str, str]]:
    names = {p.name for p in content.predicates}
    return [
        (f"predicates[{i}] {p.name!r}", f"implied_by names {p.implied_by!r}, not another predicate")
        for i, p in enumerate(content.predicates)
        if p.implied_by is not None and (p.implied_by not in names or p.implied_by == p.name)
    ]


def _expand_slot_classes(content: SchemaFile) -> Mapping[str, tuple[str, ...]]:
    """Every class a rule may name: each slot code, the file's groups, and the class of all codes."""
    codes = tuple(t.slot for t in content.entity_types)
    return MappingProxyType(
        {
            **{code: (code,) for code in codes},
            **content.slot_classes,
            content.slot_class_any: codes,
        }
    )
