"""Papers and careers: a visa agency (passports, permits, foreign permanent resident ids),
customs declarants, HR background checks and a veterans' service station."""

from __future__ import annotations

from datetime import timedelta

from piplkit.discover.evaluation.heldout4 import ids
from piplkit.discover.evaluation.heldout4 import values as v
from piplkit.discover.evaluation.heldout4.person import district_of
from piplkit.discover.evaluation.heldout4.spec import Col as C
from piplkit.discover.evaluation.heldout4.spec import Ctx, Table


def _itinerary(c: Ctx) -> str:
    """A traveller's day-by-day cities, as the visa form's itinerary asks for them."""
    cities = c.rng.sample(
        (
            "巴黎",
            "里昂",
            "罗马",
            "米兰",
            "巴塞罗那",
            "慕尼黑",
            "维也纳",
            "布拉格",
            "苏黎世",
            "阿姆斯特丹",
        ),
        c.rng.randint(2, 4),
    )
    start = c.ref + timedelta(days=c.rng.randint(20, 90))
    return "→".join(
        f"{start + timedelta(days=3 * k):%m/%d} {city}" for k, city in enumerate(cities)
    )


def tables() -> list[Table]:
    visa = Table(
        "visa_agency",
        "签证办理_客户资料.xlsx",
        "申根签证",
        "xlsx",
        (
            C("申请人", "person_name", "zh_formal", v.name),
            C("拼音", "person_name", "zh_colloquial", v.pinyin_name, variant="pinyin_name"),
            C("护照号", "passport", "zh_formal", lambda c: ids.passport(c.rng)),
            C("出生日期", "birth_date", "zh_formal", v.born_fmt("%d/%m/%Y")),
            C("婚姻状况", "marital_status", "zh_formal", v.pick(*v.MARITAL)),
            C("职业", "job_title", "zh_formal", v.pick(*v.JOBS)),
            C("月收入", "income", "zh_formal", v.pick(6000, 8000, 12000, 15000, 20000, 35000)),
            C(
                "存款证明金额",
                "account_balance",
                "zh_formal",
                v.pick(50000, 100000, 200000, 300000),
            ),
            C("行程", "trajectory", "zh_colloquial", _itinerary),
            C("邮箱", "email", "zh_colloquial", v.email),
            C("递签日期", None, "zh_formal", v.day(60)),
            C("签证状态", None, "zh_formal", v.pick("已递签", "已出签", "拒签", "补材料")),
        ),
    )
    visa_hk = Table(
        "visa_agency",
        "签证办理_客户资料.xlsx",
        "港澳台及外籍",
        "xlsx",
        (
            C("客户", "person_name", "zh_colloquial", v.name),
            C(
                "港澳通行证",
                "hk_macau_permit",
                "zh_colloquial",
                lambda c: ids.hk_macau_permit(c.rng),
            ),
            C(
                "台胞证号码",
                "taiwan_permit",
                "zh_formal",
                lambda c: ids.taiwan_permit(c.rng),
                blank=0.3,
                by_values=False,
            ),
            C(
                "外国人永久居留身份证",
                "foreign_permanent_resident_id",
                "zh_formal",
                lambda c: (
                    ids.foreign_pr_2023(c.rng, c.p.born)
                    if c.rng.random() < 0.7
                    else ids.foreign_pr_2017(c.rng, c.p.born)
                ),
                blank=0.4,
                variant="2023_and_2017",
            ),
            C("签注类型", None, "zh_formal", v.pick("个人旅游G", "团队旅游L", "探亲T", "商务S")),
            C("手机", "cn_mobile", "zh_colloquial", v.mob_styled, variant="styled"),
            C("办理费用", None, "zh_formal", v.pick(80, 160, 260)),
        ),
    )
    customs = Table(
        "customs_declarants",
        "报关人员备案.csv",
        None,
        "csv",
        (
            C("所在企业", "employer", "zh_formal", v.employer),
            C("统一社会信用代码", "cn_uscc", "zh_formal", lambda c: ids.uscc(c.rng)),
            C("海关编码", None, "zh_formal", v.rand_code("32", 8)),
            C("报关员姓名", "person_name", "zh_formal", v.name),
            C("身份证号", "cn_resident_id", "zh_formal", v.rid),
            C("移动电话", "cn_mobile", "zh_formal", v.mob),
            C("电子邮箱", "email", "zh_formal", v.qq_mail),
            C("卡介质号", None, "zh_formal", v.rand_code("8900", 12)),
            C("备案日期", None, "zh_formal", v.day(2000, "%Y%m%d")),
            C(
                "企业地址",
                None,
                "zh_formal",
                lambda c: district_of(c.rng) + f"综保区{c.rng.randint(1, 99)}号",
            ),
        ),
        encoding="utf-8-sig",
    )
    background = Table(
        "hr_background_check",
        "背调报告汇总.xlsx",
        "汇总",
        "xlsx",
        (
            C("候选人", "person_name", "zh_formal", v.name),
            C("身份证", "cn_resident_id", "zh_colloquial", v.rid_masked, variant="masked"),
            C("最高学历", "education", "zh_formal", v.pick(*v.EDUCATION)),
            C(
                "毕业院校",
                "education",
                "zh_formal",
                v.pick(
                    "南京大学", "东南大学", "南京航空航天大学", "河海大学", "苏州大学", "江南大学"
                ),
            ),
            C("上家公司", "employer", "zh_colloquial", v.employer),
            C(
                "上家职位",
                "job_title",
                "zh_colloquial",
                v.pick("高级工程师", "销售总监", "财务主管", "HRBP", "产品经理", "运营专员"),
            ),
            C(
                "离职前月薪",
                "income",
                "zh_colloquial",
                v.pick("18k", "25k", "32k", "12000", "40000"),
            ),
            C(
                "犯罪记录核查",
                "criminal_record",
                "zh_formal",
                v.pick("未见犯罪记录", "未见犯罪记录", "未见犯罪记录", "有记录:危险驾驶罪(2019)"),
            ),
            C(
                "个人征信",
                "credit_record",
                "zh_formal",
                v.pick("无不良", "无不良", "信用卡逾期1次", "有未结清网贷"),
            ),
            C("证明人", "person_name", "zh_formal", v.name_q),
            C("证明人电话", "cn_mobile", "zh_formal", v.mob_q),
            C("背调顾问", "person_name", "zh_formal", v.staff("bc", 3)),
            C("结论", None, "zh_formal", v.pick("通过", "通过", "存疑", "不通过")),
        ),
        titles=("背景调查汇总表", "委托方：XX科技（保密）"),
    )
    veterans = Table(
        "veterans_service",
        "退役军人服务站_信息采集.tsv",
        None,
        "tsv",
        (
            C("姓名", "person_name", "zh_formal", v.name),
            C(
                "军官证号",
                "military_id",
                "zh_formal",
                lambda c: ids.military_id(c.rng),
                blank=0.3,
                placeholders=("无",),
            ),
            C("身份证号", "cn_resident_id", "zh_formal", v.rid),
            C("入伍时间", None, "zh_formal", v.day(9000, "%Y.%m")),
            C("退役时间", None, "zh_formal", v.day(5000, "%Y.%m")),
            C(
                "伤残等级",
                "health_record",
                "zh_formal",
                v.pick("七级", "八级", "十级", "六级"),
                blank=0.6,
                placeholders=("无",),
                by_values=False,
            ),
            C("安置单位", "employer", "zh_formal", v.employer),
            C("联系电话", "cn_mobile", "zh_formal", v.mob),
            C("家庭住址", "address", "zh_formal", v.addr),
            C("优待证号", None, "zh_formal", v.rand_code("YD32", 10)),
        ),
        encoding="gbk",
        delimiter="\t",
        ages=(25, 85),
    )
    return [visa, visa_hk, customs, background, veterans]
