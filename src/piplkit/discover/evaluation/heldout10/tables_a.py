"""Set 10, part A: donation, clinics outside hospitals, births and care work.

Columns are ``(header, generator, gold[, style])``; ``-`` is not PI. Headers are spelt as the
systems that export these tables spell them, notes and units included.
"""

# ruff: noqa: E501 - a table is read as one line a column group, as the export lays it out
from __future__ import annotations

from piplkit.discover.evaluation.heldout6.spec import Table, table

ZC, PI, PF, V = "zh_colloquial", "pinyin_initials", "pinyin_full", "vendor"

TABLES: list[Table] = [
    table("xianxue_dengji_2026Q4.csv", "blood donation station", [
        ("序号", "seq", "-"), ("献血者姓名", "name", "person_name"), ("证件号码", "rid", "cn_resident_id"),
        ("性别", "gender", "gender"), ("ABO血型", "pick:A|B|O|AB|O|A", "health_record"),
        ("献血量(ml)", "pick:200|300|400|400", "-"), ("献血前检查", "pick:合格|合格|合格|血红蛋白偏低 暂缓|血压偏高 暂缓|转氨酶升高 暂缓", "health_record"),
        ("累计献血次数", "int:1:42", "-"), ("献血证编号", "code:3301202612:6", "-"), ("采血点", "pick:武林广场献血屋|西湖文化广场献血车|城西银泰献血屋", "-"),
        ("联系电话（必填）", "mobile", "cn_mobile"),
    ], encoding="gb18030"),
    table("marrow_donor_registry.xlsx", "bone marrow donor registry", [
        ("入库编号", "code:ZH:9", "-"), ("姓名", "name", "person_name"), ("出生日期", "birth", "birth_date"),
        ("民族", "ethnic", "ethnicity"), ("HLA分型(高分辨)", "hla", "genetic_data"),
        ("采样日期", "date:2000", "-"), ("是否同意捐献", "pick:同意|同意|暂不同意", "-"), ("手机", "mobile", "cn_mobile"),
        ("电子邮箱", "email", "email"),
    ], fmt="xlsx", sheet="入库志愿者", title_rows=("中华骨髓库浙江分库 志愿者名册（2026年11月）",)),
    table("marrow_donor_registry.xlsx", "bone marrow donor registry", [
        ("入库编号", "code:ZH:9", "-"), ("初配患者编号", "code:P:8", "-"), ("配型位点", "pick:10/10|9/10|8/10", "-"),
        ("高分辨确认结果", "hla", "genetic_data"), ("体检结论", "pick:合格|合格|乙肝表面抗原阳性|贫血 不宜捐献", "health_record"),
        ("联系人", "name_q", "person_name"), ("联系人电话", "mobile_q", "cn_mobile"),
    ], fmt="xlsx", sheet="配型跟进"),
    table("optical_refraction.csv", "optical shop", [
        ("单号", "order_phone", "-"), ("顾客", "name", "person_name"), ("手机号", "mobile_masked", "cn_mobile"),
        ("右眼球镜R-SPH", "pick:-1.25|-2.50|-3.75|-4.00|-5.25|+0.50|-0.75", "health_record"),
        ("左眼球镜L-SPH", "pick:-1.00|-2.25|-3.50|-4.25|-5.00|+0.75|-0.50", "health_record"),
        ("散光CYL", "pick:-0.50|-0.75|-1.00|0.00|-1.25", "health_record"), ("瞳距PD(mm)", "int:56:70", "body_measurement"),
        ("镜框型号", "code:TR90-:4", "-"), ("镜片", "pick:依视路钻晶A4 1.60|蔡司泽锐 1.67|明月PMC 1.56|豪雅唯极 1.60", "-"),
        ("金额", "num:298:3200", "-"),
    ], encoding="utf-8-sig"),
    table("hearing_aid_fitting.tsv", "hearing aid shop", [
        ("客户编号", "code:HA:6", "-"), ("客户姓名", "name", "person_name"), ("年龄", "age", "age"),
        ("左耳平均听阈dB", "int:35:85", "health_record"), ("右耳平均听阈dB", "int:30:90", "health_record"),
        ("助听器型号", "pick:峰力 Audeo L90|西门子 Pure 312 7X|瑞声达 ONE 9|欧仕达 Intent 1", "-"),
        ("机身序列号", "serial", "-"), ("验配师", "name_q", "person_name"), ("家属电话", "mobile_q", "cn_mobile"),
    ], fmt="tsv", p_ages=(55, 90)),
    table("yuezi_center_guests.xlsx", "confinement centre", [
        ("房号", "pick:A201|A202|A305|B101|B206|VIP1", "-"), ("宝妈姓名", "name", "person_name"), ("宝妈身份证", "rid", "cn_resident_id"),
        ("分娩方式", "pick:顺产|剖宫产|顺产|顺产侧切", "health_record"), ("产后42天复查", "pick:子宫复旧良好|恶露未净|腹直肌分离2指|血压偏高", "health_record"),
        ("宝宝姓名", "name_q", "person_name"), ("宝宝出生日期", "birth_q", "birth_date"),
        ("宝宝出生体重(g)", "int:2500:4300", "body_measurement"), ("套餐", "pick:28天尊享|42天臻享|26天经典", "-"),
        ("入住日期", "date_xl", "-"),
    ], fmt="xlsx", sheet="在住客户", p_ages=(24, 40), q_ages=(0, 0), title_rows=("馨月汇月子中心 在住客户一览", "导出人：前台 导出时间：2026-12-06")),
    table("crowdfund_patients.jsonl", "medical crowdfunding", [
        ("caseId", "code:CF:10", "-"), ("patientName", "name", "person_name"), ("patientIdNo", "rid_masked", "cn_resident_id"),
        ("diagnosis", "pick:急性髓系白血病|肝癌晚期|尿毒症 需肾移植|重度烧伤|先天性心脏病|脑出血", "health_record"),
        ("hospital", "pick:浙江大学医学院附属第一医院|华西医院|北京协和医院|中山大学肿瘤防治中心", "-"),
        ("targetAmount", "int:100000:500000", "-"), ("raisedAmount", "num:1000:300000", "-"),
        ("payeeRelation", "relation", "family_relationship"), ("payeeCard", "bank_card_masked", "bank_card"),
    ], fmt="jsonl", p_ages=(1, 75)),
    table("peizhen_orders.csv", "hospital escort service", [
        ("订单号", "order", "-"), ("就诊人", "name", "person_name"), ("就诊人电话", "mobile", "cn_mobile"),
        ("就诊科室", "pick:心内科|肿瘤科|骨科|眼科|消化内科", "-"), ("病情简述", "pick:术后复查|化疗第三周期|冠脉支架术后|白内障术前检查|胃镜检查", "health_record"),
        ("陪诊师", "name_q", "person_name"), ("陪诊师工号", "code:PZ:4", "-"), ("服务时长(h)", "int:2:8", "-"), ("费用", "num:120:600", "-"),
    ], encoding="gb18030", p_ages=(60, 92)),
    table("swim_pool_health_cards.csv", "public swimming pool", [
        ("卡号", "code:SW:7", "-"), ("姓名", "name", "person_name"), ("性别", "gender", "gender"),
        ("健康证明结论", "pick:无传染病|无传染病|无传染性皮肤病|心电图异常 建议复查", "health_record"),
        ("办卡类型", "pick:年卡|季卡|次卡", "-"), ("剩余次数", "int:0:50", "-"), ("储物柜号", "int:1:300", "-"),
        ("手机", "mobile_messy", "cn_mobile"),
    ]),
    table("zhengbing_baoming.xlsx", "conscription sign-up", [
        ("报名序号", "seq", "-"), ("姓名", "name", "person_name"), ("公民身份号码", "rid_int", "cn_resident_id"),
        ("身高(cm)", "height", "body_measurement"), ("体重(kg)", "weight", "body_measurement"),
        # Adjudicated 2026-12-07 (docs/evaluation.md, "Adjudication of set choices"): 视力 is
        # body_measurement by the gold conventions table; written as health_record (choice 12).
        ("裸眼视力(左/右)", "pick:4.8/4.9|5.0/5.0|4.6/4.7|5.1/5.0|4.9/4.8", "body_measurement"),
        ("文化程度", "pick:高中|大专在读|本科在读|大专|本科", "education"), ("政治面貌", "pick:共青团员|群众|中共党员", "-"),
        ("参军意向", "pick:陆军|海军|空军|火箭军|不限", "-"), ("联系电话", "mobile_int", "cn_mobile"),
    ], fmt="xlsx", sheet="报名汇总", p_ages=(18, 22), groups=(("基本信息", 3), ("体格初检", 3), ("其他", 4))),
    table("birth_cert_register.csv", "birth certificate issuance", [
        ("出生医学证明编号", "code:Q44:7", "-"), ("新生儿姓名", "name", "person_name"), ("出生时间", "birth_time", "birth_date"),
        ("性别", "gender", "gender"), ("出生孕周", "pick:39+2|40+1|38+5|37+0|41+3|36+4", "health_record"),
        ("出生体重(g)", "int:2400:4300", "body_measurement"), ("母亲姓名", "name_q", "person_name"),
        ("母亲身份证件号码", "rid_q", "cn_resident_id"), ("签发机构", "pick:广州市妇女儿童医疗中心|番禺区何贤纪念医院", "-"),
    ], encoding="utf-8-sig", p_ages=(0, 0), q_ages=(22, 42)),
    table("adoption_registry.csv", "adoption registry", [
        ("登记编号", "code:SY2026:5", "-"), ("被收养人姓名", "name", "person_name"), ("被收养人出生日期", "birth", "birth_date"),
        ("被收养人身份证号", "rid", "cn_resident_id"), ("健康状况", "pick:健康|先天性唇腭裂 已手术|听力障碍|健康|健康", "health_record"),
        ("收养人姓名", "name_q", "person_name"), ("收养人婚姻状况", "marital", "marital_status"),
        ("收养人年收入(元)", "int:60000:400000", "income"), ("与被收养人关系", "pick:继父母|孤儿的亲属|无关系|祖父母", "family_relationship"),
    ], encoding="gb18030", p_ages=(1, 12), q_ages=(30, 55)),
    table("tattoo_studio_clients.csv", "tattoo studio", [
        ("预约号", "order_phone", "-"), ("客人", "name_pinyin", "person_name"), ("微信", "wechat", "wechat_id"),
        ("图案", "pick:玫瑰|龙|英文字母|几何线条|锦鲤|猫", "-"), ("部位", "pick:左小臂|后背|右脚踝|锁骨|右上臂", "-"),
        ("色料皮试", "pick:阴性|阴性|阴性|红色色料过敏", "health_record"), ("定金", "int:200:1000", "-"), ("纹身师", "name_q", "person_name"),
    ], p_ages=(18, 40)),
    table("salon_members.parquet", "hair salon", [
        ("member_no", "code:M:6", "-"), ("member_name", "name", "person_name"), ("mobile", "mobile", "cn_mobile"),
        ("card_balance", "balance", "account_balance"), ("dye_patch_test", "pick:阴性|阴性|阳性 禁用PPD染膏|阴性", "health_record"),
        ("stylist", "name_q", "person_name"), ("last_service", "pick:剪发|烫发|染发|护理|接发", "-"), ("last_visit", "date:200", "-"),
    ], fmt="parquet"),
    table("bathhouse_tickets.csv", "bathhouse and foot spa", [
        ("手牌号", "int:1:600", "-"), ("技师号", "pick:8号|12号|16号|23号|31号|5号", "-"), ("技师姓名", "name_q", "person_name"),
        ("会员姓名", "name_mr", "person_name"), ("会员电话", "mobile_tail", "cn_mobile"), ("项目", "pick:足疗60分钟|泰式按摩|搓澡|拔罐|采耳", "-"),
        ("消费金额", "num:68:498", "-"), ("会员卡余额", "balance", "account_balance"),
    ], encoding="gbk"),
    table("hugong_agency.xlsx", "nursing worker agency", [
        ("护工编号", "code:HG:5", "-"), ("护工姓名", "name", "person_name"), ("身份证", "rid", "cn_resident_id"),
        ("籍贯", "pick:四川达州|河南周口|安徽阜阳|湖南邵阳|江西赣州", "-"), ("健康证编号", "code:JK2026:6", "-"),
        ("服务类型", "pick:住院陪护|居家护理|失能老人照护|术后护理", "job_title"), ("期望月薪", "int:5000:9000", "income"),
        ("手机", "mobile", "cn_mobile"), ("紧急联系人", "name_q", "person_name"), ("紧急联系人关系", "relation", "family_relationship"),
    ], fmt="xlsx", sheet="护工档案", p_ages=(38, 60)),
    table("group_checkup_booking.csv", "corporate health check", [
        # Adjudicated 2026-12-07: the examinee's 单位名称 is their 工作单位, `employer` by the gold
        # conventions table (sets 4, 7, 8 alike); written as None.
        ("预约编号", "order", "-"), ("单位名称", "company", "employer"), ("单位统一社会信用代码", "uscc", "cn_uscc"),
        ("体检人", "name", "person_name"), ("证件号", "rid_messy", "cn_resident_id"), ("婚否", "pick:已婚|未婚", "marital_status"),
        ("套餐", "pick:入职体检A|年度体检B(男)|年度体检C(女)|高管套餐", "-"), ("加项", "pick:胃肠镜|甲功五项|肿瘤标志物|无加项|低剂量CT", "-"),
        ("预约日期", "date:30", "-"),
    ], encoding="utf-8-sig"),
    table("church_member_roll.csv", "church member roll", [
        ("会友编号", "code:CH:4", "-"), ("姓名", "name", "person_name"), ("受洗", "pick:已受洗|已受洗|慕道中|已受洗", "religion"),
        ("受洗日期", "date:9000", "-"), ("教派", "denomination", "religion"), ("所属小组", "pick:青年团契|姊妹会|长者团契|诗班", "-"),
        ("手机", "mobile", "cn_mobile"), ("住址", "address", "address"),
    ], encoding="gb18030"),
    table("temple_lamp_offerings.csv", "temple lamp offerings", [
        ("供灯编号", "code:GD:6", "-"), ("供奉人", "name", "person_name"), ("法名", "pick:释妙音|释宽慧|释法明|释净心|释慧德", "person_name"),
        ("祈愿", "pick:身体健康|学业有成|阖家平安|事业顺利|往生超度", "-"), ("灯位", "pick:药师殿A区|大雄宝殿B区|地藏殿C区", "-"),
        ("功德金", "int:100:5000", "-"), ("电话", "mobile", "cn_mobile"),
    ]),
    table("nanny_agency_helpers.csv", "domestic helper agency", [
        ("阿姨编号", "code:AY:5", "-"), ("阿姨姓名", "name", "person_name"), ("属相", "pick:鼠|牛|虎|兔|龙|蛇|马|羊", "-"),
        ("籍贯", "pick:安徽六安|江西上饶|四川南充|河南信阳", "-"), ("工种", "pick:月嫂|育儿嫂|住家保姆|钟点工|老人陪护", "job_title"),
        ("期望薪资(元/月)", "int:5000:16000", "income"), ("从业年限", "int:1:20", "-"), ("身份证号", "rid", "cn_resident_id"),
        ("手机", "mobile", "cn_mobile"), ("星级", "pick:三星|四星|五星|金牌", "-"),
    ], encoding="gbk", p_ages=(35, 58)),
    table("nanny_contracts.jsonl", "domestic helper agency", [
        ("contract_no", "code:HT2026:6", "-"), ("employer_name", "name", "person_name"), ("employer_phone", "mobile", "cn_mobile"),
        ("service_address", "address", "address"), ("helper_name", "name_q", "person_name"),
        ("monthly_wage", "int:5000:15000", "income"), ("agency_fee", "int:800:3000", "-"), ("start_date", "date:200", "-"),
    ], fmt="jsonl", q_ages=(35, 58)),
    table("elder_daycare_roster.csv", "elderly day care", [
        ("床位", "pick:1床|2床|3床|4床|5床|6床", "-"), ("老人", "name", "person_name"), ("年龄", "age", "age"),
        ("慢病", "pick:高血压|糖尿病|阿尔茨海默症早期|帕金森|无", "health_record"), ("能力评估等级", "pick:能力完好|轻度失能|中度失能|重度失能", "health_record"),
        ("子女", "name_q", "person_name"), ("子女电话", "mobile_q", "cn_mobile"), ("月费", "int:1800:4800", "-"),
    ], encoding="utf-8-sig", p_ages=(65, 95)),
    table("physio_clinic.parquet", "acupuncture clinic", [
        ("patient_id", "code:ZJ:6", "-"), ("name", "name", "person_name"), ("gender", "gender_en", "gender"),
        ("complaint", "pick:腰椎间盘突出|颈椎病|肩周炎|面瘫|失眠", "health_record"), ("sessions_left", "int:0:20", "-"),
        ("therapist", "name_q", "person_name"), ("phone", "mobile", "cn_mobile"),
    ], fmt="parquet"),
    table("dxa_bone_density.csv", "community bone density screening", [
        ("筛查号", "code:BD:5", "-"), ("姓名", "name", "person_name"), ("出生年月", "birth_slash", "birth_date"),
        ("T值", "pick:-0.5|-1.2|-2.6|-3.1|0.3|-1.8", "health_record"), ("结论", "pick:骨量正常|骨量减少|骨质疏松", "health_record"),
        ("体重kg", "weight", "body_measurement"), ("社区", "pick:翠苑一区|文新街道|古荡湾", "-"),
    ], encoding="gb18030", p_ages=(50, 85)),
    table("allergy_patch_cosmetics.csv", "beauty salon", [
        ("顾客", "name_masked", "person_name"), ("电话", "mobile_masked", "cn_mobile"), ("皮肤类型", "pick:干性|油性|混合性|敏感肌", "-"),
        ("过敏史", "pick:无|果酸过敏|酒精过敏|花粉过敏|无", "health_record"), ("项目", "pick:小气泡|补水|光子嫩肤|美睫", "-"),
        ("次卡剩余", "int:0:12", "-"), ("美容师", "name_q", "person_name"),
    ], quote_all=True),
]  # fmt: skip
