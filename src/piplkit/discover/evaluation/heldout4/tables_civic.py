"""Civic and legal life: kindergarten, gaokao admissions, a certification exam, temple donors,
a trade union, community corrections, court judgments, a notary office, an estate agency and
rental-housing registration."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout4 import ids
from piplkit.discover.evaluation.heldout4 import values as v
from piplkit.discover.evaluation.heldout4.person import district_of
from piplkit.discover.evaluation.heldout4.spec import Col as C
from piplkit.discover.evaluation.heldout4.spec import Ctx, Table

_CHARGES = (
    "盗窃罪",
    "诈骗罪",
    "危险驾驶罪",
    "故意伤害罪",
    "交通肇事罪",
    "非法吸收公众存款罪",
    "寻衅滋事罪",
    "帮助信息网络犯罪活动罪",
)


def _sentence(c: Ctx) -> str:
    kind = c.rng.choice(("有期徒刑", "拘役", "有期徒刑"))
    n = c.rng.randint(1, 5) if kind == "有期徒刑" else c.rng.randint(1, 6)
    unit = "年" if kind == "有期徒刑" else "个月"
    tail = f"，缓刑{c.rng.randint(1, 5)}年" if c.rng.random() < 0.5 else ""
    return f"{kind}{n}{unit}{tail}"


def _charge(c: Ctx) -> str:
    return c.rng.choice(_CHARGES)


def _id_doc(c: Ctx) -> str:
    """A tenant's document: 85 % resident IDs, the rest passports and HK/Macao permits."""
    roll = c.rng.random()
    if roll < 0.86:
        return c.p.rid
    return ids.passport(c.rng) if roll < 0.93 else ids.hk_macau_permit(c.rng)


def _flat_no(c: Ctx) -> str:
    """Building-unit-flat as agents key it in (12-3-1502)."""
    building, unit = c.rng.randint(1, 30), c.rng.randint(1, 4)
    return f"{building}-{unit}-{c.rng.randint(1, 33)}{c.rng.randint(1, 4):02d}"


def _school(c: Ctx) -> str:
    return c.rng.choice(
        (
            "南京市第一中学",
            "金陵中学",
            "南师附中",
            "江宁高级中学",
            "溧水高级中学",
            "六合实验高中",
            "中华中学",
        )
    )


def _reg_no(c: Ctx) -> str:
    return f"{c.rng.randint(10**13, 10**14 - 1)}"


def tables() -> list[Table]:
    kinder = Table(
        "kindergarten",
        "幼儿园_在园幼儿花名册.csv",
        None,
        "csv",
        (
            C("序号", None, "zh_formal", lambda c: c.i + 1),
            C(
                "班级",
                None,
                "zh_formal",
                v.pick("小一班", "小二班", "中一班", "中二班", "大一班", "大二班"),
            ),
            C("幼儿姓名", "person_name", "zh_formal", v.name),
            C("性别", "gender", "zh_formal", v.gender),
            C("出生年月", "birth_date", "zh_formal", v.born_fmt("%Y.%m")),
            C("身份证件号", "cn_resident_id", "zh_formal", v.rid),
            C("民族", "ethnicity", "zh_formal", v.ethnic),
            C("户籍所在地", "address", "zh_formal", v.addr),
            C("监护人", "person_name", "zh_formal", v.name_q),
            C(
                "与幼儿关系",
                "family_relationship",
                "zh_formal",
                v.pick("父亲", "母亲", "祖父", "祖母", "外婆"),
            ),
            C("监护人电话", "cn_mobile", "zh_formal", v.mob_q),
            C(
                "过敏/特殊体质",
                "health_record",
                "zh_colloquial",
                v.pick("花生过敏", "牛奶蛋白过敏", "热性惊厥史", "哮喘", "芒果过敏"),
                blank=0.6,
                placeholders=("无",),
            ),
            C("接送人照片", "face_image", "zh_colloquial", v.face_path),
        ),
        encoding="gb18030",
        ages=(3, 6),
        other_ages=(24, 60),
    )
    gaokao = Table(
        "university_admissions",
        "2026年本科录取考生名单.xlsx",
        "录取名单",
        "xlsx",
        (
            C("考生号", None, "zh_formal", _reg_no),
            C("姓名", "person_name", "zh_formal", v.name),
            C("性别", "gender", "zh_formal", v.gender),
            C("身份证号", "cn_resident_id", "zh_formal", v.rid),
            C("民族", "ethnicity", "zh_formal", v.ethnic),
            C("毕业中学", "education", "zh_formal", _school),
            C("科类", None, "zh_formal", v.pick("物理类", "历史类")),
            # Adjudicated 2026-12-07 (docs/evaluation.md, "Adjudication of set choices"): an
            # admission score and the programme admitted to are `education` by the gold
            # conventions table's 考试成绩 and 专业 rows; written as None.
            C("投档成绩", "education", "zh_formal", v.integer(520, 690)),
            C(
                "录取专业",
                "education",
                "zh_formal",
                v.pick("计算机科学与技术", "临床医学", "法学", "会计学", "土木工程", "汉语言文学"),
            ),
            C("通知书邮寄地址", "address", "zh_formal", v.addr),
            C("收件人", "person_name", "zh_formal", v.name_q),
            C("收件电话", "cn_mobile", "zh_formal", v.mob_q),
        ),
        ages=(17, 19),
        titles=("2026年普通高校招生本科一批录取名单",),
    )
    exam = Table(
        "exam_registration",
        "cert_exam_signup.parquet",
        None,
        "parquet",
        (
            C("bmh", None, "pinyin_initials", v.rand_code("2026", 8)),
            C("xm", "person_name", "pinyin_initials", v.name),
            C("xb", "gender", "pinyin_initials", v.gender),
            C("zjhm", "cn_resident_id", "pinyin_initials", _id_doc, variant="mixed_docs"),
            C("csrq", "birth_date", "pinyin_initials", v.born_fmt("%Y%m%d")),
            C("xl", "education", "pinyin_initials", v.pick(*v.EDUCATION)),
            C("gzdw", "employer", "pinyin_initials", v.employer),
            C("sjhm", "cn_mobile", "pinyin_initials", v.mob),
            C("dzyx", "email", "pinyin_initials", v.email),
            C("zp", "face_image", "pinyin_initials", v.face_path),
            C(
                "kd",
                None,
                "pinyin_initials",
                v.pick("南京工业大学考点", "河海大学考点", "东南大学考点"),
            ),
            C("jfzt", None, "pinyin_initials", v.pick("已缴费", "未缴费")),
        ),
    )
    temple = Table(
        "temple_donors",
        "功德芳名录_2026.csv",
        None,
        "csv",
        (
            C("收据编号", None, "zh_formal", v.serial("GD", 6)),
            C("功德主", "person_name", "zh_colloquial", v.name),
            C("信仰", "religion", "zh_colloquial", v.pick("佛教", "佛教", "佛教", "道教", "无")),
            C("皈依证号", None, "zh_formal", v.rand_code("GY", 7), blank=0.5),
            C("手机号码", "cn_mobile", "zh_formal", v.mob),
            C("随喜金额", None, "zh_colloquial", v.pick(50, 100, 200, 500, 1000, 3000)),
            C(
                "功德项目",
                None,
                "zh_colloquial",
                v.pick("供灯", "放生", "助印经书", "修缮大殿", "供斋"),
            ),
            C(
                "回向",
                None,
                "zh_colloquial",
                v.pick("阖家平安", "消灾延寿", "学业进步", "往生净土"),
            ),
            C("经手人", "person_name", "zh_formal", v.staff("monk", 3)),
            C("日期", None, "zh_formal", v.day(300, "%Y年%m月%d日")),
        ),
        encoding="gbk",
    )
    union = Table(
        "trade_union",
        "工会会员名册.xlsx",
        "会员名册",
        "xlsx",
        (
            C("会员编号", None, "zh_formal", v.serial("GH", 6)),
            C("姓名", "person_name", "zh_formal", v.name),
            C("性别", "gender", "zh_formal", v.gender),
            C("民族", "ethnicity", "zh_formal", v.ethnic),
            C("出生年月", "birth_date", "zh_formal", v.born_fmt("%Y-%m")),
            C("身份证号码", "cn_resident_id", "zh_formal", v.rid_number, variant="number_cell"),
            C("文化程度", "education", "zh_formal", v.pick(*v.EDUCATION)),
            C("婚姻状况", "marital_status", "zh_formal", v.pick(*v.MARITAL)),
            C(
                "岗位",
                "job_title",
                "zh_formal",
                v.pick("车间主任", "装配工", "质检员", "仓管员", "电工", "叉车司机", "班组长"),
            ),
            C(
                "所在部门",
                None,
                "zh_formal",
                v.pick("一车间", "二车间", "质量部", "物流部", "设备部"),
            ),
            C("入会时间", None, "zh_formal", v.day(5000, "%Y-%m")),
            C("联系电话", "cn_mobile", "zh_formal", v.mob),
            C("困难职工", None, "zh_formal", v.pick("否", "否", "否", "是")),
        ),
        titles=("XX机械制造有限公司工会 会员名册（2026年）",),
    )
    corrections = Table(
        "community_corrections",
        "社区矫正对象台账.xlsx",
        "在册",
        "xlsx",
        (
            C("矫正编号", None, "zh_formal", v.rand_code("JZ32", 8)),
            C("姓名", "person_name", "zh_formal", v.name),
            C("性别", "gender", "zh_formal", v.gender),
            C("公民身份号码", "cn_resident_id", "zh_formal", v.rid),
            C("罪名", "criminal_record", "zh_formal", _charge),
            C("原判刑罚", "criminal_record", "zh_formal", _sentence),
            C(
                "矫正类别",
                "criminal_record",
                "zh_formal",
                v.pick("缓刑", "缓刑", "假释", "暂予监外执行", "管制"),
            ),
            C("矫正起始日", None, "zh_formal", v.day(700)),
            C("居住地", "address", "zh_formal", v.addr),
            C("定位手环最近位置", "geo_coordinates", "zh_colloquial", v.latlng_text),
            C("联系电话", "cn_mobile", "zh_formal", v.mob),
            C(
                "司法所",
                None,
                "zh_formal",
                v.pick("东山司法所", "秣陵司法所", "淳化司法所", "湖熟司法所"),
            ),
            C("社工", "person_name", "zh_colloquial", v.staff("sw", 5)),
        ),
    )
    judgments = Table(
        "court_judgments",
        "judgments_criminal_2026.jsonl",
        None,
        "jsonl",
        (
            C("case_no", None, "en_snake", lambda c: f"(2026)苏0115刑初{c.rng.randint(1, 999)}号"),
            C(
                "court",
                None,
                "en_snake",
                v.pick("南京市江宁区人民法院", "南京市鼓楼区人民法院", "南京市中级人民法院"),
            ),
            C(
                "defendant",
                "person_name",
                "en_snake",
                lambda c: v.mask_name(c.p.name) if c.rng.random() < 0.5 else c.p.name,
                variant="masked_half",
            ),
            C("defendant_gender", "gender", "en_snake", v.gender),
            C("defendant_birth", "birth_date", "en_snake", v.born_fmt("%Y年%m月%d日")),
            C("defendant_ethnicity", "ethnicity", "en_snake", v.ethnic),
            C(
                "defendant_education",
                "education",
                "en_snake",
                v.pick("初中文化", "高中文化", "小学文化", "大学文化", "中专文化"),
            ),
            C("charge", "criminal_record", "en_snake", _charge),
            C("sentence", "criminal_record", "en_snake", _sentence),
            C("judge", "person_name", "en_snake", v.staff("judge", 4)),
            C("defence_counsel", "person_name", "en_snake", v.staff("lawyer", 8), blank=0.3),
            C("judgment_date", None, "en_snake", v.day(300)),
        ),
        ages=(18, 70),
    )
    notary = Table(
        "notary_office",
        "公证受理登记.csv",
        None,
        "csv",
        (
            C(
                "公证书编号",
                None,
                "zh_formal",
                lambda c: f"(2026)苏宁证字第{c.rng.randint(1, 30000)}号",
            ),
            C("申请人", "person_name", "zh_formal", v.name),
            C("申请人证件", "cn_resident_id", "zh_formal", v.rid_mixed_case, variant="lower_x"),
            C("申请人电话", "cn_mobile", "zh_formal", v.mob),
            C(
                "公证事项",
                None,
                "zh_formal",
                v.pick("亲属关系", "继承", "委托", "出生", "无犯罪记录", "学历", "声明"),
            ),
            C("关系人", "person_name", "zh_formal", v.name_q, blank=0.2),
            C("与申请人关系", "family_relationship", "zh_formal", v.rel, blank=0.2),
            C(
                "不动产权证号",
                "real_estate",
                "zh_formal",
                lambda c: ids.real_estate_cert(c.rng),
                blank=0.5,
                placeholders=("",),
            ),
            C("承办公证员", "person_name", "zh_formal", v.staff("notary", 5)),
            C("收费金额", None, "zh_formal", v.pick(200, 300, 500, 800, 1200)),
            C("受理日期", None, "zh_formal", v.day(200)),
        ),
        encoding="utf-8",
    )
    agency = Table(
        "real_estate_agency",
        "链家门店_房源与客户.xlsx",
        "房源",
        "xlsx",
        (
            C("房源编号", None, "zh_formal", v.rand_code("FY", 8)),
            C(
                "小区",
                None,
                "zh_colloquial",
                v.pick("阳光花园", "翠苑小区", "锦绣江南", "万科城", "碧水湾"),
            ),
            C(
                "房号",
                "address",
                "zh_colloquial",
                _flat_no,
                variant="flat_number",
                by_values=False,
            ),
            C("业主", "person_name", "zh_colloquial", v.name),
            C("业主电话", "cn_mobile", "zh_colloquial", v.mob),
            C("产证号", "real_estate", "zh_colloquial", lambda c: ids.real_estate_cert(c.rng)),
            C("建筑面积", None, "zh_formal", v.money(45, 220, 2)),
            C("挂牌价(万)", None, "annotated", v.integer(120, 1500)),
            C("户型", None, "zh_colloquial", v.pick("2室1厅", "3室2厅", "1室1厅", "4室2厅")),
            C("维护人", "person_name", "zh_colloquial", v.staff("agent", 6)),
            C("维护人手机", "cn_mobile", "zh_colloquial", v.mob_any),
        ),
    )
    agency_clients = Table(
        "real_estate_agency",
        "链家门店_房源与客户.xlsx",
        "客源",
        "xlsx",
        (
            C("客源编号", None, "zh_formal", v.rand_code("KY", 8)),
            C(
                "客户",
                "person_name",
                "zh_colloquial",
                lambda c: c.p.name[0] + c.rng.choice(("先生", "女士")),
                variant="surname_title",
            ),
            C("电话", "cn_mobile", "zh_colloquial", v.mob),
            C("预算(万)", None, "annotated", v.integer(100, 1200)),
            C("意向区域", None, "zh_colloquial", v.pick("江宁", "鼓楼", "建邺", "秦淮", "玄武")),
            C("购房资格", None, "zh_colloquial", v.pick("有", "有", "无", "待核实")),
            C("婚否", "marital_status", "zh_colloquial", v.pick("已婚", "未婚", "离异")),
            C("首付来源", None, "zh_colloquial", v.pick("自有", "父母资助", "卖旧买新")),
            C("带看经纪人", "person_name", "zh_colloquial", v.staff("agent", 6)),
        ),
    )
    rental = Table(
        "rental_registration",
        "出租房屋及流动人口登记.csv",
        None,
        "csv",
        (
            C("房屋地址", "address", "zh_formal", v.addr),
            C("房东姓名", "person_name", "zh_formal", v.name_q),
            C("房东身份证", "cn_resident_id", "zh_formal", v.rid_q, whose="q"),
            C("房东电话", "cn_mobile", "zh_formal", v.mob_q),
            C("承租人", "person_name", "zh_formal", v.name),
            C("证件号码", "cn_resident_id", "zh_formal", _id_doc, variant="mixed_docs"),
            C(
                "国籍(地区)",
                "nationality",
                "zh_formal",
                v.pick(*(["中国"] * 8 + ["中国香港", "韩国", "美国"])),
            ),
            C("户籍地", "address", "zh_formal", lambda c: district_of(c.rng)),
            C(
                "服务处所",
                "employer",
                "zh_formal",
                v.employer,
                blank=0.2,
                placeholders=("无业", "待业"),
            ),
            C("承租人电话", "cn_mobile", "zh_formal", v.mob),
            C("入住日期", None, "zh_formal", v.day(600)),
            C("月租金", None, "zh_formal", v.pick(1500, 2200, 2800, 3500, 4800)),
        ),
        encoding="gb18030",
        other_ages=(35, 80),
    )
    return [
        kinder,
        gaokao,
        exam,
        temple,
        union,
        corrections,
        judgments,
        notary,
        agency,
        agency_clients,
        rental,
    ]
