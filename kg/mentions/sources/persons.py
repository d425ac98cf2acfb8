"""Person source: people named before a title or honorific (梁文鋒氏, 李強首相, ヤン・ルカン氏, 梁CEO).

A kanji name must look like a name to Sudachi (人名 tags, or the one-character tokens an
unknown Chinese name is split into), so that 日本銀行総裁 does not become a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from kg.lexicon import Lexicon
from kg.mentions.candidate import ORG_TYPES, Candidate
from kg.mentions.nationality import HOME_COUNTRY, Nationality
from kg.mentions.places import named_as_organisation
from kg.mentions.ruledata import (
    KANJI,
    KATA_NAME,
    LEAVING_POST,
    LEGAL_FORM_AT_END,
    LEGAL_FORMS,
    NOT_ALIAS,
    NOT_SURNAMES,
    TENURE_MARK,
    company_parts,
    corporate_titles,
    is_generic,
    is_person_alias,
    pattern_rules,
    title_before,
    title_chain_regex,
    title_regex,
    title_sets,
)
from kg.mentions.words import (
    KATAKANA,
    compound_before,
    has_proper_noun,
    in_compound,
    is_name_word,
    is_person_word,
    is_place_word,
    is_proper,
    proper_compound,
    words_in,
)
from kg.model import ParsedSentence, Token
from kg.rules import rules

#: An age in parentheses right after a name: 山田太郎(54).
AGE = re.compile(r"[(（][0-9０-９]{1,3}[)）]")

#: How far before a title the name may start.
NAME_WINDOW = 40


def place_head_suffixes() -> dict[str, tuple[str, ...]]:
    """Titles of the heads of a place, and the suffixes of the places they head (``titles.yaml``
    ``place_heads``)."""
    return {title: tuple(ends) for title, ends in rules("titles").place_heads.items()}


@dataclass(frozen=True)
class _Found:
    """A person's name in the sentence text, and where an organisation stands between it and the title."""

    start: int
    end: int
    name: str
    org: tuple[int, int] | None = None


#: ・インド in モディ・インド首相: a country written after the name with a middle dot.
DOTTED_COUNTRY = re.compile(r"・([ァ-ヴー]{2,10}|[一-龥]{1,4})$")

#: Words between a name and the organisation of its title: 松下正・前コクヨ取締役, 倉重英喜・元IBM副社長.
TENURE = frozenset({"前", "元", "現", "新", "次期", "・"})


#: A bank written short (北斗銀 for 北斗銀行): never a person's name before a title.
BANK_SHORT = re.compile(r"[一-龥々]{2,5}銀")
#: A title, then ら (and others) right before a later title: the later one is the group's post
#: (山田一郎社長ら取締役3人), not the person's.
GROUP_AFTER_TITLE = re.compile(r"(?:社長|会長|頭取|CEO|理事長|代表|氏)(?:ら|など)$")


def _short_bank(found: _Found) -> Candidate:
    """The bank a post is at, found where a person's name was looked for (山田一郎・北斗銀頭取)."""
    rule = "org.title_apposition"
    return Candidate(found.start, found.end, found.name, "Company", rule, "pattern", 0.6, refind=True)


def glued_company_span(text: str, tokens: Sequence[Token], start: int) -> tuple[int, int] | None:
    """ソラベックス松浦社長, as headlines write a chief: the span of a katakana name glued right before
    the surname at ``start``, the company the post is at; the parse must read it as a name, or it
    must be written in dotted parts (ソラ・エア五島社長; ベテラン山田社長: a common word, no company)."""
    kata: list[Token] = []
    for t in sorted((t for t in tokens if t.end <= start), key=lambda t: -t.start):
        dot = t.text == "・" and bool(kata)  # バニラ・エア五島社長: a dotted name, read word by word
        if t.end != (kata[-1].start if kata else start) or not (KATA_WORD.fullmatch(t.text) or dot):
            break
        kata.append(t)
    while kata and kata[-1].text == "・":
        kata.pop()
    dotted = any(t.text == "・" for t in kata)
    if not kata or not (dotted or any(t.pos == "PROPN" or is_proper(t) for t in kata)):
        return None  # (ソラリス横川清志社長: Sudachi's 固有名詞 though GiNZA's NOUN)
    s = kata[-1].start
    name = text[s:start]
    if len(name) < 3 or is_generic(name) or (s and re.match(r"[ァ-ヴーA-Za-z・]", text[s - 1])):
        return None
    return s, start


#: Everything up to the last date in the words before a title (07年北斗電機社長, 2020年4月から社長): a
#: career's dates end what comes before the name.
DATE_BEFORE = re.compile(r"^.*[0-9０-９]{1,4}(?:年|月|日)(?:度|付け?|に|から|以降)?、?")


def _after_concurrent_post(start: int, name: str) -> tuple[int, str]:
    """北斗電機常務執行役員兼ミナトネットワーク(CEO): the organisation of the post after 兼 starts there;
    元ソラ社長: after the mark of a former post."""
    cut = name.rfind("兼") + 1
    if 0 < cut <= len(name) - 2:
        return start + cut, name[cut:]
    mark = TENURE_MARK.match(name)
    return (start + mark.end(), name[mark.end() :]) if mark else (start, name)


def place_surname(lex: Lexicon, compound: list[Token], title: str) -> _Found | None:
    """小野田経済安全保障担当大臣: a surname Sudachi knows as a place, before a minister's title.

    A place never holds a minister's office, so a place word that the lexicon does not know as
    a place, first in the compound before 大臣 / 〜相, is the minister's surname.
    """
    if not compound or not re.search(r"(?:大臣|相)$", title):
        return None
    first = compound[0]
    if "地名-一般" not in first.tag or len(first.text) < 2 or lex.lookup(first.text) is not None:
        return None
    return _Found(first.start, first.end, first.text)


def surname_after_company(lex: Lexicon, compound: list[Token], title: str, end: int) -> _Found | None:
    """エイベックス松浦社長: a kanji proper noun (a surname Sudachi may read as a place) right after
    a katakana name the parse reads as a name, before a company's title, is the chief's surname
    (the katakana name is the company: :func:`glued_company_span`)."""
    if len(compound) < 2 or not _heads_a_company(title):
        return None
    last, before = compound[-1], compound[-2]
    if last.end != end or not re.fullmatch(r"[一-龥々]{2,3}", last.text) or "固有名詞" not in last.tag:
        return None
    if not KATA_WORD.fullmatch(before.text) or before.pos != "PROPN" or before.end != last.start:
        return None
    if lex.lookup(last.text) is not None:
        return None
    return _Found(last.start, last.end, last.text)


#: Single kanji that end a place's or a body's name, never a given name (北斗県, 共産党県委員長).
NOT_A_GIVEN_NAME = set("県市町村区都府道州党社省庁局課部署院会")


def given_name_in_single_kanji(lex: Lexicon, compound: list[Token]) -> _Found | None:
    """坂井辰史社長: a surname Sudachi reads as a place (坂井), then a given name it cut into single
    kanji it does not know as a name (辰 / 史): the last words of the compound."""
    if not 2 <= len(compound) <= 4:
        return None
    for i in range(len(compound) - 2, -1, -1):
        first, rest = compound[i], compound[i + 1 :]
        if len(rest) > 2 or not all(
            len(t.text) == 1 and KANJI.match(t.text) and t.text not in NOT_A_GIVEN_NAME for t in rest
        ):
            return None
        if re.search("人名|地名", first.tag) and re.fullmatch(r"[一-龥々]{2,3}", first.text):
            name = first.text + "".join(t.text for t in rest)
            return None if lex.lookup(name) is not None else _Found(first.start, rest[-1].end, name)
    return None


#: Titles of the head of a part of an organisation: what is written right before them is a division
#: (エネルギー本部長, 海外営業部長), not a company.
DEPARTMENT_HEADS = ("本部長", "部長", "室長", "課長")


def _heads_a_company(title: str) -> bool:
    """A corporate title that is not a department's head (地域エネルギー本部長 heads a division)."""
    return title in corporate_titles() and not title.endswith(DEPARTMENT_HEADS)


def _no_organisation(name: str) -> bool:
    """A common noun, a span past an honorific and a space (森一郎氏 関電社長: the honorific ends the
    person; no organisation's name spans it), or a branch or the 副 of a deputy's post."""
    return (
        is_generic(name)
        or bool(re.search(r"\s", name))
        or name.startswith(("氏", "さん"))
        or name.endswith(("副", "支店", "支社"))  # 仙台支店副(支店長): a branch, the post's 副
    )


class PersonSource:
    """A name right before a title, with an alias or a nationality allowed in between.

    The name ends where Sudachi's person-name words (人名) end: in 藤本昌義双日社長 the
    person is 藤本昌義 and 双日 the organisation of the title; in 山口幸一航空産業本部長 the
    rest is a department. That organisation, and a company written where a person would
    stand (ソニーモビリティ社長), are yielded as organisation candidates (``org.title_apposition``).
    """

    def __init__(self, lexicon: Lexicon, nationality: Nationality) -> None:
        self.lex = lexicon
        self.nationality = nationality
        self.names = NameReader(lexicon)
        self.prefix_at_end = re.compile(
            r"(?<=[ァ-ヴー一-龥々])(" + "|".join(map(re.escape, lexicon.prefixes)) + ")$"
        )

    def _dotted_country(self, head: str) -> tuple[str, str] | None:
        """(country, the head without it) when ``head`` ends with ・<country> after a name."""
        m = DOTTED_COUNTRY.search(head)
        if not m or not m.start():
            return None
        entry = self.lex.lookup(m.group(1))
        if entry is None or entry.type != "Country":
            return None
        return entry.name, head[: m.start()]

    def _place_of_title(
        self, text: str, head: str, head_start: int, title: str, tokens: Sequence[Token]
    ) -> Candidate | None:
        """The place between a name and a place head's title (香川県 in 池田豊人香川県知事, 大村市
        in 山田一郎大村市長): Sudachi's place words at the end of the name's compound, with the
        administrative suffix after them (Sudachi reads 県知事 and 市長 as one word). After a place
        of that level and の (鯖江市の大宮市長) the place words are the head's surname: a Person."""
        end = head_start + len(head)
        heads = place_head_suffixes()
        base = title[1:] if title[:1] and title[1:] in heads else title
        suffixes = heads.get(base)
        if suffixes is None or end >= len(text) or text[end] not in suffixes:
            return None
        places: list[Token] = []
        for t in reversed([t for t in tokens if head_start <= t.start and t.end <= end]):
            if t.end != (places[0].start if places else end) or not is_place_word(t):
                break
            places.insert(0, t)
        if not places or places[0].start - head_start < 2:
            return None  # no name before the place
        start = places[0].start
        if text[:start].endswith(text[end] + "の"):
            # 鯖江市の大宮市長: 鯖江市's mayor, whose surname is a city's name too
            return Candidate(start, end, text[start:end], "Person", "person.surname_of_head", "person", 0.7,
                             title=title, refind=True)
        return Candidate(start, end + 1, text[start : end + 1], "Place", "place.of_title", "pattern", 0.7)

    def candidates(self, sent: ParsedSentence) -> Iterator[Candidate]:
        text = sent.text
        leads, works, state, hon = title_sets()
        works_titles = works - leads - state
        for m in title_regex().finditer(text):
            ts = _title_start(sent.tokens, m.start(), m.end(), self.nationality.prefix_alt)
            if ts is None:
                continue  # 所属 inside 無所属: part of another word, not a title
            if NOT_A_POST_AFTER.match(text, m.end()):
                continue  # オンライン記者会見: a press conference, no reporter
            if ts > 0 and KATA_CHAR.match(text, ts) and KATA_CHAR.match(text, ts - 1):
                continue  # ニッチトップ: a katakana title glued to the katakana word it ends
            head_start = max(0, ts - NAME_WINDOW)
            head = text[head_start:ts]
            if date := DATE_BEFORE.search(head):
                head_start, head = head_start + date.end(), head[date.end() :]  # 13年ニデック副社長
            # allow an alias in parentheses between name and title: 蔡崇信(ジョー・ツァイ)会長
            alias = None
            pm = re.search(r"[(（]([^()（）]{1,30})[)）]$", head)
            if pm and LEGAL_FORM_AT_END.search(head):
                continue  # ソラ(株)社長: a company's legal form, the post is the company's
            if pm:
                alias = pm.group(1)
                head = head[: pm.start()]
            if GROUP_AFTER_TITLE.search(head):
                continue  # 山田一郎社長ら取締役3人: the later post is the group's, the person's is 社長
            # title chains: 奥田修社長CEO, 三木谷浩史会長兼社長 — the name is before the first title
            while (tm := title_chain_regex().search(head)) and tm.start() > 0:
                head = head[: tm.start()]
            head = head.rstrip("・")  # 遠藤洋一・社長: name, middle dot, title
            if re.search(r"[一-龥々][ 　]$", head):
                head = head[:-1]  # 方洪波 董事長: a space between a kanji name and its title
            country = None
            pre = self.prefix_at_end.search(head)
            if (
                pre
                and not alias
                and (
                    KATA_NAME.search(head[: pre.start()])
                    or self.lex.lookup(re.search(r"[一-龥々]*$", head[: pre.start()]).group(0) or "-")
                )
            ):
                # トランプ米大統領, 習近平中国国家主席: the nationality sits between name and title
                country = self.nationality.country_for(pre.group(1))
                head = head[: pre.start()]
            elif not alias and (dotted := self._dotted_country(head)):
                # モディ・インド首相, マクロン・フランス大統領: the country after a middle dot
                country, head = dotted
            title = re.sub(r"[(（].*$", "", text[ts : m.end()])
            if title == BARE_MINISTER and re.match(r"[一-龥]", text[m.end() : m.end() + 1]):
                continue
            if title in hon and NOT_A_PERSON_AFTER.match(text, m.end()):
                continue  # 資さん(北九州市、佐藤一郎社長), 「資(すけ)さんうどん」: a company or a brand
            if title in rules("titles").after_organisations:
                continue  # 伊藤美誠(24歳、スターツ所属): スターツ is her club, not a person
            place = None
            if alias is None and country is None:
                place = self._place_of_title(text, head, head_start, title, sent.tokens)
            if place is not None and place.type == "Person":
                yield place  # 鯖江市の大宮市長
                continue
            if place is not None:
                yield place  # 池田豊人香川県知事, 山田一郎大村市長: the place the title heads
                head = head[: place.start - head_start].rstrip("・")  # エリック・ホルコム・インディアナ州知事
            plain = alias is None and country is None
            found, org = self.names.name_before(text, head, head_start, sent.tokens, title, plain)
            if found is not None and org is None and plain and _heads_a_company(title):
                glued = glued_company_span(text, sent.tokens, found.start)
                org = self.names.org_candidate(text, sent.tokens, *glued, known_shape=True) if glued else None
            if org is not None:
                yield org
            if found is None or self.nationality.country_for(found.name):
                continue  # 訪米し、米大統領就任式: a nationality before a title is nobody's name
            # (a leading post only: ベテラン役員の佐藤氏 is a common word before an officer's post)
            word = KATA_WORD.fullmatch(found.name) and title in leads and _heads_a_company(title)
            dotted_or_word = "・" in found.name or word
            if org is None and dotted_or_word and PERSON_AFTER_POST.match(text, m.end()):
                # ミナト・メディアCEOのジェリー・ブルマン氏 / ソラ代表取締役の岩田拓也氏: the post is the
                # person's after の; the dotted name or the katakana word before it is the organisation
                org = self.names.org_candidate(text, sent.tokens, found.start, found.end, known_shape=True)
                if org is not None:
                    yield org
                    continue
            in_gloss = _post_of_a_person(text, sent.tokens, found.start)
            if org is None and in_gloss and GLOSS_CLOSES.match(text, m.end()):
                # 島袋修氏(北斗港運社長): a kanji name before the post in a person's gloss is the
                # company the post is at (the katakana case is below)
                org = self.names.org_candidate(text, sent.tokens, found.start, found.end, known_shape=True)
                if org is not None:
                    yield org
                    continue
            if company_parts(found.name) or LEGAL_FORM_BEFORE.search(text, 0, found.start):
                # (㈱ソラシン会長): a name after a legal form is a company's too
                # ソラハウス・ディベロップメント常務: a company's name in parts, whose officer goes unnamed
                org = self.names.org_candidate(text, sent.tokens, found.start, found.end, known_shape=True)
                if org is not None:
                    yield org
                continue
            if BANK_SHORT.fullmatch(found.name):
                # 山田一郎・北斗銀頭取: a bank written short heads the post, no person
                yield _short_bank(found)
                continue
            if KATA_WORD.fullmatch(found.name) and (
                _post_of_a_person(text, sent.tokens, found.start)  # 米谷春夫会長(マイヤ社長): a company
                or LATIN_END.search(text[: found.start])  # JFEスチール副社長: the end of a longer name
                or (title in works_titles and _common_noun(sent.tokens, found.start, found.end))
                or title.startswith(UNIT_POSTS)  # メタクリル事業部長: the line of business the unit runs
            ):
                continue  # ベテラン役員の山田氏: a common word describes who follows (not トランプ大統領)
            if HONORIFIC_ENDS.search(found.name) and found.end < ts and not text[found.end : ts].strip():
                # 山辺洋介氏 副理事長に…: the honorific and a headline's space end the person; the post
                # after the space is the next segment's
                name = HONORIFIC_ENDS.sub("", found.name)
                end = found.start + len(name)
                yield Candidate(found.start, end, name, "Person", "person.title", "person", 0.85, refind=True)
                continue
            if title in hon:
                title = title_before(text, found.start) or ""
            # the person's span runs up to the title (alias, nationality included), or up to the
            # organisation that stands between them
            # (山田一郎・北斗銀頭取: a middle dot after the name, then the body the post is at)
            if found.org is None and place is None and country is None:
                title = main_of_title_chain(text[found.end : m.end()], title, leads, works)
            dotted = text.startswith("・", found.end) and found.end < ts
            span_end = found.end if found.org is not None or place is not None or dotted else ts
            found = _with_surname_read_before(text, found)
            c = Candidate(
                found.start,
                span_end,
                found.name,
                "Person",
                "person.title",
                "person",
                0.85,
                title=title or None,
                country=country,
                refind=True,
            )
            if alias and not NOT_ALIAS.match(alias) and is_person_alias(alias):
                c.aliases.append(alias)
            yield c


#: A kanji surname with its reading in parentheses, right before where a given name begins: 星野(ほしの)
#: 誠(まこと)氏 — papers gloss each part of a rare name.
SURNAME_READ_BEFORE = re.compile(r"(?<![一-龥々])([一-龥々]{1,3})[(（][ぁ-ゖー]{1,8}[)）]$")


def _with_surname_read_before(text: str, found: _Found) -> _Found:
    """The whole name when only the given name was found and its surname, glossed with a reading,
    is written right before it (星野(ほしの)誠(まこと)氏: 星野誠, not 誠)."""
    m = SURNAME_READ_BEFORE.search(text, 0, found.start)
    if m is None or found.org is not None or not re.fullmatch(r"[一-龥々]{1,3}", found.name):
        return found
    return _Found(m.start(), found.end, m.group(1) + found.name)


#: An honorific that a person's name found before a title ends with (Sudachi read it into the name).
HONORIFIC_ENDS = re.compile(r"(?<=..)(?:氏|さん)$")

#: After an honorific: a gloss with a head office and a chief (資さん(北九州市、佐藤一郎社長): a company), or
#: the rest of a quoted name (「資さんうどん」: a brand): no person's.
NOT_A_PERSON_AFTER = re.compile(
    r"[(（][^()（）、]{2,14}、[^()（）、]{2,16}?(?:社長|会長|頭取|代表取締役|代表|CEO)[)）]"
    r"|[^「」『』()（）、。\s]{1,8}[」』]"
)

#: Posts that head a unit named for its line of business (メタクリル事業部長, ソラ部門長): a katakana
#: word before one is the business, no person.
UNIT_POSTS = ("事業部", "事業本部", "部門")

#: A person named right after a post and の (CEOのジェリー・ブルマン氏, 社長の山田一郎氏): the post is theirs.
PERSON_AFTER_POST = re.compile(
    r"(?:[(（][^()（）]{1,12}[)）])?の(?:[ァ-ヴ][ァ-ヴー]+・[ァ-ヴ]|[一-龥々\uF900-\uFAFF]{2,6}(?:氏|さん))"
)
#: Latin letters right before a name: the name ends a longer one (JFE|スチール).
LATIN_END = re.compile(r"[A-Za-z0-9Ａ-Ｚａ-ｚ]$")
#: A katakana word with no middle dot: a company's short name as often as a surname (マイヤ, キクチ).
KATA_WORD = re.compile(r"[ァ-ヴー]{2,8}")
#: A legal form right before a name (㈱ソラシン, (株)北斗): the name is a company's.
LEGAL_FORM_BEFORE = re.compile(rf"(?:{LEGAL_FORMS})$")


#: A post that closes the gloss it is written in (島袋修氏(北斗港運社長)), or its first item.
GLOSS_CLOSES = re.compile(r"[)）、]")


def _post_ends_in_name(compound: list[Token], i: int, j: int) -> bool:
    """The word before the surname ``compound[i]`` and the surname's first letter make a post (本部 /
    長池 / 史彦 → 本部長 池史彦), and a given name follows the surname: the letter is the post's."""
    if i == 0 or j - i < 2 or len(compound[i].text) < 2 or not compound[i].tag.endswith("人名-姓"):
        return False
    leads, works, _state, _hon = title_sets()
    post = compound[i - 1].text + compound[i].text[0]
    return post in leads | works and compound[i + 1].tag.endswith("人名-名")


def _surname_cut_after_a_break(text: str, compound: list[Token], i: int) -> bool:
    """A single kanji written right after a comma, an opening parenthesis, の or at the start, then a
    surname and a given name (西東京市、山 / 本重 / 穂社長, ソラ商事の北 / 畑 / 稔社長): the kanji begins
    the surname (山本, 北畑), not a word of its own."""
    if i != 1 or not compound[i].tag.endswith("人名-姓") or len(compound) < 3:
        return False
    first = compound[0]
    return (
        len(first.text) == 1
        and KANJI.match(first.text) is not None
        and first.text not in NOT_SURNAMES
        and first.text not in TENURE
        and (first.start == 0 or text[first.start - 1] in "、(（の「")
        and compound[2].tag.endswith("人名-名")
    )


def _post_of_a_person(text: str, tokens: Sequence[Token], start: int) -> bool:
    """The name at ``start`` opens parentheses right after a person (a title, an honorific or a
    person-name word ends before them: 米谷春夫会長(マイヤ社長), 菊地逸夫(キクチ社長), 島袋修氏(北斗港運
    社長)): what it holds is that person's other post, held at the company the name stands for."""
    if start == 0 or text[start - 1] not in "(（":
        return False
    before = text[: start - 1]
    if re.search(f"(?:{title_regex().pattern}|氏)$", before):
        return True
    last = [t for t in tokens if t.end == start - 1]
    return bool(last) and is_person_word(last[0])


def _name_after_dot(tokens: Sequence[Token], text: str, at: int) -> bool:
    """A middle dot at ``at``, then a kanji surname and given name (局長・武田花子氏)."""
    after = [t for t in tokens if t.start > at][:3]
    return text[at : at + 1] == "・" and spaced_name_at(after, at + 1) is not None


#: A post that heads a unit of an organisation (局長, 部長, 室長, 課長, センター長, 所長).
UNIT_HEAD = re.compile(r"(?:局|部|室|課|センター|所)長$")


def _common_noun(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether ``[start, end)`` is one word Sudachi knows as a common noun (ベテラン, not ジョンソン)."""
    return any(t.start == start and t.end == end and "普通名詞" in t.tag for t in tokens)


def _nationality(lex: Lexicon, word: str) -> bool:
    """米, 中国: a country or a nationality prefix (米マスク社長 names a person, not 米マスク)."""
    entry = lex.lookup(word)
    return bool(lex.country_of_prefix(word)) or (entry is not None and entry.type == "Country")


def _home_or_no_nationality(lex: Lexicon, word: str) -> bool:
    """A kanji run that may open a company's name before katakana: no nationality, or the home
    country's (news writes no 日本 before a Japanese company, so 日本 is the name's: 日本マクドナルド)."""
    return not _nationality(lex, word) or lex.country_of_prefix(word) == HOME_COUNTRY or word == HOME_COUNTRY


def _name_follows(tokens: Sequence[Token], at: int) -> bool:
    """A kanji surname and given name right after the title at ``at`` (list style: 知事鈴木英敬), or
    after an equals sign or a colon (編集長=熊澤 義一)."""
    after = [t for t in tokens if t.start >= at][:3]
    if after and after[0].text in NAME_LINKS and after[0].start == at:
        after, at = after[1:], after[0].end
    return bool(after) and after[0].start == at and spaced_name_at(after, at) is not None


#: What may stand between a post and the name it is written before (編集長=熊澤 義一, インタビュー:松本 恭典).
NAME_LINKS = frozenset({"=", "＝", ":", "："})


def spaced_name_at(tokens: Sequence[Token], at: int, spaced_given: bool = False) -> int | None:
    """The end of a kanji surname and given name starting at ``at`` or one space after it, written
    together or with one space between (鈴木英敬, 渡辺 拓未: a byline's or a caption's style); None
    when the words there are no such name. ``spaced_given``: a word of one or two kanji one space after
    the surname is the given name, whatever Sudachi reads it as (渡部 克明: 克明 an adjective to it)."""
    if len(tokens) < 2:
        return None
    surname, given = tokens[0], tokens[1]
    spaced = given.start - surname.end == 1
    end = given.end
    if len(tokens) > 2 and tokens[2].start == end and tokens[2].text in GIVEN_NAME_ENDINGS:
        if _given_name_suffix(given, tokens[2], end - surname.start):
            end = tokens[2].end  # 樋口 / 宣 / 人: the given name's last character read as a suffix
    return (
        end
        if surname.start - at in (0, 1)
        and surname.tag.endswith("人名-姓")
        and (given.tag.endswith("人名-名") or (spaced_given and spaced and len(given.text) <= 2))
        and given.start - surname.end in (0, 1)
        and bool(KANJI.match(surname.text))
        and bool(KANJI.match(given.text))
        else None
    )


def _after_last_dot(compound: list[Token]) -> list[Token]:
    """北浜電機・山川一郎 | 社長: a middle dot ends the organisation's words; the name is read after
    it when a kanji person-name word follows (松下正・前コクヨ | 取締役 keeps its name before the dot)."""
    dots = [k for k, t in enumerate(compound) if t.text == "・"]
    if not dots:
        return compound
    after = compound[dots[-1] + 1 :]
    if after and is_person_word(after[0]) and KANJI.match(after[0].text):
        return after
    return compound


def _fused_kanji(text: str, found: _Found) -> int | None:
    """Where a kanji run written right before a katakana name starts (北斗 + モビリティ), if any."""
    if "・" in found.name:
        return None
    m = re.search(r"[一-龥々]{1,6}$", text[: found.start])
    return m.start() if m else None


def _given_name_suffix(given: Token, char: Token, length: int) -> bool:
    """東福寺 / 厚 / 樹社長: Sudachi read a given name's last character as a suffix after a
    given-name word; it belongs to the name (four characters so far at most: surname + given)."""
    return given.tag.endswith("人名-名") and char.tag.startswith("接尾辞-名詞的") and length <= 4


#: Characters a Japanese given name often ends with, which Sudachi may read as a word of its own
#: after a rare spelling (南里 / 眞佐 / 夫社長: 夫 is the husband's word to it).
GIVEN_NAME_ENDINGS = frozenset("夫男郎雄子美彦也哉介助人治史司樹")


def _given_name_end(
    compound: list[Token], i: int, j: int, start: int, end: int, name_end: int, title: str
) -> int | None:
    """Where the name ends when the words after the person-name words ``compound[i:j]`` are the rest
    of its given name, which Sudachi did not read as a name (else None)."""
    rest = compound[j:]
    surname_alone = j - i == 1 and compound[i].tag.endswith("人名-姓")
    if rest and all(KATAKANA.fullmatch(t.text) and not is_proper(t) for t in rest) and j - i == 1:
        return rest[-1].end  # 朴ソヨン
    if (
        len(rest) == 1
        and len(rest[0].text) == 1
        and KANJI.match(rest[0].text)
        and rest[0].text not in NOT_SURNAMES
        and (
            end - start <= 3
            or _given_name_tail(compound[j - 1], rest[0], end - start, name_end)
            or (rest[0].end == name_end and title in title_sets()[3] and end - start <= 4)
        )
    ):
        # 蔡 / 崇 / 信, 東福寺 / 厚 / 樹: the last character of a given name left out; 宇佐美 / 進 / 典氏:
        # any character right before an honorific, which follows a whole name
        return rest[0].end
    if (
        surname_alone
        and len(rest) == 2
        and all(len(t.text) == 1 and KANJI.match(t.text) for t in rest)
        and rest[-1].end == name_end
    ):
        # 寺沢 / 辰 / 麿頭取, 石井 / 道 / 遠頭取: a given name Sudachi does not know, cut into its two
        # characters, between a surname and the title
        return rest[-1].end
    if (
        surname_alone
        and len(rest) == 1
        and len(rest[0].text) == 2
        and all(KANJI.match(ch) for ch in rest[0].text)
        and rest[0].end == name_end
        and title in title_sets()[3]
    ):
        # 森下 / 一喜 / 氏: a given name Sudachi reads as a common word, between a surname and an
        # honorific (never a company's name: 森下工業氏 is not written)
        return rest[0].end
    return None


def _given_name_tail(given: Token, char: Token, length: int, name_end: int) -> bool:
    """Whether ``char`` ends the given name before it: read as a suffix (:func:`_given_name_suffix`),
    a usual last character right before the title (南里眞佐 + 夫), or a prefix of the title (権田与志 +
    広副社長); four characters so far at most."""
    ending = char.text in GIVEN_NAME_ENDINGS and char.end == name_end and length <= 4
    # 権田 / 与志 / 広副社長: Sudachi read the last character as a prefix of the title after it
    before_title = char.tag.startswith("接頭辞") and char.end == name_end and length <= 4
    return ending or before_title or _given_name_suffix(given, char, length)


class NameReader:
    """Reads the name before a title: a person (and the organisation between), or a company."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon

    def name_before(
        self, text: str, head: str, head_start: int, tokens: tuple[Token, ...], title: str, plain: bool
    ) -> tuple[_Found | None, Candidate | None]:
        """The person named right before a title (ending ``head``), and an organisation candidate."""
        name_end = head_start + len(head)
        if _name_follows(tokens, name_end + len(title)):
            return None, None  # 南岡市長川村健二, 北浜大学学長山川一郎: the name comes after the title
        compound = _after_last_dot([t for t in compound_before(tokens, name_end) if t.start >= head_start])
        if any(is_person_word(t) and KANJI.match(t.text) for t in compound):
            found = self._token_name(text, compound, name_end, title)
            org = self.org_candidate(text, tokens, *found.org) if found and found.org else None
            return found, org
        kata = self._kata_name(head, head_start, tokens)
        unit = isinstance(kata, _Found) and _common_noun(tokens, kata.start, kata.end)
        if unit and UNIT_HEAD.search(title) and _name_after_dot(tokens, text, name_end + len(title)):
            return None, None  # イベント局長・武田花子氏: the unit the post heads, its holder after the dot
        if isinstance(kata, _Found) and title in corporate_titles():
            fused = _fused_kanji(text, kata)
            if fused is not None and not _nationality(self.lex, text[fused : kata.start]):
                kata = (fused, kata.end)  # 北斗モビリティ社長: kanji fused before katakana, a company
        if isinstance(kata, _Found):
            return kata, None
        if kata is not None:
            fused = _fused_kanji(text, _Found(kata[0], kata[1], text[kata[0] : kata[1]]))
            if fused is not None and _home_or_no_nationality(self.lex, text[fused : kata[0]]):
                kata = (fused, kata[1])  # 日本レストランシステム会長: 日本 opens a Japanese company's name
            # ソニーモビリティ社長, ファーストリテイリング取締役: a company, not a person
            corporate = plain and _heads_a_company(title)
            org = self.org_candidate(text, tokens, *kata, known_shape=True) if corporate else None
            return None, org
        found = (
            place_surname(self.lex, compound, title)
            or surname_after_company(self.lex, compound, title, name_end)
            or self._proper_compound_name(compound)
            or given_name_in_single_kanji(self.lex, compound)
            or self._kanji_name(head, name_end, tokens)
        )
        if found is None and plain:
            # 山田花子北斗電機社長, 陳立偉北斗電機社長: name, then the organisation, then the title
            org_len = self._org_at_end(head, tokens, head_start)
            if org_len:
                found = self._kata_only(head[:-org_len], head_start) or self._kanji_name(
                    head[:-org_len], name_end - org_len, tokens
                )
                if found is not None:
                    found = _Found(found.start, found.end, found.name, (name_end - org_len, name_end))
        return found, None

    def _token_name(self, text: str, compound: list[Token], name_end: int, title: str) -> _Found | None:
        """The person-name words of a noun compound before a title, and what follows them.

        藤本 昌義 双日 | 社長 → 藤本昌義 + organisation 双日; 山口 幸一 航空 産業 | 本部長 → 山口幸一;
        朴 ソヨン | 氏 → 朴ソヨン (a katakana given name after a kanji surname).
        """
        i = next(i for i, t in enumerate(compound) if is_person_word(t) and KANJI.match(t.text))
        j = i
        while j < len(compound) and is_person_word(compound[j]):
            if j > i and compound[j].tag.endswith("人名-姓") and compound[j - 1].tag.endswith("人名-名"):
                break  # 松岡 / 裕司 / 津山信用金庫: a surname after a given name opens another name
            j += 1
        given = compound[i]
        if given.tag.endswith("人名-名"):
            # 三部敏宏 read as 三 / 部 / 敏宏: the given name's surname was cut into other words
            while (
                i > 0
                and KANJI.match(compound[i - 1].text)
                and compound[i - 1].text not in TENURE
                and given.start - compound[i - 1].start <= 3
            ):
                i -= 1
        if _surname_cut_after_a_break(text, compound, i):
            i -= 1  # (西東京市、山 / 本重 / 穂社長): the surname's first letter Sudachi cut off
        start, end = compound[i].start, compound[j - 1].end
        if _post_ends_in_name(compound, i, j):
            start += 1  # 本部 / 長池 / 史彦: the post 本部長 lent its last letter to the surname
        rest = compound[j:]
        given_end = _given_name_end(compound, i, j, start, end, name_end, title)
        if given_end is not None:
            end, rest = given_end, []
        whole = self.lex.lookup(text[start:name_end])
        if rest and whole is not None and whole.type in ORG_TYPES:
            return None  # 豊田通商社長: the compound is an organisation's name
        name = text[start:end]
        entry = self.lex.lookup(name)
        if (entry is not None and entry.type != "Person") or is_generic(name) or len(name) > 8:
            return None
        while rest and rest[0].text in TENURE:
            rest = rest[1:]
        org = None
        if rest and self._org_type(text[rest[0].start : name_end], compound, rest[0].start, name_end):
            org = (rest[0].start, name_end)
        return _Found(start, end, name, org)

    def _org_type(self, name: str, tokens: Sequence[Token], start: int, end: int) -> str | None:
        """The type of the organisation ``name`` (lexicon, a suffix rule, a proper noun), else None."""
        if len(name) < 2 or _no_organisation(name):
            return None
        entry = self.lex.lookup(name)
        if entry is not None:
            return entry.type if entry.type in ORG_TYPES else None
        for r, rx in pattern_rules():
            if r.type in ORG_TYPES and not (r.proper or r.place) and rx.fullmatch(name):
                return r.type
        if named_as_organisation(name):
            return "Organization"  # 自動車総連の山田会長: an organisation by its ending
        words = words_in(tokens, start, end)
        if words and all(is_place_word(t) or t.text in TENURE for t in words):
            return None  # 香川県 in 池田豊人香川県知事 is a place
        if has_proper_noun(tokens, start, end):
            return "Company"
        return None

    def org_candidate(
        self, text: str, tokens: Sequence[Token], start: int, end: int, known_shape: bool = False
    ) -> Candidate | None:
        """The organisation at ``[start, end)``; ``known_shape``: its form already says it is one
        (a compound of known katakana words where a person's name would stand)."""
        if start > 0 and (date := DATE_BEFORE.match(text[start - 1 : end])):
            start += date.end() - 1  # 07年北斗電機社長: the year of a career list is not the name's
        start, name = _after_concurrent_post(start, text[start:end])
        etype = self._org_type(name, tokens, start, end)
        if etype is None and known_shape and not _no_organisation(name):
            etype = "Company"
        if etype is None:
            return None
        return Candidate(start, end, name, etype, "org.title_apposition", "pattern", 0.6, refind=True)

    def _org_at_end(self, head: str, tokens: tuple[Token, ...] = (), head_offset: int = 0) -> int:
        """Length of an organisation name that ends ``head`` (lexicon or suffix rule), else 0.

        With tokens, an unknown organisation counts too when Sudachi tags the words before it
        as a person's name (人名): 山田花子北斗電機 → 北斗電機.
        """
        best = 0
        if tokens:
            names = [
                t for t in tokens if "人名" in t.tag and head_offset <= t.start < head_offset + len(head)
            ]
            if names:
                cut = names[-1].start + len(names[-1].text) - head_offset
                rest = head[cut:]
                if len(rest) >= 2 and any(
                    r.type in ORG_TYPES and rx.fullmatch(rest) for r, rx in pattern_rules()
                ):
                    best = len(rest)
        for m in self.lex.regex.finditer(head):
            entry = self.lex.lookup(m.group(0))
            if m.end() == len(head) and m.start() > 0 and entry is not None and entry.type in ORG_TYPES:
                best = max(best, len(m.group(0)))
        for rule, rx in pattern_rules():
            if rule.type in ORG_TYPES:
                for m in rx.finditer(head):
                    if m.end("name") == len(head) and m.start("name") > 0:
                        best = max(best, len(m.group("name")))
        return best if best < len(head) else 0

    def _kata_name(
        self, head: str, head_start: int, tokens: tuple[Token, ...]
    ) -> _Found | tuple[int, int] | None:
        """A katakana name ending ``head``; its span as a pair when it is a company's name instead.

        Sudachi tells: a person's katakana name is one unknown word or 人名 words; a known proper
        noun (ファーストリテイリング) or a compound of known words (ゼネラル エレクトロニクス) is not.
        """
        m = KATA_NAME.search(head)
        if not m:
            return None
        name = m.group(0).lstrip("・")
        if len(name) < 2 or is_generic(name):
            return None
        end = head_start + m.end()
        start = end - len(name)
        entry = self.lex.lookup(name)
        if entry is not None and entry.type != "Person":
            return None
        words = words_in(tokens, start, end)
        if "・" not in name and entry is None and words and not any(is_person_word(t) for t in words):
            known = [t for t in words if len(t.text) >= 3 and not is_proper(t)]
            if any(is_name_word(t) for t in words) or (len(words) >= 2 and len(known) >= 2):
                return (start, end)
        return _Found(start, end, name)

    def _kata_only(self, head: str, head_start: int) -> _Found | None:
        m = KATA_NAME.search(head)
        if not m or len(m.group(0).lstrip("・")) < 2:
            return None
        name = m.group(0).lstrip("・")
        return _Found(head_start + m.end() - len(name), head_start + m.end(), name)

    def _kanji_name(self, head: str, end: int, tokens: tuple[Token, ...]) -> _Found | None:
        """A kanji name without person-name tags: a lexicon person, or an unknown Chinese name
        that Sudachi splits into single characters (陳/立/偉), or a one-character surname (梁CEO)."""
        m = re.search(r"[一-龥々〆ヶ]{1,8}$", head)
        if not m:
            return None
        run = m.group(0)
        leads, works, _state, _hon = title_sets()
        for t in sorted(leads | works | {"国家", "経済学者", "学者"}, key=lambda s: (-len(s), s)):
            if run.startswith(t) and len(run) > len(t):
                run = run[len(t) :]
                break
        if len(run) > 6 or is_generic(run):
            return None
        found = _Found(end - len(run), end, run)
        entry = self.lex.lookup(run)
        if entry is not None:
            return found if entry.type == "Person" else None
        toks = [t for t in tokens if t.start < end and t.end > found.start]
        if not toks or toks[0].start != found.start:
            return None
        after_foreign = len(run) == 1 and FOREIGN_END.search(head[: -len(run)])  # ロシア軍幹部: no one
        if len(run) > 4 or (len(run) == 1 and run in NOT_SURNAMES) or after_foreign:
            return None
        chars = len(toks) > 1 and all(len(t.text) == 1 for t in toks)
        if chars or (len(toks) == 1 and len(run) == 1):
            return found
        return None

    def _proper_compound_name(self, compound: list[Token]) -> _Found | None:
        """湯崎英彦知事: a name Sudachi reads as two place names (湯崎 / 英彦) — two or more proper
        nouns, none a place the lexicon knows, right before the title."""
        for i in range(len(compound) - 1):
            words = compound[i:]
            if proper_compound(words):
                if any(self.lex.lookup(t.text) is not None for t in words):
                    return None
                return _Found(words[0].start, words[-1].end, "".join(t.text for t in words))
        return None


class PersonContextSource:
    """People found by what stands around them other than a following title: an age in
    parentheses (山田太郎(54)) or a title before them (経済再生相の山田太郎が)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon

    def candidates(self, sent: ParsedSentence) -> Iterator[Candidate]:
        yield from self.after_titles(sent)
        yield from self.with_age(sent)

    def with_age(self, sent: ParsedSentence) -> Iterator[Candidate]:
        """山田太郎(54), ジョン・スミス(61): a person's name followed by an age in parentheses
        (``person.age``); the name must be Sudachi's person-name words or a dotted katakana name."""
        text = sent.text
        for m in AGE.finditer(text):
            end = m.start()
            compound = compound_before(sent.tokens, end)
            found = None
            if compound and is_person_word(compound[-1]) and KANJI.match(compound[-1].text):
                i = len(compound)
                while i > 0 and is_person_word(compound[i - 1]) and KANJI.match(compound[i - 1].text):
                    i -= 1
                found = _Found(compound[i].start, end, text[compound[i].start : end])
            elif (k := KATA_NAME.search(text[max(0, end - 30) : end])) and "・" in k.group(0):
                name = k.group(0).lstrip("・")
                found = _Found(end - len(name), end, name)
            if found is None or len(found.name) < 2 or is_generic(found.name):
                continue
            entry = self.lex.lookup(found.name)
            if entry is not None and entry.type != "Person":
                continue
            yield Candidate(
                found.start, found.end, found.name, "Person", "person.age", "person", 0.8, refind=True
            )

    def after_titles(self, sent: ParsedSentence) -> Iterator[Candidate]:
        """経済産業相の西村康稔が, 社長、山田太郎は, 社長の座を退く山田太郎氏は: a person named right after a
        title and の, 、, である or the words of leaving it, with no honorific to close the name
        (``person.after_title``)."""
        text = sent.text
        hon = title_sets()[3]
        for m in title_regex().finditer(text):
            title = re.sub(r"[(（].*$", "", m.group(0))
            link = TITLE_LINK.match(text, m.end())
            dotted = DOTTED_NAME_AFTER_TITLE.match(text, m.end())
            if KATA_CHAR.match(text, m.end() - 1) and KATA_LETTER.match(text, m.end()):
                continue  # トップリート・アセットマネジメント: a katakana title inside a longer katakana word
            if dotted and title not in hon and _title_start(sent.tokens, m.start(), m.end()) is not None:
                # 政治哲学者アレクサンドル・ソコロフ: a foreign name in parts right after the title
                name = dotted.group(1)
                entry = self.lex.lookup(name)
                if (entry is None or entry.type == "Person") and not is_generic(name):
                    yield Candidate(
                        dotted.start(1), dotted.end(1), name, "Person", "person.after_title", "person",
                        0.8, title=title, refind=True,
                    )
                continue
            if title in hon or _title_start(sent.tokens, m.start(), m.end()) is None:
                continue
            spaced = _spaced_name_after(sent, m.start(), m.end(), title)
            if spaced:
                yield from spaced
                continue
            if not link:
                continue
            start = link.end()
            words = [t for t in sent.tokens if t.start >= start]
            run = []
            for t in words:
                adjacent = t.start == (run[-1].end if run else start)
                if not adjacent or not is_person_word(t) or not KANJI.match(t.text):
                    break
                run.append(t)
            if not run:
                continue
            nxt = words[len(run)] if len(words) > len(run) else None
            if nxt is not None and in_compound(nxt) and nxt.text not in hon:
                continue  # 社長の山田太郎会見: the name runs into another noun
            end = run[-1].end
            if text[run[0].start : end].endswith("氏") and end - run[0].start > 3:
                end -= 1  # 隅田 / 和代氏: Sudachi may read the honorific into the given name
            name = text[run[0].start : end]
            entry = self.lex.lookup(name)
            if len(name) < 2 or (entry is not None and entry.type != "Person") or is_generic(name):
                continue
            yield Candidate(
                run[0].start, end, name, "Person", "person.after_title", "person", 0.8,
                title=title, refind=True,
            )


def _spaced_name_after(sent: ParsedSentence, start: int, end: int, title: str) -> list[Candidate]:
    """本田技研工業株式会社 取締役 執行役員 青山 真二 / 東洋経済 記者 渡辺 拓未 / 編集長=熊澤 義一 /
    北斗電機(代表取締役 山田宣人、…): a post written on its own (after a space, an equals sign, an opening
    parenthesis or the line's start), then a link (a space,
    = or :) and a kanji surname and given name, as a caption, a byline or a signature writes them;
    after = or :, every name of the list that follows (▽取締役=山田英之、板橋好和)."""
    text = sent.text
    link = text[end : end + 1]
    if not link or link not in SPACED_LINKS:
        return []
    start = _start_of_posts(text, start)  # 常務|執行役員 渡部 克明: posts written together
    if start > 0 and text[start - 1] not in SPACED_LINKS + "(（" and link not in "=＝:：":
        return []  # 山田一郎社長 鈴木次郎専務: a space after a post that closes a name before it
    found: list[Candidate] = []
    at = end + 1
    while True:
        words = [t for t in sent.tokens if t.start >= at][:3]
        name_end = spaced_name_at(words, at, spaced_given=True)
        if name_end is None or not NAME_CLOSES.match(text, name_end):
            return found
        name = "".join(t.text for t in words if t.end <= name_end)
        found.append(
            Candidate(words[0].start, name_end, name, "Person", "person.after_title", "person", 0.75,
                      title=title, refind=True)
        )
        if link not in "=＝:：" or not text.startswith("、", name_end):
            return found
        at = name_end + 1


def _start_of_posts(text: str, start: int) -> int:
    """Where the posts written together up to ``start`` begin (取締役常務|執行役員: at 取締役; 社長兼|CEO,
    posts held together: at 社長)."""
    while start > 0:
        joint = 1 if text[start - 1] == "兼" else 0
        before = [
            m
            for m in title_regex().finditer(text, 0, start - joint)
            if m.end() == start - joint and m.start() < start - joint
        ]
        if not before:
            return start
        start = before[-1].start()
    return start


#: What stands between a post and the name after it in a caption or a byline (a space, =, :).
SPACED_LINKS = " 　=＝:："
#: What may follow such a name: the end, an honorific, a comma, a gloss (in brackets too: 石田 博行[北斗
#: インディア 取締役]), a space.
NAME_CLOSES = re.compile(r"$|氏|さん|[、。,()（）\[\]［］\s]")


#: One katakana letter (a long-vowel mark included).
KATA_CHAR = re.compile(r"[ァ-ヴー]")
#: A katakana letter right after a katakana title: the title is the start of a longer word.
KATA_LETTER = re.compile(r"[ァ-ヴ]")
#: The end of a foreign name: one kanji after it ends that name (ロシア軍, 米民主党), no one's surname.
FOREIGN_END = re.compile(r"[ァ-ヴーA-Za-z]$")
#: What links a title to the person named right after it (経済産業相の|西村康稔, 社長、|山田太郎, 社長の座を
#: 退く|山田太郎氏: the one leaving the post held it).
TITLE_LINK = re.compile(f"{LEAVING_POST}|の|、|である")
#: A katakana name in parts written right after a title, then a particle or a pause.
DOTTED_NAME_AFTER_TITLE = re.compile(
    r"([ァ-ヴ][ァ-ヴー]+(?:・[ァ-ヴ][ァ-ヴー]+)+)(?=[、。はがをにともの(（]|$)"
)
#: Words that make a title before them part of another noun: 記者会見, 記者クラブ (no reporter),
#: トップアスリート (no chief).
NOT_A_POST_AFTER = re.compile(r"(?<=記者)(?:会見|クラブ|団|室)|(?<=トップ)[ァ-ヴA-Za-z]")
#: A bare 相 that a kanji noun follows is no minister's title but a word's part (調相設備).
BARE_MINISTER = "相"


def _title_start(
    tokens: Sequence[Token], start: int, end: int, nationalities: Sequence[str] = ()
) -> int | None:
    """Where a title found at ``[start, end)`` starts as a word, or None when it is inside one.

    総理大臣 and 外務大臣 are one word ending in a title: the word is the title, unless its
    front is a nationality (米大統領, read as 米 + 大統領). 所属 inside 無所属 (independent),
    市長 inside 市長選: no title there.
    """
    t = next((t for t in tokens if t.start <= start < t.end), None)
    if t is not None and t.start == start and not any(u.end == end for u in tokens):
        return None  # 市長 inside 市長選 (a mayoral election): no title there
    if t is None or t.start == start:
        return start
    if t.end == end and "普通名詞" in t.tag:
        front = t.text[: start - t.start]
        return start if front in nationalities else t.start
    if t.end == end and is_person_word(t):
        return start  # トランプ大統領 as one word: the name, then the title
    return None


def main_of_title_chain(run: str, title: str, leads: frozenset[str], works: frozenset[str]) -> str:
    """The main post of titles written one after another after a name (山田一郎代表取締役社長執行役員:
    the run ends in 執行役員, an officer's post, but the person heads the company): the longest leading
    title in ``run`` when ``run`` is nothing but titles and ``title``, the last, leads nothing."""
    if title in leads:
        return title
    known = _posts_longest_first(leads, works)
    posts, i = [], 0
    while i < len(run):
        post = next((t for t in known if run.startswith(t, i)), None)
        if post is not None:
            posts.append(post)
            i += len(post)
        elif run[i] in "兼・ 　":
            i += 1
        else:
            return title  # 山田一郎北斗電機執行役員: a name between, no chain of posts
    leading = [t for t in posts if t in leads]
    return max(leading, key=len) if leading else title


@lru_cache(maxsize=1)
def _posts_longest_first(leads: frozenset[str], works: frozenset[str]) -> tuple[str, ...]:
    """Every leading and working title, the longest first (sorted once, not for every person)."""
    return tuple(sorted(leads | works, key=lambda t: (-len(t), t)))
