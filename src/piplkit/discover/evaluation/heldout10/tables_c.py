"""Set 10, part C: registries, prisons, pawnshops, vehicles and property transactions.

Columns are ``(header, generator, gold[, style])``; ``-`` is not PI.
"""

# ruff: noqa: E501 - a table is read as one line a column group, as the export lays it out
from __future__ import annotations

from piplkit.discover.evaluation.heldout6.spec import Table, table

ZC, PI, PF, V = "zh_colloquial", "pinyin_initials", "pinyin_full", "vendor"

TABLES: list[Table] = [
    table("prison_visits_202611.xlsx", "prison visitor log", [
        ("会见日期", "date:30", "-"), ("罪犯编号", "code:33012:6", "-"), ("罪犯姓名", "name", "person_name"),
        ("监区", "pick:一监区|三监区|五监区|七监区", "-"), ("罪名及刑期", "criminal", "criminal_record"),
        ("会见人", "name_q", "person_name"), ("会见人身份证", "rid_q", "cn_resident_id"), ("与罪犯关系", "relation", "family_relationship"),
        ("会见窗口", "int:1:24", "-"), ("时长(分钟)", "pick:20|30|30|45", "-"),
    ], fmt="xlsx", sheet="亲属会见登记", title_rows=("某监狱 亲属会见登记簿（2026年11月）",), q_ages=(20, 75)),
    table("marriage_registry_extract.csv", "marriage registry", [
        ("受理号", "code:HY2026:6", "-"), ("登记类型", "marital_reg", "marital_status"), ("男方姓名", "name", "person_name"),
        ("男方证件号", "rid", "cn_resident_id"), ("女方姓名", "name_q", "person_name"), ("女方证件号", "rid_q", "cn_resident_id"),
        ("证书字号", "code:J330106-2026-:6", "-"), ("登记机关", "pick:西湖区民政局婚姻登记处|上城区民政局婚姻登记处", "-"), ("办理日期", "date:200", "-"),
    ], encoding="gb18030", p_ages=(22, 60), q_ages=(20, 58)),
    table("hukou_migration.csv", "household registration move", [
        ("迁移证编号", "code:QY:8", "-"), ("姓名", "name", "person_name"), ("公民身份号码", "rid", "cn_resident_id"),
        ("民族", "ethnic", "ethnicity"), ("迁出地址", "address", "address"), ("迁入地址", "address_new", "address"),
        ("迁移原因", "pick:投靠配偶|工作调动|购房落户|人才引进|投靠子女", "-"), ("与户主关系", "pick:户主|配偶|子|女|母亲", "family_relationship"),
    ], encoding="gbk"),
    table("pawnshop_tickets.csv", "pawnshop", [
        ("当票号", "code:DP:7", "-"), ("出当人", "name", "person_name"), ("身份证", "rid_messy", "cn_resident_id"),
        ("当物", "pick:足金项链 25.3g|劳力士日志型手表|iPhone 15 Pro 256G|和田玉手镯|房产抵押", "-"), ("估价", "num:3000:800000", "-"),
        ("当金", "num:2000:500000", "-"), ("月综合费率", "pick:2.7%|3.0%|4.2%", "-"), ("房产证号", "real_estate", "real_estate"),
        ("手机", "mobile", "cn_mobile"),
    ], encoding="utf-8-sig", blank=0.05),
    table("scrap_metal_buyers.csv", "scrap metal real-name register", [
        ("收购时间", "dt", "-"), ("出售人", "name", "person_name"), ("证件号", "rid", "cn_resident_id"),
        ("车牌号", "plate", "license_plate"), ("品名", "pick:废铜|废铝|废铁|电缆皮|废旧电瓶", "-"), ("重量kg", "num:10:2000", "-"),
        ("单价", "num:2:60", "-"), ("金额", "num:50:50000", "-"), ("联系电话", "mobile", "cn_mobile"),
    ], encoding="gbk", p_ages=(25, 70)),
    table("ebike_registration.jsonl", "e-bike registration", [
        ("plateNo", "ebike_plate", "license_plate"), ("ownerName", "name", "person_name"), ("ownerIdNo", "rid", "cn_resident_id"),
        ("ownerPhone", "mobile", "cn_mobile"), ("brand", "pick:雅迪|爱玛|台铃|小牛|新日", "-"), ("frameNo", "serial", "-"),
        ("motorNo", "serial", "-"), ("color", "pick:白|黑|红|蓝|灰", "-"),
    ], fmt="jsonl"),
    table("drone_realname.csv", "drone real-name registry", [
        ("登记号", "code:UAS:8", "-"), ("拥有者姓名", "name", "person_name"), ("拥有者证件", "rid", "cn_resident_id"),
        ("产品型号", "pick:DJI Mini 4 Pro|DJI Air 3|DJI Avata 2|Autel EVO Lite", "-"), ("产品序列号", "serial", "-"),
        ("用途", "pick:航拍|娱乐|测绘", "-"), ("电子邮件", "email", "email"), ("手机", "mobile", "cn_mobile"),
    ]),
    table("used_car_transfers.xlsx", "used-car dealer transfers", [
        ("收车单号", "order_phone", "-"), ("原车主", "name", "person_name"), ("原车主身份证", "rid", "cn_resident_id"),
        ("车牌", "plate", "license_plate"), ("车架号VIN", "vin", "vin"), ("表显里程(km)", "int:8000:220000", "-"),
        ("收购价", "int:20000:300000", "-"), ("新车主", "name_q", "person_name"), ("新车主电话", "mobile_q", "cn_mobile"),
    ], fmt="xlsx", sheet="过户台账", totals_row=True),
    table("agent_listings.csv", "real-estate agency listings", [
        ("房源编号", "code:FY:7", "-"), ("业主", "name", "person_name"), ("业主电话", "mobile_masked", "cn_mobile"),
        ("房屋地址", "address", "address"), ("产权证号", "real_estate", "real_estate"), ("建筑面积㎡", "num:45:220", "-"),
        ("挂牌价(万)", "int:120:1500", "-"), ("经纪人", "name_q", "person_name"), ("经纪人电话", "mobile_q", "cn_mobile"),
        ("带看次数", "int:0:40", "-"),
    ], encoding="gb18030"),
    table("gjj_loan_applicants.xlsx", "housing provident fund", [
        ("公积金账号", "code:0110:10", "-"), ("姓名", "name", "person_name"), ("证件号码", "rid", "cn_resident_id"),
        # Adjudicated 2026-12-07: a monthly contribution is an amount like 社保个人部分, None by the
        # gold conventions table (set 8 alike); written as income (choice 20).
        ("单位名称", "employer", "employer"), ("缴存基数", "income", "income"), ("月缴存额", "int:500:6000", "-"),
        ("账户余额", "balance", "account_balance"), ("贷款金额(万)", "int:20:120", "-"), ("贷款年限", "pick:10|15|20|25|30", "-"),
    ], fmt="xlsx", sheet="申请人", groups=(("缴存人", 4), ("缴存情况", 3), ("贷款", 2))),
    table("bg_check_reports.csv", "HR background check", [
        ("报告编号", "code:BC:8", "-"), ("候选人", "name", "person_name"), ("身份证", "rid_masked", "cn_resident_id"),
        ("学历核实", "pick:本科 学信网可查|硕士 学信网可查|大专 学信网可查|本科 无法核实", "education"), ("上家单位", "employer", "employer"),
        ("离职原因", "pick:个人发展|薪资原因|合同到期|家庭原因", "-"), ("上家薪资(月)", "income", "income"), ("犯罪记录核查", "nocrime", "criminal_record"),
        ("征信核查", "credit", "credit_record"), ("结论", "pick:通过|通过|存疑|不通过", "-"),
    ], encoding="utf-8-sig"),
    table("migrant_wage_roster.csv", "construction wage roster", [
        ("班组", "pick:钢筋班组|木工班组|泥工班组|水电班组", "-"), ("姓名", "name", "person_name"), ("身份证号码", "rid_old", "cn_resident_id"),
        ("工种", "pick:钢筋工|木工|泥瓦工|电工|架子工", "job_title"), ("出勤天数", "int:10:31", "-"), ("应发工资", "income", "income"),
        ("工资卡号", "bank_card", "bank_card"), ("开户行", "pick:农业银行|建设银行|工商银行|邮储银行", "-"),
    ], encoding="gbk", p_ages=(35, 70), quote_all=True),
    table("car_rental_contracts.csv", "car rental", [
        ("contract_no", "code:ZC:8", "-"), ("renter_name", "name", "person_name"), ("driver_license_no", "dl", "driver_license"),
        ("license_class", "pick:C1|C2|B2|A1|C1", "-"), ("license_expiry", "date:900", "-"), ("car_plate", "co_plate", "-"),
        ("car_vin", "co_vin", "-"), ("pickup_store", "pick:萧山机场店|杭州东站店|武林广场店", "-"), ("deposit", "int:3000:10000", "-"),
        ("renter_mobile", "mobile", "cn_mobile"),
    ]),
    table("ferry_realname_tickets.csv", "ferry real-name tickets", [
        ("票号", "order_phone", "-"), ("航线", "pick:海口-海安|北海-涠洲岛|舟山-普陀山|烟台-大连", "-"), ("开航时间", "dt", "-"),
        ("旅客姓名", "name", "person_name"), ("证件类型", "pick:身份证|身份证|护照|港澳通行证", "-"), ("证件号码", "rid", "cn_resident_id"),
        ("车辆号牌", "plate", "license_plate"), ("舱位", "pick:经济舱|二等舱|VIP", "-"), ("票价", "num:45:380", "-"),
    ], encoding="gb18030"),
    table("ferry_frequent_passengers.parquet", "ferry real-name tickets", [
        ("passenger", "name", "person_name"), ("id_no", "rid", "cn_resident_id"), ("trips_24m", "trips", "trajectory"),
        ("mobile", "mobile", "cn_mobile"), ("tier", "pick:普通|银卡|金卡", "-"), ("points", "int:0:9000", "-"),
    ], fmt="parquet"),
    table("scenic_bookings.csv", "scenic area reservations", [
        ("预约号", "order", "-"), ("游客姓名", "name_masked", "person_name"), ("证件号", "rid_masked", "cn_resident_id"),
        ("手机号", "mobile_masked", "cn_mobile"), ("景点", "pick:灵隐飞来峰|西溪湿地|千岛湖|雷峰塔", "-"), ("入园日期", "date:30", "-"),
        ("入园时段", "pick:08:00-10:00|10:00-12:00|13:00-15:00", "-"), ("核销状态", "pick:已核销|未使用|已退票", "-"),
    ], encoding="utf-8-sig"),
    table("moving_orders.csv", "moving company", [
        ("订单号", "order_phone", "-"), ("客户", "name_mr", "person_name"), ("客户电话", "mobile", "cn_mobile"),
        ("搬出地址", "address", "address"), ("搬入地址", "address_new", "address"), ("楼层/电梯", "pick:6楼无电梯|18楼有电梯|3楼无电梯|地下室", "-"),
        ("车辆", "co_plate", "-"), ("司机", "name_q", "person_name"), ("报价", "int:300:3000", "-"),
    ], encoding="gbk"),
    table("parcel_station_pickups.csv", "parcel pickup station", [
        ("取件码", "pick:3-2-1045|6-1-2031|A12-308|8-4-5520|2-3-0917", "-"), ("运单号", "code:YT:13", "-"),
        ("快递公司", "pick:圆通|中通|韵达|极兔|顺丰", "-"), ("收件人", "name_masked", "person_name"), ("手机尾号", "mobile_tail", "cn_mobile"),
        ("入库时间", "dt", "-"), ("货架", "pick:A1|A2|B3|C1|D4", "-"),
    ]),
    table("mediation_cases.jsonl", "people's mediation committee", [
        ("caseNo", "code:TJ2026:5", "-"), ("applicant", "name", "person_name"), ("applicantPhone", "mobile", "cn_mobile"),
        ("respondent", "name_q", "person_name"), ("disputeType", "pick:邻里纠纷|婚姻家庭纠纷|劳务纠纷|物业纠纷", "-"),
        ("agreementAmount", "num:0:50000", "-"), ("mediator", "pick:调解员01|调解员07|调解员12", "-"), ("result", "pick:调解成功|调解不成|撤回", "-"),
    ], fmt="jsonl"),
    table("safe_deposit_boxes.xlsx", "bank safe deposit boxes", [
        ("箱号", "code:B-:4", "-"), ("承租人", "name", "person_name"), ("证件号码", "rid_int", "cn_resident_id"),
        ("授权人", "name_q", "person_name"), ("授权人关系", "relation", "family_relationship"), ("年租金", "pick:600|900|1500", "-"),
        ("扣款账户", "bank_card", "bank_card"), ("指纹登记", "finger", "biometric"),
    ], fmt="xlsx", sheet="保管箱租户"),
    table("shooting_club_register.csv", "shooting range", [
        ("Lane", "int:1:20", "-"), ("NAME", "name_pinyin", "person_name"), ("ID_NO", "rid", "cn_resident_id"),
        ("PASSPORT_NO", "passport", "passport"), ("NATIONALITY", "nation_code", "nationality"), ("ROUNDS", "int:20:200", "-"),
        ("GUN_TYPE", "pick:.22LR|9mm|12ga", "-"), ("INSTRUCTOR", "name_q", "person_name"),
    ], blank=0.35),
    table("sim_kiosk_activations.csv", "telecom SIM kiosk", [
        ("受理单号", "order_phone", "-"), ("号码", "mobile", "cn_mobile"), ("ICCID", "code:898600:14", "device_id"),
        ("IMSI", "imsi", "imsi"), ("机主", "name", "person_name"), ("证件", "rid", "cn_resident_id"),
        ("人像比对照片", "face", "face_image"), ("活体检测得分", "num:0.80:0.99", "-"), ("套餐", "pick:5G畅享129|19元保号|59元套餐", "-"),
    ], encoding="utf-8-sig"),
    table("hotel_lost_found.csv", "hotel lost and found", [
        ("登记号", "code:LF:5", "-"), ("物品", "pick:黑色双肩包|华为手机|身份证|钱包|充电宝", "-"), ("拾获位置", "pick:1208房|大堂|餐厅|泳池", "-"),
        ("失主", "name", "person_name"), ("失主电话", "mobile", "cn_mobile"), ("领取人证件", "rid", "cn_resident_id"),
        ("入住记录", "stays", "accommodation_record"), ("处理人", "name_q", "person_name"),
    ], encoding="gb18030", blank=0.08),
]  # fmt: skip
