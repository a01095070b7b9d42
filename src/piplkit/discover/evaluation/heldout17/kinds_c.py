"""Set 17's report kinds, part C: a school's class roster, a gym's member export, a courier's
waybill export, a hotel PMS guest register, a car dealer's DMS customer list, a loan collection
list, a community grid's population sheet, a visitor-management log and a call centre's ticket
export (rows as in :mod:`heldout17.kinds`)."""

# ruff: noqa: E501 - a kind is read as one line a column, as the export lays its columns out

from __future__ import annotations

from piplkit.discover.evaluation.heldout17.kinds import Kind

SCHOOL = Kind(
    "小学班级花名册", ("三年级2班花名册", "学生基本信息汇总", "edu_student_roster", "学籍信息_导入模板"),
    "2026-2027学年第一学期学生花名册", (
        ("cn_resident_id", "xjh", "全国学籍号", "学籍号", "student_code", "G号"),
        ("person_name", "name", "学生姓名", "姓名", "stu_name", "xsxm|pi"),
        ("gender", "gender", "性别", "性别", "gender", "xb|pi"),
        ("ethnicity", "ethnicity", "民族", "民族", "nation", "mz|pi"),
        ("birth_date", "birth,birth_xl,birth,birth_compact", "出生日期", "出生年月", "birthday", "csrq|pi"),
        ("cn_resident_id", "rid,rid,rid,rid_apos", "身份证件号", "身份证号码", "id_card", "sfzjh|pi"),
        ("-", "pick:三(1)班|三(2)班|三(3)班", "班级", "班级", "class_name", "bj|pi"),
        ("education", "grade_school", "年级", "年级", "grade", ""),
        ("address", "address", "家庭住址", "家庭住址", "home_address", "jtzz|pi"),
        ("person_name", "name_q", "监护人姓名", "监护人一-姓名", "guardian_name", "jhrxm|pi"),
        ("family_relationship", "relation", "监护人关系", "监护人一-关系", "guardian_relation", "gx|pi"),
        ("cn_mobile", "mobile_q", "监护人电话", "监护人一-电话", "guardian_mobile", "lxdh|pi"),
        ("employer", "employer", "监护人工作单位", "监护人一-单位", "guardian_employer", ""),
        ("body_measurement", "height", "身高(cm)", "身高", "height_cm", ""),
        ("body_measurement", "weight", "体重(kg)", "体重", "weight_kg", ""),
        ("health_record", "allergy", "过敏史", "过敏/病史", "allergy", ""),
        ("-", "pick:走读|住校", "是否住校", "就读方式", "boarding", ""),
        ("qq_number", "qq", "家长QQ", "", "parent_qq", ""),
    ), p_ages=(7, 11), q_ages=(30, 48), sheet="花名册", groups=("学生信息", "监护人信息"))

GYM = Kind(
    "健身房会员系统", ("会员信息导出", "会员管理_全部会员", "ods_gym_member", "门禁同步"),
    "会员信息", (
        ("-", "member_no", "会员卡号", "卡号", "card_no", "卡号"),
        ("person_name", "name,name,name,name_masked", "会员姓名", "姓名", "member_name", "姓名"),
        ("cn_mobile", "mobile,mobile_int,mobile,mobile_tail", "手机号", "手机", "mobile", "手机"),
        ("gender", "gender", "性别", "性别", "gender", ""),
        ("birth_date", "birth_slash,birth,birth,birth", "生日", "生日", "birthday", ""),
        ("-", "pick:年卡|季卡|次卡30次|私教课包", "卡种", "卡类型", "card_type", ""),
        ("-", "date", "开卡日期", "开卡时间", "open_date", ""),
        ("-", "int:0:30", "剩余次数", "剩余次数", "times_left", ""),
        ("account_balance", "balance", "储值余额", "余额(元)", "stored_balance", ""),
        ("person_name", "coach", "私教教练", "教练", "coach_name", ""),
        ("body_measurement", "height", "身高", "身高cm", "height", ""),
        ("body_measurement", "weight", "体重", "体重kg", "weight", ""),
        ("body_measurement", "num:12:38", "体脂率(%)", "体脂率", "body_fat_pct", ""),
        ("health_record", "health_decl", "伤病史", "健康状况", "injury_history", ""),
        ("face_image", "face", "人脸照片", "", "face_url", "照片"),
        ("biometric", "biometric", "", "", "", "指纹"),
        ("transaction_record", "txns", "消费记录", "近期消费", "recent_txn", ""),
        ("person_name", "staff", "会籍顾问", "销售", "sales_name", ""),
    ), sheet="全部会员")

WAYBILL = Kind(
    "快递运单导出", ("运单明细_20261207", "批量下单模板_已发货", "dwd_express_waybill", "网点派件清单"),
    "运单明细", (
        ("-", "waybill,waybill,waybill,waybill_num", "运单号", "运单号", "waybill_no", "单号"),
        ("-", "order_phone", "客户订单号", "订单号", "order_no", ""),
        ("person_name", "name", "寄件人", "寄件人姓名", "sender_name", ""),
        ("cn_mobile", "mobile,mobile_int,mobile_masked,mobile", "寄件人电话", "寄件人手机", "sender_mobile", ""),
        ("address", "address", "寄件地址", "寄件详细地址", "sender_address", ""),
        ("person_name", "name_q,name_q,name_q,name_mr", "收件人", "收件人姓名", "receiver_name", "收件人"),
        ("cn_mobile", "mobile_q,mobile_q,mobile_q,mobile_q", "收件人电话", "收货信息/手机", "receiver_mobile", "收件电话"),
        ("address", "address_q", "收件地址", "收货信息/地址", "receiver_address", "派送地址"),
        ("-", "pick:文件|服装|日用品|电子产品|食品", "托寄物", "物品类型", "goods_type", ""),
        ("-", "num:0.2:20", "重量(kg)", "计费重量", "weight_kg", "重量"),
        ("-", "amount", "运费", "运费(元)", "freight", ""),
        ("-", "store", "揽收网点", "", "pickup_site", "网点"),
        ("person_name", "staff", "派件员", "", "courier_name", "派件员"),
        ("cn_mobile", "staff_mobile", "派件员电话", "", "courier_mobile", "派件员手机"),
        ("-", "ts", "签收时间", "", "signed_at", "签收时间"),
        ("geo_coordinates", "geo", "签收坐标", "", "sign_location", ""),
        ("trajectory", "track", "", "", "courier_track", ""),
    ), q_ages=(18, 70), sheet="运单", groups=("寄件信息", "收件及派送"))

HOTEL = Kind(
    "酒店PMS境外旅客登记", ("境外旅客登记_20261207", "在住客人报表", "pms_guest_foreign", "公安旅业上传"),
    "境外人员住宿登记", (
        ("-", "int:8101:8530", "房号", "房间号", "room_no", "FH"),
        ("person_name", "name_last", "英文姓", "英文姓 Surname", "surname", "YWX"),
        ("person_name", "name_first", "英文名", "英文名 Given Name", "given_name", "YWM"),
        ("person_name", "name", "中文姓名", "中文姓名 Chinese Name", "name_cn", "ZWXM"),
        ("gender", "gender_mf,gender,gender_mf,gender_12", "性别", "性别 Sex", "sex", "XB"),
        ("birth_date", "birth,birth_xl,birth,birth_compact", "出生日期", "出生日期 DOB", "dob", "CSRQ"),
        ("nationality", "nationality_code,nationality,nationality_code,nationality_code", "国籍", "国籍 Nationality", "nationality", "GJ"),
        ("passport", "passport~", "护照号码", "护照号 Passport No.", "passport_no", "ZJHM"),
        ("hk_macau_permit", "hk_permit~", "港澳居民来往内地通行证", "回乡证 HK/Macau Permit", "hk_permit_no", ""),
        ("taiwan_permit", "tw_permit~", "台湾居民来往大陆通行证", "台胞证 MTP", "tw_permit_no", ""),
        ("foreign_permanent_resident_id", "fprid", "外国人永久居留身份证", "永居证 PR Card", "fpr_id", ""),
        ("cn_mobile", "mobile,mobile_plus,mobile,mobile", "联系电话", "电话 Tel.", "phone", "LXDH"),
        ("-", "ts", "入住时间", "入住 Check-in", "checkin_time", "RZSJ"),
        ("-", "date", "预离日期", "离店 Check-out", "checkout_date", ""),
        ("-", "amount", "房价", "房价 Rate", "room_rate", ""),
        ("accommodation_record", "stays", "历史入住", "", "stay_history", ""),
        ("face_image", "face_path", "", "", "id_photo", "ZP"),
    ), sheet="在住客人")

DEALER = Kind(
    "汽车4S店DMS客户", ("DMS_客户档案_1207", "保有客户明细", "dms_customer_vehicle", "续保名单"),
    "保有客户明细", (
        ("-", "member_no", "客户编号", "客户编号", "cust_code", ""),
        ("person_name", "name,name,name,name_mr", "客户姓名", "车主姓名", "owner_name", "车主"),
        ("gender", "gender", "性别", "性别", "gender", ""),
        ("cn_mobile", "mobile,mobile_int,mobile,mobile_trail", "手机", "联系电话(必填)", "mobile", "电话"),
        ("cn_resident_id", "rid", "身份证号", "证件号码", "id_no", ""),
        ("driver_license", "dl", "驾驶证号", "驾驶证号", "driving_license_no", ""),
        ("address", "address", "联系地址", "地址", "address", ""),
        ("license_plate", "plate", "车牌号", "车牌", "plate_no", "车牌号"),
        ("vin", "vin", "VIN码", "车架号/VIN", "vin", "车架号"),
        ("-", "pick:卡罗拉 1.8L|雅阁 260TURBO|Model Y|宋PLUS DM-i|帕萨特 330TSI", "车型", "车型", "model_name", "车型"),
        ("-", "date", "购车日期", "开票日期", "purchase_date", ""),
        ("-", "money_big", "购车价格", "开票价", "price", ""),
        ("person_name", "staff", "销售顾问", "销售顾问", "sales_consultant", ""),
        ("-", "date", "交强险到期", "保险到期日", "insure_expire", "保险到期"),
        ("wechat_id", "wechat", "微信", "", "wechat", ""),
        ("-", "int:1000:120000", "行驶里程", "里程(km)", "mileage", ""),
        ("-", "pick:H|A|B|C", "意向级别", "", "", ""),
    ), sheet="保有客户")

COLLECTION = Kind(
    "贷款催收名单", ("M1催收分案_1207", "委外催收名单", "ods_collection_case", "短信催收名单"),
    "委外催收分案名单", (
        ("-", "int:100000000:999999999", "借据号", "借据编号", "loan_no", "借据号"),
        ("person_name", "name,name,name,name_masked", "借款人", "客户姓名", "borrower_name", "姓名"),
        ("cn_resident_id", "rid_masked,rid,rid,rid_masked", "身份证号", "身份证号", "borrower_id_no", ""),
        ("cn_mobile", "mobile,mobile,mobile,mobile_masked", "手机号", "本人手机", "borrower_mobile", "手机|c"),
        ("credit_record", "overdue_days", "逾期天数", "逾期天数", "overdue_days", "逾期天数"),
        ("credit_record", "overdue_stage", "逾期阶段", "账龄", "bucket", ""),
        ("-", "amount", "应还金额", "欠款金额", "due_amount", "应还"),
        ("account_balance", "money_big", "贷款余额", "剩余本金", "loan_balance", ""),
        ("employer", "employer", "单位名称", "工作单位", "employer", ""),
        ("address", "address", "家庭住址", "户籍地址", "home_addr", ""),
        ("contacts", "contacts_json", "紧急联系人", "联系人列表", "emergency_contacts", ""),
        ("geo_coordinates", "geo", "最近定位", "", "last_gps", ""),
        ("person_name", "staff", "催收员", "催收员", "collector", ""),
        ("communication_record", "words", "客户回复", "最近一次沟通", "last_reply", ""),
        ("bank_card", "bank_card,card_masked,bank_card,card_masked", "还款卡号", "还款账户", "repay_card", "卡号"),
        ("-", "pick:承诺还款|失联|拒绝还款|协商中", "催收结果", "跟进状态", "result_code", ""),
    ), sheet="分案名单", groups=("借款人", "账款及催收"))

GRID = Kind(
    "网格人口信息采集", ("网格人口采集表_第3网格", "实有人口台账", "grid_population", "人口信息_上报"),
    "第三网格实有人口信息采集表", (
        ("-", "pick:G03-01|G03-02|G03-03", "网格编号", "所属网格", "grid_code", "wgbh|pi"),
        ("person_name", "name", "姓名", "姓名", "xm|pi", "xingming|pf"),
        ("gender", "gender", "性别", "性别", "xb|pi", "xingbie|pf"),
        ("ethnicity", "ethnicity", "民族", "民族", "mz|pi", "minzu|pf"),
        ("birth_date", "birth,birth_cn,birth,birth", "出生日期", "出生日期", "csrq|pi", "chushengriqi|pf"),
        ("cn_resident_id", "rid,rid,rid,rid_spaced", "公民身份号码", "身份证号", "sfzh|pi", "shenfenzheng|pf"),
        ("family_relationship", "relation_hh", "与户主关系", "与户主关系", "yhzgx|pi", "guanxi|pf"),
        ("address", "address", "户籍地址", "户籍地", "hjdz|pi", ""),
        ("address", "address_flat", "现住址", "现居住地址", "xzz|pi", "xianzhuzhi|pf"),
        ("-", "pick:群众|中共党员|共青团员", "政治面貌", "政治面貌", "zzmm|pi", ""),
        ("education", "education", "文化程度", "学历", "whcd|pi", ""),
        ("marital_status", "marital", "婚姻状况", "婚姻", "hyzk|pi", "hunyin|pf"),
        ("religion", "religion", "宗教信仰", "宗教信仰", "zjxy|pi", ""),
        ("employer", "employer", "工作单位", "服务处所", "gzdw|pi", ""),
        ("cn_mobile", "mobile", "联系电话", "联系方式", "lxdh|pi", "dianhua|pf"),
        ("-", "pick:户籍人口|流动人口|寄住人口", "人员类别", "人口类型", "rylb|pi", ""),
        ("criminal_record", "criminal", "重点人员类型", "", "zdrylx|pi", ""),
        ("health_record", "pick:健康|高血压|糖尿病|肢体残疾三级|精神障碍", "健康状况", "健康状况", "jkzk|pi", ""),
    ), p_ages=(0, 90), q_ages=(30, 60), sheet="实有人口")

VISITOR = Kind(
    "访客管理系统记录", ("访客记录_20261207", "访客登记台账", "ods_visitor_log", "门岗登记"),
    "访客登记台账", (
        ("-", "int:1:99999", "访客单号", "序号", "visit_id", "序号"),
        ("person_name", "name,name,name,name_masked", "访客姓名", "来访人", "visitor_name", "姓名"),
        ("cn_mobile", "mobile,mobile_int,mobile,mobile", "访客手机", "手机号码", "visitor_phone", "电话"),
        ("cn_resident_id", "rid,rid_apos,rid_masked,rid", "证件号码", "身份证号", "visitor_cert_no", "证件号"),
        ("military_id", "military~", "军官证号", "", "officer_cert_no", ""),
        ("employer", "employer", "来访单位", "来访单位", "visitor_company", "单位"),
        ("person_name", "name_q", "被访人", "被访人", "host_name", "被访人"),
        ("cn_mobile", "mobile_q", "被访人电话", "", "host_phone", ""),
        ("-", "pick:商务洽谈|面试|送货|设备维修|参观", "来访事由", "事由", "purpose", "事由"),
        ("license_plate", "plate", "车牌号", "车牌", "car_plate", ""),
        ("face_image", "face_path", "抓拍照片", "", "snapshot_path", ""),
        ("biometric", "face_feature", "", "", "face_feature", ""),
        ("body_measurement", "temp", "体温", "体温(℃)", "body_temp", ""),
        ("-", "ts", "进入时间", "到访时间", "in_time", "进|c"),
        ("-", "ts", "离开时间", "离开时间", "out_time", "出|c"),
        ("-", "pick:A栋大堂|南门|北门岗|B座闸机", "登记点", "", "gate", ""),
    ), sheet="访客台账")

CALLCENTER = Kind(
    "呼叫中心工单", ("工单导出_20261207", "客服工单日报", "dwd_cc_ticket", "投诉工单转派"),
    "客服工单日报", (
        ("-", "int:202612070001:202612079999", "工单编号", "工单号", "ticket_id", "工单号"),
        ("cn_mobile", "mobile,mobile_int,mobile,mobile_plus", "来电号码", "来电号码", "caller_no", "来电|c"),
        ("person_name", "name_mr", "客户姓名", "客户称呼", "customer_name", "客户"),
        ("-", "pick:咨询|投诉|报修|退订|建议", "工单类型", "类型", "ticket_type", "类型"),
        ("-", "pick:客户反映快递未送达|客户要求退款|宽带故障报修|咨询套餐资费|投诉服务态度", "问题摘要", "摘要", "summary", "摘要"),
        ("communication_record", "words", "客户原话(转写)", "通话转写", "asr_text", ""),
        ("person_name", "staff", "受理坐席", "坐席", "agent_name", "处理人"),
        ("-", "int:1001:1099", "坐席工号", "", "agent_no", ""),
        ("-", "ts", "来电时间", "来电时间", "call_time", "时间"),
        ("-", "int:20:1500", "通话时长(秒)", "时长", "duration_s", ""),
        ("-", "pick:非常满意|满意|一般|不满意|未评价", "满意度", "满意度", "csat", ""),
        ("cn_mobile", "mobiles_two", "回访电话", "", "callback_no", "联系电话"),
        ("address", "address", "客户地址", "", "customer_addr", "地址"),
        ("-", "order_phone,order_phone_int,order_phone,order_phone", "关联订单号", "订单号", "order_ref", ""),
        ("-", "hotline", "呼入热线", "", "dnis", ""),
    ), sheet="工单")

KINDS_C = (SCHOOL, GYM, WAYBILL, HOTEL, DEALER, COLLECTION, GRID, VISITOR, CALLCENTER)
