"""Set 17's report kinds, part B: a telecom CRM subscriber export, a HubSpot-style contact export,
a Shopify-style customer export, a Stripe-style payment export, an app-analytics event export, a
MySQL user-table dump, a 问卷星-style survey export, a 金数据-style form export and a property
manager's owner list (rows as in :mod:`heldout17.kinds`)."""

# ruff: noqa: E501 - a kind is read as one line a column, as the export lays its columns out

from __future__ import annotations

from piplkit.discover.evaluation.heldout17.kinds import Kind

TELECOM = Kind(
    "电信CRM用户资料", ("CRM_用户资料导出_1207", "宽带用户清单", "ods_crm_subscriber", "代理商对账"),
    "宽带及移动用户清单", (
        ("cn_mobile", "mobile,mobile_int,mobile,mobile_masked", "服务号码", "用户号码", "msisdn", "号码"),
        ("person_name", "name,name,name,name_starred", "客户名称", "机主姓名", "cust_name", "客户"),
        ("cn_resident_id", "rid,rid,rid_masked,rid_spaced", "证件号码", "证件号码", "cert_no", "证件"),
        ("address", "address", "装机地址", "装机地址", "install_addr", ""),
        ("-", "pick:5G畅享129元套餐|融合宽带199元|59元流量王|全家享套餐", "主套餐", "套餐名称", "offer_name", "套餐"),
        ("-", "date", "入网时间", "入网日期", "open_date", "开户日期"),
        ("account_balance", "balance", "账户余额", "话费余额(元)", "balance", ""),
        ("-", "amount", "本月消费", "当月出账", "bill_amount", "佣金基数"),
        ("imsi", "imsi", "IMSI", "IMSI号", "imsi", ""),
        ("device_id", "iccid", "ICCID", "SIM卡号", "iccid", ""),
        ("imei", "imei", "终端IMEI", "手机串号", "imei", ""),
        ("mac_address", "mac", "光猫MAC", "", "onu_mac", ""),
        ("-", "pick:正常|欠费停机|预销户|挂失", "用户状态", "状态", "user_state", "状态"),
        ("person_name", "staff", "客户经理", "", "", "发展人"),
        ("-", "emp_no", "", "", "", "代理商编码"),
        ("communication_record", "pick:12-01 09:12 主叫 3分12秒；12-02 18:40 被叫 41秒|"
                                 "11-30 21:03 主叫 12分5秒；12-01 07:55 短信 1条|"
                                 "12-03 10:20 被叫 2分；12-03 10:25 主叫 58秒",
         "", "近期通话", "recent_cdr", ""),
        ("-", "hotline", "", "", "", "服务热线"),
    ), sheet="用户清单", groups=("用户信息", "业务及终端"))

HUBSPOT = Kind(
    "CRM联系人(英文)", ("hubspot-crm-exports-all-contacts-2026-12-07", "Salesforce_Contacts_Report",
                       "crm_contacts", "CONTACT_MASTER"),
    "Contacts Report", (
        ("-", "user_id", "Record ID", "Contact ID", "record_id", "CONTACT_ID"),
        ("person_name", "name_first", "First Name", "First Name", "first_name", "FIRST_NAME"),
        ("person_name", "name_last", "Last Name", "Last Name", "last_name", "LAST_NAME"),
        ("email", "email", "Email", "Email", "email", "EMAIL"),
        ("cn_mobile", "mobile_e164,mobile_plus,mobile_e164,mobile", "Phone Number", "Mobile/手机", "phone", "MOBILE"),
        ("job_title", "job", "Job Title", "Title", "job_title", "TITLE"),
        ("employer", "employer", "Company Name", "Company", "company", "COMPANY"),
        ("-", "pick:Subscriber|Lead|Marketing Qualified Lead|Opportunity|Customer", "Lifecycle Stage", "Lifecycle Stage", "lifecycle_stage", ""),
        ("-", "pick:New|Open|In Progress|Connected|Unqualified", "Lead Status", "Status", "lead_status", "STATUS"),
        ("person_name", "name_pinyin", "Contact owner", "Contact Owner", "owner_name", "OWNER"),
        ("-", "ts_iso", "Create Date", "Created Date", "created_at", "CREATE_DT"),
        ("-", "ts", "Last Activity Date", "Last Activity", "last_activity_at", ""),
        ("-", "city", "City", "Mailing City", "city", "CITY"),
        ("address", "address_en", "Street Address", "Mailing Street", "street", "ADDR1"),
        ("-", "zip", "Postal Code", "Mailing Zip/Postal Code", "zip", "ZIP"),
        ("wechat_id", "wechat", "WeChat ID", "", "wechat_id", ""),
    ), sheet="Contacts")

SHOPIFY = Kind(
    "独立站客户(英文)", ("customers_export", "Customers_2026-12-07", "shopify_customers", "customer_list_legacy"),
    "Customers", (
        ("person_name", "name_first", "First Name", "First Name", "firstName", "FName"),
        ("person_name", "name_last", "Last Name", "Last Name", "lastName", "LName"),
        ("email", "email", "Email", "Email", "email", "E-mail"),
        ("-", "pick:yes|no", "Accepts Email Marketing", "Accepts Marketing", "acceptsMarketing", ""),
        ("address", "address_en", "Default Address Address1", "Address1", "defaultAddress1", "Addr1"),
        ("-", "pick:Apt 5|Unit B|Floor 12|", "Default Address Address2", "", "defaultAddress2", "Addr2"),
        ("-", "city", "Default Address City", "City", "defaultCity", "City"),
        ("-", "pick:SH|BJ|GD|ZJ|JS", "Default Address Province Code", "Province", "defaultProvinceCode", ""),
        ("-", "pick:CN|CN|HK|SG", "Default Address Country Code", "Country", "defaultCountryCode", ""),
        ("-", "zip", "Default Address Zip", "Zip", "defaultZip", "Zip"),
        ("cn_mobile", "mobile_e164", "Default Address Phone", "", "defaultPhone", ""),
        ("cn_mobile", "mobile_plus,mobile_plus,mobile_e164,mobile", "Phone", "Phone", "phone", "Tel."),
        ("-", "amount", "Total Spent", "Total Spent", "totalSpent", "Spent"),
        ("-", "int:1:30", "Total Orders", "Orders", "ordersCount", ""),
        ("-", "pick:VIP|wholesale|newsletter|", "Tags", "Tags", "tags", ""),
        ("-", "pick:no|no|yes", "Tax Exempt", "", "taxExempt", ""),
        ("birth_date", "birth", "", "Birthday", "", "DOB"),
    ), sheet="Customers")

STRIPE = Kind(
    "支付流水(英文)", ("unified_payments", "Payments_Nov", "stripe_charges", "payment_recon"),
    "Payments", (
        ("-", "stripe_ch", "id", "Charge ID", "charge_id", "TXN_ID"),
        ("-", "product", "Description", "Description", "description", "DESC"),
        ("-", "ts", "Created date (UTC)", "Created (UTC)", "created_utc", "TXN_TIME"),
        ("-", "amount", "Amount", "Amount", "amount", "AMT"),
        ("-", "pick:usd|cny|hkd", "Currency", "Currency", "currency", "CCY"),
        ("-", "num:0:9", "Fee", "Fee", "fee", ""),
        ("-", "pick:Paid|Refunded|Failed", "Status", "Status", "status", "STATUS"),
        ("-", "stripe_cus", "Customer ID", "Customer", "customer_id", ""),
        ("email", "email", "Customer Email", "Customer Email", "customer_email", "EMAIL"),
        ("person_name", "name_pinyin", "Card Name", "Cardholder", "card_name", "CARD_HOLDER"),
        ("bank_card", "card_last4", "Card Last4", "Card Last 4", "card_last4", "CARD_LAST4"),
        ("-", "pick:Visa|MasterCard|UnionPay|American Express", "Card Brand", "Brand", "card_brand", ""),
        ("address", "address_en", "Card Address Line1", "Billing Address", "card_address_line1", ""),
        ("-", "zip", "Card Address Zip", "", "card_address_zip", ""),
        ("-", "pick:CN|US|HK|SG", "Card Issue Country", "Card Country", "card_country", ""),
        ("ipv4", "ipv4", "Client IP", "", "client_ip", "IP_ADDR"),
    ), sheet="Payments")

ANALYTICS = Kind(
    "App埋点事件", ("events_20261207", "事件明细_用户行为分析", "dwd_app_event_di", "event_log_sample"),
    "事件明细", (
        ("-", "user_id", "user_id", "用户ID", "userId", "uid"),
        ("account_name", "account", "login_name", "登录账号", "loginName", ""),
        ("-", "pick:$AppStart|$AppViewScreen|AddToCart|SubmitOrder|PayOrder|Search", "event", "事件名", "eventName", "event"),
        ("-", "unix_ms,ts,unix_ms,ts", "time", "触发时间", "eventTime", "ts"),
        ("device_id", "oaid,oaid,idfa,android_id", "$device_id|v", "设备ID", "deviceId", "did"),
        ("device_id", "oaid", "oaid", "OAID", "oaid", ""),
        ("imei", "imei", "$imei|v", "IMEI", "imei", "col_7"),
        ("mac_address", "mac", "$mac|v", "", "macAddr", ""),
        ("ipv4", "ipv4", "$ip|v", "IP地址", "clientIp", "ip"),
        ("ipv6", "ipv6", "", "IPv6", "clientIpv6", ""),
        ("-", "os", "$os_version|v", "操作系统", "osVersion", "os"),
        ("-", "model", "$model|v", "机型", "deviceModel", "model"),
        ("-", "app_version", "$app_version|v", "App版本", "appVersion", ""),
        ("geo_coordinates", "lat", "$latitude|v", "纬度", "lat", ""),
        ("geo_coordinates", "lng", "$longitude|v", "经度", "lng", ""),
        ("browsing_history", "page,page,page,browse_list", "$url|v", "页面地址", "pageUrl", "col_15"),
        ("-", "pick:中国移动|中国联通|中国电信|WIFI", "$carrier|v", "运营商", "carrier", ""),
        ("-", "city", "$city|v", "城市", "city", ""),
        ("trajectory", "track", "", "", "", "loc_trace"),
    ), sheet="事件明细")

MYSQL = Kind(
    "MySQL用户表导出", ("t_user_202612071100", "t_user(Navicat导出)", "t_member_profile", "T_USER_ORACLE"),
    "t_user", (
        ("-", "seq", "id(主键)", "id", "id 主键ID", "ID"),
        ("account_name", "account", "user_name(用户名)", "user_name", "user_name 登录名", "USER_NAME"),
        ("cn_mobile", "mobile,mobile_int,mobile,mobile", "user_mobile(用户手机号)", "user_mobile", "mobile 手机号", "MOBILE_NO"),
        ("password", "password", "pwd(登录密码)", "pwd", "password 密码", "PASSWD"),
        ("person_name", "name", "real_name(真实姓名)", "real_name", "true_name 真实姓名", "REAL_NAME"),
        ("cn_resident_id", "rid", "id_card(身份证号)", "id_card", "id_no 身份证", "CERT_NO"),
        ("gender", "gender_12", "sex(性别 1男 2女)", "sex", "gender 性别", "SEX"),
        ("birth_date", "birth,birth,birth_compact,birth", "birthday(生日)", "birthday", "birth 生日", "BIRTH_DT"),
        ("email", "email", "email(邮箱)", "email", "mail 邮箱", "EMAIL_ADDR"),
        ("ipv4", "ipv4", "reg_ip(注册IP)", "reg_ip", "register_ip 注册IP", "REG_IP"),
        ("-", "ts", "last_login_time(最后登录时间)", "last_login_time", "last_login 登录时间", "LAST_LOGIN_TM"),
        ("-", "pick:0|1|2", "status(状态 0正常 1冻结 2注销)", "status", "state 状态", "STAT_CD"),
        ("account_balance", "balance", "balance(账户余额)", "balance", "wallet 钱包余额", ""),
        ("wechat_id", "openid", "wx_openid(微信OpenID)", "", "", ""),
        ("-", "pick:A8K2PQ|ZX91MM|7HTR3D|QW55EL", "invite_code(邀请码)", "invite_code", "", ""),
        ("-", "ts", "create_time(创建时间)", "create_time", "gmt_create 创建时间", "CRT_TM"),
    ), sheet="t_user")

SURVEY = Kind(
    "问卷星调查导出", ("123456789_2_居民健康需求调查_138_138", "腾讯问卷_用户调研_原始数据", "survey_answer_flat", "问卷回收_导入"),
    "居民健康需求调查", (
        ("-", "seq", "序号", "编号", "resp_id", "序号"),
        ("-", "ts", "提交答卷时间", "开始答题时间", "submit_time", "提交时间"),
        ("-", "pick:125秒|88秒|301秒|47秒", "所用时间", "答题时长", "duration", ""),
        ("-", "pick:微信|手机提交|链接", "来源", "来源渠道", "source", ""),
        ("ipv4", "ip_region,ipv4,ipv4,ip_region", "来自IP", "IP", "ip", "IP地址"),
        ("gender", "gender", "1、您的性别：", "Q1_您的性别", "q1_gender", "第1题"),
        ("age", "age_band", "2、您的年龄段：", "Q5_您的年龄段", "q2_age_group", "第2题"),
        ("cn_mobile", "mobile", "3、您的手机号码：", "Q3_联系电话(必填)", "q3_phone", "第3题"),
        ("person_name", "name", "4、您的姓名：", "Q4_姓名", "q4_name", "第4题"),
        ("job_title", "pick:企业职员|教师|学生|自由职业|医护人员|退休|个体经营", "5、您的职业：", "Q6_职业", "q5_job", "第5题"),
        ("income", "income_year", "6、您的家庭年收入：", "Q7_家庭年收入", "q6_income", ""),
        ("education", "education", "7、您的最高学历：", "Q8_学历", "q7_edu", "第7题"),
        ("marital_status", "marital", "8、您的婚姻状况：", "Q9_婚姻状况", "q8_marital", ""),
        ("sexual_orientation", "orientation", "9、您的性取向：", "Q10_性取向(选填)", "q9_orientation", "第9题"),
        ("health_record", "pick:高血压|糖尿病|无慢性病|高血脂|心脏病|哮喘", "10、您是否患有以下慢性疾病：", "Q11_慢性病", "q10_chronic", "第10题"),
        ("address", "address", "11、您的常住地址：", "Q12_居住地址", "q11_address", ""),
        ("-", "pick:非常满意|满意|一般|不满意", "12、您对社区卫生服务的满意度：", "Q13_满意度", "q12_satisfaction", "第12题"),
        ("-", "int:20:100", "总分", "", "score", ""),
    ), sheet="原始数据")

FORM = Kind(
    "金数据表单导出", ("培训报名表_数据_20261207", "年会报名(金数据)", "form_entries", "报名信息_旧系统"),
    "2026年度培训报名", (
        ("-", "seq", "序号", "序号", "serial_number", "序号"),
        ("person_name", "name", "姓名", "姓名", "field_1", "姓名"),
        ("cn_mobile", "mobile,mobile_int,mobile,mobile_fw", "手机号码", "手机号*", "field_2", "手机"),
        ("cn_resident_id", "rid,rid_tab,rid,rid", "身份证号（18位）", "身份证号（18位）", "field_3", "身份证"),
        ("birth_date", "birth,birth_xl,birth,birth_cn", "出生日期(yyyy-mm-dd)", "出生日期(yyyy-mm-dd)", "field_4", "出生年月"),
        ("gender", "gender", "性别", "性别", "field_5", "性别"),
        ("employer", "employer", "所在单位", "单位名称(必填)", "field_6", "单位"),
        ("email", "email", "邮箱", "电子邮箱", "field_7", ""),
        ("wechat_id", "wechat", "微信号", "微信号", "field_8", ""),
        ("person_name", "name_q", "紧急联系人_姓名", "紧急联系人-姓名", "field_9", ""),
        ("cn_mobile", "mobile_q", "紧急联系人_电话", "紧急联系人-电话", "field_10", ""),
        ("-", "pick:Python数据分析|项目管理PMP|财务报表解读|公文写作", "报名课程", "报名项目", "field_11", "课程"),
        ("account_name", "nickname", "提交人", "", "creator_name", ""),
        ("-", "ts", "提交时间", "填写时间", "created_at", "报名时间"),
        ("ipv4", "ipv4", "IP", "", "info_remote_ip", ""),
        ("-", "pick:iPhone|Android|PC", "填写设备", "", "info_platform", ""),
    ), sheet="报名数据")

PROPERTY = Kind(
    "物业业主信息", ("业主信息表_翠湖湾", "业主档案导出", "ods_pm_owner", "停车场业主车辆"),
    "翠湖湾小区业主信息表", (
        ("address", "house", "房号", "房号", "room_code", "房号"),
        ("person_name", "name", "业主姓名", "业主姓名", "owner_name", "车主"),
        ("cn_mobile", "mobiles_two,mobile,mobile,mobile_masked", "联系电话", "联系方式", "owner_phone", "电话"),
        ("cn_landline", "landline", "座机", "家庭电话", "home_tel", ""),
        ("cn_resident_id", "rid,rid_apos,rid,rid", "身份证号", "身份证", "owner_id_no", ""),
        ("real_estate", "property_cert", "房产证号", "产权证号", "cert_no", ""),
        ("-", "num:60:180", "建筑面积(㎡)", "建筑面积", "area", ""),
        ("-", "date", "交房日期", "入住日期", "handover_date", ""),
        ("license_plate", "plate", "车牌号", "车牌号码", "plate_no", "车牌"),
        ("-", "pick:B1-023|B2-137|B1-208|地面-15|", "车位号", "车位", "parking_space", "车位"),
        ("-", "pick:2.8|3.2|1.9", "物业费单价(元/㎡)", "", "fee_price", ""),
        ("-", "amount", "欠费金额", "欠费(元)", "arrears", ""),
        ("wechat_id", "wechat", "业主微信", "", "owner_wechat", ""),
        ("person_name", "name_q", "紧急联系人", "", "emerg_contact", ""),
        ("cn_mobile", "mobile_q", "紧急联系电话", "", "emerg_phone", ""),
        ("-", "remark", "备注", "备注", "", "备注"),
    ), sheet="业主信息", groups=("房屋及业主", "收费及车辆"))

KINDS_B = (TELECOM, HUBSPOT, SHOPIFY, STRIPE, ANALYTICS, MYSQL, SURVEY, FORM, PROPERTY)
