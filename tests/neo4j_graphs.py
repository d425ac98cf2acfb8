"""Test graphs for the Neo4j tests, built directly with kg.graph (no NLP pipeline)."""

from __future__ import annotations

from functools import partial
from typing import Any

import networkx as nx
from helpers import make_entity

from kg.graph import add_entity, add_relation, add_seen_dates, new_graph
from kg.model import Entity, Evidence, Relation, node_id

SEED_DOC = "seeds/000_cbc7834f473b03be.txt"


_ent = partial(make_entity, docs=(SEED_DOC,))


def _rel(g: nx.MultiDiGraph, s: Entity, p: str, o: Entity, sentence: str, start: int, rule: str, conf=0.8):
    add_relation(
        g, Relation(s.id, p, o.id, Evidence(SEED_DOC, sentence, start, start + len(sentence), rule, conf))
    )


def seed_graph() -> nx.MultiDiGraph:
    """A graph shaped like the seed article's: every entity type, several predicates."""
    g = new_graph()
    g.graph["documents"] = [
        {
            "id": SEED_DOC,
            "path": SEED_DOC,
            "title": "中国AI新興ディープシーク",
            "chars": 2400,
            "date": None,
            "url": None,
        },
        {
            "id": "seeds/001_second.txt",
            "path": "seeds/001_second.txt",
            "title": "米政府、AI半導体の輸出を制限",
            "chars": 900,
            "date": "2025-01-28",
            "url": "https://example.com/news/1?a=b&c=d",
        },
    ]
    deepseek = _ent("Company", "ディープシーク", {"深度求索", "DeepSeek"}, mentions=12)
    liang = _ent("Person", "梁文峰", {"リャン・ウェンフォン"}, mentions=3)
    alibaba = _ent("Company", "アリババ", {"阿里巴巴"}, {"9988.HK", "BABA"}, mentions=4)
    wu = _ent("Person", "呉泳銘", mentions=1)
    nvidia = _ent(
        "Company", "エヌビディア", {"NVIDIA"}, {"NVDA"}, mentions=5, docs=(SEED_DOC, "seeds/001_second.txt")
    )
    us_gov = _ent("Government", "米政府", mentions=2, docs=(SEED_DOC, "seeds/001_second.txt"))
    chip = _ent("Technology", "AI半導体", {"AIチップ"}, mentions=3, docs=("seeds/001_second.txt",))
    china = _ent("Country", "中国", mentions=6)
    hangzhou = _ent("Place", "杭州", mentions=1)
    eu = _ent("Organization", "欧州連合", {"EU"}, mentions=1)
    r1 = _ent("Technology", "R1", mentions=2)
    for e in (deepseek, liang, alibaba, wu, nvidia, us_gov, chip, china, hangzhou, eu, r1):
        add_entity(g, e)
    _rel(g, liang, "leads", deepseek, "ディープシークの梁文峰CEOは語った。", 10, "title-ceo", 0.9)
    _rel(g, wu, "leads", alibaba, "アリババの呉泳銘CEOは述べた。", 200, "title-ceo", 0.85)
    _rel(g, deepseek, "develops", r1, "ディープシークはR1を公開した。", 40, "verb-develop")
    _rel(g, deepseek, "develops", r1, "ディープシークはR1を公開した。", 40, "verb-release", 0.7)
    _rel(g, us_gov, "restricts", chip, "米政府はAI半導体の輸出を規制している。", 400, "verb-restrict", 0.75)
    _rel(g, us_gov, "restricts", nvidia, "米政府はエヌビディアの輸出を制限した。", 480, "verb-restrict", 0.7)
    _rel(g, deepseek, "basedIn", hangzhou, "杭州に本社を置くディープシーク", 5, "based-hq", 0.8)
    _rel(g, deepseek, "basedIn", china, "中国のディープシーク", 0, "nationality", 0.6)
    _rel(g, alibaba, "uses", r1, "アリババはR1を採用した。", 600, "verb-use", 0.65)
    _rel(
        g,
        nvidia,
        "competesWith",
        deepseek,
        "エヌビディアはディープシークと競合する。",
        700,
        "verb-compete",
        0.5,
    )
    _rel(g, eu, "restricts", deepseek, "EUはディープシークを規制した。", 800, "verb-restrict", 0.6)
    add_seen_dates(g)  # first/last seen from the one dated document, article counts from both
    return g


#: Text that breaks naive escaping in Cypher string literals, CSV and the Cypher pre-parser.
HOSTILE = [
    'O\'Reilly "quoted" 社',
    "back\\slash\\ and trailing\\",
    "\\u0027}) DETACH DELETE n //",
    "\\'; MATCH (n) DETACH DELETE n; //",
    "line one\nline two\r\nthree\ttab",
    "`Robert`); DROP CONSTRAINT entity_id; //",
    "絵文字😀🇯🇵👨‍👩‍👧 末尾",
    'comma, "quote", \\"escaped\\"',
    "\\\\u0027\\\\",
    "semi;colon",
]


def hostile_graph() -> nx.MultiDiGraph:
    """Every hostile string appears as a name, an alias, a document field and evidence."""
    g = new_graph()
    doc_id = 'docs/it\'s "odd"\\\\u0027 😀.txt'
    g.graph["documents"] = [
        {
            "id": doc_id,
            "path": doc_id,
            "title": HOSTILE[0] + HOSTILE[4],
            "chars": 10,
            "date": None,
            "url": None,
        },
        # "" must stay an empty string, not become a missing property
        {"id": "empty-title", "path": "", "title": "", "chars": 0, "date": "", "url": None},
    ]
    people: list[Entity] = []
    for i, text in enumerate(HOSTILE):
        p = Entity(
            id=node_id("Person", text),
            type="Person",
            name=text,
            aliases={f"{HOSTILE[(i + 1) % len(HOSTILE)]}", f"alias {i}"},
            mentions=i + 1,
            docs={doc_id},
        )
        add_entity(g, p)
        people.append(p)
    org = Entity(
        id=node_id("Company", HOSTILE[2]), type="Company", name=HOSTILE[2], docs={doc_id}, tickers={"X;Y"}
    )
    add_entity(g, org)
    for i, p in enumerate(people):
        ev = Evidence(
            doc_id, HOSTILE[i] + " " + HOSTILE[-1 - i], i * 10, i * 10 + 5, "rule'" + HOSTILE[3], 0.5
        )
        add_relation(g, Relation(p.id, "leads" if i % 2 else "worksFor", org.id, ev))
    g.graph["documents"][0]["date"] = "2025-05-05"  # so every path also carries firstSeen/lastSeen dates
    add_seen_dates(g)
    return g


#: A small dated corpus for the --sync tests: (document id, date, relations stated in it).
#: Articles a1 and a2 form build A; b1 and b2 (undated) are added in build A+B.
CORPUS: dict[str, tuple[str | None, list[tuple[tuple[str, str], str, tuple[str, str]]]]] = {
    "a1": ("2025-01-10", [
        (("Company", "ディープシーク"), "develops", ("Technology", "R1")),
        (("Person", "梁文峰"), "leads", ("Company", "ディープシーク")),
    ]),
    "a2": ("2025-02-20", [
        (("Company", "アリババ"), "uses", ("Technology", "R1")),
        (("Company", "ディープシーク"), "develops", ("Technology", "R1")),
    ]),
    "b1": ("2025-03-05", [
        (("Company", "エヌビディア"), "supplies", ("Company", "アリババ")),
        (("Government", "米政府"), "restricts", ("Company", "エヌビディア")),
        (("Company", "アリババ"), "uses", ("Technology", "R1")),
    ]),
    "b2": (None, [
        (("Government", "米政府"), "restricts", ("Company", "ディープシーク")),
    ]),
}


def corpus_graph(doc_ids: tuple[str, ...]) -> nx.MultiDiGraph:
    """The graph kg builds from these articles of :data:`CORPUS`, time facts included."""
    from kg.graph import from_parts

    entities: dict[tuple[str, str], Entity] = {}
    relations: list[Relation] = []
    for doc in doc_ids:
        _, rels = CORPUS[doc]
        for i, (s, p, o) in enumerate(rels):
            for etype, name in (s, o):
                ent = entities.setdefault((etype, name), make_entity(etype, name, mentions=0))
                ent.docs.add(doc)
                ent.mentions += 1
            sentence = f"{s[1]}と{o[1]}の記事{doc}の{i}文目。"
            ev = Evidence(doc, sentence, 100 * i, 100 * i + len(sentence), f"rule-{p}", 0.8)
            relations.append(Relation(entities[s].id, p, entities[o].id, ev))
    documents = [
        {"id": doc, "path": f"news/{doc}.txt", "title": f"記事{doc}", "chars": 500, "date": CORPUS[doc][0],
         "url": None}
        for doc in doc_ids
    ]
    return from_parts(entities.values(), relations, documents)


def fill_with_stale_kg_data(session: Any, nodes: int, relationships: int) -> None:
    """What an earlier push of a bigger build leaves: ``nodes`` kg-stamped entities and
    ``relationships`` kg-stamped relationships of kg's types between them (kgBuild 'earlier'),
    made on the server in transactions of 1,000 rows."""
    from kg.exporters.neo4j import REL_TYPES

    session.run(
        "UNWIND range(0, $n - 1) AS i CALL (i) { CREATE (:Entity:Company {id: 'old-' + i, name: 'old ' + i,"
        " kgBuild: 'earlier'}) } IN TRANSACTIONS OF 1000 ROWS",
        n=nodes,
    ).consume()
    session.run("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE").consume()
    session.run("CALL db.awaitIndexes()").consume()
    types = sorted(REL_TYPES.values())
    for k, rtype in enumerate(types):  # the type is a fixed identifier of kg's vocabulary
        session.run(
            f"UNWIND range($k, $m - 1, $step) AS i CALL (i) {{"
            f" MATCH (a:Entity {{id: 'old-' + (i % $n)}}), (b:Entity {{id: 'old-' + ((i * 7919 + 1) % $n)}})"
            f" CREATE (a)-[:{rtype} {{kgBuild: 'earlier'}}]->(b) }} IN TRANSACTIONS OF 1000 ROWS",
            k=k,
            m=relationships,
            step=len(types),
            n=nodes,
        ).consume()
