"""Domains of billing and operations systems: utility billing, airline PNRs, payroll, CRM leads,
IoT device telemetry, marketplace sellers."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout3 import ids, values, vocab
from piplkit.discover.evaluation.heldout3.spec import Col, Row, Table


def utility() -> list[Table]:
    cols = (
        Col(
            "户号",
            None,
            "zh_formal",
            lambda r: str(r.rng.randint(1, 3)) + ids.digits(r.rng, 9),
            variant="10-digit account number",
        ),
        Col("户名", "person_name", "zh_formal", lambda r: r.p.name),
        Col(
            "用电地址",
            "address",
            "zh_formal",
            lambda r: values.address(r.rng, r.fake, r.p, province=False),
        ),
        Col(
            "联系电话（手机/座机）",
            "cn_mobile",
            "annotated",
            lambda r: r.p.mobile if r.rng.random() < 0.8 else ids.landline(r.rng),
            variant="80% mobiles, landlines mixed in",
        ),
        Col(
            "固定电话",
            "cn_landline",
            "zh_formal",
            lambda r: ids.landline(r.rng),
            blank=0.5,
            placeholders=("无", "—"),
        ),
        Col("本期示数", None, "zh_formal", lambda r: r.rng.randint(1000, 40000)),
        Col("用量(kWh)", None, "annotated", lambda r: r.rng.randint(50, 900)),
        Col("应缴金额(元)", None, "annotated", lambda r: values.amount(r.rng, 20, 600)),
        Col("账户余额", "account_balance", "zh_formal", lambda r: values.amount(r.rng, -80, 500)),
        Col(
            "缴费渠道",
            None,
            "zh_formal",
            lambda r: r.rng.choice(("微信", "支付宝", "银行代扣", "营业厅现金")),
        ),
        Col("代扣卡号", "bank_card", "zh_colloquial", lambda r: ids.bank_card(r.rng), blank=0.6),
        Col(
            "最近缴费",
            "transaction_record",
            "zh_colloquial",
            lambda r: (
                f"{values.day_before(r.rng, r.ref, 60)} {r.rng.choice(('微信', '支付宝', '代扣'))}"
                f"缴费{values.amount(r.rng, 20, 500)}元"
            ),
        ),
        Col(
            "抄表员",
            "person_name",
            "zh_formal",
            lambda r: r.rng.choice(("邓志刚", "许文", "韩梅", "冯军")),
        ),
        Col(
            "网上营业厅账号",
            "account_name",
            "zh_formal",
            lambda r: ids.account_name(r.rng, r.p),
            blank=0.5,
        ),
        Col(
            "网厅密码",
            "password",
            "zh_colloquial",
            lambda r: values.password(r.rng, "md5"),
            blank=0.5,
            variant="unsalted MD5",
        ),
    )
    return [
        Table(
            "utility", "电费账单_2026年11月.csv", None, "csv", cols, encoding="gbk", rows=(300, 450)
        )
    ]


def airline() -> list[Table]:
    def pax_name(r: Row) -> str:
        if r.rng.random() < 0.6:
            return f"{r.fake.last_romanized_name().upper()}/{r.fake.first_romanized_name().upper()}"
        return r.p.name

    cols = (
        Col(
            "PNR",
            None,
            "en_upper",
            lambda r: "".join(r.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
        ),
        Col("PAX_NAME", "person_name", "en_upper", pax_name, variant="60% ZHANG/WEI style"),
        Col("CERT_TYPE", None, "en_upper", lambda r: r.rng.choice(("NI",) * 8 + ("PP", "ID"))),
        Col(
            "CERT_NO",
            "cn_resident_id",
            "en_upper",
            lambda r: r.p.resident_id if r.rng.random() < 0.88 else ids.passport_cn(r.rng),
            variant="88% resident IDs, passports mixed in",
        ),
        Col(
            "NATIONALITY",
            "nationality",
            "en_upper",
            lambda r: (
                "CN" if r.rng.random() < 0.8 else r.rng.choice(("US", "GB", "JP", "KR", "SG"))
            ),
        ),
        Col("DOCS_PASSPORT", "passport", "en_upper", lambda r: ids.passport_cn(r.rng), blank=0.6),
        Col(
            "MIL_ID",
            "military_id",
            "en_upper",
            lambda r: ids.military_id(r.rng),
            blank=0.8,
            variant="军人依法优先: mostly empty",
        ),
        Col(
            "FLT_NO",
            None,
            "en_upper",
            lambda r: r.rng.choice(vocab.AIRLINES) + str(r.rng.randint(1001, 9899)),
        ),
        Col(
            "ITINERARY",
            "trajectory",
            "en_upper",
            lambda r: values.itinerary(r.rng),
            variant="PEK-SHA-CAN city pairs",
        ),
        Col("FLT_DATE", None, "en_upper", lambda r: values.day_before(r.rng, r.ref, -60)),
        Col("CTC_M", "cn_mobile", "en_upper", lambda r: r.p.mobile),
        Col(
            "TKT_NO",
            None,
            "en_upper",
            lambda r: f"{r.rng.choice(('999', '781', '784', '880'))}-{ids.digits(r.rng, 10)}",
        ),
        Col("FARE_CNY", None, "en_upper", lambda r: r.rng.randint(300, 5600)),
        Col(
            "SEAT", None, "en_upper", lambda r: f"{r.rng.randint(1, 60)}{r.rng.choice('ABCDEFHJK')}"
        ),
        Col(
            "FFP_NO",
            None,
            "en_upper",
            lambda r: r.rng.choice(vocab.AIRLINES[:4]) + ids.digits(r.rng, 9),
            blank=0.5,
        ),
    )
    return [
        Table(
            "airline",
            "pnr_export_20261130.csv",
            None,
            "csv",
            cols,
            encoding="utf-8",
            ages=(2, 85),
            rows=(300, 500),
        )
    ]


def payroll() -> list[Table]:
    pay = (
        Col("工号", None, "zh_formal", lambda r: f"E{r.i + 20001}"),
        Col("姓名", "person_name", "zh_formal", lambda r: r.p.name),
        Col("部门", None, "zh_formal", lambda r: r.rng.choice(vocab.DEPARTMENTS)),
        Col("岗位", "job_title", "zh_formal", lambda r: r.rng.choice(vocab.JOBS)),
        Col(
            "基本工资",
            "income",
            "zh_formal",
            lambda r: float(r.rng.randrange(4000, 30000, 100)),
            total="sum",
        ),
        Col(
            "绩效奖金", "income", "zh_formal", lambda r: values.amount(r.rng, 0, 12000), total="sum"
        ),
        Col(
            "实发工资",
            "income",
            "zh_formal",
            lambda r: values.amount(r.rng, 3500, 38000),
            total="sum",
        ),
        Col("工资卡号", "bank_card", "zh_colloquial", lambda r: ids.bank_card(r.rng)),
        Col(
            "开户行",
            None,
            "zh_formal",
            lambda r: r.rng.choice(("工行科技园支行", "招行车公庙支行", "建行高新支行")),
        ),
        Col(
            "身份证号码",
            "cn_resident_id",
            "zh_formal",
            lambda r: values.damage_id(r.rng, r.p.resident_id, mangle=0.1),
            variant="10% Excel-mangled",
        ),
    )
    roster = (
        Col("工号", None, "zh_formal", lambda r: f"E{r.i + 20001}"),
        Col("姓名", "person_name", "zh_formal", lambda r: r.p.name),
        Col("民族", "ethnicity", "zh_formal", lambda r: values.ethnicity(r.rng)),
        Col(
            "婚否",
            "marital_status",
            "zh_colloquial",
            lambda r: r.rng.choice(("已婚", "未婚", "已婚", "离异")),
        ),
        Col("学历", "education", "zh_formal", lambda r: r.rng.choice(vocab.EDUCATION)),
        Col(
            "宗教信仰",
            "religion",
            "zh_formal",
            lambda r: values.religion(r.rng),
            blank=0.75,
            placeholders=("无",),
        ),
        Col("入职日期", None, "zh_formal", lambda r: values.day_before(r.rng, r.ref, 3000)),
        Col("合同到期", None, "zh_formal", lambda r: values.day_before(r.rng, r.ref, -900)),
        Col("字段12", "cn_mobile", "opaque", lambda r: r.p.mobile, variant="opaque header"),
        Col("F13", "email", "opaque", lambda r: ids.email(r.rng, r.p)),
    )
    title = ("深圳市XX科技有限公司", "2026年10月工资表", "制表：人力资源部    日期：2026-11-05")
    file = "工资表_2026年10月.xlsx"
    return [
        Table("payroll", file, "工资明细", "xlsx", pay, titles=title, totals=True, ages=(20, 60)),
        Table("payroll", file, "员工档案", "xlsx", roster, ages=(20, 60)),
    ]


def crm() -> list[Table]:
    leads = (
        Col(
            "线索编号",
            None,
            "zh_formal",
            lambda r: "1" + r.rng.choice("3456789") + ids.digits(r.rng, 9),
            variant="11 digits starting 13-19 (phone-shaped)",
        ),
        Col("客户姓名", "person_name", "zh_formal", lambda r: r.p.name),
        Col(
            "公司名称",
            "employer",
            "zh_formal",
            lambda r: r.fake.company(),
            variant="the lead's employer",
            by_values=False,
        ),
        Col("职位", "job_title", "zh_formal", lambda r: r.rng.choice(vocab.JOBS)),
        Col("手机", "cn_mobile", "zh_colloquial", lambda r: ids.phone(r.rng, r.p.mobile)),
        Col("办公电话", "cn_landline", "zh_formal", lambda r: ids.landline(r.rng), blank=0.3),
        Col("邮箱", "email", "zh_colloquial", lambda r: ids.email(r.rng, r.p)),
        Col("微信", "wechat_id", "zh_colloquial", lambda r: ids.wechat(r.rng, r.p), blank=0.3),
        Col("统一社会信用代码", "cn_uscc", "zh_formal", lambda r: ids.uscc(r.rng)),
        Col("线索来源", None, "zh_formal", lambda r: r.rng.choice(vocab.LEAD_SOURCES)),
        Col(
            "负责销售",
            "person_name",
            "zh_formal",
            lambda r: r.rng.choice(("唐宇", "谢婷", "宋佳", "曹阳", "彭飞")),
        ),
        Col(
            "ad_device_id",
            "device_id",
            "en_snake",
            lambda r: ids.device_id(r.rng, "idfa"),
            blank=0.4,
            variant="IDFA from ad click",
        ),
        Col(
            "访问轨迹",
            "browsing_history",
            "zh_colloquial",
            lambda r: " > ".join(
                f"https://www.example-saas.cn/{p}"
                for p in r.rng.sample(
                    (
                        "pricing",
                        "product/crm",
                        "case",
                        "download",
                        "contact",
                        f"blog/{r.i}",
                    ),
                    3,
                )
            ),
            variant="pages the lead visited",
        ),
        Col("字段14", "ipv4", "opaque", lambda r: ids.ipv4_public(r.rng)),
        Col("创建时间", None, "zh_formal", lambda r: values.timestamp(r.rng, r.ref, 200)),
    )
    follow = (
        Col(
            "线索编号",
            None,
            "zh_formal",
            lambda r: "1" + r.rng.choice("3456789") + ids.digits(r.rng, 9),
        ),
        Col("跟进时间", None, "zh_formal", lambda r: values.timestamp(r.rng, r.ref, 100)),
        Col(
            "跟进方式", None, "zh_formal", lambda r: r.rng.choice(("电话", "微信", "拜访", "邮件"))
        ),
        Col(
            "跟进内容",
            None,
            "zh_formal",
            lambda r: r.rng.choice(
                (
                    "客户表示下月有采购计划，需报价",
                    "已发送产品资料",
                    "客户暂无需求",
                    "约下周二现场演示",
                    "价格异议，申请折扣",
                )
            ),
        ),
        Col(
            "会话存档",
            "communication_record",
            "zh_formal",
            lambda r: r.rng.choice(vocab.MESSAGES),
            variant="企业微信 chat archive",
        ),
        Col("下次跟进", None, "zh_formal", lambda r: values.day_before(r.rng, r.ref, -30)),
    )
    file = "crm_leads_export.xlsx"
    return [
        Table("crm", file, "线索", "xlsx", leads, ages=(24, 60)),
        Table("crm", file, "跟进记录", "xlsx", follow, ages=(24, 60)),
    ]


def iot() -> list[Table]:
    def loc(r: Row) -> str:
        lat, lng = values.coordinates(r.rng, r.p)
        return r.rng.choice((f"{lat},{lng}", f"POINT({lng} {lat})", f"{lat:.5f},{lng:.5f}"))

    cols = (
        Col(
            "device_sn",
            None,
            "en_snake",
            lambda r: "W" + r.rng.choice("ABCD") + ids.digits(r.rng, 10),
            variant="manufacturer serial",
        ),
        Col("user_id", None, "en_snake", lambda r: r.i + 5_000_000),
        Col("bind_mobile", "cn_mobile", "en_snake", lambda r: r.p.mobile),
        Col("c4", "mac_address", "opaque", lambda r: ids.mac(r.rng)),
        Col("imei", "imei", "en_snake", lambda r: ids.imei(r.rng)),
        Col("iccid_imsi", "imsi", "en_snake", lambda r: ids.imsi(r.rng)),
        Col("android_id", "device_id", "en_snake", lambda r: ids.device_id(r.rng, "android")),
        Col("loc", "geo_coordinates", "en_snake", loc, variant="lat,lng and WKT points"),
        Col(
            "track_24h", "trajectory", "en_snake", lambda r: values.trajectory_points(r.rng, r.p, 6)
        ),
        Col(
            "heart_rate",
            "body_measurement",
            "en_snake",
            lambda r: r.rng.randint(55, 130),
            variant="wearer's heart rate",
            by_values=False,
        ),
        Col(
            "sos_contacts",
            "contacts",
            "en_snake",
            lambda r: values.contacts_list(r.rng, r.fake, "json"),
            blank=0.3,
        ),
        Col("wan_ipv6", "ipv6", "en_snake", lambda r: ids.ipv6(r.rng)),
        Col(
            "fw_version",
            None,
            "en_snake",
            lambda r: f"v{r.rng.randint(1, 4)}.{r.rng.randint(0, 12)}.{r.rng.randint(0, 30)}",
        ),
        Col("battery", None, "en_snake", lambda r: r.rng.randint(1, 100)),
        Col("rssi", None, "en_snake", lambda r: -r.rng.randint(40, 110)),
        Col("reported_at", None, "en_snake", lambda r: values.timestamp(r.rng, r.ref, 2)),
        Col(
            "unlock_fp",
            "biometric",
            "en_snake",
            lambda r: values.fingerprint_template(r.rng),
            blank=0.5,
            variant="smart-lock fingerprint templates",
        ),
        Col(
            "wifi_pwd",
            "password",
            "en_snake",
            lambda r: values.password(r.rng, "plain"),
            variant="plaintext Wi-Fi password",
        ),
        Col("app_account", "account_name", "en_snake", lambda r: ids.account_name(r.rng, r.p)),
    )
    return [
        Table(
            "iot",
            "iot_watch_telemetry.parquet",
            None,
            "parquet",
            cols,
            ages=(6, 85),
            rows=(300, 500),
        )
    ]


def marketplace() -> list[Table]:
    cols = (
        Col("店铺ID", None, "zh_formal", lambda r: 60_000_000 + r.i * 7),
        Col(
            "店铺名称",
            None,
            "zh_formal",
            lambda r: (
                r.fake.last_name()
                + r.rng.choice(("记", "家", "氏"))
                + r.rng.choice(("小铺", "旗舰店", "优选", "百货"))
            ),
        ),
        Col("主体名称", None, "zh_formal", lambda r: r.fake.company()),
        Col(
            "统一社会信用代码",
            "cn_uscc",
            "zh_formal",
            lambda r: ids.uscc(r.rng, r.rng.random() < 0.4),
        ),
        Col("法定代表人", "person_name", "zh_formal", lambda r: r.p.name),
        Col("法人身份证号", "cn_resident_id", "zh_formal", lambda r: r.p.resident_id),
        Col("联系人手机", "cn_mobile", "zh_formal", lambda r: r.p.mobile),
        Col("店主邮箱", "email", "zh_colloquial", lambda r: ids.email(r.rng, r.p)),
        Col("结算卡号", "bank_card", "zh_colloquial", lambda r: ids.bank_card(r.rng)),
        Col("店主微信", "wechat_id", "zh_colloquial", lambda r: ids.wechat(r.rng, r.p)),
        Col("店主QQ", "qq_number", "zh_colloquial", lambda r: ids.qq(r.rng), blank=0.4),
        Col(
            "法人征信", "credit_record", "zh_colloquial", lambda r: r.rng.choice(vocab.CREDIT_NOTES)
        ),
        Col(
            "经营地址",
            None,
            "zh_formal",
            lambda r: values.store_address(r.rng, r.fake),
            variant="business premises",
        ),
        Col(
            "登录密码",
            "password",
            "zh_formal",
            lambda r: values.password(r.rng, r.rng.choice(("md5", "sha256", "pbkdf2"))),
        ),
        Col("经营类目", None, "zh_formal", lambda r: r.rng.choice(vocab.CATEGORIES)),
        Col("保证金(元)", None, "annotated", lambda r: r.rng.choice((1000, 5000, 10000, 20000))),
        Col("入驻日期", None, "zh_formal", lambda r: values.day_before(r.rng, r.ref, 1500)),
        Col(
            "col_18",
            "cn_mobile",
            "opaque",
            lambda r: ids.mobile(r.rng),
            variant="opaque: backup mobile",
        ),
    )
    return [
        Table(
            "marketplace",
            "商家入驻资料.csv",
            None,
            "csv",
            cols,
            encoding="utf-8-sig",
            ages=(22, 65),
        )
    ]


def tables() -> list[Table]:
    return [*utility(), *airline(), *payroll(), *crm(), *iot(), *marketplace()]
