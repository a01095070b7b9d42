# ruff: noqa: E501
"""Set 19's wide exports (a bank's corporate-customer KYC export and a health-check centre's
full item-by-item report, each written as a workbook, a GB18030 CSV and a Parquet copy) and its
narrow lookups of two or three columns (choice 29)."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout6.spec import Table
from piplkit.discover.evaluation.heldout19.kinds import plain

_KYC = (
    "客户号;id:9100:8;-", "企业名称;company;-", "统一社会信用代码;uscc;cn_uscc", "企业类型;pick:有限责任公司|股份有限公司|个人独资企业|合伙企业;-",
    "注册资本(万元);int:50:5000;-", "成立日期;date_old;-", "注册地址;pick:杭州市西湖区文三路90号|杭州市滨江区网商路699号|上海市浦东新区张江路88号;-",
    "经营范围;pick:软件开发；信息技术咨询|货物进出口；技术进出口|餐饮服务|建筑工程施工;-", "所属行业;pick:软件和信息技术服务业|批发业|餐饮业|建筑业;-",
    "基本户账号;id:3301040160:10;-", "开户日期;date_old;-", "账户类型;pick:基本存款账户|一般存款账户;-",
    "法定代表人;name;person_name", "法人性别;gender;gender", "法人证件类型;const:居民身份证;-", "法人证件号码;rid;cn_resident_id",
    "法人证件有效期;date_next;-", "法人出生日期;birth;birth_date", "法人国籍;v:nationality;nationality", "法人手机;mobile;cn_mobile",
    "法人住址;address;address", "法人职务;pick:执行董事|董事长|总经理|执行董事兼总经理;job_title",
    "实际控制人;name;person_name", "实控人证件号码;rid_masked;cn_resident_id", "受益所有人;name;person_name", "受益所有人持股比例;pick:25%|51%|100%|35%;-",
    "财务负责人;name_q;person_name", "财务负责人手机;mobile_q;cn_mobile", "财务负责人邮箱;email_q;email",
    "经办人;staff;person_name", "经办人证件号码;rid_q;cn_resident_id", "经办人手机;mobile_q;cn_mobile",
    "预留印鉴;pick:公章+法人章|财务章+法人章;-", "网银U盾数;int:1:3;-", "客户经理;staff;person_name", "客户经理工号;id:KJ:5;-",
    "风险等级;pick:低|中|中|高;-", "反洗钱评级;pick:低风险|中风险|高风险;-", "年营业收入(万元);int:50:90000;-",
    "员工人数;int:3:2000;-", "授信额度(万元);int:0:5000;-", "最近尽调日期;date;-", "备注;remark;-",
)

_CHECKUP_FULL = (
    "体检号;seq:QT2612{:05d};-", "姓名;name;person_name", "性别;gender;gender", "年龄;age;age", "出生日期;birth;birth_date",
    "身份证号;rid;cn_resident_id", "手机;mobile;cn_mobile", "单位;company;employer", "部门;dept;-", "工号;id:E:5;-",
    "婚否;v:marital;marital_status", "套餐;pick:员工年度体检(男)|员工年度体检(女);-", "体检日期;date;-",
    "身高(cm);height;body_measurement", "体重(kg);weight;body_measurement", "BMI;dec:17:32:;body_measurement",
    "腰围(cm);unit:60:105:;body_measurement", "收缩压(mmHg);int:95:165;body_measurement", "舒张压(mmHg);int:58:105;body_measurement",
    "心率(次/分);int:55:105;body_measurement", "裸眼视力(左);v:vision;body_measurement", "裸眼视力(右);v:vision;body_measurement",
    "体脂率(%);dec:12:38:;body_measurement", "内科;pick:未见异常|心律不齐|未见明显异常;health_record",
    "外科;pick:未见异常|甲状腺结节|腰椎压痛;health_record", "眼科;pick:未见异常|屈光不正|结膜炎;health_record",
    "耳鼻喉科;pick:未见异常|慢性咽炎|鼻中隔偏曲;health_record", "口腔科;pick:未见异常|龋齿|牙结石;health_record",
    "血常规;pick:未见异常|白细胞偏低|血红蛋白偏低;health_record", "尿常规;pick:未见异常|尿潜血+|尿蛋白±;health_record",
    "谷丙转氨酶(U/L);int:8:90;health_record", "总胆固醇(mmol/L);dec:3:7.5:;health_record", "甘油三酯(mmol/L);dec:0.5:4:;health_record",
    "空腹血糖(mmol/L);dec:4:9:;health_record", "尿酸(μmol/L);int:200:520;health_record", "肌酐(μmol/L);int:45:110;health_record",
    "心电图;pick:窦性心律|窦性心动过缓|ST段改变;health_record", "胸部CT;pick:未见异常|右肺微小结节|左肺上叶磨玻璃结节;health_record",
    "腹部彩超;pick:未见异常|脂肪肝|胆囊息肉|肝囊肿;health_record", "甲状腺彩超;pick:未见异常|甲状腺结节 TI-RADS 3类;health_record",
    "幽门螺杆菌;pick:阴性|阳性;health_record", "总检结论;v:conclusion;health_record", "主检医生;staff;person_name", "报告状态;pick:已出报告|待总检;-",
)


def wide_tables() -> list[Table]:
    """Two wide exports, each in three files (a workbook, a GB18030 CSV, a Parquet copy)."""
    out: list[Table] = []
    for stem, domain, lines in (("对公客户KYC信息导出", "corporate_banking", _KYC),
                                ("体检中心_全项结果导出", "health_checkup", _CHECKUP_FULL)):  # fmt: skip
        out.append(plain(f"{stem}.xlsx", domain, lines, title_rows=(stem,)))
        out.append(plain(f"{stem}.csv", domain, lines, encoding="gb18030"))
        out.append(plain(f"{stem}.parquet", domain, lines))
    return out


def narrow_tables() -> list[Table]:
    """Lookups of two or three columns, as systems export them for a join or a check."""
    return [
        plain("工号手机对照.csv", "hr_master", ("工号;id:DT:5;-", "手机号;mobile;cn_mobile")),
        plain("储值会员余额.xlsx", "pharmacy", ("会员卡号;id:8800:8;-", "手机号;mobile_masked;cn_mobile", "余额;num:0:2000;account_balance")),
        plain("openid_nickname.jsonl", "payment", ("openid;openid;wechat_id", "nickname;nickname;account_name")),
        plain("实名核验结果.csv", "exam_registration", ("身份证号;rid;cn_resident_id", "核验结果;pick:一致|一致|不一致|库中无此号;-"), encoding="gb18030"),
        plain("车牌户号绑定.csv", "utility", ("户号;seq:31{:08d};-", "车牌;plate;license_plate")),
        plain("学籍号姓名.parquet", "school", ("全国学籍号;xueji;cn_resident_id", "姓名;name;person_name"), p_ages=(6, 12)),
        plain("取件码短信.tsv", "parcel_station", ("取件码;id:A2-:4;-", "手机尾号;mobile_tail;cn_mobile", "短信状态;pick:已送达|失败;-")),
        plain("代扣卡户名.csv", "utility", ("代扣卡号;bank_card;bank_card", "户名;name;person_name"), encoding="utf-8-sig"),
        plain("黑名单手机号.csv", "real_estate_agency", ("phone;mobile;cn_mobile",)),
        plain("护理等级变更.xlsx", "elderly_care", ("床位;seq:2F-{:03d};-", "护理等级;v:care_level;health_record")),
        plain("单位信用代码.csv", "housing_policy", ("单位名称;company;-", "统一社会信用代码;uscc;cn_uscc")),
        plain("科室代码.csv", "internet_hospital", ("科室代码;id:KS:3;-", "科室名称;pick:儿科|皮肤科|消化内科|妇科;-")),
        plain("疫苗编码对照.parquet", "public_health", ("code;id:YM:6;-", "name;v:vaccine;-")),
        plain("门店电话.csv", "pharmacy", ("门店;store;-", "电话;landline;-")),
    ]
