"""heldout10's 微博 long post (issue 16, branch fix16r): the post's time line ("2025-12-02 21:15
来自 iPhone 16 Pro #…#") became the headline of all four keycap entries, and the reposts and
comments under "—— 转发 ——" and "—— 热门评论 ——" items of their own. A Chinese post's framing has
no bars or middle dots for ``pagelines`` to find: it is now known by its own shape (``postlines``):
a time line with the client or hashtags, counts after their labels, dividers, a giveaway or an
advertisement. The document below is a 公众号-style post with circled numbers and other framing
words; controls keep prose that names 转发, 评论 or a date as it was."""

from __future__ import annotations

from piplkit.track import ingest
from piplkit.track.model import Block

POST = """隐私观察室

2025-11-30 08:02 来自 微博网页版

#网络安全# #个人信息#

【一周观察】这周值得关注的三件事，整理好了～

① 本周二，浙江省通信管理局通报了8款违规收集个人信息的App，要求限期整改。

② 11月27日，国家网信办发布《个人信息出境认证办法（征求意见稿）》，公开征求意见。

③ 11月26日，上海市市场监督管理局对一家连锁药店罚款20万元，原因是其违规收集会员人脸信息。

🎉 转发本条并关注，周五抽2位送数据合规书籍～

转发 88 ｜ 评论 21 ｜ 赞 305

—— 全部评论 ——

小王：药店那个罚得好

合规人：收藏了
"""


def test_a_posts_entries_are_its_items_and_its_framing_is_skipped() -> None:
    doc, devs = ingest(POST, "post.txt")
    assert [d.date for d in devs] == ["2025-11-25", "2025-11-27", "2025-11-26"]
    assert devs[0].title.startswith("本周二，浙江省通信管理局通报")
    assert devs[2].penalty_cny == 200000
    reasons = {s.reason for s in doc.skipped}
    assert any("reactions" in r for r in reasons)


def test_post_lines_by_shape() -> None:
    from piplkit.track.postlines import post_line

    def kind(text: str) -> str | None:
        return post_line(Block(text=text))

    assert kind("2025-11-30 08:02 来自 微博网页版") == "meta"
    assert kind("#数据安全# #网信#") == "meta"
    assert kind("转发 12 ｜ 评论 3 ｜ 赞 40") == "reactions"
    assert kind("—— 全部评论 ——") == "reactions"
    assert kind("🎉 转发本条并关注，周五抽2位送书～") == "promotion"
    assert kind("广告｜数据合规课程限时优惠") == "promotion"
    # controls: prose that names reposts, comments or a date
    assert kind("11月20日，深圳市市场监督管理局对一家健身房罚款30万元。") is None
    assert kind("转发《关于进一步做好个人信息保护工作的通知》，送达各单位。") is None
    assert kind("评论区有读者问到，标准合同备案是否还需要评估？") is None
    assert kind("2025-11-30 国家网信办发布《办法》") is None
