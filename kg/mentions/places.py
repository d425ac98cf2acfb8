"""Place candidates as news writes them: address chains and places inside event names.

- 長野県飯田市, 北海道千歳市, 観音寺市凪瀬町: Sudachi and GiNZA's NER take an address as one
  word; it names two places (the prefecture and the city, the city and the town), so a
  place candidate that is such a chain is split into its parts.
- G7広島サミット, 東京五輪: a place fused before an event word (``generic.yaml``
  ``event_words``) is part of the event's name, not a mention of the place.
- 国立競技場, パナソニックスタジアム: a venue (``venue_words``) is no company or organisation.
- 東岡町, 薩摩川内市: a word Sudachi tags as a place name with an administrative suffix is a
  place (:class:`PlaceWordSource`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache

from kg.mentions.candidate import ORG_TYPES, Candidate
from kg.mentions.ruledata import LEGAL_FORMS, is_generic
from kg.model import Mention, ParsedSentence
from kg.rules import rules

#: A Japanese address: prefecture, then city or district, then ward, town or village. No level
#: starts with an administrative suffix, so 京都市南区 is 京都市 + 南区, not 京都 + 市南区.
_ADDRESS = re.compile(
    # the one 都, 道 and the two 府 (宇都宮市 and 府中市 hold no prefecture), or a 県
    r"(?P<pref>東京都|北海道|大阪府|京都府|[一-龥々ヶ]{1,3}?県)?"
    r"(?P<city>(?![都道府県市区町村郡])[一-龥々ヶぁ-ゖァ-ヴー]{1,5}?(?:市|郡))?"  # つくば市, さいたま市
    r"(?P<ward>(?![都道府県市区町村郡])[一-龥々ヶぁ-ゖァ-ヴー]{1,5}?(?:区|町|村))?"
)
PLACE_TYPES = frozenset({"Place", "Country"})


def address_parts(name: str) -> list[tuple[int, str]]:
    """The levels of an address (offset, name) when ``name`` is a chain of two or more, else []."""
    m = _ADDRESS.fullmatch(name)
    if not m:
        return []
    parts = [(m.start(g), m.group(g)) for g in ("pref", "city", "ward") if m.group(g)]
    if len(parts) < 2 or any(len(part) < 2 for _, part in parts):
        return []
    # 北海道広尾郡大樹町: the district (郡) only locates the town; it names no place of its own
    return [(i, part) for i, part in parts if not (part.endswith("郡") and m.group("ward"))]


def place_names(parts: list[tuple[int, str]]) -> list[str]:
    """The name of each level of an address: a ward of a city keeps its city (大阪市中央区, not 中央区,
    which is also Tokyo's and Kobe's: two places under one name would be one node); a ward of Tokyo
    (東京都中央区) is named alone, as news names it."""
    names = []
    for i, (_offset, part) in enumerate(parts):
        city = parts[i - 1][1] if i > 0 else ""
        names.append(city + part if part.endswith("区") and city.endswith("市") else part)
    return names


#: A prefecture's name (東京都, 大阪府, 長野県, 北海道).
PREFECTURE = re.compile(r"(?:東京都|北海道|大阪府|京都府|[一-龥々ヶ]{1,3}県)")


def ward_address_prefixes(mentions: Iterable[Mention]) -> set[int]:
    """The positions (in ``mentions``) of a prefecture or a city written right before a ward of its own
    (東京都港区: a special ward sits right under its 都; 新潟市中央区: a city's ward): the address names
    one place, the ward (長野県軽井沢町 and 北海道千歳市 name two). Such a mention says where the ward
    is; it makes no node of its own (resolution does not count it), while the relation rules still
    read it."""
    listed = list(mentions)
    wards = {m.start: m for m in listed if m.type == "Place" and m.name.endswith("区")}

    def right_before_its_ward(m: Mention) -> bool:
        ward = wards.get(m.end)
        if ward is None or m.type != "Place":
            return False
        if PREFECTURE.fullmatch(m.name):
            return "市" not in ward.name  # 東京都港区, not 大阪府大阪市北区's 大阪府
        return m.name.endswith("市") and ward.name == m.name + ward.text  # 新潟市 + 新潟市中央区

    return {i for i, m in enumerate(listed) if right_before_its_ward(m)}


def address_towns(mentions: Iterable[Mention]) -> set[int]:
    """The positions (in ``mentions``) of a town written right after its city or ward (鶴岡市馬場町,
    井原市高屋町): a part of an address in the city, no place news is about; the relation rules read
    the city for it (:func:`kg.relations.extract.city_of_address_town`)."""
    listed = list(mentions)
    cities = {m.end for m in listed if m.type == "Place" and m.name.endswith(("市", "区"))}
    towns = (m.type == "Place" and m.name.endswith(("町", "村")) and m.start in cities for m in listed)
    return {i for i, town in enumerate(towns) if town}


def split_addresses(cands: Iterable[Candidate]) -> Iterator[Candidate]:
    """Place candidates that are address chains, split into one candidate per level."""
    for c in cands:
        parts = address_parts(c.name) if c.type == "Place" and c.name == _span_text(c) else []
        if not parts:
            yield c
            continue
        for (offset, part), name in zip(parts, place_names(parts), strict=True):
            yield replace(c, start=c.start + offset, end=c.start + offset + len(part), name=name, aliases=[])


def wards_with_their_cities(chosen: list[Candidate]) -> list[Candidate]:
    """A ward written right after its city, each found apart (浜松市 from the lexicon, then 中央区),
    keeps the city in its name, as :func:`place_names` names it when the address is one candidate
    (浜松市中央区, not 中央区, which is also Tokyo's and Fukuoka's); not after 同市, which says the city
    named before."""
    cities = {c.end: c for c in chosen if c.type == "Place" and c.name.endswith("市") and not c.anaphor}
    out = []
    for c in chosen:
        city = cities.get(c.start)
        if city is not None and c.type == "Place" and c.name.endswith("区") and c.name == _span_text(c):
            c = replace(c, name=city.name + c.name)
        out.append(c)
    return out


def _span_text(c: Candidate) -> str:
    # a candidate whose name is not its own text (a lexicon alias, a trimmed prefix) is left alone
    return c.name if c.end - c.start == len(c.name) else ""


@lru_cache(maxsize=1)
def _event_words() -> tuple[str, ...]:
    return tuple(sorted(rules("generic").event_words, key=lambda w: (-len(w), w)))


def in_event_name(text: str, c: Candidate) -> bool:
    """広島 in G7広島サミット: a place directly followed by an event word."""
    after = c.end + 1 if text.startswith("・", c.end) else c.end  # ジャパン・オープン
    return c.type in PLACE_TYPES and text.startswith(_event_words(), after)


#: A quoted name: 「札幌プリンスホテル」, 『北斗ドーム』.
QUOTED = re.compile(r"[「『]([^「」『』]{2,40})[」』]")


def in_venue_name(text: str, c: Candidate) -> bool:
    """札幌 in 「札幌プリンスホテル」, 広島 in 「グランドプリンスホテル広島」: a place inside a quoted name
    of a venue or a site (a hotel, a stadium, a plant), which names the venue, not the place."""
    if c.type not in PLACE_TYPES:
        return False
    for m in QUOTED.finditer(text):
        inside = m.start(1) <= c.start and c.end <= m.end(1) and c.end - c.start < len(m.group(1))
        if inside and any(w in m.group(1) for w in (*_venue_words(), *_endings()[0])):
            return True
    return False


@lru_cache(maxsize=1)
def _venue_words() -> tuple[str, ...]:
    return tuple(rules("generic").venue_words)


@lru_cache(maxsize=1)
def _endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    generic = rules("generic")
    return tuple(generic.site_words), tuple(generic.organisation_endings)


#: A name of kanji only (岐阜大, 東都大学, 全日本北斗団体労働組合), perhaps after a Latin prefix
#: (JA北斗中央会).
KANJI_NAME = re.compile(r"(?:[A-Z]{1,4})?[一-龥々]{3,14}")


def named_as_organisation(name: str) -> bool:
    """A kanji name with an organisation's ending (北斗大学, 自動車総連, 北斗医師会): an organisation,
    whether or not its words are proper nouns."""
    return bool(KANJI_NAME.fullmatch(name)) and name.endswith(_endings()[1])


def is_site_name(name: str) -> bool:
    """A name that ends with a site's word (住之江工場, 田原バイオマス発電所)."""
    return name.endswith(_endings()[0])


def as_site(c: Candidate) -> Candidate:
    """住之江工場, 田原バイオマス発電所: an organisation-typed name of a plant is a place;
    岐阜大 found as a company is an organisation."""
    if c.type in ORG_TYPES and is_site_name(c.name):
        return replace(c, type="Place")
    if c.type == "Company" and named_as_organisation(c.name):
        return replace(c, type="Organization")
    return c


#: What only a company has, written right after its name: its shares, its chief, a takeover of it
#: (北斗ドームの全株式, 北斗ドーム株, 北斗ドームの山田一郎社長, 北斗ドームを子会社化, 「北斗ホテル」を傘下に,
#: 北斗ホテル(東京都千代田区)の発行済株式).
#: A Japanese legal form right after or right before a name (ミナトホテル(株), 株式会社ミナトホテル).
LEGAL_FORM_AFTER = re.compile(f"(?:{LEGAL_FORMS})")
LEGAL_FORM_BEFORE = re.compile(f"(?:{LEGAL_FORMS})$")
CORPORATE_CONTEXT = re.compile(
    # 南海ホテル(浜松市、中村一郎社長): its chief in a gloss
    r"[」』]?(?:[(（][^()（）]{0,24}(?:社長|会長|頭取|代表|CEO)[)）]"
    r"|(?:[(（][^()（）]{1,20}[)）])?"  # a closing quote or a head-office gloss may come between
    r"(?:の(?:全株式|株式|発行済み?株式)|株(?:の|を|式)|の[^。、「」]{0,8}?(?:社長|会長|頭取|CEO|取締役)"
    r"|を(?:完全|連結)?子会社化|を買収|を傘下に|に対する(?:TOB|株式公開買い付け|公開買い付け)|は上場))"
)


def is_venue(c: Candidate, text: str = "") -> bool:
    """国立競技場, パナソニックスタジアム, 大阪マラソン: a venue or an event named as a company
    or an organisation; 経団連 in 経団連会館: a body's name the venue is named after. A name the
    sentence gives shares or a chief (北斗ドームの全株式, 北斗ドームの山田社長) is the company that runs
    the venue."""
    venue = (*_venue_words(), *_event_words())
    if c.source == "lexicon" and not text.startswith(venue, c.end):
        return False  # 経済財政諮問会議: an entry the lexicon types is that body, whatever its ending
    if c.type == "Company" and CORPORATE_CONTEXT.match(text, c.end):
        return False
    formed = LEGAL_FORM_AFTER.match(text, c.end) or LEGAL_FORM_BEFORE.search(text, 0, c.start)
    if c.type == "Company" and formed:
        return False  # 株式会社ロイヤルホテル, ミナトホテル(株): a legal form names the company
    # 北斗池袋本店, and a model's guess cut before it (北斗池袋|本店); not a rule's name (北斗銀行本店で)
    branch = tuple(rules("generic").branch_words)
    weak_before_branch = c.source in ("ner", "deal") and text.startswith(branch, c.end)
    ends = c.name.endswith(venue + branch) or text.startswith(venue, c.end) or weak_before_branch
    return c.type in ORG_TYPES and ends


class PlaceWordSource:
    """Places Sudachi knows as one word: 東岡町, 薩摩川内市, 観音寺市凪瀬町 (split into its levels),
    バイエルン州.

    A word tagged as a place name (名詞-固有名詞-地名-一般) that ends in an administrative
    suffix (都道府県市区町村郡, a foreign 州 or 省) is a place, whether or not the lexicon lists it.
    (Not every katakana place word: companies named after places, ハドソン, would become places.)
    """

    def candidates(self, sent: ParsedSentence) -> Iterator[Candidate]:
        for t in sent.tokens:
            if "地名-一般" not in t.tag or len(t.text) < 3:
                continue
            if not t.text.endswith(ADMINISTRATIVE):
                # 神奈川県川崎市高津区久本: the town has no suffix (in a gloss, (長野県飯田市大休1879、…), the
                # address rule reads it: place.address_with_street)
                in_gloss = sent.text[t.start - 1 : t.start] in ("(", "（")
                parts = [] if in_gloss else _address_before_town(t.text)
                if not parts:
                    continue
            else:
                # 京都市伏見区下鳥羽東芹川町: a city and a ward, then a town of any length (its own place)
                parts = address_parts(t.text) or _address_and_town(t.text) or [(0, t.text)]
            for (offset, part), name in zip(parts, place_names(parts), strict=True):
                if is_generic(name):
                    continue  # 開発区: Sudachi's place word for a kind of zone, no name
                s = t.start + offset
                yield Candidate(
                    s, s + len(part), name, "Place", "place.sudachi_place", "pattern", 0.65, refind=True
                )


def _address_before_town(word: str, reach: int = 4) -> list[tuple[int, str]]:
    """The levels of the address a place word opens with when a town's name of up to ``reach``
    characters closes it (神奈川県川崎市高津区|久本: 神奈川県, 川崎市, 高津区), else []."""
    for cut in range(len(word) - 1, max(len(word) - reach - 1, 2), -1):
        head = word[:cut]
        if head.endswith(ADMINISTRATIVE) and (parts := address_parts(head)):
            return parts
    return []


def _address_and_town(word: str) -> list[tuple[int, str]]:
    """The levels of an address, then the town that closes it with its suffix (東京都中央区|日本橋人形町:
    東京都, 中央区, 日本橋人形町), else []."""
    parts = _address_before_town(word, len(word))
    if not parts:
        return []
    end = parts[-1][0] + len(parts[-1][1])
    return parts + [(end, word[end:])]


#: Suffixes of Japanese administrative units, and of a foreign state or province.
ADMINISTRATIVE = ("都", "道", "府", "県", "市", "区", "町", "村", "郡", "州", "省")
