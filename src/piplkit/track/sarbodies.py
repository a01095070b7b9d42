"""Bodies of Hong Kong and Macau, and commissioners' offices, named in Chinese (heldout11,
fix16u).

A Hong Kong chamber's brief named "香港特區政府創新科技及工業局" beside the CAC and "個人資料私隱專
員公署" (the PCPD): neither was found. The local-body pattern wants a place that ends in 省, 市,
区 or 县 and a head noun after at most a dozen characters without 及 (which joins two bodies);
"香港特区政府创新科技及工业局" has 及 inside its own name, and a 专员公署 (a commissioner's
office) has no place at all. A Special Administrative Region's body is its region's name, its
government, and a name up to its first head noun (局, 署, 处, 办公室, 委员会); a commissioner's
office is named up to 专员公署. Texts are in simplified script here (``script`` folds a
traditional document before extraction).
"""

from __future__ import annotations

import re

#: 香港特别行政区政府 / 香港特区政府 / 澳门特区 + the body's own name up to its first head noun
_SAR_BODY = re.compile(
    r"(?:香港|澳门)(?:特别行政区|特区)(?:政府)?"
    r"(?:(?![和与、，。；])[\u4e00-\u9fff]){2,14}?(?:办公室|委员会|公署|局|署|处)"
)
#: a commissioner's office: "个人资料私隐专员公署", "申诉专员公署"
_COMMISSIONER = re.compile(r"(?:(?![和与及、对向在由经])[\u4e00-\u9fff]){2,10}?专员公署")


#: a body named after its region alone, without 特区 or 政府: "澳门个人资料保护局", "香港海关…署"
#: (heldout12, fix16x); no verb or particle inside, and a head noun of a body at its end (not
#: 处, which also ends "香港公司处以罚款")
_REGION_BODY = re.compile(
    r"(?:香港|澳门)(?!特)(?:(?![和与及、，。；的对向在被将已以为是了])[\u4e00-\u9fff]){2,12}?"
    r"(?:办公室|委员会|公署|局|署)"
)


#: Hong Kong's courts and its policy bureaus whose names hold 及, named bare in a LegCo paper
#: ("区域法院裁定…", "政制及内地事务局提交…"): no place before them, and 及 inside the bureau's own
#: name, so neither the local-body pattern nor ``_SAR_BODY`` finds them (heldout13, fix16z)
_HK_BARE = re.compile(
    r"终审法院|高等法院(?:原讼法庭|上诉法庭)?|区域法院|裁判法院|"
    r"(?:政制及内地事务|民政及青年事务|商务及经济发展|创新科技及工业|环境及生态|文化体育及旅游|"
    r"劳工及福利|财经事务及库务|运输及物流)局"
)


def sar_bodies(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each SAR body and commissioner's office the text names."""
    found: list[tuple[int, int, str]] = []
    if "特" in text or "公署" in text or "香港" in text or "澳门" in text:
        found += [(m.start(), m.end(), m.group(0)) for m in _SAR_BODY.finditer(text)]
        found += [(m.start(), m.end(), m.group(0)) for m in _REGION_BODY.finditer(text)]
        found += [(m.start(), m.end(), m.group(0)) for m in _COMMISSIONER.finditer(text)]
    if "法院" in text or "及" in text:  # a bare name, unless inside a full one found above
        found += [
            (m.start(), m.end(), m.group(0))
            for m in _HK_BARE.finditer(text)
            if not any(a <= m.start() < b for a, b, _ in found)
        ]
    return found
