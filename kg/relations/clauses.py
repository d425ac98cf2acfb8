"""Clauses of a sentence read from its phrases: which name a phrase is about, which phrases
belong to which predicate, where a clause's subject is when it leaves it unsaid.

The linguistic word lists this reads (light verbs, reporting verbs, counters, nominalisers…)
are data: ``relations.yaml`` ``grammar``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.mentions.ruledata import descriptor_endings, is_generic
from kg.model import Token
from kg.relations.phrases import Phrase
from kg.relations.ruleset import grammar
from kg.relations.slots import Slotted
from kg.relations.titles import title_book

SUBJECT_PARTICLES = ("が",)
#: Cases of the members of a list before a counted noun: A、 / Aや / Aと / (the last) Aの.
LIST_CASES = ("", "や", "と", "の")
#: The end of a list right before a counted noun that sums it up: A、Bなど国内8社.
ETC = ("など",)
#: How long a counted noun with a word before its number may be (国内8社, 電機大手5社).
COUNT_WITH_PREFIX = 8
#: Cases of a name that describes the noun after it: Xの製品, Xといった製品, Xなどの製品.
DESCRIBING = ("の", "といった", "のような", "など")


#: The end of a cleft's clause: Aが買収したのは、/ 出資を決めたのが (its subject is the cleft's own).
CLEFT_CLAUSE = re.compile(r"の(?:は|が)、?$")
OPENING = re.compile(r"[(（]")
CLOSING = re.compile(r"[)）]")


def counted_lists(
    phrases: list[Phrase], spans: dict[int, tuple[int, int]], text: str
) -> dict[int, list[int]]:
    """Phrase index → the slots listed in parentheses right after the phrase's counted noun:
    海運大手3社(A、B、C)は stands for A, B and C (two names at least)."""
    out: dict[int, list[int]] = {}
    for p in phrases:
        opening = OPENING.search(text, p.start, p.end)
        closing = CLOSING.search(text, opening.end(), p.end) if opening else None
        if not (opening and closing) or not grammar().counted_end.search(text[p.start : opening.start()]):
            continue
        inside = sorted(
            (s, i) for i, (s, e) in spans.items() if opening.end() <= s and e <= closing.start()
        )
        if len(inside) >= 2:
            out[p.index] = [i for _, i in inside]
    return out


def counted_list_end(phrases: list[Phrase], text: str, p: Phrase, named: set[int]) -> int | None:
    """The index of the last phrase of the list ``p``'s noun counts, when it is a count (3社), or a
    count with a word before it right after a list that ends with など (A、Bなど国内8社 / A、Bなど
    電機大手3社) — its number may stand as a phrase of its own (A、B(福井市)など|4|金融機関と) and a
    short description of no name may come between (A、Bなど関係の深い4金融機関と); None otherwise.
    ``named``: the indices of the phrases that are about a name."""
    content = text[p.start : p.content_end]
    if grammar().counted.match(content) and p.index and not _describes(phrases[p.index - 1], p, named):
        return p.index - 1
    k = p.index - 1
    if k >= 0 and NUMBER.fullmatch(text[phrases[k].start : phrases[k].end]):
        content, k = text[phrases[k].start : p.content_end], k - 1
    between = 0
    while k >= 0 and phrases[k].case.particle not in ETC and _describes(phrases[k], p, named):
        between, k = between + phrases[k].end - phrases[k].start, k - 1
    return (
        k
        if k >= 0
        and phrases[k].case.particle in ETC
        and between <= DESCRIPTION_BEFORE_COUNT
        and len(content) <= COUNT_WITH_PREFIX
        and bool(grammar().counted_end.search(content))
        else None
    )


#: A number the parse made a phrase of its own (4|金融機関).
NUMBER = re.compile(r"[0-9０-９一二三四五六七八九十]+")
#: How long a description between a list and its count may be (関係の深い).
DESCRIPTION_BEFORE_COUNT = 8


def _describes(q: Phrase, p: Phrase, named: set[int]) -> bool:
    """``q`` names no one and modifies a phrase up to the counted ``p`` (関係の|深い before 4金融機関)."""
    return q.index not in named and q.index < q.head <= p.index and (q.case.particle == "の" or q.predicate)


def is_subject(p: Phrase) -> bool:
    """が, or a bare topic は / も."""
    return p.case.particle in SUBJECT_PARTICLES or (p.case.particle == "" and p.case.marker in ("は", "も"))


def noun_subject(f: Clauses, q: Phrase) -> bool:
    """``q`` is the が-subject of the noun right after it, which modifies the next one (富山県が地盤の
    東雲銀行, 北斗電機が筆頭株主の南海化学): no subject of a clause, wherever the parse hangs it."""
    if q.case.particle != "が" or q.function.rstrip().endswith("、") or q.index + 1 >= len(f.phrases):
        return False  # not Aが、現職のBに勝利した
    r = f.phrases[q.index + 1]
    return (
        not r.predicate
        and r.case.particle == "の"
        and r.head == r.index + 1
        and f.slot(r) is None  # not Aが大阪府の工場でつくる, 国が北斗電機の工場建設を支援
        and f.slot(f.phrases[r.head]) is not None
    )


def place_describing(f: Clauses, q: Phrase) -> bool:
    """``q`` is a place's が of the noun after it, which describes the next name (中国地方が地盤の«X»): no
    subject of the verb the parse may hang it on (a company's may be: 北斗電子が精密大手の«X»に)."""
    return noun_subject(f, q) and f.fits(f.slot(q), ["PLACE", "CTRY"])


@dataclass
class Clauses:
    """The phrases of one sentence, the slot each is about, and how its clauses hang together."""

    sl: Slotted
    phrases: list[Phrase]
    slot_of: dict[int, int]  # phrase index -> slot index
    text: str  # the sentence
    tokens: tuple[Token, ...] = ()  # the sentence's words
    listed: dict[int, list[int]] = field(default_factory=dict)  # phrase -> names it counts (counted_lists)

    def children(self, p: Phrase) -> list[Phrase]:
        return [q for q in self.phrases if q.head == p.index]

    def reaches(self, q: Phrase, p: Phrase) -> bool:
        """Whether ``q``'s chain of heads runs into ``p`` through phrases that are not predicates."""
        seen = 0
        while q.head >= 0 and seen < len(self.phrases):
            seen += 1
            if q.head == p.index:
                return True
            q = self.phrases[q.head]
            if q.predicate:
                return False
        return False

    def ancestors(self, p: Phrase) -> list[int]:
        out, seen = [], 0
        while p.head >= 0 and seen < len(self.phrases):
            seen += 1
            out.append(p.head)
            p = self.phrases[p.head]
        return out

    def overreaches(self, q: Phrase, p: Phrase) -> bool:
        """A parse that attached ``q`` past the cue to a predicate above it, when everything between
        ``q`` and the cue belongs to the cue (日本法人へ、助成金を交付すると公表: へ goes with 交付)."""
        if q.head not in self.ancestors(p):
            return False
        between = _between_cases(self.phrases, q, p)
        return all(p.index in self.ancestors(r) for r in between)

    def nominalised(self, p: Phrase) -> bool:
        """Whether ``p``'s clause is made a noun (使うこと, 採用するよう, 買収するため) before it
        joins the sentence: its subject is then not the sentence's."""
        head = self.phrases[p.head] if p.head >= 0 else None
        if (
            head is None
            or not p.predicate
            or not grammar().nominaliser.match(self.text[head.start : head.content_end])
        ):
            return False
        # 提携することを発表した / 出資したことを明らかに|した: a clause reported is the reporter's own
        above = next((self.phrases[k] for k in self.ancestors(head) if self.phrases[k].predicate), None)
        return above is None or not grammar().reporting.search(self.text[head.end : above.content_end])

    def reported_clause(self, q: Phrase) -> bool:
        """``q`` closes a clause that is quoted or reported (〜を交わしたと、〜することを): the one
        who reports it may be named after it."""
        if q.predicate and q.function.rstrip("、,").endswith("と"):
            return True  # 〜を交わしたと、
        content = self.text[q.start : q.content_end]
        return q.case.particle == "を" and (grammar().nominaliser.match(content) is not None or q.predicate)

    def slot(self, p: Phrase) -> int | None:
        return self.slot_of.get(p.index)

    def fits(self, i: int | None, classes: list[str]) -> bool:
        """Whether slot ``i`` exists and is of one of the slot ``classes``."""
        return i is not None and self.sl.fits(i, classes)

    def relative_noun(self, p: Phrase) -> int | None:
        """The slot of the noun ``p``'s clause modifies (Xが出資するY; past names: :func:`modified_next`);
        for a noun that is a copula's predicate (AはXが出資する合弁会社だ) the copula's topic."""
        if not modified_next(self, p):
            return None
        head = self.phrases[p.head]
        slot = self.noun_slot(head)
        if slot is None:
            slot = name_in_or_after(self, head)  # …出資する|ミナト|AESCグループの傘下
        # (not …譲り受けることで、合意した: a clause made a noun, no noun it describes)
        if slot is None and head.predicate and self.copula(head) and not _nominaliser(self.text, head):
            for c in self.children(head):
                if c.start < p.start and c.case.particle == "" and c.case.marker == "は":
                    return self.slot(c)
        return named_kind(self, head, slot)

    def copula(self, p: Phrase) -> bool:
        """Whether ``p`` is a noun with a copula (合弁会社だ, もので): not a verb (発表した)."""
        return any(t.dep == "cop" for t in self.tokens[p.first : p.last])

    def head_lemma(self, p: Phrase) -> str:
        """The dictionary form of the verb heading the phrase ``p`` depends on, when ``p`` is its
        object (出資を受ける, 支援を受けてきた: 受ける); empty otherwise."""
        if p.head < 0 or p.case.particle != "を":
            return ""
        head = self.phrases[p.head]
        words = [t for t in self.tokens[head.first : head.last] if t.end <= head.content_end]
        # 受け|て|き|た: the first verb, not an auxiliary-like one after it (受けてきた: 受ける)
        verbs = [t for t in words if t.pos == "VERB"]
        return verbs[0].lemma if verbs else (words[-1].lemma if words else "")

    def through_means(self, q: Phrase, p: Phrase) -> bool:
        """``q`` reaches ``p`` through a means noun (Xを土台に / ベースに …開発): X is what ``p``
        is built on, not its object."""
        return any(self.text[r.start : r.content_end] in grammar().means for r in self._between(q, p))

    def inside_genitive(self, q: Phrase, p: Phrase) -> bool:
        """A と-phrase that reaches ``p`` through an の-phrase (AとBの共同出資): A is listed with B
        inside the noun phrase, not the cue's partner."""
        if q.case.particle != "と":
            return False
        if any(r.case.particle == "の" for r in self._between(q, p)):
            return True
        # the parse may hang A on the cue itself: the next phrase is a name with の that does too
        # (AとBの共同出資; not Aと、マニラの鉄道事業で提携, where a comma ends A's phrase)
        nxt = self.phrases[q.index + 1] if q.index + 1 < len(self.phrases) else None
        return (
            "、" not in q.function
            and nxt is not None
            and nxt.case.particle == "の"
            and self.slot(nxt) is not None
            and nxt.head == p.index
        )

    def _between(self, q: Phrase, p: Phrase) -> list[Phrase]:
        """The phrases on the way from ``q`` up to ``p`` (neither included); [] when ``q`` does
        not reach ``p``."""
        path, h = [], q.head
        while 0 <= h < len(self.phrases) and h != p.index:
            path.append(self.phrases[h])
            if self.phrases[h].head <= h:
                return []
            h = self.phrases[h].head
        return path if h == p.index else []

    def received(self, p: Phrase) -> bool:
        """``p`` is a noun received (出資を受ける, 支援を受け入れる, 制裁を受けた)."""
        return self.head_lemma(p) in grammar().receiving_verbs

    def partners_before(self, subjects: list[int]) -> list[int]:
        """AとBが提携: the と-names (and 、-names: 北斗化学と南山県、西浜市は) right before a subject's
        phrase are parties too, whatever their type (日立製作所と日立市が協定を締結), past a nameless
        modifier of the subject (3位のAと4位のBは提携)."""
        out = []
        for p in self.phrases:
            if self.slot(p) not in subjects:
                continue
            k = p.index - 1
            while k >= 0 and nameless_modifier(self, self.phrases[k], p):
                k -= 1
            while k >= 0 and _listed_with(self.phrases[k]) and self.slot(self.phrases[k]) is not None:
                out.append(self.slot(self.phrases[k]))
                k -= 1
        return out

    def noun_slots(self, p: Phrase) -> list[int]:
        """The slots a phrase stands for: its own or described one, or, for a counted noun after a
        list (A、B、Cの3社 / X・Y、Z・Wの2都市) or before one in parentheses (大手3社(A、B、C)), every
        name of the list."""
        if p.index in self.listed:
            return list(self.listed[p.index])
        one = self.noun_slot(p)
        end = counted_list_end(self.phrases, self.text, p, set(self.slot_of))
        if end is None:
            return [one] if one is not None else []
        out = []
        k = end
        while k >= 0:
            q = self.phrases[k]
            k -= 1
            if grammar().connective.match(self.text[q.start : q.end]):
                continue  # A、さらにB / A、およびB
            i = self.slot(q)
            last = q.index == end
            if _no_member(self, q, i, last, end):
                continue
            listed = q.case.particle in LIST_CASES or (last and q.case.particle in ETC)
            if i is None or not listed or q.case.marker:
                break  # not a topic before the list (XはA、Bの2社と)
            out.insert(0, i)
        return out or ([one] if one is not None else [])

    def noun_slot(self, p: Phrase) -> int | None:
        """The phrase's own slot, else that of the name its noun describes: 「Starlink」の通信衛星,
        北斗電機の日本法人, 次世代メモリといった製品 (the nearest such name before it)."""
        own = self.slot(p)
        if own is not None:
            return own
        if grammar().other_company.search(self.text[p.start : p.content_end]):
            return None  # 北斗電機のグループ会社に出資: another company, left unnamed
        for q in reversed(self.children(p)):
            if q.case.particle in DESCRIBING and self.slot(q) is not None:
                return self.slot(q)
        return None

    def governing_subject(self, p: Phrase, classes: list[str]) -> int | None:
        """The first of :meth:`governing_subjects`."""
        found = self.governing_subjects(p, classes)
        return found[0] if found else None

    def governing_subjects(self, p: Phrase, classes: list[str]) -> list[int]:
        """The subject of the nearest clause above ``p`` that has one (its topic は, or が; every name
        of a counted list: A、BとCの3者が), else the sentence's topic: a は/も phrase before ``p`` in
        any clause that runs into ``p``'s clause (XもYを開発しており、Zと提携している: X)."""
        seen = 0
        q = p
        chain = [p.index]
        quoted = p.case.particle == "について" or reporter_after(p)  # 〜のTOBについて、北斗電機は…と
        while q.head >= 0 and seen < len(self.phrases):
            seen += 1
            # 〜で協力することを、AとBが発表した: past a quoted clause the reporter may come after it
            quoted = quoted or (q.index != p.index and self.reported_clause(q))
            q = self.phrases[q.head]
            chain.append(q.index)
            for c in self.children(q):
                # a が hung past the cue's clause on a noun of intention or a reported こと is the cue's
                # (Aが、Bに出資する方向で検討 / 出資することが分かった; not Aが、EVに使う電池を開発)
                own = relative_verb_between(self, c) is None or (
                    relative_verb_between(self, c) is p and (states_intention(self, p) or reported(self, p))
                )
                if (c.start < p.start or quoted) and is_subject(c) and own and not place_describing(self, c):
                    found = subject_slots(self, c, classes, p)
                    if found:
                        return found
        for c in self.phrases:
            if (c.start < p.start or quoted) and c.case.particle == "" and c.case.marker in ("は", "も"):
                found = subject_slots(self, c, classes, p)
                if found and self.runs_into(c, set(chain)):
                    return found
        # Aが…を破り、当選した: the が of a clause joined to the cue's by a comma or て
        for c in self.phrases:
            if c.start < p.start and c.case.particle == "が" and 0 <= c.head < p.index:
                clause = self.phrases[c.head]
                joined = clause.predicate and clause.function.rstrip().endswith(("、", "て", "で"))
                joined = joined and not CLEFT_CLAUSE.search(clause.function.rstrip())
                joined = joined and not relative_clause_between(self, c)
                i = self.slot(c)
                if joined and self.fits(i, classes) and self.runs_into(clause, set(chain)):
                    return [i]
        return []

    def runs_into(self, q: Phrase, targets: set[int]) -> bool:
        """Whether ``q``'s chain of heads reaches one of ``targets``."""
        seen = 0
        while q.head >= 0 and seen < len(self.phrases):
            seen += 1
            if q.head in targets:
                return True
            q = self.phrases[q.head]
        return False


def describes_an_agent(f: Clauses, p: Phrase) -> bool:
    """``p``'s clause modifies a noun that does what it says (風力発電を手がける子会社): its
    subject is that noun, not the sentence's topic."""
    if not p.predicate or p.head != p.index + 1 or p.function.endswith(("、", "て", "で")):
        return False
    head = f.phrases[p.head]
    # …に本社を置くベンチャー企業である若葉テック: a noun with である names the agent too
    noun = f.text[head.start : head.content_end]
    apposed = head.predicate and noun.endswith("である")
    agent = grammar().agent_noun.search(noun.removesuffix("である"))
    return (not head.predicate or apposed) and bool(agent)


def states_intention(f: Clauses, p: Phrase) -> bool:
    """``p``'s clause modifies a noun of intention (出資する|方向で, 買収する|方針だ)."""
    if p.index + 1 >= len(f.phrases):
        return False
    noun = f.phrases[p.index + 1]
    return bool(grammar().intention.match(f.text[noun.start : noun.content_end]))


def relative_clause_between(f: Clauses, c: Phrase) -> bool:
    """Between a が-subject and the clause GiNZA hangs it on stands a verb that modifies the
    noun right after it (Aが実施する増資を引き受け、): the が is that verb's, not the clause's."""
    return relative_verb_between(f, c) is not None


def relative_verb_between(f: Clauses, c: Phrase) -> Phrase | None:
    """The first verb of :func:`relative_clause_between`, if any (none after a が with a comma, which
    reaches past the clauses after it: 北斗電機が、PR会社であるソラの株式を取得し、傘下に収めた)."""
    if c.function.rstrip().endswith("、"):
        return None
    return next((r for r in f.phrases[c.index + 1 : c.head] if _relative_verb(f, r)), None)


def relative_verb_above(f: Clauses, c: Phrase) -> Phrase | None:
    """The verb a が-subject hangs on, when that verb modifies the noun right after it (南海化学が|
    出資する|ソラ工業を買収する, 南海化学が|工場で|つくる|電池を採用する: the relative clause's own
    subject), else None; not when the clause has an object of its own (北斗HDが|米国に|本社を|置く|X社を
    買収する: the noun is the clause's subject, GiNZA hung the sentence's on it)."""
    if not c.index < c.head < len(f.phrases) or c.function.rstrip().endswith("、"):
        return None
    above = f.phrases[c.head]
    own_object = any(q.case.particle == "を" for q in f.phrases[c.index + 1 : c.head])
    return above if not own_object and _relative_verb(f, above) else None


def _relative_verb(f: Clauses, r: Phrase) -> bool:
    """``r`` is a verb that ends a relative clause: it modifies the noun right after it."""
    return (
        r.predicate
        and _modifies_next_noun(f, r)
        and not r.function.rstrip().endswith(("、", "て", "で"))
        and r.index + 1 < len(f.phrases)
        and not f.phrases[r.index + 1].predicate
    )


def _modifies_next_noun(f: Clauses, r: Phrase) -> bool:
    """``r`` hangs on the phrase right after it, or on one at most two phrases on, every phrase between
    hanging on it too with no case (設立した|MONET|Technologiesに対し: a name the parse cut)."""
    if r.head == r.index + 1:
        return True
    between = f.phrases[r.index + 1 : r.head] if r.head > r.index else []
    return 0 < len(between) <= 2 and all(q.head == r.head and not q.case.particle for q in between)


#: Sudachi's parts of speech of a word that makes its phrase an adverb (新たに, 独自に, すでに).
ADVERBIAL_TAGS = ("形状詞", "副詞")


def adverbial(f: Clauses, q: Phrase) -> bool:
    """``q``'s content words are an adverb or a na-adjective (新たに出資する: に marks no target)."""
    words = [t for t in f.tokens[q.first : q.last] if t.end <= q.content_end]
    return bool(words) and all(t.tag.startswith(ADVERBIAL_TAGS) for t in words)


def _listed_with(p: Phrase) -> bool:
    """``p`` lists its name with the next one: Aと / A、."""
    bare_comma = not p.case.particle and not p.case.marker and p.function.strip() == "、"
    return p.case.particle == "と" or bare_comma


def role_complement(f: Clauses, p: Phrase) -> bool:
    """``p`` is the role of 「XをYとする」 / 「XをYにする」 (南海化学を|引受先と|する): the noun before
    と/に says what the を-name is made, and する only carries it; the を-name is the noun's."""
    if p.case.particle not in ("と", "に") or p.head != p.index + 1:
        return False
    head = f.phrases[p.head]
    words = [t for t in f.tokens[head.first : head.last] if t.end <= head.content_end]
    return bool(words) and words[0].lemma == "する"


def slots_with_listed(f: Clauses, q: Phrase) -> list[int]:
    """The slots ``q`` stands for and, when it names a person, the organisations listed with 、 right
    before it (紅葉商事、霧島HD、起業家の星川一郎氏が出資: the two companies invest too)."""
    slots = f.noun_slots(q)
    if not slots or not all(f.fits(i, ["PER"]) for i in slots):
        return slots
    return [j for j in listed_before(f, q) if f.fits(j, ["CO", "ORG", "GOV"])] + slots


def listed_before(f: Clauses, q: Phrase) -> list[int]:
    """The names listed with 、 right before ``q`` that run into it (紅葉商事、霧島HD、起業家の星川一郎氏を:
    紅葉商事 and 霧島HD), past the nameless words that describe ``q`` (起業家の). Coordination joins
    names of one kind only; this finds the companies listed with a person."""
    k = q.index - 1
    while k >= 0 and nameless_modifier(f, f.phrases[k], q):
        k -= 1
    out: list[int] = []
    while k >= 0:
        r = f.phrases[k]
        i = f.slot(r)
        listed = not r.case.particle and not r.case.marker and r.function.strip() == "、"
        if i is None or not listed or r.head != r.index + 1:
            break
        out.insert(0, i)
        k -= 1
    return out


def nameless_modifier(f: Clauses, q: Phrase, p: Phrase) -> bool:
    """``q`` is a の-phrase with no name that modifies ``p`` (4位の, 同業の)."""
    return q.case.particle == "の" and q.head == p.index and f.slot(q) is None


def acts_jointly(f: Clauses, q: Phrase, p: Phrase) -> bool:
    """``q`` is the と of 「Bと共同で」, 「Bとともに」 or 「Bと組んで」 on the act ``p``: B acts too."""
    if q.case.particle != "と":
        return False
    if grammar().together_after.search(q.function):
        return q.head == p.index
    if q.index + 1 >= len(f.phrases):
        return False
    nxt = f.phrases[q.index + 1]
    reached = nxt.head == p.index or f.reaches(nxt, p) or past_relative_clause(f, nxt, p)
    return q.head == nxt.index and reached and bool(grammar().jointly.match(f.text[nxt.start : nxt.end]))


def past_relative_clause(f: Clauses, q: Phrase, p: Phrase) -> bool:
    """「Bと共同で、運営を手掛けるXを買収」, 「A、Bとの間で、事業性を検討する協業を決めた」: a phrase closed
    (itself or through the nouns it hangs on) by a comma, which the parse hung on the verb of a
    relative clause after it, goes with the act ``p`` the clause's noun is an argument of (every
    predicate on the way to ``p`` modifies a noun)."""
    r, seen, comma, clause = q, 0, _rest_of_case_closed(f, q), False
    while r.head >= 0 and seen < len(f.phrases):
        seen += 1
        head = f.phrases[r.head]
        if r.predicate:
            if head.predicate or not comma:
                return False  # 開発し、買収した: a clause of its own, not one describing a noun
            clause = True
        elif not clause and r.function.endswith("、"):
            comma = True
        if r.head == p.index:
            return clause
        r = head
    return False


def _between_cases(phrases: list[Phrase], q: Phrase, p: Phrase) -> list[Phrase]:
    """The phrases between ``q`` and ``p`` but the rest of ``q``'s compound case: one hanging on ``q``
    (生産施設に|対して) or marked so (南海化学との|間で)."""
    return [r for r in phrases if q.index < r.index < p.index and r.head != q.index and not r.rest_of_case]


def _nominaliser(text: str, p: Phrase) -> bool:
    """``p`` is a nominaliser (こと, もの…) that makes the clause before it a noun."""
    return grammar().nominaliser.match(text[p.start : p.content_end]) is not None


def _rest_of_case_closed(f: Clauses, q: Phrase) -> bool:
    """The rest of ``q``'s compound case ends with a comma (ソラ物産との|間で、): ``q`` is closed by it."""
    rest = f.phrases[q.index + 1] if q.index + 1 < len(f.phrases) else None
    return rest is not None and rest.rest_of_case and rest.function.endswith("、")


def likewise(f: Clauses, q: Phrase) -> bool:
    """``q`` is the と of 「Xと同じように」 / 「Xと同様に」: X does what the clause says too."""
    if q.case.particle != "と" or q.index + 1 >= len(f.phrases):
        return False
    nxt = f.phrases[q.index + 1]
    return bool(grammar().likewise.match(f.text[nxt.start : nxt.end]))


def modified_next(f: Clauses, p: Phrase) -> bool:
    """``p`` modifies the phrase right after it, or one after names that modify it too (開発した
    電気自動車のセダン「ソラ6」; not 使う次世代のメモリー「X」, where the words between name nothing), or
    after the kind of company the name is (Xが出資する子会社の|Y: the parse hangs the clause on Y)."""
    between = f.phrases[p.index + 1 : p.head]
    return p.head > p.index and all(
        q.head == p.head and (f.slot(q) is not None or _kind_of_company(f, q)) for q in between
    )


def _kind_of_company(f: Clauses, q: Phrase) -> bool:
    """``q`` is a word for another company with の (子会社の, グループ会社の), naming the one after it."""
    words = f.text[q.start : q.content_end]
    return q.case.particle == "の" and grammar().other_company.search(words) is not None


def subject_slots(f: Clauses, q: Phrase, classes: list[str], cue: Phrase) -> list[int]:
    """The names of the subject phrase ``q`` that fit ``classes``; a person who does not fit stands
    for the organisation written before it with の (北斗電機の山田社長は、南海化学を買収すると発表した:
    北斗電機 buys)."""
    return [j for i in f.noun_slots(q) if (j := speaks_for(f, q, i, classes, cue)) is not None]


def speaks_for(f: Clauses, q: Phrase, i: int, classes: list[str], cue: Phrase) -> int | None:
    """``i`` when it fits ``classes``, else, for a person who heads it (社長, CEO: not an analyst)
    and a cue outside a quotation (not 社長は「顧客が使えるAIを」と述べた), the organisation of
    phrase ``q``'s の-child."""
    if f.fits(i, classes):
        return i
    m = f.sl.mentions[i]
    between = f.text[q.end : cue.start]
    if m.type != "Person" or title_book().title_class(m.title) != "leads" or "「" in between:
        return None
    owners = [f.slot(c) for c in f.children(q) if c.case.particle == "の"]
    return next((j for j in owners if j is not None and f.fits(j, classes)), None)


def reported(f: Clauses, p: Phrase) -> bool:
    """``p``'s clause is made a noun (こと) that a verb of reporting states (…ことが分かった)."""
    if p.head < 0:
        return False
    head = f.phrases[p.head]
    made_a_noun = grammar().nominaliser.match(f.text[head.start : head.content_end]) is not None
    return made_a_noun and not f.nominalised(p)  # nominalised: made a noun and not reported


def nameless_member(f: Clauses, q: Phrase) -> bool:
    """``q`` ends a list with など and names no one, after a name listed with 、 or や (A、B、
    政府系ファンドなど): a kind of member the text does not name."""
    if q.case.particle not in ETC or q.predicate or q.index == 0:
        return False
    prev = f.phrases[q.index - 1]
    return (
        f.slot(prev) is not None
        and prev.case.particle in ("", "や")
        and not prev.case.marker
        and (prev.case.particle == "や" or prev.function.rstrip().endswith("、"))
    )


def name_split_after(f: Clauses, p: Phrase) -> int | None:
    """The slot of the next phrase when ``p`` is, with no case, the first part of its name (the
    parse cut ミナトAESCグループ into ミナト | AESCグループの)."""
    if p.case.particle or p.case.marker or p.predicate or p.index + 1 >= len(f.phrases):
        return None
    i = f.slot(f.phrases[p.index + 1])
    word = f.text[p.start : p.content_end]
    return i if i is not None and word and f.sl.mentions[i].text.startswith(word) else None


def name_in_or_after(f: Clauses, p: Phrase) -> int | None:
    """A name split off inside ``p`` (:func:`name_split_after`), else the name after ``p`` when ``p``
    describes it (:func:`described_slot`)."""
    slot = name_split_after(f, p)
    return slot if slot is not None else described_slot(f, p)


def _no_member(f: Clauses, q: Phrase, i: int | None, last: bool, end: int) -> bool:
    """A phrase of a counted list that is no member of it: a last one that names no one (A、B、政府系
    ファンドなど国内16社: A and B all the same), or an earlier one with の that describes a later one
    (Aと、蘇州市の政府系企業であるBの2社: the city describes B)."""
    if last:
        return i is None and nameless_member(f, q)
    return q.case.particle == "の" and q.index < q.head <= end


def described_slot(f: Clauses, p: Phrase) -> int | None:
    """The name right after ``p`` when ``p`` is a description written before it (…を買収した|ネット
    証券大手|ミナトグループ: the clause describes ミナトグループ), else None."""
    if p.case.particle != "" or p.head != p.index + 1:
        return None
    text = f.text[p.start : p.content_end]
    if not (text.endswith(descriptor_endings()) or is_generic(text)):
        return None
    return f.noun_slot(f.phrases[p.head])


def named_kind(f: Clauses, head: Phrase, slot: int | None) -> int | None:
    """開発した電気自動車のセダン「ソラ6」 / 開発した対話型AI「ホシGPT」: a kind of thing before の
    (or right before the quote), then a quoted name of the same type, is that name (the clause
    describes the named thing); else ``slot``."""
    if slot is None or head.case.particle not in ("の", "") or head.head != head.index + 1:
        return slot
    named = f.phrases[head.head]
    own = f.slot(named)
    text = f.text[named.start : named.content_end]
    quoted = "「" in text if head.case.particle == "の" else text.startswith(("「", "『"))
    if own is not None and quoted and f.sl.mentions[own].type == f.sl.mentions[slot].type:
        return own
    return slot


def reporter_after(p: Phrase) -> bool:
    """The clause of ``p`` is reported by someone named after it (Xを買収すると、Yが発表した)."""
    return p.predicate and p.function.rstrip().endswith(("と、", "と,"))
