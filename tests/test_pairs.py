"""両社 (both companies) and n社 read as the companies last named together (kg.relations.pairs),
on hand-made mentions: no parser needed."""

from __future__ import annotations

from test_architecture import _document, _mention

from kg.relations import extract_relations

A, B = "北斗精密工業", "南海ロボティクス"
PAIR = [(A, "Company", 0), (B, "Company", 0)]
BOTH = {(A, "develops", "新型センサー"), (B, "develops", "新型センサー")}


def triples(sentences: tuple[str, ...], names: list[tuple[str, str, int]]) -> set[tuple[str, str, str]]:
    parsed, starts = _document(*sentences)
    mentions = [
        _mention(sentences[i], name, etype, sentences[i], i, starts[i]) for name, etype, i in names
    ]
    return {(r.subject.norm, r.predicate, r.object.norm) for r in extract_relations(parsed, mentions, None)}


def test_both_companies_after_a_coordination_are_the_pair() -> None:
    first, second = f"{A}と{B}は12日、会見を開いた。", "両社は来年、新型センサーを開発する。"
    found = triples((first, second), [*PAIR, ("新型センサー", "Technology", 1)])
    assert BOTH <= found


def test_both_companies_right_after_their_names() -> None:
    s = f"{A}と{B}の両社は12日、新型センサーを開発すると発表した。"
    found = triples((s,), [(A, "Company", 0), (B, "Company", 0), ("新型センサー", "Technology", 0)])
    assert BOTH <= found


def test_no_pair_no_reading() -> None:
    """Without two companies named together, 両社 is not read as a pair (the previous topic
    may still be carried as the subject, as for any sentence without one)."""
    first, second = f"{A}は12日、{B}について会見を開いた。", "両社は来年、新型センサーを開発する。"
    found = triples((first, second), [*PAIR, ("新型センサー", "Technology", 1)])
    assert not BOTH <= found


def test_another_company_before_it_makes_the_pair_unclear() -> None:
    """NTTドコモと組んで…、両社は: the earlier pair is not what 両社 means here."""
    c = "東都通信"
    first = f"{A}と{B}は12日、会見を開いた。"
    second = f"{A}は{c}と組んでおり、両社は新型センサーを開発する。"
    found = triples(
        (first, second),
        [(A, "Company", 0), (B, "Company", 0), (A, "Company", 1), (c, "Company", 1),
         ("新型センサー", "Technology", 1)],
    )
    assert not BOTH <= found


def test_a_pair_named_long_ago_is_forgotten() -> None:
    filler = ("会見は東京で開かれた。",) * 4
    sentences = (f"{A}と{B}は12日、会見を開いた。", *filler, "両社は来年、新型センサーを開発する。")
    found = triples(sentences, [(A, "Company", 0), (B, "Company", 0), ("新型センサー", "Technology", 5)])
    assert not BOTH <= found


def test_both_presidents_is_not_both_companies() -> None:
    first, second = f"{A}と{B}は12日、会見を開いた。", "両社長は来年、新型センサーを開発すると述べた。"
    found = triples((first, second), [*PAIR, ("新型センサー", "Technology", 1)])
    assert not BOTH <= found


def test_three_companies_after_a_list_of_three() -> None:
    # A、BとCは…。3社は…: 3社 stands for the list of three, a list of two does not answer it
    c = "東都電鉄"
    first = f"{A}、{B}と{c}は12日、会見を開いた。"
    second = "3社は来年、新型センサーを開発する。"
    found = triples((first, second), [*PAIR, (c, "Company", 0), ("新型センサー", "Technology", 1)])
    assert BOTH | {(c, "develops", "新型センサー")} <= found
    found = triples((f"{A}と{B}は12日、会見を開いた。", second), [*PAIR, ("新型センサー", "Technology", 1)])
    assert (A, "develops", "新型センサー") not in found


def test_a_count_with_more_digits_is_no_anaphor() -> None:
    # 13社は: not 3社
    first = f"{A}、{B}と東都電鉄は12日、会見を開いた。"
    found = triples(
        (first, "13社は来年、新型センサーを開発する。"),
        [*PAIR, ("東都電鉄", "Company", 0), ("新型センサー", "Technology", 1)],
    )
    assert (A, "develops", "新型センサー") not in found
