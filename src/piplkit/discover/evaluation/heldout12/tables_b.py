"""Set 12's other fifteen domains with PI (``"中文|english|口语"``, generators, gold)."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout12.kit import Domain

CONSULT = Domain("online_consult", "在线问诊", (
    ("问诊单号|consult_no|单号", "ticket", "-"),
    ("患者姓名|patient_name|病人", "name/name_masked", "person_name"),
    ("性别|gender|男女", "gender/gender_en", "gender"),
    ("年龄|age|多大", "age", "age"),
    ("患者留言|patient_message|病人说的", "msg_med", "communication_record"),
    ("初步诊断|preliminary_diagnosis|诊断", "health", "health_record"),
    ("性取向（性病科必填）|sexual_orientation|性取向", "orientation", "sexual_orientation"),
    ("提交IP|submit_ip|IP", "ipv4", "ipv4"),
    ("接诊医生|doctor|医生", "name_q", "person_name"),
    ("问诊费|fee|花了多少", "price", "-"),
    ("问诊时间|consult_time|几点问的", "dt", "-"),
    ("处方药品|prescribed_drug|开的药", "drug", "health_record"),
), p_ages=(18, 70))  # fmt: skip

SIM = Domain("sim_activation", "号卡激活", (
    ("受理单号|order_no|单号", "order_phone", "-"),
    ("机主姓名|subscriber|机主", "name", "person_name"),
    ("证件号码|id_no|身份证", "rid/rid_masked", "cn_resident_id"),
    ("新号码|new_number|新号", "mobile", "cn_mobile"),
    ("ICCID|iccid|卡号", "iccid", "device_id"),
    ("IMSI|imsi|IMSI码", "imsi", "imsi"),
    ("终端IMEI|handset_imei|手机串号", "imei", "imei"),
    ("现场人像|live_photo|现场照片", "face", "face_image"),
    ("套餐|plan|啥套餐", "pkg", "-"),
    ("代理商编码|dealer_code|代理商", "batch", "-"),
    ("营业员|clerk|谁办的", "name_q", "person_name"),
    ("激活时间|activation_time|几点激活", "dt", "-"),
))  # fmt: skip

CARSHARE = Domain("car_sharing", "共享汽车会员", (
    ("会员ID|member_id|会员号", "member_no", "-"),
    ("姓名|name|名字", "name", "person_name"),
    ("驾驶证号|driver_license_no|驾照号", "dl", "driver_license"),
    ("芝麻信用分|credit_score|芝麻分", "credit_score", "credit_record"),
    ("钱包余额|wallet_balance|钱包还剩", "balance", "account_balance"),
    ("人脸核验照片|face_check|刷脸照片", "face_url", "face_image"),
    ("车辆车牌|car_plate|开的哪辆车", "co_plate", "-"),
    ("车辆VIN|car_vin|车架号", "co_vin", "-"),
    ("还车位置|return_location|车停哪了", "geo", "geo_coordinates"),
    ("订单金额|order_amount|这单多少钱", "amount", "-"),
    ("还车网点|return_station|还到哪个点", "street", "-"),
))  # fmt: skip

CYCLING = Domain("cycling_club", "骑行俱乐部报名", (
    ("报名序号|no", "seq", "-"),
    ("姓名|name|名字", "name/name_pinyin", "person_name"),
    ("年龄|age|多大", "age", "age"),
    ("身高(cm)|height_cm|多高", "height", "body_measurement"),
    ("体重(kg)|weight_kg|多重", "weight", "body_measurement"),
    ("血型|blood_type|啥血型", "blood", "health_record"),
    ("运动基因检测|sports_gene|基因检测", "genetic", "genetic_data"),
    ("紧急联系人电话|emergency_phone|出事打谁", "mobile_q", "cn_mobile"),
    ("骑行记录|ride_log|骑过哪", "rides", "trajectory"),
    ("车架号|frame_no|车架编号", "serial", "-"),
    ("俱乐部等级|club_level|等级", "level", "-"),
    ("保险单号|policy_no|保单号", "policy", "-"),
))  # fmt: skip

NEWBORN = Domain("newborn_gene", "新生儿耳聋基因筛查", (
    ("标本编号|sample_no|标本号", "batch", "-"),
    ("新生儿姓名|newborn_name|宝宝", "baby_name", "person_name"),
    ("出生日期|birth_date|宝宝生日", "birth/birth_mixed", "birth_date"),
    ("母亲姓名|mother_name|妈妈", "name_q", "person_name"),
    ("母亲身份证号|mother_id_no|妈妈身份证", "rid_q", "cn_resident_id"),
    ("筛查结果|screening_result|结果", "genetic_deaf", "genetic_data"),
    ("联系电话|phone|电话", "mobile_q", "cn_mobile"),
    ("采血日期|collection_date|哪天采的血", "date", "-"),
    ("送检医院|hospital|哪个医院", "company", "-"),
    ("检测费|fee|多少钱", "price", "-"),
), p_ages=(0, 1), q_ages=(22, 40))  # fmt: skip

ART_SCHOOL = Domain("kids_art", "少儿画室学员", (
    ("学员编号|student_no|学号", "student_no", "-"),
    ("学员姓名|student_name|孩子", "name", "person_name"),
    ("出生日期|birth|生日", "birth/birth_mixed/birth_xl/birth", "birth_date"),
    ("家长姓名|parent_name|家长", "name_q", "person_name"),
    ("家长电话|parent_phone|家长手机", "mobile_q", "cn_mobile"),
    ("家长微信|parent_wechat|微信号", "wechat", "wechat_id"),
    ("就读学校|school|在哪上学", "primary_school", "education"),
    ("课程|course|学啥", "course", "-"),
    ("剩余课时|lessons_left|还剩几节", "lessons", "-"),
    ("学费余额|tuition_balance|钱还剩", "balance", "account_balance"),
    ("过敏史|allergies|过敏吗", "allergy", "health_record"),
), p_ages=(4, 12))  # fmt: skip

THEME_PARK = Domain("park_pass", "乐园年卡", (
    ("年卡号|pass_no|卡号", "card_no", "-"),
    ("持卡人|holder|谁的卡", "name", "person_name"),
    ("身份证号|id_no|身份证", "rid/rid/rid_masked/rid_fw", "cn_resident_id"),
    ("入园人脸|face|人脸照片", "face", "face_image"),
    ("指纹模板|fingerprint|指纹", "biometric", "biometric"),
    ("卡种|pass_type|啥卡", "level", "-"),
    ("有效期至|valid_until|到期", "date", "-"),
    ("入园次数|visits|来了几次", "int:0:80", "-"),
    ("手机号|mobile|手机", "mobile", "cn_mobile"),
    ("售价|price|多少钱", "price", "-"),
), p_ages=(5, 60))  # fmt: skip

REMITTANCE = Domain("remittance", "跨境汇款", (
    ("汇款编号|remit_no|汇款单号", "order", "-"),
    ("汇款人|remitter|谁汇的", "name_pinyin/name", "person_name"),
    ("护照号|passport_no|护照", "passport_foreign", "passport"),
    ("国籍|nationality|哪国人", "nationality_code/nationality", "nationality"),
    ("永久居留证号|prc_permanent_id|绿卡号", "fprid", "foreign_permanent_resident_id"),
    ("收款银行卡|beneficiary_card|收款卡", "bank_card", "bank_card"),
    ("汇款金额|amount|汇多少", "big_amount", "-"),
    ("币种|currency|啥钱", "currency", "-"),
    ("用途|purpose|干啥用", "one:赡家,学费,旅游,投资", "-"),
    ("月收入(元)|monthly_income|一个月挣多少", "income", "income"),
    ("手机|mobile|电话", "mobile", "cn_mobile"),
))  # fmt: skip

HKTW_BANK = Domain("hktw_account", "港澳台客户开户", (
    ("客户号|customer_no|客户编号", "member_no", "-"),
    ("姓名|name|名字", "name", "person_name"),
    ("港澳通行证号|hk_macau_permit|回乡证", "hkmo", "hk_macau_permit"),
    ("台胞证号|taiwan_permit|台胞证", "twp", "taiwan_permit"),
    ("出生日期|birth|生日", "birth", "birth_date"),
    ("性别|gender|男女", "gender_en/gender", "gender"),
    ("内地联系电话|mainland_phone|大陆手机", "mobile", "cn_mobile"),
    ("内地住址|mainland_address|大陆住址", "address", "address"),
    ("开户网点|branch|哪个网点", "district", "-"),
    ("账户余额|balance|存了多少", "balance", "account_balance"),
    ("风险等级|risk_level|风险", "one:R1,R2,R3,R4,R5", "-"),
))  # fmt: skip

EXPO = Domain("expo_visitor", "展会观众登记", (
    ("登记号|reg_no|登记编号", "seq_code", "-"),
    ("姓名|name|名字", "name/name_pinyin", "person_name"),
    ("证件号码|doc_no|证件", "hkmo", "hk_macau_permit"),
    ("公司|company|哪家公司", "employer", "employer"),
    ("职位|job_title|职位", "job", "job_title"),
    ("邮箱|email|邮件", "email", "email"),
    ("手机|mobile|电话", "mobile/mobile_messy", "cn_mobile"),
    ("入住酒店|hotel_stay|住哪个酒店", "hotel_stay", "accommodation_record"),
    ("展位|booth|看的展位", "booth", "-"),
    ("参观日期|visit_date|哪天来的", "date", "-"),
    ("感兴趣产品|interested_products|想看啥", "product", "-"),
))  # fmt: skip

RV_CAMP = Domain("rv_camp", "房车营地预订", (
    ("订单号|order_no|单号", "order_phone", "-"),
    ("预订人|booker|谁订的", "name", "person_name"),
    ("驾驶证号|driving_licence|驾照", "dl", "driver_license"),
    ("车牌|plate|车牌号", "plate", "license_plate"),
    ("历史入住|past_stays|以前住过", "camp_stays", "accommodation_record"),
    ("营位|pitch|哪个营位", "room", "-"),
    ("人数|guests|几个人", "int:1:6", "-"),
    ("金额|amount|多少钱", "amount", "-"),
    ("电话|phone|手机", "mobile", "cn_mobile"),
    ("车长(m)|vehicle_length|车多长", "num:5:9", "-"),
))  # fmt: skip

METRO = Domain("metro_qr", "地铁乘车码", (
    ("用户ID|user_id|用户编号", "member_no", "-"),
    ("账号|account|登录名", "nick", "account_name"),
    ("手机号|mobile|手机", "mobile_masked/mobile", "cn_mobile"),
    ("设备ID(OAID)|device_oaid|设备号", "oaid", "device_id"),
    ("乘车记录|ride_records|坐过哪些站", "metro_trips", "trajectory"),
    ("账户余额|balance|余额", "balance", "account_balance"),
    ("本月乘车次数|rides_this_month|坐了几次", "int:0:90", "-"),
    ("本月扣款|charged_this_month|扣了多少", "amount", "-"),
    ("开通日期|opened|哪天开通", "date/date_cn", "-"),
))  # fmt: skip

RETIRED = Domain("retired_cadres", "军休所人员", (
    ("序号|no", "seq", "-"),
    ("姓名|name|名字", "name", "person_name"),
    ("军官证号|officer_card|军官证", "military_id", "military_id"),
    ("出生日期|birth|生日", "birth/birth_mixed", "birth_date"),
    ("住址|address|住哪", "address", "address"),
    ("家庭电话|home_phone|座机", "landline", "cn_landline"),
    ("病史|medical_history|有啥病", "health", "health_record"),
    ("配偶|spouse|老伴", "name_q", "person_name"),
    ("离休金(元/月)|pension|一个月领多少", "income", "income"),
    ("所在支部|party_branch|哪个支部", "one:第一支部,第二支部,第三支部,离休干部支部", "-"),
), p_ages=(70, 95))  # fmt: skip

ADULT_EDU = Domain("adult_edu", "自考报名", (
    ("准考证号|admission_no|准考证", "exam_no", "-"),
    ("姓名|name|名字", "name", "person_name"),
    ("身份证号|id_no|身份证", "rid/rid_fw", "cn_resident_id"),
    ("报考专业|major|报的啥专业", "major", "education"),
    ("最高学历|highest_degree|啥学历", "edu", "education"),
    ("工作单位|employer|在哪上班", "employer", "employer"),
    ("职务|job_title|干啥的", "job", "job_title"),
    ("QQ号|qq|QQ", "qq", "qq_number"),
    ("手机|mobile|电话", "mobile/mobile_int", "cn_mobile"),
    ("报名费|fee|交了多少", "price", "-"),
    ("考点|exam_site|在哪考", "district", "-"),
    ("报考科目数|subjects|考几门", "int:1:4", "-"),
))  # fmt: skip

JOB_FAIR = Domain("job_fair", "招聘会签到", (
    ("签到号|checkin_no", "seq", "-"),
    ("姓名|name|名字", "name", "person_name"),
    ("毕业院校|school|哪个学校", "school", "education"),
    ("学历|degree|学历", "edu", "education"),
    ("期望薪资|expected_salary|想要多少钱", "salary_band", "income"),
    ("当前公司|current_company|现在在哪", "employer", "employer"),
    ("当前职位|current_title|现在干啥", "job", "job_title"),
    ("微信号|wechat|微信", "wechat", "wechat_id"),
    ("QQ|qq_no|QQ号", "qq", "qq_number"),
    ("邮箱|email|邮件", "email", "email"),
    ("意向岗位|desired_position|想投啥岗", "one:Java开发,产品经理,销售代表,会计,UI设计师", "-"),
    ("展位号|booth_no|哪个展位", "booth", "-"),
))  # fmt: skip

DOMAINS_B = (CONSULT, SIM, CARSHARE, CYCLING, NEWBORN, ART_SCHOOL, THEME_PARK, REMITTANCE,
             HKTW_BANK, EXPO, RV_CAMP, METRO, RETIRED, ADULT_EDU, JOB_FAIR)  # fmt: skip
