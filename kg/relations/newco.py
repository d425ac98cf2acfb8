"""新会社 / 合弁会社: the company a text introduced as new, wherever it later goes by that word.

An article names a new company once (新会社「ミナト電池」を設立する, 合弁会社の名称は「X」とする, Xが発足
した) and afterwards calls it 新会社 (新会社では社長に山田一郎氏が就任する), or leaves it unsaid
(資本金のうち、北斗電機が60%、南海化学が40%を出資する: the stakes are in the new company).

Like 両社 (:mod:`kg.relations.pairs`), the word is not a mention: per sentence, each new-company
word that no mention covers becomes a slot of the company introduced last (earlier in the sentence
or in an earlier one), unless the word introduces a name itself (新会社「X」, 新会社の名称は「X」) or no
company was introduced before it (then it stays text). The words are data
(``relations.yaml`` ``grammar.new_company``).
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from kg.model import Mention, ParsedSentence
from kg.relations.slots import Slotted
from kg.rules import rules

ANAPHOR_NEW_COMPANY = "new_company"
RULE = "anaphor.new_company"
#: A verb founding what is marked を before it, a date or a way between them: を設立, を7月1日に立ち上げ,
#: を共同で設け, を香港に立ち上げ, を富山県につくる, を10月にも立ち上げる (``{を設立}`` in a slot rule).
FOUNDED = (
    r"を、?(?:(?:[^«»。、「」]|«(?:PLACE|CTRY)#\d+»){1,12}?(?:に|で)(?:も|は)?、?)?"
    r"(?:設立|設け|立ち上げ|新設|発足|(?:つく|作|創)(?:る|り|っ|ら))"
)
#: A company introduced more sentences back than this is not where an unattributed stake or post goes.
REACH = 4


@dataclasses.dataclass(frozen=True)
class NewCompanyWords:
    """The new-company words, and what follows one that introduces a name (新会社「«CO#3»」)."""

    word: re.Pattern[str]
    names_after: re.Pattern[str]
    introduced: re.Pattern[str]
    founded_unnamed: re.Pattern[str]  # 新会社を4月に設ける: a new one founded without a name


@cache
def new_company_words() -> NewCompanyWords:
    listed = rules("relations").grammar.new_company
    words = "|".join(re.escape(w) for w in sorted(listed, key=len, reverse=True))
    # 新会社「X」, 合弁会社の名称は「X」, 新会社、X (not 新たな合弁会社は、Xが…を受け継ぐ: X is another's
    # subject, no name of the new one)
    naming = (
        r"(?:の(?:名称|社名|名前)|名)?"
        r"(?:は、?[「『]?«CO#(\d+)»(?![」』]?[(（]?が)|(?:を|、|・)?、?[「『]?«CO#(\d+)»)"
    )
    return NewCompanyWords(
        word=re.compile(f"(?:{words})" if words else r"(?!)"),
        names_after=re.compile(naming),
        # 新会社「X」 / 合弁会社の名称は「X」 / Xを設立 / 「X(以下M)」を設立 / 「X」(秋田市)を設立 /
        # Xを立ち上げ / Xが発足 /
        # Xが設立された / 設立したのは「X」 / 設立されたのはX / 社名は「X」 (not Xが設立した: X is the
        # founder)
        introduced=re.compile(
            (f"(?:{words}){naming}|" if words else "")
            + r"«CO#(\d+)»(?:[(（]以下[^()（）«»]{1,20}[)）])?[」』]?"
            + r"(?:[(（](?:[^()（）«»]|«(?:PLACE|CTRY)#\d+»){1,40}[)）])?"
            + f"(?:{FOUNDED}|が(?:発足|立ち上が|(?:設立|新設)され))"
            + r"|(?:(?:設立|新設|立ち上げ)(?:さ|ら)?れた|(?:設立|新設|立ち上げ|発足)した)(?:の|会社)は"
            + r"、?[「『]?«CO#(\d+)»"
            # …持ち株会社を設立する。社名は「X」: the name a sentence opens with is the new one's
            + r"|^[^«»。、]{0,4}?(?:社名|商号)(?:は|を|[:：])、?[「『]?«CO#(\d+)»"
        ),
        founded_unnamed=re.compile(f"(?:{words}){FOUNDED}" if words else r"(?!)"),
    )


def introduced(sl: Slotted, before: int | None = None) -> Mention | None:
    """The last company the slotted sentence introduces as new (ending before ``before``, if given)."""
    found = None
    for m in new_company_words().introduced.finditer(sl.text):
        if before is not None and m.end() > before:
            break
        i = int(next(g for g in m.groups() if g is not None))
        if sl.mentions[i].type == "Company" and sl.mentions[i].entity:
            found = sl.mentions[i]
    return found


def founds_unnamed(sl: Slotted) -> bool:
    """The sentence founds a new company it does not name (新会社を4月に設けたうえで…)."""
    return new_company_words().founded_unnamed.search(sl.text) is not None


def new_company_mentions(sent: ParsedSentence, sl: Slotted, latest: Mention | None) -> list[Mention]:
    """A mention of the company introduced last at each new-company word of the sentence that no
    mention covers and that does not introduce a name itself, nor found an unnamed one (新会社を
    設ける: another, new company); ``latest``: introduced before it."""
    words = new_company_words()
    taken = [(m.start - sent.start, m.end - sent.start) for m in sl.mentions if m.start >= 0]
    free = [
        m for m in words.word.finditer(sent.text) if not any(s < m.end() and m.start() < e for s, e in taken)
    ]
    out = []
    for m, slotted in zip(free, words.word.finditer(sl.text), strict=False):
        if words.names_after.match(sl.text, slotted.end()):
            continue  # 新会社「X」: the name follows
        if words.founded_unnamed.match(sl.text, slotted.start()):
            continue  # 新会社を21年4月に設ける: a company not named yet
        target = introduced(sl, slotted.start()) or latest
        if target is None:
            continue
        out.append(dataclasses.replace(
            target, sent_index=sent.index, start=sent.start + m.start(), end=sent.start + m.end(),
            text=m.group(0), rule=RULE, anaphor=ANAPHOR_NEW_COMPANY, refind=False,
        ))
    return out
