"""Rule files (``kg/data/rules/*.yaml``), validated when they load.

Each file has a pydantic model below: an unknown key, a value of the wrong type or a
missing field stops the build with one line naming the file, the rule and the field, the way
spaCy names a bad match pattern (:mod:`kg.validation`, shared with the lexicons). Regexes are
compiled, and so checked, by the stage that owns them (:mod:`kg.mentions.ruledata`,
:mod:`kg.relations.ruleset`), which raise :func:`rule_error` the same way.
"""

from __future__ import annotations

from functools import cache
from typing import Any, Literal

from pydantic import Field

from kg.errors import KgError
from kg.lexicon import DATA, load_yaml
from kg.validation import Strict as _Strict
from kg.validation import validate

Confidence = float


# --- mentions.yaml --------------------------------------------------------------------------
class MentionRule(_Strict):
    id: str
    type: str
    regex: str
    confidence: Confidence = Field(default=0.7, ge=0, le=1)
    refind: bool = False  # a name found by this rule is found again everywhere in its document
    # the name must hold a proper noun (Sudachi's 名詞-固有名詞) or a Latin-script word, and be
    # more than a place or a person's name: for suffixes that are also common words (工場建設)
    proper: bool = False
    # the name must be Latin words Sudachi knows as common nouns (EV, HBM, LLM: technology
    # acronyms; IBM, NTT are proper nouns) and not a generic acronym (generic.yaml)
    common_latin: bool = False
    # the name is a Latin acronym the context makes a name whatever Sudachi tags it (ASTと提携);
    # never one the lexicon or generic.yaml knows
    acronym: bool = False
    # a regex the sentence must match for the rule to apply (a team's name in a sports report)
    context: str | None = None
    # the regex has a group "place" that must name a place (a lexicon country or place, or an
    # address ending in 都道府県市区町村): X(長野県須坂市) is a company with its head office
    place: bool = False
    # the regex's group "kana" is hiragana before the name (ひまわり製薬, つばさ交通): the name starts
    # where Sudachi's noun words in it start (知られるみちのく酒造 is みちのく酒造), or after it
    kana_lead: bool = False
    # the form the regex reads says it is a name (北斗株式会社, 株式会社北斗, アースの大塚達也社長): a name
    # that is one common word or nominalised action Sudachi knows (北斗, アース) is a name all the same
    named_by_form: bool = False
    # the role the regex reads is a company's alone (who issues new shares to others): a name that is
    # one common word Sudachi knows (白樺, 松葉) is a name all the same
    named_by_role: bool = False


class ListRule(_Strict):
    """A list whose every item is an entity of one type: 「A、B、Cの3社」, 「自民・立憲推薦」."""

    id: str
    type: str
    # matches the whole list; the group "items" is split at the separators (a regex)
    regex: str
    separators: str = "、|・|や|と|および|及び"
    confidence: Confidence = Field(default=0.6, ge=0, le=1)
    min_items: int = 2
    # every item must look like a name (a proper noun, a Latin or katakana word); false when the
    # list's context alone says what the items are
    names_only: bool = True
    # an item ending with one of these is no candidate of this rule (the place or the body another
    # rule finds it as), though it still counts as one of the list's items
    not_endings: list[str] = []


class MadeThings(_Strict):
    """What a making verb is made of: 「リチウムイオン電池を開発」, 「ビジネスジェットの販売」 name a
    technology or product (kg/mentions/sources/made.py)."""

    verbs: list[str]  # the verb's word as Sudachi cuts it (開発, 手がけ…)
    particles: list[str] = ["を", "の"]  # the case particle the made thing takes
    dropped_prefixes: list[str] = []  # 新, 次世代: words before the thing, not part of its name
    # the name must end with one of these, or hold a katakana or Latin word
    product_endings: list[str]
    # a name ending with one of these is the business, the place or the amount, not the thing
    not_endings: list[str] = []
    generic: list[str] = []  # 製品, 部品: what any maker makes, no technology
    confidence: Confidence = Field(default=0.5, ge=0, le=1)


class DealParties(_Strict):
    """Who takes part in a deal: 「ニップンは畑中食品を子会社化する」, 「フジッコがフーズパレットを
    全株式取得し」 name companies (kg/mentions/sources/deals.py)."""

    words: list[str]  # a deal word a word ends with (買収, 子会社化, 出資…)
    # 株式取得: a word that is a deal only right after one of these (取得 alone is any acquisition)
    after_shares: list[str] = []
    subject_particles: list[str] = ["は", "が"]
    object_particles: list[str] = ["を", "と", "に"]
    # 北斗通信, 南洋海運: a kanji name whose stem Sudachi reads as a common word, ended by an
    # industry word; such a compound is a company where a deal or a list with a company says so
    industry_words: list[str] = []
    # 調達: a deal word whose の-owner is the thing it acts on (コンテンツの調達), never a party
    of_things: list[str] = []
    # 売却, 譲渡: a sale, whose を-object is as often a building or a licence as a company: it is a party
    # only when it is no common noun standing alone (the seller and the buyer with に, へ always are)
    sales: list[str] = []
    confidence: Confidence = Field(default=0.5, ge=0, le=1)


class MentionsFile(_Strict):
    classes: dict[Literal["KATA", "KANJI", "LATIN", "DASH"], str]
    rules: list[MentionRule]
    lists: list[ListRule] = []
    made_things: MadeThings | None = None
    deal_parties: DealParties | None = None
    # 日米同盟, 米中関係: nouns after which one-kanji country prefixes written together are countries
    country_pair_nouns: list[str] = []


# --- titles.yaml, generic.yaml, ene.yaml -----------------------------------------------------
class TitlesFile(_Strict):
    leads: list[str]
    works_for: list[str]
    state: list[str]
    honorifics: list[str]
    home_state: list[str] = []  # titles only Japan's head of government has (総理大臣): their country is 日本
    officers: list[str] = []  # corporate officers: of the company the article is about unless named
    place_heads: dict[str, list[str]] = {}  # 知事 → the place it heads ends with 県, 都, 府, 道
    corporate: list[str] = []  # posts held in a company (a non-name before one names the company)
    after_organisations: list[str] = []  # titles written after a body's name, never a person's (所属)
    home_by_default: list[str] = []  # with no country written, Japan's in Japanese news (首相)
    heads_of_bodies: list[str] = []  # heads of no company (所長, 学長): never the article's company's
    one_per_body: list[str] = []  # posts a body has one holder of (社長, CEO): two side by side, two bodies


class GenericFile(_Strict):
    never_entities: list[str]
    descriptor_prefixes: list[str]
    # words that, ending a candidate name, show it names a kind of company (電子部品大手)
    descriptor_endings: list[str] = []
    # industries that, between a nationality and の, describe the company after them (韓国鉄鋼の)
    industry_nouns: list[str] = []
    not_names_after_prefix: list[str] = []
    # words that begin with a one-kanji nationality prefix and are no nationality (中堅, 独自)
    not_nationalities: list[str] = []
    company_name_parts: list[str] = []  # a dotted katakana name with one of these is a company's
    job_words: list[str] = []  # a katakana name that ends with one is a post (…・オフィサー)
    venue_words: list[str] = []  # a company or organisation name never ends with one (国立競技場)
    branch_words: list[str] = []  # 北斗池袋本店: a branch's name ending, no company
    site_words: list[str] = []  # a name that ends with one is a place (住之江工場)
    # a region written right after a known company names its unit there (日立ヨーロッパ)
    regional_unit_words: list[str] = []
    dotted_unit_regions: list[str] = []  # 北斗キャピタル・ジャパン: a unit, besides the regional words
    organisation_endings: list[str] = []  # a company name that ends with one is an organisation
    election_words: list[str] = []  # a name that ends with one is an election's (北斗町長選)
    incident_words: list[str] = []  # a name that ends with one is an incident's (産地偽装事件), no body
    region_words: list[str] = []  # a name that ends with one is a region's (九州・沖縄地域), no body
    event_words: list[str] = []  # a place fused before one of these names an event (G7広島サミット)
    corporate_forms: list[str]
    # abbreviated corporate endings and their full form: ANAHD and ANAホールディングス are one company
    abbreviated_forms: list[tuple[str, str]] = []
    droppable_endings: list[str]
    # a kind of business before a line of business names no company (地域航空, 外資系証券)
    descriptive_stems: list[str] = []
    # how a business's name ends and a person's never does (今泉商店, 武田紙器, 山口大発)
    not_person_endings: list[str] = []


class EneFile(_Strict):
    map: dict[str, str | None]
    confidence: dict[str, Confidence]
    names_are_companies: list[str] = []  # labels under which a Latin or katakana name is a company


# --- relations.yaml ---------------------------------------------------------------------------
class PatternRule(_Strict):
    id: str
    predicate: str  # a core predicate, or "title" (decided by the person's title)
    regex: str
    confidence: Confidence = Field(default=0.7, ge=0, le=1)
    require_title: bool = False
    title_from: list[Literal["between", "person"]] = ["between", "person"]  # where the title is read
    list_after: bool = False  # the later slot is the first of a list that follows (北斗電機のA、B、C)
    # the regex binds only s; the object is the previous sentence's topic company (…子会社のX) or
    # the company the article is about (筆頭株主のX)
    object_from: (
        Literal[
            "previous_topic", "main_company", "unit_owner", "new_company", "deal_or_previous_topic", "profile"
        ]
        | None
    ) = None
    # the regex binds only s, the last member of a list: every two members are related
    # (北斗電機、南海工業、東都精機の3社による資本業務提携)
    among_list: bool = False
    # the regex binds only o; the subject is the previous sentence's topic company, for a sentence
    # that leaves it unsaid (…と提携する。南海化学の株式の5%を取得する), or the company last
    # introduced as new (新会社の概要 … 本社:上海市)
    subject_from: Literal["previous_topic", "new_company", "profile"] | None = None
    # the object is a company written by its name, not a count (3社の出資比率は…: the three are the
    # holders; AとBの2社は新会社を設立: founded by both, no one's subsidiary)
    object_named: bool = False
    # the subject stands for itself, not for the list it ends (A(大阪市)、B(東京都)、C(同): the 同 is
    # C's head office alone)
    distribute: bool = True
    # a title rule whose post is written once for every person listed (北斗電機の社外取締役には、A氏と
    # B氏が就く: both take it; titles are otherwise never spread over a list)
    post_for_every_person: bool = False


class CueRule(_Strict):
    words: list[str] = Field(min_length=1)
    lemmas: list[str] = []  # dictionary forms that are the cue when they head a phrase (case frames only)
    object_particles: list[str]
    subject: list[str]
    object: list[str]
    confidence: Confidence = Field(ge=0, le=1)
    predicate: str | None = None  # default: the cue's key
    reverse: bool = False
    symmetric: bool = False
    # with subjects and no object (case frames): the place of an election, the target of stakes,
    # the company the previous sentence's deal was about (…Yを買収する。…株式を取得し、子会社化する),
    # the previous topic when the goods are the sentence's topic (Xは…。代替の機器はYが納入する: X's)
    context_object: Literal["election_place", "stake_target", "deal_target", "topic_customer"] | None = None
    relative_head_object: bool = False  # the noun a cue's clause modifies may be its object (本社のある東京)
    # the company a cue's clause modifies is its subject, whatever が comes before the clause (北斗電機
    # が大阪市に本社を置く南海化学を買収: 南海化学's head office; GiNZA may hang the sentence's が on it)
    relative_head_subject: bool = False
    # a clause with a subject and no object has the noun it modifies as object (北斗電機が出資する南海化学);
    # false where only a marked object can be one (Y向けに開発する企業X: X is no customer)
    relative_object: bool = True
    # a clause in the present that describes the company after it says what that company holds, not
    # what it does (Xを傘下に収めるY, Xを中核子会社とするY: Y holds X); only the past tells the deal
    # (Xを傘下に収めたY)
    relative_past_only: bool = False
    coordinated_pairs: bool = True  # a symmetric cue with no object relates the members of its subject list
    object_of_noun: bool = False  # «X»の輸出を禁止: the measure on X's exports targets X
    # Bの新型SUV「P」向けに供給: a product the object phrase names stands for the company before its の
    owner_object: bool = False
    object_from_clause: bool = False  # «X»が建設する工場に対し補助: the clause's subject is the object
    new_company_subject: bool = False  # Xを設立した。本社を…に置く: an unsaid subject is the new company
    detect_passive: bool = True  # read 〜された / 〜を受け after the cue as a passive
    passive_swaps_roles: bool = False  # XはYに買収された: Y acquires X
    passive_agent_particles: list[str] = ["に", "によって"]
    not_after: list[str] = []  # words that, right before a cue word, make it another word (記者会見)
    not_before: list[str] = []  # words that, right after a cue word, make it another word (規制緩和)
    # cue words whose clause describes what the parties make together, never a party of its own
    # (三菱重工業と今治造船が共同出資する設計会社: the company is invested in, not a partner)
    made_together: list[str] = []
    # cue words that make a と-partner one more subject (南海化学と共同開発した薬: 南海化学 develops it too)
    joint_words: list[str] = []
    # nominal cue words whose の-name is who acts, never the one acted on (南海化学のTOB: 南海化学 bids;
    # its target is written with へ or as its shares: 北斗電機へのTOB, 北斗株のTOB)
    genitive_agents: list[str] = []
    # "only": the cue reads only where what changes hands is money (Xから50億円を調達: X invests);
    # "never": never there (Xから部品を調達: X supplies, but not Xから50億円を調達)
    money: Literal["only", "never"] | None = None
    # ミライはAの出資で設立された: a nominal cue as the means of a passive clause (or 発足, 誕生) has
    # its の-names as subjects and the clause's subject as object
    means_genitive: bool = False
    # XはN年に設立された。A、B、Cなどが出資している: with subjects said and no object, the previous
    # topic is the object even where it is of a kind that could be a subject (the one acted on)
    topic_object_any_kind: bool = False
    # with no subject in the sentence, the previous sentence's topic is the subject (.carried); false
    # where only a subject the sentence says can be one (a tender offer's bidder)
    carried_subject: bool = True
    # with no company the topic of the sentence before, the article's company is the unsaid subject
    # (…きっかけは、X社の買収だった。22年にY社を傘下に収めた): for deals, which an article tells of
    # its company
    main_company_subject: bool = False
    # where the parse gave no frame, a name marked は/が before the cue word is its subject (.clause);
    # false: only the topic of a sentence the cue ends (政府は…採用するよう奨励した), for cues whose word
    # is mostly nominal or inside another clause (採用, 支援: 南海化学が手がける半導体を使う), where another
    # marked name seldom acts
    clause_subject: bool = True
    # 北斗電機は、南海化学による2回目のTOBが成立したと発表: a name with による right before the cue word
    # makes the act, and is never the object its に would make it (not where による names the agent of
    # another act the cue is about: 南海化学による値下げに対抗)
    agent_by_niyoru: bool = False


class ContextRule(_Strict):
    """A relation read off a mention's context (its nationality, its title) instead of a phrase."""

    id: str
    predicate: str
    confidence: Confidence = Field(ge=0, le=1)
    subject_types: list[str] = []  # empty: any type the section allows
    person_title: Literal["state", "place_head", "leads", "officer", "works_for", "minister"] | None = None
    object: str | None = None  # where the object comes from (title_without_organisation)
    object_confidence: Confidence = Field(default=0.9, ge=0, le=1)


class ContextRules(_Strict):
    nationality: list[ContextRule]
    title_without_organisation: list[ContextRule]


class GrammarWords(_Strict):
    """Word lists the case frames read (kg/relations/clauses.py, frames.py)."""

    light_verbs: list[str]  # 命令を下す, 提携を結ぶ: the cue noun is the predicate
    receiving_verbs: list[str]  # 出資を受ける: the giver is the subject
    reporting: list[str]  # 〜することを発表した: the clause is the reporter's own
    agent_nouns: list[str]  # 〜を手がける子会社: a relative clause's agent (its subject)
    nominalisers: list[str]  # 使うことを: a clause made a noun
    connectives: list[str]  # A、さらにB: words inside a list
    likewise: list[str]  # XやYと同じように
    counters: list[str]  # A、B、Cの3社: the noun summing up a list
    together: list[str]  # AはBとともに
    # AはBと共同で/組んで〜した: adverbs that make B one more actor of whatever A does
    jointly: list[str] = []
    means: list[str] = []  # XをベースにYを開発: X is what it is built on, not the cue's object
    new_company: list[str] = []  # 新会社, 合弁会社: the company the text introduced as new (newco.py)
    other_companies: list[str] = []  # Xのグループ会社に出資: the noun names another company than X
    # Aが、Bに出資する方向で検討: a noun of intention a clause modifies, whose subject is the clause's
    intentions: list[str] = []
    control: list[str] = []  # 子会社, 買収: words that say control of a company passes (no mere stake)
    coming_into_being: list[str] = []  # Aの出資で発足した: a clause whose subject the means act on
    # 提携を解消, 買収を断念, 出資を見送る: verbs right after a cue word that call the deal off
    called_off: list[str] = []
    # Xを相次いで傘下に収めた: verbs written as adverbs, whose objects are the verb's after them
    adverbial_verbs: list[str] = []
    # Xを子会社化したように、Yは…: the ending of a clause whose unsaid subject is the topic after it
    clauses_before_topic: list[str] = []
    # 自社の子会社とする: words for the subject itself; a cue's not_after word after one is its own
    own_words: list[str] = []


class RelationsFile(_Strict):
    not_distributed: list[str] = []
    one_object: list[str] = []  # predicates whose object never stands for a coordination (one parent)
    grammar: GrammarWords
    patterns: list[PatternRule]
    cues: dict[str, CueRule]
    context: ContextRules


MODELS: dict[str, type[_Strict]] = {
    "mentions": MentionsFile,
    "titles": TitlesFile,
    "generic": GenericFile,
    "ene": EneFile,
    "relations": RelationsFile,
}


def rule_path(name: str) -> str:
    return f"kg/data/rules/{name}.yaml"


def rule_error(name: str, where: str, what: str) -> KgError:
    """One error line: ``<what> (kg/data/rules/<name>.yaml: <where>)``."""
    return KgError(f"{what} in {where}", rule_path(name))


@cache
def rules(name: str) -> Any:
    """The rule file ``name`` (a key of :data:`MODELS`), validated against its model."""
    model = MODELS.get(name)
    if model is None:
        raise KgError(f"no rule file named {name!r}")
    return validate(model, load_yaml(DATA / "rules" / f"{name}.yaml"), rule_path(name))
