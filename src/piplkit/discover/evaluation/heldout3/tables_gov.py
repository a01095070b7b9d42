"""The government service hall (cases, exit-entry documents, residents from Hong Kong, Macao,
Taiwan and abroad, veterans, registered clergy) and social-app moderation."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout3 import ids, values, vocab
from piplkit.discover.evaluation.heldout3.spec import Col, Row, Table


def _crime(r: Row, share: float) -> str:
    return r.rng.choice(vocab.CRIMES) if r.rng.random() < share else r.rng.choice(vocab.NO_CRIME)


def gov_service() -> list[Table]:
    cases = (
        Col("办件编号", None, "zh_formal", lambda r: f"{r.p.region[0][:4]}{r.ref:%Y%m%d}{r.i:06d}"),
        Col(
            "事项名称",
            None,
            "zh_formal",
            lambda r: r.rng.choice(
                ("无犯罪记录证明开具", "户口迁移", "居住证办理", "婚姻登记预约", "社保转移")
            ),
        ),
        Col("申请人", "person_name", "zh_formal", lambda r: r.p.name),
        Col("身份证号码(18位)", "cn_resident_id", "annotated", lambda r: r.p.resident_id),
        Col("字段5", "ethnicity", "opaque", lambda r: values.ethnicity(r.rng)),
        Col(
            "联系电话",
            "cn_mobile",
            "zh_formal",
            lambda r: r.p.mobile if r.rng.random() < 0.85 else ids.landline(r.rng),
            variant="85% mobiles, landlines mixed in",
        ),
        Col("通讯地址", "address", "zh_formal", lambda r: values.address(r.rng, r.fake, r.p)),
        Col("工作单位", "employer", "zh_formal", lambda r: r.fake.company(), blank=0.3),
        Col(
            "核查结果",
            "criminal_record",
            "zh_colloquial",
            lambda r: _crime(r, 0.05),
            variant="criminal record check",
        ),
        Col(
            "人脸核验照片",
            "face_image",
            "zh_formal",
            lambda r: values.face_image(r.rng, r.ref, "b64"),
        ),
        Col("受理窗口", None, "zh_formal", lambda r: f"{r.rng.randint(1, 30)}号窗口"),
        Col(
            "经办人",
            "person_name",
            "zh_formal",
            lambda r: r.rng.choice(("黄丽", "林涛", "罗静", "梁伟")),
        ),
        Col("受理时间", None, "zh_formal", lambda r: values.timestamp(r.rng, r.ref, 60)),
        Col(
            "办理状态",
            None,
            "zh_formal",
            lambda r: r.rng.choice(("已办结", "受理中", "退件", "待补正")),
        ),
    )
    exit_entry = (
        Col("申请人姓名", "person_name", "zh_formal", lambda r: r.p.name),
        Col("公民身份号码", "cn_resident_id", "zh_formal", lambda r: r.p.resident_id),
        Col(
            "往来港澳通行证号",
            "hk_macau_permit",
            "zh_formal",
            lambda r: ids.hk_macau_mainlander(r.rng),
        ),
        Col("护照号", "passport", "zh_formal", lambda r: ids.passport_cn(r.rng), blank=0.4),
        Col(
            "签注类型",
            None,
            "zh_formal",
            lambda r: r.rng.choice(("团队旅游(L)", "个人旅游(G)", "商务(S)", "探亲(T)")),
        ),
        Col(
            "指纹采集",
            "biometric",
            "zh_formal",
            lambda r: values.fingerprint_template(r.rng),
            variant="ISO 19794-2 templates in base64",
        ),
        Col("受理日期", None, "zh_formal", lambda r: values.day_before(r.rng, r.ref, 90)),
    )
    residents = (
        Col("姓名", "person_name", "zh_formal", lambda r: r.p.name),
        Col(
            "台湾居民来往大陆通行证号码",
            "taiwan_permit",
            "zh_formal",
            lambda r: ids.taiwan_permit(r.rng),
            blank=0.5,
        ),
        Col(
            "港澳居民来往内地通行证号码",
            "hk_macau_permit",
            "zh_formal",
            lambda r: ids.hk_macau_resident(r.rng),
            blank=0.5,
        ),
        Col(
            "外国人永久居留身份证号码",
            "foreign_permanent_resident_id",
            "zh_formal",
            lambda r: ids.foreign_pr_id(r.rng, r.p, *r.rng.choice(vocab.COUNTRIES)[2:0:-1]),
            blank=0.6,
        ),
        Col("出生日期", "birth_date", "zh_formal", lambda r: values.birth_date(r.rng, r.p, "zh")),
        Col("居住地址", "address", "zh_formal", lambda r: values.address(r.rng, r.fake, r.p)),
        Col("联系电话", "cn_mobile", "zh_formal", lambda r: r.p.mobile),
    )
    veterans = (
        Col("姓名", "person_name", "zh_formal", lambda r: r.p.name),
        Col("军官证号", "military_id", "zh_formal", lambda r: ids.military_id(r.rng)),
        Col("文化程度", "education", "zh_formal", lambda r: r.rng.choice(vocab.EDUCATION)),
        Col(
            "入伍时间",
            None,
            "zh_formal",
            lambda r: f"{r.p.born.year + 18}-{r.rng.choice(('03', '09', '12'))}",
        ),
        Col(
            "退役时间",
            None,
            "zh_formal",
            lambda r: f"{r.p.born.year + r.rng.randint(22, 40)}-{r.rng.choice(('03', '09'))}",
        ),
        Col(
            "安置去向",
            None,
            "zh_formal",
            lambda r: r.rng.choice(("自主就业", "安排工作", "退休", "供养")),
        ),
        Col(
            "宗教信仰",
            "religion",
            "zh_formal",
            lambda r: values.religion(r.rng),
            blank=0.7,
            placeholders=("无",),
            variant="mostly 无",
        ),
    )
    clergy = (
        Col("xingming", "person_name", "pinyin_full", lambda r: r.p.name),
        Col("zongjiao", "religion", "pinyin_full", lambda r: values.religion(r.rng)),
        Col(
            "huodongchangsuo",
            None,
            "pinyin_full",
            lambda r: r.rng.choice(("灵隐寺", "白云观", "怀圣寺", "圣心大教堂", "崇一堂")),
        ),
        Col("shenfenzhenghaoma", "cn_resident_id", "pinyin_full", lambda r: r.p.resident_id),
        Col("lianxidianhua", "cn_mobile", "pinyin_full", lambda r: r.p.mobile),
        Col(
            "chushengriqi",
            "birth_date",
            "pinyin_full",
            lambda r: values.birth_date(r.rng, r.p, "dot"),
        ),
        Col("beianriqi", None, "pinyin_full", lambda r: values.day_before(r.rng, r.ref, 2000)),
    )
    file = "政务服务中心_办件台账.xlsx"
    return [
        Table(
            "gov_service",
            file,
            "综合受理",
            "xlsx",
            cases,
            titles=("区政务服务中心综合受理台账", "统计区间：2026年10月"),
            ages=(16, 85),
        ),
        Table("gov_service", file, "出入境证件", "xlsx", exit_entry, ages=(18, 75)),
        Table(
            "gov_service",
            file,
            "港澳台及外籍居民",
            "xlsx",
            residents,
            ages=(18, 75),
            rows=(80, 150),
        ),
        Table(
            "gov_service",
            "退役军人信息采集.csv",
            None,
            "csv",
            veterans,
            encoding="gb18030",
            ages=(40, 85),
        ),
        Table(
            "gov_service",
            "宗教教职人员备案.csv",
            None,
            "csv",
            clergy,
            encoding="utf-8-sig",
            ages=(25, 80),
            rows=(60, 120),
        ),
    ]


def social() -> list[Table]:
    queue = (
        Col("report_id", None, "en_snake", lambda r: f"R{ids.digits(r.rng, 12)}"),
        Col("reported_uid", None, "en_snake", lambda r: int(ids.digits(r.rng, 9)) + 100000000),
        Col("username", "account_name", "en_snake", lambda r: ids.account_name(r.rng, r.p)),
        Col(
            "msg_content",
            "communication_record",
            "en_snake",
            lambda r: r.rng.choice(vocab.MESSAGES),
        ),
        Col("client_ip", "ipv4", "en_snake", lambda r: ids.ipv4_public(r.rng)),
        Col("device_mac", "mac_address", "en_snake", lambda r: ids.mac(r.rng), blank=0.5),
        Col("client_ipv6", "ipv6", "en_snake", lambda r: ids.ipv6(r.rng), blank=0.4),
        Col("oaid", "device_id", "en_snake", lambda r: ids.device_id(r.rng, "oaid")),
        Col("imei", "imei", "en_snake", lambda r: ids.imei(r.rng), blank=0.5),
        Col(
            "post_location",
            "geo_coordinates",
            "en_snake",
            lambda r: "{1},{0}".format(*values.coordinates(r.rng, r.p)),
            variant="lng,lat",
            blank=0.3,
        ),
        Col("violation_type", None, "en_snake", lambda r: r.rng.choice(vocab.VIOLATIONS)),
        Col(
            "action",
            None,
            "en_snake",
            lambda r: r.rng.choice(("warn", "mute_7d", "ban", "dismiss")),
        ),
        Col("reviewer", None, "en_snake", lambda r: f"mod_{r.rng.randint(1, 40):03d}"),
        Col("reviewed_at", None, "en_snake", lambda r: values.timestamp(r.rng, r.ref, 14)),
        Col(
            "request_id",
            None,
            "en_snake",
            lambda r: ids.uuid_text(r.rng, False),
            variant="UUID request id",
        ),
    )
    profile = (
        Col("用户ID", None, "zh_formal", lambda r: 10_000_000 + r.i),
        Col("用户名", "account_name", "zh_formal", lambda r: ids.account_name(r.rng, r.p)),
        Col("微信号", "wechat_id", "zh_formal", lambda r: ids.wechat(r.rng, r.p), blank=0.3),
        Col("QQ", "qq_number", "abbrev", lambda r: ids.qq(r.rng), blank=0.3),
        Col("邮箱", "email", "zh_colloquial", lambda r: ids.email(r.rng, r.p), blank=0.3),
        Col(
            "性取向",
            "sexual_orientation",
            "zh_formal",
            lambda r: r.rng.choice(vocab.ORIENTATIONS_ZH),
            blank=0.4,
        ),
        Col(
            "宗教信仰",
            "religion",
            "zh_formal",
            lambda r: values.religion(r.rng),
            blank=0.6,
            placeholders=("无", "不公开"),
        ),
        Col("注册IP", "ipv4", "zh_formal", lambda r: ids.ipv4_public(r.rng)),
        Col("登录密码", "password", "zh_formal", lambda r: values.password(r.rng, "bcrypt")),
        Col(
            "好友列表",
            "contacts",
            "zh_formal",
            lambda r: ",".join(
                str(10_000_000 + r.rng.randint(0, 999999)) for _ in range(r.rng.randint(2, 8))
            ),
            variant="user ids of friends",
        ),
        Col("最近浏览", "browsing_history", "zh_colloquial", lambda r: values.browsing(r.rng)),
        Col(
            "个性签名",
            None,
            "zh_formal",
            lambda r: r.rng.choice(("热爱生活", "做自己", "", "今天也要加油鸭", "人间值得")),
        ),
        Col("粉丝数", None, "zh_formal", lambda r: r.rng.randint(0, 50000)),
        Col("注册时间", None, "zh_formal", lambda r: values.timestamp(r.rng, r.ref, 2000)),
    )
    return [
        Table("social_moderation", "moderation_queue.jsonl", None, "jsonl", queue, ages=(16, 60)),
        Table(
            "social_moderation",
            "social_user_profile.csv",
            None,
            "csv",
            profile,
            encoding="utf-8",
            ages=(16, 60),
        ),
    ]


def tables() -> list[Table]:
    return [*gov_service(), *social()]
