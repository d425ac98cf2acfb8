"""Graphs for the graph.html tests, built directly through kg.graph (no NLP pipeline)."""

from __future__ import annotations

import random
from functools import partial

import networkx as nx
from helpers import make_entity

from kg.graph import add_entity, add_relation, new_graph
from kg.model import ENTITY_TYPES, PREDICATES, SYMMETRIC, Entity, Evidence, Relation

#: Payloads that would run script if any of them reached an HTML sink; each sets a window flag.
XSS_NAME = '<img src=x onerror="window.__kgPwned=1">'
XSS_ALIAS = "</script><script>window.__kgPwned=2</script>"
XSS_SENTENCE = (
    'He said "hi" & left: <a href="javascript:window.__kgPwned=3">href</a>'
    "<svg onload=window.__kgPwned=4></svg>\u2028<!--</script>"
)
XSS_DOC_TITLE = "<script>window.__kgPwned=5</script>"
XSS_DOC_URL = "javascript:window.__kgPwned=6"

DOC = "seed-001"
DOC_URL = "https://www.reuters.example/article/deepseek"


_ent = partial(make_entity, docs=(DOC,))


def _rel(
    s: Entity,
    p: str,
    o: Entity,
    sentence: str,
    start: int,
    conf: float = 0.8,
    doc: str = DOC,
    rule: str = "test",
) -> Relation:
    ev = Evidence(
        doc=doc, sentence=sentence, start=start, end=start + len(sentence), rule=rule, confidence=conf
    )
    return Relation(subject=s.id, predicate=p, object=o.id, evidence=ev)


def sample_entities() -> dict[str, Entity]:
    return {
        "deepseek": _ent("Company", "ディープシーク", ["深度求索", "DeepSeek"], mentions=9),
        "alibaba": _ent("Company", "アリババ・グループ", ["アリババ", "Alibaba"], ["9988.HK"], mentions=6),
        "ant": _ent("Company", "アント・グループ", ["アント"], mentions=2),
        "nvidia": _ent("Company", "エヌビディア", ["米エヌビディア", "Nvidia"], ["NVDA.O"], mentions=3),
        "liang": _ent("Person", "梁文鋒", ["Liang Wenfeng"], mentions=2),
        "li": _ent("Person", "李強", mentions=1),
        "tsai": _ent("Person", "蔡崇信", ["ジョー・ツァイ"], mentions=2),
        "china_gov": _ent("Government", "中国政府", ["中央政府"], mentions=4),
        "us_gov": _ent("Government", "米政府", ["米国政府"], mentions=3),
        "china": _ent("Country", "中国", ["China"], mentions=12),
        "beijing": _ent("Place", "北京", mentions=1),
        "llm": _ent("Technology", "大規模言語モデル", ["LLM"], mentions=2),
        "oss": _ent("Technology", "オープンソース", ["オープンソース化"], mentions=7),
        "chip": _ent("Technology", "AIチップ", ["チップ"], mentions=3),
        "csis": _ent("Organization", "戦略国際問題研究所", ["CSIS"], mentions=2),
    }


#: Evidence sentences of the sample graph (start offsets are made up but fixed).
SENTENCES = {
    "ceo": "ディープシークの最高経営責任者(CEO)、梁文鋒氏は1月に李強首相と会談した際、"
    "AI部門の代表として出席した。",
    "llm": "ディープシークが今年初め、最先端の大規模言語モデルを無料で公開した。",
    "cn": "中国新興AI(人工知能)企業ディープシーク(深度求索)が公開した。",
    "bj": "写真はディープシークの事務所がある北京のビル。",
    "ant": "アリババ傘下の金融会社アント・グループは国産チップを使っている。",
    "tsai": "アリババの蔡崇信(ジョー・ツァイ)会長は述べた。",
    "oss1": "アリババ・グループもオープンソース化を受け入れている。",
    "oss2": "アリババはオープンソースを支持する姿勢を示した。",
    "gov": "中国政府は無論、オープンソース化を支持している。",
    "ban": "米政府の輸出規制により、中国企業は米エヌビディアの最も優れたAIチップにアクセスできない。",
    "nv": "米エヌビディアの最も優れたAIチップ。",
    "rival": "アリババはディープシークに対抗するモデルを公開した。",
    "csis": "戦略国際問題研究所(CSIS)は中国のAIを分析した。",
}

#: (subject, predicate, object, sentence key, start, confidence, document)
RELATIONS = [
    ("liang", "leads", "deepseek", "ceo", 100, 0.9, DOC),
    ("liang", "worksFor", "deepseek", "ceo", 100, 0.6, DOC),
    ("liang", "meets", "li", "ceo", 100, 0.85, DOC),
    ("deepseek", "develops", "llm", "llm", 10, 0.8, DOC),
    ("deepseek", "basedIn", "china", "cn", 10, 0.8, DOC),
    ("deepseek", "basedIn", "beijing", "bj", 200, 0.5, DOC),
    ("ant", "subsidiaryOf", "alibaba", "ant", 900, 0.8, DOC),
    ("ant", "uses", "chip", "ant", 900, 0.7, DOC),
    ("tsai", "leads", "alibaba", "tsai", 1200, 0.8, DOC),
    ("alibaba", "supports", "oss", "oss1", 400, 0.7, DOC),
    ("alibaba", "supports", "oss", "oss2", 40, 0.75, "seed-002"),
    ("china_gov", "supports", "oss", "gov", 700, 0.8, DOC),
    ("us_gov", "restricts", "chip", "ban", 1500, 0.8, DOC),
    ("us_gov", "restricts", "nvidia", "ban", 1500, 0.6, DOC),
    ("nvidia", "develops", "chip", "nv", 1500, 0.8, DOC),
    ("alibaba", "competesWith", "deepseek", "rival", 1800, 0.55, DOC),
    ("csis", "basedIn", "china", "csis", 2000, 0.4, DOC),
]


def sample_graph() -> nx.MultiDiGraph:
    """A small graph shaped like the seed article: every type, many predicates, parallel edges."""
    e = sample_entities()
    g = new_graph()
    g.graph["documents"] = [
        {
            "id": DOC,
            "path": "seeds/001.txt",
            "title": "中国、生成AIのオープンソース化で好感度アップ",
            "chars": 10956,
            "date": "2025-04-01",
            "url": DOC_URL,
        },
        {"id": "seed-002", "path": "seeds/002.txt", "title": "", "chars": 100, "date": None, "url": None},
    ]
    for ent in e.values():
        add_entity(g, ent)
    for s, p, o, key, start, conf, doc in RELATIONS:
        add_relation(g, _rel(e[s], p, e[o], SENTENCES[key], start, conf, doc=doc))
    return g


def hostile_graph() -> nx.MultiDiGraph:
    """The sample graph plus an entity, alias, evidence and document built from XSS payloads."""
    g = sample_graph()
    e = sample_entities()
    bad = _ent("Company", XSS_NAME, [XSS_ALIAS, 'quote " and href'], mentions=5, docs=["evil-doc"])
    add_entity(g, bad)
    add_relation(g, _rel(bad, "acquires", e["deepseek"], XSS_SENTENCE, 0, 0.9, doc="evil-doc"))
    g.graph["documents"].append(
        {
            "id": "evil-doc",
            "path": "x.txt",
            "title": XSS_DOC_TITLE,
            "chars": 1,
            "date": None,
            "url": XSS_DOC_URL,
        }
    )
    return g


def synthetic_graph(n_nodes: int, n_edges: int, seed: int = 1) -> nx.MultiDiGraph:
    """A random typed graph with a few hubs, for the large (precomputed layout) mode."""
    rnd = random.Random(seed)
    g = new_graph()
    ids = []
    for i in range(n_nodes):
        etype = ENTITY_TYPES[i % len(ENTITY_TYPES)]
        ent = _ent(
            etype, f"エンティティ{i:05d}", [f"E{i}"], mentions=1 + rnd.randrange(20), docs=[f"d{i % 50:02d}"]
        )
        add_entity(g, ent)
        ids.append(ent.id)
    preds = list(PREDICATES)
    edges = 0
    while edges < n_edges:  # number_of_edges() is O(n) on a MultiDiGraph: count by hand
        a = ids[min(int(rnd.paretovariate(1.2)) - 1, n_nodes - 1)] if rnd.random() < 0.3 else rnd.choice(ids)
        b = rnd.choice(ids)
        p = rnd.choice(preds)
        if a == b:
            continue
        ev = Evidence(
            doc=f"d{rnd.randrange(50):02d}",
            sentence=f"文{rnd.randrange(10**6)}。",
            start=0,
            end=3,
            rule="synthetic",
            confidence=round(rnd.uniform(0.3, 1.0), 2),
        )
        before = g.has_edge(a, b, key=p) or (p in SYMMETRIC and g.has_edge(b, a, key=p))
        add_relation(g, Relation(subject=a, predicate=p, object=b, evidence=ev))
        edges += 0 if before else 1
    return g


#: A small corpus over time: (document id, date, title), and what each article says.
DATED_DOCS = [
    ("n1", "2025-01-10", "ディープシーク、R1を公開"),
    ("n2", "2025-02-20", "アリババ、R1を採用"),
    ("n3", "2025-03-05", "米政府、エヌビディアの輸出を制限"),
    ("n4", None, "日付のない解説記事"),
]
#: (subject, predicate, object, document): entity keys of sample_entities()
DATED_RELATIONS = [
    ("deepseek", "develops", "llm", "n1"),
    ("liang", "leads", "deepseek", "n1"),
    ("deepseek", "develops", "llm", "n2"),
    ("alibaba", "uses", "llm", "n2"),
    ("tsai", "leads", "alibaba", "n2"),
    ("us_gov", "restricts", "nvidia", "n3"),
    ("nvidia", "develops", "chip", "n3"),
    ("china_gov", "supports", "oss", "n4"),
]
#: Entities each article mentions without any relation (most of the corpus, as in real news).
DATED_LONERS = {
    "n1": ["china", "beijing", "li"],
    "n2": ["ant", "csis"],
    "n3": ["china"],
    "n4": [],
}


DATED_EXTRA_LONERS = [
    ("Company", "トヨタ自動車"),
    ("Country", "日本"),
    ("Place", "東京"),
    ("Company", "ソニーグループ"),
    ("Government", "経済産業省"),
    ("Technology", "半導体"),
]


def dated_graph() -> nx.MultiDiGraph:
    """Four articles, three dated, and more unconnected entities than connected ones; with the time
    facts kg's graph stage adds (kg.graph.from_parts)."""
    from kg.graph import from_parts

    base = sample_entities()
    docs: dict[str, set[str]] = {k: set() for k in base}
    relations = []
    for s, _p, o, doc in DATED_RELATIONS:
        docs[s].add(doc)
        docs[o].add(doc)
    for doc, keys in DATED_LONERS.items():
        for k in keys:
            docs[k].add(doc)
    ents = {
        k: make_entity(e.type, e.name, sorted(e.aliases), sorted(e.tickers), e.mentions, docs[k])
        for k, e in base.items()
        if docs[k]
    }
    for i, (etype, name) in enumerate(DATED_EXTRA_LONERS):
        doc = DATED_DOCS[i % len(DATED_DOCS)][0]
        ents[name] = make_entity(etype, name, docs=[doc])
    for i, (s, p, o, doc) in enumerate(DATED_RELATIONS):
        sentence = f"{ents[s].name}と{ents[o].name}の文{i}。"
        relations.append(_rel(ents[s], p, ents[o], sentence, 10 * i, doc=doc))
    documents = [
        {"id": d, "path": f"news/{d}.txt", "title": t, "chars": 100, "date": date, "url": None}
        for d, date, t in DATED_DOCS
    ]
    return from_parts(ents.values(), relations, documents)


def dated_synthetic_graph(n_nodes: int, n_edges: int, n_docs: int = 60, seed: int = 3) -> nx.MultiDiGraph:
    """synthetic_graph with n_docs dated articles (one date each, a few undated), for the 2,000-node page."""
    import datetime as dt

    from kg.graph import add_seen_dates

    g = synthetic_graph(n_nodes, n_edges, seed)
    rnd = random.Random(seed)
    used = sorted(
        {d for _, data in g.nodes(data=True) for d in data["docs"]}
        | {ev["doc"] for *_, data in g.edges(data=True) for ev in data["evidence"]}
    )
    start = dt.date(2024, 1, 1)
    g.graph["documents"] = [
        {
            "id": d,
            "path": f"news/{d}.txt",
            "title": f"記事{d}",
            "chars": 100,
            "date": None if i % 10 == 9 else (start + dt.timedelta(days=rnd.randrange(500))).isoformat(),
            "url": None,
        }
        for i, d in enumerate(used)
    ]
    add_seen_dates(g)
    return g
