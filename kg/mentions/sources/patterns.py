"""Pattern sources: suffix and shape rules (``mentions.yaml``), governments, anaphors, prefixed names."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache

from kg.lexicon import LexEntry, Lexicon, norm
from kg.mentions.candidate import ORG_TYPES, Candidate
from kg.mentions.nationality import HOME_COUNTRY, Nationality
from kg.mentions.ruledata import (
    COUNTRY_UNIT,
    FORMS_BEFORE_DOT,
    KANJI,
    KANJI_ADVERBS,
    LEADING_DESCRIPTOR,
    LEGAL_FORM_AT_END,
    LEGAL_FORM_AT_START,
    PUBLIC_BODY_FORMS,
    TENURE_BEFORE_NAME,
    TIME_WORDS,
    char_classes,
    descriptor_prefixes,
    droppable_endings,
    generic_words,
    is_company_name_part,
    is_generic,
    list_rules,
    pattern_rules,
    title_regex,
)
from kg.mentions.sources.lexicon import dotted_companies
from kg.mentions.words import (
    has_proper_noun,
    is_person_word,
    is_place_word,
    is_proper,
    only_actions,
    words_in,
)
from kg.model import ANAPHOR_MAIN_GOVERNMENT, ANAPHOR_SAME_TYPE, ParsedSentence, Token
from kg.rules import rules

#: A gloss in parentheses at the end of a product's name: (仮称), (同), a price.
TRAILING_GLOSS = re.compile(r"[(（][^()（）]{1,20}[)）]$")
#: A foreign name written in parts: アント・グループ, レアル・ソシエダード.
DOTTED_NAME = re.compile(r"[ァ-ヴー]{2,}・[ァ-ヴー]{2,}")
#: One capitalised Latin word (Razor, J.League, AT&T).
CAPITALISED = r"[A-Z][A-Za-z0-9&.\-]*"
#: A foreign name in capitalised Latin words: Razor Glory Building Maintenance (each a common word).
CAPITALISED_WORDS = re.compile(rf"{CAPITALISED}(?: {CAPITALISED})+")

#: A Latin word of capitals (TAKIX): a name whatever Sudachi tags it, for a rule that says so
#: (``acronym: true``: its context says a company is named).
LATIN_ACRONYM = re.compile(r"[A-Z][A-Z0-9&\-]{2,15}")

#: A Japanese address: 東京, 長野県須坂市, 東京都港区 (a place in parentheses after a company).
ADDRESS = re.compile(
    r"[一-龥々ヶ]{1,4}(?:都|道|府|県)(?:[一-龥々ヶ]{1,5}(?:市|郡|区|町|村))*"
    r"|(?:[一-龥々ヶ]{1,5}(?:市|郡|区|町|村))+"
)


def starts_a_word(tokens: Sequence[Token], start: int) -> bool:
    """Whether a name starts where one of Sudachi's words starts (製造装置 is not 造装置)."""
    return not tokens or any(t.start == start for t in tokens) or not any(
        t.start < start < t.end for t in tokens
    )


def ends_a_word(tokens: Sequence[Token], end: int) -> bool:
    """Whether a name ends where one of Sudachi's words ends (いなげや, not いなげ before や)."""
    return not tokens or any(t.end == end for t in tokens) or not any(t.start < end < t.end for t in tokens)


#: A name written in hiragana only (いなげや, しまむら): its ends must be words' ends, since a
#: particle is hiragana too.
HIRAGANA_NAME = re.compile(r"[ぁ-ゖ][ぁ-ゖー]+")


def proper_words(etype: str, tokens: Sequence[Token], start: int, end: int) -> bool:
    """The ``proper: true`` check: a place needs a proper noun of any kind (北浜市), an
    organisation one that is more than a place or a person (:func:`organisation_words`)."""
    if etype in ("Place", "Country"):
        words = words_in(tokens, start, end)
        return not words or has_proper_noun(tokens, start, end)
    return organisation_words(tokens, start, end)


@lru_cache(maxsize=64)
def rule_context(regex: str) -> re.Pattern[str]:
    return re.compile(regex)


def organisation_words(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether Sudachi's words say ``[start, end)`` can name an organisation: it holds a proper
    noun and is more than a place's or a person's name (日本, 田中)."""
    words = words_in(tokens, start, end)
    if not words:
        return True  # no parse to ask: trust the rule
    if DOTTED_NAME.match("".join(t.text for t in words)):
        return True  # アント・グループ, タタ・グループ: a foreign name in parts
    if CAPITALISED_WORDS.fullmatch(" ".join(t.text for t in words if t.text.strip())):
        return True  # Razor Glory Building Maintenance: capitals make the words a name
    if not has_proper_noun(tokens, start, end):
        return False
    if len(words) == 1 and words[0].start <= start and end <= words[0].end:
        return True  # ヤマト運輸 as one word: Sudachi knows the whole name, suffix and all
    return not all((is_person_word(t) or is_place_word(t)) for t in words)


#: A company's name ending in its form, a middle dot, then another name: two companies listed
#: (藤倉商事・東北フジクラ, 住友電工・住友電装グループ); a form is where a company's name ends.
DOTTED_PAIR = re.compile(
    rf"^(?P<a>[一-龥々ァ-ヴー]{{1,12}}(?:{'|'.join(FORMS_BEFORE_DOT)}|製作所|ホールディングス|HD))"
    r"・(?P<b>[一-龥々ァ-ヴーA-Za-z]{2,16})$"
)


def _quoted(text: str, cand: Candidate) -> bool:
    """The candidate is a whole quoted name (共同持ち株会社「北斗電機・ミナト」: one company)."""
    return text[cand.start - 1 : cand.start] in ("「", "『") and text[cand.end : cand.end + 1] in ("」", "』")


def _dotted_pair(cand: Candidate) -> list[Candidate]:
    """The two companies of a dotted pair (:data:`DOTTED_PAIR`), else none."""
    m = DOTTED_PAIR.match(cand.name)
    if m is None or cand.length != len(cand.name):
        return []  # a name the trimming changed inside its span: leave it whole
    return [
        Candidate(cand.start + m.start(part), cand.start + m.end(part), m.group(part), cand.type, cand.rule,
                  cand.source, cand.confidence, refind=cand.refind)
        for part in ("a", "b")
    ]


def _after_a_kana_word(tokens: Sequence[Token], start: int) -> bool:
    """Whether a hiragana word that is no particle ends at ``start`` (みらい|飼料㈱: the name's lead,
    cut off)."""
    return any(t.end == start and re.fullmatch(r"[ぁ-ゖー]+", t.text) and not _inflects(t) for t in tokens)


def _one_common_word(words: Sequence[Token], cand: Candidate) -> bool:
    """The candidate is exactly one kanji word Sudachi knows as a common noun (医薬品, 株式).

    Katakana words are left alone: Sudachi tags an unknown katakana name (フラマトン) as a
    common noun too, so the tag cannot tell ゼネコン from a new company's name.
    """
    return (
        len(words) == 1
        and bool(KANJI.search(cand.name))
        and words[0].start == cand.start
        and words[0].end == cand.end
        and "普通名詞" in words[0].tag
    )


def common_latin(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Latin words all tagged as common nouns (EV, HBM), and not a generic acronym (GDP, IPO)."""
    words = words_in(tokens, start, end)
    name = "".join(t.text for t in words)
    return bool(words) and not is_generic(name) and _latin_common_words(words, name)


def _latin_common_words(words: Sequence[Token], name: str) -> bool:
    """An acronym Sudachi knows as a common noun (EV, HBM); a mixed-case word (PharmaMar) is a name
    whatever its tag."""
    acronym = bool(re.fullmatch(r"[A-Z0-9\-]+", name))
    return bool(words) and acronym and not any(is_proper(t) for t in words)


#: What comes before a name and is no part of it: 向け, 製, ・, 英蘭系 (a lineage: 英蘭系ソラ), M&A (a word,
#: M&A北斗電機 a section's label
#: glued to the name), a public body's legal form, a time
#: word (今回北斗電機は), a date (令和6年10月31日公正取引委員会), a rank (首位北斗化学, 2位南海化学), a
#: four-digit securities code glued to the name (9101日本郵船), 現 of a current post (現北斗電機CEO;
#: not 現代自動車) and 元 of a former one (元北斗電機社長; not 元気寿司).
LEADING_FORM = re.compile(
    "^(?:用|製|向け|系|型|等|など|・|M&A(?=[一-龥ァ-ヴ])|[0-9０-９]{4}(?=[一-龥ァ-ヴ])|"
    "(?:[米英独仏中韓台蘭伊豪加露印欧]{1,3}|外資|独立)系(?=[ァ-ヴA-Za-z])|"
    + TENURE_BEFORE_NAME
    + "|事実上|実質的に|"
    "[一-龥ァ-ヴA-Za-z]{0,8}?(?:役員|社長|会長|取締役|頭取|部長|CEO|COO|CFO)兼(?=[一-龥ァ-ヴA-Z])|"
    "(?:令和|平成|昭和)?[0-9０-９元]{1,4}年(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日)?|"
    "[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?|[0-9０-９]{1,2}日|(?:業界)?(?:首位|[0-9０-９]{1,2}位)|"
    + "|".join(PUBLIC_BODY_FORMS + TIME_WORDS + KANJI_ADVERBS)
    + ")+"
)

#: Related parties of a name (北斗会関係, 南海系列, ミナトファンド傘下), or the name itself (南海化学自身も):
#: the name ends before it.
RELATED_TAIL = re.compile(r"(?<=..)(?:関係|関連|傘下|自身)$")
#: A country's name and a middle dot before a name (中国・華域汽車; not the first of a katakana name's dotted
#: parts: ミャンマー・ケア・プロダクツ).
COUNTRY_DOT = re.compile(r"^([一-龥ァ-ヴー]{2,8})・(?=[一-龥ァ-ヴA-Za-z]{2})(?![ァ-ヴー]+・[ァ-ヴー]+$)")

#: A quoted name that ends with a company's form names a company, not a product
#: (手掛ける「ミナト・ホールディングス社」, 「ソラ社」); the name is without 社.
COMPANY_FORM_AT_END = re.compile(
    r"^(?P<name>.{2,}?(?:ホールディングス|ホールディング|コーポレーション|インク|カンパニー))社?$"
    r"|^(?P<sha>[ァ-ヴー・A-Za-z]{2,})社$"
)

#: Case particles no name holds inside (の does: 森のひろば, 大の里).
CASE_PARTICLES = frozenset({"を", "が", "は", "に", "へ", "で", "と", "や", "も"})


def after_particles(tokens: Sequence[Token], start: int, end: int) -> int:
    """Where a name matched over a case particle really starts: 一部をみずほ信託銀行 is
    みずほ信託銀行 (北斗銀行とみなと銀行: みなと銀行), since a hiragana name (みずほ, りそな) is
    matched by its script and a particle Sudachi reads inside the match ends whatever came before."""
    for t in words_in(tokens, start, end):
        if t.text in CASE_PARTICLES and t.tag.startswith("助詞") and start <= t.start and t.end < end:
            start = t.end
    return start


#: A space between a kanji surname and given name (社長:山田 一郎).
NAME_SPACE = re.compile(r"(?<=[一-龥々])[ 　](?=[一-龥々])")


#: Hiragana nouns that only stand in for something (こと, ため): never the start of a name.
FORMAL_NOUNS = frozenset(
    {"こと", "もの", "よう", "わけ", "はず", "ところ", "とき", "ほか", "ため", "うち", "まま"}
)


def kana_start(tokens: Sequence[Token], start: int, end: int) -> int:
    """Where a name with a hiragana lead starts: at the first of Sudachi's words in ``[start, end)``
    from which every word up to ``end`` is a hiragana noun (ひまわり, つばさ, みちのく; not a verb's
    ending, a particle or a formal noun), or at ``end`` when there is none. Without a parse the
    lead is dropped."""
    words = [t for t in tokens if start <= t.start and t.end <= end]
    if not words or words[-1].end != end:
        return end
    if any(t.end == start and t.text in LEGAL_FORM_WORDS for t in tokens):
        return start  # 株式会社なごみ…: after a legal form the name begins, whatever Sudachi reads
    i = len(words)
    while i > 0 and _kana_noun(words[i - 1]):
        i -= 1
    prefix = words[i - 1] if 0 < i < len(words) else None
    if prefix is not None and prefix.tag.startswith("接頭辞") and _name_may_open(tokens, prefix.start):
        # み / ちのりHD at the start of a sentence, or after a clause that describes it (…を傘下に抱えるご /
        # えんHD): a hiragana prefix Sudachi reads off the name
        i -= 1
    run = [t for t in words if re.fullmatch(r"[ぁ-ゖー]+", t.text)]
    unknown = i == len(words) and len(run) > 1 and not any(_inflects(t) for t in run)
    if unknown and _opens_a_name(tokens, start):
        # 食品スーパーのおーばんホールディングス: after の, a word Sudachi does not know and cuts
        # into pieces none of which is a noun (not one adverb or conjunction: 、また銀行は, つまり;
        # not an adverb before a name: さらにみずほ銀行 keeps みずほ銀行)
        i = 0
    if i == len(words) or sum(len(t.text) for t in words[i:]) < 2:
        return end
    return words[i].start


def _whole_quote(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is all a pair of quotes holds (新会社「ゆがふ製糖」を: a hiragana lead Sudachi
    cuts into a symbol, a particle and a prefix is the name's all the same)."""
    return start > 0 and text[start - 1] in "「『" and text[end : end + 1] in ("」", "』")


#: A company's legal form written before its name.
LEGAL_FORM_WORDS = frozenset({"株式会社", "有限会社", "合同会社"})
#: Sudachi's parts of speech that say a hiragana run is a clause's end, not a name's lead.
INFLECTING = ("助詞", "助動詞", "動詞", "形容詞", "接尾辞", "接続詞")
#: Words after which a name may begin (の, a comma, an opening quote).
NAME_OPENERS = frozenset({"の", "、", "「", "『", "(", "（"})


def _opens_a_name(tokens: Sequence[Token], start: int) -> bool:
    """The sentence starts at ``start``, or a word a name may follow ends there (の, 、, 「, ()."""
    before = [t for t in tokens if t.end == start]
    return not before or before[0].text in NAME_OPENERS


def _name_may_open(tokens: Sequence[Token], start: int) -> bool:
    """:func:`_opens_a_name`, or a verb or an adjective in its attributive form ends at ``start``
    (抱える|み…): a clause that describes the name after it."""
    return _opens_a_name(tokens, start) or any(t.end == start and "連体形" in t.inflection for t in tokens)


def _inflects(t: Token) -> bool:
    return t.tag.startswith(INFLECTING)


def _name_without_lead(rx: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether the rule matches ``text[start:end]`` by itself, without a hiragana lead."""
    m = rx.match(text, start)
    return m is not None and not m.group("kana") and m.end("name") == end


def _kana_noun(t: Token) -> bool:
    return (
        t.tag.startswith("名詞")
        and "副詞可能" not in t.tag
        and "数詞" not in t.tag
        and t.text not in FORMAL_NOUNS
        and bool(re.fullmatch(r"[ぁ-ゖー]+", t.text))
    )


#: A list item that is a name by its letters: Latin words (Hai Minh), katakana (ソラ&ソラ, ミナト館), either
#: with a short kanji ending (MG建設, ソラ繊維).
LIST_ITEM_NAME = re.compile(
    rf"(?:[A-Z][A-Za-z0-9&.\-]+(?: {CAPITALISED})*|[ァ-ヴー・][ァ-ヴー・&＆]+)[一-龥]{{0,3}}"
)


def looks_like_a_name(tokens: Sequence[Token], text: str, start: int, end: int) -> bool:
    """A list item that can be a name: a proper noun, a Latin or katakana word; no common kanji noun."""
    name = text[start:end]
    if len(name) < 2 or is_generic(name) or re.search(r"[ぁ-ゖ0-9０-９]", name):
        return False
    if LIST_ITEM_NAME.fullmatch(name):
        return True
    return any(is_proper(t) for t in words_in(tokens, start, end))


def _short_name_dotted(entry: LexEntry, name: str, i: int) -> bool:
    """A short form of a lexicon person's name, then a middle dot (メルツ・デンタル): one dotted
    name, no person before a company."""
    dotted = name.startswith("・", i) or name[:i].endswith("・")
    return dotted and norm(entry.name) != norm(name[:i].rstrip("・"))


#: Banks counted (3信金, 7信組): a number, then a short kind of bank, and nothing else.
COUNTED_BANKS = re.compile(r"[0-9０-９]{1,2}(?:信金|信組|地銀|信用金庫|信用組合)")
#: A reading in katakana inside a Latin name, with the comma after it (Sora International(インター
#: ナショナル)、LLC): no part of the name.
LATIN_READING = re.compile(r"(?<=[A-Za-z])[(（][ァ-ヴー・]{2,20}[)）](?:、|,)")


def _time_word_at(tokens: Sequence[Token], start: int, name: str) -> str:
    """A word of time a match opens with (後 of その後, 直後, 当時): Sudachi's adverbial noun of
    one or two letters, with a name of two or more letters after it; else an empty string (not
    right after a quote's opening: 「際コーポレーション」 is a name as a whole)."""
    first = next((t for t in tokens if t.start <= start < t.end), None)
    if first is None or "副詞可能" not in first.tag or len(first.text) > 2:
        return ""
    if any(t.end == first.start and t.text.endswith(("「", "『")) for t in tokens):
        return ""
    word = first.text[start - first.start :]
    if word in NAME_OPENING_TIME_WORDS:
        return ""
    return word if word and len(name) - len(word) >= 2 and name.startswith(word) else ""


def _province(tokens: Sequence[Token], name: str, end: int) -> bool:
    """Whether ``name``, ending at ``end``, ends in 省 right after a word Sudachi knows as a place's name
    (江蘇|省, 広東省): a province, not a ministry (商務|省)."""
    if not name.endswith("省"):
        return False
    whole = next((t for t in tokens if t.end == end and t.text.endswith("省")), None)
    before = next((t for t in tokens if t.end == end - 1), None)
    return any(t is not None and is_place_word(t) for t in (whole, before))


#: Words of time that open many names: 日 (日鉱金属, 日揮, 日清), a day only after its number (3日).
NAME_OPENING_TIME_WORDS = frozenset({"日"})


def _place_in_its_prefecture(tokens: Sequence[Token], m: re.Match[str]) -> bool:
    """Whether a name with a head-office gloss is a place Sudachi knows, glossed with nothing but its
    prefecture (淡路(兵庫県)): a region, not a company (a company's gloss names its city: 北斗(姫路市))."""
    words = words_in(tokens, m.start("name"), m.end("name"))
    return bool(words) and all(is_place_word(t) for t in words) and m.group("place").endswith(PREFECTURE)


#: The ending of a prefecture's name.
PREFECTURE = ("県", "府", "都", "道")


class PatternSource:
    """Organisation, government, research-body and technology names by their form and context."""

    def __init__(self, lexicon: Lexicon, nationality: Nationality) -> None:
        self.lex = lexicon
        self.nationality = nationality

    def candidates(self, sent: ParsedSentence) -> Iterator[Candidate]:
        for rule, rx in pattern_rules():
            for m in rx.finditer(sent.text):
                if rule.place and not self.is_place(m.group("place")):
                    continue
                if rule.place and _place_in_its_prefecture(sent.tokens, m):
                    continue  # 淡路(兵庫県)や石州(島根県): a place with its prefecture, no company
                start = after_particles(sent.tokens, m.start("name"), m.end("name"))
                kana_named = False
                kana = rule.kana_lead and bool(m.group("kana"))
                if kana and _whole_quote(sent.text, m.start("kana"), m.end("name")):
                    start, kana_named = m.start("kana"), True  # 「ゆがふ製糖」: the quotes say where
                elif kana:
                    start = kana_start(sent.tokens, m.start("kana"), m.end("kana"))
                    kana_named = start < m.end("kana")
                    if not kana_named and not _name_without_lead(rx, sent.text, start, m.end("name")):
                        continue  # …るホールディングス: nothing but the ending is left
                proper = (
                    kana_named
                    or proper_words(rule.type, sent.tokens, start, m.end("name"))
                    or (rule.acronym and bool(LATIN_ACRONYM.fullmatch(sent.text, start, m.end("name"))))
                    or bool(LATIN_NAME_GLOSS.match(sent.text, m.end("name")))
                )
                if rule.proper and not proper:
                    continue
                if rule.context and not rule_context(rule.context).search(sent.text):
                    continue
                if rule.common_latin and not common_latin(sent.tokens, m.start("name"), m.end("name")):
                    continue
                cand = Candidate(
                    start,
                    m.end("name"),
                    sent.text[start : m.end("name")],
                    rule.type,
                    rule.id,
                    "pattern",
                    rule.confidence,
                    refind=rule.refind,
                )
                cand = self.trim(cand, sent.tokens)
                if cand is None or (KANJI.match(cand.name) and not starts_a_word(sent.tokens, cand.start)):
                    continue
                if cand.type == "Government" and _province(sent.tokens, cand.name, cand.end):
                    continue  # 中国江蘇省: a province, a place (not 中国商務省, a ministry)
                org_type = cand.type in ORG_TYPES
                lead = _hiragana_noun_lead(sent.text, sent.tokens, cand.start) if org_type else None
                if lead is not None:
                    # 関東くみあい化成工業, 鹿児島まぐろ船主協会: a place or a name, then a hiragana noun
                    cand.start, cand.name = lead, sent.text[lead : cand.end]
                cand.end = cand.start + len(cand.name)
                whole = starts_a_word(sent.tokens, cand.start) and ends_a_word(sent.tokens, cand.end)
                if HIRAGANA_NAME.fullmatch(cand.name) and not whole:
                    continue
                if cand.type == "Person":
                    cand.name = NAME_SPACE.sub("", cand.name)  # 山田 一郎: one name, the span keeps the space
                words = words_in(sent.tokens, cand.start, cand.end)
                by_form = rule.named_by_form and not _after_a_kana_word(sent.tokens, cand.start)
                if only_actions(words) and not by_form:
                    continue  # 合併・買収(M&A): actions, not a name (アースの大塚社長: a name all the same)
                org = cand.type in ("Company", "Organization")
                if org and not (by_form or rule.named_by_role) and _one_common_word(words, cand):
                    continue  # 医薬品, 不動産, 株式, ゼネコン: one common noun is no name
                if rule.acronym and (is_generic(cand.name) or self.lex.lookup(cand.name) is not None):
                    continue  # AIと提携: an acronym the lexicon knows keeps its own type
                latin_named = rule.acronym or rule.place  # COTEX(岡山県倉敷市): a head office says it
                if cand.type in ORG_TYPES and not latin_named and _latin_common_words(words, cand.name):
                    continue  # 新興EVメーカー: EV is a technology's name, not a company's
                if cand.type in ORG_TYPES and dotted_companies(self.lex, cand.name):
                    continue  # パナソニック・ソニー・シャープの3社: a list of names, no name of its own
                if cand.type == "Company" and not _quoted(sent.text, cand) and (pair := _dotted_pair(cand)):
                    yield from pair  # 子会社の藤倉商事・東北フジクラ: two companies
                    continue
                yield cand

    def is_place(self, text: str) -> bool:
        """長野県須坂市, 東京, 米国: a lexicon country or place, or a Japanese address."""
        entry = self.lex.lookup(text)
        if entry is not None:
            return entry.type in ("Place", "Country")
        return bool(ADDRESS.fullmatch(text))

    def trim(self, cand: Candidate, tokens: Sequence[Token] = ()) -> Candidate | None:
        """Cut descriptors and nationality prefixes off the front of a pattern match."""
        name = cand.name
        if COUNTED_BANKS.fullmatch(name):
            return None  # 北海道の3信組: a count of them, no name
        if when := _time_word_at(tokens, cand.start, name):
            cand.start += len(when)  # その後米ゼロックスが: 後 says when, the name starts after it
            name = name[len(when) :]
        if dateline := DATELINE.match(name):
            cand.start += dateline.end()  # 東京--北斗電機は: a wire story's dateline, then the name
            name = name[dateline.end() :]
        lead = LEADING_FORM.match(name)  # ・北斗電機 in 山田一郎・北斗電機社長, 独立行政法人北海機構
        if lead:
            cand.start += lead.end()
            name = name[lead.end() :]
        m = LEADING_DESCRIPTOR.match(name)
        # not inside a name's dotted words: アーチ・ベンチャー・パートナーズ (電子機器大手・鴻海精密工業
        # is a kanji description and a name)
        dotted = m is not None and name[m.end() :].startswith("・") and not KANJI.search(name[m.end() - 1])
        if m and cand.source == "pattern" and not dotted and not _generic_ending_from(name, m.end()):
            cut = m.end() + (1 if name[m.end() :].startswith("・") else 0)
            rest = name[cut:]
            if is_generic(rest):
                return None  # 大手銀行: a description and a common noun
            if len(rest) >= 2 and not is_company_name_part(rest):
                # (東北大学ベンチャーパートナーズ: パートナーズ alone is no name, the front is part of it)
                cand.start += cut
                name = rest
        dotted = COUNTRY_DOT.match(name)
        if dotted and cand.type in ORG_TYPES and self.nationality.country_for(dotted.group(1)):
            cand.country = cand.country or self.nationality.country_for(dotted.group(1))
            cand.start += dotted.end()  # 中国・華域汽車: a country written out, a dot, the name
            name = name[dotted.end() :]
        for p in self.nationality.prefix_alt:
            if name.startswith(p) and len(name) > len(p) + 1:
                rest = name[len(p) :]
                if cand.type == "Company" and rest in droppable_endings() and len(p) == 1:
                    # 米製薬のX, 独化学大手: a nationality and a line of business (日本製菓, 韓国電力
                    # with the country written out are names)
                    return None
                known = self.lex.lookup(rest) is not None
                if not known and self.nationality.country_for(p) == HOME_COUNTRY:
                    break  # 「日本マリンテック」, 日本ペイント: news writes no 日本 before a Japanese company
                if cand.type == "Organization" and not known and len(p) > 1:
                    break  # 日本民間放送連盟, 日本サッカー協会: the country is part of a body's name
                # 米マイクロソフト, 韓国サムスン電子; but 日立エナジー and 中国工商銀行 stay whole
                if is_generic(rest) and cand.type != "Government":
                    return None  # 中国電気自動車: a country and a common noun (ペルー中央銀行 is a body)
                if not known and not re.match(r"[ァ-ヴA-Za-zＡ-Ｚａ-ｚ]", rest):
                    break
                cut = cand.start + len(p)
                if any(t.start < cut < t.end for t in tokens):
                    break  # 日本サッカー協会 as one word: the country is part of the name
                if cand.type == "Organization" and not known:
                    break  # 日本サッカー協会, 中国科学院: the country is part of a body's name
                if known or cand.type in ORG_TYPES:
                    if cand.type == "Government" and not rest.endswith(("省", "庁", "委員会", "局")):
                        break
                    cand.country = cand.country or self.nationality.country_for(p)
                    if cand.type != "Government":
                        cand.start += len(p)
                        name = rest
                break
        if cand.type == "Company" and (person := self._person_lead(name, cand.start, cand.end, tokens)):
            # 孫正義ソフトバンクグループ会長: a person glued before the company (丸山公夫・南海テレビ会長: and
            # the middle dot between them)
            cut = len(person) + (1 if name[len(person) :].startswith("・") else 0)
            cand.start += cut
            name = name[cut:]
        if cand.type == "Technology":
            name = TRAILING_GLOSS.sub("", name) or name  # 「ゆうメール(仮称)」, 「ソラ5(479万円〜)」
            if company := COMPANY_FORM_AT_END.match(name):
                cand.type, name = "Company", company.group("name") or company.group("sha")
        if cand.type == "Company":
            if LATIN_READING.search(name):
                cand.aliases.append(LATIN_READING.sub(",", name))  # the name without its reading
            name = LEGAL_FORM_AT_END.sub("", name) or name  # 子会社のミナト株式会社: ミナト
            name = RELATED_TAIL.sub("", name) or name  # 北斗会関係が29%, ミナトファンド傘下にあり
        if cand.type in ORG_TYPES and name.endswith("出身") and len(name) > 3:
            name = name[: -len("出身")]  # 日銀出身の山田頭取: the bank, not its alumni
        cand.name = name
        # 日本法人, タイ法人: a listed word or a country's unit, not 日 + a name
        listed = norm(name) in generic_words() or bool(COUNTRY_UNIT.fullmatch(norm(name)))
        named = self._national_name(name) or _proper_word_opens(name, cand.start, tokens)
        generic = is_generic(name) and (listed or not named)
        if generic or len(norm(name)) < 2 and cand.type != "Person":
            return None
        return cand

    def _person_lead(self, name: str, start: int, end: int, tokens: Sequence[Token]) -> str | None:
        """A person's name the candidate opens with (a lexicon person, or Sudachi's family name and
        given name), before a name of two or more letters: who holds a post at the company. A kanji
        name after the person only when a post follows it (松岡裕司津山信用金庫理事長; not 江蘇恒瑞医薬)."""
        for i in range(2, min(len(name) - 1, 9)):
            entry = self.lex.lookup(name[:i])
            if entry is not None and entry.type == "Person" and not _short_name_dotted(entry, name, i):
                return name[:i]
        words = words_in(tokens, start, start + len(name))
        if (
            len(words) > 2
            and words[0].start == start
            and "人名-姓" in words[0].tag
            and "人名-名" in words[1].tag
            and len(name) - (words[1].end - start) >= 2
            and (re.match(r"[ァ-ヴA-Za-zＡ-Ｚａ-ｚ]", name[words[1].end - start :]) or _post_at(end, tokens))
        ):
            return name[: words[1].end - start]
        return None

    def _national_name(self, name: str) -> bool:
        """A nationality prefix, then a name that is no generic word: 独自動車政策研究所 reads 独 +
        自動車政策研究所, not the descriptor 独自; nor a word that only opens with one, then a word for a
        company (中核企業, 中堅会社: 中央化学 is still 中 + 央化学)."""
        openers = [w for w in rules("generic").not_nationalities if name.startswith(w)]
        if any(name[len(w) :] in ("企業", "会社") for w in openers):
            return False
        return any(
            name.startswith(p) and len(name) > len(p) + 1 and not is_generic(name[len(p) :])
            for p in self.nationality.prefix_alt
        )


#: A word of kanji, katakana or Latin letters.
NAME_WORD = re.compile(r"[一-龥ァ-ヴーA-Za-z]{2,}")
#: Hiragana nouns that say what kind of thing follows, never a part of a name (こと, ため…).
FORMAL_NOUNS = frozenset({"こと", "もの", "ため", "とき", "ところ", "ほか", "など", "ほう", "うち", "まま"})


def _generic_ending_from(name: str, end: int) -> bool:
    """北斗ベンチャーキャピタル: the descriptor the front cut would end at (ベンチャー) opens a common
    noun that ends the name (ベンチャーキャピタル), after a front of its own: a name and its kind of
    business, not a description and a name (大手ベンチャーキャピタル is a description only)."""
    words = generic_words()  # the listed common nouns only: is_generic also reads descriptions
    return any(norm(name[k:]) in words and not is_generic(name[:k]) for k in range(2, end))


def _hiragana_noun_lead(text: str, tokens: Sequence[Token], start: int) -> int | None:
    """Where a name starts when a hiragana common noun and, before it, a kanji, katakana or Latin
    noun that opens a word are written right before ``start`` (関東|くみあい|化成工業, 鹿児島|まぐろ|
    船主協会): the name runs over both. None when the words before say anything else."""
    kana = next((t for t in tokens if t.end == start), None)
    if kana is None or not re.fullmatch(r"[ぁ-ゖ]{2,}", kana.text) or kana.text in FORMAL_NOUNS:
        return None
    if not kana.tag.startswith("名詞-普通名詞-一般"):
        return None
    head = next((t for t in tokens if t.end == kana.start), None)
    if head is None or not head.tag.startswith("名詞") or not NAME_WORD.fullmatch(head.text):
        return None
    if head.text in LEGAL_FORM_WORDS or is_generic(head.text):
        return None  # 株式会社ひまわりコーポレーション: the name begins after the legal form
    if head.start > 0 and re.match(r"[一-龥ァ-ヴーA-Za-z0-9]", text[head.start - 1]):
        return None  # the word before is part of a longer compound
    return head.start


def _post_at(end: int, tokens: Sequence[Token]) -> bool:
    """A post written right at ``end`` (理事長, 頭取, 社長)."""
    after = [t for t in tokens if t.start == end]
    return bool(after) and title_regex().fullmatch(after[0].text) is not None


def _proper_word_opens(name: str, start: int, tokens: Sequence[Token]) -> bool:
    """The name opens with a one-kanji descriptor (両, 同, 各…) inside a word of two or more letters
    Sudachi knows as a proper noun (両備ホールディングス: not the descriptor 両 of 両社 or 両HD)."""
    if name[:1] not in descriptor_prefixes():
        return False
    first = [t for t in tokens if t.start == start]
    return bool(first) and is_proper(first[0]) and len(first[0].text) >= 2 and KANJI.match(first[0].text)


class GovernmentSource:
    """``<country>政府`` (米国政府, 中国当局) and the bare 政府 (or 国 as a topic or subject) that
    stands for the main country's."""

    def __init__(self, nationality: Nationality) -> None:
        self.nationality = nationality
        name_chars = char_classes()["NAME"]
        alt = "|".join(re.escape(x) for x in nationality.country_forms + nationality.prefixes) or r"(?!x)x"
        self.country_gov = re.compile(rf"(?P<c>{alt})(?:国)?(?:政府|当局)(?![{name_chars}])")
        # 国は…支援する: the state as a sentence's topic or subject is the main country's government
        # (not どの国が, 世界の国が: a country of others)
        self.bare_gov = re.compile(
            rf"(?<![{name_chars}])(?:中央政府|同政府|政府|(?<!の)国(?=は|が|も))(?![{name_chars}])"
        )

    def candidates(self, sent: ParsedSentence) -> Iterator[Candidate]:
        for m in self.country_gov.finditer(sent.text):
            country = self.nationality.country_for(m.group("c"))
            if country:
                yield Candidate(
                    m.start(),
                    m.end(),
                    f"{country}政府",
                    "Government",
                    "gov.country_government",
                    "pattern",
                    0.9,
                    country=country,
                )
        for m in self.bare_gov.finditer(sent.text):
            yield Candidate(
                m.start(),
                m.end(),
                m.group(0),
                "Government",
                "anaphor.government",
                "pattern",
                0.6,
                anaphor=ANAPHOR_MAIN_GOVERNMENT,
            )


#: 同社 / 同氏…: the entity of that type the text spoke of last (resolved in kg.resolve); 同市 / 同県 /
#: 同国…: the place of that kind (the last city, prefecture, country) named last.
ANAPHORS = {
    "同社": "Company",
    "同行": "Company",
    "同ホールディングス": "Company",  # 同HD: the holding company named last (a company, as 同社)
    "同HD": "Company",
    "同氏": "Person",
    "同省": "Government",
    "同庁": "Government",
    "同市": "Place",
    "同県": "Place",
    "同町": "Place",
    "同村": "Place",
    "同区": "Place",
    "同州": "Place",
    "同国": "Country",
    "同大学": "Organization",
    "同大": "Organization",
}
#: Not an anaphor: a word that only contains one (共同社長, 合同会社; 同市場, 同市況: the same market;
#: 同大会, 同大手: the same tournament, the same big company).
NOT_ANAPHOR_BEFORE = "(?<![一-龥々])"
NOT_ANAPHOR_AFTER = "(?!場|況)(?!(?<=同大)[一-龥々ァ-ヴーA-Za-z])"
#: 市, 県, 都, 府, 町, 村 standing alone, as local news writes the place it reports from (市とミナトは
#: 協定を結んだ; 県と北斗市は): a word of its own, a case particle right after it (not 岐阜県と, 市場, 県内).
BARE_PLACE = re.compile(
    r"(?<![一-龥々ァ-ヴーA-Za-zＡ-Ｚａ-ｚ0-9０-９])[市県都府町村]"
    r"(?=は|が|と|の|に|も|や|で|へ|から|として|側)(?!の駅)"
)


class AnaphorSource:
    """同社, 同行, 同HD, 同氏, 同省, 同庁, 同大; 同市, 同県, 同町, 同村, 同区, 同州, 同国; a bare 市, 県, 都,
    府, 町, 村."""

    def __init__(self) -> None:
        self.regex = re.compile(f"{NOT_ANAPHOR_BEFORE}(?:{'|'.join(ANAPHORS)}){NOT_ANAPHOR_AFTER}")

    def candidates(self, sent: ParsedSentence) -> Iterator[Candidate]:
        found = [(m, ANAPHORS[m.group(0)]) for m in self.regex.finditer(sent.text)]
        found += [(m, "Place") for m in BARE_PLACE.finditer(sent.text)]
        for m, etype in found:
            yield Candidate(
                *m.span(), m.group(0), etype, "anaphor.same", "pattern", 0.7, anaphor=ANAPHOR_SAME_TYPE
            )


class CountryPairSource:
    """日米同盟, 米中関係, 日米韓首脳会談: one-kanji country prefixes written together, before one of
    ``mentions.yaml`` ``country_pair_nouns``, each name its country."""

    def __init__(self, nationality: Nationality) -> None:
        self.nationality = nationality
        one = "".join(p for p in nationality.prefixes if len(p) == 1)
        listed = sorted(rules("mentions").country_pair_nouns, key=len, reverse=True)
        nouns = "|".join(re.escape(n) for n in listed)
        name_chars = char_classes()["NAME"]
        self.regex = re.compile(
            f"(?<![{name_chars}])(?P<pair>[{one}]{{2,4}})(?=(?:{nouns}))" if one and nouns else r"(?!)"
        )

    def candidates(self, sent: ParsedSentence) -> Iterator[Candidate]:
        for m in self.regex.finditer(sent.text):
            pair = m.group("pair")
            if len(set(pair)) != len(pair):
                continue
            for k, prefix in enumerate(pair):
                country = self.nationality.country_for(prefix)
                if country is not None:
                    at = m.start() + k
                    yield Candidate(at, at + 1, country, "Country", "country.pair", "pattern", 0.8)


#: What follows a place, not a company: 仏トゥールーズに工場を持つ, 独ミュンヘン郊外, 米オースティンにある.
SITE_AFTER = re.compile(
    r"(?:郊外|近郊|市内|中心部|にある|(?:に|で)[^、。«»]{0,6}?(?:工場|拠点|本社|本部|研究所|事業所|オフィス|支社|支店"
    r"|店舗|施設|倉庫|データセンター))"
)


#: A Latin name in parentheses right after a name (格威伝媒(GROWWW Media)): the kanji before it is a proper
#: name too, whatever Sudachi tags its words.
LATIN_NAME_GLOSS = re.compile(r"[(（][A-Z][A-Za-z0-9&.\-]*(?: [A-Za-z0-9&.\-]+){0,5}[)）]")
#: A word of kanji only (a country written in kanji: 韓国, 台湾).
KANJI_WORD = re.compile(r"[一-龥]+")
#: A wire story's dateline glued before a name (東京--北斗電機): no name holds a double hyphen.
DATELINE = re.compile(r"^.*(?:--|－－)")
#: A katakana kind of firm before a Latin name, after a nationality (米ドラムメーカーDW, 独ソフトウエア
#: ベンダーSAP): the name is the Latin part.
KIND_BEFORE_NAME = re.compile(
    r"^[ァ-ヴー・]*(?:メーカー|ベンダー|スタートアップ|ベンチャー|ファンド|チェーン)(?=[A-Z][A-Za-z0-9&\-]+$)"
)


class PrefixedNameSource:
    """米シージェン, 独SAP, 独DMG MORI SEIKI (capitalised words with spaces), 韓国ミナテック: a nationality
    prefix, or a country written in kanji, before a katakana or Latin name marks a company;
    before a place's context (仏トゥールーズに工場), a place."""

    def __init__(self, nationality: Nationality) -> None:
        self.nationality = nationality
        name_chars = char_classes()["NAME"]
        # one-kanji prefixes and countries written in kanji (韓国ミナテック: the kanji ends before the name)
        # (not 日本: 日本ソラシステム is a name, news writes no 日本 before a Japanese company)
        kanji_countries = [
            c for c in nationality.country_forms if KANJI_WORD.fullmatch(c) and not c.startswith(HOME_COUNTRY)
        ]
        prefixes = sorted(set(nationality.prefixes) | set(kanji_countries), key=lambda x: (-len(x), x))
        self.regex = re.compile(
            f"(?<![{name_chars}])(?P<c>"
            + "|".join(re.escape(x) for x in prefixes)
            + ")"
            + r"(?P<name>[ァ-ヴ][ァ-ヴー・]{2,}[A-Za-z0-9]*"
            + r"|[A-Z][A-Za-z0-9&\-]{1,15}(?: [A-Z][A-Za-z0-9&\-]{1,15}){0,4})"
            + f"(?![{name_chars}])"
        )
        self.not_names = frozenset(rules("generic").not_names_after_prefix)

    def candidates(self, sent: ParsedSentence) -> Iterator[Candidate]:
        for m in self.regex.finditer(sent.text):
            name, start = m.group("name"), m.start("name")
            kind = KIND_BEFORE_NAME.match(name)  # 米ドラムメーカーDW: a kind of firm, then its name
            if kind and not is_generic(name[kind.end() :]):
                name, start = name[kind.end() :], start + kind.end()
            if name in self.not_names or is_generic(name):
                continue
            site = bool(SITE_AFTER.match(sent.text, m.end("name")))  # 仏トゥールーズに工場: a place
            yield Candidate(
                start,
                m.end("name"),
                name,
                "Place" if site else "Company",
                "place.nationality_prefix_site" if site else "org.nationality_prefix",
                "pattern",
                0.55,
                country=self.nationality.country_for(m.group("c")),
                refind=True,
            )


#: A clause opening a list item, up to its last hiragana (卸売などを担う|ローズバッド).
ITEM_CLAUSE = re.compile(r"^[^()（）]*[ぁ-ゖ](?=[^ぁ-ゖ]*$)")
#: A gloss in parentheses closing a list item (北斗物流(東京都港区)): about the item, not of its name.
ITEM_GLOSS = re.compile(r"[(（][^()（）]*[)）]$")


def _split_outside_glosses(separators: str, items: str) -> list[str]:
    """``items`` split at ``separators`` that no gloss encloses, separators kept (北斗電機(山田一郎社長―本社・
    大阪市北区)、南海化学: the dot inside the gloss parts nothing). A list that parts its items with
    commas keeps a middle dot inside its names (MG、ガイア・ビルド、MG建設の3社: ガイア・ビルド is one)."""
    outside = "(?![^()（）]*[)）])"
    if "・" in separators.split("|") and re.search("、" + outside, items):
        separators = "|".join(s for s in separators.split("|") if s != "・")
    return re.split(f"((?:{separators}){outside})", items)


#: The count a list is summed up with right after it (の2社, の3つの会社).
LIST_COUNT = re.compile(
    r"(?:の|という)?(?:国内|海外|大手|主要|計|上位)?([0-9０-９]+|[一二三四五六七八九十])(?:社|つの)"
)
KANJI_DIGITS = "一二三四五六七八九十"


def _count_after(text: str, end: int) -> int | None:
    """The number of names the count after a list says it holds (の2社: 2), if one follows."""
    m = LIST_COUNT.match(text, end)
    if m is None:
        return None
    digits = m.group(1)
    if digits in KANJI_DIGITS:
        return KANJI_DIGITS.index(digits) + 1
    return int(unicodedata.normalize("NFKC", digits))


def _list_items(
    separators: str, m: re.Match[str], count: int | None
) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """The spans of a list's items, and those closed by a gloss (北斗書店(大阪市): a name whatever its
    words). Where the list's count says fewer items than a middle dot makes, the dot is inside a name
    (ソラ・ミナト・フェムサの2社, with the first before the list: two companies); a count may say more
    (A、Bなど11社; Xのほか、A、Bの3社), never fewer: then the list is no list of names."""
    split = _split_items(separators, m)
    if count is None or len(split[0]) <= count:
        return split
    undotted = "|".join(x for x in separators.split("|") if x != "・")
    fewer = _split_items(undotted, m)
    return fewer if len(fewer[0]) <= count else ([], set())


def _split_items(separators: str, m: re.Match[str]) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """The list's items split at ``separators``, each without a clause before it or a gloss after it."""
    items, glossed = [], set()
    pos = m.start("items")
    for part in _split_outside_glosses(separators, m.group("items")):
        if part and not re.fullmatch(separators, part):
            lead = ITEM_CLAUSE.match(part)  # 卸売などを担うローズバッド: the clause is no name
            cut = lead.end() if lead else 0
            form = LEGAL_FORM_AT_START.match(part[cut:])  # 有限会社ソラ: the name after its legal form
            cut += form.end() if form and len(part) > cut + form.end() + 1 else 0
            items.append((pos + cut, pos + len(ITEM_GLOSS.sub("", part))))
            if ITEM_GLOSS.search(part):
                glossed.add(items[-1])
        pos += len(part)
    return items, glossed


class ListSource:
    """Lists whose every item is an entity of one type (``mentions.yaml`` ``lists``):
    「A、B、Cの3社」 (companies), 「自民・立憲・公明推薦」 (parties)."""

    def candidates(self, sent: ParsedSentence) -> Iterator[Candidate]:
        text = sent.text
        for rule, rx in list_rules():
            for m in rx.finditer(text):
                items, glossed = _list_items(rule.separators, m, _count_after(text, m.end("items")))
                if len(items) < rule.min_items:
                    continue
                if any(is_generic(text[s:e]) or len(text[s:e]) < 2 for s, e in items):
                    continue
                if rule.names_only and not all(
                    (s, e) in glossed or looks_like_a_name(sent.tokens, text, s, e) for s, e in items
                ):
                    continue
                for s, e in items:
                    if rule.not_endings and text[s:e].endswith(tuple(rule.not_endings)):
                        continue  # 南海県北斗町 in a list of parties: a place, found as one elsewhere
                    yield Candidate(
                        s, e, text[s:e], rule.type, rule.id, "pattern", rule.confidence, refind=True
                    )
