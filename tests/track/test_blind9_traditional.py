"""heldout9's traditional-Chinese (繁體) newsletters (issue 16, branch fix16q): every cue of the
extractors is written in simplified script, so a traditional document lost its authorities
(網信辦), stages (徵求意見稿), fines (處以罰款) and section priors (立法動態). Its items are read
folded to simplified script and every text the record takes from the document is given back as
written. Written in another style than the blind documents (a 通訊 with 一、 headlines and a
section heading); with controls."""

from __future__ import annotations

from piplkit.track import ingest

NEWSLETTER = """數據合規通訊（2025年12月）
發佈日期：2025年12月15日

一、工信部發佈《車聯網個人信息保護規定（徵求意見稿）》
12月3日，工業和信息化部發佈《車聯網個人信息保護規定（徵求意見稿）》，向社會公開徵求意見。

二、杭州市網信辦處罰某外賣平台
12月9日，杭州市互聯網信息辦公室對某外賣平台處以罰款人民幣60萬元，並對其直接負責的主管人員處以罰款人民幣5萬元。

三、《某某省公共數據條例》正式施行
12月1日，某某省人民代表大會常務委員會通過的《某某省公共數據條例》正式施行。
"""


def test_traditional_items_get_their_fields_in_their_own_script() -> None:
    _, devs = ingest(NEWSLETTER, "tongxun.txt")
    draft, fine, in_force = devs
    assert draft.title == "工信部發佈《車聯網個人信息保護規定（徵求意見稿）》"
    assert [(m.name, m.stage) for m in draft.instruments] == [
        ("車聯網個人信息保護規定（徵求意見稿）", "draft")
    ]
    assert draft.kind == "legislation"
    assert fine.authorities == ["杭州市互聯網信息辦公室"]  # as written, not 杭州市互联网…
    assert fine.kind == "enforcement"
    assert fine.penalty_cny == 650000  # the fine on the person in charge is added
    assert fine.summary.startswith("12月9日，杭州市互聯網信息辦公室")
    assert [(m.name, m.stage, m.effective_date) for m in in_force.instruments] == [
        ("某某省公共數據條例", "in_force", "2025-12-01")
    ]


#: a Hong Kong style monthly: bold-like headlines under a 立法動態 section heading, whose body
#: names a fine (the amended law's higher ceilings): the section says legislation
MONTHLY = """內地法規月報
2025年11月30日

立法動態

某某省人大常委會通過《某某省數據條例》
11月20日，某某省人大常委會表決通過《某某省數據條例》，自2026年3月1日起施行，並提高了違法行為的罰款上限。

執法動態

某某市網信辦約談三家平台企業
11月25日，某某市互聯網信息辦公室約談三家平台企業，責令限期整改。
"""


def test_a_traditional_section_heading_gives_its_prior() -> None:
    _, devs = ingest(MONTHLY, "yuebao.txt")
    assert [d.kind for d in devs] == ["legislation", "enforcement"]


def test_fold_shapes_and_controls() -> None:
    from piplkit.track.script import fold, is_traditional  # (new on this branch)

    text = "國家網信辦發佈《個人信息出境認證辦法》，自發佈之日起施行。"
    assert fold(text) == "国家网信办发布《个人信息出境认证办法》，自发布之日起施行。"
    assert len(fold(text)) == len(text)
    assert is_traditional(text)
    # controls: simplified text, a simplified text quoting one traditional name, English
    assert not is_traditional("国家网信办发布《个人信息出境认证办法》，自发布之日起施行。")
    assert not is_traditional("香港个人资料私隐专员公署（私隱專員公署）发布指引。")
    assert not is_traditional("The CAC issued the Measures on 17 October 2025.")


#: control: a simplified newsletter reads as before (nothing is folded or restored)
SIMPLIFIED = """数据合规通讯（2025年12月）

一、杭州市网信办处罚某外卖平台
12月9日，杭州市互联网信息办公室对某外卖平台处以罚款人民币60万元。
"""


def test_control_a_simplified_newsletter() -> None:
    _, devs = ingest(SIMPLIFIED, "tongxun_zh.txt")
    assert [(d.authorities, d.penalty_cny) for d in devs] == [(["杭州市互联网信息办公室"], 600000)]
