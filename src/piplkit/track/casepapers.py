"""A case's papers and a company's disclosure announcements are no instruments (heldout12,
H12-7).

A listed company's 关于收到行政处罚决定书的公告 names the 《行政处罚决定书》 it received and
its earlier 《关于收到立案告知书的公告》; a bank's notice names the 《责令整改通知书》 served on
it. These are the papers of one case (决定书, 通知书, 告知书, 判决书, 裁定书, 建议书) and the
company's own disclosures of them (关于收到…, 关于接到…, 关于获得…): no law, regulation or
standard that applies to anyone else, so no instrument a tracker follows. The notice itself is
also no instrument it issues when its title discloses a receipt.
"""

from __future__ import annotations

import dataclasses
import re

from piplkit.track.model import Development

#: a paper served in one case, its name's end (before a number in brackets)
_CASE_PAPER = re.compile(r"(?:决定书|通知书|告知书|判决书|裁定书|建议书|意见书)\s*$")
#: a disclosure of what the company received ("关于收到…的公告")
_DISCLOSURE = re.compile(r"关于(?:收到|接到|获得|收悉)")
#: a trailing bracketed number ("（公告编号：2025-061）", "（浙网信罚〔2025〕12号）")
_NUMBER = re.compile(r"\s*[（(][^（）()]*[）)]\s*$")


def case_paper(name: str) -> bool:
    """Is ``name`` a paper of one case or a company's disclosure of one?"""
    bare = _NUMBER.sub("", name)
    return bool(_CASE_PAPER.search(bare) or _DISCLOSURE.search(bare))


def without_case_papers(dev: Development) -> Development:
    """The development without instruments that are a case's papers or disclosures."""
    kept = [m for m in dev.instruments if not case_paper(m.name)]
    if len(kept) == len(dev.instruments):
        return dev
    return dataclasses.replace(dev, instruments=kept)
