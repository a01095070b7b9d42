"""Address recognizer: Faker and real-shaped addresses, place-name negatives, masking."""

from __future__ import annotations

import pytest
from faker import Faker
from hypothesis import given, settings
from hypothesis import strategies as st

from piplkit.discover.detect.engine import Detector
from piplkit.discover.detect.ner.address_grammar import find_addresses
from piplkit.discover.detect.ner.lexicon import lexicon
from piplkit.discover.detect.recognizer import AnalysisContext
from piplkit.discover.detect.recognizers.address import AddressRecognizer, mask_address, resolve
from piplkit.discover.detect.registry import Registry

CTX = AnalysisContext()
CARRIERS = (
    "收货地址为{}，请注意查收。",
    "本人现居住于{}，特此证明。",
    "快递员说{}这个地址找不到。",
    "请将合同原件邮寄至{}，谢谢。",
)
HARD_NEGATIVES = (
    "北京时间今晚八点，比赛将正式开始。",
    "北京百度网讯科技有限公司发布了新一季度财报。",
    "上海和广州的房价今年都有所回落。",
    "湖北省人民政府召开新闻发布会。",
    "杭州西湖是著名的旅游景点。",
    "路边的银杏叶已经黄了。",
    "请在办公室门口排队等候。",
    "深圳证券交易所今天暂停了两只股票的交易。",
)


@pytest.fixture(scope="module")
def recognizer() -> AddressRecognizer:
    return AddressRecognizer()


def _spans(recognizer: AddressRecognizer, text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in recognizer.analyze(text, CTX) if f.score >= 0.5]


def test_faker_addresses_found_exactly(recognizer: AddressRecognizer) -> None:
    fake = Faker("zh_CN")
    Faker.seed(2024)
    total = hits = 0
    for template in CARRIERS:
        for _ in range(8):
            address = fake.address()
            text = template.format(address)
            start = text.index(address)
            total += 1
            hits += (start, start + len(address)) in _spans(recognizer, text)
    assert hits / total >= 0.9, f"{hits}/{total} addresses found"


def test_real_address_span_and_attributes(recognizer: AddressRecognizer) -> None:
    address = "浙江省杭州市西湖区文三路478号华星时代广场A座12楼"
    text = f"公司地址：{address}，欢迎来访。"
    [finding] = [f for f in recognizer.analyze(text, CTX) if f.score >= 0.5]
    assert (finding.start, finding.end) == (5, 5 + len(address))
    assert finding.attributes["province"] == "浙江省"
    assert finding.attributes["city"] == "杭州市"
    assert finding.attributes["district"] == "西湖区"
    assert finding.attributes["granularity"] == "detail"
    assert finding.preview.startswith("浙江省杭州市")
    assert finding.preview[6:] == "*" * (len(address) - 6)


def test_street_without_division(recognizer: AddressRecognizer) -> None:
    text = "他住在建国路88号院3号楼。"
    assert (3, 13) in _spans(recognizer, text)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_place_names_and_organisations_are_not_addresses(
    recognizer: AddressRecognizer, text: str
) -> None:
    assert _spans(recognizer, text) == []


def test_bare_place_name_is_a_low_score_region(recognizer: AddressRecognizer) -> None:
    findings = list(recognizer.analyze("我们北京时间上午十点开会", CTX))
    assert all(f.score < 0.5 and f.attributes["granularity"] == "region" for f in findings)


def test_resolution_prefers_consistent_divisions() -> None:
    lex = lexicon()
    assert resolve("北京市朝阳区建国路", lex) == {"province": "北京市", "district": "朝阳区"}
    assert resolve("海淀区中关村大街1号", lex) == {
        "province": "北京市",
        "district": "海淀区",
    }
    assert resolve("朝阳区某路", lex) == {"district": "朝阳区"}  # ambiguous: Beijing or Changchun
    assert "city" not in resolve("湖北省佳市和平哈尔滨街j座", lex)  # a street named after a city


def test_mask_keeps_at_most_half() -> None:
    lex = lexicon()
    assert mask_address("北京市朝阳区建国路88号", lex) == "北京市" + "*" * 9
    assert mask_address("北京", lex) == "北*"
    assert mask_address("建国路88号", lex) == "*" * 6


def test_grammar_does_not_glue_places_with_and() -> None:
    assert [(m.start, m.end) for m in find_addresses("北京和上海市都下雨了")] == [(0, 2), (3, 6)]


def test_road_junction_is_one_address(recognizer: AddressRecognizer) -> None:
    address = "青岛市市南区青年街与中山北路交叉口东北角"
    text = f"被告住{address}。"
    assert (3, 3 + len(address)) in _spans(recognizer, text)


def test_junction_needs_a_crossing_word() -> None:
    # Two streets joined by 与 without 交叉口/路口 are two mentions, not one junction.
    spans = [(m.start, m.end) for m in find_addresses("南京路与淮海路都很热闹")]
    assert (0, 7) not in spans


def test_detector_with_own_registry() -> None:
    registry = Registry()
    registry.add("address", AddressRecognizer)
    text = "寄到上海市浦东新区张江镇科苑路399号，谢谢"
    [finding] = Detector(registry=registry).detect(text)
    assert text[finding.start : finding.end] == "上海市浦东新区张江镇科苑路399号"
    assert finding.attributes["district"] == "浦东新区"


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("北京市朝阳区建国路号栋室单元村镇88 A座，。的和"), max_size=40)
)
def test_findings_never_leak_the_value(text: str) -> None:
    recognizer = AddressRecognizer()
    for f in recognizer.analyze(text, CTX):
        value = text[f.start : f.end]
        assert 0 <= f.start < f.end <= len(text)
        assert f.preview != value
        assert len(f.preview) == len(value)
        assert f.preview.count("*") * 2 >= len(value)


def test_candidates_under_the_threshold_are_skipped_without_changing_findings() -> None:
    """With ``min_score`` in the context the recognizer skips the attributes of candidates the
    engine would drop (bare place names of prose); what it returns at or above the threshold is
    what it returns without one (prose and cells, with and without cue words)."""
    recognizer = AddressRecognizer()
    texts = [
        *HARD_NEGATIVES,
        *(c.format(a) for c in CARRIERS for a in ("北京市海淀区中关村大街27号", "杭州", "房山")),
        "家住上海，现在在深圳工作。",
        "地址：广州",
    ]
    dropped = 0
    for prose in (False, True):
        for min_score in (0.3, 0.5, 0.8):
            full = AnalysisContext(prose=prose)
            cut = AnalysisContext(prose=prose, min_score=min_score)
            for text in texts:
                every = list(recognizer.analyze(text, full))
                kept = [f for f in every if f.score >= min_score]
                assert list(recognizer.analyze(text, cut)) == kept, text
                dropped += len(every) - len(kept)
    assert dropped > 0


def test_a_detectors_threshold_changed_later_reaches_its_recognizers() -> None:
    text = "快递员说杭州这个地址找不到。"
    detector = Detector(["address"], min_score=0.5, prose=True)
    assert detector.detect(text) == []
    detector.min_score = 0.0
    assert detector.context.min_score == 0.0
    assert [f.type for f in detector.detect(text)] == ["address"]
