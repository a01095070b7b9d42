"""Place mentions in news prose that are not addresses (issue 12), and addresses that stay.

Synthetic sentences written for these tests; each shape was reported as an address before the
context rules of ``ner/address_context.py``. The rules apply to prose only
(``Detector(prose=True)``, as ``piplkit detect`` runs): table cells and joined columns are
classified without them.
"""

from __future__ import annotations

import pytest

from piplkit.discover.detect.engine import Detector
from piplkit.discover.detect.ner.address_context import (
    in_title,
    organisation_follows,
    prose_fragment,
    qualifies_a_name,
)
from piplkit.discover.detect.ner.lexicon import lexicon


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(prose=True)


@pytest.fixture(scope="module")
def cells() -> Detector:
    return Detector()


def addresses(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.detect(text) if f.type == "address"]


@pytest.mark.parametrize(
    "text",
    [
        # a division inside an organisation name
        "他在国家税务总局杭州高新区税务局工作。",
        "湖北省武汉市人民政府发布通知。",
        "该案由江苏省南京市中级人民法院审理。",
        # the subject of a document title
        "《上海市城市绿化管理条例》今天发布。",
        # a sight or area being described (copula right after it)
        "苏州古城是江南最有名的老城之一。",
        "三亚湾是海南最长的海湾之一。",
        # divisions qualifying a sight
        "云南丽江玉龙雪山终年积雪。",
        "浙江杭州西湖边游人很多。",
        # a kind of place, or words glued across a particle
        "我们去古镇周边逛逛。",
        "这是已在运营的商务区。",
    ],
)
def test_place_mentions_are_not_addresses(detector: Detector, text: str) -> None:
    assert addresses(detector, text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("我住在杭州市西湖区文三路。", "杭州市西湖区文三路"),
        ("户籍地址是江苏省南京市玄武区。", "江苏省南京市玄武区"),
        ("他家住在浙江省杭州市，是一名教师。", "浙江省杭州市"),
        ("快递寄到上海市浦东新区张江镇就行。", "上海市浦东新区张江镇"),
        ("请把材料送到幸福小区3号楼。", "幸福小区3号楼"),
        ("他住在北京市朝阳区望京新城。", "北京市朝阳区望京新城"),
        # street level: an address whatever follows it
        ("注册地址为北京市海淀区中关村大街1号，法人为王明。", "北京市海淀区中关村大街1号"),
        ("杭州市西湖区文三路是他上班的地方。", "杭州市西湖区文三路"),
        # a cue before it: the copula says nothing
        ("他的住址是苏州市姑苏区是吗？", "苏州市姑苏区"),
        # a post after the place: CLUENER labels such places addresses (…乡书记, …市市长)
        ("江苏省南京市主任李华介绍情况。", "江苏省南京市"),
        # an organisation's head not right after the chain: a name of its own follows
        ("他在浙江省杭州市某贸易公司上班。", "浙江省杭州市"),
        # a business after the chain, or a number soon after the sight: the place is reached
        ("门店在河南省郑州市七彩商都。", "河南省郑州市"),
    ],
)
def test_addresses_stay(detector: Detector, text: str, address: str) -> None:
    assert addresses(detector, text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "湖北省武汉市人民政府",
        "国家税务总局杭州高新区税务局",
        "苏州古城是江南最有名的老城之一。",
        "云南丽江玉龙雪山",
        "湖北省武汉市人民政府\n江苏省南京市中级人民法院\n云南丽江玉龙雪山",
    ],
)
def test_cells_are_judged_without_sentence_context(
    detector: Detector, cells: Detector, text: str
) -> None:
    """A table cell has no sentence around it: without ``prose`` (how table scans call the
    detector) the context rules do not run, and the same text read as prose is judged by them."""
    in_cells = [(f.start, f.end, f.score) for f in cells.detect(text) if f.type == "address"]
    in_prose = [(f.start, f.end, f.score) for f in detector.detect(text) if f.type == "address"]
    assert in_cells
    assert in_cells != in_prose


def test_organisation_follows() -> None:
    lex = lexicon()
    assert organisation_follows("某市税务局", 2, lex)
    assert organisation_follows("某区人民法院", 2, lex)
    assert organisation_follows("某市中级人民法院", 2, lex)
    assert not organisation_follows("某社区客户总监", 3, lex)  # posts are not used
    assert not organisation_follows("某区某贸易公司", 2, lex)  # not right after: a name of its own
    assert not organisation_follows("某省局势平稳", 2, lex)  # 局势 is a word, not a bureau
    assert not organisation_follows("某区，公司在", 2, lex)


def test_in_title() -> None:
    assert in_title("《某市办法》", 1, 3)
    assert not in_title("《书》在某市", 4, 6)
    assert not in_title("某市《书》", 0, 2)


def test_prose_fragment() -> None:
    lex = lexicon()
    assert prose_fragment("古镇", lex)
    assert prose_fragment("运营的商务区", lex)
    assert not prose_fragment("台儿庄", lex)
    assert not prose_fragment("和平路", lex)  # 和平 is a word: the particle is inside it
    assert not prose_fragment("常营的保利嘉园", lex)  # two names across the particle


def test_qualifies_a_name() -> None:
    lex = lexicon()
    assert qualifies_a_name("云南丽江玉龙雪山", 4, lex)
    assert not qualifies_a_name("云南丽江，", 4, lex)
    assert not qualifies_a_name("江苏省南京市玄武区", 6, lex)  # a division is no sight
    assert not qualifies_a_name("上海浦东新区中国馆1号门", 6, lex)  # a number soon after
