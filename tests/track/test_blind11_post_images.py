# ruff: noqa: E501  (the documents below are document text, one row or paragraph a line)
"""heldout11's 公众号 图文 digest (issue 16, branch fix16t).

Copied as text, the post kept "[图片]" where each picture was and the caption under it ("图为约谈
现场"); short lines over the next entry, the captions were read as headlines and the five ●
entries became their bodies (no item matched). A picture's or video's placeholder and the
caption under it, and a line worded as a caption anywhere ("图为…", "图：…", "Photo: …", a
closing credit "（…供图）", "（…摄）"), are now no text of any item; the 公众号's call to follow it
is a subscription blurb; a 专项行动 / 专项整治 campaign is enforcement, as "special operation" is.
The posts below are written otherwise (a county's post with 【图片】 and 摄 credits, an English
page with "[Image: …]" and "Photo:" lines); controls keep headlines and bracketed labels."""

from __future__ import annotations

from piplkit.track import ingest

POST = """清河网警
清河网警 2025年11月24日 18:05 发表于河北
戳上方蓝字“清河网警”关注我们
本文为测试编写的示例，清河县及文中单位与金额均为虚构。

【图片】
图：专项整治动员部署会现场（记者 王五 摄）

▶ 11月17日，清河县公安局网安大队启动“净网护企”专项整治，集中清理非法获取企业员工信息的黑灰产。

【图片】
网安民警上门检查

▶ 11月19日，清河县公安局对某人力资源公司作出罚款5万元的行政处罚，依据《中华人民共和国网络安全法》第六十四条。

【视频】
▶ 11月21日，清河县互联网信息办公室约谈2家违规推送弹窗广告的网站负责人。

来源：清河网警
"""


def test_placeholders_and_captions_are_no_headlines() -> None:
    doc, devs = ingest(POST, "post.txt")
    assert [d.date for d in devs] == ["2025-11-17", "2025-11-19", "2025-11-21"]
    assert devs[0].title.startswith("11月17日，清河县公安局网安大队启动")
    assert devs[1].penalty_cny == 50000
    assert all(not d.title.startswith(("图", "网安民警", "戳上方")) for d in devs)
    reasons = {s.reason for s in doc.skipped}
    assert "image placeholder or caption" in reasons


def test_a_campaign_is_enforcement() -> None:
    _, devs = ingest(POST, "post.txt")
    assert devs[0].kind == "enforcement"
    assert devs[0].authorities == ["清河县公安局网安大队"] or devs[0].authorities == [
        "清河县公安局"
    ]


PAGE = """# Week in China data rules

Published 28 November 2025

[Image: officials at the launch ceremony]
Photo: Example Wire

On 24 November, the Zhejiang Provincial Cyberspace Administration launched a two-month special operation on apps that over-collect location data.

[Image]
The new guidelines were presented at a press event (Photo: Example Wire)

On 26 November, TC260 released the Guidelines for Identifying Sensitive Personal Information (Draft for Comments).
"""


def test_an_english_pages_image_lines_are_no_headlines() -> None:
    _, devs = ingest(PAGE, "page.md")
    assert [d.date for d in devs] == ["2025-11-24", "2025-11-26"]
    assert devs[0].title.startswith("On 24 November, the Zhejiang")
    assert [m.stage for m in devs[1].instruments] == ["draft"]


#: control: a bracketed label is no placeholder, a headline that mentions photos stays one
CONTROL = """# Enforcement roundup

## Photo app fined for selling faces

On 3 November 2025, the Shanghai Municipal Cyberspace Administration fined a photo-editing app RMB 300,000 for selling users' face images.

## 【执法动态】某图片社区被约谈

11月5日，北京市互联网信息办公室约谈某图片社区运营者，责令其整改违规收集用户通讯录的行为。
"""


def test_control_headlines_about_pictures_stay_headlines() -> None:
    _, devs = ingest(CONTROL, "roundup.md")
    assert devs[0].title == "Photo app fined for selling faces"
    assert len(devs) == 2
    assert devs[0].penalty_cny == 300000
