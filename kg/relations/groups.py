"""A company written as a member of a group named before it: HSBCグループの香港上海銀行, DOWAグループの
DOWAエコシステム, 旭硝子グループの旧岩城硝子. A slot rule cannot see that the first name ends in グループ
(the slotted text hides it), so this reads the mentions behind the slots."""

from __future__ import annotations

import re

from kg.relations.hits import Hit
from kg.relations.slots import Slotted

#: The rule id of :func:`group_member_hits`.
GROUP_MEMBER_RULE = "subsidiaryOf.group_member"
#: A company right after another and の (a former name's 旧 or a quote between): Xの旧Y, Xの「Y」.
COMPANY_OF_COMPANY = re.compile(r"«CO#(?P<group>\d+)»の(?:旧|現)?[「『]?«CO#(?P<member>\d+)»")
#: How a group's own name ends.
GROUP_ENDING = "グループ"


def group_member_hits(sl: Slotted) -> list[Hit]:
    """The company written right after a group's name and の belongs to that group (its subsidiary);
    not another group (北斗グループの南海グループ: two groups, no telling which holds which)."""
    found = []
    for m in COMPANY_OF_COMPANY.finditer(sl.text):
        group, member = int(m.group("group")), int(m.group("member"))
        if not (sl.written(group) and sl.written(member)):
            continue
        if _is_group(sl, group) and not _is_group(sl, member):
            found.append(Hit(member, "subsidiaryOf", group, GROUP_MEMBER_RULE, 0.6))
    return found


def _is_group(sl: Slotted, i: int) -> bool:
    """Whether slot ``i`` is written as a group (北斗グループ)."""
    return sl.mentions[i].text.endswith(GROUP_ENDING)
