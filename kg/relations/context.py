"""Relations read off a mention's context rather than a phrase (``relations.yaml`` ``context``).

- ``nationality``: 米エヌビディア → basedIn 米国; トランプ米大統領 → leads 米国.
- ``title_without_organisation``: a person with a title and no organisation in the phrase
  leads the country named just before (中国は、習近平国家主席の…), the document's main
  country (a head of state), or the company the article is about (a chief executive).

Each rule names where its object comes from (``object``); :data:`OBJECT_FINDERS` maps those
names to functions, so the rules, their order and confidences are data.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from kg.mentions.nationality import HOME_COUNTRY
from kg.mentions.ruledata import title_regex
from kg.model import EntityKey, Mention
from kg.relations.hits import Hit
from kg.relations.newco import REACH as NEW_COMPANY_REACH
from kg.relations.newco import introduced
from kg.relations.ruleset import context_rules
from kg.relations.slots import Slotted
from kg.relations.state import DocumentState, topic
from kg.relations.titles import TitleBook, title_book
from kg.resolve import BANK_NAME, entity_key
from kg.rules import ContextRule, rule_error, rules

#: Text right before a person that names an organisation kg did not recognise: 「IAPの」, 「フジタ 」,
#: 「ぺんてる(」.
UNNAMED_ORGANISATION = re.compile(
    r"(?:(?:[^\s«»、。,「」『』()（）]{2,}|[(（][^()（）«»]{1,20}[)）])の"
    r"|[ァ-ヴA-Za-z][^\s«»、。,]{1,20}[ 　]"
    # ぺんてる(山田社長): the gloss of a name kg did not recognise (a slot's is read by the phrase rules)
    r"|[^\s«»、。,「」『』()（）:：][(（])$"
)
SUBJECT_AFTER = re.compile(
    r"^(?:[(（][^()（）]{0,30}[)）])?(?:は|が|も|には|では"
    # 南海建設の新たな体制では中村社長が続投し: the company whose management the sentence is about
    r"|の(?:新たな|新しい|新)?(?:体制|経営体制|経営陣|役員体制|役員人事|人事)(?:では|で|は|も))"
)
#: A company in the bracketed header a paragraph opens with (【北斗興産】…): what the paragraph is about.
HEADER = re.compile(r"^[【［\[]«(?:CO|ORG)#\d+»[】］\]]")
#: A company visited before the person is met (北斗自動車の元町工場(豊田市)を訪れ、山田社長らと懇談): the
#: visit is to the person's company.
VISITED = re.compile(
    r"(?:の(?:[^«»。、]{1,10}?(?:工場|本社|事業所|研究所|拠点|店舗)|«PLACE#\d+»)(?:[(（][^()（）]*[)）])?)?"
    r"を(?:訪れ|訪問し|視察し)"
)
#: Types whose nationality (``Mention.country``) can make a relation.
NATIONALITY_TYPES = ("Company", "Organization", "Person")
#: A country named at most this many characters before a head of state is the one they lead.
NEAR_COUNTRY = 15


def virtual_mention(name: str, entity: EntityKey, rule: str, confidence: float) -> Mention:
    """A mention not written in the sentence (a country named only by a prefix, the main country)."""
    return Mention(
        doc_id="",
        sent_index=-1,
        start=-1,
        end=-1,
        text=name,
        name=name,
        type="Country",
        rule=rule,
        confidence=confidence,
        entity=entity,
    )


def _rule_for(rules: list[ContextRule], m: Mention, title_class: str | None) -> ContextRule | None:
    for rule in rules:
        if rule.subject_types and m.type not in rule.subject_types:
            continue
        if rule.person_title is not None and rule.person_title != title_class:
            continue
        return rule
    return None


def nationality_hits(sl: Slotted, titles: TitleBook) -> list[Hit]:
    """A mention's nationality prefix or descriptor relates it to that country."""
    rules = context_rules().nationality
    names = {m.name: i for i, m in enumerate(sl.mentions) if m.type == "Country"}
    found = []
    for i, m in enumerate(sl.mentions):  # virtual slots added here are countries: never matched
        if not m.country or m.type not in NATIONALITY_TYPES:
            continue
        rule = _rule_for(rules, m, titles.title_class(m.title))
        if rule is None:
            continue
        j = names.get(m.country)
        if j is None:
            j = sl.add_virtual(
                virtual_mention(m.country, entity_key(m.country), rule.id, rule.object_confidence)
            )
        found.append(Hit(i, rule.predicate, j, rule.id, rule.confidence, distribute=False))
    return found


ObjectFinder = Callable[[Slotted, Mention, str, DocumentState, ContextRule], "int | None"]


def _country_in_sentence(
    sl: Slotted, m: Mention, title: str, state: DocumentState, rule: ContextRule
) -> int | None:
    countries = [j for j, c in enumerate(sl.mentions) if c.type == "Country" and c.sent_index >= 0]
    near = [j for j in countries if 0 <= m.start - sl.mentions[j].end <= NEAR_COUNTRY]
    return countries[0] if len(countries) == 1 and near else None


def _main_country(sl: Slotted, m: Mention, title: str, state: DocumentState, rule: ContextRule) -> int | None:
    """The document's country when it names only one (and none in this sentence)."""
    if state.main_country is None or state.countries_named != 1:
        return None
    if any(c.type == "Country" and c.sent_index >= 0 for c in sl.mentions):
        return None
    return sl.add_virtual(virtual_mention("", state.main_country, rule.id, rule.object_confidence))


def _salient_company(
    sl: Slotted, m: Mention, title: str, state: DocumentState, rule: ContextRule
) -> int | None:
    if state.salient is None or title in title_book().heads_of_bodies or _after_another_leader(sl, m, title):
        return None
    organisations = ("Company", "Organization", "Government")
    orgs_here = [c for j, c in enumerate(sl.mentions) if c.type in organisations and sl.written(j)]
    if orgs_here and not all(c.start > m.start for c in orgs_here):
        return None
    if any(c.entity == state.salient.entity and _quoted_by(sl, m, j) for j, c in enumerate(sl.mentions)):
        return None  # 山田社長は「南海郵政と組める…」: a partner's, most likely
    return sl.add_virtual(state.salient)


def _company_in_sentence(
    sl: Slotted, m: Mention, title: str, state: DocumentState, rule: ContextRule
) -> int | None:
    """The company or body this sentence is about: the first written one marked は, が, も, には or
    では (南海化学には取締役を派遣するが、山田社長は留任する: 南海化学's; 全国北斗協会は…山田副会長が
    会長に就任した, an organisation only when written before the person), not one inside a quote or
    a gloss that closes before the person (…(南海運輸が)運ぶのは…」(山田社長): what they said is
    about it), nor one inside a quote the person opens (山田社長は「南海郵政と…」); or one visited
    before the person is met (:data:`VISITED`); or the one a bracketed header names (:data:`HEADER`)."""
    at = len(sl.text)
    person, person_end = next((pos for k, pos in enumerate(sl.positions) if sl.mentions[k] is m), (at, at))
    topic_person = bool(PERSON_AS_TOPIC.match(sl.text, person_end))
    if selling := SELLERS_OF.match(sl.text, person_end):
        return int(selling.group(1))  # 山田会長や佐藤社長らからソラの株式をすべて取得: ソラ's officers
    if BANK_POST.fullmatch(title):
        banks = [j for j, c in enumerate(sl.mentions) if _written_bank(sl, j) and not _quoted_by(sl, m, j)]
        if len({sl.mentions[j].entity for j in banks}) == 1:
            return banks[0]  # 北斗銀行本店で…松岡頭取と根岸社長が署名した: the one bank written
    for j, c in enumerate(sl.mentions):
        if c.type in ("Company", "Organization") and c.sent_index >= 0 and c is not m:
            end = sl.positions[j][1]
            if _closes(sl.text[end:person]) or _quoted_by(sl, m, j):
                continue  # 山田社長は「南海郵政と組めるのは…」と話した: what they said is about it
            if c.type == "Organization" and (end > person or _opens(sl.text[end:person])):
                continue  # 北斗通信社は「…山田会長主導で…」と伝えた: a body written after the person, or
                # reporting on someone else, is not theirs
            if _other_party(sl, m, j):
                continue  # 山田社長と、筆頭株主の北斗商事が対立: the other party, not the person's own
            if topic_person and end > person:
                continue  # 朴会長は…、北斗産業が出資: the topic is the person, a company after is another's
            if SUBJECT_AFTER.match(sl.text[end : end + 40]) or (end < person and VISITED.match(sl.text, end)):
                return j
            if HEADER.match(sl.text) and sl.positions[j][0] == 1:
                return j  # 【北斗興産】創業家の山田一郎社長と…: the header's company
    return None


#: People the shares of a company are bought from (創業者の山田会長や佐藤社長らから«CO»の株式を): that
#: company's officers, whoever buys.
SELLERS_OF = re.compile(
    r"(?:氏|さん)?(?:[(（][^()（）«»]{0,12}[)）])?(?:(?:や|、|と)«PER#\d+»(?:氏|さん)?(?:[(（][^()（）«»]{0,12}[)）])?)*"
    r"(?:ら|など)?から、?«CO#(\d+)»の(?:発行済み?|全)?株"
)
#: A person marked as the sentence's topic (朴会長は, 山田氏(60)は).
PERSON_AS_TOPIC = re.compile(r"(?:氏|さん)?(?:[(（][^()（）]{0,12}[)）])?は")
#: A person then と and another party (山田社長と、筆頭株主の«CO»が): two sides, not one.
PARTY_AFTER_PERSON = re.compile(
    r"(?:氏|さん)?(?:[(（][^()（）]{0,12}[)）])?と、?[^«»。、]{0,12}?«(?:CO|ORG)#\d+»"
)


def _other_party(sl: Slotted, m: Mention, j: int) -> bool:
    """Whether slot ``j`` is written right after the person ``m`` and と: the other side of the two."""
    end = next((e for k, (_s, e) in enumerate(sl.positions) if sl.mentions[k] is m), None)
    if end is None or sl.positions[j][0] < end:
        return False
    found = PARTY_AFTER_PERSON.match(sl.text, end)
    return found is not None and found.end() == sl.positions[j][1]


def _written_bank(sl: Slotted, j: int) -> bool:
    """Whether slot ``j`` is a bank written in the sentence."""
    c = sl.mentions[j]
    return c.type == "Company" and sl.written(j) and bool(BANK_NAME.search(c.text))


def _quoted_by(sl: Slotted, m: Mention, j: int) -> bool:
    """Whether slot ``j`` is written inside a quote opened after the person ``m`` (山田社長は「…«j»…」)."""
    person = next((e for k, (_s, e) in enumerate(sl.positions) if sl.mentions[k] is m), None)
    if person is None or not sl.written(j) or sl.positions[j][0] < person:
        return False
    return _opens(sl.text[person : sl.positions[j][0]])


def _opens(between: str) -> bool:
    """Whether ``between`` opens more quotes than it closes."""
    return len(re.findall(r"[「『]", between)) > len(re.findall(r"[」』]", between))


def _closes(between: str) -> bool:
    """Whether ``between`` closes more quotes or parentheses than it opens."""
    opened = len(re.findall(r"[「『(（]", between))
    return len(re.findall(r"[」』)）]", between)) > opened


def _main_company(sl: Slotted, m: Mention, title: str, state: DocumentState, rule: ContextRule) -> int | None:
    """The company the article is about (see :func:`_company_of_context`); not for a leader written
    right after another leader (田中社長と山田CEOが調印した / 握手する田中社長(右)と山田理事長: two
    parties, the second one's body left unsaid; 田中社長と山田会長: one company's)."""
    if _after_another_leader(sl, m, title):
        return None
    return _company_of_context(sl, m, title, state.main_company)


#: A person, then と or a comma, right before another person: two named side by side.
PERSON_BEFORE = re.compile(r"«PER#(\d+)»(?:氏|さん)?(?:[(（][^()（）«»]{0,8}[)）])?(?:と|、|や)、?$")


def _bare_title(title: str | None) -> str | None:
    """The post a person's title names (代表取締役社長 of 北斗電機代表取締役社長 is written alone)."""
    return title_book().last_in(title) if title else None


def _after_another_leader(sl: Slotted, m: Mention, title: str) -> bool:
    """Whether the person ``m`` is written right after another person (Aと B) and their two titles
    head two bodies (:meth:`TitleBook.heads_another_body`)."""
    for k, (start, _end) in enumerate(sl.positions):
        if sl.mentions[k] is m:
            before = PERSON_BEFORE.search(sl.text, 0, start)
            other = sl.mentions[int(before.group(1))] if before is not None else None
            return (
                other is not None
                and other.entity != m.entity
                and title_book().heads_another_body(title, _bare_title(other.title))
            )
    return False


def _company_of_context(sl: Slotted, m: Mention, title: str, company: Mention | None) -> int | None:
    """``company``, taken from the text before, as the one the person with ``title`` holds the post
    at; unless the sentence names another body before the person (南海証券との締結式には、佐伯社長らが
    出席した: whose 社長 the sentence does not say) or the person speaks of it in a quote (山田社長は
    「南海郵政と組めるのは…」: a partner's, most likely)."""
    if company is None or title in title_book().heads_of_bodies:
        return None  # 山中伸弥所長: a head of an institute, not of the article's company
    return _body_of_context(sl, m, company)


def _body_of_context(sl: Slotted, m: Mention, body: Mention) -> int | None:
    """``body``'s slot for the person ``m``: where the sentence writes it, unless the person quotes it
    or it is the other party; else a virtual slot, unless another body is written before the person."""
    for j, c in enumerate(sl.mentions):
        if c.entity == body.entity:
            if ORIGIN_AFTER_BODY.match(sl.text, sl.positions[j][1]):
                return None  # 北斗商事出身の山田社長: where the person came from, not where they are
            return None if _quoted_by(sl, m, j) or _other_party(sl, m, j) else j
    if _another_body_before(sl, m, body):
        return None
    return sl.add_virtual(body)


#: A body's name followed by the word that makes it where a person came from (北斗商事出身の山田社長).
ORIGIN_AFTER_BODY = re.compile(r"[」』]?(?:の)?(?:出身|OB)")


def _another_body_before(sl: Slotted, m: Mention, company: Mention) -> bool:
    """Whether a company, organisation or government other than ``company`` is written before ``m``,
    not as the organisation of another person (南海化学元社長の川上氏は…、森田副社長は: the article's),
    nor as the place of the event (南山県庁(水戸市)で記者会見した松本社長は)."""
    bodies = ("Company", "Organization", "Government")
    return any(
        c.type in bodies
        and c.entity != company.entity
        and c.start < m.start
        and not PERSON_AFTER_ORGANISATION.match(sl.text, sl.positions[j][1])
        and not VENUE_AFTER_ORGANISATION.match(sl.text, sl.positions[j][1])
        for j, c in enumerate(sl.mentions)
        if sl.written(j)
    )


#: A building of the organisation, where something took place: 県庁で, 本社(東京)で, 本店で.
VENUE_AFTER_ORGANISATION = re.compile(r"(?:庁舎|本社|本店|本部|会館)?(?:[(（][^()（）]*[)）])?で(?![はもあ])")
#: A person right after an organisation's name: its person (南海化学の川上氏, 南海化学元社長の川上氏).
PERSON_AFTER_ORGANISATION = re.compile(r"(?:・|[^«»。、()（）]{0,10}の)?«PER#\d+»")


def _previous_theme_company(
    sl: Slotted, m: Mention, title: str, state: DocumentState, rule: ContextRule
) -> int | None:
    """The company the sentence before was about (its theme, marked は), when that is another company
    than the article's main one (北斗電機は…。南海化学は部品を供給する。田中社長は「…」: 南海化学's
    社長; not 電池は南海化学が組み立てる: a subject, not what the text goes on about) and not a unit
    named after it (北斗電機アメリカ: the person is the main company's, speaking of it)."""
    topic, main = state.previous_theme, state.main_company
    if topic is None or topic.type != "Company" or main is None or topic.entity == main.entity:
        return None
    if topic.name.startswith(main.name) or topic.text.startswith(main.text):
        return None
    return _company_of_context(sl, m, title, topic)


def _previous_theme_body(
    sl: Slotted, m: Mention, title: str, state: DocumentState, rule: ContextRule
) -> int | None:
    """The organisation the sentence before was about (北斗財団は支援を決めた。山田一郎理事長は…): the
    body a leading title with no organisation named heads (a company's is title.main_company's);
    not when the sentence names another body before the person, nor one the person quotes."""
    topic = state.previous_theme
    if topic is None or topic.type != "Organization":
        return None
    return _body_of_context(sl, m, topic)


def _place_of_title(
    sl: Slotted, m: Mention, title: str, state: DocumentState, rule: ContextRule
) -> int | None:
    """The place a 知事 or 市長 heads: the nearest place before them whose name fits the title."""
    titles = title_book()
    here = [
        j
        for j, c in enumerate(sl.mentions)
        if c.type == "Place" and c.sent_index >= 0 and c.end <= m.start and titles.heads_place(title, c.name)
    ]
    if here:
        return here[-1]
    for c in reversed(state.places):
        if titles.heads_place(title, c.name):
            for j, d in enumerate(sl.mentions):
                if d.entity == c.entity:
                    return j
            return sl.add_virtual(c)
    return None


def _ministry_of_title(
    sl: Slotted, m: Mention, title: str, state: DocumentState, rule: ContextRule
) -> int | None:
    """The ministry a minister's title names (斎藤経産相: 経済産業省), when the document names it."""
    keys = {entity_key(name) for name in title_book().ministry_names(title)}
    keys |= {entity_key(e.name) for name in title_book().ministry_names(title) if (e := _lexicon_entry(name))}
    for j, c in enumerate(sl.mentions):
        if c.type == "Government" and c.entity in keys:
            return j
    for c in reversed(state.governments):
        if c.entity in keys:
            return sl.add_virtual(c)
    return None


def _part_of_a_named_leader(m: Mention, state: DocumentState) -> bool:
    """ソムチャイ首相 after ソムチャイ・ウォン首相 (whose country was found): the same leader."""
    return _part_of_a_fuller_name(m, state.people_with_role)


def _part_of_a_fuller_name(m: Mention, people: set[EntityKey]) -> bool:
    """Whether ``m`` is the part of the name that begins or ends the full one of one of ``people``
    (田中 of 田中一郎): the same person; resolution links the two later."""
    part = m.entity.norm if m.entity is not None else ""
    fuller = [k.norm for k in people if k.norm != part]
    return len(part) >= 2 and any(k.startswith(part) or k.endswith(part) for k in fuller)


#: An organisation written right before a person (南海化学の田中一郎社長, 南海化学社長の田中一郎氏,
#: 南海化学・田中一郎社長), not across a comma or another name.
ORGANISATION_BEFORE = re.compile(r"«(?:CO|ORG|GOV)#\d+»(?:の|・|[^«»。、()（）]{1,10}の)?$")
#: A person written inside the parenthesised gloss right after an organisation (北斗神戸(HK、木下学社長),
#: 北斗工業(明石市、山田一郎社長)).
IN_ORGANISATION_GLOSS = re.compile(r"«(?:CO|ORG|GOV)#\d+»[(（](?:[^()（）«»]|«(?:PLACE|CTRY)#\d+»){0,30}$")
#: An organisation written right after a person's name, whose post they hold (田中一郎・南海化学社長,
#: 田中一郎南海化学社長), or in parentheses (田中一郎氏(南海化学会長)).
ORGANISATION_AFTER = re.compile(r"(?:氏|さん)?・?«(?:CO|ORG|GOV)#\d+»")
ORGANISATION_IN_PARENTHESES = re.compile(r"(?:氏|さん)?[(（]«(?:CO|ORG|GOV)#\d+»")


def named_with_organisation(sl: Slotted, i: int) -> bool:
    """Whether person ``i`` is written with their organisation: right before or after them, or in
    parentheses when they carry no title of their own (前田一郎社長(南海化学会長): a second post; the
    bare 社長 is the article's company's, as a later 前田社長 is)."""
    start, end = sl.positions[i]
    if ORGANISATION_BEFORE.search(sl.text[:start]) or ORGANISATION_AFTER.match(sl.text, end):
        return True
    if IN_ORGANISATION_GLOSS.search(sl.text[:start]):
        return True  # 北斗神戸(HK、木下学社長): the chief in the company's own gloss
    return not sl.mentions[i].title and bool(ORGANISATION_IN_PARENTHESES.match(sl.text, end))


def _home_country(sl: Slotted, m: Mention, title: str, state: DocumentState, rule: ContextRule) -> int | None:
    """日本 for a 首相 written with no country right before (英国のスターマー首相: 英国's; titles.yaml
    ``home_by_default``)."""
    if title not in rules("titles").home_by_default or m.country is not None:
        return None
    if _part_of_a_named_leader(m, state):
        return None
    if any(
        c.type == "Country" and sl.written(j) and 0 <= m.start - c.end <= NEAR_COUNTRY
        for j, c in enumerate(sl.mentions)
    ):
        return None
    key = entity_key(HOME_COUNTRY)
    return sl.add_virtual(virtual_mention(HOME_COUNTRY, key, rule.id, rule.object_confidence))


def _lexicon_entry(name: str):
    from kg.lexicon import load_lexicon

    return load_lexicon().lookup(name)


def _new_company_of_roster(
    sl: Slotted, m: Mention, title: str, state: DocumentState, rule: ContextRule
) -> int | None:
    """新会社の役員は次の通り。▽取締役=山田英之、板橋好和: the people of a roster line (▽) hold their posts
    at the company the text last introduced as new."""
    recent = state.sentences - state.new_company_at <= ROSTER_REACH
    if state.new_company is None or not recent or not ROSTER_LINE.match(sl.text):
        return None
    return _body_of_context(sl, m, state.new_company)


#: How many sentences after the new company a roster may come (its heading, then a line per post).
ROSTER_REACH = 6
#: A line of a roster of posts and names (▽取締役=…, ▽社長　山田一郎).
ROSTER_LINE = re.compile(r"^\s*[▽▼◇◆・]")


OBJECT_FINDERS: dict[str, ObjectFinder] = {
    "new_company_of_roster": _new_company_of_roster,
    "country_in_sentence": _country_in_sentence,
    "main_country": _main_country,
    "salient_company": _salient_company,
    "company_in_sentence": _company_in_sentence,
    "main_company": _main_company,
    "previous_theme_company": _previous_theme_company,
    "previous_theme_body": _previous_theme_body,
    "place_of_title": _place_of_title,
    "ministry_of_title": _ministry_of_title,
    "home_country": _home_country,
}


@lru_cache(maxsize=1)
def _title_rules() -> list[ContextRule]:
    rules = context_rules().title_without_organisation
    for i, rule in enumerate(rules):
        if rule.object not in OBJECT_FINDERS:
            where = f"context.title_without_organisation[{i}] ({rule.id}).object"
            raise rule_error(
                "relations", where, f"unknown object {rule.object!r} (known: {', '.join(OBJECT_FINDERS)})"
            )
    return rules


def title_hits(sl: Slotted, earlier: list[Hit], state: DocumentState, titles: TitleBook) -> list[Hit]:
    """People with a title and no role found by a phrase rule (here or in an earlier sentence)."""
    rules = _title_rules()
    has_role = {h.subject for h in earlier if h.predicate in ("leads", "worksFor")}
    found = []
    for i, m in enumerate(sl.mentions):  # virtual slots added here are never people
        if m.type != "Person" or i in has_role or m.entity in state.people_with_role:
            continue
        if _part_of_a_fuller_name(m, state.people_of_named_org):
            continue  # 田中社長 after 南海化学の田中一郎社長: their organisation is known
        appointed = appointed_title(sl, i, titles)
        title = appointed or m.title
        if not title:
            continue
        if not appointed and _unnamed_organisation_before(sl.text[: sl.positions[i][0]], titles):
            continue  # SBIの北尾社長: the organisation is written there, only not recognised
        if not appointed and _in_gloss_of_unnamed(sl, i):
            continue  # 福井めがね工業(本社鯖江市、田畑社長): the gloss's name, only not recognised
        if not appointed and titles.title_class(title) == "leads" and _listed_with_the_same_post(sl, i):
            continue  # 握手する田名部社長と中村社長: two presidents, two companies, neither said
        unnamed = "" if appointed else _unnamed_organisation_after(sl.text[sl.positions[i][1] :])
        if unnamed:
            # 外間広一・タクア社長: the same, written after a middle dot; a company named before under
            # that name (鈴木孝雄・MVJ会長, MVJ glossed as an alias) is the one
            known = _company_known_as(unnamed, state)
            predicate = POST_PREDICATE.get(titles.title_class(title) or "")
            if known is not None and predicate is not None:
                j = sl.add_virtual(known)
                found.append(Hit(i, predicate, j, KNOWN_ALIAS_RULE, 0.6, distribute=False))
            continue
        title_class = titles.title_class(title)
        for rule in rules:
            if rule.person_title != title_class:
                continue
            j = OBJECT_FINDERS[rule.object](sl, m, title, state, rule)
            if j is not None and not _fits_title(title, sl.mentions[j]):
                continue  # 松岡頭取 and the insurer it signed with: a 頭取 heads a bank
            if j is not None:
                found.append(Hit(i, rule.predicate, j, rule.id, rule.confidence, distribute=False))
                break
    return found


def with_unnamed_organisation(sl: Slotted, titles: TitleBook) -> list[EntityKey]:
    """People written with a title right after an organisation kg did not recognise (漁協の阿部国雄組合長,
    福井めがね工業(本社鯖江市、田畑周徳社長)): their post is at that organisation, so a later bare title
    (阿部組合長は) is not the article's main company's."""
    return [
        m.entity
        for i, m in enumerate(sl.mentions)
        if m.type == "Person"
        and m.entity
        and m.title
        and sl.written(i)
        and (
            _unnamed_organisation_before(sl.text[: sl.positions[i][0]], titles) or _in_gloss_of_unnamed(sl, i)
        )
    ]


#: Between two people listed together: an honorific, a gloss in parentheses, と or a comma.
PEOPLE_LISTED = re.compile(r"^(?:氏|さん)?(?:[(（][^()（）«»]{0,8}[)）])?(?:と|、|や)$")


def _listed_with_the_same_post(sl: Slotted, i: int) -> bool:
    """Whether person ``i`` is listed right beside another person with the same title (田名部社長(左)と
    中村社長): two holders of one post, each at a company of their own."""
    title = sl.mentions[i].title
    if not title:
        return False
    for j, other in enumerate(sl.mentions):
        if j == i or other.type != "Person" or other.title != title or not sl.written(j):
            continue
        first, second = sorted((i, j), key=lambda k: sl.positions[k][0])
        if PEOPLE_LISTED.match(sl.text[sl.positions[first][1] : sl.positions[second][0]]):
            return True
    return False


#: A company, an organisation or a government's slot right before a gloss opens (北斗電機(…).
GLOSSED_BODY = re.compile(r"«(?:CO|ORG|GOV)#\d+»[」』]?(?:株式会社|社)?$")


def _in_gloss_of_unnamed(sl: Slotted, i: int) -> bool:
    """Whether person ``i`` is written inside parentheses opened after a word that is no body kg found
    (福井めがね工業(本社鯖江市、田畑周徳社長), (写真説明:左から…横尾市長、…)): the gloss says whose post
    it is, and that is no company of the context (not 「…」(山田社長): who said the quote)."""
    before = sl.text[: sl.positions[i][0]]
    opened = max(before.rfind("("), before.rfind("（"))
    if opened < 0 or max(before.rfind(")"), before.rfind("）")) > opened:
        return False
    return not GLOSSED_BODY.search(before[:opened]) and not before[:opened].endswith(("」", "』"))


#: The edge a post's class gives the person who holds it: a leading title leads, an officer's works for.
POST_PREDICATE = {"leads": "leads", "officer": "worksFor"}
#: The word after a person and a middle dot, up to the next break: 山田一郎・タクア社長.
DOTTED_AFTER_PERSON = re.compile(r"・([^\s«»、。,・()（）「」]{2,24})")


def _unnamed_organisation_after(text: str) -> str:
    """A word kg did not recognise between the person, a middle dot and their title (山田一郎・
    タクア社長: タクア; not 山田一郎・代表取締役社長, titles alone); else an empty string."""
    found = DOTTED_AFTER_PERSON.match(text)
    title = title_regex().search(found.group(1)) if found else None
    return found.group(1)[: title.start()] if found and title is not None else ""


#: The rule id of a post at a company written by a name it was glossed with before.
KNOWN_ALIAS_RULE = "title.company_known_by_alias"


def _company_known_as(word: str, state: DocumentState) -> Mention | None:
    """The company named before that the text wrote as ``word`` (MVJ, glossed as its alias)."""
    return next((m for m in state.first_seen.values() if word in (m.text, m.name, *m.aliases)), None)


#: Posts only a bank has (頭取, 副頭取); kg.resolve.BANK_NAME says which names are banks'.
BANK_POST = re.compile(r"(?:副)?頭取")


#: Posts only a cooperative has (組合長, 副組合長), and the words that name one (北斗漁協, JA南海).
COOPERATIVE_POST = re.compile(r"(?:副)?組合長")
COOPERATIVE_NAME = re.compile(r"組合|漁協|農協|生協|漁連|経済連|JA|ＪＡ")


def _fits_title(title: str, organisation: Mention) -> bool:
    """Whether a person with ``title`` can head or work for ``organisation`` (a 頭取 a bank only, a
    組合長 a cooperative only)."""
    if COOPERATIVE_POST.fullmatch(title):
        return bool(COOPERATIVE_NAME.search(organisation.text))
    return not BANK_POST.fullmatch(title) or organisation.type != "Company" or bool(
        BANK_NAME.search(organisation.text)
    )


def _unnamed_organisation_before(text: str, titles: TitleBook) -> bool:
    """An organisation kg did not recognise is written right before the person (SBIの北尾社長); not
    a title of theirs, the whole word before の (常務執行役員の川村誠氏, 社長の村上和也氏, 現社長の山田氏;
    not 元社長の, 子会社社長の)."""
    found = UNNAMED_ORGANISATION.search(text)
    if found is None:
        return False
    word = found.group(0)[:-1]
    if AGE.search(word):
        return False  # 社長として46歳の山田氏が: an age, not an organisation
    if word.endswith(ORIGIN_WORDS):
        return False  # 愛媛県出身の杉野副会長: where the person comes from, not an organisation
    title = titles.last_in(word)
    if title in UNIT_HEADS:
        return False  # 取締役経営企画本部本部長の山田氏, 営業部長の山田氏: the unit's name, of the company
    current = word.startswith("現") and _only_titles(word[1:])  # 現社長の山田氏: the post held now
    return word != title and not _only_titles(word) and not current


def _only_titles(word: str) -> bool:
    """代表取締役社長兼CEO, 会長・CEO: posts joined by 兼 or a dot, and nothing else."""
    rest = title_regex().sub("", word)
    return not re.sub(r"[兼・、(（)）]", "", rest)


#: Posts that head a unit inside an organisation, whose name is written before them (営業本部長).
UNIT_HEADS = frozenset({"本部長", "部長", "室長", "部門長", "事業部長", "課長", "ユニット長"})
#: Words of where a person comes from or whose family they are, written before them (愛媛県出身の山田氏,
#: 創業家の山田社長, 創業者の山田会長): no organisation.
ORIGIN_WORDS = (
    "出身", "生まれ", "創業家", "創業者", "創業一族", "一族", "オーナー", "長男", "次男", "長女", "甥"
)
#: An age written before a person (46歳の山田氏).
AGE_WORD = r"[0-9０-９]{1,3}歳"
AGE = re.compile(f"{AGE_WORD}$")


#: 山田氏が社長に就任 / 社長に山田副社長が昇格 / 山田氏を社長に選んだ / 社長に山田氏を充てる / 社長に
#: 山田氏が就き: the post a person is appointed to.
APPOINTED = "(?:就任|就く|就き|就い|昇格|昇進|起用|選任|内定|指名|選出|選ん|選ば|据え|充て|迎え)"
#: Appointed, or joining a board whose post the sentence names first (取締役には…が加わった).
APPOINTED_OR_JOINED = APPOINTED[:-1] + "|加わ)"


#: What may follow a person's name before the case particle: an honorific, an age in parentheses,
#: and other people coordinated with them (山田一郎氏と佐藤花子氏が取締役に就任: both take the post).
COORDINATED_PEOPLE = (
    r"(?:(?:氏|さん)?(?:[(（][^()（）]{0,8}[)）])?(?:と|、|や)«PER#\d+»)*(?:氏|さん)?(?:[(（][^()（）]{0,8}[)）])?"
)


def appointed_title(sl: Slotted, i: int, titles: TitleBook) -> str | None:
    """The post person ``i`` takes up in this sentence (新社長に就任する), which says more than the
    title they carry now (山田一郎副社長が社長に昇格: 社長)."""
    start, end = sl.positions[i]
    # 山田氏が社長に就任 / 山田氏が社長となり / 山田氏が代表取締役社長を務めてきた (not 委員長を務める
    # 委員会: a clause) /
    # 山田一郎・専務執行役員(59)を社長に昇格させる / 山田一郎・北斗電機常務が社長に就く (the post held now
    # after a middle dot)
    after = re.match(
        rf"^(?:・(?:[^«»。、()（）]|«(?:CO|ORG|GOV)#\d+»){{1,20}}?(?=[(（]|が|は|も|を))?{COORDINATED_PEOPLE}"
        rf"(?:が|は|も|を)、?([^«»。、]{{0,24}}?)(?:(?:に|へ)"
        rf"(?:[^«»。、]{{0,4}}){APPOINTED}|を(?:務め(?:て|た|、)|歴任)|(?:と|に)(?:なり|なる|なっ))",
        sl.text[end:],
    )
    if after:
        return titles.last_in(after.group(1))
    # 社長に山田氏が / 社長には北斗銀行の山田頭取が (the company of the post they hold now) / 次期社長として
    # 46歳の山田氏が就任 / 社長には米国公認会計士の山田氏が就き (a description of the person)
    before = re.search(
        rf"([^«»。、]{{1,16}}?)(?:に|へ|として)は?、?(?:{AGE_WORD}の)?(?:«(?:CO|ORG|GOV)#\d+»の)?"
        rf"(?:(?:«(?:CTRY|PLACE)#\d+»)?[^«»。、はがをにへ]{{1,10}}?の)?$",
        sl.text[:start],
    )
    if before and re.match(
        rf"^[^«»。、()（）]{{0,8}}?(?:氏|さん)?(?:[(（][^()（）]{{0,8}}[)）])?(?:が|は|を)、?"
        rf"(?:{SECOND_POST_FILLED})?[^«»。、]{{0,6}}?{APPOINTED}",
        sl.text[end:],
    ):
        return titles.last_in(before.group(1))
    # 社長に就任した山田氏 / 後任の社長となった山田氏: the post a relative clause before the person says
    # they took up
    took = POST_TAKEN_BEFORE.search(sl.text, 0, start)
    return titles.last_in(took.group(1)) if took else None


#: A relative clause right before a person, saying they took up a post (社長に就任した«PER»,
#: 後任の社長となった«PER»).
POST_TAKEN_BEFORE = re.compile(
    r"(?:^|[、。]|(?<=[はがも]))([^«»。、]{1,12}?)(?:に(?:就任|昇格|昇進)した|に就いた|となった|になった)$"
)


#: 会長には«PER»が、社長には北斗電機の«PER»が就任する: a second post and its person between the first
#: person and the verb both share.
SECOND_POST_FILLED = (
    r"[^«»。、]{1,16}?(?:に|へ)は?、?(?:«(?:CO|ORG|GOV)#\d+»の)?«PER#\d+»[^«»。、()（）]{0,8}?"
    r"(?:[(（][^()（）]{0,8}[)）])?(?:が|は)、?"
)


#: 南海化学の社長に山田氏が就く / 山田氏が南海化学の社長に就く: the organisation of the post is named.
POST_ORG_BEFORE = re.compile(r"«(?:CO|ORG|GOV)#\d+»(?:の|では|で)、?[^«»。、]{0,16}(?:に|へ|には)、?$")
POST_ORG_AFTER = re.compile(rf"^{COORDINATED_PEOPLE}(?:が|は|も|を)、?«(?:CO|ORG|GOV)#\d+»")


def _post_named(sl: Slotted, i: int) -> bool:
    start, end = sl.positions[i]
    return bool(POST_ORG_BEFORE.search(sl.text[:start]) or POST_ORG_AFTER.match(sl.text[end:]))


#: The rule id of :func:`appointed_to_new_company`.
APPOINTED_NEW_COMPANY = "title.appointed_new_company"


def appointed_to_new_company(
    sl: Slotted, sent_index: int, newco: Mention | None, earlier: list[Hit]
) -> list[Hit]:
    """山田一郎氏が社長に就任する, right after a new company was introduced and with no organisation
    named for the post: the person takes the post at the new company (``leads`` for a leading
    title, ``worksFor`` for an officer's)."""
    here = introduced(sl)
    if here is not None:
        newco = here  # 持ち株会社「X」を設立し、社長には…が就く
    elif newco is None or sent_index - newco.sent_index > NEW_COMPANY_REACH:
        return []
    elif any(m.type == "Company" and m.entity == newco.entity for m in sl.mentions):
        return []  # named here: the phrase rules read the sentence
    titles = title_book()
    found = []
    for i, m in enumerate(sl.mentions):
        post = appointed_title(sl, i, titles) if m.type == "Person" else None
        predicate = POST_PREDICATE.get(titles.title_class(post) or "")
        if predicate is None or _post_named(sl, i):
            continue
        if any(h.subject == i and sl.mentions[h.object].entity == newco.entity for h in earlier):
            continue
        j = next((k for k, c in enumerate(sl.mentions) if c is newco), None)
        found.append(Hit(i, predicate, sl.add_virtual(newco) if j is None else j, APPOINTED_NEW_COMPANY, 0.6))
    return found


#: The rule id of :func:`appointed_to_topic`.
APPOINTED_TOPIC = "title.appointed_to_topic"
#: A person of their own organisation: 北斗電機の«PER», 北斗協会・南海連合会の«PER», «PER»北斗電機社長 (the
#: organisation and its post after the name).
_PERSON_OF_ORG = (
    r"(?:(?:«(?:CO|ORG|GOV)#\d+»[・、]?)+の«PER#\d+»(?:氏|さん)?"
    r"|«PER#\d+»・?«(?:CO|ORG|GOV)#\d+»(?:社長|会長|頭取|代表|理事長|CEO|最高経営責任者))"
)
#: 新会長に北斗電機の«PER»が就任 / 新副会長には北斗電機の«PER»と南海協会の«PER»が昇任 / 次期会長を北斗電機
#: の«PER»とする: a post with no organisation of its own, then the people appointed, each written with
#: their own organisation (or the person first: 北斗電機の«PER»が会長に就任).
#: 会長には北斗電機の«PER»が、社長には南海化学の«PER»が就任する: the next post and its person, before the
#: verb both share.
_NEXT_POST_FILLED = (
    rf"[^«»。、]{{1,16}}?(?:に|へ)は?、?{_PERSON_OF_ORG}(?:[(（][^()（）]{{0,8}}[)）])?(?:が|は)、?"
)
POST_THEN_PEOPLE = re.compile(
    rf"(?<![«»の])(?P<post>[^«»。、]{{1,16}}?)(?:に|へ)は?、?(?P<people>{_PERSON_OF_ORG}(?:(?:と|、|や){_PERSON_OF_ORG})*)"
    rf"(?:が|は|を)、?(?=(?:{_NEXT_POST_FILLED})*[^«»。、]{{0,6}}?{APPOINTED_OR_JOINED})"
    # 次期会長を北斗電機の«PER»とする人事を決めた
    rf"|(?<![«»の])(?P<post2>[^«»。、]{{1,16}}?)を、?(?P<people2>{_PERSON_OF_ORG})(?:[(（][^()（）]{{0,8}}[)）])?とする"
    # 北斗電機の«PER»(62)が会長に就任し: the person first, then the post
    rf"|(?P<people3>{_PERSON_OF_ORG})(?:[(（][^()（）]{{0,8}}[)）])?(?:が|は)、?(?P<post3>[^«»。、]{{1,12}}?)(?:に|へ)"
    rf"[^«»。、]{{0,4}}?{APPOINTED}"
)


def appointed_to_topic(
    sl: Slotted, earlier: list[Hit], previous_theme: Mention | None = None, newco: Mention | None = None
) -> list[Hit]:
    """北斗協会は総会を開き、新会長に北斗電機の山田社長が就任した: people appointed to a post the sentence
    names no organisation for take it at the sentence's topic (``leads`` for a leading title,
    ``worksFor`` for an officer's), besides the post at their own organisation. A sentence with no
    topic that opens with the post takes the previous sentence's theme (北斗電機は新社長を決めた。
    社長には南海化学の山田取締役が就任する), and so does one with the person first after a sentence about
    an organisation (:func:`_people_then_post`). A post at the new company the text introduced
    (:func:`appointed_to_new_company` or a phrase rule found it: a post at ``newco``) is no post at the
    theme too."""
    said = topic(sl)
    if said is not None and said.type in ("Company", "Organization"):
        t = sl.mentions.index(said)
        matches = POST_THEN_PEOPLE.finditer(sl.text, sl.positions[t][1])
    else:
        matches = _posts_opening(sl.text) if _theme_carries_over(sl, previous_theme) else []
        if not matches and _theme_carries_over(sl, previous_theme) and previous_theme.type == "Organization":
            matches = _people_then_post(sl.text)
        if not matches:
            return []
        t = sl.add_virtual(previous_theme)
    titles = title_book()
    found = []
    for m in matches:
        post = m.group("post") or m.group("post2") or m.group("post3")
        people = m.group("people") or m.group("people2") or m.group("people3")
        title_class = titles.title_class(titles.last_in(post)) or ""
        predicate = POST_PREDICATE.get(title_class)
        if predicate is None:
            continue
        for i in (int(x) for x in re.findall(r"«PER#(\d+)»", people)):
            new_company_post = any(
                h.subject == i and (h.rule == APPOINTED_NEW_COMPANY or _of_company(sl, h.object, newco))
                for h in earlier
            )
            if not new_company_post and not any(h.subject == i and h.object == t for h in earlier):
                found.append(Hit(i, predicate, t, APPOINTED_TOPIC, 0.6))
    return found


def _of_company(sl: Slotted, i: int, company: Mention | None) -> bool:
    """Slot ``i`` stands for ``company``."""
    return company is not None and sl.mentions[i].entity == company.entity


#: What says which kind of post, not whose (非常勤の取締役には, 社外の取締役には).
POST_KIND_OF = re.compile(r"(?:非常勤|常勤|社外|新た)の")


def _posts_opening(text: str) -> list[re.Match[str]]:
    """The posts filled from the start of a sentence on, one right after the other (会長には…が、
    社長には…が就く)."""
    found: list[re.Match[str]] = []
    for m in POST_THEN_PEOPLE.finditer(text):
        if not m.group("post") or m.start() != (found[-1].end() if found else 0):
            break
        if "の" in POST_KIND_OF.sub("", m.group("post")):
            break  # 持ち株会社の会長には: the post of a body the sentence names, not the theme's
        found.append(m)
    return found


#: A post said to be new (新しい会長, 新会長, 次期会長): one the body fills, not a move up at one's company
#: (北斗電機の山田社長が会長に就任: 北斗電機's chairman, perhaps).
NEW_POST = re.compile(r"(?:新しい|新たな|新|次期)")


def _people_then_post(text: str) -> list[re.Match[str]]:
    """北斗協会は総会を開いた。…改選の結果、南海化学の山田社長が新しい会長に就いた: people written with their
    own company (the person first) who take a post said to be new, in a sentence that names no body for
    it, after a sentence about an organisation (whose officers come from its members); a plain 会長に就任
    may be a move up at the person's own company."""
    return [
        m for m in POST_THEN_PEOPLE.finditer(text) if m.group("people3") and NEW_POST.match(m.group("post3"))
    ]



def _theme_carries_over(sl: Slotted, theme: Mention | None) -> bool:
    """Whether the previous sentence's theme, a company or an organisation, is what a sentence
    that does not name it again is about."""
    if theme is None or theme.type not in ("Company", "Organization"):
        return False
    return not any(c.entity == theme.entity for c in sl.mentions)  # named here: its own words say


#: The rule id of :func:`successors`.
SUCCESSOR = "title.successor"
#: 山田社長(68)が会長に退き、後任に北斗重工常務の佐藤氏を充てる / 山田社長が退任し、後任に佐藤常務が昇格:
#: who follows a person in their post.
SUCCESSION = re.compile(
    rf"«PER#(?P<before>\d+)»[^«»。、]{{0,4}}?(?:[(（][^()（）]{{0,8}}[)）])?(?:が|は)、?[^«»。]{{0,16}}?"
    rf"(?:退き|退く|退いて|退任し|退任する|辞任し|辞任する|勇退し|勇退する|就き|就任し)、?"
    rf"(?:その)?後任(?:に|には|として)、?(?:[^«»。]|«(?:CO|ORG|GOV|PLACE|CTRY)#\d+»){{0,40}}?"
    rf"«PER#(?P<after>\d+)»[^«»。、]{{0,4}}?(?:[(（][^()（）]{{0,8}}[)）])?(?:が|を)、?[^«»。、]{{0,6}}?{APPOINTED}"
)
#: 退任する山田社長(64)の後任に、北斗重工の佐藤取締役(58)を充てる: the successor of a person named in a
#: の-phrase.
SUCCESSION_OF = re.compile(
    rf"«PER#(?P<before>\d+)»[^«»。、]{{0,4}}?(?:[(（][^()（）]{{0,8}}[)）])?の後任(?:に|として)、?"
    rf"(?:[^«»。]|«(?:CO|ORG|GOV|PLACE|CTRY)#\d+»){{0,40}}?"
    rf"«PER#(?P<after>\d+)»[^«»。、]{{0,4}}?(?:[(（][^()（）]{{0,8}}[)）])?(?:が|を)、?[^«»。、]{{0,6}}?{APPOINTED}"
)

#: 山田一郎社長(71)を辞任させ、元総務相の佐藤氏(68)を後任に充てる: the successor of a person removed
#: from the post.
SUCCESSION_INSTEAD = re.compile(
    rf"«PER#(?P<before>\d+)»[^«»。、]{{0,4}}?(?:[(（][^()（）]{{0,8}}[)）])?を、?"
    rf"(?:辞任させ|退任させ|解任し|更迭し|退かせ)、?(?:[^«»。]|«(?:CO|ORG|GOV|PLACE|CTRY)#\d+»){{0,24}}?"
    rf"«PER#(?P<after>\d+)»[^«»。、]{{0,4}}?(?:[(（][^()（）]{{0,8}}[)）])?を、?(?:その)?後任(?:に|として)、?{APPOINTED}"
)

SUCCESSIONS = (SUCCESSION, SUCCESSION_OF, SUCCESSION_INSTEAD)


def successors(sl: Slotted, earlier: list[Hit]) -> list[Hit]:
    """A person named as another's successor (後任に山田氏を充てる) takes the post the other leaves, at
    the organisation found for the other (``leads`` or ``worksFor`` as theirs)."""
    found = []
    for m in (rx_match for rx in SUCCESSIONS for rx_match in rx.finditer(sl.text)):
        before, after = int(m.group("before")), int(m.group("after"))
        known = {(x.subject, x.predicate, x.object) for x in earlier}
        for h in earlier:
            if h.subject == before and h.predicate in ("leads", "worksFor"):
                if (after, h.predicate, h.object) not in known:
                    known.add((after, h.predicate, h.object))
                    found.append(Hit(after, h.predicate, h.object, SUCCESSOR, 0.6))
    return found


#: 無所属現職の山田一郎氏, 現職で3選をめざす山田氏: the incumbent, in copy about an election.
INCUMBENT = re.compile(r"現職(?:の|で)、?(?:[^«»。、]{0,12}?の)?«PER#(\d+)»")
INCUMBENT_RULE = "title.incumbent"


def incumbents(sl: Slotted, election: Mention | None, earlier: list[Hit]) -> list[Hit]:
    """The incumbent of the election the text reports leads its place (無所属現職の山田一郎氏)."""
    if election is None:
        return []
    found = []
    for m in INCUMBENT.finditer(sl.text):
        i = int(m.group(1))
        if sl.mentions[i].type != "Person" or any(h.subject == i and h.predicate == "leads" for h in earlier):
            continue
        j = sl.mentions.index(election) if election in sl.mentions else sl.add_virtual(election)
        found.append(Hit(i, "leads", j, INCUMBENT_RULE, 0.6))
    return found
