"""Set 21's kinds 22-28: a company's foreign staff, a cross-border shop's buyer declarations to
customs, an internet cafe's real-name log, a trade union's members, a foundation's donors, an
e-signing platform's envelopes and a workplace fitness challenge's watch and app activities.
Columns: ``(gold, gen, csv, workbook, data, legacy)``, see :mod:`.kinds`."""

# ruff: noqa: E501 - one line a column (or a vocabulary), as the export lays it out

from __future__ import annotations

from piplkit.discover.evaluation.heldout21.kinds import Kind

FOREIGN = Kind("外籍员工信息", "foreign_staff", "foreign_staff", "外籍员工信息台账", (
    ("-", "code:F:5", "员工号", "员工号 Employee ID", "employee_id", "EMP_ID"),
    ("person_name", "name_en,name_en,name_en,name_en_upper", "英文姓名", "英文姓名 English Name", "english_name", "ENG_NAME"),
    ("person_name", "name", "中文名", "中文名 Chinese Name", "chinese_name", "CHN_NAME"),
    ("nationality", "nat_foreign,nat_foreign,nat_iso,nat_iso", "国籍", "国籍 Nationality", "nationality", "NATIONALITY"),
    ("gender", "gender_en,gender,gender_en,gender_en", "性别", "性别 Gender", "gender", "GENDER"),
    ("birth_date", "birth,birth,birth,birth_slash", "出生日期", "出生日期 Date of Birth", "date_of_birth", "DOB"),
    ("passport", "passport_foreign", "护照号码", "护照号码 Passport No.", "passport_no", "PASSPORT_NO"),
    ("-", "date:-3000:-100", "护照有效期", "护照有效期 Expiry", "passport_expiry", "PASSPORT_EXP"),
    ("foreign_permanent_resident_id", "fprid?45", "永居证号码", "外国人永久居留身份证号", "prc_pr_card_no", "PR_CARD_NO"),
    ("-", "vocab:permit_class", "工作许可类别", "工作许可类别", "work_permit_class", "WP_CLASS"),
    ("-", "date:-700:-30", "工作许可有效期至", "工作许可有效期", "work_permit_expiry", "WP_EXPIRY"),
    ("-", "vocab:cn_visa", "签证/居留类型", "签证类型 Visa Type", "visa_type", "VISA_TYPE"),
    ("job_title", "vocab:foreign_job", "职位", "职位 Position", "position", "POSITION"),
    ("-", "vocab:dept", "部门", "部门 Department", "department", "DEPT"),
    ("income", "int:25000:120000,text:25000:120000,int:25000:120000,int:25000:120000", "月薪", "月薪(元) Monthly Salary", "monthly_salary", "SALARY"),
    ("bank_card", "bank_card", "工资卡号", "工资卡号 Bank Account", "bank_card_no", "BANK_ACCT"),
    ("email", "email", "邮箱", "邮箱 Email", "email", "EMAIL"),
    ("cn_mobile", "mobile,mobile_plus,mobile,mobile", "手机", "手机 Mobile", "mobile", "MOBILE"),
    ("address", "addr", "居住地址", "在华居住地址 Address in China", "residential_address", "ADDRESS"),
    ("education", "vocab:foreign_edu", "最高学历", "最高学历 Education", "highest_degree", "DEGREE"),
    ("marital_status", "marital", "婚姻状况", "婚姻状况 Marital Status", "marital_status", "MARITAL"),
), p_ages=(22, 65))  # fmt: skip

CROSSBORDER = Kind("跨境订单申报清单", "ceb_order_declare", "crossborder_ecommerce", "跨境电商零售进口申报清单", (
    ("-", "code:2026120:11", "订单编号", "订单编号", "orderNo", "ORDER_NO"),
    ("-", "vocab:xb_platform", "电商平台", "电商平台名称", "ebpName", "EBP_NAME"),
    ("person_name", "name,name,name,name_masked", "订购人姓名", "订购人姓名*", "buyerName", "BUYER_NAME"),
    ("-", "const:1", "订购人证件类型", "订购人证件类型", "buyerIdType", "BUYER_ID_TYPE"),
    ("cn_resident_id", "rid,rid_tab,rid,rid_masked", "订购人证件号码", "订购人证件号码*", "buyerIdNumber", "BUYER_ID_NO"),
    ("cn_mobile", "mobile,mobile,mobile,mobile_masked", "订购人电话", "订购人电话", "buyerTelephone", "BUYER_TEL"),
    ("person_name", "name_q", "收件人", "收件人姓名", "consignee", "CONSIGNEE"),
    ("cn_mobile", "mobile_q", "收件人电话", "收件人电话", "consigneeTelephone", "CONSIGNEE_TEL"),
    ("address", "addr_q", "收件地址", "收件人地址", "consigneeAddress", "CONSIGNEE_ADDR"),
    ("-", "vocab:xb_goods", "商品名称", "商品名称", "itemName", "ITEM_NAME"),
    ("-", "vocab:hs_code", "HS编码", "商品编码", "gcode", "G_CODE"),
    ("-", "int:1:6", "数量", "申报数量", "qty", "QTY"),
    ("-", "num:89:2600", "申报总价", "申报总价(元)", "totalPrice", "TOTAL_PRICE"),
    ("-", "num:8:240", "税款", "应征税款(元)", "taxTotal", "TAX_TOTAL"),
    ("-", "vocab:pay_company", "支付企业", "支付企业名称", "payName", "PAY_NAME"),
    ("-", "code:4200:24", "支付交易编号", "支付交易编号", "payTransactionId", "PAY_TXN_ID"),
    ("-", "code:SF:12", "运单号", "物流运单编号", "logisticsNo", "LOGISTICS_NO"),
    ("-", "vocab:declare_status", "申报状态", "清单状态", "appStatus", "APP_STATUS"),
    ("ipv6", "ipv6", "下单IP", "下单终端IP", "buyerIp", "BUYER_IP"),
), p_ages=(18, 60), q_ages=(18, 70))  # fmt: skip

CAFE = Kind("实名上网登记日志", "netbar_log", "internet_cafe", "上网人员实名登记日志", (
    ("-", "code:SW:10", "上网卡号", "上网卡号", "card_no", "~卡号"),
    ("person_name", "name", "姓名", "上网人姓名", "user_name", "~姓名"),
    ("-", "pick:身份证|身份证|身份证|电子身份证", "证件类型", "证件类型", "cert_type", "~证件"),
    ("cn_resident_id", "rid,rid,rid,rid_spaced", "证件号码", "证件号码", "cert_no", "~证件号"),
    ("cn_mobile", "mobile,mobile,mobile,mobile_fw", "手机号", "手机号", "mobile", "~手机"),
    ("-", "vocab:machine", "机器号", "终端编号", "terminal_no", "~机器"),
    ("-", "lan_ip", "终端IP", "终端IP", "terminal_ip", "~IP"),
    ("-", "lan_mac", "终端MAC", "终端MAC", "terminal_mac", "~MAC"),
    ("-", "dt:0:30", "上机时间", "上机时间", "online_time", "~上机"),
    ("-", "dt:0:30", "下机时间", "下机时间", "offline_time", "~下机"),
    ("-", "duration", "上网时长", "上网时长", "duration", "~时长"),
    ("-", "num:3:60", "消费金额", "本次消费(元)", "fee", "~消费"),
    ("account_balance", "num:0:500", "会员余额", "会员余额(元)", "member_balance", "~余额"),
    ("password", "pwd_mask,pwd_md5,pwd_md5,pwd_mask", "会员密码", "会员密码", "member_pwd", "~密码"),
    ("qq_number", "qq", "QQ号", "虚拟身份（QQ）", "qq_account", "~QQ"),
    ("browsing_history", "urls", "访问网址", "访问网址记录", "visited_urls", "~网址"),
    ("face_image", "face_path", "人脸比对照片", "人证比对照片", "face_capture", ""),
    ("-", "vocab:cafe_place", "场所名称", "场所名称", "place_name", "~场所"),
    ("-", "code:3301:10", "场所编码", "场所编码", "place_code", "~场所编码"),
), p_ages=(18, 50))  # fmt: skip

UNION = Kind("工会会员信息", "union_member", "trade_union", "工会会员实名制信息", (
    ("-", "code:GH:9", "会员编号", "会员编号", "member_no", "%huiyuanbianhao"),
    ("person_name", "name", "姓名", "姓名", "name", "%xingming"),
    ("gender", "gender", "性别", "性别", "gender", "%xingbie"),
    ("ethnicity", "ethnic", "民族", "民族", "nation", "%minzu"),
    ("cn_resident_id", "rid,rid_apos,rid,rid", "身份证号", "身份证号码", "id_card", "%shenfenzhenghao"),
    ("birth_date", "birth,birth_xl,birth,birth", "出生日期", "出生日期", "birth_date", "%chushengriqi"),
    ("-", "vocab:political", "政治面貌", "政治面貌", "political_status", "%zhengzhimianmao"),
    ("education", "edu", "学历", "学历", "education", "%xueli"),
    ("employer", "company", "工作单位", "工作单位", "work_unit", "%gongzuodanwei"),
    ("cn_uscc", "uscc", "单位统一社会信用代码", "单位统一社会信用代码", "unit_uscc", "%tongyidaima"),
    ("job_title", "vocab:union_post", "职务", "职务/岗位", "post", "%zhiwu"),
    ("cn_mobile", "mobile,mobile_int,mobile,mobile", "手机号码", "手机号码", "mobile", "%shouji"),
    ("-", "vocab:hukou_type", "户籍类型", "户籍类型", "hukou_type", "%hujileixing"),
    ("marital_status", "marital", "婚姻状况", "婚姻状况", "marital_status", "%hunyin"),
    ("-", "vocab:member_class", "会员类别", "会员类别", "member_type", "%huiyuanleibie"),
    ("-", "date:30:5000", "入会时间", "入会时间", "join_date", "%ruhuishijian"),
    ("-", "vocab:membership", "会籍状态", "会籍状态", "membership_status", "%huiji"),
    ("-", "vocab:hardship", "是否困难职工", "困难职工", "hardship_flag", "%kunnan"),
    ("bank_card", "bank_card", "会员服务卡号", "工会会员服务卡号", "service_card_no", "%fuwukahao"),
    ("address", "addr", "家庭住址", "家庭住址", "home_address", "%jiatingzhuzhi"),
), p_ages=(18, 60))  # fmt: skip

CHARITY = Kind("捐赠人明细", "donor_list", "charity_foundation", "基金会捐赠明细", (
    ("-", "code:JZ:12", "捐赠编号", "捐赠编号", "donation_id", "JZBH"),
    ("person_name", "name,name,name,name_masked", "捐赠人", "捐赠人名称", "donor_name", "JZR"),
    ("-", "vocab:donor_type", "捐赠人类型", "捐赠人类型", "donor_type", "JZRLX"),
    ("cn_resident_id", "rid?60", "证件号码", "证件号码（开票用）", "donor_id_no", "ZJHM"),
    ("cn_mobile", "mobile,mobile,mobile,mobile_spaced", "手机", "手机号码", "donor_mobile", "SJ"),
    ("email", "email", "邮箱", "电子邮箱", "donor_email", "YX"),
    ("cn_landline", "landline", "固定电话", "固定电话", "donor_tel", "GDDH"),
    ("-", "int:10:50000", "捐赠金额", "捐赠金额(元)", "amount", "JE"),
    ("-", "dt:0:365", "捐赠时间", "到账时间", "donated_at", "JZSJ"),
    ("-", "vocab:charity_project", "捐赠项目", "定向项目", "project", "XM"),
    ("-", "pick:微信支付|支付宝|银行转账|腾讯公益", "支付方式", "支付方式", "pay_channel", "ZFFS"),
    ("-", "code:4200:24", "支付流水号", "支付流水号", "pay_serial", "ZFLS"),
    ("-", "pick:否|否|否|是", "是否匿名", "匿名捐赠", "anonymous", "NM"),
    ("-", "vocab:invoice", "票据状态", "捐赠票据", "receipt_status", "PJ"),
    ("address", "addr", "通讯地址", "票据邮寄地址", "postal_address", "TXDZ"),
    ("account_name", "nickname", "平台昵称", "公益平台昵称", "platform_nick", "NC"),
    ("communication_record", "vocab:donor_msg", "捐赠留言", "捐赠寄语", "message", "LY"),
    ("bank_card", "bank_card?40", "付款账号", "付款银行账号", "payer_account", "FKZH"),
), p_ages=(20, 80))  # fmt: skip

ESIGN = Kind("电子签署记录", "esign_envelope", "e_signature", "电子合同签署记录", (
    ("-", "uuid", "Envelope Id", "签署流程ID", "flowId", "ENVELOPE_ID"),
    ("-", "vocab:contract_subject", "Subject", "文件主题", "businessScene", "SUBJECT"),
    ("-", "vocab:envelope_status", "Status", "签署状态", "flowStatus", "STATUS"),
    ("person_name", "staff", "Sender Name", "发起人", "initiatorName", "SENDER_NAME"),
    ("email", "email_q", "Sender Email", "发起人邮箱", "initiatorEmail", "SENDER_EMAIL"),
    ("person_name", "name,name,name,name_pinyin", "Recipient Name", "签署人姓名", "signerName", "SIGNER_NAME"),
    ("email", "email", "Recipient Email", "签署人邮箱", "signerEmail", "SIGNER_EMAIL"),
    ("cn_mobile", "mobile,mobile,mobile,mobile_e164", "Recipient Phone", "签署人手机号", "signerMobile", "SIGNER_MOBILE"),
    ("cn_resident_id", "rid_masked,rid,rid,rid", "Recipient ID Number", "签署人证件号", "signerIdNumber", "SIGNER_ID_NO"),
    ("-", "dt:0:120", "Signed On", "签署时间", "signTime", "SIGNED_ON"),
    ("ipv4", "ipv4", "Signer IP Address", "签署IP", "signIp", "SIGNER_IP"),
    ("-", "company", "Company Name", "签署企业", "orgName", "ORG_NAME"),
    ("cn_uscc", "uscc", "Company Credit Code", "统一社会信用代码", "orgIdNumber", "ORG_USCC"),
    ("-", "vocab:auth_way", "Auth Method", "认证方式", "authType", "AUTH_TYPE"),
    ("face_image", "face_url", "Face Photo", "刷脸照片", "faceImageUrl", ""),
    ("-", "dt:0:120", "Completed", "完成时间", "finishTime", "COMPLETED_AT"),
), p_ages=(22, 60))  # fmt: skip

SPORTS = Kind("运动打卡记录", "sport_activity", "fitness_tracking", "员工健步挑战运动记录", (
    ("-", "code:9:10", "Activity ID", "运动记录ID", "activityId", "activity_id"),
    ("person_name", "name_title,name,name,name", "Athlete", "员工姓名", "userName", "user_name"),
    ("account_name", "nickname", "Display Name", "用户昵称", "nickName", "user_nick"),
    ("-", "vocab:dept", "Team", "部门", "deptName", "dept"),
    ("-", "vocab:activity,vocab:activity_zh,vocab:activity,vocab:activity_zh", "Activity Type", "运动类型", "sportType", "sport_type"),
    ("-", "dt:0:60", "Date", "开始时间", "startTime", "start_time"),
    ("-", "num:1.5:42.2", "Distance", "距离(公里)", "distanceKm", "distance_km"),
    ("-", "int:80:2600", "Calories", "消耗(千卡)", "calorie", "kcal"),
    ("-", "duration", "Time", "用时", "duration", "duration"),
    ("body_measurement", "int:118:172", "Avg HR", "平均心率", "avgHeartRate", "avg_hr"),
    ("body_measurement", "int:150:198", "Max HR", "最大心率", "maxHeartRate", "max_hr"),
    ("-", "pace", "Avg Pace", "平均配速", "avgPace", "avg_pace"),
    ("body_measurement", "int:48:72", "Resting HR", "静息心率", "restingHeartRate", "resting_hr"),
    ("body_measurement", "num:45:95", "Weight", "体重(kg)", "weightKg", "weight_kg"),
    ("geo_coordinates", "coords", "Start Position", "起点坐标", "startLatLng", "start_latlng"),
    ("trajectory", "polyline,track_json,polyline,polyline", "Route", "运动轨迹", "trackPoints", "route_polyline"),
    ("-", "vocab:watch", "Device", "设备型号", "deviceModel", "device_model"),
    ("mac_address", "mac", "Device MAC", "设备MAC地址", "deviceMac", "device_mac"),
    ("device_id", "oaid", "Device ID", "手机设备标识", "oaid", "oaid"),
    ("ipv6", "ipv6", "Last Login IP", "最近登录IP", "lastLoginIp", "last_login_ip"),
), p_ages=(20, 58))  # fmt: skip

KINDS_D = (FOREIGN, CROSSBORDER, CAFE, UNION, CHARITY, ESIGN, SPORTS)
