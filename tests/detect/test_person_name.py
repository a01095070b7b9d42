"""Person-name recognizer: Faker names in context, form labels, hard negatives, masking."""

from __future__ import annotations

import pytest
from faker import Faker
from hypothesis import given, settings
from hypothesis import strategies as st

from piplkit.discover.detect.engine import Detector
from piplkit.discover.detect.recognizer import AnalysisContext
from piplkit.discover.detect.recognizers.person_name import (
    PersonNameRecognizer,
    _ends_with_any,
    _starts_with_any,
    mask_person_name,
)
from piplkit.discover.detect.registry import Registry

CTX = AnalysisContext()
CARRIERS = (
    "联系人：{}，请于明天上午联系。",
    "{}先生您好，您的包裹已到达。",
    "本人{}，特此证明。",
    "患者{}，男，45岁，因胸痛入院。",
    "收件人：{} 备注：易碎品",
    "这份报告的审稿人是{}。",
)
HARD_NEGATIVES = (
    "北京时间今晚八点，比赛将正式开始。",
    "北京百度网讯科技有限公司发布了新一季度财报。",
    "他很高兴地说，黄金价格又上涨了。",
    "马上就要到春节了，车站里挤满了人。",
    "万一下雨，活动就改到室内举行。",
    "常常有人问我，学习编程难不难。",
    "江苏队在比赛中以三比一获胜。",
    "中国人民银行宣布下调存款准备金率。",
    "周末的天气预报说会有大风降温。",
    "The quick brown fox jumps over the lazy dog.",
)


@pytest.fixture(scope="module")
def recognizer() -> PersonNameRecognizer:
    return PersonNameRecognizer()


def _names(recognizer: PersonNameRecognizer, text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in recognizer.analyze(text, CTX) if f.score >= 0.5]


def test_faker_names_in_carriers_are_found_exactly(recognizer: PersonNameRecognizer) -> None:
    fake = Faker("zh_CN")
    Faker.seed(1234)
    total = hits = 0
    for template in CARRIERS:
        for _ in range(5):
            name = fake.name()
            text = template.format(name)
            start = text.index(name)
            total += 1
            hits += (start, start + len(name)) in _names(recognizer, text)
    assert hits / total >= 0.9, f"{hits}/{total} names found"


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_have_no_names(recognizer: PersonNameRecognizer, text: str) -> None:
    assert _names(recognizer, text) == []


def test_labelled_name_and_surname_attribute(recognizer: PersonNameRecognizer) -> None:
    text = "姓名：欧阳娜娜 性别：女"
    findings = [f for f in recognizer.analyze(text, CTX) if f.score >= 0.5]
    assert [(f.start, f.end) for f in findings] == [(3, 7)]
    assert findings[0].attributes == {"surname": "欧阳"}
    assert findings[0].preview == "欧阳**"


def test_span_does_not_run_into_next_word(recognizer: PersonNameRecognizer) -> None:
    text = "用户胡强反映，登录时总是提示密码错误。"
    assert (2, 4) in _names(recognizer, text)


@pytest.mark.parametrize(
    "template",
    [
        "导游{}带领团队参观了古城墙。",
        "被上诉人{}，住所地不详。",
        "证人{}出庭作证。",
        "请家长{}于本周五下午到校。",
        "尊敬的{}客户，您的账单已出。",
        # news roles (issue 12): a person described by role, then named
        "一名河北男子{}于昨日落网。",
        "拜仁的女婿{}状态不如从前。",
        "商报记者孟涛实习生{}/文",
    ],
)
def test_role_words_before_a_bare_name(recognizer: PersonNameRecognizer, template: str) -> None:
    name = "王芳"
    text = template.format(name)
    start = text.index(name)
    assert (start, start + 2) in _names(recognizer, text)


def test_given_name_has_at_most_two_characters(recognizer: PersonNameRecognizer) -> None:
    text = "原告李晓明诉称，双方于去年签订合同。"
    assert (2, 5) in _names(recognizer, text)


def test_role_word_is_not_split_across_the_surname(recognizer: PersonNameRecognizer) -> None:
    # 业主张桂英: 主张 is a word, but 业主 is the role and 张 the surname.
    text = "房源信息已核实，业主张桂英诚心出售。"
    assert (10, 13) in _names(recognizer, text)


def test_masked_preview_never_shows_the_name(recognizer: PersonNameRecognizer) -> None:
    fake = Faker("zh_CN")
    Faker.seed(99)
    for _ in range(20):
        name = fake.name()
        text = f"联系人：{name}，电话见附件。"
        for f in recognizer.analyze(text, CTX):
            value = text[f.start : f.end]
            assert f.preview != value
            assert len(f.preview) == len(value)
            assert f.preview.startswith(value[0])
            assert set(f.preview[1:]) <= {"*"} | set(f.attributes.get("surname", ""))


def test_mask_person_name_keeps_compound_surname() -> None:
    assert mask_person_name("司马相如", "司马") == "司马**"
    assert mask_person_name("张伟", "张") == "张*"
    assert mask_person_name("布莱恩特", None) == "布***"


def test_quick_reject_without_chinese(recognizer: PersonNameRecognizer) -> None:
    assert recognizer.quick_reject("ERROR 2024-01-01 connection refused")
    assert not recognizer.quick_reject("张伟")


def test_detector_with_own_registry() -> None:
    registry = Registry()
    registry.add("person_name", PersonNameRecognizer)
    findings = Detector(registry=registry).detect("经办人：刘桂珍，联系人：王磊先生。")
    assert [f.type for f in findings] == ["person_name", "person_name"]
    assert all("*" in f.preview for f in findings)


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from("张王李伟芳的了是在，。：先生女士经理北京市路号 a1"), max_size=40
    )
)
def test_findings_are_well_formed(text: str) -> None:
    recognizer = PersonNameRecognizer()
    for f in recognizer.analyze(text, CTX):
        assert 0 <= f.start < f.end <= len(text)
        assert 0.0 <= f.score <= 1.0
        assert f.preview != text[f.start : f.end]
        assert len(f.preview) == f.end - f.start


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("这次活动特别感谢王芳的支持。", "王芳"),
        ("有意者请联系李晓燕，电话见附件。", "李晓燕"),
        ("今天在商场偶遇了张伟", None),  # 偶遇了: the particle sits between verb and name
        ("我们将邀请相关国家的代表参加。", None),
        ("他在接受媒体采访时表示满意。", None),
    ],
)
def test_names_as_verb_objects(
    recognizer: PersonNameRecognizer, text: str, name: str | None
) -> None:
    found = [text[f.start : f.end] for f in recognizer._object_names(text)]
    assert found == ([name] if name else [])


_AFFIXES = st.text(alphabet=st.sampled_from("联系人先生女士经理:： "), max_size=5)


@given(_AFFIXES, st.frozensets(_AFFIXES.filter(bool), max_size=6))
def test_affix_look_ups_agree_with_a_scan_of_the_words(text: str, words: frozenset[str]) -> None:
    """The cue checks look up the tails/heads of a window instead of scanning every cue word."""
    longest = max(map(len, words), default=0)
    assert _ends_with_any(text, words, longest) == any(text.endswith(w) for w in words)
    assert _starts_with_any(text, words, longest) == any(text.startswith(w) for w in words)


def test_lowercase_latin_words_are_not_a_name() -> None:
    """Seen in a scan error ("… refused as a possible zip bomb"): Latin-script names are
    capitalised, lower-case words after Chinese text are not a person."""
    from piplkit.discover.detect import Detector

    text = "客户.xlsx: refused as a possible zip bomb"
    found = Detector(min_score=0.3).detect(text)
    assert [f for f in found if f.type == "person_name"] == []


@pytest.mark.parametrize(
    ("text", "value", "confidence", "kept"),
    [
        # A word of jieba's list (奥巴马 is one) tagged as a name with high model confidence
        # is a name; the same span with a hesitant model is not (高兴 in 他很高兴).
        ("奥巴马态度果断", "奥巴马", 0.95, True),
        ("奥巴马态度果断", "奥巴马", 0.6, False),
        # A lower-case Latin name in news text written without capitals, when the model is sure.
        ("著名建筑师johnnolen使用了", "johnnolen", 0.95, True),
        ("著名建筑师johnnolen使用了", "johnnolen", 0.6, False),
    ],
)
def test_model_vetoes_give_way_to_a_confident_model(
    recognizer: PersonNameRecognizer, text: str, value: str, confidence: float, kept: bool
) -> None:
    start = text.index(value)
    finding = recognizer._from_model(text, start, start + len(value), confidence)
    assert (finding is not None) == kept
