"""What the relation stage remembers from one sentence to the next within a document."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.mentions import title_regex
from kg.model import EntityKey, Mention
from kg.relations.newco import founds_unnamed, introduced
from kg.relations.pairs import Pair, pairs_in
from kg.relations.slots import (
    FOCUS_AFTER_SLOT,
    MARKED_AFTER_SLOT,
    PERSPECTIVE_AFTER_SLOT,
    SCENE_AFTER_SLOT,
    SLOT_GLOSS,
    STOCK_THEME_AFTER_SLOT,
    THEME_AFTER_SLOT,
    Slotted,
)


@dataclass
class DocumentState:
    """Per-document memory, updated once after each sentence (:meth:`after_sentence`).

    ``main_country``: the resolution key of the country the document is mostly about.
    ``previous_topic``: the topic (は/が) of the previous sentence, for an elided subject;
    ``previous_theme``: the previous sentence's first slot marked は, if any (what it was about); a
    sentence that marks no topic keeps the one before.
    ``people_with_role``: people a rule already gave a ``leads``/``worksFor`` edge;
    ``people_of_named_org``: those of them written with their organisation (南海化学の田中一郎社長,
    田中一郎・南海化学社長), whose later bare title (田中社長) is that organisation's.
    ``salient``: the company the article is about so far (most mentions, earliest on ties),
    when it clearly leads the count.
    ``pair``: the last companies a sentence coordinated (AとBは) or a deal joined (AはBと提携), by
    number, for a later 両社 / n社.
    ``new_company``: the company last introduced as new, for a later 新会社 or an unsaid stake target;
    ``founders``: the companies named with it then, for stakes split between them (折半).
    ``deal_target``: what the last deal was about, for a next sentence that leaves it unsaid.
    ``profile``: the body a heading line named (<Xのプロフィール>, (1)X), for the profile lines below it.
    """

    main_country: EntityKey | None = None
    countries_named: int = 0  # distinct countries the document names
    main_company: Mention | None = None  # the first company that is a sentence's topic or subject
    previous_topic: Mention | None = None
    previous_theme: Mention | None = None
    # every name of the list the previous topic ends (AとBは提携した。まず電池を共同開発する: A and B)
    previous_topics: tuple[Mention, ...] = ()
    places: list[Mention] = field(default_factory=list)  # places named so far, in order
    governments: list[Mention] = field(default_factory=list)  # government bodies the document names
    election: Mention | None = None  # the place of the election the text reports (北斗市長選; ■北斗市■)
    people_with_role: set[EntityKey] = field(default_factory=set)
    people_of_named_org: set[EntityKey] = field(default_factory=set)
    salient: Mention | None = None
    company_counts: dict[EntityKey, int] = field(default_factory=dict)
    first_seen: dict[EntityKey, Mention] = field(default_factory=dict)
    pair: dict[int, Pair] = field(default_factory=dict)  # by the number of companies
    new_company: Mention | None = None  # the company last introduced as new (新会社「X」, Xを設立)
    new_company_at: int = -1  # the sentence that introduced it
    # the company whose unit a sentence left unnamed (Xの日本法人へ…。日本法人、Yは: Y's parent), for
    # the next UNIT_REACH sentences (a caption may come between)
    unit_owner: Mention | None = None
    unit_owner_at: int = 0
    sentences: int = 0  # sentences seen so far
    founders: tuple[Mention, ...] = ()  # the other companies the sentence introducing it names
    # the company the last deal was about (what was bought, invested in or made a subsidiary), and
    # the sentence that named it: a next sentence may leave it unsaid (…を取得し、子会社化する)
    deal_target: Mention | None = None
    deal_target_at: int = -1
    # the company or body a heading line named (<北斗電機のプロフィール>, (1)北斗機構), whose profile
    # lines (所在地:…, 代表者:…) may follow, and the sentence that named it
    profile: Mention | None = None
    profile_at: int = -1

    def recent_profile(self) -> Mention | None:
        """The body the profile lines below a heading are about, within :data:`PROFILE_REACH` lines."""
        return self.profile if 0 <= self.sentences - 1 - self.profile_at < PROFILE_REACH else None

    def recent_deal_target(self) -> Mention | None:
        """What the deal of the sentence just before was about, if it made one."""
        return self.deal_target if self.deal_target_at == self.sentences - 1 else None

    def after_sentence(
        self,
        sl: Slotted,
        sentence_mentions: list[Mention],
        roles: list[EntityKey],
        group_of: dict[int, list[int]],
        deals: list[Pair] = (),
        deal_target: Mention | None = None,
        owned: list[EntityKey] = (),
    ) -> None:
        """Remember this sentence's roles, company counts, topic and pair for the next one (a pair
        of companies a deal joined, ``deals``, when the sentence coordinated none: AはBと提携した。
        両社は…)."""
        self.people_with_role.update(roles)
        self.people_of_named_org.update(owned)
        self.places.extend(m for m in sentence_mentions if m.type == "Place" and m.entity and not m.anaphor)
        for m in sentence_mentions:
            if m.type == "Company" and m.entity and not m.anaphor:
                self.company_counts[m.entity] = self.company_counts.get(m.entity, 0) + 1
                self.first_seen.setdefault(m.entity, m)
        if self.company_counts:
            ranked = sorted(
                self.company_counts.items(), key=lambda kv: (-kv[1], self.first_seen[kv[0]].start)
            )
            clear = len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]
            self.salient = self.first_seen[ranked[0][0]] if clear else None
        # a sentence that marks no topic at all, not even a noun's は, keeps the one before (its
        # subject was left unsaid too: 北斗電機は…。設備に200億円を投じる計画だ。…), nor only a past time's
        # (かつては, 2002年には: PAST_TIME_TOPIC); 現時点では or 中国企業は say something else is spoken of
        marks_none = "は" not in PAST_TIME_TOPIC.sub("", sl.text)
        kept = self.previous_topic if marks_none else None
        # …総会を開いた。改選の結果、山田氏が会長に就いた。副会長には…: the theme carries over the same way,
        # and over a sentence whose only は ends a post it fills (副会長には…が加わる)
        post_only = "は" not in _post_filled_topic().sub("", PAST_TIME_TOPIC.sub("", sl.text))
        self.previous_theme = theme(sl) or (self.previous_theme if marks_none or post_only else None)
        heading = heading_name(sl)
        if heading is not None:
            self.profile, self.profile_at = heading, self.sentences
        elif OTHER_HEADING.match(sl.text):
            self.profile = None  # (2)酸化鉄太陽電池技術研究組合 unrecognised: the lines below are not (1)'s
        said = topic(sl) or heading
        if said is not None:
            self.previous_topic, self.previous_topics = said, topic_list(sl, said, group_of)
        elif kept is None:
            self.previous_topic, self.previous_topics = None, ()
        if deal_target is not None:
            self.deal_target, self.deal_target_at = deal_target, self.sentences
        self.sentences += 1
        owner = unit_owner(sl)
        if owner is not None:
            self.unit_owner, self.unit_owner_at = owner, self.sentences
        elif self.sentences - self.unit_owner_at >= UNIT_REACH:
            self.unit_owner = None
        self.pair = {**self.pair, **({2: deals[-1]} if deals else {}), **pairs_in(sl, group_of)}
        self.election = election_place(sl) or (self.election and heading_place(sl)) or self.election
        newco = introduced(sl)
        restated = self.sentences - self.new_company_at <= NEW_COMPANY_RESTATED
        if newco is None and founds_unnamed(sl) and not restated:
            self.new_company = None  # 1998年にミナトを立ち上げた。… 新会社を4月に設ける: another one, unnamed
        if newco is not None:
            self.new_company, self.new_company_at = newco, self.sentences
            self.founders = tuple(
                m for m in sl.mentions
                if m.type == "Company" and m.sent_index >= 0 and m.entity and m.entity != newco.entity
            )

    def election_in(self, sl: Slotted) -> Mention | None:
        """The place of the election this sentence names, else the one the text reports so far."""
        return election_place(sl) or self.election


#: 北斗市長選, 香川県知事選, 北斗町長選挙: an election for the head of the place named before it.
ELECTION = re.compile(r"«PLACE#(\d+)»(?:長|知事)選")


def election_place(sl: Slotted) -> Mention | None:
    """The place of an election the sentence names, if any."""
    m = ELECTION.search(sl.text)
    return sl.mentions[int(m.group(1))] if m else None


#: ■岡崎市■, 【岡崎市】, ＜岡崎市＞: a heading line that is only a place's name.
HEADING = re.compile(r"^[\s■□◆◇●○▼▽【＜<《〈\[［]*«PLACE#(\d+)»[\s■□◆◇●○▼▽】＞>》〉\]］]*$")


#: ▼北斗電機, 【北斗電機】, ■ミナト工業: a heading line that is only a company's or a body's name.
NAME_HEADING = re.compile(
    r"^[\s■□◆◇●○▼▽▶▷►【＜<《〈\[［〔]*"
    r"(?:[(（][0-9０-９]{1,2}[)）]|[①-⑳]|[0-9０-９]{1,2}[.．、])?"  # (1), ①, 1. numbering the bodies listed
    r"(?:[^«»。、\s]{1,8}[ 　])?"  # 技術研究組合 北斗機構: the kind of body, then a space
    # a disclosure's header: 会社名 株式会社北斗電機
    r"(?:(?:会社名|社名|商号)[ 　]*[:：]?[ 　]*(?:株式会社)?)?"
    r"«(?:CO|ORG)#(\d+)»(?:の(?:プロフィール|概要|会社概要|横顔))?[\s■□◆◇●○▼▽】＞>》〉\]］〕]*$"
)
#: A numbered or bracketed heading line that names no body kg found ((2)…, <…>, 【…】): the profile
#: before it ends there.
OTHER_HEADING = re.compile(
    r"^[\s■□◆◇●▼▽]*(?:[(（][0-9０-９]{1,2}[)）]|[①-⑳]|[<＜〈【〔][^<>＜＞〈〉【】〔〕]{1,30}[>＞〉】〕]\s*$)"
)
#: How many lines after its heading a profile line (所在地:…) may still be about the body it names.
PROFILE_REACH = 12


#: A time in the past marked は (かつては, 当初は, 2002年には): what the sentence says of then is still
#: about the topic before it (北斗ストアは…。かつては業界の中核だったが、業績が悪化した。…と提携した).
@lru_cache(maxsize=1)
def _post_filled_topic() -> re.Pattern[str]:
    """A post a sentence fills, marked as its topic (副会長には, 専務理事には): no new theme."""
    return re.compile(f"(?:{title_regex().pattern})(?:に|へ)は、?")


PAST_TIME_TOPIC = re.compile(
    r"(?:かつて|以前|当初|当時|従来|これまで|創業当初|(?:[0-9０-９]{2,4}|[0-9０-９]{1,2}0)年(?:代)?(?:[0-9０-９]{1,2}月)?)(?:に|で|まで)?は、?"
)


def heading_name(sl: Slotted) -> Mention | None:
    """The company or body a heading line names: in a digest, what the lines below it are about
    (▼北斗電機 / 群馬県館林市に新工場を建設する: 北斗電機 builds it)."""
    m = NAME_HEADING.match(sl.text)
    return sl.mentions[int(m.group(1))] if m else None


def heading_place(sl: Slotted) -> Mention | None:
    """The place a heading line names (in an election roundup, the election its section reports)."""
    m = HEADING.match(sl.text)
    return sl.mentions[int(m.group(1))] if m else None


#: A new company founded unnamed this many sentences after a named one may be that one, restated
#: (合弁会社「ミナト」を設立する。新会社を4月に設け…); further on it is another.
NEW_COMPANY_RESTATED = 1
#: How many sentences on a unit left unnamed may still be named (a caption and a quote may come
#: between: 経済産業省 西村康稔大臣 / 「…」).
UNIT_REACH = 4

#: «X»の日本法人へ, «X»の現地法人が: a company's local unit the sentence does not name.
UNNAMED_UNIT = re.compile(
    r"«CO#(\d+)»の(?:[^«»。、]{0,6}?)(?:«CTRY#\d+»|日本|現地)法人(?![、]?[「『]?«)"
)


def unit_owner(sl: Slotted) -> Mention | None:
    """The company whose unit the sentence mentions without naming it (the last such)."""
    found = UNNAMED_UNIT.findall(sl.text)
    return sl.mentions[int(found[-1])] if found else None


def topic_list(sl: Slotted, said: Mention, group_of: dict[int, list[int]]) -> tuple[Mention, ...]:
    """Every name of the list the topic ``said`` ends (AとBは: A and B); the topic alone otherwise."""
    i = next((j for j, m in enumerate(sl.mentions) if m is said), None)
    if i is None:
        return (said,)
    group = group_of.get(i, [i])
    return tuple(sl.mentions[j] for j in group) if group[-1] == i else (said,)


#: では after a company or a body: the sentence is about what happens there (キヤノンでは、…が社長に就いた).
SCENE_THEME = re.compile(SLOT_GLOSS + r"では(?!なく|ない)")


def theme(sl: Slotted) -> Mention | None:
    """The first slot marked は (or a company marked では): what the sentence is about (北斗電機は;
    not 電池は北斗電機が組み立てる);
    else a company the sentence opens with whose thing is marked は (北斗電機の新工場では、…: 北斗電機)."""
    marked = (
        i
        for i, (_s, e) in enumerate(sl.positions)
        if THEME_AFTER_SLOT.match(sl.text, e)
        or (SCENE_THEME.match(sl.text, e) and sl.mentions[i].type in ("Company", "Organization"))
    )
    found = next((sl.mentions[i] for i in marked), None)
    if found is None and sl.positions and sl.mentions[0].type == "Company":
        start, end = sl.positions[0]
        if not sl.text[:start].strip("【】「」 　") and OWN_THING_THEME.match(sl.text, end):
            found = sl.mentions[0]
    return found


#: A company's thing marked as the theme right after it (の新工場では, の株価は): the company is.
OWN_THING_THEME = re.compile(r"の[^«»。、はがをにでとも]{1,10}(?:では|は)、?")


def topic(sl: Slotted) -> Mention | None:
    """The first slot marked は or が, or a company or a body marked には / では before it, or a company
    whose stock is the theme (X株は): what the sentence is about (Xには、A、B、Cが出資した。次世代品を開発
    する: X develops it)."""
    for i, (_s, e) in enumerate(sl.positions):
        if MARKED_AFTER_SLOT.match(sl.text, e):
            return sl.mentions[i]
        if SCENE_AFTER_SLOT.match(sl.text, e) and sl.mentions[i].type in ("Company", "Organization"):
            return sl.mentions[i]
        if STOCK_THEME_AFTER_SLOT.match(sl.text, e) and sl.mentions[i].type == "Company":
            return sl.mentions[i]
    return _focus(sl)


def _focus(sl: Slotted) -> Mention | None:
    """A sentence that marks nothing with は or が but a company or body with も is about that one
    (他方、最大手の北斗機械も買収を打ち出した。南海工機を子会社にする: 北斗機械 does); failing that, one
    marked にとって (海外の買収は、北斗機械にとって初めてではない。11年にはソラ社を買い取った)."""
    for marker in (FOCUS_AFTER_SLOT, PERSPECTIVE_AFTER_SLOT):
        for i, (_s, e) in enumerate(sl.positions):
            if marker.match(sl.text, e) and sl.mentions[i].type in ("Company", "Organization"):
                return sl.mentions[i]
    return None

