"""Set 21's two wide exports, each written three ways (the operator's workbook, a GB18030 CSV
for the federation or the regulator, the data team's Parquet copy): a race organiser's "export
all fields" registration file and an insurer's full agent file. A column is
``(gold, gen, Chinese header, snake_case header)``."""

# ruff: noqa: E501 - one line a column (or a vocabulary), as the export lays it out

from __future__ import annotations

from piplkit.discover.evaluation.heldout6.spec import Table
from piplkit.discover.evaluation.heldout21.kinds import EXPORTED_AT, plain

RACE = (
    ("-", "code:M26:6", "报名号", "entry_no"), ("-", "pick:2026城市马拉松", "赛事名称", "event_name"),
    ("-", "vocab:race_group", "参赛项目", "race_group"), ("person_name", "name", "姓名", "full_name"),
    ("person_name", "name_pinyin", "英文名/拼音", "name_en"), ("-", "pick:身份证", "证件类型", "id_type"),
    ("cn_resident_id", "rid", "证件号码", "id_no"), ("gender", "gender", "性别", "gender"),
    ("birth_date", "birth", "出生日期", "birth_date"), ("age", "age", "年龄", "age"),
    ("nationality", "nat_cn", "国籍", "nationality"), ("ethnicity", "ethnic", "民族", "ethnicity"),
    ("health_record", "vocab:blood", "血型", "blood_type"), ("cn_mobile", "mobile", "手机号码", "mobile"),
    ("cn_mobile", "mobile_staff", "备用手机", "mobile_backup"), ("email", "email", "电子邮箱", "email"),
    ("-", "pick:浙江省|江苏省|上海市|广东省|北京市", "省份", "province"), ("-", "city", "城市", "city"),
    ("address", "addr", "详细地址", "address_detail"), ("-", "code:3:5", "邮编", "postcode"),
    ("employer", "company", "工作单位", "work_unit"), ("job_title", "vocab:occupation", "职业", "occupation"),
    ("education", "edu", "学历", "education"), ("body_measurement", "int:150:192", "身高(cm)", "height_cm"),
    ("body_measurement", "num:42:98", "体重(kg)", "weight_kg"), ("body_measurement", "vocab:tshirt", "服装尺码", "tshirt_size"),
    ("body_measurement", "pick:38|39|40|41|42|43|44", "鞋码", "shoe_size"),
    ("person_name", "name_q", "紧急联系人", "emergency_name"), ("cn_mobile", "mobile_q", "紧急联系人电话", "emergency_mobile"),
    ("family_relationship", "vocab:emerg_rel", "与紧急联系人关系", "emergency_relation"),
    ("health_record", "vocab:run_history", "既往病史", "medical_history"),
    ("health_record", "vocab:run_check", "近一年体检结论", "checkup_conclusion"),
    ("health_record", "pick:否|否|否|是（降压药）|是（胰岛素）", "是否长期服药", "regular_medication"),
    ("-", "pick:3|5|0|12|1", "参赛次数", "race_count"), ("-", "duration", "最好成绩", "personal_best"),
    ("-", "pick:|奔跑吧跑团|城市跑团|夜跑团|", "所属跑团", "running_club"),
    ("-", "pick:200|150|100", "报名费", "entry_fee"), ("-", "pick:微信支付|支付宝", "支付方式", "pay_method"),
    ("-", "dt:60:120", "支付时间", "paid_at"), ("-", "vocab:lottery", "抽签结果", "lottery_result"),
    ("-", "pick:现场领取|快递到付", "领物方式", "kit_pickup"), ("-", "code:A:5", "参赛号", "bib_no"),
    ("-", "code:PICC26:10", "保险单号", "insurance_policy_no"), ("ipv4", "ipv4", "报名IP", "signup_ip"),
    ("account_name", "nickname", "微信昵称", "wechat_nickname"), ("wechat_id", "openid", "OpenID", "openid"),
    ("face_image", "face_url", "头像", "avatar_url"), ("-", "pick:||团体报名|补报", "备注", "remark"),
)  # fmt: skip

AGENTS = (
    ("-", "code:8601:6", "工号", "agent_code"), ("person_name", "name", "姓名", "agent_name"),
    ("person_name", "name_starred", "曾用名", "former_name"), ("gender", "gender", "性别", "gender"),
    ("ethnicity", "ethnic", "民族", "ethnicity"), ("-", "vocab:political", "政治面貌", "political_status"),
    ("cn_resident_id", "rid", "身份证号", "id_no"), ("birth_date", "birth", "出生日期", "birth_date"),
    ("age", "age", "年龄", "age"), ("-", "vocab:birthplace", "籍贯", "native_place"),
    ("address", "addr", "户籍地址", "hukou_address"), ("address", "addr", "现住址", "current_address"),
    ("marital_status", "marital", "婚姻状况", "marital_status"), ("education", "edu", "学历", "education"),
    ("education", "university", "毕业院校", "graduated_school"),
    ("education", "pick:市场营销|会计学|金融学|护理学|汉语言文学|计算机科学与技术", "所学专业", "major"),
    ("cn_mobile", "mobile", "手机号码", "mobile"), ("cn_landline", "landline", "办公电话", "office_phone"),
    ("email", "email", "电子邮箱", "email"), ("wechat_id", "wxid", "微信号", "wechat_id"), ("qq_number", "qq", "QQ", "qq"),
    ("person_name", "name_q", "紧急联系人", "emergency_name"), ("cn_mobile", "mobile_q", "紧急联系人电话", "emergency_phone"),
    ("family_relationship", "vocab:emerg_rel", "紧急联系人关系", "emergency_relation"),
    ("person_name", "spouse", "配偶姓名", "spouse_name"), ("-", "int:0:3", "子女数", "children_count"),
    ("employer", "company", "原工作单位", "previous_employer"), ("job_title", "vocab:occupation", "原职业", "previous_occupation"),
    ("-", "code:0200013201008002:10", "执业证号", "license_no"), ("-", "code:0030:12", "资格证号", "qualification_no"),
    ("-", "vocab:agent_rank", "职级", "rank_code"), ("job_title", "vocab:agent_title", "职务", "title"),
    ("-", "vocab:branch", "营业部", "branch"), ("-", "date:30:4000", "入司日期", "join_date"),
    ("person_name", "staff", "推荐人", "referrer"), ("person_name", "staff", "育成人", "mentor"),
    ("income", "num:0:38000", "本月FYC", "fyc_month"), ("income", "num:0:420000", "年度FYC", "fyc_year"),
    ("bank_card", "bank_card", "佣金账户", "commission_account"), ("-", "vocab:bank", "开户行", "bank_name"),
    ("credit_record", "vocab:agent_credit", "征信情况", "credit_check"),
    ("health_record", "vocab:guard_checkup", "入司体检结论", "medical_result"),
    ("criminal_record", "vocab:no_crime", "无犯罪记录证明", "criminal_check"),
    ("face_image", "face_url", "证件照", "id_photo_url"), ("-", "date:30:4000", "签约日期", "contract_date"),
    ("-", "vocab:agent_status", "人员状态", "status"), ("-", "pick:||考核预警|绩优", "备注", "remark"),
)  # fmt: skip


def _three_ways(stem: str, domain: str, title: str, cols: tuple[tuple[str, str, str, str], ...],
                ages: tuple[int, int]) -> list[Table]:  # fmt: skip
    zh = [(h, gen, gold) for gold, gen, h, _ in cols]
    snake = [(h, gen, gold) for gold, gen, _, h in cols]
    half = len(cols) // 2
    return [
        plain(f"{stem}.xlsx", domain, zh, sheet="全部字段", title_rows=(title, EXPORTED_AT),
              groups=(("基本信息", half), ("业务信息", len(cols) - half)), p_ages=ages),
        plain(f"{stem}.csv", domain, zh, encoding="gb18030", p_ages=ages),
        plain(f"dwd_{domain}_full.parquet", domain, snake, p_ages=ages),
    ]  # fmt: skip


def wide_tables() -> list[Table]:
    return [*_three_ways("赛事报名全量导出", "marathon", "2026城市马拉松报名全量数据", RACE, (18, 65)),
            *_three_ways("营销员档案全字段", "insurance_agents", "营销员档案（全部字段）", AGENTS, (22, 60))]  # fmt: skip
