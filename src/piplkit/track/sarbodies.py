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


def sar_bodies(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each SAR body and commissioner's office the text names."""
    if "特" not in text and "公署" not in text and "香港" not in text and "澳门" not in text:
        return []
    found = [(m.start(), m.end(), m.group(0)) for m in _SAR_BODY.finditer(text)]
    found += [(m.start(), m.end(), m.group(0)) for m in _REGION_BODY.finditer(text)]
    found += [(m.start(), m.end(), m.group(0)) for m in _COMMISSIONER.finditer(text)]
    return found
