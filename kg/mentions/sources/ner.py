"""NER source: GiNZA's named entities, through the label map of ``ene.yaml`` and checks per type."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from kg.lexicon import Lexicon
from kg.mentions.candidate import ORG_TYPES, Candidate
from kg.mentions.places import address_parts
from kg.mentions.ruledata import (
    KANJI,
    KATA_NAME,
    LEGAL_FORM_AT_END,
    READING_GLOSS,
    TENURE_MARK,
    TICKERISH,
    company_parts,
    is_generic,
    not_person_endings,
    title_regex,
)
from kg.mentions.words import is_person_word, is_proper, only_actions, proper_compound, words_in
from kg.model import NamedSpan, ParsedSentence, Token
from kg.rules import rules

#: A prefecture and a city or ward, the way an address begins (長野県飯田市…, 東京都港区…).
ADDRESS_START = re.compile(r"[一-龥々ヶ]{1,3}(?:都|道|府|県)[一-龥々ヶ]{1,5}?(?:市|郡|区)")


class NerSource:
    """GiNZA's entities of the mapped labels that look like names of their type.

    GiNZA's NER is weak on news (ENE F≈54), so each span is checked against Sudachi's words:
    a person holds a person-name word (人名) or is an unknown name split into characters; an
    organisation holds a proper noun or a Latin word and is not only common words
    (ビジネスジェット); a city's span takes the 市 it stops short of (豊橋 + 市長選).
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.ene = rules("ene")
        # the label that names companies as such (ENE Company): trusted over Sudachi's common nouns
        self.company_labels = frozenset(k for k, v in self.ene.map.items() if k == v == "Company")

    def candidates(self, sent: ParsedSentence) -> Iterator[Candidate]:
        mapping = self.ene.map
        conf = self.ene.confidence
        companies = frozenset(self.ene.names_are_companies)
        for ent in (part for whole in sent.ents for part in comma_parts(sent.text, whole)):
            etype = mapping.get(ent.label)
            if not etype:
                continue
            s, e = ent.start, ent.end
            front = KATA_FRONT.search(sent.text, 0, s)
            if etype != "Place" and front and KATA.match(sent.text, s):
                s = front.start()  # 同業アップ|シャー・スミス: GiNZA's span began inside a katakana word
            name = sent.text[s:e].strip()
            if etype == "Person" and (reading := READING_GLOSS.search(name)) and reading.end() == len(name):
                name, e = name[: reading.start()], e - len(reading.group(0))  # 安達健祐(けんゆう): the name
            if etype == "Person":
                t = re.search("(?:" + title_regex().pattern + ")$", name)
                if t and t.start() > 0:
                    name, e = name[: t.start()], e - (len(name) - t.start())
            if etype == "Person" and (rest := NAME_REST.match(sent.text, e)):
                name, e = name + rest.group(0), rest.end()  # 伊藤美 + 誠(24歳、…): up to the age
            aged = AGE_GLOSS.match(sent.text, e)
            glossed = etype == "Person" and bool(aged and GLOSSED_NAME.fullmatch(name))
            if KATA_NAME.fullmatch(name) and (m := DOTTED_TAIL.match(sent.text, e)):
                name, e = name + m.group(0), e + len(m.group(0))  # 〜・インベストメント + ・カンパニー
            if etype == "Place" and (m := CITY_SUFFIX.match(sent.text, e)):
                name, e = name + m.group(1), e + 1  # 豊橋 + 市長選: the city is 豊橋市
            if etype in ORG_TYPES and SITE_AFTER.match(sent.text, e):
                continue  # 広野工業|団地: an industrial park, no company
            if etype in ORG_TYPES and (thing := THING_OF_TAIL.search(name)):
                name, e = name[: thing.start()], e - len(thing.group(0))  # Xの経営体制: X, then its thing
            if etype in ORG_TYPES and (form := LEGAL_FORM_AT_END.search(name)) and form.start():
                name, e = name[: form.start()], e - len(form.group(0))  # 日本北斗ファーム㈱: the name
            if etype in ORG_TYPES and (tie := AFFILIATION_TAIL.search(name)):
                name, e = name[: tie.start()], e - len(tie.group(0))  # ANA系列のX: ANA, then its group
            if etype == "Person" and company_parts(name):
                etype = "Company"  # サハリン・エナジー・インベストメント: a company's name in parts
            if etype == "Person" and ACRONYM_GLOSS.match(sent.text, e):
                etype = "Company"  # アーチャー・ダニエルズ・ミッドランド(ADM): people have no acronym
            if ent.label in companies and COMPANY_SHAPED.fullmatch(name):
                etype = "Company"  # CATL, ソフトバンク under Political_Organization_Other
            if etype in ORG_TYPES and (mark := TENURE_MARK.match(name)):
                # (現・北斗マシンツール): the name is what follows the mark
                name, s = name[mark.end() :], s + mark.end()
                if etype == "Government" and KATAKANA_END.search(name):
                    etype = "Company"  # a government's name never ends in a katakana word
            if etype == "Government" and BROADCASTER.match(name):
                etype = "Company"  # テレビ朝日, テレビ東京: a broadcaster named after its city, no government
            if not glossed and not self.valid(name, etype):
                continue
            words = words_in(sent.tokens, s, e)
            if only_actions(words):
                continue  # 投開票, 合併・買収: actions, not a name
            if etype in ORG_TYPES and (t := re.search(f"(?:{title_regex().pattern})$", name)) and t.start():
                continue  # 北斗電機生産統括部長, 北斗会本部団長: a body and a post ran together, no name
            if etype in ORG_TYPES and len(words) > 1 and only_actions(words[-1:]) and words[-1].end == e:
                continue  # JASDAQ上場, ミナト出資: a name and what it did ran together; no name alone
            if etype == "Person" and not glossed and not person_words(words, sent.text, s):
                continue
            if (
                etype in ORG_TYPES
                and self.lex.lookup(name) is None
                and not organisation_words(words, name)
                and not (ent.label in self.company_labels and _one_katakana_word(words, name))
            ):
                continue
            yield Candidate(
                s, e, name, etype, f"ner.{ent.label}", "ner", float(conf.get(etype, 0.5)), refind=True
            )

    def valid(self, name: str, etype: str) -> bool:
        """Whether ``name`` can be an entity of ``etype`` (not a description, a ticker, a byline)."""
        if is_generic(name) or TICKERISH.match(name) or re.search(r"[0-9０-９\[\]「」]", name):
            return False
        if name.startswith("以下"):
            return False  # (以下CC社): the short name a gloss announces, read by the context
        bare = re.sub(r"^(?:大手|国内|海外|地方|新興|中堅|主要|米|中|英|独|仏|日|韓)+", "", name)
        if bare != name and (not bare or is_generic(bare)):
            return False  # 大手銀行, 米企業: a description, not a name
        if len(name) < 2 or "\n" in name or re.search(r"[ぁ-ゖ]$", name):
            return False  # EVと: a particle is not part of a name
        if len(re.findall(r"[(（]", name)) != len(re.findall(r"[)）]", name)):
            return False  # 発酵(ブリューイング)プロセス cut after its "(": half a gloss
        entry = self.lex.lookup(name)
        if entry is not None and entry.type != etype:
            return False
        if etype in ORG_TYPES and ADDRESS_START.match(name):
            return False  # 長野県飯田市大休: an address with its street, no organisation
        if etype == "Person":
            if re.search(r"AI|モデル|企業|会社|政府|技術", name) or name.endswith(not_person_endings()):
                return False  # 今泉商店, 武田紙器: a business's name, a surname first
            if re.match(r"[A-Za-z]", name):
                return False  # Latin-script people in Japanese text are mostly bylines
            return bool(KATA_NAME.fullmatch(name) and "・" in name) or bool(
                re.fullmatch(r"[一-龥々]{2,5}", name)
            )
        if etype in ("Country",):
            return entry is not None or name.endswith("国")
        if etype == "Place":
            return entry is not None or bool(address_parts(name)) or bool(
                re.fullmatch(r"[一-龥]{2,5}(?:市|県|州|省|区|都|府|町|村)|[ァ-ヴー]{3,}", name)
            )
        if etype == "Technology":
            return entry is not None
        if (
            re.match(r"[A-Za-z]", name)
            and " " in name
            and not re.fullmatch(r"[A-Z][\w&.\-]*(?: [A-Z][\w&.\-]*)*", name)
        ):
            return False
        return not name.endswith(("大手", "企業", "会社"))


#: A thing of an organisation GiNZA's span ran on into (トゥエンティーフォーセブンの経営体制): not its name.
THING_OF_TAIL = re.compile(r"の(?:経営体制|新体制|経営陣|事業|部門|株式|業績|計画|方針)$")
#: An acronym in parentheses right after a name (ADM, NTT): an organisation's short name.
ACRONYM_GLOSS = re.compile(r"[(（][A-Z][A-Z&]{1,5}[)）]")
#: A katakana word of three characters or more at the end of a name.
KATAKANA_END = re.compile(r"[ァ-ヴ][ァ-ヴー]{2,}$")
#: A broadcaster's name: テレビ or 放送 and a place (テレビ朝日, テレビ東京, 朝日放送), never a government's.
BROADCASTER = re.compile(r"(?:テレビ|放送)(?![^省庁局]*[省庁局]$)|[一-龥]{1,4}(?:テレビ|放送)$")

#: The katakana right before a span that begins with katakana: the rest of the word it cut.
KATA_FRONT = re.compile(r"[ァ-ヴー]+$")
KATA = re.compile(r"[ァ-ヴー]")

#: An age, then a stable, club or hometown, in parentheses: 大の里(25=二所ノ関部屋), 伊藤(24歳、スターツ
#: 所属): the name before it is a person's, whatever Sudachi's words say (a sumo wrestler's name).
AGE_GLOSS = re.compile(r"[(（][0-9０-９]{1,3}(?:歳)?(?:[=＝、,][^()（）]{1,20})?[)）]")
#: The kanji a person's span stopped short of before an age in parentheses (伊藤美 + 誠(24歳)).
NAME_REST = re.compile(r"[一-龥々]{1,2}(?=[(（][0-9０-９]{1,3}(?:歳)?[)）=＝、,])")
GLOSSED_NAME = re.compile(r"[一-龥々][一-龥々ぁ-ゖノヶ]{0,4}[一-龥々]|[ァ-ヴー][ァ-ヴー・]{1,20}")

#: A Latin or katakana name (CATL, ソフトバンク), or Latin and a place (NEXCO東日本).
COMPANY_SHAPED = re.compile(r"[A-Za-z0-9&\.\- ァ-ヴー・]+|[A-Z]{2,}[一-龥]{1,4}")

#: The rest of a site's name after what GiNZA read as an organisation (広野工業|団地).
SITE_AFTER = re.compile(r"団地|地帯|用地")

#: A word of affiliation GiNZA's organisation span ran on into (ANA系列, トヨタ傘下, GE製: made by
#: GE), a word for all or the core of a group (北斗グループ全体, 北斗電機本体), its press office (ANA広報に
#: よると), its shares (北斗株1株に対し) or the inside of its premises (金沢市の北斗工業内で): the name ends
#: before it.
AFFILIATION_TAIL = re.compile(
    r"(?<=.)(?:系列|傘下|系|製|全体|各社|全社|本体|広報(?:部|室|担当)?|(?<=..)株式?"
    r"|(?:(?<=工業)|(?<=電機)|(?<=化学)|(?<=商事)|(?<=産業)|(?<=製作所)|(?<=本社))内)$"
)

#: The rest of a dotted katakana name GiNZA's span stopped short of.
DOTTED_TAIL = re.compile(r"(?:・[ァ-ヴー]{2,})+")

#: The character a city's or town's span may stop short of: 豊橋 + 市長選 (not 市場, 町内).
CITY_SUFFIX = re.compile(r"(市|町|村|区)(?!場|民|内|外|販|況|街)")


#: What lists names, never inside one: GiNZA's span of ダイセル、コクヨ is two companies.
LIST_COMMA = re.compile(r"[、,，]")


def comma_parts(text: str, ent: NamedSpan) -> Iterator[NamedSpan]:
    """The parts of a named span a comma cuts into (each its own entity of the span's label; the
    token range stays the whole span's), or the span itself."""
    start = ent.start
    for m in LIST_COMMA.finditer(text, ent.start, ent.end):
        if m.start() > start:
            yield dataclasses.replace(ent, start=start, end=m.start())
        start = m.end()
    if start == ent.start:
        yield ent
    elif start < ent.end:
        yield dataclasses.replace(ent, start=start)


def person_words(words: list[Token], text: str, start: int) -> bool:
    """A kanji person's span holds a person-name word (人名), or is an unknown name that Sudachi
    cut into single characters; it does not start inside a longer kanji word (比亜迪 → 亜迪)."""
    if not words or not KANJI.match(text[start : start + 1]):
        return True  # katakana names are checked by their form (valid)
    if words[0].start < start:
        return False
    if start > 0 and KANJI.match(text[start - 1]) and not is_person_word(words[0]):
        return False
    if any(is_person_word(t) for t in words) or proper_compound(words):
        return True
    return len(words) > 1 and all(len(t.text) == 1 for t in words) and not any("サ変" in t.tag for t in words)


#: A katakana name of three letters or more: what GiNZA labels Company in this shape, one word for
#: Sudachi, is one even when Sudachi knows the word (チッソ, ソネット): the label says more than the
#: dictionary (not two common words: ビジネス|ジェット).
KATAKANA_COMPANY = re.compile(r"[ァ-ヴ][ァ-ヴー・]{2,}")


def _one_katakana_word(words: list[Token], name: str) -> bool:
    return len(words) == 1 and bool(KATAKANA_COMPANY.fullmatch(name))


def organisation_words(words: list[Token], name: str) -> bool:
    """An organisation's span holds a proper noun or a Latin word; common words alone
    (データ通信, ビジネスジェット, 主任研究員) do not name one."""
    if not words:
        return True
    if any(is_proper(t) for t in words) or re.search(r"[A-Za-z]", name):
        return True
    if re.fullmatch(r"[ァ-ヴー]{2,}(?:・[ァ-ヴー]{2,})+", name):
        return True  # レアル・ソシエダード: a foreign name in parts
    # one katakana word Sudachi does not split into known words
    return len(words) == 1 and bool(re.fullmatch(r"[ァ-ヴー・]{5,}", name))
