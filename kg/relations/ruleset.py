"""The relation rules of ``kg/data/rules/relations.yaml``, compiled and checked once per process."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.mentions import FORMS_BEFORE_NAME
from kg.mentions.ruledata import descriptor_endings
from kg.model import PREDICATES
from kg.relations.newco import FOUNDED
from kg.relations.slots import counted_word, slot_class
from kg.rules import ContextRules, CueRule, PatternRule, rule_error, rules

SLOT = re.compile(r"\{([A-Z]+):([a-z0-9]+)\}")


@dataclass(frozen=True)
class CompiledPattern:
    rule: PatternRule
    regex: re.Pattern[str]


@dataclass(frozen=True)
class CompiledCue:
    key: str
    spec: CueRule
    regex: re.Pattern[str]
    own_words: tuple[str, ...] = ()  # relations.yaml grammar.own_words: 自社|の子会社とする reads

    @property
    def predicate(self) -> str:
        return self.spec.predicate or self.key

    def reads_as_cue(self, text: str, start: int, end: int) -> bool:
        """Whether the cue word at ``text[start:end]`` is the cue, not part of one of its ``not_after``
        or ``not_before`` words (その|傘下に収め, 支援|を求め); for a match in a slice of ``text``."""
        before = any(
            text.endswith(w, 0, start) and not any(text.endswith(o + w, 0, start) for o in self.own_words)
            for w in self.spec.not_after
        )
        return not before and not any(text.startswith(w, end) for w in self.spec.not_before)

    def reads_before(self, text: str) -> bool:
        """Whether the cue reads where ``text`` is what comes right before its word: a cue that
        is only (or never) about money needs (or must not have) an amount or funds as its object."""
        if self.spec.money is None:
            return True
        return bool(MONEY_OBJECT.search(text[-MONEY_REACH:])) == (self.spec.money == "only")


#: Money as a cue's object, right before the cue word: 計50億円を調達, 資金を調達, 3000万ドルを.
MONEY_OBJECT = re.compile(
    r"(?:[0-9０-９,.]+[万億兆]*(?:円|ドル|ユーロ|元|ポンド|ウォン)|資金|資本|運転資金|出資金)(?:強|超|程度|規模)?"
    r"(?:を|も)?[^«»。、]{0,4}$"
)
MONEY_REACH = 24

#: A Latin abbreviation in parentheses right after a name (北斗フィナンシャル・グループ(FG)傘下の): the
#: name's own short form, its securities code (東邦建設(1803・P), ミナト(7203.T)) or its head office's
#: place (北斗HD(HD、東京)は), which every slot rule reads past.
ALIAS_GLOSS = (
    r"(?:[(（](?:[A-Za-z][A-Za-z0-9&\-]{0,9}|[0-9０-９]{4}(?:[・.．][A-Za-z]{1,3})?"
    # 北斗HD(HD、東京)は, 南海化学(本社・«PLACE»)が: the head office's place, its short form before it
    r"|(?:[A-Za-z][A-Za-z0-9&\-]{0,9}、)?(?:本社|本店|本部)?[=＝:：・]?(?:«(?:PLACE|CTRY)#\d+»[都道府県市区町村]?){1,3}"
    # 南海ピア(佐賀市、山田一郎社長)の, 北斗工業(山田一郎社長、明石市)を: its chief after or before the place
    r"(?:、«PER#\d+»[^()（）«»、]{0,10})?"
    r"|«PER#\d+»[^()（）«»、]{0,10}、(?:本社|本店|本部)?[=＝:：・]?(?:«(?:PLACE|CTRY)#\d+»[都道府県市区町村]?){1,3}"
    # 南海果汁集団(証券コード1886、«PLACE»証券取引所)は: its securities code and its exchange
    r"|(?:証券コード|銘柄コード|コード)[:：]?[0-9０-９]{4}(?:、(?:[^()（）«»、]|«(?:PLACE|CTRY)#\d+»){1,16})?"
    r")[)）])?"
)


def _slot_regex(cls: str, group: str) -> str:
    return f"«(?:{'|'.join(slot_class(cls))})#(?P<{group}>\\d+)»{ALIAS_GLOSS}"


#: ``{子会社}`` in a slot rule: the word subsidiary, with the words that say how it is held (全額出資子会社,
#: 100%子会社, 中核子会社, 家電子会社), not the end of 菓子会社 or 電子会社 (a confectioner, an electronics
#: maker).
SUBSIDIARY_WORD = "(?:(?:全額|100[%％])出資の?|100[%％]|中核|主要)?(?:(?<![菓原分])(?<![^家]電)子会社|孫会社)"
#: ``{合弁会社}`` in a slot rule: a company two or more others own together.
JOINT_VENTURE_WORD = "(?:合弁会社|合弁新会社|共同出資会社|折半出資会社|合弁企業|合弁(?=である))"
#: ``{就く}`` in a slot rule: the verbs a person takes up or holds a post with (就任する, 務める, 昇格する).
TAKES_POST = "(?:就任|就く|就き|就い|務め|担う|担い|昇格|昇進)"
#: ``{法人格}`` in a slot rule: a legal form written before a name (社会医療法人, 学校法人, 株式会社), which
#: a slot may leave out of its mention.
FORM_BEFORE_NAME = f"(?:{FORMS_BEFORE_NAME}、?)"
#: ``{出資比率}`` in a slot rule: the words a list of holders and their stakes is introduced with.
STAKE_SHARES_WORD = (
    "(?:株主構成|出資比率|出資率|出資構成|持株比率|持ち株比率|出資割合|出資(?:額)?の(?:割合|比率|内訳)|出資額|出資金額)"
)
#: ``{買収対象}`` in a slot rule: a deal's targets introduced as its object (買収の対象は、 / 完全子会社化の
#: 対象となるのは / 今回手に入れた7社は), then the list members (each perhaps with its gloss) before the slot
#: that ends it.
DEAL_TARGETS_WORD = (
    "(?:(?:買収|完全子会社化|子会社化|株式取得|取得|買い取り|譲り受け)(?:する)?の?対象(?:と(?:なる|なった)(?:の|企業|会社))?"
    "|(?:今回|新たに)?(?:手に入れ|取得し|買収し|買い取っ|傘下に収め|子会社化し)た(?:[0-9０-９一二三四五六七八九十]+社|会社|企業))"
    "は、?(?:«CO#\\d+»(?:[(（](?:[^()（）«»]|«[A-Z]+#\\d+»)*[)）])?(?:、|と|や|および|及び))*"
)
#: ``{親族}`` in a slot rule: a word of kin, which says whose relative the next person is (山田氏の孫; not
#: 子会社).
KIN_WORD = (
    "(?:孫|長男|次男|三男|長女|次女|三女|息子|娘|妻|夫|父|母|兄|弟|姉|妹|甥|姪|親族|義父|義弟|子(?!会社))"
)


@lru_cache(maxsize=1)
def kind_word() -> str:
    """``{業種}`` in a slot rule: a word that says what kind of company the name after it is (メーカー,
    大手, 建設会社, 不動産デベロッパー, 機械商社), written between a place and the name: the words no
    company's name ends with (generic.yaml ``descriptor_endings``) and the words for a company or a
    line of business; kept in one place so that every place-before-company rule reads the same kinds."""
    words = set(descriptor_endings()) | {
        "業", "業者", "会社", "企業", "銀行", "ファンド", "ファウンドリー", "商社", "中堅",
    }
    return "(?:" + "|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w)))) + ")"


def compile_pattern(regex: str) -> re.Pattern[str]:
    """A slot rule's regex: ``{CO:s}`` becomes a slot of class CO bound to group ``s``, and
    ``{子会社}`` the word subsidiary (:data:`SUBSIDIARY_WORD`), ``{合弁会社}`` a jointly owned company
    (:data:`JOINT_VENTURE_WORD`), ``{就く}`` a verb of taking a post (:data:`TAKES_POST`), ``{出資比率}``
    the words a list of stakes begins with (:data:`STAKE_SHARES_WORD`), ``{N社}`` a count of the names
    listed (:func:`kg.relations.slots.counted_word`: の13社, 5行, 3団体), ``{法人格}`` a legal form
    before a name (:data:`FORM_BEFORE_NAME`), ``{親族}`` a word of kin (:data:`KIN_WORD`), ``{買収対象}`` a
    deal's targets introduced as its object (:data:`DEAL_TARGETS_WORD`), ``{を設立}`` a verb founding what
    is marked を, a date or a way between (:data:`kg.relations.newco.FOUNDED`), ``{業種}`` a kind of
    company (:func:`kind_word`)."""
    for m in SLOT.finditer(regex):
        _known_class(m.group(1))
    regex = regex.replace("{子会社}", SUBSIDIARY_WORD).replace("{合弁会社}", JOINT_VENTURE_WORD)
    regex = regex.replace("{就く}", TAKES_POST).replace("{N社}", counted_word())
    regex = regex.replace("{出資比率}", STAKE_SHARES_WORD).replace("{法人格}", FORM_BEFORE_NAME)
    regex = regex.replace("{親族}", KIN_WORD).replace("{買収対象}", DEAL_TARGETS_WORD)
    regex = regex.replace("{を設立}", FOUNDED).replace("{業種}", kind_word())
    return re.compile(SLOT.sub(lambda m: _slot_regex(m.group(1), m.group(2)), regex))


def _check_predicate(where: str, predicate: str, allowed: tuple[str, ...] = ()) -> None:
    if predicate not in PREDICATES and predicate not in allowed:
        raise rule_error("relations", where, f"unknown predicate {predicate!r}")


def _known_class(name: str) -> None:
    try:
        slot_class(name)
    except KeyError:
        raise ValueError(f"unknown slot class {name!r}") from None


def _check_classes(where: str, classes: list[str]) -> None:
    for c in classes:
        try:
            _known_class(c)
        except ValueError as exc:
            raise rule_error("relations", where, str(exc)) from None


@lru_cache(maxsize=1)
def pattern_rules() -> list[CompiledPattern]:
    out = []
    seen: set[str] = set()
    for i, rule in enumerate(rules("relations").patterns):
        where = f"patterns[{i}] ({rule.id})"
        if rule.id in seen:
            raise rule_error("relations", where + ".id", f"rule id {rule.id!r} is used twice")
        seen.add(rule.id)
        _check_predicate(where, rule.predicate, ("title",))
        try:
            rx = compile_pattern(rule.regex)
        except (re.error, ValueError) as exc:
            raise rule_error("relations", where + ".regex", f"bad regex: {exc}") from None
        groups = set(rx.groupindex)
        has_object = any(re.fullmatch(r"o[0-9]*", g) for g in groups) or rule.object_from or rule.among_list
        has_subject = any(re.fullmatch(r"s[0-9]*", g) for g in groups) or rule.subject_from
        if not has_subject or not has_object:
            raise rule_error(
                "relations", where + ".regex", "the regex must bind a subject (s) and an object (o)"
            )
        out.append(CompiledPattern(rule, rx))
    return out


@lru_cache(maxsize=1)
def cue_rules() -> list[CompiledCue]:
    out = []
    off = rules("relations").grammar.called_off
    called_off = f"(?!{CALLED_OFF.format(_alternation(off))})" if off else ""
    # 自社の子会社とする: a not_after word right after the subject's own word does not stop the cue
    own_words = tuple(rules("relations").grammar.own_words)
    own = "".join(f"(?<!{re.escape(o)})" for o in own_words)
    for key, spec in rules("relations").cues.items():
        where = f"cues.{key}"
        _check_predicate(where, spec.predicate or key)
        _check_classes(where + ".subject", spec.subject)
        _check_classes(where + ".object", spec.object)
        words = sorted(spec.words, key=lambda w: (-len(w), w))
        # a cue of two words may have a comma between them: 経営権を、…握った
        alternatives = "|".join(re.escape(w).replace("を", "を、?") for w in words)
        # …の完全子会社とする: a word not after の is not after の完全 either (子会社とする inside it)
        inner = {w2[: -len(w)] for w in words for w2 in words if w2 != w and w2.endswith(w)}
        not_after = "".join(
            f"(?<!{own}{re.escape(w + p)})" for w in spec.not_after for p in sorted({""} | inner)
        )
        not_before = "".join(f"(?!{re.escape(w)})" for w in spec.not_before) + called_off + f"(?!{NEGATED})"
        regex = re.compile(f"{not_after}(?:{alternatives}){not_before}")
        out.append(CompiledCue(key, spec, regex, own_words))
    return out


@lru_cache(maxsize=1)
def context_rules() -> ContextRules:
    ctx = rules("relations").context
    for section in ("nationality", "title_without_organisation"):
        for i, rule in enumerate(getattr(ctx, section)):
            _check_predicate(f"context.{section}[{i}] ({rule.id})", rule.predicate)
    return ctx


@lru_cache(maxsize=1)
def not_distributed() -> frozenset[str]:
    """Predicates whose subject and object never stand for a whole coordination (leads, worksFor)."""
    preds = rules("relations").not_distributed
    for p in preds:
        _check_predicate("not_distributed", p)
    return frozenset(preds)


@lru_cache(maxsize=1)
def one_object() -> frozenset[str]:
    """Predicates whose object never stands for a whole coordination: a company has one parent
    (北斗電機、南海化学の子会社である東邦精機: 南海化学's)."""
    preds = rules("relations").one_object
    for p in preds:
        _check_predicate("one_object", p)
    return frozenset(preds)


@dataclass(frozen=True)
class Grammar:
    """``relations.yaml`` ``grammar``, compiled."""

    light_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    reporting: re.Pattern[str]
    agent_noun: re.Pattern[str]
    agent_topic: re.Pattern[str]  # 親会社は, 運営会社は: an agent named by no name as the topic
    nominaliser: re.Pattern[str]
    connective: re.Pattern[str]
    likewise: re.Pattern[str]
    counted: re.Pattern[str]
    counted_end: re.Pattern[str]  # a counted noun at the end of a text: 海運大手3社
    together: re.Pattern[str]  # the adverb as a phrase of its own: ともに
    together_after: re.Pattern[str]  # the adverb after と in one phrase: とともに
    jointly: re.Pattern[str]  # a phrase after と that makes its names co-actors: 共同で, 組んで
    means: frozenset[str] = frozenset()  # XをベースにYを開発: a noun that takes X as a means
    other_company: re.Pattern[str] = re.compile("(?!)")  # Xのグループ会社: not X, another company
    control: re.Pattern[str] = re.compile("(?!)")  # 子会社化, 買収: control passes, not only a stake
    coming_into_being: re.Pattern[str] = re.compile("(?!)")  # 発足, 誕生: Aの出資で発足した
    intention: re.Pattern[str] = re.compile("(?!)")  # 方向, 方針: Aが、Bに出資する方向で検討
    # right after a cue word: 提携を解消, 買収を断念, 出資を見送る (a deal called off)
    called_off: re.Pattern[str] = re.compile("(?!)")
    adverbial_verbs: frozenset[str] = frozenset()  # 相次いで: a verb written as an adverb
    before_topic: re.Pattern[str] = re.compile("(?!)")  # 〜したように、Yは: the clause is Y's


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    g = rules("relations").grammar
    return Grammar(
        light_verbs=frozenset(g.light_verbs),
        receiving_verbs=frozenset(g.receiving_verbs),
        reporting=re.compile(_alternation(g.reporting)),
        agent_noun=re.compile(f"(?:{_alternation(g.agent_nouns)})$"),
        agent_topic=re.compile(f"(?<!»)(?:{_alternation(g.agent_nouns)})は"),
        nominaliser=re.compile(f"^(?:{_alternation(g.nominalisers)})$"),
        connective=re.compile(f"^(?:{_alternation(g.connectives)})、?$"),
        likewise=re.compile(f"^(?:{_alternation(g.likewise)})"),
        counted=re.compile(f"^{counted_word()}$"),
        counted_end=re.compile(f"{counted_word()}$"),
        together=re.compile(f"^(?:{_alternation(g.together)})"),
        together_after=re.compile(f"^と(?:{_alternation(g.together)})"),
        jointly=re.compile(f"^(?:{_alternation(g.together + g.jointly)})"),
        means=frozenset(g.means),
        other_company=re.compile(f"(?:{_alternation(g.other_companies)})$" if g.other_companies else "(?!)"),
        control=re.compile(_alternation(g.control) if g.control else "(?!)"),
        coming_into_being=re.compile(
            f"(?:{_alternation(g.coming_into_being)})$" if g.coming_into_being else "(?!)"
        ),
        intention=re.compile(f"^(?:{_alternation(g.intentions)})$" if g.intentions else "(?!)"),
        called_off=re.compile(CALLED_OFF.format(_alternation(g.called_off)) if g.called_off else "(?!)"),
        adverbial_verbs=frozenset(g.adverbial_verbs),
        before_topic=re.compile(
            f"(?:{_alternation(g.clauses_before_topic)})、$" if g.clauses_before_topic else "(?!)"
        ),
    )


#: A cue's verb denied (拠点を構えていなかった, 出資しない方針, 提携することなく; not するしかない / ほかない,
#: which do it after all): a word in kana only between the cue and the negation.
NEGATED = r"[ぁ-ゖ]{0,6}?(?<!ほか)(?<!しか)(?<!でも)(?:な(?:い|かっ|く)|ず[、。にも]|ません)"
#: A verb that calls a deal off, right after the cue word (past を, の, も, は or が): 提携を解消, 提携解消,
#: 合併が破談.
CALLED_OFF = "(?:を|の|も|は|が)?、?(?:[^。、]{{0,30}}?(?:ものの|が)、)?(?:{})"
