"""Rule files (``kg/data/rules/*.yaml``), validated when they load.

Each file has a pydantic model below: an unknown key, a value of the wrong type or a
missing field stops the build with one line naming the file, the rule and the field, the way
spaCy names a bad match pattern (:mod:`kg.validation`, shared with the lexicons). Regexes are
compiled, and so checked, by the stage that owns them (:mod:`kg.mentions.ruledata`,
:mod:`kg.relations.ruleset`), which raise :func:`rule_error` the same way.
"""

from __future__ import annotations

from functools import cache
from typing import Any, Literal

from pydantic import Field

from kg.errors import KgError
from kg.lexicon import DATA, load_yaml
from kg.validation import Strict as _Strict
from kg.validation import validate

Confidence = float


# --- mentions.yaml --------------------------------------------------------------------------
class MentionRule(_Strict):
    id: str
    type: str
    regex: str
    confidence: Confidence = Field(default=0.7, ge=0, le=1)
    refind: bool = False  # a name found by this rule is found again everywhere in its document


class MentionsFile(_Strict):
    classes: dict[Literal["KATA", "KANJI", "LATIN"], str]
    rules: list[MentionRule]


# --- titles.yaml, generic.yaml, ene.yaml -----------------------------------------------------
class TitlesFile(_Strict):
    leads: list[str]
    works_for: list[str]
    state: list[str]
    honorifics: list[str]
    home_state: list[str] = []  # titles only Japan's head of government has (総理大臣): their country is 日本
    officers: list[str] = []  # corporate officers: of the company the article is about unless named
    place_heads: dict[str, list[str]] = {}  # 知事 → the place it heads ends with 県, 都, 府, 道


class GenericFile(_Strict):
    never_entities: list[str]
    descriptor_prefixes: list[str]
    not_names_after_prefix: list[str] = []
    corporate_forms: list[str]
    droppable_endings: list[str]


class EneFile(_Strict):
    map: dict[str, str | None]
    confidence: dict[str, Confidence]


# --- relations.yaml ---------------------------------------------------------------------------
class PatternRule(_Strict):
    id: str
    predicate: str  # a core predicate, or "title" (decided by the person's title)
    regex: str
    confidence: Confidence = Field(default=0.7, ge=0, le=1)
    require_title: bool = False
    title_from: list[Literal["between", "person"]] = ["between", "person"]  # where the title is read
    list_after: bool = False  # the object is the first of a list that follows (北斗電機のA、B、C)
    object_from_previous_topic: bool = False


class CueRule(_Strict):
    words: list[str] = Field(min_length=1)
    lemmas: list[str] = []  # dictionary forms that are the cue when they head a phrase (case frames only)
    object_particles: list[str]
    subject: list[str]
    object: list[str]
    confidence: Confidence = Field(ge=0, le=1)
    predicate: str | None = None  # default: the cue's key
    reverse: bool = False
    symmetric: bool = False
    relative_head_object: bool = False  # the noun a cue's clause modifies may be its object (本社のある東京)
    coordinated_pairs: bool = True  # a symmetric cue with no object relates the members of its subject list
    object_of_noun: bool = False  # «X»の輸出を禁止: the measure on X's exports targets X
    detect_passive: bool = True  # read 〜された / 〜を受け after the cue as a passive
    passive_swaps_roles: bool = False  # XはYに買収された: Y acquires X
    passive_agent_particles: list[str] = ["に", "によって"]


class ContextRule(_Strict):
    """A relation read off a mention's context (its nationality, its title) instead of a phrase."""

    id: str
    predicate: str
    confidence: Confidence = Field(ge=0, le=1)
    subject_types: list[str] = []  # empty: any type the section allows
    person_title: Literal["state", "place_head", "leads", "officer", "works_for", "minister"] | None = None
    object: str | None = None  # where the object comes from (title_without_organisation)
    object_confidence: Confidence = Field(default=0.9, ge=0, le=1)


class ContextRules(_Strict):
    nationality: list[ContextRule]
    title_without_organisation: list[ContextRule]


class RelationsFile(_Strict):
    not_distributed: list[str] = []
    patterns: list[PatternRule]
    cues: dict[str, CueRule]
    context: ContextRules


MODELS: dict[str, type[_Strict]] = {
    "mentions": MentionsFile,
    "titles": TitlesFile,
    "generic": GenericFile,
    "ene": EneFile,
    "relations": RelationsFile,
}


def rule_path(name: str) -> str:
    return f"kg/data/rules/{name}.yaml"


def rule_error(name: str, where: str, what: str) -> KgError:
    """One error line: ``<what> (kg/data/rules/<name>.yaml: <where>)``."""
    return KgError(f"{what} in {where}", rule_path(name))


@cache
def rules(name: str) -> Any:
    """The rule file ``name`` (a key of :data:`MODELS`), validated against its model."""
    model = MODELS.get(name)
    if model is None:
        raise KgError(f"no rule file named {name!r}")
    return validate(model, load_yaml(DATA / "rules" / f"{name}.yaml"), rule_path(name))
