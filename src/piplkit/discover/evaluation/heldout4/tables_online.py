"""Online services: e-commerce returns, a game's real-name anti-addiction register (minors),
a dating app's profiles and chats, and a broadband ISP's NAT log with opaque headers."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout4 import ids
from piplkit.discover.evaluation.heldout4 import values as v
from piplkit.discover.evaluation.heldout4.spec import Col as C
from piplkit.discover.evaluation.heldout4.spec import Ctx, Table

_SITES = (
    "https://www.zhihu.com/question/{n}", "https://m.douban.com/group/topic/{n}/",
    "https://www.xiaohongshu.com/explore/{h}", "https://weibo.com/u/{n}",
    "https://baike.baidu.com/item/{n}", "https://www.bilibili.com/video/BV{h}",
    "https://item.jd.com/{n}.html", "https://www.58.com/zufang/{n}x.shtml",
)  # fmt: skip


def _url(c: Ctx) -> str:
    return c.rng.choice(_SITES).format(n=c.rng.randint(10**6, 10**9), h=ids.hexstr(c.rng, 10))


def _chat(c: Ctx) -> str:
    return c.rng.choice(
        (
            "周末有空一起吃饭吗？",
            "我到楼下了，你下来吧",
            "昨天聊得很开心～",
            "你的照片好好看",
            "可以加个微信吗",
            "我在三里屯这边，你呢",
            "晚安，明天见",
            "你是做什么工作的呀",
            "下班了，好累",
            "这周六看电影怎么样",
        )
    )


def _return_reason(c: Ctx) -> str:
    return c.rng.choice(
        ("尺码不合适", "七天无理由", "质量问题", "发错货", "与描述不符", "不想要了")
    )


def _pickup_address(c: Ctx) -> str:
    return v.addr(c)


def tables() -> list[Table]:
    returns = Table(
        "ecommerce_returns",
        "refund_after_sale.jsonl",
        None,
        "jsonl",
        (
            C("refundId", None, "en_camel", v.rand_code("RF", 16)),
            C("tradeNo", None, "en_camel", v.rand_code("", 19)),
            C("buyerNick", "account_name", "en_camel", v.nick),
            C(
                "receiverName",
                "person_name",
                "en_camel",
                lambda c: v.mask_name(c.p.name),
                variant="masked",
            ),
            C("receiverMobile", "cn_mobile", "en_camel", v.mob_masked, variant="masked"),
            C("pickupAddress", "address", "en_camel", _pickup_address),
            C(
                "skuName",
                None,
                "en_camel",
                v.pick("男士休闲裤 黑色 XL", "保温杯 500ml", "蓝牙耳机 Pro", "儿童羽绒服 130"),
            ),
            C("refundFee", None, "en_camel", v.money(9, 2000)),
            C("reason", None, "en_camel", _return_reason),
            C(
                "status",
                None,
                "en_camel",
                v.pick("WAIT_SELLER_AGREE", "SUCCESS", "CLOSED", "WAIT_BUYER_RETURN"),
            ),
            C("returnWaybill", None, "en_camel", v.rand_code("SF", 13)),
            C("modified", None, "en_camel", v.moment_text(20)),
        ),
    )
    game = Table(
        "gaming_anti_addiction",
        "实名认证与防沉迷_导出.xlsx",
        "实名信息",
        "xlsx",
        (
            C("账号", "account_name", "zh_formal", v.nick),
            C("角色ID", None, "zh_formal", v.integer(10**9, 10**10 - 1)),
            C(
                "实名姓名",
                "person_name",
                "zh_formal",
                lambda c: v.mask_name(c.p.name) if c.rng.random() < 0.5 else c.p.name,
                variant="masked_half",
            ),
            C("实名证件号", "cn_resident_id", "zh_formal", v.rid_masked, variant="masked"),
            C(
                "是否未成年",
                None,
                "zh_formal",
                lambda c: "是" if c.p.born.year > c.ref.year - 18 else "否",
            ),
            C("今日在线时长(分)", None, "annotated", v.integer(0, 300)),
            C("本月充值", None, "zh_formal", v.pick(0, 0, 6, 30, 68, 198, 648)),
            C("登录IP", "ipv4", "zh_formal", lambda c: ids.ipv4_public(c.rng)),
            C("设备IMEI", "imei", "mixed", lambda c: ids.imei(c.rng), blank=0.3),
            C("绑定手机", "cn_mobile", "zh_formal", v.mob_masked, variant="masked"),
            C("绑定QQ", "qq_number", "mixed", v.qq, blank=0.4),
            C("密码", "password", "zh_formal", v.pwd_hash),
        ),
        ages=(9, 40),
    )
    guardians = Table(
        "gaming_anti_addiction",
        "实名认证与防沉迷_导出.xlsx",
        "家长监护",
        "xlsx",
        (
            C("未成年账号", "account_name", "zh_formal", v.nick),
            C("未成年人姓名", "person_name", "zh_formal", v.name),
            C("未成年人身份证", "cn_resident_id", "zh_formal", v.rid),
            C("监护人姓名", "person_name", "zh_formal", v.name_q),
            C("监护人手机", "cn_mobile", "zh_formal", v.mob_q),
            C(
                "监护关系",
                "family_relationship",
                "zh_formal",
                v.pick("父亲", "母亲", "祖父", "祖母"),
            ),
            C(
                "限制时段",
                None,
                "zh_formal",
                v.pick("20:00-21:00", "周五至周日20-21点", "禁止登录"),
            ),
            C("消费限额", None, "zh_formal", v.pick(0, 50, 100, 200)),
        ),
        ages=(8, 13),
        other_ages=(28, 65),
    )
    dating = Table(
        "dating_app",
        "profiles_snapshot.parquet",
        None,
        "parquet",
        (
            C("uid", None, "en_snake", v.integer(10**8, 10**9)),
            C("nickname", "account_name", "en_snake", v.nick),
            C("gender", "gender", "en_snake", lambda c: "female" if c.p.female else "male"),
            C("birthday", "birth_date", "en_snake", v.born),
            C("height", "body_measurement", "en_snake", v.integer(150, 195)),
            C("education", "education", "en_snake", v.pick(*v.EDUCATION)),
            C("occupation", "job_title", "en_snake", v.pick(*v.JOBS)),
            C(
                "annual_income",
                "income",
                "en_snake",
                v.pick("10-20万", "20-30万", "30-50万", "50万以上", "10万以下"),
            ),
            C("marital", "marital_status", "en_snake", v.pick("未婚", "离异", "丧偶")),
            C(
                "orientation",
                "sexual_orientation",
                "en_snake",
                v.pick("异性恋", "异性恋", "异性恋", "同性恋", "双性恋"),
            ),
            C("wechat", "wechat_id", "en_snake", v.wechat, blank=0.5),
            C("avatar", "face_image", "en_snake", v.face_path),
            C("last_lat", "geo_coordinates", "en_snake", v.lat),
            C("last_lng", "geo_coordinates", "en_snake", v.lng),
            C("vip_level", None, "en_snake", v.integer(0, 5)),
        ),
        ages=(20, 50),
    )
    chats = Table(
        "dating_app",
        "im_messages_sample.csv",
        None,
        "csv",
        (
            C("msg_id", None, "en_snake", v.rand_code("", 16)),
            C("from_user", "account_name", "en_snake", v.nick),
            C("to_user", "account_name", "en_snake", v.nick),
            C("content", "communication_record", "en_snake", _chat),
            C("sent_at", None, "en_snake", v.moment_text(10)),
            C("client_ip", "ipv6", "en_snake", lambda c: ids.ipv6(c.rng)),
            C(
                "risk_label",
                None,
                "en_snake",
                v.pick("normal", "normal", "normal", "spam", "fraud_suspect"),
            ),
        ),
        encoding="utf-8",
    )
    isp = Table(
        "isp_nat_log",
        "nat_log_20261201.tsv",
        None,
        "tsv",
        (
            C("F1", None, "opaque", v.moment_text(2)),
            C(
                "F2",
                "account_name",
                "opaque",
                lambda c: f"025{c.rng.randint(10**7, 10**8 - 1)}@njadsl",
                by_values=False,
            ),
            C(
                "F3",
                "ipv4",
                "opaque",
                lambda c: (
                    f"100.{c.rng.randint(64, 127)}.{c.rng.randrange(256)}.{c.rng.randint(1, 254)}"
                ),
            ),
            C("F4", "ipv4", "opaque", lambda c: ids.ipv4_public(c.rng)),
            C("F5", None, "opaque", v.integer(1024, 65535)),
            C("F6", "mac_address", "opaque", lambda c: ids.mac(c.rng, "-").lower()),
            C("F7", "ipv6", "opaque", lambda c: ids.ipv6(c.rng), blank=0.3),
            C("F8", "browsing_history", "opaque", _url),
            C("F9", None, "opaque", v.integer(100, 10**7)),
            C("F10", None, "opaque", v.pick("TCP", "UDP")),
        ),
        encoding="utf-8",
        delimiter="\t",
    )
    return [returns, game, guardians, dating, chats, isp]
