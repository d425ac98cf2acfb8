"""Deal-party source: who buys, invests, merges, ties up or competes is a company.

News names small and foreign companies with no cue around them: 「ニップンは冷凍食品メーカーの
畑中食品を連結子会社化すると発表した」, 「フジッコがフーズパレットを全株式取得し」. No lexicon lists
them and no suffix marks them; the deal does. A word ending with a deal word (``mentions.yaml``
``deal_parties.words``; 取得 only after 株式) makes its parties companies: the subject (は, が) of
the deal word or of a clause above it (ニップンは…子会社化すると発表した: the topic attaches to 発表),
what the deal word takes with を, と or に, what a verb puts under it (Xを傘下に持つ, Xを子会社にする),
what a clause above it is about (Xについて、TOBに踏み切る); and whose shares (株式) a sentence names. A
party must
be a katakana or Latin name, or katakana after a proper kanji stem (白樺ケア; a known kanji name
has its lexicon entry or suffix rule), and not a generic word; a katakana surname alone counts
when no honorific or post follows it (ナガセへ売り渡す). A weak source: it only fills
characters no stronger source took, so a person or a government found there stays one. A katakana
or Latin party is then found again everywhere in its article (キャンドゥ株, キャンドゥの筆頭株主).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from kg.mentions.candidate import Candidate
from kg.mentions.ruledata import is_generic, title_regex
from kg.mentions.words import case_particles, is_person_word, is_place_word, is_proper, noun_compound
from kg.model import ParsedSentence, Token
from kg.rules import DealParties, rules

RULE_ID = "org.deal_party"
#: A katakana or Latin name, or katakana after a kanji stem of up to five (白樺ケア, 女満別空港ビル): what
#: the parse alone cannot tell from a common noun.
FOREIGN_NAME = re.compile(
    r"[一-龥]{0,5}[ァ-ヴー・]{2,}|[A-Za-zＡ-Ｚａ-ｚ][A-Za-z0-9&\.\-Ａ-Ｚａ-ｚ０-９]*[ァ-ヴー・]{2,}"
    r"|[A-Za-zＡ-Ｚａ-ｚ][A-Za-z0-9&\.\-Ａ-Ｚａ-ｚ０-９]+"
)
#: A kanji name Sudachi knows as a proper noun (任天堂): a party as much as a katakana one.
KANJI_PROPER = re.compile(r"[一-龥々ヶ]{2,8}")
SUBJECT_DEPS = frozenset({"nsubj", "obl", "dislocated"})
OBJECT_DEPS = frozenset({"obj", "obl", "nmod"})


@lru_cache(maxsize=1)
def _data() -> DealParties | None:
    return rules("mentions").deal_parties


class DealPartySource:
    """Candidates for the parties of deals (see the module docstring)."""

    def candidates(self, sent: ParsedSentence) -> Iterator[Candidate]:
        data = _data()
        if data is None:
            return
        tokens = sent.tokens
        cases = case_particles(tokens)
        deals = [t for t in tokens if _is_deal(tokens, t, data)]
        parties = [p for deal in deals for p in _parties(tokens, deal, data, cases)]
        for party in parties + [p for shares in _shares(tokens) for p in _owners(tokens, shares, cases)]:
            words = noun_compound(tokens, party)
            name = sent.text[words[0].start : words[-1].end] if words else ""
            industrial = cases.get(party.i) != "に" and industry_compound(words, name, data.industry_words)
            bare_surname = _bare_katakana_surname(words, name, sent.text)
            named = _looks_like_company(words, name)
            if named or industrial or bare_surname:
                start, end = words[0].start, words[-1].end
                # a katakana or Latin party is found again elsewhere in the article (キャンドゥ株,
                # キャンドゥの筆頭株主), a surname or a kanji compound is not
                refind = named and not bare_surname and bool(FOREIGN_NAME.fullmatch(name))
                yield Candidate(start, end, name, "Company", RULE_ID, "deal", data.confidence, refind=refind)


def _ends_with(tokens: Sequence[Token], t: Token, words: list[str]) -> bool:
    """Whether ``t``, read with the word before it, ends with one of ``words`` (子会社|化)."""
    before = tokens[t.i - 1].text if t.i > 0 else ""
    return (before + t.text).endswith(tuple(words))


def _is_deal(tokens: Sequence[Token], t: Token, data: DealParties) -> bool:
    """連結子会社化, 子会社|化 (cut in two), 資本業務提携, 全株式|取得."""
    if _ends_with(tokens, t, data.words):
        return True
    before = tokens[t.i - 1].text if t.i > 0 else ""
    if t.text not in data.after_shares:
        return False
    # 全株式取得, 株式の20%を取得: an acquisition of shares
    return before.endswith("株式") or any(s.text in SHARE_WORDS for s in tokens[max(0, t.i - 6) : t.i])


#: What a company's shares, or its holders, are called: ミナトゲームズの株式, ミナトの発行済み株式,
#: ミナトランドの筆頭株主.
SHARE_WORDS = frozenset({"株式", "発行済み株式", "発行済株式", "持ち株", "株主", "筆頭株主", "大株主"})


def _shares(tokens: Sequence[Token]) -> list[Token]:
    """The words for shares or their holders in the sentence (株式, 筆頭株主): whose they are is a
    company."""
    return [t for t in tokens if t.text in SHARE_WORDS]


def _owners(tokens: Sequence[Token], shares: Token, cases: dict[int, str]) -> Iterator[Token]:
    """The name before の that the shares belong to: アメリカのミナトゲームズの株式を取得 (a noun,
    whatever the parse calls it: ソラテック|ADJ の株式)."""
    for t in tokens:
        if t.head == shares.i and t.i < shares.i and _noun(t) and cases.get(t.i) == "の":
            yield t


def _noun(t: Token) -> bool:
    """A noun by its part of speech or by Sudachi's tag (ソラテックと争う: ADJ, 名詞)."""
    return t.pos in ("NOUN", "PROPN") or t.tag.startswith("名詞")


def _ancestors(tokens: Sequence[Token], t: Token) -> set[int]:
    """``t`` and the words above it, up to the root."""
    out = {t.i}
    while tokens[t.i].head != t.i and tokens[t.i].head not in out:
        t = tokens[t.head]
        out.add(t.i)
    return out


def _parties(
    tokens: Sequence[Token], deal: Token, data: DealParties, cases: dict[int, str]
) -> Iterator[Token]:
    above = _ancestors(tokens, deal)
    for t in tokens:
        # a noun, whatever the parse calls it (ソラテックと争う: ADJ)
        if not _noun(t) or t.i == deal.i:
            continue
        particle = cases.get(t.i, "")
        # ニップンは … 子会社化すると発表した; a topic the parse left as a root of its own too
        attached = (t.head in above and t.dep in SUBJECT_DEPS) or t.head == t.i
        if particle in data.subject_particles and t.i < deal.i and attached:
            yield t
        elif particle in data.object_particles and t.head == deal.i and t.dep in OBJECT_DEPS:
            sold = particle == "を" and _ends_with(tokens, deal, data.sales)
            if not (sold and _one_common_word(tokens, t)):
                yield t  # … フーズパレットを全株式取得し (not ビルを売却: a sale's object may be a thing)
        elif particle == "の" and t.head == deal.i and t.dep == "nmod" and t.i < deal.i:
            if not (deal.text in data.of_things and deal.i > 0 and tokens[deal.i - 1].text == "の"):
                yield t  # … 東邦テレビの子会社だ, ミナトの買収 (not コンテンツの調達: what is procured)
        elif particle in ("を", "も") and _put_under(tokens, deal, cases) and t.head == deal.head != deal.i:
            yield t  # 南洋運輸を傘下に持つ, …を子会社にする, …も子会社にもつ: what the verb puts under it
        elif _about(tokens, t) and t.i < deal.i and t.head in above:
            yield t  # ソラ・ワンについて、TOBに踏み切る: what the deal the clause goes on to is about


def _about(tokens: Sequence[Token], t: Token) -> bool:
    """Whether ``t`` is followed by について (に | つい | て): what the sentence goes on about."""
    return [w.text for w in tokens[t.i + 1 : t.i + 4]] == ["に", "つい", "て"]


def _one_common_word(tokens: Sequence[Token], t: Token) -> bool:
    """``t`` is a common noun standing alone (ビル, アセット, ライセンス), not a compound or a proper
    noun (イトーヨーカドー, テックビューロ, ワタミ): what a sale may sell besides a company."""
    return len(noun_compound(tokens, t)) == 1 and not is_proper(t)


def _put_under(tokens: Sequence[Token], deal: Token, cases: dict[int, str]) -> bool:
    """傘下に, 子会社に: a group's word with に, where a verb puts something (not 子会社による: by it)."""
    after = tokens[deal.i + 2].text if deal.i + 2 < len(tokens) else ""
    return deal.text.endswith(("傘下", "子会社")) and cases.get(deal.i) == "に" and after != "よる"


#: A kanji stem before an industry word: 北斗通信, 南洋海運, 東邦テレビ.
KANJI_STEM = re.compile(r"[一-龥々ヶ]{2,4}")
#: A word that begins with a kanji (新, 白樺): before katakana, a name's stem only as a proper noun.
KANJI = re.compile(r"[一-龥々ヶ]")


def industry_compound(words: Sequence[Token], name: str, industry: Sequence[str]) -> bool:
    """A kanji compound of a stem and an industry word (北斗通信, 南洋海運): Sudachi reads the stem
    as a common word, so only a company's role (a party to a deal other than its target with に —
    半導体産業に投資 is an industry — whose shares, a list with a company) tells it is a name. The
    stem is one or two words, none an action (冷凍食品, 移動通信) nor a person's or a place's name
    alone (those are found by the suffix rules)."""
    if not (words and words[-1].text in industry) or is_generic(name):
        return False
    stem = list(words[:-1])
    if not stem or len(stem) > 2 or not KANJI_STEM.fullmatch("".join(t.text for t in stem)):
        return False
    return not any("サ変" in t.tag or is_person_word(t) or is_place_word(t) for t in stem)


#: A katakana word of three letters or more (ナガセ, フジタ, アマダ).
KATAKANA_WORD = re.compile(r"[ァ-ヴー]{3,}")


def _bare_katakana_surname(words: list[Token], name: str, text: str) -> bool:
    """ナガセへ売り渡す, フジタと資本提携: one katakana word Sudachi knows as a person's name, a deal's
    party with no honorific or title after it, is a company (news writes a person with 氏 or a post:
    ナガセ氏, ナガセ社長)."""
    if len(words) != 1 or not KATAKANA_WORD.fullmatch(name) or "人名" not in words[0].tag:
        return False
    return title_regex().match(text, words[0].end) is None and not is_generic(name)


def _looks_like_company(words: list[Token], name: str) -> bool:
    """A katakana or Latin name (NTTデータ too) that is not a person's or a place's, or a kanji proper
    noun of no person or place (任天堂); a proper noun, a place's name too, may stand as the kanji stem
    before katakana (白樺|ケア)."""
    if KANJI_PROPER.fullmatch(name) and words and all(t.tag == "名詞-固有名詞-一般" for t in words):
        return not is_generic(name)  # 任天堂が買収: a proper noun, neither a person's nor a place's
    if len(name) < 2 or not FOREIGN_NAME.fullmatch(name) or is_generic(name):
        return False
    stem = [t for t in words if KANJI.match(t.text)]
    if stem and not all(is_proper(t) for t in stem):
        return False  # 電池セル: a common noun before the katakana, no name
    opening = _place_opening_dotted_words(words)
    return not any(is_person_word(t) or (is_place_word(t) and t not in stem + opening) for t in words)


def _place_opening_dotted_words(words: list[Token]) -> list[Token]:
    """A place's word that opens a name of dotted words, two more after it (ミャンマー・ケア・プロダクツ):
    part of the name (not ベトナム・ハノイ, 中国・アリババ: a place or one name after the dot)."""
    texts = [t.text for t in words]
    if len(words) >= 5 and texts[1] == "・" and texts[3] == "・" and is_place_word(words[0]):
        return [words[0]]
    return []
