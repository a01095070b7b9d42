"""Lines of hard-wrapped plain text that open a paragraph of their own, whatever the width of
the line above: a labelled metadata line, a notice's document number, a database export's
bracketed field.

Hard-wrapped text joins a line to the one above when that one fills most of the width. A short
line of its own kind under a long title (a 通知's "金办发〔2025〕00号" under its title, a legal
database's "【发文字号】…" under "【标题】…") would otherwise be glued to it as title text
(heldout19: a full-text export's title ended in its document number).
"""

from __future__ import annotations

import re

#: a labelled metadata line ("Date: 3 May 2024", "发布机关：…") is a paragraph of its own
_LABEL_START = re.compile(
    # (a bilingual label names itself twice: "発行日 / Issued:", "日期 / Date:")
    r"^(?:[^\x00-\x7f]{1,10}\s*[/／]\s*)?"
    r"(?:Date|Dated|Published|Issued(?: (?:on|by))?|Authority|Issuer|Regulator|Status|Stage|"
    r"Effective(?: date)?|Source|Link|日期|发布日期|发布时间|发文机关|发布机关|发布单位|状态|"
    r"施行日期|生效日期|来源|链接|"
    # an e-mail's header lines ("From: …", "Sent: …", "Subject: …"), one field each
    r"From|Sent|To|Cc|Bcc|Subject|发件人|收件人|抄送|主题|发送时间|"
    # the publisher's reading of the item above ("解读：…", "Our take: …")
    r"解读|点评|简评|评析|律师点评|编者按|Comment|Analysis|Our\s+take|Why\s+it\s+matters|"
    # the link to the story's full text under its summary ("Full story: https://…"; heldout18)
    r"Full\s+(?:story|article|text)|Read\s+(?:more|the\s+full\s+(?:story|article))|原文链接)\s*[:：]",
    re.I,
)
#: a document number alone on its line: "金办发〔2025〕00号", "深网信〔2025〕18号", "SZ Cyberspace
#: Notice [2025] No. 18" (also a notice's own number, :mod:`piplkit.track.notice`)
DOC_NUMBER = re.compile(
    r"^.{0,40}[\[〔［(（]\s*(?:19|20)\d{2}\s*[\]〕］)）]\s*(?:No\.\s*)?(?:第\s*)?\d{1,4}\s*号?$"
)
#: a bracketed field label that opens a line ("【发布日期】2025.12.03"): a database export's
#: metadata, one field a line
_BRACKET_FIELD = re.compile(r"^【[^】]{2,8}】")


def own_line(line: str, previous: str) -> bool:
    """Does ``line`` (stripped) open a paragraph of its own under ``previous``?"""
    if _LABEL_START.match(line) or DOC_NUMBER.match(line):
        return True
    return bool(_BRACKET_FIELD.match(line) and _BRACKET_FIELD.match(previous))
