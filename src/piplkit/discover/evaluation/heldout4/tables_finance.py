"""Finance: bank KYC and accounts, cross-border remittances, a securities broker's clients,
microloan collections, live-stream tipping wallets."""

from __future__ import annotations

from datetime import timedelta

from piplkit.discover.evaluation.heldout4 import ids
from piplkit.discover.evaluation.heldout4 import values as v
from piplkit.discover.evaluation.heldout4.spec import Col as C
from piplkit.discover.evaluation.heldout4.spec import Ctx, Table


def _doc_type(c: Ctx) -> str:
    roll = c.rng.random()
    c.state["doc"] = "id" if roll < 0.88 else ("pp" if roll < 0.95 else "hk")
    return {"id": "居民身份证", "pp": "护照", "hk": "港澳居民来往内地通行证"}[c.state["doc"]]


def _doc_no(c: Ctx) -> str:
    kind = c.state.get("doc", "id")
    if kind == "pp":
        return ids.passport(c.rng)
    if kind == "hk":
        return c.rng.choice("HM") + f"{c.rng.randint(10**7, 10**8 - 1)}{c.rng.randint(0, 99):02d}"
    return c.p.rid


def _valid_until(c: Ctx) -> str:
    until = c.ref + timedelta(days=c.rng.randint(100, 7300))
    return "长期" if c.rng.random() < 0.1 else until.strftime("%Y%m%d")


def _annual_income(c: Ctx) -> str:
    return c.rng.choice(("5万以下", "5-10万", "10-20万", "20-50万", "50万以上"))


def _credit(c: Ctx) -> str:
    return c.rng.choice(
        (
            "近24个月无逾期",
            "当前逾期M1",
            "当前逾期M3+",
            "近2年累计逾期3次",
            "无信贷记录",
            "征信良好",
            "有呆账记录1笔",
            "近6个月查询12次",
        )
    )


def _contacts(c: Ctx) -> str:
    n = c.rng.randint(2, 5)
    return ";".join(f"{c.fake.name()}:{v.mob_any(c)}" for _ in range(n))


def _txn_desc(c: Ctx) -> str:
    when = v.moment_text(60, "%m-%d %H:%M")(c)
    what = c.rng.choice(
        (
            "跨行转账",
            "快捷支付-美团",
            "财付通-微信红包",
            "ATM取款",
            "工资代发",
            "支付宝-淘宝",
            "信用卡还款",
        )
    )
    sign = c.rng.choice(("支出", "收入"))
    return f"{when} {what} {sign}{c.rng.randint(5, 20000)}.{c.rng.randint(0, 99):02d}元"


def _recharge(c: Ctx) -> str:
    when = v.moment_text(90, "%Y%m%d")(c)
    how = c.rng.choice(("微信支付", "支付宝", "Apple Pay"))
    return f"{when} {how} {c.rng.choice((6, 30, 68, 98, 198, 648))}元"


def _recharge_log(c: Ctx) -> str:
    return ";".join(_recharge(c) for _ in range(c.rng.randint(1, 4)))


def tables() -> list[Table]:
    kyc = Table(
        "bank_kyc",
        "对私客户信息_网点导出_20261130.xlsx",
        "客户基本信息",
        "xlsx",
        (
            C("客户号", None, "zh_formal", v.serial("C", 10, 3100000)),
            C("客户名称", "person_name", "zh_formal", v.name),
            C("证件类型", None, "zh_formal", _doc_type),
            C("证件号码", "cn_resident_id", "zh_formal", _doc_no, variant="mixed_docs"),
            C("证件有效期", None, "zh_formal", _valid_until),
            C("性别", "gender", "zh_formal", v.gender),
            C("出生日期", "birth_date", "zh_formal", v.born_fmt("%Y%m%d")),
            C(
                "国籍",
                "nationality",
                "zh_formal",
                v.pick(*(["中国"] * 9 + ["中国香港", "美国", "日本"])),
            ),
            C("职业", "job_title", "zh_formal", v.pick(*v.JOBS)),
            C("工作单位", "employer", "zh_formal", v.employer, blank=0.15),
            C("个人年收入", "income", "zh_formal", _annual_income),
            C("移动电话", "cn_mobile", "zh_formal", v.mob),
            C("通讯地址", "address", "zh_formal", v.addr),
            C(
                "开户机构",
                None,
                "zh_formal",
                v.pick("城东支行", "高新区支行", "营业部", "金融街支行", "科技园支行"),
            ),
            C("风险等级", None, "zh_formal", v.pick("低", "中低", "中", "中高", "高")),
            C("客户经理", "person_name", "zh_formal", v.staff("mgr", 6)),
        ),
        titles=("对私客户基本信息报表", "机构：XX银行某分行    导出时间：2026-11-30 18:02"),
    )
    accounts = Table(
        "bank_kyc",
        "对私客户信息_网点导出_20261130.xlsx",
        "账户信息",
        "xlsx",
        (
            C("客户号", None, "zh_formal", v.serial("C", 10, 3100000)),
            C("户名", "person_name", "zh_formal", v.name),
            C("卡号", "bank_card", "zh_formal", v.card),
            C("卡种", None, "zh_formal", v.pick("借记卡", "一类户", "二类户", "信用卡")),
            C("账户余额", "account_balance", "zh_formal", v.money(0, 500000), total="sum"),
            C("冻结金额", None, "zh_formal", v.pick(0, 0, 0, 0, 500.0, 1200.0), total="sum"),
            C("开户日期", None, "zh_formal", v.day(4000)),
            C(
                "账户状态",
                None,
                "zh_formal",
                v.pick("正常", "正常", "正常", "久悬", "冻结", "销户"),
            ),
            C("征信查询结果", "credit_record", "zh_formal", _credit),
            C("近期交易", "transaction_record", "zh_formal", _txn_desc),
        ),
        totals=True,
    )
    wire = Table(
        "wire_transfer",
        "跨境汇款流水_2026Q4.csv",
        None,
        "csv",
        (
            C("业务编号", None, "zh_formal", v.rand_code("RT2026", 10)),
            C("汇款人名称", "person_name", "zh_formal", v.name),
            C("汇款人证件号", "cn_resident_id", "zh_formal", v.rid_excel, variant="excel_sci"),
            C("汇款账号", "bank_card", "zh_formal", v.card_spaced, variant="spaced"),
            C("收款人名称", "person_name", "zh_formal", v.pinyin_name, variant="pinyin_name"),
            C(
                "收款人国家",
                None,
                "zh_formal",
                v.pick("美国", "英国", "澳大利亚", "加拿大", "日本", "新加坡"),
            ),
            C(
                "收款行SWIFT",
                None,
                "mixed",
                v.pick("BOFAUS3N", "HSBCGB2L", "CTBAAU2S", "ROYCCAT2", "MHCBJPJT", "DBSSSGSG"),
            ),
            C("币种", None, "zh_formal", v.pick("USD", "GBP", "AUD", "CAD", "JPY")),
            C("汇款金额", None, "zh_formal", v.money(200, 50000)),
            C(
                "汇款用途",
                None,
                "zh_formal",
                v.pick("留学学费", "旅游", "亲友赡家", "境外就医", "生活费"),
            ),
            C("经办柜员", None, "zh_formal", v.rand_code("G", 5)),
            C("汇出日期", None, "zh_formal", v.day(90, "%Y/%m/%d")),
        ),
        encoding="gbk",
    )
    securities = Table(
        "securities",
        "clients_broker.parquet",
        None,
        "parquet",
        (
            C("cust_id", None, "en_snake", v.serial("", 12, 800100000000)),
            C("cust_name", "person_name", "en_snake", v.name),
            C("id_no", "cn_resident_id", "en_snake", v.rid),
            C("mobile", "cn_mobile", "en_snake", v.mob),
            C("email", "email", "en_snake", v.email, blank=0.3),
            C("bank_acct", "bank_card", "en_snake", v.card),
            C("fund_avail", "account_balance", "en_snake", v.money(0, 2_000_000)),
            C("risk_level", None, "en_snake", v.pick("C1", "C2", "C3", "C4", "C5")),
            C("edu", "education", "en_snake", v.pick(*v.EDUCATION)),
            C("occupation", "job_title", "en_snake", v.pick(*v.JOBS)),
            C(
                "branch",
                None,
                "en_snake",
                v.pick("上海张杨路营业部", "深圳益田路营业部", "北京建国门营业部"),
            ),
            C("open_date", None, "en_snake", v.day(5000)),
        ),
    )
    collections = Table(
        "microloan_collections",
        "M2逾期催收名单.xlsx",
        "催收分案",
        "xlsx",
        (
            C("借据号", None, "zh_formal", v.rand_code("JJ", 12)),
            C("借款人", "person_name", "zh_colloquial", v.name),
            C("身份证", "cn_resident_id", "zh_colloquial", v.rid_number, variant="number_cell"),
            C("手机", "cn_mobile", "zh_colloquial", v.mob),
            C("现居地址", "address", "zh_formal", v.addr),
            C("紧急联系人", "person_name", "zh_formal", v.name_q),
            C("关系", "family_relationship", "zh_colloquial", v.rel),
            C("联系人电话", "cn_mobile", "zh_formal", v.mob_q),
            C("通讯录", "contacts", "zh_colloquial", _contacts),
            C("借款金额", None, "zh_formal", v.pick(3000, 5000, 8000, 10000, 20000), total="sum"),
            # Adjudicated 2026-12-07 (docs/evaluation.md, "Adjudication of set choices"): days
            # overdue are `credit_record` by the gold conventions table; written as None.
            C("逾期天数", "credit_record", "zh_formal", v.integer(31, 60)),
            C("应还金额", None, "zh_formal", v.money(3000, 25000), total="sum"),
            C("征信情况", "credit_record", "zh_colloquial", _credit),
            C("催收员", "person_name", "zh_formal", v.staff("agent", 5)),
            C(
                "备注",
                None,
                "zh_formal",
                v.pick("承诺月底还款", "失联", "拒接", "协商分期", ""),
                blank=0.4,
            ),
        ),
        totals=True,
    )
    tipping = Table(
        "livestream_tipping",
        "gift_flow_202611.csv",
        None,
        "csv",
        (
            C("flowId", None, "en_camel", v.rand_code("GF", 14)),
            C("userId", None, "en_camel", v.integer(10_000_000, 99_999_999)),
            C("nickName", "account_name", "en_camel", v.nick),
            C("anchorId", None, "en_camel", v.integer(100_000, 999_999)),
            C(
                "giftName",
                None,
                "en_camel",
                v.pick("小心心", "火箭", "嘉年华", "玫瑰", "墨镜", "跑车"),
            ),
            C("giftCount", None, "en_camel", v.integer(1, 99)),
            C("diamond", None, "en_camel", v.integer(1, 30000)),
            C("walletBalance", "account_balance", "en_camel", v.money(0, 8000)),
            C("rechargeHistory", "transaction_record", "en_camel", _recharge_log),
            C("clientIp", "ipv4", "en_camel", lambda c: ids.ipv4_public(c.rng)),
            C("oaid", "device_id", "en_camel", lambda c: ids.uuid_like(c.rng)),
            C("createdAt", None, "en_camel", v.moment_text(30)),
        ),
    )
    return [kyc, accounts, wire, securities, collections, tipping]
