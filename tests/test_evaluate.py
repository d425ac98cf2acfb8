"""kg eval: the scorer of shared/eval/FORMAT.md on tiny hand-made graphs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from kg.cli.eval import eval_cmd
from kg.errors import KgError, KgUsageError
from kg.evaluate import Report, evaluate, normalize
from kg.exporters.turtle import write_turtle
from kg.graph import add_entity, add_relation, new_graph
from kg.model import Entity, Evidence, Relation, node_id


class Built:
    """A graph written to Turtle; entities are referred to by a short test key."""

    def __init__(self, docs: tuple[str, ...] = ("a.txt",)) -> None:
        self.g = new_graph()
        self.g.graph["documents"] = [
            {"id": d, "path": f"corpus/{d}", "title": d, "chars": 10, "date": None, "url": None} for d in docs
        ]
        self.default_doc = docs[0]
        self.ids: dict[str, str] = {}

    def ent(self, key: str, etype: str, name: str, aliases=(), tickers=(), docs=None) -> Built:
        nid = node_id(etype, name)
        docs = set(docs or [self.default_doc])
        add_entity(g=self.g, ent=Entity(nid, etype, name, set(aliases), set(tickers), 1, docs))
        self.ids[key] = nid
        return self

    def rel(
        self, s: str, p: str, o: str, doc: str | None = None, rule: str = "r", sentence: str = "文。"
    ) -> Built:
        ev = Evidence(doc or self.default_doc, sentence, 0, len(sentence), rule, 0.9)
        add_relation(self.g, Relation(self.ids[s], p, self.ids[o], ev))
        return self

    def write(self, tmp_path: Path) -> Path:
        return write_turtle(self.g, tmp_path / "graph.ttl")


def gold(
    tmp_path: Path, entities: list[dict], relations: list[dict], doc: str = "a.txt", name: str = "g.json"
):
    path = tmp_path / name
    path.write_text(
        json.dumps({"doc": doc, "entities": entities, "relations": relations}, ensure_ascii=False)
    )
    return path


ALIBABA = {"id": "alibaba", "type": "Company", "names": ["アリババ・グループ", "アリババ", "9988.HK"]}
TSAI = {"id": "tsai", "type": "Person", "names": ["蔡崇信", "ジョー・ツァイ"]}
CHINA = {"id": "china", "type": "Country", "names": ["中国"]}


def scores(report: Report) -> dict[str, tuple[float, float, float]]:
    return {
        name: (round(s.precision, 3), round(s.recall, 3), round(s.f1, 3))
        for name, s in (("typed", report.typed), ("untyped", report.untyped), ("relations", report.relations))
    }


def perfect_graph() -> Built:
    return (
        Built()
        .ent("alibaba", "Company", "アリババ", aliases=["アリババ・グループ"])
        .ent("tsai", "Person", "蔡崇信")
        .ent("china", "Country", "中国")
        .rel("tsai", "leads", "alibaba")
        .rel("alibaba", "basedIn", "china")
    )


PERFECT_RELATIONS = [
    {"s": "tsai", "p": "leads", "o": "alibaba"},
    {"s": "alibaba", "p": "basedIn", "o": "china"},
]


def test_perfect_score(tmp_path: Path) -> None:
    ttl = perfect_graph().write(tmp_path)
    report = evaluate(ttl, [gold(tmp_path, [ALIBABA, TSAI, CHINA], PERFECT_RELATIONS)])
    assert scores(report) == {"typed": (1, 1, 1), "untyped": (1, 1, 1), "relations": (1, 1, 1)}
    f = report.files[0]
    assert (f.typed.correct, f.typed.predicted, f.typed.found, f.typed.gold) == (3, 3, 3, 3)
    assert (f.relations.correct, f.relations.predicted, f.relations.found, f.relations.gold) == (2, 2, 2, 2)
    assert not (
        f.missed_entities or f.false_entities or f.wrong_type or f.missed_relations or f.false_relations
    )
    assert f.document is None  # a one-document graph is scored whole


def test_misses_and_false_positives(tmp_path: Path) -> None:
    built = (
        perfect_graph()
        .ent("sony", "Company", "ソニー")
        .rel("sony", "basedIn", "china", sentence="ソニーは中国の企業")
    )
    ttl = built.write(tmp_path)
    extra = {"id": "ant", "type": "Company", "names": ["アント"]}
    rels = [*PERFECT_RELATIONS, {"s": "ant", "p": "subsidiaryOf", "o": "alibaba"}]
    f = evaluate(ttl, gold(tmp_path, [ALIBABA, TSAI, CHINA, extra], rels)).files[0]
    assert (f.untyped.correct, f.untyped.predicted, f.untyped.found, f.untyped.gold) == (3, 4, 3, 4)
    assert f.missed_entities == [{"id": "ant", "type": "Company", "names": ["アント"]}]
    assert [(e["label"], e["reason"]) for e in f.false_entities] == [("ソニー", "not in gold")]
    assert f.missed_relations == ["ant subsidiaryOf alibaba"]
    assert f.false_relations == [
        {"subject": "ソニー", "predicate": "basedIn", "object": "中国", "sentences": ["ソニーは中国の企業"]}
    ]
    assert f.relations.precision == pytest.approx(2 / 3) and f.relations.recall == pytest.approx(2 / 3)


def test_names_match_after_nfkc_case_space_and_middle_dot(tmp_path: Path) -> None:
    assert normalize("ｱﾘﾊﾞﾊﾞ・ グループ") == normalize("アリババグループ") == "アリババグループ"
    assert normalize("Deep Seek") == normalize("DEEPSEEK") == "deepseek"
    ttl = (
        Built()
        .ent("a", "Company", "ｱﾘﾊﾞﾊﾞ･ｸﾞﾙｰﾌﾟ")
        .ent("d", "Company", "深度求索", aliases=["deep seek"])
        .ent("t", "Company", "騰訊", tickers=["0700.hk"])  # only the ticker matches
        .write(tmp_path)
    )
    entities = [
        ALIBABA,
        {"id": "deepseek", "type": "Company", "names": ["DeepSeek"]},
        {"id": "tencent", "type": "Company", "names": ["テンセント", "0700.HK"]},
    ]
    report = evaluate(ttl, gold(tmp_path, entities, []))
    assert scores(report)["typed"] == (1, 1, 1)


def test_a_duplicate_node_counts_against_precision_once_matched(tmp_path: Path) -> None:
    ttl = (
        Built()
        .ent("a1", "Company", "アリババ")
        .ent("a2", "Company", "アリババ・グループ")
        .ent("china", "Country", "中国")
        .write(tmp_path)
    )
    f = evaluate(ttl, gold(tmp_path, [ALIBABA, CHINA], [])).files[0]
    assert (f.untyped.correct, f.untyped.predicted, f.untyped.found, f.untyped.gold) == (2, 3, 2, 2)
    assert (f.typed.correct, f.typed.predicted) == (2, 3)
    assert [e["reason"] for e in f.false_entities] == ["duplicate of alibaba"]


def test_pairing_is_maximal_when_a_node_names_two_entities(tmp_path: Path) -> None:
    """A bad merge naming アリババ and アント must not make the real アリババ node a duplicate."""
    ttl = (
        Built()
        .ent("merged", "Company", "アリババ", aliases=["アント"])  # sorts first, names alibaba first
        .ent("alibaba", "Company", "アリババ・グループ")
        .write(tmp_path)
    )
    ant = {"id": "ant", "type": "Company", "names": ["アント"]}
    f = evaluate(ttl, gold(tmp_path, [ALIBABA, ant], [])).files[0]
    assert (f.untyped.correct, f.untyped.predicted, f.untyped.found) == (2, 2, 2)


def test_optional_entities_and_relations_are_neither_rewarded_nor_punished(tmp_path: Path) -> None:
    ttl = (
        perfect_graph()
        .ent("lo", "Person", "Florence Lo")
        .ent("lo2", "Organization", "florence lo")  # a wrongly typed duplicate of the optional one
        .rel("lo", "worksFor", "alibaba")
        .write(tmp_path)
    )
    optional_person = {"id": "lo", "type": "Person", "names": ["Florence Lo"], "optional": True}
    optional_missing = {"id": "uk", "type": "Country", "names": ["英国"], "optional": True}
    rels = [
        *PERFECT_RELATIONS,
        {"s": "lo", "p": "worksFor", "o": "alibaba", "optional": True},
        {"s": "alibaba", "p": "basedIn", "o": "uk", "optional": True},
    ]
    report = evaluate(ttl, gold(tmp_path, [ALIBABA, TSAI, CHINA, optional_person, optional_missing], rels))
    assert scores(report) == {"typed": (1, 1, 1), "untyped": (1, 1, 1), "relations": (1, 1, 1)}
    f = report.files[0]
    assert (f.typed.predicted, f.typed.gold, f.relations.predicted, f.relations.gold) == (3, 3, 2, 2)
    assert f.missed_entities == [] and f.missed_relations == []


def test_symmetric_relations_match_in_either_direction(tmp_path: Path) -> None:
    ttl = (
        Built()
        .ent("liang", "Person", "梁文鋒")
        .ent("li", "Person", "李強")
        .ent("tsai", "Person", "蔡崇信")
        .ent("alibaba", "Company", "アリババ")
        .rel("li", "meets", "liang")  # gold says liang meets li
        .rel("alibaba", "leads", "tsai")  # reversed, but leads is not symmetric
        .write(tmp_path)
    )
    entities = [
        TSAI,
        ALIBABA,
        {"id": "liang", "type": "Person", "names": ["梁文鋒"]},
        {"id": "li", "type": "Person", "names": ["李強"]},
    ]
    rels = [{"s": "liang", "p": "meets", "o": "li"}, {"s": "tsai", "p": "leads", "o": "alibaba"}]
    f = evaluate(ttl, gold(tmp_path, entities, rels)).files[0]
    assert (f.relations.correct, f.relations.predicted, f.relations.found, f.relations.gold) == (1, 2, 1, 2)
    assert f.missed_relations == ["tsai leads alibaba"]
    assert [(r["subject"], r["predicate"]) for r in f.false_relations] == [("アリババ", "leads")]


def test_list_valued_subject_predicate_and_object(tmp_path: Path) -> None:
    ttl = (
        Built()
        .ent("us", "Government", "米政府")
        .ent("nvidia", "Company", "エヌビディア")
        .ent("chip", "Technology", "AIチップ")
        .ent("alibaba", "Company", "アリババ")
        .ent("oss", "Technology", "オープンソース")
        .rel("us", "restricts", "chip")
        .rel("us", "restricts", "nvidia")
        .rel("alibaba", "uses", "oss")
        .write(tmp_path)
    )
    entities = [
        {"id": "us_gov", "type": "Government", "names": ["米政府"]},
        {"id": "nvidia", "type": "Company", "names": ["エヌビディア"]},
        {"id": "ai_chip", "type": "Technology", "names": ["AIチップ"]},
        ALIBABA,
        {"id": "oss", "type": "Technology", "names": ["オープンソース"]},
    ]
    rels = [
        {"s": ["us_gov"], "p": "restricts", "o": ["ai_chip", "nvidia"]},
        {"s": "alibaba", "p": ["supports", "uses"], "o": "oss"},
    ]
    f = evaluate(ttl, gold(tmp_path, entities, rels)).files[0]
    # both edges match the one list-valued relation: both are correct, the relation is found once
    assert (f.relations.correct, f.relations.predicted, f.relations.found, f.relations.gold) == (3, 3, 2, 2)


def test_a_wrong_type_counts_untyped_but_not_typed(tmp_path: Path) -> None:
    ttl = (
        Built()
        .ent("alibaba", "Organization", "アリババ")
        .ent("reuters", "Company", "ロイター")  # also_types allows Company
        .write(tmp_path)
    )
    reuters = {"id": "reuters", "type": "Organization", "also_types": ["Company"], "names": ["ロイター"]}
    report = evaluate(ttl, gold(tmp_path, [ALIBABA, reuters], []))
    assert scores(report)["untyped"] == (1, 1, 1)
    assert scores(report)["typed"] == (0.5, 0.5, 0.5)
    f = report.files[0]
    assert f.wrong_type == [
        {"id": "alibaba", "type": "Company", "label": "アリババ", "built_type": "Organization"}
    ]
    assert f.false_entities == [
        {
            "label": "アリババ",
            "type": "Organization",
            "iri": f.false_entities[0]["iri"],
            "reason": "wrong type",
        }
    ]


# -- several documents --------------------------------------------------------------------------


def two_doc_graph() -> Built:
    return (
        Built(docs=("a.txt", "b.txt"))
        .ent("alibaba", "Company", "アリババ", docs=["a.txt", "b.txt"])
        .ent("tsai", "Person", "蔡崇信", docs=["a.txt"])
        .ent("china", "Country", "中国", docs=["b.txt"])
        .ent("sony", "Company", "ソニー", docs=["b.txt"])
        .rel("tsai", "leads", "alibaba", doc="a.txt", rule="title")
        .rel("alibaba", "basedIn", "china", doc="b.txt", rule="prefix")
        .rel("sony", "basedIn", "china", doc="b.txt", rule="prefix", sentence="ソニーは中国")
        .rel("alibaba", "basedIn", "china", doc="a.txt", rule="weak")  # same edge, evidence in a too
    )


def test_each_gold_file_is_scored_on_its_document(tmp_path: Path) -> None:
    ttl = two_doc_graph().write(tmp_path)
    ga = gold(
        tmp_path, [ALIBABA, TSAI], [{"s": "tsai", "p": "leads", "o": "alibaba"}], "seeds/a.txt", "a.json"
    )
    gb = gold(tmp_path, [ALIBABA, CHINA], [{"s": "alibaba", "p": "basedIn", "o": "china"}], "b", "b.json")
    report = evaluate(ttl, [ga, gb])
    fa, fb = report.files
    assert (fa.document, fb.document) == ("a.txt", "b.txt")
    # document a: only its entities (china and sony are not mentioned there) and its evidenced edges
    assert (fa.untyped.correct, fa.untyped.predicted) == (2, 2)
    assert (fa.relations.correct, fa.relations.predicted) == (
        1,
        2,
    )  # alibaba basedIn china is not in a's gold
    # document b: sony is a false entity and a false edge
    assert (fb.untyped.correct, fb.untyped.predicted, fb.untyped.found) == (2, 3, 2)
    assert (fb.relations.correct, fb.relations.predicted, fb.relations.found) == (1, 2, 1)
    assert fb.false_relations[0]["sentences"] == ["ソニーは中国"]
    # totals are micro-averaged: counts summed over files
    assert (report.untyped.correct, report.untyped.predicted) == (4, 5)
    assert (report.relations.correct, report.relations.predicted, report.relations.found) == (2, 4, 2)
    assert report.relations.precision == 0.5
    # precision per rule, counted only on the evidence of the scored document
    by_rule = {r: (s.correct, s.predicted) for r, s in report.by_rule.items()}
    assert by_rule == {"title": (1, 1), "prefix": (1, 2), "weak": (0, 1)}
    assert list(report.by_rule) == ["weak", "prefix", "title"]  # weakest first


def test_gold_directories_are_expanded(tmp_path: Path) -> None:
    ttl = two_doc_graph().write(tmp_path)
    golds = tmp_path / "golds"
    golds.mkdir()
    gold(golds, [TSAI], [], "a.txt", "a.gold.json")
    gold(golds, [CHINA], [], "b.txt", "b.gold.json")
    report = evaluate(ttl, [golds])
    assert [Path(f.gold).name for f in report.files] == ["a.gold.json", "b.gold.json"]


def test_gold_document_missing_from_a_multi_document_graph(tmp_path: Path) -> None:
    ttl = two_doc_graph().write(tmp_path)
    g = gold(tmp_path, [TSAI], [], "elsewhere/c.txt")
    with pytest.raises(KgError, match="'elsewhere/c.txt' is not in the graph") as err:
        evaluate(ttl, g)
    assert err.value.path == str(g)


# -- bad gold files ----------------------------------------------------------------------------


def write(tmp_path: Path, content: Any) -> Path:
    p = tmp_path / "bad.json"
    p.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return p


OK_ENTITY = {"id": "a", "type": "Company", "names": ["A"]}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"doc": "a.txt",\n "entities": [,]}', "not valid JSON"),
        ([], "expected a JSON object"),
        ({"doc": "a.txt", "relations": []}, "'entities'"),
        ({"entities": [], "relations": []}, "'doc'"),
        (
            {"doc": "a", "entities": [{"type": "Company", "names": ["A"]}], "relations": []},
            "needs a string 'id'",
        ),
        (
            {"doc": "a", "entities": [{**OK_ENTITY, "type": "Firm"}], "relations": []},
            "unknown entity type 'Firm'",
        ),
        (
            {"doc": "a", "entities": [{**OK_ENTITY, "also_types": ["X"]}], "relations": []},
            "unknown entity type 'X'",
        ),
        ({"doc": "a", "entities": [{**OK_ENTITY, "names": []}], "relations": []}, "names must be"),
        ({"doc": "a", "entities": [OK_ENTITY, OK_ENTITY], "relations": []}, "duplicate entity id 'a'"),
        (
            {"doc": "a", "entities": [OK_ENTITY], "relations": [{"s": "a", "p": "leads", "o": "zz"}]},
            "unknown entity id 'zz'",
        ),
        (
            {"doc": "a", "entities": [OK_ENTITY], "relations": [{"s": "a", "p": "owns", "o": "a"}]},
            "unknown predicate 'owns'",
        ),
        (
            {"doc": "a", "entities": [OK_ENTITY], "relations": [{"s": "a", "o": "a"}]},
            r"relations\[0\].p must be",
        ),
        ({"doc": "a", "entities": [{**OK_ENTITY, "optional": "yes"}], "relations": []}, "optional must be"),
    ],
)
def test_invalid_gold_file_is_one_clear_error_naming_it(tmp_path: Path, content: Any, message: str) -> None:
    ttl = perfect_graph().write(tmp_path)
    bad = write(tmp_path, content)
    with pytest.raises(KgError, match=message) as err:
        evaluate(ttl, bad)
    assert err.value.path == str(bad)
    assert "\n" not in str(err.value) and str(bad) in str(err.value)


def test_json_error_reports_its_line(tmp_path: Path) -> None:
    bad = write(tmp_path, '{"doc": "a.txt",\n "entities": [,]}')
    with pytest.raises(KgError) as err:
        evaluate(perfect_graph().write(tmp_path), bad)
    assert err.value.line == 2


def test_missing_gold_paths_are_usage_errors(tmp_path: Path) -> None:
    ttl = perfect_graph().write(tmp_path)
    with pytest.raises(KgUsageError, match="gold file not found"):
        evaluate(ttl, tmp_path / "none.json")
    (tmp_path / "empty").mkdir()
    with pytest.raises(KgUsageError, match="no gold files"):
        evaluate(ttl, tmp_path / "empty")


def test_gold_files_are_checked_before_the_graph(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="not valid JSON"):
        evaluate(tmp_path / "missing.ttl", write(tmp_path, "{"))
    with pytest.raises(KgError, match="graph file not found"):
        evaluate(tmp_path / "missing.ttl", gold(tmp_path, [OK_ENTITY], []))


# -- the command and the report ----------------------------------------------------------------


def app() -> typer.Typer:
    a = typer.Typer()
    a.command("eval")(eval_cmd)
    a.command("other")(lambda: None)
    return a


def test_cli_prints_scores_misses_and_false_positives(tmp_path: Path) -> None:
    ttl = two_doc_graph().write(tmp_path)
    ga = gold(
        tmp_path, [ALIBABA, TSAI, {"id": "x", "type": "Person", "names": ["X氏"]}], [], "a.txt", "a.json"
    )
    gb = gold(tmp_path, [ALIBABA, CHINA], [{"s": "alibaba", "p": "basedIn", "o": "china"}], "b.txt", "b.json")
    args = ["eval", str(ttl), "--gold", str(ga), "--gold", str(gb), "--by-rule"]
    res = CliRunner().invoke(app(), args, env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    out = res.output
    assert "typed entities" in out and "relations" in out
    assert "document a.txt" in out and "document b.txt" in out
    assert "missed entity    x (Person): X氏" in out
    assert "false entity     'ソニー' (Company): not in gold" in out
    assert "false relation   ソニー basedIn 中国" in out and "「ソニーは中国」" in out
    assert "total over 2 gold files" in out
    assert "precision by rule" in out and "weak" in out


def test_cli_json_matches_the_api(tmp_path: Path) -> None:
    ttl = perfect_graph().write(tmp_path)
    g = gold(
        tmp_path, [ALIBABA, TSAI, CHINA], PERFECT_RELATIONS + [{"s": "tsai", "p": "meets", "o": "alibaba"}]
    )
    res = CliRunner().invoke(app(), ["eval", str(ttl), "--gold", str(g), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data == json.loads(json.dumps(evaluate(ttl, g).to_dict()))
    assert data["total"]["typed_entities"] == {
        "correct": 3,
        "predicted": 3,
        "found": 3,
        "gold": 3,
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
    }
    rel = data["total"]["relations"]
    assert (rel["correct"], rel["predicted"], rel["found"], rel["gold"]) == (2, 2, 2, 3)
    assert (rel["precision"], rel["recall"], rel["f1"]) == (1.0, 0.6667, 0.8)
    assert data["by_rule"] == {"r": {"correct": 2, "predicted": 2, "precision": 1.0}}


def test_cli_requires_gold(tmp_path: Path) -> None:
    res = CliRunner().invoke(app(), ["eval", str(perfect_graph().write(tmp_path))])
    assert res.exit_code == 2
