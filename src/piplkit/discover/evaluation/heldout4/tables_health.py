"""Health: an inpatient front sheet, lab results from a LIS, a dental clinic, child
vaccination with the mothers' details, a consumer gene test."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout4 import ids
from piplkit.discover.evaluation.heldout4 import values as v
from piplkit.discover.evaluation.heldout4.spec import Col as C
from piplkit.discover.evaluation.heldout4.spec import Ctx, Table

_ICD = (
    ("E11.900", "2型糖尿病"), ("I10.x00", "原发性高血压"), ("K35.800", "急性阑尾炎"),
    ("J18.900", "肺炎"), ("I25.103", "冠状动脉粥样硬化性心脏病"), ("M51.202", "腰椎间盘突出"),
    ("I63.900", "脑梗死"), ("K80.200", "胆囊结石"), ("C50.900", "乳腺恶性肿瘤"),
    ("S52.500", "桡骨下端骨折"), ("N18.500", "慢性肾脏病5期"), ("O80.000", "单胎顺产"),
)  # fmt: skip


def _icd(c: Ctx) -> str:
    code, label = c.rng.choice(_ICD)
    return f"{code} {label}" if c.rng.random() < 0.5 else label


def _lab_result(c: Ctx) -> str:
    item, unit, low, high = c.rng.choice(
        (
            ("ALT", "U/L", 5, 120),
            ("GLU", "mmol/L", 3.2, 14.0),
            ("WBC", "10^9/L", 2.0, 18.0),
            ("HbA1c", "%", 4.0, 11.0),
            ("CRE", "μmol/L", 40, 300),
            ("HBsAg", "", 0, 0),
            ("HIV抗体", "", 0, 0),
        )
    )
    if not unit:
        return f"{item}:{c.rng.choice(('阴性', '阴性', '阴性', '阳性'))}"
    value = round(c.rng.uniform(low, high), 1)
    return f"{item} {value} {unit}{' ↑' if value > (low + high) / 2 else ''}"


def _dental_dx(c: Ctx) -> str:
    tooth = c.rng.choice(("11", "16", "26", "36", "46", "37", "47", "21"))
    finding = c.rng.choice(("深龋", "慢性牙髓炎", "根尖周炎", "牙列缺损", "慢性牙周炎", "阻生齿"))
    return f"{tooth} {finding}"


def _vaccine(c: Ctx) -> str:
    return c.rng.choice(
        (
            "乙肝疫苗",
            "卡介苗",
            "脊灰灭活疫苗",
            "百白破疫苗",
            "麻腮风疫苗",
            "乙脑减毒活疫苗",
            "甲肝灭活疫苗",
            "A群流脑多糖疫苗",
        )
    )


def _genotype(c: Ctx) -> str:
    snps = (
        "rs1801133",
        "rs4988235",
        "rs671",
        "rs1815739",
        "rs762551",
        "rs12913832",
        "rs7412",
        "rs429358",
    )
    picked = c.rng.sample(snps, c.rng.randint(3, 6))
    return ";".join(f"{s}:{c.rng.choice('ACGT')}{c.rng.choice('ACGT')}" for s in picked)


def tables() -> list[Table]:
    inpatient = Table(
        "hospital_inpatient",
        "住院病案首页_2026年11月.xlsx",
        "病案首页",
        "xlsx",
        (
            C("病案号", None, "zh_formal", v.serial("", 8, 20260000)),
            C("姓名", "person_name", "zh_formal", v.name),
            C("性别", "gender", "zh_formal", v.gender),
            C("年龄", "age", "zh_formal", v.age),
            C("出生日期", "birth_date", "zh_formal", v.born),
            C("民族", "ethnicity", "zh_formal", v.ethnic),
            C("婚姻", "marital_status", "zh_formal", v.pick(*v.MARITAL)),
            C("职业", "job_title", "zh_formal", v.pick(*v.JOBS)),
            C("身份证号", "cn_resident_id", "zh_formal", v.rid),
            C("现住址", "address", "zh_formal", v.addr),
            C("联系人姓名", "person_name", "zh_formal", v.name_q),
            C("联系人关系", "family_relationship", "zh_formal", v.rel),
            C("联系人电话", "cn_mobile", "zh_formal", v.phone_mixed, variant="mixed_landline"),
            C(
                "入院科室",
                None,
                "zh_formal",
                v.pick("心内科", "普外科", "骨科", "神经内科", "产科", "呼吸内科"),
            ),
            C("主要诊断", "health_record", "zh_formal", _icd),
            C("主治医师", "person_name", "zh_formal", v.staff("doc", 10)),
            C("住院天数", None, "zh_formal", v.integer(1, 30), total="sum"),
            C("总费用", None, "zh_formal", v.money(1500, 90000), total="sum"),
        ),
        ages=(16, 92),
        titles=("XX市第一人民医院 住院病案首页数据", "统计口径：出院日期 2026-11-01 至 2026-11-30"),
        totals=True,
    )
    lab = Table(
        "hospital_lab",
        "lis_results_export.jsonl",
        None,
        "jsonl",
        (
            C("barcode", None, "en_snake", v.rand_code("", 12)),
            C("patientName", "person_name", "en_camel", v.name),
            C("sex", "gender", "en_snake", v.gender_en),
            C("ageYears", "age", "en_camel", v.age),
            C(
                "wardBed",
                None,
                "en_camel",
                lambda c: f"{c.rng.randint(1, 20)}病区{c.rng.randint(1, 60)}床",
            ),
            C("specimen", None, "en_snake", v.pick("血清", "全血", "尿液", "血浆")),
            C("result", "health_record", "en_snake", _lab_result),
            C("reportTime", None, "en_camel", v.moment_text(20)),
            C("auditor", "person_name", "en_snake", v.staff("lab", 4)),
            C(
                "instrument",
                None,
                "en_snake",
                v.pick("Cobas c702", "AU5800", "Sysmex XN-1000", "Architect i2000"),
            ),
        ),
        ages=(18, 90),
    )
    dental = Table(
        "dental_clinic",
        "口腔诊所_患者预约.csv",
        None,
        "csv",
        (
            C("病历号", None, "zh_formal", v.serial("KQ", 6)),
            C("患者", "person_name", "zh_colloquial", v.name),
            C("电话", "cn_mobile", "zh_colloquial", v.mob_styled, variant="styled"),
            C("微信", "wechat_id", "zh_colloquial", v.wechat, blank=0.3),
            C("诊断", "health_record", "zh_formal", _dental_dx),
            C(
                "过敏史",
                "health_record",
                "zh_formal",
                v.pick("青霉素过敏", "无", "磺胺类过敏", "利多卡因过敏", "头孢过敏"),
                variant="with_none",
            ),
            C("预约项目", None, "zh_colloquial", v.pick("洁牙", "复诊", "初诊", "拆线", "取模")),
            C("医生", "person_name", "zh_colloquial", v.staff("dent", 4)),
            C("预约时间", None, "zh_colloquial", v.moment_text(30, "%Y-%m-%d %H:%M")),
            C("本次费用", None, "zh_colloquial", v.money(80, 12000)),
            C("会员等级", None, "zh_colloquial", v.pick("普通", "银卡", "金卡")),
        ),
        encoding="utf-8-sig",
    )
    vaccine = Table(
        "child_vaccination",
        "儿童预防接种台账.xlsx",
        "接种记录",
        "xlsx",
        (
            C("儿童编码", None, "zh_formal", v.rand_code("3201", 14)),
            C("儿童姓名", "person_name", "zh_formal", v.name),
            C("性别", "gender", "zh_formal", v.gender),
            C("出生日期", "birth_date", "zh_formal", v.born_fmt("%Y-%m-%d")),
            C("出生体重(kg)", "body_measurement", "annotated", v.money(2.3, 4.6, 2)),
            C("母亲姓名", "person_name", "zh_formal", v.name_q),
            C("母亲身份证", "cn_resident_id", "zh_formal", v.rid_q, whose="q"),
            C("联系电话", "cn_mobile", "zh_formal", v.mob_q),
            C("家庭住址", "address", "zh_formal", v.addr),
            C("疫苗名称", "health_record", "zh_formal", _vaccine),
            C("剂次", None, "zh_formal", v.pick("第1剂", "第2剂", "第3剂", "加强")),
            C("疫苗批号", None, "zh_formal", v.rand_code("2026", 6)),
            C("接种日期", None, "zh_formal", v.day(120)),
            C(
                "接种单位",
                None,
                "zh_formal",
                v.pick("鼓楼社区卫生服务中心", "玄武区妇幼保健所", "江宁区疾控接种门诊"),
            ),
        ),
        ages=(0, 6),
        other_ages=(22, 42),
        titles=("预防接种信息（导出）",),
    )
    gene = Table(
        "gene_testing",
        "genetest_orders.tsv",
        None,
        "tsv",
        (
            C("sample_no", None, "en_snake", v.rand_code("GT", 9)),
            C("customer", "person_name", "en_snake", v.name),
            C("phone", "cn_mobile", "en_snake", v.mob_masked, variant="masked"),
            C("genotype", "genetic_data", "en_snake", _genotype),
            C("kit", None, "en_snake", v.pick("祖源+健康", "营养代谢", "运动基因", "儿童天赋")),
            C("ship_to", "address", "en_snake", v.addr),
            C("received", None, "en_snake", v.day(200)),
            C("price", None, "en_snake", v.pick(499, 999, 1999)),
            C(
                "lab_batch",
                None,
                "en_snake",
                lambda c: f"B{c.rng.randint(100, 999)}-{ids.hexstr(c.rng, 4)}",
            ),
        ),
        encoding="utf-8",
        delimiter="\t",
    )
    return [inpatient, lab, dental, vaccine, gene]
