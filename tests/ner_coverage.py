"""Does kg find, typed, the people, organisations and places GiNZA's own NER finds?

Measured on texts written for this project about politics, sports and society
(``tests/data/general``, gold files in the format of ``../shared/eval/FORMAT.md``). Both sides
are scored on the same required gold entities, in three coarse classes: a person, an
organisation (a company, a government body or another organisation) and a place (a country or a
place). GiNZA finds an entity when one of its NER spans of a label of that class equals one of
the entity's names (a title at the end of a person's span cut off); kg finds it when a node of
that class has one of the names as its name or an alias.

Run it to print the table: ``python tests/ner_coverage.py [--without-lexicon TYPES]``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import kg
from kg.evaluate import load_gold, normalize
from kg.mentions import title_regex
from kg.parse import parse_documents
from kg.read import read_documents

GENERAL = Path(__file__).parent / "data" / "general"

#: Coarse classes of kg's entity types.
KG_CLASS = {
    "Person": "person",
    "Company": "organisation",
    "Government": "organisation",
    "Organization": "organisation",
    "Country": "place",
    "Place": "place",
}
#: Coarse classes of GiNZA's extended named entity labels (every label of those kinds).
NER_CLASS = {
    "Person": "person",
    **dict.fromkeys(
        [
            "Company", "Company_Group", "Corporation_Other", "Organization_Other", "Political_Party",
            "Political_Organization_Other", "Government", "Public_Institution", "Cabinet",
            "International_Organization", "Military", "Show_Organization", "Pro_Sports_Organization",
            "Sports_Organization_Other", "Sports_League", "School", "Research_Institute", "Newspaper",
        ],
        "organisation",
    ),
    **dict.fromkeys(
        [
            "City", "Province", "County", "GPE_Other", "Country", "Continental_Region", "Domestic_Region",
            "Geological_Region_Other", "Island", "Location_Other", "Region_Other",
        ],
        "place",
    ),
}
CLASSES = ("person", "organisation", "place")


@dataclass
class Coverage:
    """Required gold entities per class, and how many of them each side found typed."""

    gold: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CLASSES, 0))
    ner: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CLASSES, 0))
    kg: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CLASSES, 0))
    ner_only: list[str] = field(default_factory=list)  # found by GiNZA, missed by kg

    def recall(self, side: str, cls: str | None = None) -> float:
        found = getattr(self, side)
        keys = [cls] if cls else list(CLASSES)
        total = sum(self.gold[k] for k in keys)
        return sum(found[k] for k in keys) / total if total else 0.0


def _ner_keys(parsed) -> set[tuple[str, str]]:
    """(class, normalised name) of every NER span of a person, organisation or place label."""
    out = set()
    for sent in parsed.sentences:
        for ent in sent.ents:
            cls = NER_CLASS.get(ent.label)
            if cls is None:
                continue
            name = sent.text[ent.start : ent.end].strip()
            out.add((cls, normalize(name)))
            if cls == "person" and (t := title_regex().search(name)) and t.start() > 0:
                out.add((cls, normalize(name[: t.start()])))
    return out


def _kg_keys(graph) -> set[tuple[str, str]]:
    out = set()
    for _, d in graph.nodes(data=True):
        cls = KG_CLASS.get(d.get("type"))
        if cls is None:
            continue
        for name in (d["name"], *d.get("aliases", ())):
            out.add((cls, normalize(name)))
    return out


def coverage(folder: Path = GENERAL, without_lexicon: tuple[str, ...] = ()) -> Coverage:
    cov = Coverage()
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = load_gold(gold_path)
        text_path = folder / Path(gold.doc).name
        docs = list(read_documents([text_path]))
        ner = set().union(*(_ner_keys(p) for p in parse_documents(docs)))
        found = _kg_keys(kg.build([text_path], without_lexicon=without_lexicon, use_cache=False).graph)
        for e in gold.entities.values():
            classes = {KG_CLASS.get(t) for t in e.types} - {None}
            if e.optional or not classes:
                continue
            cls = KG_CLASS[e.type]
            cov.gold[cls] += 1
            by_ner = any((c, k) in ner for c in classes for k in e.keys)
            by_kg = any((c, k) in found for c in classes for k in e.keys)
            cov.ner[cls] += by_ner
            cov.kg[cls] += by_kg
            if by_ner and not by_kg:
                cov.ner_only.append(f"{gold_path.name}: {e.names[0]} ({e.type})")
    return cov


def main(argv: list[str]) -> None:
    flag = "--without-lexicon"
    without = tuple(argv[argv.index(flag) + 1].split(",")) if flag in argv else ()
    cov = coverage(without_lexicon=without)
    print(f"{'class':<14}{'gold':>6}{'GiNZA NER':>12}{'kg':>8}")
    for cls in (*CLASSES, None):
        gold = sum(cov.gold.values()) if cls is None else cov.gold[cls]
        print(f"{cls or 'all':<14}{gold:>6}{cov.recall('ner', cls):>12.3f}{cov.recall('kg', cls):>8.3f}")
    for line in cov.ner_only:
        print("found by GiNZA only:", line)


if __name__ == "__main__":
    main(sys.argv[1:])
