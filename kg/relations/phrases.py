"""Bunsetsu phrases of a parsed sentence: GiNZA's dependency parse read at the phrase level.

A Japanese clause is a chain of bunsetsu (文節): a content word with its function words
(case particles, auxiliaries) after it — ``キオクシアには、`` is the content ``キオクシア`` and
the case ``には``. Each phrase depends on one later phrase; the case particle says in which
role (が subject, を object, と partner, に target, による agent…). This module builds the
phrases from the words' heads and bunsetsu starts that the parse stage kept
(:class:`kg.model.Token`), reads each phrase's case, and says which slot (resolved mention)
a phrase is about.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from kg.mentions import LEGAL_FORMS, title_regex
from kg.model import ParsedSentence, Token
from kg.relations.ruleset import grammar
from kg.relations.slots import Slotted

#: Parts of speech of the function words at the end of a phrase.
FUNCTION_POS = frozenset({"ADP", "AUX", "SCONJ", "PART", "PUNCT", "SYM", "CCONJ"})
#: Parts of speech of a content word that may begin a phrase.
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM", "PRON"})
#: Particles after which a new phrase begins (not の or と, which also join nouns inside a name).
PHRASE_FINAL_PARTICLES = frozenset({"は", "が", "を", "に", "で", "へ", "も"})
#: Case particles that make a noun modifier with の after them (との, への, からの, での, までの).
ADNOMINAL_BEFORE_NO = frozenset({"と", "へ", "から", "で", "まで"})
#: Case particles, longest first; what follows them (は, も) is a topic or focus marker.
PARTICLES = (
    "によると",
    "によれば",
    "によって",
    "により",
    "に対する",
    "に対して",
    "に対し",
    "による",
    "について",
    "との",
    "への",
    "から",
    "まで",
    "より",
    "では",
    "といった",
    "のような",
    "が",
    "を",
    "に",
    "へ",
    "と",
    "で",
    "の",
    "や",
    "など",
)
#: What a list of names may end with before its particle: AやBなどが, A、Bらが.
LIST_ENDINGS = re.compile(r"^(?:など|等|ら|をはじめ)(?=.)")
#: Between a name and its phrase's case: its closing quote, 氏, 社, ら (and others), 株 (its shares), 製 (its
#: make: 南海化学製の電池), 自身 (itself), a legal form, a parenthesis (an age, a reading, a gloss of any
#: length), a title.
NAME_TAIL = re.compile(
    rf"^[」』]?(?:氏|さん|様|社|側|自身|ら|株|製|{LEGAL_FORMS}|[(（][^()（）]{{0,120}}[)）]?|=[^=]{{0,40}}=?|[・\s])*$"
)
#: The second half of a compound case GiNZA cuts after its first particle, that particle, and the
#: case they make together.
COMPOUND_CASES = (
    (re.compile(r"^対(?:し|して)、?$"), "に", "に対し"),  # 北斗電機に対し: a target
    (re.compile(r"^(?:つい|関し)て(?:は|も)?、?$"), "に", "について"),  # TOBについて: what is spoken of
    (re.compile(r"^(?:より|よって)、?$"), "に", "により"),  # 北斗電機により: an agent
    # 子会社ミナトを / 通じて: a means the subject acts through, never the cue's object
    (re.compile(r"^(?:通じ|介し|経由し)て?、?$"), "を", "を通じて"),
    # 新型車「ノルテ」 / 向けに: a customer's product, cut from its case
    (re.compile(r"^向け(?:に|て)、?$"), "", "向けに"),
    # 南海化学との / 間で合弁会社を設ける: the party of what the verb says, as with と
    (re.compile(r"^間(?:で|に)(?:は|も)?、?$"), "との", "と"),
)
#: The same halves in their noun-modifying form: the name then belongs to the noun after them
#: (北斗電機に対する公開買い付け).
ADNOMINAL_CASES = (
    (re.compile(r"^対する$"), "に対する"),
    (re.compile(r"^(?:関する|ついての)$"), "について"),
    (re.compile(r"^よる$"), "による"),  # 北斗電機に / よる / 出資: the agent of the noun
)
#: Auxiliaries that negate a predicate (組まず, 出資しない, 提携しません).
NEGATION = frozenset({"ない", "ず", "ぬ", "ん"})
#: The passive auxiliaries (出資される, 採用られる); not させる, which is causative.
PASSIVE_LEMMAS = frozenset({"れる", "られる"})
#: Inflected endings of a predicate phrase that make it passive.
PASSIVE = re.compile(r"^(?:され|られ|れ(?!ば))")  # not させ: 搭載させる is causative


@dataclass(frozen=True)
class Case:
    """A phrase's case: its particle (が, を, には → に…) and a topic marker (は, も) after it."""

    particle: str
    marker: str


@dataclass(frozen=True)
class Phrase:
    """One bunsetsu: words [first, last), characters [start, end) of the sentence."""

    index: int
    first: int
    last: int
    start: int
    end: int
    head: int  # index of the phrase it depends on; -1 for a root
    content_end: int  # where the trailing function words begin
    function: str  # the trailing function words (には、 / している。)
    predicate: bool  # a verb, an adjective, or a noun with する / copula
    case: Case

    negated: bool = False  # 組まず, 出資しない, 提携していない
    passive_aux: bool = False  # a passive auxiliary before an auxiliary verb (出資さ|れ|て|いる)
    rest_of_case: bool = False  # the second half of the compound case before it (南海化学との|間で, Xに|対し)

    @property
    def passive(self) -> bool:
        return bool(PASSIVE.match(self.function)) or "を受け" in self.function or self.passive_aux


def read_case(function: str) -> Case:
    """The case of a phrase from its function words: ``などには、`` → Case("に", "は")."""
    text = re.sub(r"[、。,，「」『』()（）\s]", "", function)
    text = LIST_ENDINGS.sub("", text)
    if text.startswith("とが"):
        text = text[1:]  # AとBとが: the list's last と, then the subject's が
    for p in PARTICLES:
        if text.startswith(p):
            rest = text[len(p) :]
            return Case(p, rest[:1] if rest[:1] in ("は", "も") else "")
    return Case("", text[:1] if text[:1] in ("は", "も") else "")


def _inside_brackets(tokens: tuple[Token, ...]) -> set[int]:
    """Words inside parentheses: GiNZA may start a bunsetsu there (キリンHD(HD、 / 東京都)は); the
    parenthesis belongs to the phrase it opened in."""
    inside, depth = set(), 0
    for t in tokens:
        if depth > 0:
            inside.add(t.i)
        depth = max(0, depth + sum(t.text.count(o) for o in "(（") - sum(t.text.count(c) for c in ")）"))
    return inside


#: A quoted name: 「ホシGPT」, 『ソラ』 (short, no comma, full stop or case particle inside), not a
#: quoted remark (「顧客が使えるAIを届けたい」).
QUOTED_NAME = re.compile(r"[「『][^「」『』、。,がをはにで]{1,16}[」』]")


def _inside_quoted_names(tokens: tuple[Token, ...], text: str) -> set[int]:
    """Words after the first inside a quoted name (対話型AI「ホシ|GPT」は): GiNZA may start a
    bunsetsu inside it; the name belongs to the phrase its opening bracket is in."""
    inside = set()
    for m in QUOTED_NAME.finditer(text):
        a, b = m.start(), m.end()
        words = [t for t in tokens if a <= t.start < b]
        inside.update(t.i for t in words[1:] if t.start > a + 1)
    return inside


def _inside_names(tokens: tuple[Token, ...], names: Iterable[tuple[int, int]]) -> set[int]:
    """Words after the first inside a name found in the sentence (北斗電機と|ミナト|化学が出資する):
    GiNZA may cut an unknown name in two bunsetsu; the name belongs to the phrase it ends in, which
    carries its case."""
    return {t.i for start, end in names for t in tokens if start < t.start < end}


def _missed_starts(tokens: tuple[Token, ...]) -> list[int]:
    """Words that begin a phrase GiNZA did not cut: a content word right after a case particle, a
    comma or a space (北斗電機は名古屋市、… comes out as one bunsetsu when the company name is
    unknown)."""
    out = []
    for a, b in zip(tokens, tokens[1:], strict=False):
        if b.bunsetsu_start or b.pos not in CONTENT_POS:
            continue
        if (a.pos == "ADP" and a.text in PHRASE_FINAL_PARTICLES) or a.text in ("、", ",") or b.start > a.end:
            out.append(b.i)  # a headline's space (ニップン 畑中食品を…) ends a phrase too
        elif a.text == "の" and a.i > 0 and tokens[a.i - 1].text in ADNOMINAL_BEFORE_NO:
            out.append(b.i)  # 北斗電機との|包括連携協定: との, への, からの end a phrase
    return out


def _content_end(tokens: tuple[Token, ...], first: int, last: int) -> int:
    """Index of the first trailing function word of words [first, last) (a proper noun GiNZA tagged as a
    symbol is content: 英|ロールス・ロイス(SYM)|と、)."""
    end = last
    while (
        end > first + 1
        and tokens[end - 1].pos in FUNCTION_POS
        and not tokens[end - 1].tag.startswith("名詞-固有名詞")
    ):
        end -= 1
    return end


def _is_predicate(tokens: tuple[Token, ...], first: int, content: int, last: int) -> bool:
    head = tokens[content - 1]
    if head.pos in ("VERB", "ADJ"):
        return True
    # 出資し / 出資している / 提携する: a noun with する after it
    return any(t.lemma in ("する", "だ", "です", "ある") and t.pos == "AUX" for t in tokens[content:last])


def build_phrases(sent: ParsedSentence, names: Iterable[tuple[int, int]] = ()) -> list[Phrase]:
    """The sentence's bunsetsu with their heads and cases (empty when the sentence has no parse);
    ``names`` are the characters of the names found in it, which no phrase boundary cuts."""
    tokens = sent.tokens
    if not tokens:
        return []
    starts = sorted(
        {0, *(t.i for t in tokens if t.bunsetsu_start), *_missed_starts(tokens)}
        - _inside_brackets(tokens)
        - _inside_quoted_names(tokens, sent.text)
        - _inside_names(tokens, names)
    )
    bounds = list(zip(starts, [*starts[1:], len(tokens)], strict=True))
    phrase_of = {}
    for k, (a, b) in enumerate(bounds):
        for i in range(a, b):
            phrase_of[i] = k
    out = []
    for k, (a, b) in enumerate(bounds):
        outside = [t for t in tokens[a:b] if not a <= t.head < b]
        head = -1
        for t in outside:
            if t.head != t.i:
                head = phrase_of[t.head]
        content = _content_end(tokens, a, b)
        function = "".join(t.text for t in tokens[content:b])
        out.append(
            Phrase(
                index=k,
                first=a,
                last=b,
                start=tokens[a].start,
                end=tokens[b - 1].end,
                head=head,
                content_end=tokens[content - 1].end,
                function=function,
                predicate=_is_predicate(tokens, a, content, b),
                case=read_case(function),
                negated=any(t.pos == "AUX" and t.lemma in NEGATION for t in tokens[content:b]),
                passive_aux=any(t.pos == "AUX" and t.lemma in PASSIVE_LEMMAS for t in tokens[a:b]),
            )
        )
    joined = _join_targets(_join_roots([_customer_case(p, sent.text) for p in out]), sent.text)
    righted = _subject_off_a_noun(_heads_to_the_right(joined))
    repaired = _object_past_a_negative(_comitative_before_comma(righted), sent.text)
    adverbs_passed = _past_adverbial_verbs(repaired, sent.text)
    return _subject_into_report(_topic_off_a_noun(adverbs_passed), sent.text)


def _past_adverbial_verbs(phrases: list[Phrase], text: str) -> list[Phrase]:
    """22年にX、23年にはYを|相次いで|傘下に|収めた: GiNZA hangs the objects on a verb written as an
    adverb (grammar ``adverbial_verbs``); they go to the predicate it modifies."""
    words = grammar().adverbial_verbs
    out = list(phrases)
    for q in phrases:
        if not (0 <= q.head < len(phrases) and text[q.start : q.end].rstrip("、") in words):
            continue
        for k, p in enumerate(phrases):
            if p.head == q.index and p.index < q.index:
                out[k] = replace(p, head=q.head)
    return out


def _subject_into_report(phrases: list[Phrase], text: str) -> list[Phrase]:
    """北斗電機は、|子会社の|ソラが|…合弁会社を|設立すると|発表した: GiNZA may hang the が-subject of a
    reported clause on the verb of reporting, whose subject is the topic before it; the subject goes
    to the reported clause's predicate (the last before と and the verb). An を-object hung there goes
    the same way (北斗電機は、|南海化学の|株式を|…公開買い付け(TOB)すると|発表した: the verb of reporting
    takes the clause, not the shares)."""
    out = list(phrases)
    for k, q in enumerate(phrases):
        subject, obj = q.case == Case("が", ""), q.case == Case("を", "")
        if not (subject or obj) or not 0 <= q.head < len(phrases):
            continue
        verb = phrases[q.head]
        if not verb.predicate or not grammar().reporting.match(text[verb.start : verb.content_end]):
            continue
        topic = any(t.case.marker == "は" and t.head == verb.index for t in phrases[:k])
        reported = [
            p
            for p in phrases[k + 1 : verb.index]
            if p.predicate and p.head == verb.index and p.function.rstrip("、").endswith("と")
        ]
        if (topic or obj) and reported:
            out[k] = replace(q, head=reported[-1].index)
    return out


#: The cases of a noun GiNZA may hang a topic on, which never takes one.
TOPIC_NEVER_ON = frozenset({"が", "と", "を", "に"})


def _topic_off_a_noun(phrases: list[Phrase]) -> list[Phrase]:
    """ソラ物産は、|北斗電機と|ミナト化学が|出資する|会社だ / 北斗電機は、|ソラ物産が|ミナト化学と|提携すると|
    発表した: GiNZA may hang a topic on a name marked with a case; no noun takes a topic (象は鼻が長い: 象
    is 長い's), so it goes to the predicate at the top of the clause, the sentence's root."""
    out = list(phrases)
    root = next((q.index for q in phrases if q.head < 0), None)
    for k, p in enumerate(phrases):
        if p.case != Case("", "は") or not 0 <= p.head < len(phrases) or root is None:
            continue
        head = phrases[p.head]
        if head.case.particle in TOPIC_NEVER_ON and not head.predicate and p.head != root:
            out[k] = replace(p, head=root)
    return out


def _heads_to_the_right(phrases: list[Phrase]) -> list[Phrase]:
    """A Japanese phrase depends on a later one; GiNZA may hang one on an earlier phrase across a
    parenthesis (…子会社の北斗ギター(HGG、米国)が、…Sora Music Group(ソラ社、同州)の子会社化を: the
    の-phrase on 北斗ギター). A の-phrase then goes to the phrase right after it (the noun it modifies),
    any other to the next predicate."""
    out = list(phrases)
    for k, p in enumerate(phrases):
        if not 0 <= p.head < k or k + 1 >= len(phrases):
            continue
        if p.case.particle == "の":
            out[k] = replace(p, head=k + 1)
        elif (later := next((q.index for q in phrases[k + 1 :] if q.predicate), None)) is not None:
            out[k] = replace(p, head=later)
    return out


def _subject_off_a_noun(phrases: list[Phrase]) -> list[Phrase]:
    """A が-subject GiNZA hangs on a noun marked with a case (北斗ギター(HGG、米国)が、…の子会社化を|
    済ませた) goes to the predicate that noun depends on: no such noun takes a subject (a noun before
    の may, as a clause's predicate: 山田氏が社長の北斗電機)."""
    out = list(phrases)
    for k, p in enumerate(phrases):
        if p.case != Case("が", "") or not 0 <= p.head < len(phrases):
            continue
        head = phrases[p.head]
        if head.predicate or head.case.particle not in SUBJECT_NEVER_ON:
            continue
        up = _predicate_above(phrases, head.head, {k, p.head})
        if up is not None:
            out[k] = replace(p, head=up)
    return out


#: Cases of a noun a が-subject never depends on (a noun with の may be a clause's predicate).
SUBJECT_NEVER_ON = frozenset({"を", "に", "で", "と", "へ", "から"})


def _object_past_a_negative(phrases: list[Phrase], text: str) -> list[Phrase]:
    """北斗電機は、|ソラ精機を|事前の|同意が|ない|まま|TOBで|傘下に|入れた: GiNZA may hang an object on
    ない (there is none), which takes no object; it goes to the next predicate up that can."""
    out = list(phrases)
    for k, p in enumerate(phrases):
        if p.case != Case("を", "") or not 0 <= p.head < len(phrases):
            continue
        if not NEGATIVE_EXISTENCE.match(text, phrases[p.head].start, phrases[p.head].content_end):
            continue
        up = _predicate_above(phrases, phrases[p.head].head, {k, p.head})
        if up is not None:
            out[k] = replace(p, head=up)
    return out


def _predicate_above(phrases: list[Phrase], head: int, seen: set[int]) -> int | None:
    """The first predicate phrase on the chain of heads from ``head`` up, none of ``seen`` (heads GiNZA
    or an earlier repair left in a cycle end the walk)."""
    seen = set(seen)
    while 0 <= head < len(phrases) and not phrases[head].predicate and head not in seen:
        seen.add(head)
        head = phrases[head].head
    return head if 0 <= head < len(phrases) and head not in seen else None


#: A predicate that says something is not there (ない, なく, 無い): it takes a subject, never an object.
NEGATIVE_EXISTENCE = re.compile(r"(?:な|無)(?:い|く|し)$")


def _comitative_before_comma(phrases: list[Phrase]) -> list[Phrase]:
    """英ロールス・ロイスと、|仏エアバスの…|契約を|締結した: a と-phrase closed by a comma before a の-phrase
    goes with the predicate, not with the noun the の-phrase modifies (where GiNZA may hang it)."""
    out = list(phrases)
    for k, p in enumerate(phrases[:-1]):
        if p.case != Case("と", "") or not p.function.endswith("、") or phrases[k + 1].case.particle != "の":
            continue
        up = _predicate_above(phrases, p.head, {k})
        if up is not None and up != p.head:
            out[k] = replace(p, head=up)
    return out


def _customer_case(p: Phrase, text: str) -> Phrase:
    """北央自動車向けに / 新型車「ノルテ」向けに: the case of a customer, not a plain に (the verb 向ける
    is the phrase's content to Sudachi)."""
    if p.case.particle == "に" and text[p.start : p.content_end].endswith("向け"):
        return replace(p, case=Case("向けに", p.case.marker))
    return p


def _join_targets(phrases: list[Phrase], text: str) -> list[Phrase]:
    """北斗電機に / 対し、, TOBに / ついて、, ミナトを / 通じて, 南海化学との / 間で: GiNZA cuts a compound
    case (に対し, について, を通じて, との間で) in two;
    the first phrase gets the whole case and depends on what the second does, or, for the
    noun-modifying form (北斗電機に / 対する / 買い付け), on the noun after it. The second half is
    marked ``rest_of_case``."""
    out = list(phrases)
    for k, p in enumerate(phrases[:-1]):
        if p.case.particle in ("に", "を", "との") or not (p.case.particle or p.case.marker or p.predicate):
            joined = _compound_case(phrases, k, text)
            if joined is not None:
                out[k], out[k + 1] = joined, replace(phrases[k + 1], rest_of_case=True)
    return out


def _compound_case(phrases: list[Phrase], k: int, text: str) -> Phrase | None:
    p, second = phrases[k], text[phrases[k + 1].start : phrases[k + 1].end]
    for word, case in ADNOMINAL_CASES:
        if p.case.particle == "に" and word.match(second) and k + 2 < len(phrases):
            return replace(p, case=Case(case, ""), head=k + 2)
    for word, first, case in COMPOUND_CASES:
        if p.case.particle == first and not p.case.marker and word.match(second):
            # GiNZA may hang the second half back on the first: the phrase then goes to the next
            # predicate (an agent: 公開買付けに|より|取得し) or to the root
            nxt = phrases[k + 1]
            later = [q.index for q in phrases[k + 2 :] if q.predicate] if case == "により" else []
            root = next((q.index for q in phrases if q.head < 0), p.head)
            head = nxt.head if nxt.head != k else (later or [root])[0]
            return replace(p, case=Case(case, ""), head=head)
    return None


def _join_roots(phrases: list[Phrase]) -> list[Phrase]:
    """One tree per sentence: GiNZA sometimes ends a sentence of its own inside ours (after a
    one-kanji prefix such as 米, or a headline's space). A root before the last one depends on
    the next phrase (a noun) or on the last root (a predicate)."""
    roots = [p.index for p in phrases if p.head < 0]
    if len(roots) <= 1:
        return phrases
    last = roots[-1]
    out = []
    for p in phrases:
        if p.head < 0 and p.index != last:
            p = replace(p, head=last if p.predicate else p.index + 1)
        out.append(p)
    return out


@lru_cache(maxsize=1)
def _title_at_start() -> re.Pattern[str]:
    return re.compile(f"^(?:{title_regex().pattern})")


def _is_name_tail(text: str) -> bool:
    """What may stand between a name and its phrase's particle without being the phrase's noun."""
    while True:
        m = _title_at_start().match(text)
        if not m or not m.group(0):
            break
        text = text[m.end() :]
    return bool(NAME_TAIL.match(text))


def _open_bracket(text: str) -> bool:
    return sum(text.count(o) for o in "(（") > sum(text.count(c) for c in ")）")


def slot_spans(sl: Slotted, sent_start: int) -> dict[int, tuple[int, int]]:
    """Slot index → characters of its mention in the sentence (written slots only: a company a 2社
    stands for keeps the offsets of where it was named, but it is not named at the 2社)."""
    return {
        i: (m.start - sent_start, m.end - sent_start)
        for i, m in enumerate(sl.mentions)
        if m.sent_index >= 0 and m.start >= sent_start and sl.written(i)
    }


def phrase_slots(phrases: list[Phrase], spans: dict[int, tuple[int, int]], text: str) -> dict[int, int]:
    """Phrase index → the slot the phrase is about: the name it ends with (before 氏, a title, an
    age in parentheses, the case). A phrase whose noun is not a name (EV研究開発会社を) has none."""
    out: dict[int, int] = {}
    for i, (s, e) in sorted(spans.items(), key=lambda kv: kv[1]):
        for p in phrases:
            if p.start <= e - 1 < p.end:
                if _open_bracket(text[p.start : s]):
                    break  # キリンHD(HD、東京都)は: a name in parentheses is an aside
                if e <= p.content_end and _is_name_tail(text[e : p.content_end]):
                    out[p.index] = i
                elif e > p.content_end and s < p.content_end:
                    out[p.index] = i  # the name runs over the phrase's function words (株式会社…)
                break
    return _titles_carry_names(phrases, out, text)


def _titles_carry_names(phrases: list[Phrase], out: dict[int, int], text: str) -> dict[int, int]:
    """ジョン・スミス|社長と: a phrase that is only a title takes the name the phrase before it
    ends with (the parse cut the name from its title; the title carries the case)."""
    for p in phrases[:-1]:
        q = phrases[p.index + 1]
        bare = not p.case.particle and not p.case.marker
        if p.index in out and q.index not in out and bare and q.start == p.end:
            if text[q.start : q.content_end] and _is_name_tail(text[q.start : q.content_end]):
                out[q.index] = out[p.index]
    return out
