"""The parse stage: sentence boundaries, long texts cut for Sudachi, offsets into the text."""

from __future__ import annotations

from kg.parse import parse_documents, split_sentences
from kg.read import make_document


def test_sentences_split_at_punctuation_and_line_ends() -> None:
    text = "「ジェミニ」を手がける米グーグルは新モデルを公開した。次の文！\n見出し\n\n最後"
    spans = [text[s:e] for s, e in split_sentences(text)]
    assert spans == ["「ジェミニ」を手がける米グーグルは新モデルを公開した。", "次の文！", "見出し", "最後"]


def test_sentence_offsets_point_into_the_document_text() -> None:
    doc = make_document("d", "d", "トヨタ自動車は発表した。\n\nソニーグループも発表した。")
    (parsed,) = list(parse_documents([doc]))
    assert [s.text for s in parsed.sentences] == ["トヨタ自動車は発表した。", "ソニーグループも発表した。"]
    for s in parsed.sentences:
        assert doc.text[s.start : s.end] == s.text


def test_text_over_sudachis_limit_is_parsed_in_pieces() -> None:
    # SudachiPy refuses inputs over 49,149 bytes; one line of ~60 KB must still parse
    sentence = "北斗電機は新工場を建てると発表した。"
    text = sentence * (60_000 // len(sentence.encode()) + 1)
    doc = make_document("long", "long", text)
    (parsed,) = list(parse_documents([doc]))
    assert len(parsed.sentences) == text.count("。")
    assert all(doc.text[s.start : s.end] == s.text for s in parsed.sentences)


def test_a_quotation_stays_inside_its_sentence() -> None:
    def sentences(text: str) -> list[str]:
        return [text[s:e] for s, e in split_sentences(text)]

    assert sentences("佐藤社長は「EVの弱点を克服できる。来年も投資を続ける。」と語った。次の文。") == [
        "佐藤社長は「EVの弱点を克服できる。来年も投資を続ける。」と語った。", "次の文。"]
    assert sentences("『三体。』を読んだ。「外側「内側。」まだ外側！」と言った。") == [
        "『三体。』を読んだ。", "「外側「内側。」まだ外側！」と言った。"]
    # a bracket that does not close on its line is no quotation: its sentences split as usual
    assert sentences("「閉じない。\n次の行。」") == ["「閉じない。", "次の行。」"]
    # a quoted passage over MAX_QUOTE_CHARS splits at its own sentence ends
    long_quote = "「" + "長い発言です。" * 40 + "」と述べた。"
    assert len(sentences(long_quote)) == 41
    # a quotation that ends the sentence keeps its closing bracket
    assert sentences("彼は「行く。」\n次。") == ["彼は「行く。」", "次。"]


def test_a_gloss_in_parentheses_stays_inside_its_sentence() -> None:
    text = "米ミナト社(ニューヨーク。売上高50億ドル)は提携した。次の文(注。)。"
    spans = [text[s:e] for s, e in split_sentences(text)]
    assert spans == ["米ミナト社(ニューヨーク。売上高50億ドル)は提携した。", "次の文(注。)。"]
    # a parenthesis that does not close on its line splits as usual
    open_only = "（閉じない。次。"
    assert [open_only[s:e] for s, e in split_sentences(open_only)] == ["（閉じない。", "次。"]


def test_the_parser_reads_a_full_stop_in_a_gloss_as_a_comma() -> None:
    from kg.parse import parser_text

    text = "北斗電機は南海精機(岩手県花巻市。売上高2億円)を買う。「行く。」と話した。"
    shown = parser_text(text)
    assert shown == "北斗電機は南海精機(岩手県花巻市、売上高2億円)を買う。「行く。」と話した。"
    assert len(shown) == len(text)  # every offset stays


def test_a_glossed_sentence_keeps_its_own_text_and_one_parse() -> None:
    from kg.parse import parse_batch
    from kg.read import make_document

    text = "北斗電機は、金型製造の南海精機(岩手県花巻市。売上高2億円)の全株式を取得した。"
    (sent,) = parse_batch([make_document("d", "d", text)])[0].sentences
    assert sent.text == text
    roots = [t for t in sent.tokens if t.head == t.i]
    assert len(roots) == 1, [t.text for t in roots]  # the 。 in the gloss cuts no second tree off
