"""Domains where the rows are people: logistics waybills, property owners (with a car
register and a fee summary), school students (minors), their health exams and staff checks; the
front-office domains follow in ``tables_front``."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout3 import ids, values, vocab
from piplkit.discover.evaluation.heldout3.spec import Col, Row, Table


def _waybill_no(r: Row) -> str:
    return r.rng.choice(("SF", "YT", "JT", "ZTO")) + ids.digits(r.rng, 13)


def _masked_name(r: Row) -> str:
    name = r.p.name
    if r.rng.random() < 0.35:
        return name[0] + "*" * (len(name) - 1) if len(name) == 2 else name[0] + "*" + name[-1]
    return name


def _phone_or_masked(r: Row, share: float) -> str:
    return ids.masked_phone(r.p.mobile) if r.rng.random() < share else ids.phone(r.rng, r.p.mobile)


def logistics() -> list[Table]:
    cols = (
        Col("运单号", None, "zh_formal", _waybill_no),
        Col("寄件人", "person_name", "zh_formal", lambda r: r.fake.name()),
        Col("寄件人电话", "cn_mobile", "zh_formal", lambda r: ids.phone(r.rng, ids.mobile(r.rng))),
        Col("收货人", "person_name", "zh_colloquial", _masked_name, variant="35% masked"),
        Col(
            "收件人手机",
            "cn_mobile",
            "zh_formal",
            lambda r: _phone_or_masked(r, 0.5),
            variant="half masked",
        ),
        Col("收件地址", "address", "zh_formal", lambda r: values.address(r.rng, r.fake, r.p)),
        Col("重量(kg)", None, "annotated", lambda r: round(r.rng.uniform(0.2, 30), 2)),
        Col("运费（元）", None, "annotated", lambda r: values.money_text(r.rng, 8, 120)),
        Col("揽收时间", None, "zh_formal", lambda r: values.timestamp(r.rng, r.ref, 30)),
        Col(
            "物流轨迹",
            None,
            "zh_formal",
            lambda r: "；".join(
                r.rng.sample(
                    (
                        "已揽收",
                        "到达【深圳转运中心】",
                        "离开【武汉转运中心】",
                        "到达【杭州萧山分拨】",
                        "派送中",
                        "已签收，签收人：本人",
                    ),
                    4,
                )
            ),
        ),
        Col(
            "网点",
            None,
            "zh_colloquial",
            lambda r: r.rng.choice(
                ("深圳南山科技园营业部", "杭州西湖文三路网点", "北京朝阳望京营业部")
            ),
        ),
        Col(
            "签收坐标",
            "geo_coordinates",
            "zh_formal",
            lambda r: "{},{}".format(*values.coordinates(r.rng, r.p)),
            blank=0.1,
        ),
        Col(
            "订单编号",
            None,
            "zh_formal",
            lambda r: "1" + r.rng.choice("3456789") + ids.digits(r.rng, 9),
            variant="11 digits starting 13-19 (phone-shaped)",
        ),
    )
    return [
        Table(
            "logistics",
            "logistics_waybill_202411.csv",
            None,
            "csv",
            cols,
            encoding="utf-8-sig",
            rows=(250, 400),
        )
    ]


def property_mgmt() -> list[Table]:
    owners = (
        Col("序号", None, "zh_formal", lambda r: r.i + 1),
        Col(
            "房屋",
            "address",
            "zh_colloquial",
            lambda r: values.room_in_estate(r.rng),
            variant="room within the estate",
            by_values=False,
        ),
        Col("业主姓名", "person_name", "zh_formal", lambda r: r.p.name),
        Col("联系电话", "cn_mobile", "zh_formal", lambda r: r.p.mobile),
        Col(
            "身份证号",
            "cn_resident_id",
            "zh_formal",
            lambda r: values.damage_id(r.rng, r.p.resident_id, mangle=0.12),
            variant="12% Excel-mangled numbers",
        ),
        Col(
            "与户主关系",
            "family_relationship",
            "zh_formal",
            lambda r: r.rng.choice(vocab.RELATIONS),
        ),
        Col(
            "建筑面积(㎡)",
            None,
            "annotated",
            lambda r: round(r.rng.uniform(45, 180), 2),
            total="sum",
        ),
        Col(
            "不动产权证号",
            "real_estate",
            "zh_formal",
            lambda r: (
                f"{r.p.region[1][0]}({r.rng.randint(2015, 2024)}){r.p.region[2][:2]}"
                f"市不动产权第{ids.digits(r.rng, 7)}号"
            ),
            blank=0.2,
        ),
        Col("入住日期", None, "zh_formal", lambda r: values.day_before(r.rng, r.ref, 3000)),
        Col("家庭电话", "cn_landline", "zh_colloquial", lambda r: ids.landline(r.rng), blank=0.5),
        Col("紧急联系人", "person_name", "zh_colloquial", lambda r: r.fake.name(), blank=0.15),
        Col(
            "紧急联系人电话", "cn_mobile", "zh_colloquial", lambda r: ids.mobile(r.rng), blank=0.15
        ),
        Col(
            "备注",
            None,
            "zh_formal",
            lambda r: r.rng.choice(("", "已交装修押金", "租户居住", "空置", "欠费待催缴", "")),
        ),
    )
    cars = (
        Col("车主", "person_name", "zh_colloquial", lambda r: r.p.name),
        Col("车牌号", "license_plate", "zh_formal", lambda r: ids.plate(r.rng)),
        Col(
            "车位号",
            None,
            "zh_formal",
            lambda r: f"B{r.rng.randint(1, 3)}-{r.rng.randint(1, 420):03d}",
        ),
        Col(
            "品牌型号",
            None,
            "zh_formal",
            lambda r: r.rng.choice(
                ("大众朗逸", "丰田凯美瑞", "比亚迪汉EV", "特斯拉Model 3", "本田雅阁")
            ),
        ),
        Col(
            "车身颜色", None, "zh_formal", lambda r: r.rng.choice(("白", "黑", "银灰", "蓝", "红"))
        ),
        Col("手机", "cn_mobile", "zh_colloquial", lambda r: r.p.mobile),
        Col("月租费", None, "zh_formal", lambda r: r.rng.choice((300, 350, 400, 450)), total="sum"),
        Col("登记日期", None, "zh_formal", lambda r: values.day_before(r.rng, r.ref, 1500)),
    )
    fees = (
        Col("月份", None, "zh_formal", lambda r: f"2026-{r.i % 12 + 1:02d}"),
        Col("楼栋", None, "zh_formal", lambda r: f"{r.rng.randint(1, 18)}栋"),
        Col(
            "应收物业费（元）",
            None,
            "annotated",
            lambda r: values.amount(r.rng, 20000, 90000),
            total="sum",
        ),
        Col(
            "实收物业费（元）",
            None,
            "annotated",
            lambda r: values.amount(r.rng, 15000, 90000),
            total="sum",
        ),
        Col("收缴率", None, "zh_formal", lambda r: f"{r.rng.uniform(70, 100):.1f}%"),
        Col("停车费", None, "zh_formal", lambda r: values.amount(r.rng, 3000, 20000), total="sum"),
    )
    title = ("锦绣华庭物业服务中心 业主信息登记表", "导出时间：2026-11-28 09:30")
    file = "物业_锦绣华庭_业主资料.xlsx"
    return [
        Table(
            "property", file, "业主信息", "xlsx", owners, titles=title, totals=True, rows=(200, 320)
        ),
        Table("property", file, "车辆登记", "xlsx", cars, rows=(120, 200)),
        Table(
            "property",
            file,
            "收费汇总",
            "xlsx",
            fees,
            titles=("2026年物业费收缴汇总",),
            totals=True,
            rows=(24, 36),
        ),
    ]


def school() -> list[Table]:
    students = (
        Col("xh", None, "pinyin_initials", lambda r: f"2024{r.rng.randint(1, 9):02d}{r.i:04d}"),
        Col("xm", "person_name", "pinyin_initials", lambda r: r.p.name),
        Col("xb", "gender", "pinyin_initials", lambda r: r.p.gender),
        Col(
            "csrq",
            "birth_date",
            "pinyin_initials",
            lambda r: values.birth_date(r.rng, r.p, "compact"),
        ),
        Col("sfzh", "cn_resident_id", "pinyin_initials", lambda r: ids.resident_id(r.rng, r.p)),
        Col("mz", "ethnicity", "pinyin_initials", lambda r: values.ethnicity(r.rng)),
        Col("jtzz", "address", "pinyin_initials", lambda r: values.address(r.rng, r.fake, r.p)),
        Col("jhrxm", "person_name", "pinyin_initials", lambda r: r.fake.name()),
        Col(
            "jhrgx",
            "family_relationship",
            "pinyin_initials",
            lambda r: r.rng.choice(vocab.GUARDIANS),
        ),
        Col("jhrdh", "cn_mobile", "pinyin_initials", lambda r: ids.mobile(r.rng)),
        Col(
            "jhrjgzh",
            "military_id",
            "pinyin_initials",
            lambda r: ids.military_id(r.rng),
            blank=0.75,
            variant="军人子女 enrolment: guardian's officer ID, mostly empty",
        ),
        Col(
            "bj",
            None,
            "pinyin_initials",
            lambda r: f"{r.rng.choice('七八九')}年级({r.rng.randint(1, 12)})班",
        ),
        Col("rxrq", None, "pinyin_initials", lambda r: f"{r.ref.year - r.rng.randint(0, 2)}-09-01"),
        Col(
            "zp", "face_image", "pinyin_initials", lambda r: values.face_image(r.rng, r.ref, "file")
        ),
        Col("jzqq", "qq_number", "pinyin_initials", lambda r: ids.qq(r.rng), blank=0.3),
    )
    exam = (
        Col(
            "学籍号",
            None,
            "zh_formal",
            lambda r: f"4403{r.ref.year - r.rng.randint(0, 8)}{r.i:06d}",
        ),
        Col("姓名", "person_name", "zh_formal", lambda r: r.p.name),
        Col(
            "身高(cm)",
            "body_measurement",
            "annotated",
            lambda r: values.height_cm(r.rng, r.p, r.ref),
        ),
        Col(
            "体重(kg)",
            "body_measurement",
            "annotated",
            lambda r: values.weight_kg(r.rng, r.p, r.ref),
        ),
        Col(
            "过敏史",
            "health_record",
            "zh_formal",
            lambda r: r.rng.choice(vocab.ALLERGIES),
            blank=0.55,
            variant="mostly none",
        ),
        Col(
            "既往病史",
            "health_record",
            "zh_formal",
            lambda r: r.rng.choice(vocab.PAST_HISTORY),
            blank=0.5,
        ),
        Col("检查日期", None, "zh_formal", lambda r: values.day_before(r.rng, r.ref, 60)),
        Col(
            "体检机构",
            None,
            "zh_formal",
            lambda r: r.rng.choice(("区妇幼保健院", "市第三人民医院体检中心", "社区卫生服务中心")),
        ),
        Col(
            "复查建议",
            None,
            "zh_formal",
            lambda r: r.rng.choice(("无需复查", "建议3个月后复查", "转诊")),
        ),
    )
    staff = (
        Col("工号", None, "zh_formal", lambda r: f"JS{r.i + 1001}"),
        Col("教职工姓名", "person_name", "zh_formal", lambda r: r.p.name),
        Col("身份证件号", "cn_resident_id", "zh_formal", lambda r: r.p.resident_id),
        Col(
            "任教学科",
            None,
            "zh_formal",
            lambda r: r.rng.choice(("语文", "数学", "英语", "物理", "体育")),
        ),
        Col(
            "违法犯罪记录查询结果",
            "criminal_record",
            "zh_formal",
            lambda r: (
                r.rng.choice(vocab.CRIMES)
                if r.rng.random() < 0.12
                else r.rng.choice(vocab.NO_CRIME)
            ),
        ),
        Col("查询日期", None, "zh_formal", lambda r: values.day_before(r.rng, r.ref, 400)),
    )
    return [
        Table(
            "school",
            "学生信息导出_2026秋.csv",
            None,
            "csv",
            students,
            encoding="gb18030",
            ages=(7, 15),
            rows=(300, 500),
        ),
        Table("school", "student_health_exam.parquet", None, "parquet", exam, ages=(7, 15)),
        Table(
            "school",
            "教职工入职查询.csv",
            None,
            "csv",
            staff,
            encoding="gbk",
            ages=(23, 60),
            rows=(60, 120),
        ),
    ]


def tables() -> list[Table]:
    from piplkit.discover.evaluation.heldout3 import tables_front

    return [*logistics(), *property_mgmt(), *school(), *tables_front.tables()]
