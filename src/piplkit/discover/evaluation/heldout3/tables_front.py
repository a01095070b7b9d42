"""Front-office domains: hotel registration for the police (PSB), foreign and Hong Kong, Macao
and Taiwan guests, hotel Wi-Fi; telecom subscribers, detail records and special-document
accounts; insurance claims (health and motor) with a summary sheet."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout3 import ids, values, vocab
from piplkit.discover.evaluation.heldout3.spec import Col, Row, Table


def _cert_mixed(r: Row) -> str:
    x = r.rng.random()
    if x < 0.86:
        return values.damage_id(r.rng, r.p.resident_id, apostrophe=0.1)
    if x < 0.92:
        return ids.passport_cn(r.rng)
    if x < 0.96:
        return ids.hk_macau_resident(r.rng)
    return ids.taiwan_permit(r.rng)


def hotel() -> list[Table]:
    psb = (
        Col("旅客姓名", "person_name", "zh_formal", lambda r: r.p.name),
        Col(
            "证件类型",
            None,
            "zh_formal",
            lambda r: r.rng.choice(("居民身份证",) * 8 + ("护照", "台胞证")),
        ),
        Col(
            "证件号码",
            "cn_resident_id",
            "zh_formal",
            _cert_mixed,
            variant="86% resident IDs, apostrophes; passports and permits mixed in",
        ),
        Col("性别", "gender", "zh_formal", lambda r: r.p.gender),
        Col(
            "民族",
            "ethnicity",
            "zh_formal",
            lambda r: values.ethnicity(r.rng, short=True),
            variant="short form 汉/回",
        ),
        Col("户籍地址", "address", "zh_formal", lambda r: values.address(r.rng, r.fake, r.p)),
        Col(
            "房号", None, "zh_formal", lambda r: f"{r.rng.randint(2, 28)}{r.rng.randint(1, 40):02d}"
        ),
        Col("入住时间", None, "zh_formal", lambda r: values.timestamp(r.rng, r.ref, 30)),
        Col("离店时间", None, "zh_formal", lambda r: values.timestamp(r.rng, r.ref, 20)),
        Col(
            "人脸比对照片",
            "face_image",
            "zh_formal",
            lambda r: values.face_image(r.rng, r.ref, "path"),
        ),
        Col(
            "车牌",
            "license_plate",
            "zh_colloquial",
            lambda r: ids.plate(r.rng),
            blank=0.6,
            placeholders=("无",),
        ),
        Col("同住人", "person_name", "zh_colloquial", lambda r: r.fake.name(), blank=0.5),
    )
    foreign = (
        Col(
            "GUEST_NAME",
            "person_name",
            "en_upper",
            lambda r: (
                f"{r.fake.last_romanized_name().upper()} {r.fake.first_romanized_name().upper()}"
                if r.rng.random() < 0.2
                else r.state["en"].name().upper()
            ),
            variant="Latin names",
        ),
        Col(
            "NATIONALITY",
            "nationality",
            "en_upper",
            lambda r: r.rng.choice(vocab.COUNTRIES)[1],
            variant="alpha-3",
        ),
        Col(
            "PASSPORT_NO",
            "passport",
            "en_upper",
            lambda r: ids.passport_foreign(r.rng, r.rng.choice(vocab.COUNTRIES)[1]),
        ),
        Col("DOB", "birth_date", "abbrev", lambda r: values.birth_date(r.rng, r.p, "iso")),
        Col("SEX", "gender", "en_upper", lambda r: "M" if r.p.male else "F"),
        Col(
            "PR_CARD_NO",
            "foreign_permanent_resident_id",
            "en_upper",
            lambda r: ids.foreign_pr_id(r.rng, r.p, *r.rng.choice(vocab.COUNTRIES)[2:0:-1]),
            blank=0.7,
            variant="mostly empty: only permanent residents",
        ),
        Col("ROOM_NO", None, "en_upper", lambda r: str(r.rng.randint(301, 2840))),
        Col("ARR_DATE", None, "en_upper", lambda r: values.day_before(r.rng, r.ref, 30)),
        Col(
            "VISA_TYPE",
            None,
            "en_upper",
            lambda r: r.rng.choice(("L", "M", "Z", "F", "Q1", "免签")),
        ),
    )
    compatriots = (
        Col("姓名", "person_name", "zh_formal", lambda r: r.p.name),
        Col(
            "回乡证号",
            "hk_macau_permit",
            "zh_colloquial",
            lambda r: ids.hk_macau_resident(r.rng),
            blank=0.4,
        ),
        Col(
            "台胞证号",
            "taiwan_permit",
            "zh_colloquial",
            lambda r: ids.taiwan_permit(r.rng),
            blank=0.55,
        ),
        Col(
            "出生日期", "birth_date", "zh_formal", lambda r: values.birth_date(r.rng, r.p, "slash")
        ),
        Col("手机", "cn_mobile", "zh_colloquial", lambda r: r.p.mobile),
        Col(
            "入住门店",
            None,
            "zh_formal",
            lambda r: r.rng.choice(("深圳福田店", "广州天河店", "厦门中山路店")),
        ),
        Col(
            "历史入住",
            "accommodation_record",
            "zh_formal",
            lambda r: (
                f"{values.day_before(r.rng, r.ref, 700)} 入住"
                f"{r.rng.choice(('上海外滩店', '杭州西湖店', '成都春熙路店'))}"
                f"{r.rng.randint(1, 4)}晚"
            ),
        ),
    )
    wifi = (
        Col(
            "房号", None, "zh_formal", lambda r: f"{r.rng.randint(2, 28)}{r.rng.randint(1, 40):02d}"
        ),
        Col("tel", "cn_mobile", "abbrev", lambda r: r.p.mobile),
        Col("终端MAC", "mac_address", "abbrev", lambda r: ids.mac(r.rng)),
        Col(
            "分配IP",
            "ipv4",
            "zh_formal",
            lambda r: f"10.20.{r.rng.randint(0, 15)}.{r.rng.randint(2, 254)}",
            variant="private address leased to a guest's device",
        ),
        Col("上线时间", None, "zh_formal", lambda r: values.timestamp(r.rng, r.ref, 7)),
        Col("流量(MB)", None, "annotated", lambda r: round(r.rng.uniform(1, 3000), 1)),
    )
    return [
        Table(
            "hotel",
            "hotel_psb_checkin.tsv",
            None,
            "tsv",
            psb,
            encoding="gbk",
            delimiter="\t",
            ages=(1, 85),
            rows=(250, 400),
        ),
        Table("hotel", "境外及港澳台旅客登记.xlsx", "境外旅客", "xlsx", foreign, ages=(18, 80)),
        Table(
            "hotel", "境外及港澳台旅客登记.xlsx", "港澳台旅客", "xlsx", compatriots, ages=(18, 80)
        ),
        Table("hotel", "hotel_wifi_portal.csv", None, "csv", wifi, encoding="utf-8"),
    ]


def telecom() -> list[Table]:
    subs = (
        Col(
            "msisdn",
            "cn_mobile",
            "en_snake",
            lambda r: "86" + r.p.mobile if r.rng.random() < 0.5 else r.p.mobile,
            variant="half with 86 prefix",
        ),
        Col("cust_name", "person_name", "en_snake", lambda r: r.p.name),
        Col("cert_no", "cn_resident_id", "en_snake", lambda r: r.p.resident_id),
        Col("imsi", "imsi", "en_snake", lambda r: ids.imsi(r.rng)),
        Col("imei", "imei", "en_snake", lambda r: ids.imei(r.rng)),
        Col("pkg_name", None, "en_snake", lambda r: r.rng.choice(vocab.PACKAGES)),
        Col("open_date", None, "en_snake", lambda r: values.day_before(r.rng, r.ref, 4000)),
        Col(
            "install_addr",
            "address",
            "en_snake",
            lambda r: values.address(r.rng, r.fake, r.p, province=False),
        ),
        Col("balance", "account_balance", "en_snake", lambda r: values.amount(r.rng, -50, 300)),
        Col(
            "status",
            None,
            "en_snake",
            lambda r: r.rng.choice(("正常", "停机", "欠费停机", "预销户")),
        ),
        Col("work_unit", "employer", "en_snake", lambda r: r.fake.company(), blank=0.3),
        Col(
            "family_nums",
            "contacts",
            "en_snake",
            lambda r: values.contacts_list(r.rng, r.fake, "numbers"),
            blank=0.4,
            variant="亲情号 list",
        ),
        Col(
            "recharge_log",
            "transaction_record",
            "en_snake",
            lambda r: (
                f"{values.day_before(r.rng, r.ref, 90)} 充值{r.rng.choice((30, 50, 100, 200))}元"
                f"({r.rng.choice(('微信', '支付宝', '营业厅'))})"
            ),
        ),
    )
    sms = (
        Col("本机号码", "cn_mobile", "zh_formal", lambda r: r.p.mobile),
        Col(
            "对方号码",
            "cn_mobile",
            "zh_formal",
            lambda r: (
                ids.mobile(r.rng)
                if r.rng.random() < 0.85
                else r.rng.choice(("95588", "10086", "106980095533"))
            ),
        ),
        Col("发送时间", None, "zh_formal", lambda r: values.timestamp(r.rng, r.ref, 30)),
        Col(
            "短信内容",
            "communication_record",
            "zh_formal",
            lambda r: r.rng.choice(vocab.SMS_BODIES + vocab.MESSAGES),
        ),
        Col("字数", None, "zh_formal", lambda r: r.rng.randint(4, 70)),
        Col("计费(元)", None, "annotated", lambda r: r.rng.choice((0.0, 0.1, 0.1, 0.15))),
        Col(
            "上网日志",
            "browsing_history",
            "zh_colloquial",
            lambda r: values.browsing(r.rng),
            blank=0.3,
        ),
        Col("F8", "ipv6", "opaque", lambda r: ids.ipv6(r.rng)),
    )
    special = (
        Col("客户姓名", "person_name", "zh_formal", lambda r: r.p.name),
        Col(
            "证件类别",
            None,
            "zh_formal",
            lambda r: r.rng.choice(
                (
                    "港澳居民来往内地通行证",
                    "台湾居民来往大陆通行证",
                    "外国人永久居留身份证",
                    "外国护照",
                )
            ),
        ),
        Col(
            "回乡证号码",
            "hk_macau_permit",
            "zh_colloquial",
            lambda r: ids.hk_macau_resident(r.rng),
            blank=0.5,
        ),
        Col(
            "台胞证号码",
            "taiwan_permit",
            "zh_colloquial",
            lambda r: ids.taiwan_permit(r.rng),
            blank=0.5,
        ),
        Col(
            "永居证号码",
            "foreign_permanent_resident_id",
            "zh_colloquial",
            lambda r: ids.foreign_pr_id(r.rng, r.p, *r.rng.choice(vocab.COUNTRIES)[2:0:-1]),
            blank=0.5,
        ),
        Col(
            "护照号码",
            "passport",
            "zh_formal",
            lambda r: ids.passport_foreign(r.rng, r.rng.choice(vocab.COUNTRIES)[1]),
            blank=0.5,
        ),
        Col(
            "国籍(地区)",
            "nationality",
            "annotated",
            lambda r: r.rng.choice(
                ("中国香港", "中国澳门", "中国台湾", *(c[0] for c in vocab.COUNTRIES))
            ),
        ),
        Col("入网号码", "cn_mobile", "zh_formal", lambda r: r.p.mobile),
        Col(
            "受理营业厅",
            None,
            "zh_formal",
            lambda r: r.rng.choice(("福田中心营业厅", "天河体育西营业厅", "浦东八佰伴营业厅")),
        ),
    )
    return [
        Table(
            "telecom",
            "telecom_subscribers.parquet",
            None,
            "parquet",
            subs,
            ages=(10, 88),
            rows=(300, 500),
        ),
        Table("telecom", "短信及上网详单.csv", None, "csv", sms, encoding="utf-8"),
        Table(
            "telecom",
            "特殊证件开户登记.xlsx",
            "开户登记",
            "xlsx",
            special,
            titles=("非居民身份证开户登记台账",),
            rows=(120, 200),
        ),
    ]


def insurance() -> list[Table]:
    health = (
        Col("报案号", None, "zh_formal", lambda r: f"RC{r.ref.year}{ids.digits(r.rng, 10)}"),
        Col("出险人", "person_name", "zh_formal", lambda r: r.p.name),
        Col(
            "证件号码",
            "cn_resident_id",
            "zh_formal",
            lambda r: values.damage_id(r.rng, r.p.resident_id, wide=0.08),
            variant="8% full-width digits",
        ),
        Col(
            "收款银行卡号",
            "bank_card",
            "zh_formal",
            lambda r: (
                ids.spaced(ids.bank_card(r.rng)) if r.rng.random() < 0.3 else ids.bank_card(r.rng)
            ),
        ),
        Col(
            "开户行",
            None,
            "zh_formal",
            lambda r: r.rng.choice(
                ("中国工商银行深圳分行", "招商银行杭州分行", "中国建设银行成都武侯支行")
            ),
        ),
        Col("诊断", "health_record", "zh_formal", lambda r: values.health_diagnosis(r.rng, True)),
        Col(
            "就诊医院",
            None,
            "zh_formal",
            lambda r: r.rng.choice(
                (
                    "北京协和医院",
                    "复旦大学附属中山医院",
                    "四川大学华西医院",
                    "浙江大学医学院附属第一医院",
                )
            ),
        ),
        Col("出险日期", None, "zh_formal", lambda r: values.day_before(r.rng, r.ref, 200)),
        Col(
            "理赔金额（元）",
            None,
            "annotated",
            lambda r: values.amount(r.rng, 200, 80000),
            total="sum",
        ),
        Col("理赔状态", None, "zh_formal", lambda r: r.rng.choice(vocab.CLAIM_STATUSES)),
        Col("工作单位", "employer", "zh_formal", lambda r: r.fake.company(), blank=0.1),
        Col("职业", "job_title", "zh_formal", lambda r: r.rng.choice(vocab.JOBS)),
        Col("婚姻状况", "marital_status", "zh_formal", lambda r: r.rng.choice(vocab.MARITAL)),
        Col("身高", "body_measurement", "zh_formal", lambda r: values.height_cm(r.rng, r.p, r.ref)),
        Col("体重", "body_measurement", "zh_formal", lambda r: values.weight_kg(r.rng, r.p, r.ref)),
    )
    motor = (
        Col("报案号", None, "zh_formal", lambda r: f"RDZA{r.ref.year}{ids.digits(r.rng, 12)}"),
        Col("被保险人", "person_name", "zh_formal", lambda r: r.p.name),
        Col("车牌号码", "license_plate", "zh_formal", lambda r: ids.plate(r.rng)),
        Col("车架号", "vin", "zh_colloquial", lambda r: ids.vin(r.rng)),
        Col(
            "出险经过",
            None,
            "zh_formal",
            lambda r: r.rng.choice(("倒车时刮擦墙体", "追尾前车", "停放时被刮", "暴雨涉水")),
        ),
        Col("定损金额", None, "zh_formal", lambda r: values.amount(r.rng, 300, 30000), total="sum"),
        Col("报案电话", "cn_mobile", "zh_formal", lambda r: ids.phone(r.rng, r.p.mobile)),
        Col(
            "查勘员",
            "person_name",
            "zh_colloquial",
            lambda r: r.rng.choice(("王建国", "李红梅", "陈志强", "刘洋", "赵敏")),
        ),
    )
    summary = (
        Col(
            "险种",
            None,
            "zh_formal",
            lambda r: r.rng.choice(("医疗险", "重疾险", "意外险", "车险", "家财险")),
        ),
        Col(
            "机构",
            None,
            "zh_formal",
            lambda r: r.rng.choice(("深圳分公司", "杭州中心支公司", "成都分公司")),
        ),
        Col("案件数", None, "zh_formal", lambda r: r.rng.randint(10, 900), total="sum"),
        Col("已决金额", None, "zh_formal", lambda r: values.amount(r.rng, 1e4, 5e6), total="sum"),
        Col("未决金额", None, "zh_formal", lambda r: values.amount(r.rng, 1e3, 2e6), total="sum"),
        Col("结案率", None, "zh_formal", lambda r: f"{r.rng.uniform(60, 99):.2f}%"),
    )
    file = "理赔案件_2026Q3.xlsx"
    return [
        Table(
            "insurance",
            file,
            "健康险理赔",
            "xlsx",
            health,
            titles=("XX人寿保险股份有限公司", "2026年第三季度理赔明细（内部资料 注意保密）"),
            totals=True,
        ),
        Table("insurance", file, "车险理赔", "xlsx", motor, totals=True),
        Table(
            "insurance",
            file,
            "汇总",
            "xlsx",
            summary,
            titles=("理赔汇总",),
            totals=True,
            rows=(12, 20),
        ),
    ]


def tables() -> list[Table]:
    return [*hotel(), *telecom(), *insurance()]
