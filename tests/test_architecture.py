"""The package's shape: no import cycle, no oversized class, rule files checked when they load,
mention sources and the relation extractor usable without GiNZA."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

import kg.rules
from kg.errors import KgError
from kg.lexicon import load_lexicon
from kg.mentions import MentionFinder
from kg.mentions.candidate import Candidate
from kg.mentions.sources.known import KnownName, KnownNameSource
from kg.mentions.sources.lexicon import LexiconSource
from kg.mentions.sources.patterns import PatternSource
from kg.model import EntityKey, Mention, ParsedDocument, ParsedSentence
from kg.read import make_document
from kg.relations import extract_relations

PACKAGE = Path(kg.rules.__file__).resolve().parent
MAX_CLASS_LINES = 250


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(tree: ast.AST, module: str) -> set[str]:
    """Every kg module ``module`` imports, wherever the import stands (function, TYPE_CHECKING)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("kg."))
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "kg" or node.module.startswith("kg."):
                out.add(node.module)
    out.discard(module)
    return out


def import_graph() -> nx.DiGraph:
    g = nx.DiGraph()
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module_name(path)
        g.add_node(module)
        for target in _imports(ast.parse(path.read_text(encoding="utf-8")), module):
            g.add_edge(module, target)
    return g


def test_no_import_cycle_inside_the_package() -> None:
    g = import_graph()
    assert g.number_of_nodes() > 30 and g.has_edge("kg.pipeline", "kg.resolve")
    cycles = list(nx.simple_cycles(g))
    assert cycles == [], f"import cycles: {cycles[:5]}"


def test_an_import_cycle_would_be_seen() -> None:
    tree = ast.parse("def f():\n    from kg.parse import load_model\n")
    assert _imports(tree, "kg.cache") == {"kg.parse"}


def test_no_class_over_250_lines() -> None:
    big = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and node.end_lineno - node.lineno + 1 > MAX_CLASS_LINES:
                big.append(f"{_module_name(path)}.{node.name}: {node.end_lineno - node.lineno + 1} lines")
    assert big == []


# --- rule files -------------------------------------------------------------------------------
@pytest.fixture
def rule_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """Write a rule file into a temporary data directory that kg.rules reads instead of kg/data."""
    (tmp_path / "rules").mkdir()
    monkeypatch.setattr(kg.rules, "DATA", tmp_path)
    kg.rules.rules.cache_clear()
    yield lambda name, text: (tmp_path / "rules" / f"{name}.yaml").write_text(text, encoding="utf-8")
    kg.rules.rules.cache_clear()


def test_unknown_key_in_a_rule_names_file_rule_and_field(rule_file) -> None:
    rule_file(
        "mentions",
        'classes: {KATA: "ァ-ヴ", KANJI: "一-龥", LATIN: "A-Z"}\n'
        "rules:\n  - id: org.ok\n    type: Company\n    regex: x\n"
        "  - id: org.typo\n    type: Company\n    regx: y\n",
    )
    with pytest.raises(KgError) as err:
        kg.rules.rules("mentions")
    message = str(err.value)
    assert "kg/data/rules/mentions.yaml" in message and "rules[1] (org.typo)" in message
    assert "regx" in message and "unknown key" in message and "\n" not in message


def test_wrong_type_in_a_rule_is_one_line(rule_file) -> None:
    rule_file("titles", "leads: [社長]\nworks_for: [記者]\nstate: 首相\nhonorifics: [氏]\n")
    with pytest.raises(KgError, match=r"state.*titles\.yaml"):
        kg.rules.rules("titles")


def test_bad_relation_regex_is_named_by_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.relations import ruleset

    real = kg.rules.rules("relations")
    broken = real.model_copy(
        update={"patterns": [real.patterns[0].model_copy(update={"regex": "{CO:s}(の{CO:o}"})]}
    )
    monkeypatch.setattr(ruleset, "rules", lambda name: broken)
    ruleset.pattern_rules.cache_clear()
    try:
        with pytest.raises(KgError, match=rf"bad regex.*patterns\[0\] \({real.patterns[0].id}\)"):
            ruleset.pattern_rules()
        bad_class = real.model_copy(
            update={"patterns": [real.patterns[0].model_copy(update={"regex": "{XX:s}{CO:o}"})]}
        )
        monkeypatch.setattr(ruleset, "rules", lambda name: bad_class)
        ruleset.pattern_rules.cache_clear()
        with pytest.raises(KgError, match="unknown slot class 'XX'"):
            ruleset.pattern_rules()
    finally:
        ruleset.pattern_rules.cache_clear()


def test_a_relation_rule_id_used_twice_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.relations import ruleset

    real = kg.rules.rules("relations")
    twice = real.model_copy(update={"patterns": [real.patterns[0], real.patterns[0]]})
    monkeypatch.setattr(ruleset, "rules", lambda name: twice)
    ruleset.pattern_rules.cache_clear()
    try:
        with pytest.raises(KgError, match=rf"used twice in patterns\[1\] \({real.patterns[0].id}\)"):
            ruleset.pattern_rules()
    finally:
        ruleset.pattern_rules.cache_clear()


def test_a_mention_rule_id_used_twice_is_named(rule_file) -> None:
    from kg.mentions import ruledata

    rule_file(
        "mentions",
        'classes: {KATA: "ァ-ヴ", KANJI: "一-龥", LATIN: "A-Z"}\n'
        "rules:\n  - id: org.a\n    type: Company\n    regex: (?P<name>x)\n"
        "  - id: org.a\n    type: Company\n    regex: (?P<name>y)\n",
    )
    ruledata.pattern_rules.cache_clear()
    try:
        with pytest.raises(KgError, match=r"used twice in rules\[1\] \(org\.a\)"):
            ruledata.pattern_rules()
    finally:
        ruledata.pattern_rules.cache_clear()


# --- mention sources without GiNZA --------------------------------------------------------------
def _sentence(text: str) -> ParsedSentence:
    return ParsedSentence(0, 0, text)


def test_text_sources_need_no_parser() -> None:
    finder = MentionFinder.for_lexicon(load_lexicon())
    lexicon, patterns = (s for s in finder.strong if isinstance(s, (LexiconSource, PatternSource)))
    sent = _sentence("米エヌビディアと北斗精密工業は提携した。")
    assert [(c.start, c.name) for c in lexicon.candidates(sent) if c.type == "Company"] == [
        (1, "エヌビディア")
    ]
    assert "北斗精密工業" in {c.name for c in patterns.candidates(sent)}
    # the context reader, not the source, gives the nationality
    assert {(m.name, m.country) for m in finder.sentence_mentions("d", sent)} >= {("エヌビディア", "米国")}
    known = KnownNameSource({"北斗精密": KnownName("北斗精密工業", "Company")})
    assert [(c.start, c.name) for c in known.candidates(_sentence("北斗精密は増産する。"))] == [
        (0, "北斗精密工業")
    ]


def test_overlap_policy_is_an_argument() -> None:
    def first_only(strong, weak, text):
        return sorted(strong, key=lambda c: c.start)[:1]

    lex = load_lexicon()
    default = MentionFinder(lex).sentence_mentions("d", _sentence("トヨタ自動車とソニーグループは提携した。"))
    swapped = MentionFinder(lex, overlap=first_only).sentence_mentions(
        "d", _sentence("トヨタ自動車とソニーグループは提携した。")
    )
    assert len(default) == 2 and [m.name for m in swapped] == ["トヨタ自動車"]


def test_candidate_is_plain_data() -> None:
    c = Candidate(0, 2, "日立", "Company", "lexicon.companies", "lexicon", 0.95)
    assert c.length == 2 and c.aliases == [] and c.anaphor is None


# --- the relation extractor on hand-made mentions -------------------------------------------------
def _mention(
    text: str, name: str, etype: str, sentence: str, sent_index: int = 0, offset: int = 0, **kw
) -> Mention:
    start = offset + sentence.index(name)
    return Mention(
        "d",
        sent_index,
        start,
        start + len(name),
        name,
        name,
        etype,
        "test",
        0.9,
        entity=EntityKey(name),
        **kw,
    )


def _document(*sentences: str) -> tuple[ParsedDocument, list[int]]:
    text = "".join(sentences)
    starts, pos = [], 0
    for s in sentences:
        starts.append(pos)
        pos += len(s)
    doc = make_document("d", "<d>", text)
    return ParsedDocument(doc, [ParsedSentence(i, starts[i], s) for i, s in enumerate(sentences)]), starts


def test_extractor_on_hand_made_mentions() -> None:
    s = "北斗精密工業は新型センサーを開発した。"
    parsed, _ = _document(s)
    mentions = [_mention(s, "北斗精密工業", "Company", s), _mention(s, "新型センサー", "Technology", s)]
    rels = extract_relations(parsed, mentions, None)
    assert [(r.subject, r.predicate, r.object, r.evidence.rule) for r in rels] == [
        (EntityKey("北斗精密工業"), "develops", EntityKey("新型センサー"), "cue.develops.clause")
    ]
    assert rels[0].evidence.sentence == s and rels[0].evidence.start == 0


def test_extractor_carries_the_previous_topic() -> None:
    a, b = "北斗精密工業は決算を発表した。", "また南海ロボティクスにも出資した。"
    parsed, starts = _document(a, b)
    mentions = [
        _mention(a, "北斗精密工業", "Company", a),
        _mention(b, "南海ロボティクス", "Company", b, 1, starts[1]),
    ]
    rels = extract_relations(parsed, mentions, None)
    assert [(r.subject.norm, r.predicate, r.object.norm, r.evidence.rule) for r in rels] == [
        ("北斗精密工業", "investsIn", "南海ロボティクス", "cue.investsIn.carried")
    ]


def test_extractor_context_rules_come_from_data() -> None:
    s = "北斗精密工業の山田太郎社長は語った。"
    parsed, _ = _document(s)
    mentions = [
        _mention(s, "北斗精密工業", "Company", s, country="日本"),
        _mention(s, "山田太郎", "Person", s, title="社長"),
    ]
    rels = {
        (r.subject.norm, r.predicate, r.object.norm, r.evidence.rule)
        for r in extract_relations(parsed, mentions, None)
    }
    assert ("山田太郎", "leads", "北斗精密工業", "nominal.org_person") in rels
    assert ("北斗精密工業", "basedIn", "日本", "basedIn.prefix") in rels
