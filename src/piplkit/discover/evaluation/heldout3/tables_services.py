"""Domains of service providers and apps: recruitment (ATS), car rental, gym membership,
pharmacy and an HIV counselling clinic (the government hall and social apps are in
``tables_gov``, billing and operations systems in ``tables_more``)."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout3 import ids, values, vocab
from piplkit.discover.evaluation.heldout3.spec import Col, Row, Table


def _new_point_latitude(r: Row) -> object:
    """Draw this row's position (the next column reads its longitude) and give its latitude."""
    r.state["pt"] = values.coordinates(r.rng, r.p)
    return r.state["pt"][0]


def _crime(r: Row, share: float) -> str:
    return r.rng.choice(vocab.CRIMES) if r.rng.random() < share else r.rng.choice(vocab.NO_CRIME)


def recruitment() -> list[Table]:
    cols = (
        Col("candidateId", None, "en_camel", lambda r: f"CAND-{r.ref.year}-{r.i + 1:05d}"),
        Col("candidateName", "person_name", "en_camel", lambda r: r.p.name),
        Col("mobilePhone", "cn_mobile", "en_camel", lambda r: ids.phone(r.rng, r.p.mobile)),
        Col("field5", "email", "opaque", lambda r: ids.email(r.rng, r.p)),
        Col("birthDate", "birth_date", "en_camel", lambda r: values.birth_date(r.rng, r.p, "iso")),
        Col("gender", "gender", "en_camel", lambda r: "Male" if r.p.male else "Female"),
        Col(
            "highestDegree", "education", "en_camel", lambda r: r.rng.choice(vocab.EDUCATION_SHORT)
        ),
        Col("currentEmployer", "employer", "en_camel", lambda r: r.fake.company(), blank=0.1),
        Col("currentTitle", "job_title", "en_camel", lambda r: r.rng.choice(vocab.JOBS)),
        Col(
            "expectedSalary",
            "income",
            "en_camel",
            lambda r: f"{r.rng.randint(8, 60)}K*{r.rng.choice((12, 13, 14, 15, 16))}",
        ),
        Col(
            "maritalStatus",
            "marital_status",
            "en_camel",
            lambda r: r.rng.choice(vocab.MARITAL),
            blank=0.2,
        ),
        Col(
            "nationality",
            "nationality",
            "en_camel",
            lambda r: "中国" if r.rng.random() < 0.85 else r.rng.choice(vocab.COUNTRIES)[0],
        ),
        Col(
            "sexualOrientation",
            "sexual_orientation",
            "en_camel",
            lambda r: r.rng.choice(vocab.ORIENTATIONS_EN),
            blank=0.5,
            variant="voluntary diversity survey",
        ),
        Col("wechat", "wechat_id", "en_camel", lambda r: ids.wechat(r.rng, r.p), blank=0.2),
        Col("qq", "qq_number", "en_camel", lambda r: ids.qq(r.rng), blank=0.6),
        Col(
            "jobReqId",
            None,
            "en_camel",
            lambda r: f"REQ-{r.rng.randint(2024, 2026)}-{r.rng.randint(1, 400):04d}",
        ),
        Col(
            "stage",
            None,
            "en_camel",
            lambda r: r.rng.choice(("简历筛选", "一面", "二面", "HR面", "Offer", "已入职", "淘汰")),
        ),
        Col("appliedAt", None, "en_camel", lambda r: values.timestamp(r.rng, r.ref, 120)),
        Col("applyIp", "ipv4", "en_camel", lambda r: ids.ipv4_public(r.rng)),
        Col("criminalCheck", "criminal_record", "en_camel", lambda r: _crime(r, 0.06), blank=0.4),
        Col(
            "creditCheck",
            "credit_record",
            "en_camel",
            lambda r: r.rng.choice(vocab.CREDIT_NOTES),
            blank=0.4,
        ),
        Col("workYears", None, "en_camel", lambda r: r.rng.randint(0, 25)),
    )
    return [
        Table(
            "recruitment",
            "ats_candidates_export.jsonl",
            None,
            "jsonl",
            cols,
            ages=(20, 55),
            rows=(250, 400),
        )
    ]


def car_rental() -> list[Table]:
    orders = (
        Col("订单号", None, "zh_formal", lambda r: f"{r.ref:%Y%m}{ids.digits(r.rng, 12)}"),
        Col("承租人", "person_name", "zh_formal", lambda r: r.p.name),
        Col(
            "身份证",
            "cn_resident_id",
            "zh_colloquial",
            lambda r: values.damage_id(r.rng, r.p.resident_id, mangle=0.05, apostrophe=0.15),
        ),
        Col(
            "驾驶证号",
            "driver_license",
            "zh_formal",
            lambda r: ids.driver_licence(r.p),
            variant="a licence number is the holder's ID number",
            by_values=False,
        ),
        Col("手机", "cn_mobile", "zh_colloquial", lambda r: r.p.mobile),
        Col("车牌号", "license_plate", "zh_formal", lambda r: ids.plate(r.rng)),
        Col("车架号VIN", "vin", "zh_formal", lambda r: ids.vin(r.rng)),
        Col(
            "取车门店",
            None,
            "zh_formal",
            lambda r: r.rng.choice(("深圳宝安机场店", "上海虹桥站店", "成都双流机场店")),
        ),
        Col("取车时间", None, "zh_formal", lambda r: values.timestamp(r.rng, r.ref, 60)),
        Col("租金(元)", None, "annotated", lambda r: values.amount(r.rng, 150, 6000)),
        Col(
            "押金预授权卡号",
            "bank_card",
            "zh_formal",
            lambda r: ids.masked_card(ids.bank_card(r.rng)),
            variant="masked 6222 **** **** 1234",
        ),
        Col(
            "芝麻信用分",
            "credit_record",
            "zh_formal",
            lambda r: r.rng.randint(550, 900),
            by_values=False,
        ),
        Col("行驶轨迹", "trajectory", "zh_formal", lambda r: values.trajectory_points(r.rng, r.p)),
        Col("订单状态", None, "zh_formal", lambda r: r.rng.choice(("已完成", "进行中", "已取消"))),
    )
    gps = (
        Col("vin", "vin", "en_snake", lambda r: ids.vin(r.rng)),
        Col("plate_no", "license_plate", "en_snake", lambda r: ids.plate(r.rng)),
        Col(
            "lat",
            "geo_coordinates",
            "en_snake",
            _new_point_latitude,
            variant="split pair: latitude",
        ),
        Col(
            "lng",
            "geo_coordinates",
            "en_snake",
            lambda r: r.state["pt"][1],
            variant="split pair: longitude",
        ),
        Col("speed_kmh", None, "en_snake", lambda r: round(r.rng.uniform(0, 120), 1)),
        Col("mileage_km", None, "en_snake", lambda r: round(r.rng.uniform(1000, 90000), 1)),
        Col("fuel_pct", None, "en_snake", lambda r: r.rng.randint(5, 100)),
        Col("gps_time", None, "en_snake", lambda r: values.timestamp(r.rng, r.ref, 3)),
        Col(
            "tbox_sn",
            None,
            "en_snake",
            lambda r: "TB" + ids.digits(r.rng, 12),
            variant="T-box serial",
        ),
    )
    return [
        Table(
            "car_rental", "租车订单明细.csv", None, "csv", orders, encoding="gb18030", ages=(20, 70)
        ),
        Table("car_rental", "fleet_gps_latest.parquet", None, "parquet", gps, ages=(20, 70)),
    ]


def gym() -> list[Table]:
    members = (
        Col("会员卡号", None, "zh_formal", lambda r: f"VIP{r.i + 100001}"),
        Col("姓名", "person_name", "zh_formal", lambda r: r.p.name),
        Col("性别", "gender", "zh_formal", lambda r: r.p.gender),
        Col("年龄", "age", "zh_formal", lambda r: (r.ref - r.p.born).days // 365),
        Col("手机号(必填)", "cn_mobile", "annotated", lambda r: r.p.mobile),
        Col("卡种", None, "zh_formal", lambda r: r.rng.choice(vocab.GYM_CARDS)),
        Col(
            "卡内余额（元）",
            "account_balance",
            "annotated",
            lambda r: values.amount(r.rng, 0, 8000),
        ),
        Col("到期日", None, "zh_formal", lambda r: values.day_before(r.rng, r.ref, -300)),
        Col(
            "私教",
            "person_name",
            "zh_colloquial",
            lambda r: r.rng.choice(("张教练", "Kevin", "李小龙", "王磊", "陈晨")),
            blank=0.4,
            variant="coach names, some nicknames",
        ),
        Col(
            "人脸照片", "face_image", "zh_formal", lambda r: values.face_image(r.rng, r.ref, "url")
        ),
        Col(
            "指纹模板",
            "biometric",
            "zh_formal",
            lambda r: values.fingerprint_template(r.rng),
            blank=0.3,
        ),
        Col(
            "消费记录",
            "transaction_record",
            "zh_formal",
            lambda r: (
                f"{values.day_before(r.rng, r.ref, 200)} "
                f"{r.rng.choice(('购买私教课10节', '续费年卡', '购买蛋白粉', '储值'))} "
                f"¥{values.amount(r.rng, 50, 6000)}"
            ),
        ),
    )
    body = (
        Col("会员卡号", None, "zh_formal", lambda r: f"VIP{r.i + 100001}"),
        Col(
            "身高cm", "body_measurement", "annotated", lambda r: values.height_cm(r.rng, r.p, r.ref)
        ),
        Col(
            "体重kg", "body_measurement", "annotated", lambda r: values.weight_kg(r.rng, r.p, r.ref)
        ),
        Col("体脂率%", "body_measurement", "annotated", lambda r: round(r.rng.uniform(8, 38), 1)),
        Col("BMI", "body_measurement", "abbrev", lambda r: round(r.rng.uniform(17, 33), 1)),
        Col(
            "伤病史",
            "health_record",
            "zh_formal",
            lambda r: r.rng.choice(vocab.INJURIES),
            blank=0.5,
            placeholders=("无",),
        ),
        Col("测试日期", None, "zh_formal", lambda r: values.day_before(r.rng, r.ref, 100)),
        Col("测试门店", None, "zh_formal", lambda r: r.rng.choice(("南山店", "福田店", "宝安店"))),
    )
    stores = (
        Col(
            "门店名称",
            None,
            "zh_formal",
            lambda r: (
                f"超燃健身{r.rng.choice(('南山', '福田', '宝安', '龙华', '罗湖'))}{r.i + 1}号店"
            ),
        ),
        Col("门店地址", None, "zh_formal", lambda r: values.store_address(r.rng, r.fake)),
        Col("门店电话", None, "zh_formal", lambda r: ids.landline(r.rng)),
        Col(
            "营业时间",
            None,
            "zh_formal",
            lambda r: r.rng.choice(("06:00-23:00", "24小时", "07:00-22:00")),
        ),
        Col("面积(㎡)", None, "annotated", lambda r: r.rng.randint(300, 2500)),
        Col("经度", None, "zh_formal", lambda r: round(r.rng.uniform(113.8, 114.3), 6)),
        Col("纬度", None, "zh_formal", lambda r: round(r.rng.uniform(22.4, 22.8), 6)),
    )
    file = "gym_members_2026.xlsx"
    return [
        Table("gym", file, "会员", "xlsx", members, ages=(16, 70)),
        Table("gym", file, "体测", "xlsx", body, ages=(16, 70)),
        Table("gym", file, "门店", "xlsx", stores, rows=(15, 30)),
    ]


def pharmacy() -> list[Table]:
    rx = (
        Col("处方号", None, "zh_formal", lambda r: f"CF{r.ref:%Y%m%d}{r.i:05d}"),
        Col("患者姓名", "person_name", "zh_formal", lambda r: r.p.name),
        Col("患者性别", "gender", "zh_formal", lambda r: r.p.gender),
        Col("年龄", "age", "zh_formal", lambda r: f"{(r.ref - r.p.born).days // 365}岁"),
        Col(
            "临床诊断",
            "health_record",
            "zh_formal",
            lambda r: values.health_diagnosis(r.rng, False),
        ),
        Col(
            "药品名称",
            "health_record",
            "zh_formal",
            lambda r: r.rng.choice(vocab.DRUGS),
            variant="drug dispensed to the patient",
            by_values=False,
        ),
        Col("规格", None, "zh_formal", lambda r: r.rng.choice(vocab.DRUG_SPECS)),
        Col("数量", None, "zh_formal", lambda r: r.rng.randint(1, 6)),
        Col("单价", None, "zh_formal", lambda r: values.amount(r.rng, 3, 300)),
        Col(
            "开方医生",
            "person_name",
            "zh_formal",
            lambda r: r.rng.choice(("刘建华", "孙丽", "周强", "吴晓燕", "郑海涛")),
        ),
        Col(
            "审方药师", "person_name", "zh_formal", lambda r: r.rng.choice(("何静", "马俊", "高雪"))
        ),
        Col(
            "过敏史",
            "health_record",
            "zh_formal",
            lambda r: r.rng.choice(vocab.ALLERGIES),
            blank=0.6,
            placeholders=("无", "否认"),
        ),
        Col("开方时间", None, "zh_formal", lambda r: values.timestamp(r.rng, r.ref, 90)),
    )
    vct = (
        Col("咨询编号", None, "zh_formal", lambda r: f"VCT-{r.i + 1:05d}"),
        Col("性别", "gender", "zh_formal", lambda r: r.p.gender),
        Col("年龄", "age", "zh_formal", lambda r: (r.ref - r.p.born).days // 365),
        Col(
            "性取向",
            "sexual_orientation",
            "zh_formal",
            lambda r: r.rng.choice(vocab.ORIENTATIONS_ZH),
        ),
        Col("婚姻状况", "marital_status", "zh_formal", lambda r: r.rng.choice(vocab.MARITAL)),
        Col(
            "检测结果",
            "health_record",
            "zh_formal",
            lambda r: r.rng.choice(("HIV抗体阴性",) * 9 + ("HIV抗体待复查", "HIV抗体阳性")),
        ),
        Col(
            "联系方式",
            "cn_mobile",
            "zh_colloquial",
            lambda r: ids.masked_phone(r.p.mobile),
            variant="all masked 138****1234",
        ),
        Col("检测日期", None, "zh_formal", lambda r: values.day_before(r.rng, r.ref, 300)),
        Col("咨询员", None, "zh_formal", lambda r: r.rng.choice(("C01", "C02", "C05", "C07"))),
    )
    return [
        Table("pharmacy", "处方流转平台_导出.csv", None, "csv", rx, encoding="utf-8", ages=(1, 90)),
        Table(
            "pharmacy",
            "vct_clinic_register.xlsx",
            "咨询检测登记",
            "xlsx",
            vct,
            titles=("自愿咨询检测(VCT)登记表",),
            ages=(16, 70),
        ),
    ]


def tables() -> list[Table]:
    from piplkit.discover.evaluation.heldout3 import tables_gov, tables_more

    return [
        *recruitment(),
        *car_rental(),
        *gym(),
        *pharmacy(),
        *tables_gov.tables(),
        *tables_more.tables(),
    ]
