"""Set 8, health and care: funeral home, vet clinic, IVF, counselling, rehab, blood and organ
donation, vaccination, occupational disease, hospice, elderly care and more."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout6.spec import Table
from piplkit.discover.evaluation.heldout8.cols import t

KID = {"p_ages": (1, 12), "q_ages": (24, 48)}


def tables() -> list[Table]:
    return [
        t("binyiguan_yiti_dengji.csv", "funeral home: remains register", [
            ("登记号", "seq:BY"), ("逝者姓名", "name"), ("逝者身份证号", "rid_old"), ("性别", "gender"),
            ("死亡原因", "health"), ("死亡日期", "date"), ("火化时间", "dt"), ("家属姓名", "name_q"),
            ("与逝者关系", "relation"), ("家属电话", "mobile_q"), ("骨灰存放格位", "pick:A区-12|B区-07|C区-33"),
            ("服务套餐", "pick:简约|标准|尊享"), ("费用合计(元)", "amount"),
        ], p_ages=(45, 95), encoding="gbk"),
        t("funeral_orders.xlsx", "funeral services: orders", [
            ("order_no", "seq:FS"), ("contact_name", "name_q"), ("contact_mobile", "mobile_masked_q"),
            ("deceased_name", "name"), ("service_date", "date"), ("hall", "pick:福寿厅|永安厅|长青厅"),
            ("package", "pick:basic|standard|premium"), ("amount", "amount"), ("invoice_title", "org"),
        ], fmt="xlsx", sheet="订单", p_ages=(50, 96), title_rows=("殡仪服务订单明细 2026年11月",)),
        t("funeral_orders.xlsx", "funeral services: goods", [
            ("商品编码", "sku"), ("商品名称", "pick:骨灰盒(檀木)|花圈|寿衣套装|鲜花篮"), ("单价", "price"),
            ("库存", "qty"), ("供应商", "org"), ("供应商统一社会信用代码", "uscc"),
        ], fmt="xlsx", sheet="商品", totals_row=True),
        t("chongwu_zhensuo_jiuzhen.csv", "veterinary clinic: visits", [
            ("病历号", "seq:VET"), ("宠物名", "pick:豆豆|球球|旺财|咪咪|可乐|Lucky"), ("品种", "pick:柯基|英短|金毛|布偶|泰迪"),
            ("芯片号", "pick:900215000123456|900164000987654|956000012345678"), ("体重kg", "num:1:40", "-"),
            ("诊断", "pick:细小病毒|猫瘟|皮肤真菌|骨折|肠胃炎", "-"), ("主人姓名", "name"), ("主人手机", "mobile"),
            ("主人住址", "address"), ("就诊时间", "dt"), ("费用", "price"),
        ], encoding="utf-8-sig"),
        t("pet_boarding.jsonl", "pet boarding: bookings", [
            ("bookingId", "seq:PB"), ("ownerName", "name"), ("ownerPhone", "mobile_messy"), ("ownerWechat", "wechat"),
            ("petName", "pick:Mimi|Coco|大黄|雪球"), ("petSpecies", "pick:cat|dog|rabbit"), ("checkIn", "date"),
            ("nights", "int:1:14"), ("fee", "price"),
        ], fmt="jsonl"),
        t("ivf_zhouqi.xlsx", "fertility clinic: IVF cycles", [
            ("周期号", "seq:IVF"), ("女方姓名", "name"), ("女方身份证", "rid"), ("男方姓名", "name_q"),
            ("男方身份证", "rid_q"), ("结婚证号", "pick:J110105-2019-001234|J310104-2021-004567|J440106-2018-000321", "-"),
            ("不孕原因", "health"), ("获卵数", "int:0:25", "health_record"), ("胚胎评级", "pick:4AA|4AB|3BB|5AA|3BC", "health_record"),
            ("移植日期", "date"), ("结局", "pick:临床妊娠|生化妊娠|未孕|待随访", "health_record"),
        ], fmt="xlsx", sheet="周期登记", q_ages=(25, 50), p_ages=(25, 45), groups=(("周期", 1), ("夫妇信息", 5), ("临床", 5))),
        t("ivf_zhouqi.xlsx", "fertility clinic: sperm bank donors", [
            ("供精者编码", "seq:SD"), ("血型", "blood_type"), ("身高(cm)", "height"), ("学历", "edu"),
            ("民族", "ethnicity"), ("HLA分型", "hla"), ("精液检查", "pick:正常|少精|弱精", "health_record"), ("入库日期", "date"),
        ], fmt="xlsx", sheet="供精者", p_ages=(20, 40)),
        t("xinli_zixun_laifang.csv", "psychological counselling: client intake", [
            ("来访者编号", "seq:XL"), ("来访者", "name_masked"), ("性别", "gender"), ("年龄", "age"),
            ("婚姻状况", "marital"), ("职业", "job"), ("主诉问题", "pick:情绪低落|失眠|婚姻困扰|职场焦虑|强迫思维", "health_record"),
            ("风险评估", "pick:自杀风险:低|自杀风险:中|自杀风险:高|无风险", "health_record"), ("咨询师", "name_q"),
            ("咨询时长(分钟)", "int:45:90"), ("预约渠道", "pick:小程序|电话|转介"),
        ], encoding="gb18030"),
        t("counselling_notes.parquet", "online counselling: chat sessions", [
            ("session_id", "uuid"), ("client_nick", "username"), ("client_ip", "ipv4"), ("message", "comm"),
            ("sent_at", "dt"), ("counsellor_id", "int:1000:1999"), ("rating", "int:1:5"),
        ], fmt="parquet"),
        t("kangfu_xunlian.tsv", "sports-medicine rehab: sessions", [
            ("患者", "name"), ("手机号", "mobile"), ("伤病", "pick:前交叉韧带重建术后|跟腱断裂术后|网球肘|肩袖损伤", "health_record"),
            ("身高", "height"), ("体重", "weight"), ("训练项目", "pick:本体感觉训练|股四头肌等长收缩|冲击波"), ("治疗师", "name_q"),
            ("疗程剩余次数", "int:0:20"), ("备注", "note"),
        ], fmt="tsv", encoding="utf-8-sig"),
        t("xianxue_dengji.csv", "blood donation: donor register", [
            ("献血码", "seq:XX"), ("献血者姓名", "name"), ("证件号码", "rid_messy"), ("出生日期", "birth_mixed"),
            ("血型", "blood_type"), ("体重(kg)", "weight"), ("血压", "bp"), ("献血量(ml)", "pick:200|300|400"),
            ("初筛结果", "pick:合格|HBsAg阳性|ALT偏高|血红蛋白偏低", "health_record"), ("采血点", "pick:天河献血屋|体育西献血车|北京路献血屋"),
            ("采血日期", "date"),
        ], encoding="gbk"),
        t("organ_donor_reg.xlsx", "organ donation: registered volunteers", [
            ("登记编号", "seq:OD"), ("姓名", "name"), ("证件号", "rid"), ("性别", "gender"), ("民族", "ethnicity"),
            ("联系电话", "phone_mixed"), ("联系地址", "address"), ("捐献意愿", "pick:器官|遗体|眼角膜|器官、眼角膜"),
            ("见证人", "name_q"), ("见证人关系", "relation"), ("登记日期", "date"),
        ], fmt="xlsx", sheet="登记表", title_rows=("人体器官捐献志愿登记汇总", "填报单位: 市红十字会")),
        t("organ_donor_reg.xlsx", "organ donation: completed donations", [
            ("案例号", "seq:DC"), ("捐献者", "name"), ("捐献者身份证", "rid_masked"), ("死亡原因", "health"),
            ("获取器官", "pick:肝、双肾|心、肝|双肾、角膜"), ("获取医院", "pick:市一医院|省人民医院|中山医院"), ("协调员", "name_q"),
            ("协调员电话", "mobile_q"),
        ], fmt="xlsx", sheet="捐献案例", p_ages=(18, 70)),
        t("ertong_jiezhong.csv", "child vaccination: clinic records", [
            ("受种者", "name"), ("出生日期", "birth"), ("身份证号", "rid"), ("监护人", "name_q"), ("监护人电话", "mobile_q"),
            ("疫苗名称及剂次", "pick:乙肝疫苗第2剂|百白破第3剂|麻腮风第1剂|脊灰灭活第2剂|水痘第1剂", "health_record"),
            ("疫苗批号", "pick:202409015|B20250311|J202501A"), ("接种部位", "pick:左上臂|右上臂|大腿前外侧"),
            ("接种日期", "date"), ("接种单位", "pick:XX社区卫生服务中心|XX镇卫生院"),
        ], encoding="utf-8-sig", **KID),  # type: ignore[arg-type]
        t("vaccine_adult_hpv.jsonl", "adult vaccine bookings (rabies, shingles)", [
            ("userName", "name"), ("idCard", "rid"), ("mobile", "mobile"), ("vaccine", "pick:狂犬病疫苗第1针|带状疱疹疫苗第2针|流感疫苗", "health_record"),
            ("exposureLevel", "pick:Ⅱ级暴露|Ⅲ级暴露|无", "health_record"), ("clinic", "pick:城东犬伤门诊|城西社区"), ("bookedAt", "dt"),
        ], fmt="jsonl"),
        t("zhiyebing_tijian.xlsx", "occupational disease exams", [
            ("体检编号", "seq:ZY"), ("姓名", "name"), ("身份证号码", "rid_int"), ("用人单位", "employer"), ("工种", "job"),
            ("接害因素", "pick:粉尘|噪声|苯|高温|电离辐射"), ("接害工龄(年)", "int:1:30"),
            ("体检结论", "pick:目前未见异常|疑似职业病|职业禁忌证|复查", "health_record"), ("听力(dB)", "int:15:60", "health_record"),
            ("体检日期", "date"),
        ], fmt="xlsx", sheet="职业健康检查", groups=(("基本信息", 5), ("接害情况", 2), ("结果", 3))),
        t("anning_liaohu.csv", "hospice: patients", [
            ("住院号", "seq:AN"), ("患者姓名", "name"), ("年龄", "age"), ("诊断", "health"), ("疼痛评分", "int:0:10", "health_record"),
            ("家属", "name_q"), ("家属关系", "relation"), ("家属手机", "mobile_q"), ("宗教信仰", "religion"),
            ("入院日期", "date"), ("床位", "pick:3-01|3-02|3-05|3-08"),
        ], p_ages=(55, 98), quote_all=True),
        t("yanglaoyuan_ruzhu.xlsx", "elderly care home: residents", [
            ("床号", "pick:A101|A102|B203|C305"), ("老人姓名", "name"), ("身份证", "rid_old"), ("出生年月", "birth"),
            ("血型", "blood_type"), ("慢病", "health"), ("过敏史", "allergy"), ("护理费(元/月)", "amount"),
            ("养老金(元/月)", "income"), ("紧急联系人", "name_q"), ("紧急联系电话", "mobile_int_q"),
        ], fmt="xlsx", sheet="在院老人", p_ages=(62, 99), totals_row=True),
        t("yanglaoyuan_ruzhu.xlsx", "elderly care home: daily vitals", [
            ("老人姓名", "name"), ("测量时间", "dt"), ("血压", "bp"), ("心率", "int:55:110", "body_measurement"),
            ("体温(℃)", "num:35.8:38.5", "body_measurement"), ("测量人", "name_q"), ("设备序列号", "serial"),
        ], fmt="xlsx", sheet="体征记录", p_ages=(62, 99)),
        t("dialysis_free_clinic.csv", "community free clinic: walk-ins", [
            ("xm", "name", "person_name", "pinyin_initials"), ("xb", "gender", "gender", "pinyin_initials"),
            ("nl", "age", "age", "pinyin_initials"), ("sfzh", "rid", "cn_resident_id", "pinyin_initials"),
            ("lxdh", "mobile", "cn_mobile", "pinyin_initials"), ("zd", "health", "health_record", "pinyin_initials"),
            ("jzrq", "date", "-", "pinyin_initials"), ("ys", "name_q", "person_name", "pinyin_initials"),
        ], encoding="gbk"),
        t("tcm_moxibustion.parquet", "moxibustion parlour: members", [
            ("member_no", "seq:AJ"), ("huiyuan_xingming", "name", "person_name", "pinyin_full"),
            ("shouji", "mobile_int", "cn_mobile", "pinyin_full"), ("tizhi", "pick:气虚质|阳虚质|痰湿质|平和质", "health_record", "pinyin_full"),
            ("yue_e", "balance", "account_balance", "pinyin_full"), ("last_visit", "date"), ("store", "pick:滨江店|城西店"),
        ], fmt="parquet"),
        t("hearing_screening_school.csv", "school hearing and vision screening", [
            ("学生姓名", "name"), ("学籍号", "seq:XJ"),
            ("出生日期", "birth_compact"), ("年级", "pick:一年级|二年级|三年级|四年级", "education"),
            ("左眼视力", "num:4.2:5.2", "body_measurement"), ("右眼视力", "num:4.2:5.2", "body_measurement"),
            ("听力筛查", "pick:通过|未通过|复筛", "health_record"), ("家长手机", "mobile_q"), ("筛查日期", "date"),
        ], encoding="utf-8", **KID),  # type: ignore[arg-type]
        t("dna_ancestry_kits.jsonl", "consumer DNA ancestry kits", [
            ("kit_id", "seq:KIT"), ("user_email", "email"), ("user_name", "name_pinyin"), ("snp_calls", "genotype"),
            ("haplogroup", "pick:O-M175|O-M122|C-M217|N-M231", "genetic_data"), ("ancestry", "pick:华北汉族 62%|华南汉族 48%|蒙古族 20%", "genetic_data"),
            ("shipped_at", "date"), ("lab", "org"),
        ], fmt="jsonl"),
        t("gym_bodyscan.xlsx", "gym body composition scans", [
            ("会员", "name"), ("会员卡号", "seq:GYM"), ("手环编号", "pick:WB-0012|WB-0345|WB-0981"), ("身高cm", "height"),
            ("体重kg", "weight"), ("BMI", "bmi"), ("体脂率", "num:8:40", "body_measurement"), ("私教", "name_q"),
            ("测量时间", "dt"),
        ], fmt="xlsx", sheet="体测"),
    ]
