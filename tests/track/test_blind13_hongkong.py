"""heldout13 (fix16z): Hong Kong's words for personal data ("個人資料", "資料外洩", "私隱") are
in the domain; a paper's background part (the law in force) holds no development.

The paper is written for these tests (a Markdown brief to a district council in traditional
script), not copied from the blind set's LegCo paper."""

from __future__ import annotations

from piplkit.track import authorities
from piplkit.track.extract import ingest
from piplkit.track.postfilter import in_domain

_BRIEF = """# 區議會資訊簡報：個人資料保障近況

## 背景

《個人資料（私隱）條例》於一九九六年十二月二十日生效，由私隱專員公署負責執行。

## 近期發展

二零二五年十月九日，私隱專員公署就一間健身中心的會員資料外洩事故展開循規審查。

二零二五年十月二十日，私隱專員公署發出《僱主監察僱員私隱指引》。

二零二五年十一月三日，私隱專員公署完成調查，裁定一間補習社違反保障資料第4原則。
"""


def test_hong_kong_data_words_are_in_the_domain() -> None:
    assert in_domain("會員資料外洩事故")
    assert in_domain("违反保障资料第4原则")
    assert in_domain("私隱專員")


def test_control_unrelated_text_stays_out_of_the_domain() -> None:
    assert not in_domain("區議會討論街市的衛生及渠務工程")
    assert not in_domain("学习资料已发给各位委员")


def test_background_part_and_breach_reports() -> None:
    titles = [d.title for d in ingest(_BRIEF, "brief.md")[1]]
    assert len(titles) == 3
    assert all(t.startswith("二零二五年") for t in titles)


def test_bare_hong_kong_court_and_bureau_are_authorities() -> None:
    text = "二零二五年十月二日，高等法院裁定上訴得直；商务及经济发展局同日提交条例草案。"
    assert authorities.extract(text, [], {}) == ["高等法院", "商务及经济发展局"]


def test_control_a_mainland_court_is_found_as_before() -> None:
    assert authorities.extract("北京市高级人民法院二审维持原判。", [], {}) == ["北京市高级人民法院"]
