"""Set 10, part F: social insurance and assistance, law-firm intake, last-mile delivery,
property fees, ID-photo studios and a kindergarten kitchen.

Columns are ``(header, generator, gold[, style])``; ``-`` is not PI.
"""

# ruff: noqa: E501 - a table is read as one line a column group, as the export lays it out
from __future__ import annotations

from piplkit.discover.evaluation.heldout6.spec import Table, table

ZC, PI, PF, V = "zh_colloquial", "pinyin_initials", "pinyin_full", "vendor"

TABLES: list[Table] = [
    table("rural_pension_enrol.xlsx", "rural residents' pension", [
        ("个人编号", "code:33:10", "-"), ("姓名", "name", "person_name"), ("公民身份号码", "rid_old", "cn_resident_id"),
        ("社保卡号", "ssc", "social_security_card"), ("缴费档次", "pick:300元|500元|1000元|2000元", "-"), ("月养老金", "int:180:1200", "income"),
        ("发放卡号", "bank_card", "bank_card"), ("所属村", "pick:上塘村|下沙村|东岳村|西溪村", "-"),
    ], fmt="xlsx", sheet="参保人员", p_ages=(45, 90), groups=(("参保人", 4), ("待遇", 3), ("", 1))),
    table("dibao_households.csv", "minimum living allowance", [
        ("户主", "name", "person_name"), ("身份证", "rid", "cn_resident_id"), ("家庭成员", "pick:配偶、长子|配偶|母亲、女儿|配偶、次女、孙子", "family_relationship"),
        ("家庭人均月收入", "int:300:1100", "income"), ("致贫原因", "pick:因病|因残|缺劳力|因学", "-"), ("残疾情况", "pick:肢体二级|视力一级|无|精神三级|无", "health_record"),
        ("保障金(元/月)", "int:300:1200", "income"), ("联系电话", "landline", "cn_landline"),
    ], encoding="gb18030", p_ages=(30, 85)),
    table("lawfirm_client_intake.csv", "law firm client intake", [
        ("收案号", "code:(2026)浙律:4", "-"), ("委托人", "name", "person_name"), ("委托人身份证", "rid", "cn_resident_id"),
        ("对方当事人", "name_q", "person_name"), ("案由", "pick:离婚纠纷|民间借贷纠纷|劳动争议|交通事故责任纠纷|刑事辩护", "-"),
        ("涉嫌罪名", "pick:危险驾驶罪|帮助信息网络犯罪活动罪|职务侵占罪|诈骗罪", "criminal_record"), ("律师费", "int:5000:200000", "-"),
        ("承办律师", "pick:王律师|陈律师|刘律师", "person_name"), ("委托人邮箱", "email", "email"),
    ], encoding="utf-8-sig"),
    table("lastmile_deliveries.jsonl", "last-mile delivery", [
        ("waybill_no", "code:SF14:10", "-"), ("receiver_name", "name_masked", "person_name"), ("receiver_phone", "mobile_masked", "cn_mobile"),
        ("receiver_address", "address", "address"), ("courier_name", "name_q", "person_name"), ("courier_track", "trajectory", "trajectory"),
        ("signed_at", "dt", "-"), ("pod_photo", "pick:/pod/2026/12/door.jpg|/pod/2026/12/locker.jpg|/pod/2026/12/guard.jpg", "-"),
    ], fmt="jsonl"),
    table("property_fee_arrears.csv", "property management fees", [
        ("房号", "address_short", "address"), ("业主姓名", "name", "person_name"), ("业主电话", "mobiles_two", "cn_mobile"),
        ("座机", "landline", "cn_landline"), ("欠费月数", "int:1:36", "-"), ("欠费金额", "txtnum:300:30000", "-"), ("催缴记录", "pick:已电话催缴|已发律师函|承诺月底缴清|拒接", "-"),
    ], encoding="gbk"),
    table("id_photo_studio.csv", "ID photo studio", [
        ("单号", "order_phone", "-"), ("顾客", "name", "person_name"), ("证件照", "face", "face_image"), ("规格", "pick:一寸|二寸|护照|签证(美国)", "-"),
        ("底色", "pick:白|蓝|红", "-"), ("回执号", "code:ZP:10", "-"), ("手机", "mobile", "cn_mobile"),
    ]),
    table("kindergarten_kitchen_allergies.xlsx", "kindergarten kitchen", [
        ("班级", "pick:小一班|小二班|中一班|大二班", "-"), ("幼儿姓名", "name", "person_name"), ("出生日期", "birth_xl", "birth_date"),
        ("食物过敏", "pick:鸡蛋|牛奶|花生|虾|芒果", "health_record"), ("饮食禁忌", "pick:清真|素食|无猪肉|无", "-"), ("家长电话", "mobile_q", "cn_mobile"),
    ], fmt="xlsx", sheet="过敏幼儿", p_ages=(3, 6)),
    table("kindergarten_kitchen_allergies.xlsx", "kindergarten kitchen", [
        ("日期", "date_xl", "-"), ("餐次", "pick:早餐|午餐|午点", "-"), ("菜品", "pick:番茄炒蛋|清蒸鲈鱼|南瓜粥|虾仁蒸蛋", "-"),
        ("留样克数", "int:125:200", "-"), ("留样人", "name_q", "person_name"), ("厨师长", "name_q", "person_name"),
    ], fmt="xlsx", sheet="留样记录"),
    table("luxury_consignment.csv", "luxury consignment shop", [
        ("寄卖单号", "order_phone", "-"), ("寄卖人", "name", "person_name"), ("证件", "rid", "cn_resident_id"), ("商品", "pick:LV Neverfull|爱马仕Birkin 30|劳力士绿水鬼|香奈儿CF", "-"),
        ("成色", "pick:9成新|95新|全新", "-"), ("寄卖价", "int:5000:300000", "-"), ("回款账户", "bank_card", "bank_card"), ("微信", "wechat", "wechat_id"),
    ], encoding="utf-8-sig"),
    table("elevator_rescue_calls.csv", "elevator emergency calls", [
        ("工单", "code:DT:8", "-"), ("电梯注册代码", "code:3110:16", "-"), ("报警时间", "dt", "-"), ("被困人员电话", "mobile", "cn_mobile"),
        ("通话转写", "pick:电梯卡在12楼了，里面有老人和小孩，快来人|我被困在电梯里，手机快没电了|门打不开，里面好热", "communication_record"),
        ("救援人员", "name_q", "person_name"), ("到场分钟", "int:5:40", "-"),
    ]),
    table("university_freshmen.parquet", "university freshman registration", [
        ("xh", "code:3260:6", "-", PI), ("xm", "name", "person_name", PI), ("xb", "gender", "gender", PI), ("mz", "ethnic", "ethnicity", PI),
        ("gj", "nation", "nationality", PI), ("csrq", "birth_compact", "birth_date", PI), ("zy", "pick:计算机科学与技术|临床医学|法学|金融学", "education", PI),
        ("ssh", "pick:蓝田1舍301|丹阳3舍512|碧峰5舍208", "-", PI),
    ], fmt="parquet", p_ages=(17, 20)),
    table("accompanied_travel_imsi.csv", "roaming SIM rentals", [
        ("rental_no", "order_phone", "-"), ("passport_no", "passport", "passport"), ("name_en", "name_pinyin", "person_name"),
        ("sim_imsi", "imsi", "imsi"), ("device_imei", "imei", "imei"), ("destination", "pick:日本|泰国|美国|欧洲多国", "-"), ("deposit", "int:100:500", "-"),
    ]),
    table("pet_owner_delivery_addresses.csv", "pet food subscription", [
        ("订阅号", "code:PF:6", "-"), ("宠物名", "pick:豆豆|球球|咪咪|旺财|可乐", "-"), ("宠物品种", "pick:柯基|布偶猫|英短|金毛", "-"),
        ("主人", "name", "person_name"), ("主人电话", "mobile", "cn_mobile"), ("收货地址", "address", "address"), ("月付", "num:99:699", "-"),
    ], encoding="gb18030"),
    table("hr_offboarding.csv", "HR offboarding", [
        ("EmpNo", "code:E:6", "-"), ("FullName", "name", "person_name"), ("Department", "pick:研发中心|销售部|财务部|行政部", "-"),
        ("JobTitle", "job", "job_title"), ("LastSalary", "income", "income"), ("PersonalEmail", "email", "email"),
        ("LaptopAsset", "code:IT-:6", "-"), ("LastDay", "date:90", "-"),
    ]),
    table("tw_compatriot_jobfair.csv", "Taiwan compatriot job fair", [
        ("姓名", "name", "person_name"), ("台胞证号码", "tw", "taiwan_permit"), ("最高学历", "education", "education"),
        ("期望月薪", "pick:8000-12000|12000-20000|20000以上", "income"), ("意向城市", "city", "-"), ("邮箱", "email", "email"),
        ("摊位号", "code:T-:2", "-"),
    ], encoding="utf-8-sig", p_ages=(22, 45)),
    table("campus_wifi_accounts.tsv", "campus network accounts", [
        ("account", "code:2024:6", "account_name"), ("passwd_hash", "password", "password"), ("bind_mac", "mac", "mac_address"),
        ("last_ipv4", "ipv4", "ipv4"), ("plan", "pick:30元包月|50元包月|免费时段", "-"), ("balance", "balance", "account_balance"),
        ("nas_ip", "lan_ip", "-"),
    ], fmt="tsv", encoding="gb18030", p_ages=(18, 24)),
    table("appliance_warranty_cards.csv", "appliance warranty registration", [
        ("登记号", "order_phone", "-"), ("用户姓名", "name", "person_name"), ("电话1", "mobile", "cn_mobile"), ("电话2", "mobile_q", "cn_mobile"),
        ("安装地址", "address", "address"), ("产品型号", "pick:KFR-35GW|BCD-526WKPZM|XQG100-14", "-"), ("产品序列号", "serial", "-"),
        ("购买日期", "date:700", "-"), ("安装师傅", "name_q", "person_name"),
    ], encoding="gb18030", blank=0.06),
    table("form_export_20261205.csv", "street office form export", [
        ("字段10", "seq", "-"), ("字段11", "name", "person_name"), ("字段12", "rid", "cn_resident_id"), ("字段13", "gender", "gender"),
        ("字段14", "mobile", "cn_mobile"), ("字段15", "pick:已审核|待审核|退回", "-"), ("字段16", "date:120", "-"),
    ], encoding="utf-8-sig"),
]  # fmt: skip
