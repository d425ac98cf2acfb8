"""Tests for kg.read: discovery, decoding, cleaning with exact offsets, JSONL, parser splitting."""

from __future__ import annotations

import codecs
import time
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kg.errors import KgError, KgUsageError
from kg.read import (
    HALF_WIDTH,
    RADICALS,
    clean_text,
    decode_bytes,
    discover,
    make_document,
    read_documents,
    split_for_parser,
)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_cbc7834f473b03be.txt"
DATA = Path(__file__).resolve().parent / "data" / "read"


def read_all(paths, **kw):
    warnings: list[str] = []
    docs = list(read_documents(paths, warn=warnings.append, **kw))
    return docs, warnings


def assert_offsets_exact(doc_text: str, offsets, original: str) -> None:
    """Every cleaned character is the original character its offset points at (CR → LF, full-width
    letters and digits → ASCII, a radical copied out of a PDF → its kanji, and a technical comma or full
    stop → 、 or 。 allowed)."""
    assert len(offsets) == len(doc_text)
    assert all(b > a for a, b in zip(offsets, offsets[1:], strict=False)), "offsets not increasing"
    punctuation = {("、", ","), ("、", "，"), ("。", "．")}
    for i, ch in enumerate(doc_text):
        src = original[offsets[i]]
        same = src == ch or (ch, src) in punctuation or src.translate(HALF_WIDTH).translate(RADICALS) == ch
        assert same or (ch == "\n" and src == "\r"), (i, ch, src)


# --------------------------------------------------------------------------- the seed article


@pytest.fixture(scope="module")
def seed_doc():
    docs, warnings = read_all([SEED])
    assert warnings == []
    assert len(docs) == 1
    return docs[0]


def test_seed_identity_and_title(seed_doc):
    assert seed_doc.id == "000_cbc7834f473b03be.txt"
    assert seed_doc.path.endswith("seeds/000_cbc7834f473b03be.txt")
    assert seed_doc.title == "コラム:中国、生成AIのオープンソース化で好感度アップ 熱冷める可能性も"
    assert seed_doc.date is None and seed_doc.url is None


def test_seed_debris_removed(seed_doc):
    text = seed_doc.text
    assert "opens new tab" not in text
    assert "グラフィック" not in text
    assert "RIC" not in text and "HWT.UL" not in text
    assert "写真は" not in text and "Florence Lo" not in text
    assert "9988.HK" not in text and "(002594.SZ)" not in text
    # ordinary parentheses and the dateline stay
    assert "ディープシーク(深度求索)" in text
    assert "最高経営責任者(CEO)" in text
    assert "[香港 1日 ロイター Breakingviews]" in text
    assert "華為技術(ファーウェイ)製の国産チップ" in text
    assert "比亜迪(BYD)のメキシコ工場" in text
    # the paragraph before the caption keeps its sentence
    assert "と述べた。\n\n[香港" in text


def test_seed_tickers_follow_their_companies(seed_doc):
    before = {}
    for pos, ticker in seed_doc.tickers:
        before.setdefault(ticker, []).append(seed_doc.text[:pos])
    expected = {
        "META.O": "メタ・プラットフォームズ",
        "9988.HK": "アリババ・グループ",
        "0700.HK": "騰訊控股(テンセント・ホールディングス)",
        "9888.HK": "百度(バイドゥ)",
        "NVDA.O": "米エヌビディア",
        "HWT.UL": "華為技術(ファーウェイ)",
        "9984.T": "ソフトバンクグループ",
        "O9Ty.F": "アーム・ホールディングス",
        "INTC.O": "米インテル",
        "AMD.O": "AMD",
        "002594.SZ": "比亜迪(BYD)",
        "1211.HK": "比亜迪(BYD)",
    }
    assert set(before) == set(expected)
    for ticker, name in expected.items():
        assert len(before[ticker]) == 1, ticker
        assert before[ticker][0].endswith(name), (ticker, before[ticker][0][-20:])
    positions = [p for p, _ in seed_doc.tickers]
    assert positions == sorted(positions)


def test_seed_offsets_map_back(seed_doc):
    original = SEED.read_text(encoding="utf-8")
    assert_offsets_exact(seed_doc.text, seed_doc.offsets, original)
    # a cleaned sentence maps to a span of the original that reads the same once debris is gone
    sent = "米政府の輸出規制により、中国企業は米エヌビディアの最も優れたAIチップにアクセスできない。"
    start = seed_doc.text.index(sent)
    s, e = seed_doc.original_span(start, start + len(sent))
    assert original[s:e] == sent.replace("米エヌビディア", "米エヌビディア(NVDA.O), opens new tab")


def test_reading_is_deterministic():
    first, _ = read_all([SEED])
    second, _ = read_all([SEED])
    assert first == second


# --------------------------------------------------------------------------- discovery


def test_discover_recursive_sorted_hidden_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "z").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    for rel in [
        "b/2.txt",
        "a/z/1.md",
        "a/0.TXT",
        "c.txt",
        ".secret.txt",
        ".hidden/x.txt",
        "notes.rst",
        "x.jsonl",
    ]:
        (tmp_path / rel).write_text("本文。", encoding="utf-8")
    got = discover([tmp_path])
    assert [rel for _, rel in got] == ["a/0.TXT", "a/z/1.md", "b/2.txt", "c.txt", "x.jsonl"]
    assert all(path.is_file() for path, _ in got)
    assert [rel for _, rel in discover([tmp_path], fmt="jsonl")] == ["x.jsonl"]
    assert [rel for _, rel in discover([tmp_path], fmt="text")] == ["a/0.TXT", "a/z/1.md", "b/2.txt", "c.txt"]


def test_discover_file_argument_and_dedupe(tmp_path):
    f = tmp_path / "sub" / "article.txt"
    f.parent.mkdir()
    f.write_text("本文。", encoding="utf-8")
    assert discover([f]) == [(f, "article.txt")]
    # the same file through its directory and by name is listed once, first occurrence wins
    assert discover([tmp_path, f]) == [(tmp_path / "sub" / "article.txt", "sub/article.txt")]
    # a file named explicitly is taken whatever its suffix
    other = tmp_path / "article.text"
    other.write_text("本文。", encoding="utf-8")
    assert discover([other]) == [(other, "article.text")]


def test_discover_missing_path(tmp_path):
    missing = tmp_path / "nope"
    with pytest.raises(KgUsageError) as info:
        discover([missing])
    assert info.value.message == "path does not exist"
    assert info.value.path == str(missing)
    assert info.value.exit_code == 2


def test_discover_directory_without_inputs(tmp_path):
    (tmp_path / "readme.rst").write_text("x", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    with pytest.raises(KgUsageError) as info:
        discover([tmp_path])
    assert info.value.path == str(tmp_path)
    assert "no input files" in str(info.value) and str(tmp_path) in str(info.value)


def test_unknown_format_and_encoding_are_usage_errors():
    with pytest.raises(KgUsageError, match="unknown input format"):
        discover([SEED], fmt="xml")
    with pytest.raises(KgUsageError, match="unknown encoding"):
        read_documents([SEED], encoding="no-such-codec")


def test_usage_errors_raise_before_iteration(tmp_path):
    # read_documents itself raises; a caller need not start consuming to learn of a bad path
    with pytest.raises(KgUsageError):
        read_documents([tmp_path / "missing.txt"])


# --------------------------------------------------------------------------- encodings


def _portable_seed() -> str:
    """The seed without the few characters Shift_JIS/EUC-JP cannot round-trip (e.g. the en dash)."""

    def portable(ch: str) -> bool:
        try:
            return all(ch.encode(enc).decode(enc) == ch for enc in ("cp932", "euc_jp", "iso2022_jp"))
        except UnicodeEncodeError:
            return False

    text = "".join(ch for ch in SEED.read_text(encoding="utf-8") if portable(ch))
    assert len(text) > 4000
    return text


ENCODED = {
    "utf-8": lambda s: s.encode("utf-8"),
    "utf-8-bom": lambda s: codecs.BOM_UTF8 + s.encode("utf-8"),
    "utf-16-le-bom": lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"),
    "utf-16-be-bom": lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"),
    "shift_jis": lambda s: s.encode("cp932"),
    "euc-jp": lambda s: s.encode("euc_jp"),
    "iso-2022-jp": lambda s: s.encode("iso2022_jp"),
}


@pytest.mark.parametrize("crlf", [False, True], ids=["lf", "crlf"])
def test_encodings_give_identical_documents(tmp_path, crlf):
    article = _portable_seed()
    reference = make_document("x", "x", article)
    source = article.replace("\n", "\r\n") if crlf else article
    for name, encode in ENCODED.items():
        path = tmp_path / f"{name}.txt"
        path.write_bytes(encode(source))
        (doc,), warnings = read_all([path])
        assert warnings == []
        assert doc.text == reference.text, name
        assert doc.tickers == reference.tickers, name
        assert doc.title == reference.title, name
        decoded, _ = decode_bytes(path.read_bytes())
        assert_offsets_exact(doc.text, doc.offsets, decoded)


def test_detection_picks_the_right_japanese_codec():
    text = "ひらがなとカタカナのぶんしょうです。ソフトバンク"
    # these EUC-JP bytes also decode as cp932, into half-width katakana garbage: the score rejects it
    assert text.encode("euc_jp").decode("cp932").startswith("､ﾒ､鬢ｬ")
    assert decode_bytes(text.encode("euc_jp")) == (text, "euc_jp")
    assert decode_bytes(text.encode("cp932")) == (text, "cp932")
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")
    kanji = "漢字の文章です。東京証券取引所"
    assert decode_bytes(kanji.encode("euc_jp"))[0] == kanji
    assert decode_bytes(kanji.encode("cp932"))[0] == kanji


def test_iso_2022_jp_is_detected_not_read_as_utf8(tmp_path):
    """7-bit ISO-2022-JP is valid ASCII: without detection its title became ``\x1b$B…``."""
    text = "トヨタ自動車の決算。\nトヨタ自動車は増益を発表した。"
    assert decode_bytes(text.encode("iso2022_jp")) == (text, "iso2022_jp")
    kana = "ｿﾌﾄﾊﾞﾝｸの記事。"  # half-width katakana need the _ext variant (ESC ( I)
    assert decode_bytes(kana.encode("iso2022_jp_ext")) == (kana, "iso2022_jp_ext")
    path = tmp_path / "mail.txt"
    path.write_bytes(text.encode("iso2022_jp"))
    (doc,), warnings = read_all([path])
    assert warnings == [] and doc.title == "トヨタ自動車の決算。" and "\x1b" not in doc.text
    # plain ASCII with an ESC that is not an ISO-2022-JP sequence stays UTF-8
    assert decode_bytes(b"abc \x1b[0m def")[1] == "utf-8"


def test_misdecoded_text_names_the_encoding_to_use(tmp_path):
    jis = tmp_path / "jis.txt"
    jis.write_bytes("トヨタ自動車の記事です。".encode("iso2022_jp"))
    (doc,), warnings = read_all([jis], encoding="utf-8")
    assert len(warnings) == 1 and warnings[0].startswith(f"{jis.as_posix()}: looks like ISO-2022-JP")
    assert warnings[0].endswith("use --encoding iso2022_jp")
    euc = tmp_path / "euc.txt"
    euc.write_bytes("ひらがなとカタカナのぶんしょうです。".encode("euc_jp"))
    (doc,), warnings = read_all([euc], encoding="cp932")  # decodes, into half-width katakana
    assert len(warnings) == 1 and "looks mis-decoded as cp932" in warnings[0]
    assert warnings[0].endswith("use --encoding euc_jp")
    utf8 = tmp_path / "utf8.txt"
    utf8.write_text("日本語の記事です。ひらがなとカタカナ。", encoding="utf-8")
    (doc,), warnings = read_all([utf8], encoding="utf-8")  # the right one: no warning
    assert warnings == []
    docs, warnings = read_all([utf8], encoding="latin-1")  # C1 controls: skipped, with the hint
    assert docs == [] and warnings[0].endswith("it looks like utf-8: use --encoding utf-8")
    with pytest.raises(KgError, match=r"cannot decode as cp932 .*it looks like utf-8: use --encoding utf-8"):
        read_all([utf8], encoding="cp932")


def test_iso_2022_jp_jsonl_line_says_which_encoding(tmp_path):
    path = tmp_path / "a.jsonl"
    line = '{"id": "1", "text": "トヨタ自動車の記事。"}\n'
    path.write_bytes(line.encode("iso2022_jp"))
    docs, warnings = read_all([path])
    assert docs == [] and len(warnings) == 1 and warnings[0].endswith("use --encoding iso2022_jp")
    (doc,), warnings = read_all([path], encoding="iso2022_jp")
    assert warnings == [] and doc.text == "トヨタ自動車の記事。"


def test_given_encoding_is_used(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("東京の記事。".encode("utf-16-le"))  # no BOM: only readable when told
    (doc,), _ = read_all([path], encoding="utf-16-le")
    assert doc.text == "東京の記事。"
    bom = tmp_path / "b.txt"
    bom.write_bytes(codecs.BOM_UTF8 + "記事".encode())
    (doc,), _ = read_all([bom], encoding="utf-8")
    assert doc.text == "記事" and doc.offsets == (0, 1)


def test_given_wrong_encoding_is_an_error_naming_the_file(tmp_path):
    path = tmp_path / "sjis.txt"
    path.write_bytes("日本語の記事です。".encode("cp932"))
    with pytest.raises(KgError) as info:
        read_all([path], encoding="utf-8")
    assert info.value.path == path.as_posix()
    assert "cannot decode as utf-8" in str(info.value)


def test_undecodable_file_is_skipped_or_fatal(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x82\xa0\xff\xfe\xfd latin \xe9\x80" * 3)
    good = tmp_path / "good.txt"
    good.write_text("良い記事。", encoding="utf-8")
    docs, warnings = read_all([tmp_path])
    assert [d.id for d in docs] == ["good.txt"]
    assert len(warnings) == 1 and warnings[0].startswith(f"{bad.as_posix()}: skipped: cannot decode")
    with pytest.raises(KgError) as info:
        read_all([tmp_path], strict=True)
    assert info.value.path == bad.as_posix()


# --------------------------------------------------------------------------- line ends


def test_crlf_and_cr_normalised_with_exact_offsets():
    original = "一行目\r\n二行目\r三行目\n\r\n四"
    cleaned = clean_text(original)
    assert cleaned.text == "一行目\n二行目\n三行目\n\n四"
    assert_offsets_exact(cleaned.text, cleaned.offsets, original)
    # the LF of a CRLF maps to the LF itself; a lone CR maps to the CR
    assert original[cleaned.offsets[3]] == "\n"
    assert original[cleaned.offsets[7]] == "\r"


# --------------------------------------------------------------------------- HTML


def test_html_saved_as_txt():
    (doc,), warnings = read_all([DATA / "page.txt"])
    assert warnings == []
    original = (DATA / "page.txt").read_text(encoding="utf-8")
    text = doc.text
    assert doc.title == "ソフトバンク & アーム"
    for gone in ("<", "&amp;", "&lt;", "alert", "color: red", "ソニー", "トヨタ", "DOCTYPE", "class="):
        assert gone not in text.replace("<半導体>", ""), gone
    assert "ソフトバンクグループは<半導体>設計のアームを傘下に持つ。" in text
    assert "新しい行。" in text.split("\n")
    assert "競合する。\n新しい行。" in text  # <br> is a line break
    assert [t for _, t in doc.tickers] == ["9984.T", "NVDA.O", "AMD.O"]
    for pos, ticker in doc.tickers:
        name = {"9984.T": "ソフトバンクグループ", "NVDA.O": "米エヌビディア", "AMD.O": "&AMD"}[ticker]
        assert text[:pos].endswith(name)
    # offsets increase; kept characters map to themselves, entities to their '&'
    assert all(b > a for a, b in zip(doc.offsets, doc.offsets[1:], strict=False))
    for i, ch in enumerate(text):
        src = original[doc.offsets[i]]
        assert src == ch or src in "&<" or (ch in " \n" and src.isspace()), (i, ch, src)
    lt = text.index("<半導体>")
    assert original[doc.offsets[lt] : doc.offsets[lt] + 4] == "&lt;"
    assert original[doc.offsets[lt + 1]] == "半"


def test_plain_text_mentioning_a_script_tag_is_not_html():
    original = '社名は<script>alert("x")</script>で、値は 1 < 2 & 3 > 2。'
    cleaned = clean_text(original)
    assert not cleaned.html
    assert cleaned.text == original


def test_html_quoted_attributes_may_hold_angle_brackets():
    cleaned = clean_text('<p>前<img alt="a > b" src=x>後。<a title=\'x<y>z\' href="#">リンク</a></p>')
    assert cleaned.html and cleaned.text == "前後。リンク"
    # an attribute whose quote never closes: the tag ends at its first ">" as before
    assert clean_text('<p>前<img alt="oops>後。</p>').text == "前後。"


def test_html_navigation_and_page_furniture_are_dropped():
    page = (
        "<html><body><header><a href='/'>日経新聞</a>"
        "<nav><ul><li>トヨタ</li><li>ソニー</li></ul></nav></header>"
        "<div role='navigation'>ホンダ</div><main><article><header><h1>見出しの記事</h1></header>"
        "<p>本文のアリババ。</p><aside>関連: 任天堂</aside><footer>共有する</footer></article></main>"
        "<footer>&copy; 日本経済新聞社</footer><button>ログイン</button></body></html>"
    )
    cleaned = clean_text(page)
    assert [line for line in cleaned.text.split("\n") if line] == ["見出しの記事", "本文のアリババ。"]
    for gone in ("トヨタ", "ソニー", "ホンダ", "任天堂", "共有", "日経", "日本経済", "ログイン"):
        assert gone not in cleaned.text
    original = page
    for i, ch in enumerate(cleaned.text):
        assert original[cleaned.offsets[i]] == ch or ch == "\n"


def test_html_unclosed_furniture_never_swallows_the_article():
    cleaned = clean_text("<html><body><nav>メニュー<p>本文。</p></body></html>")
    assert "本文。" in cleaned.text  # no </nav>: nothing is dropped rather than everything


def test_html_files_are_discovered_and_read_as_html(tmp_path):
    (tmp_path / "a.html").write_text("<span>トヨタの記事。</span>", encoding="utf-8")  # no block tag
    (tmp_path / "b.HTM").write_text("<p>ソニー&amp;ホンダ。</p>", encoding="utf-8")
    (tmp_path / "c.txt").write_text("<span>そのまま</span>", encoding="utf-8")  # plain text mentioning a tag
    assert [rel for _, rel in discover([tmp_path])] == ["a.html", "b.HTM", "c.txt"]
    docs, warnings = read_all([tmp_path])
    assert warnings == []
    assert [d.text for d in docs] == ["トヨタの記事。", "ソニー&ホンダ。", "<span>そのまま</span>"]


def test_html_unclosed_script_and_comment_drop_to_end():
    cleaned = clean_text("<p>本文。</p><script>var a = 1;")
    assert cleaned.html and cleaned.text == "本文。"
    assert clean_text("<div>前</div><!-- 後ろ").text == "前"


# --------------------------------------------------------------------------- debris and tickers


@pytest.mark.parametrize(
    ("original", "text", "tickers"),
    [
        ("アリババ(9988.HK)は", "アリババは", [(4, "9988.HK")]),
        ("テスラ（TSLA.O）と", "テスラと", [(3, "TSLA.O")]),
        ("サムスン電子(005930.KS), opens new tabが", "サムスン電子が", [(6, "005930.KS")]),
        ("トヨタ自動車 (7203.T)が", "トヨタ自動車が", [(6, "7203.T")]),
        ("比亜迪(002594.SZ)(1211.HK)の", "比亜迪の", [(3, "002594.SZ"), (3, "1211.HK")]),
        ("華為技術[RIC:RIC:HWT.UL]製", "華為技術製", [(4, "HWT.UL")]),
        ("大手アムジェンAMGN.Oが", "大手アムジェンが", [(7, "AMGN.O")]),
        ("トヨタ自動車7203.Tは", "トヨタ自動車は", [(6, "7203.T")]),
        ("米国USA.Nationalや3.5Tは", "米国USA.Nationalや3.5Tは", []),
        (
            "ディープシーク(深度求索)の(CEO)は(U.S)と(3.5)",
            "ディープシーク(深度求索)の(CEO)は(U.S)と(3.5)",
            [],
        ),
        ("「信頼の原則」, opens new tab\n", "「信頼の原則」\n", []),
    ],
)
def test_tickers_and_inline_debris(original, text, tickers):
    cleaned = clean_text(original)
    assert cleaned.text == text
    assert list(cleaned.tickers) == tickers
    assert_offsets_exact(cleaned.text, cleaned.offsets, original)


def test_caption_lines_and_credits():
    original = (
        "見出し\n"
        "写真は東京の本社。2024年撮影(2025年 ロイター/Issei Kato)\n"
        "本文の一文。写真は別の場面(ロイター)\n"
        "写真は語るという題の展覧会。続く文。\n"
        "グラフィック\n\n"
        "結び。\n"
        "(記者：山田太郎 編集：佐藤花子)\n"
        "(2025年 ロイター/Florence Lo)\n"
    )
    cleaned = clean_text(original)
    assert cleaned.text == "見出し\n本文の一文。\n続く文。\n結び。\n"
    assert_offsets_exact(cleaned.text, cleaned.offsets, original)


def test_mid_sentence_photo_word_without_credit_stays():
    original = "彼が撮った写真は美しい。"
    assert clean_text(original).text == original


# --------------------------------------------------------------------------- broken files


def test_binary_files_skipped_with_warning(tmp_path):
    png = tmp_path / "image.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    nul = tmp_path / "nul.md"
    nul.write_bytes("記事".encode() + b"\x00\x00\x01\x02")
    ctrl = tmp_path / "ctrl.txt"
    ctrl.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15]) * 20 + b"abc")
    good = tmp_path / "ok.txt"
    good.write_text("アリババは新しいモデルを公開した。", encoding="utf-8")
    docs, warnings = read_all([tmp_path])
    assert [d.id for d in docs] == ["ok.txt"]
    assert sorted(warnings) == sorted(
        [
            f"{png.as_posix()}: skipped: binary file (PNG image)",
            f"{nul.as_posix()}: skipped: binary file (NUL bytes)",
            f"{ctrl.as_posix()}: skipped: binary file (control characters)",
        ]
    )


def test_binary_file_strict_is_fatal(tmp_path):
    png = tmp_path / "image.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)
    with pytest.raises(KgError) as info:
        read_all([png], strict=True)
    assert info.value.path == png.as_posix()
    assert "binary file" in info.value.message
    assert info.value.exit_code == 1


def test_unreadable_file_warns_and_others_continue(tmp_path, monkeypatch):
    bad = tmp_path / "locked.txt"
    bad.write_text("秘密。", encoding="utf-8")
    (tmp_path / "open.txt").write_text("公開。", encoding="utf-8")
    real = Path.read_bytes

    def guarded(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", guarded)
    docs, warnings = read_all([tmp_path])
    assert [d.text for d in docs] == ["公開。"]
    assert warnings == [f"{bad.as_posix()}: skipped: cannot read (Permission denied)"]
    with pytest.raises(KgError, match="cannot read") as info:
        read_all([tmp_path], strict=True)
    assert info.value.path == bad.as_posix()


def test_broken_symlink_in_directory_is_a_warning(tmp_path):
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "real.txt").write_text("本文。", encoding="utf-8")
    docs, warnings = read_all([tmp_path])
    assert [d.id for d in docs] == ["real.txt"]
    assert len(warnings) == 1 and "dangling.txt: skipped: cannot read" in warnings[0]


@pytest.mark.parametrize(
    ("content", "kind"), [(b"", "empty"), (b" \n\t\r\n\xe3\x80\x80\n", "whitespace-only")]
)
def test_empty_and_whitespace_files_yield_empty_documents(tmp_path, content, kind):
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    (doc,), warnings = read_all([path])
    assert doc.id == "blank.txt" and doc.text == "" and doc.offsets == () and doc.title == ""
    assert warnings == [f"{path.as_posix()}: {kind} file: nothing to extract"]


def test_english_only_file_is_fine(tmp_path):
    path = tmp_path / "en.txt"
    path.write_text("Alibaba (BABA.N) said on Tuesday.", encoding="utf-8")
    (doc,), warnings = read_all([path])
    assert warnings == []
    assert doc.text == "Alibaba said on Tuesday." and doc.tickers == ((7, "BABA.N"),)


def test_duplicate_ids_across_directories(tmp_path):
    for sub, body in (("a", "同じ本文。"), ("b", "同じ本文。"), ("c", "違う本文。")):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text(body, encoding="utf-8")
    docs, warnings = read_all([tmp_path / "a", tmp_path / "b", tmp_path / "c"])
    assert [(d.id, d.text) for d in docs] == [("x.txt", "同じ本文。"), ("x.txt~2", "違う本文。")]
    assert len(warnings) == 2
    assert "duplicate document id 'x.txt' with the same text: skipped" in warnings[0]
    assert "renamed to 'x.txt~2'" in warnings[1]


# --------------------------------------------------------------------------- JSONL


def test_jsonl_records_and_bad_lines():
    path = DATA / "corpus.jsonl"
    docs, warnings = read_all([path])
    shown = path.as_posix()
    assert [d.id for d in docs] == ["a1", "3", "a1~2", "a5"]
    a1 = docs[0]
    assert a1.title == "アリババの発表" and a1.date == "2025-04-01" and a1.url == "https://example.com/a1"
    assert a1.text == "アリババ・グループは新モデルを公開した。"
    assert a1.tickers == ((9, "9988.HK"),)
    assert a1.path == shown
    assert docs[1].title == "テンセントは発表した。"  # no title: first line of the text
    assert docs[1].text == "テンセントは発表した。\n二行目。"
    assert_offsets_exact(docs[1].text, docs[1].offsets, "テンセントは発表した。\r\n二行目。")
    assert docs[3].text == ""
    assert warnings == [
        f"{shown}:2: skipped: invalid JSON: Expecting ',' delimiter (column 51)",
        f"{shown}:5: skipped: not a JSON object",
        f"{shown}:6: duplicate document id 'a1': renamed to 'a1~2'",
        f'{shown}:7: skipped: missing "text"',
        f"{shown}:8: article 'a5' has no text: nothing to extract",
    ]


def test_jsonl_strict_bad_line_is_fatal_with_line_number():
    path = DATA / "corpus.jsonl"
    stream = read_documents([path], strict=True)
    first = next(stream)  # streaming: the good first line comes out before the bad second one
    assert first.id == "a1"
    with pytest.raises(KgError) as info:
        next(stream)
    assert (info.value.path, info.value.line) == (path.as_posix(), 2)
    assert str(info.value).endswith(f"({path.as_posix()}:2)")


def test_jsonl_format_flag_reads_other_suffixes(tmp_path):
    path = tmp_path / "corpus.txt"
    path.write_text('{"id": "k", "title": "t", "text": "本文。"}\n', encoding="utf-8")
    (doc,), _ = read_all([path], fmt="jsonl")
    assert (doc.id, doc.title, doc.text) == ("k", "t", "本文。")


@pytest.mark.parametrize(
    ("line", "what"),
    [
        ('{"title": "t", "text": "x"}', 'missing or empty "id"'),
        ('{"id": true, "text": "x"}', 'missing or empty "id"'),
        ('{"id": "i", "text": 5}', '"text" must be a string'),
        ('{"id": "i", "text": "x", "url": ["u"]}', '"url" must be a string'),
        ("[" * 100000, "invalid JSON"),
    ],
)
def test_jsonl_field_validation(tmp_path, line, what):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "ok", "text": "良い。"}\n' + line + "\n", encoding="utf-8")
    docs, warnings = read_all([path])
    assert [d.id for d in docs] == ["ok"]
    assert len(warnings) == 1 and warnings[0].startswith(f"{path.as_posix()}:2: skipped: {what}")


def test_jsonl_invalid_utf8_line_and_utf16_file(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"id": "a", "text": "\xff\xfe"}\n' + '{"id": "b", "text": "二番。"}\n'.encode())
    docs, warnings = read_all([path])
    assert [d.id for d in docs] == ["b"]
    assert warnings == [f"{path.as_posix()}:1: skipped: not valid utf-8-sig"]
    wide = tmp_path / "w.jsonl"
    wide.write_bytes('{"id": "w", "text": "ワイド。"}\r\n{"id": "v", "text": "二。"}\r\n'.encode("utf-16"))
    docs, warnings = read_all([wide])
    assert [(d.id, d.text) for d in docs] == [("w", "ワイド。"), ("v", "二。")] and warnings == []


def test_binary_jsonl_skipped(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    docs, warnings = read_all([path])
    assert docs == [] and warnings == [f"{path.as_posix()}: skipped: binary file (PNG image)"]


# --------------------------------------------------------------------------- long input


def test_two_megabyte_single_line_is_linear(tmp_path):
    sentence = "アリババ・グループ(9988.HK), opens new tabは新しい大規模言語モデルを公開した。"
    line = sentence * (2_000_000 // len(sentence.encode()) + 1)
    path = tmp_path / "long.txt"
    path.write_text(line, encoding="utf-8")
    assert path.stat().st_size > 2_000_000
    started = time.perf_counter()
    (doc,), warnings = read_all([path])
    spans = split_for_parser(doc.text)
    elapsed = time.perf_counter() - started
    assert elapsed < 2.0, elapsed
    assert warnings == []
    assert "opens new tab" not in doc.text and len(doc.tickers) == line.count("9988.HK")
    assert len(doc.title) <= 300
    assert spans[0][0] == 0 and spans[-1][1] == len(doc.text)
    for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False):
        assert e1 == s2 and doc.text[e1 - 1] == "。"
    assert all(len(doc.text[s:e].encode()) <= 40000 for s, e in spans)
    # the map back is intact at the far end too
    assert line[doc.offsets[-1]] == doc.text[-1] == "。"


# --------------------------------------------------------------------------- split_for_parser


def test_split_prefers_sentence_ends_then_commas_then_hard_cuts():
    text = "あいう。えお、かきく"
    assert split_for_parser(text, max_bytes=100) == [(0, len(text))]
    assert split_for_parser(text, max_bytes=18) == [(0, 4), (4, 10)]  # after 。
    assert split_for_parser("あいうえ、おかきくけこ", max_bytes=24) == [(0, 5), (5, 11)]  # after 、
    assert split_for_parser("あいうえおかき", max_bytes=9) == [(0, 3), (3, 6), (6, 7)]  # hard cuts
    assert split_for_parser("「はい。」と言った", max_bytes=20) == [(0, 5), (5, 9)]  # keeps 」
    assert split_for_parser("", max_bytes=10) == []
    with pytest.raises(ValueError):
        split_for_parser("x", max_bytes=3)


def test_split_never_cuts_inside_a_character():
    text = "😀" * 30 + "a" * 5
    spans = split_for_parser(text, max_bytes=10)
    assert "".join(text[s:e] for s, e in spans) == text
    assert all(0 < len(text[s:e].encode()) <= 10 for s, e in spans)


# --------------------------------------------------------------------------- properties

DEBRIS = st.sampled_from(
    [
        "(9988.HK)", "(NVDA.O), opens new tab", "[RIC:RIC:HWT.UL]", ", opens new tab", "グラフィック",
        "写真は", "(2025年 ロイター/Florence Lo)", "\r\n", "\r", "\n", "。", " ", "\u3000", "(CEO)",
        "&amp;", "<", ">", "(記者：山田 編集：佐藤)", "アリババ", "ａ",
    ]
)  # fmt: skip
TEXTS = st.lists(st.one_of(st.text(max_size=8), DEBRIS), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
@example("⻨と⾏の会⻑")  # radicals (supplement and Kangxi) read as kanji, one for one
def test_property_offsets_map_back_exactly(original):
    cleaned = clean_text(original)
    if cleaned.html:
        assert all(b > a for a, b in zip(cleaned.offsets, cleaned.offsets[1:], strict=False))
        assert all(0 <= o < len(original) for o in cleaned.offsets)
    else:
        assert_offsets_exact(cleaned.text, cleaned.offsets, original)
    assert "\r" not in cleaned.text
    for pos, _ in cleaned.tickers:
        assert 0 <= pos <= len(cleaned.text)
    assert clean_text(original) == cleaned


HTMLISH = st.lists(
    st.one_of(
        st.text(max_size=6),
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<div class='a'>",
                "<br/>",
                "&amp;",
                "&#12354;",
                "&bogus;",
                "<script>",
                "</script>",
                "<!--",
                "-->",
                "\n  ",
            ]
        ),
    ),
    max_size=30,
).map(lambda parts: "<html>" + "".join(parts))


@settings(max_examples=200, deadline=None)
@given(HTMLISH)
def test_property_html_offsets_increase(original):
    cleaned = clean_text(original)
    assert cleaned.html
    assert "<p>" not in cleaned.text and "<br/>" not in cleaned.text
    assert all(b > a for a, b in zip(cleaned.offsets, cleaned.offsets[1:], strict=False))
    assert all(0 <= o < len(original) for o in cleaned.offsets)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.integers(min_value=4, max_value=64))
def test_property_split_covers_and_respects_limit(text, max_bytes):
    spans = split_for_parser(text, max_bytes=max_bytes)
    assert "".join(text[s:e] for s, e in spans) == text
    assert all(s < e and len(text[s:e].encode("utf-8", "surrogatepass")) <= max_bytes for s, e in spans)


# An HTML document as a tree: text (kept), attribute values and furniture (never kept), entities.
_WORDS = st.text(alphabet="あいアイ漢字ABc12。、 ", min_size=1, max_size=6)
_ATTRS = st.sampled_from(["", ' class="x"', ' title="§ > §"', " alt='§<i>§'", ' data-x="§>§" id=y'])
_TAGS = st.sampled_from(["p", "div", "span", "b", "section", "td", "li", "article", "main", "header"])
_FURNITURE = st.sampled_from(["nav", "aside", "footer", "div role='navigation'", "button"])
_TREES = st.recursive(
    st.one_of(_WORDS.map(lambda t: ("text", t)), st.just(("entity", "&amp;"))),
    lambda kids: st.one_of(
        st.tuples(st.just("element"), _TAGS, _ATTRS, st.lists(kids, max_size=4)),
        st.tuples(st.just("furniture"), _FURNITURE, _ATTRS, st.lists(kids, max_size=3)),
    ),
    max_leaves=25,
)


def _render(node, hidden: bool, in_article: bool) -> tuple[str, str]:
    """(HTML, the text a reader must keep) of one tree node."""
    kind = node[0]
    if kind == "text":
        return ("◆" * len(node[1]) if hidden else node[1]), ("" if hidden else node[1])
    if kind == "entity":
        return node[1], ("" if hidden else "&")
    _, tag, attrs, kids = node
    name = tag.split()[0]
    drops = kind == "furniture" or (name == "header" and not in_article)
    inside = in_article or name in ("article", "main")
    parts = [_render(k, hidden or drops, inside) for k in kids]
    markup = f"<{tag}{attrs}>" + "".join(p[0] for p in parts) + f"</{name}>"
    return markup, "".join(p[1] for p in parts)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TREES, min_size=1, max_size=4))
def test_property_html_text_and_offsets(trees):
    """Reading any such page keeps exactly its text, in order, each character mapped to its source;
    no attribute value (§) and nothing inside navigation or furniture (◆) leaks into the text."""
    rendered = [_render(t, False, False) for t in trees]
    original = "<html><body>" + "".join(r[0] for r in rendered) + "</body></html>"
    expected = "".join(r[1] for r in rendered)
    cleaned = clean_text(original)
    assert cleaned.html
    assert "§" not in cleaned.text and "◆" not in cleaned.text
    assert "".join(cleaned.text.split()) == "".join(expected.split())
    assert all(b > a for a, b in zip(cleaned.offsets, cleaned.offsets[1:], strict=False))
    for i, ch in enumerate(cleaned.text):
        src = original[cleaned.offsets[i]]
        assert src == ch or (ch == "&" and src == "&") or (ch.isspace() and (src.isspace() or src == "<")), (
            i, ch, src)


def test_full_width_letters_and_digits_read_as_ascii_at_the_same_offsets() -> None:
    original = "ＩＨＩ原動機は２０２５年にＥＶ向け（新型）部品を出す。"
    cleaned = clean_text(original)
    assert cleaned.text == "IHI原動機は2025年にEV向け（新型）部品を出す。"  # punctuation as written
    assert_offsets_exact(cleaned.text, cleaned.offsets, original)


def test_japanese_securities_codes_are_lifted_as_tokyo_tickers():
    text = "北斗電機<6501>は29日、ミナト商事＜8001＞と提携した。<重要>は残る。南海HD <9001.T>も。"
    cleaned = clean_text(text)
    assert cleaned.text == "北斗電機は29日、ミナト商事と提携した。<重要>は残る。南海HDも。"
    assert [t for _, t in cleaned.tickers] == ["6501.T", "8001.T", "9001.T"]
    before = [cleaned.text[:p][-5:].lstrip("、。") for p, _ in cleaned.tickers]
    assert before == ["北斗電機", "ミナト商事", "南海HD"]



def test_technical_commas_and_full_stops_read_as_news_writes_them() -> None:
    cleaned = clean_text("北斗電機は,南海化学の事業を,東西物産に譲渡する．売上高は1,000億円．Corp., Ltd.")
    assert cleaned.text == "北斗電機は、南海化学の事業を、東西物産に譲渡する。売上高は1,000億円。Corp., Ltd."
    assert len(cleaned.offsets) == len(cleaned.text)


def test_a_decimal_point_written_as_a_middle_dot_reads_as_a_point() -> None:
    from kg.read import clean_text

    assert "50.05%" in clean_text("株式50・05%を保有し").text
    assert "A・B" in clean_text("A・Bの2社").text
