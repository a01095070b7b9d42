"""Set 10, part D: online services, devices, logs, lending and gig work.

Columns are ``(header, generator, gold[, style])``; ``-`` is not PI. Several tables are dumps of
application databases (snake_case, vendor prefixes, opaque ``col_3`` headers) and logs.
"""

# ruff: noqa: E501 - a table is read as one line a column group, as the export lays it out
from __future__ import annotations

from piplkit.discover.evaluation.heldout6.spec import Table, table

ZC, PI, PF, V = "zh_colloquial", "pinyin_initials", "pinyin_full", "vendor"

TABLES: list[Table] = [
    table("forum_member_dump.csv", "hobby forum database dump", [
        ("t_member.uid", "int:1000:999999", "-", V), ("t_member.username", "account", "account_name", V),
        ("t_member.password", "password", "password", V), ("t_member.email", "email", "email", V),
        ("t_member.qq", "qq", "qq_number", V), ("t_member.regip", "ipv4", "ipv4", V),
        ("t_member.posts", "int:0:8000", "-", V), ("t_member.credits", "int:0:50000", "-", V),
    ], quote_all=True),
    table("captive_portal_wifi.tsv", "mall guest Wi-Fi", [
        ("login_time", "dt", "-"), ("phone", "mobile", "cn_mobile"), ("client_mac", "mac", "mac_address"),
        ("client_ipv6", "ipv6", "ipv6"), ("ap_name", "pick:1F-中庭-AP03|2F-美食-AP11|B1-超市-AP07", "-"),
        ("ap_mac", "dev_mac", "-"), ("bytes_up", "int:1000:90000000", "-"), ("ssid", "pick:Mall-Free-WiFi|Mall-VIP", "-"),
    ], fmt="tsv"),
    table("wifi_probe_counts.csv", "mall passenger-flow probes", [
        ("探针编号", "code:TZ:4", "-"), ("手机MAC", "mac", "mac_address"), ("信号强度dBm", "int:-90:-35", "-"),
        ("首次出现", "dt", "-"), ("停留分钟", "int:1:240", "-"), ("区域", "pick:A区|B区|C区|停车场", "-"), ("是否回头客", "pick:是|否", "-"),
    ], encoding="utf-8-sig"),
    table("app_crash_reports.jsonl", "app crash reporting", [
        ("crash_id", "uuid", "-"), ("app_version", "pick:8.2.1|8.3.0|8.3.1", "-"), ("os", "pick:Android 14|iOS 17.5|HarmonyOS 4.2", "-"),
        ("device_model", "pick:Mate 60 Pro|iPhone 15|Xiaomi 14|OPPO Find X7", "-"), ("imei", "imei", "imei"),
        ("oaid", "device_id", "device_id"), ("client_ip", "ipv4", "ipv4"), ("user_id", "int:100000:9999999", "-"),
        ("stack_top", "pick:NullPointerException at PayActivity.java:212|SIGSEGV libwebp.so|OOM in ImageLoader", "-"),
    ], fmt="jsonl"),
    table("sso_login_audit.parquet", "enterprise single sign-on", [
        ("event_time", "dt", "-"), ("login_name", "account", "account_name"), ("display_name", "name", "person_name"),
        ("src_ip", "ipv6", "ipv6"), ("device_mac", "mac", "mac_address"), ("result", "pick:SUCCESS|FAIL_PASSWORD|MFA_REQUIRED", "-"),
        ("server", "lan_ip", "-"), ("app", "pick:OA|CRM|财务共享|HR系统", "-"),
    ], fmt="parquet"),
    table("smart_tv_history.csv", "smart TV platform", [
        ("device_id", "device_id", "device_id"), ("account_phone", "mobile_masked", "cn_mobile"),
        ("watch_history", "pick:11-30 20:05 繁花 第12集;12-01 21:10 新闻联播|12-02 19:30 狂飙 第3集;12-03 08:00 小猪佩奇|11-28 22:00 乘风2024;11-29 20:00 庆余年2 第5集", "browsing_history"),
        ("vip_level", "pick:普通|黄金VIP|超级影视VIP", "-"), ("vip_expire", "date:300", "-"), ("area", "city", "-"),
    ]),
    table("phone_backup_contacts.jsonl", "phone backup service", [
        ("backupId", "uuid", "-"), ("ownerAccount", "account", "account_name"), ("ownerPhone", "mobile", "cn_mobile"),
        ("contacts", "contacts", "contacts"), ("contactCount", "int:20:900", "-"), ("backupSizeMB", "num:0.2:30", "-"),
    ], fmt="jsonl"),
    table("wecom_contact_export.csv", "enterprise WeChat customer contacts", [
        ("客户名称", "name", "person_name"), ("客户备注", "pick:老客户|意向强|已成交|价格敏感", "-"), ("添加人", "name_q", "person_name"),
        ("添加时间", "dt", "-"), ("客户标签", "pick:高净值|宝妈|学生|企业主", "-"), ("客户手机", "mobiles_two", "cn_mobile"),
        ("共同好友", "contacts", "contacts"),
    ], encoding="gb18030"),
    table("cs_chat_transcripts.csv", "online customer service", [
        ("session_id", "uuid", "-"), ("visitor_nick", "account", "account_name"),
        ("visitor_msg", "pick:我的快递三天了还没到，电话138开头那个是我的|退款什么时候到账？卡尾号是5678|你们客服态度太差了我要投诉|能不能改一下收货地址，改成公司地址|发票抬头写错了帮我重开", "communication_record"),
        ("agent", "pick:客服小美|客服阿杰|客服07", "-"), ("agent_summary", "pick:已催件|已登记退款|已升级主管|已改址", "-"),
        ("satisfaction", "pick:非常满意|满意|一般|不满意", "-"), ("visitor_ip", "ipv4", "ipv4"),
    ], encoding="utf-8-sig"),
    table("bank_sms_outbox.csv", "bank SMS gateway", [
        ("msg_id", "code:SMS:12", "-"), ("mobile", "mobile", "cn_mobile"),
        ("content", "pick:【某银行】您尾号5521的卡于12月01日消费1,280.00元，余额3,522.10元。|【某银行】您的信用卡本期账单6,730.55元，还款日12月20日。|【某银行】验证码427311，请勿泄露。|【某银行】您尾号0932账户工资收入12,450.00元。", "communication_record"),
        ("send_time", "dt", "-"), ("channel", "pick:移动|联通|电信", "-"), ("status", "pick:DELIVRD|DELIVRD|UNDELIV", "-"),
    ]),
    table("cashloan_kyc.xlsx", "consumer cash loan KYC", [
        ("申请编号", "order", "-"), ("姓名", "name", "person_name"), ("身份证号", "rid_int", "cn_resident_id"),
        ("人脸照片", "face_b64", "face_image"), ("月收入", "pick:3000-5000|5000-8000|8000-12000|12000以上", "income"),
        ("工作单位", "employer", "employer"), ("征信结果", "credit", "credit_record"), ("授信额度", "int:1000:50000", "-"),
        ("银行卡", "bank_card", "bank_card"), ("设备IMEI", "imei", "imei"),
    ], fmt="xlsx", sheet="进件明细", title_rows=("进件明细表", "数据日期：2026-12-05")),
    table("gig_payouts.csv", "flexible employment platform", [
        ("结算单号", "order", "-"), ("自由职业者", "name", "person_name"), ("身份证", "rid", "cn_resident_id"),
        ("任务类型", "pick:外卖配送|推广拉新|数据标注|家政服务", "-"), ("本月收入", "income", "income"), ("个税代扣", "num:0:900", "-"),
        ("收款卡号", "bank_card_masked", "bank_card"), ("服务商", "company", "-"), ("服务商信用代码", "uscc", "cn_uscc"),
    ], encoding="utf-8-sig"),
    table("mcn_creator_contracts.csv", "MCN influencer agency", [
        ("达人昵称", "account", "account_name"), ("真实姓名", "name", "person_name"), ("抖音号", "code:dy:9", "account_name"),
        ("粉丝数(万)", "num:1:800", "-"), ("分成比例", "pick:7:3|6:4|8:2", "-"), ("上月收益", "income", "income"),
        ("签约日期", "date:900", "-"), ("微信号", "wechat", "wechat_id"), ("QQ", "qq", "qq_number"),
    ], encoding="gb18030"),
    table("meter_reads_202611.csv", "electricity meter reading", [
        ("户号", "code:33:10", "-"), ("户名", "name", "person_name"), ("用电地址", "address", "address"),
        ("表号", "code:0001:10", "-"), ("上月示数", "int:1000:40000", "-"), ("本月示数", "int:1000:40000", "-"),
        ("抄表员", "name_q", "person_name"), ("抄表方式", "pick:远程自动|人工抄表|估抄", "-"),
    ], encoding="gbk"),
    table("gas_safety_visits.xlsx", "gas safety home inspection", [
        ("工单号", "order_phone", "-"), ("用户", "name", "person_name"), ("地址", "address", "address"), ("固定电话", "landline", "cn_landline"),
        ("手机", "mobile", "cn_mobile"), ("隐患", "pick:无隐患|软管老化|未装报警器|灶具无熄火保护", "-"), ("安检员", "name_q", "person_name"), ("安检日期", "date_xl", "-"),
    ], fmt="xlsx", sheet="入户安检", p_ages=(40, 90)),
    table("online_course_learners.parquet", "adult online courses", [
        ("learner_id", "int:10000:999999", "-"), ("nickname", "account", "account_name"), ("real_name", "name", "person_name"),
        ("email", "email", "email"), ("highest_degree", "education", "education"), ("job_title", "job", "job_title"),
        ("course", "pick:Python数据分析|PMP备考|CPA会计|雅思7分", "-"), ("progress_pct", "int:0:100", "-"), ("last_ip", "ipv4", "ipv4"),
    ], fmt="parquet"),
    table("telecom_cdr_sample.csv", "telecom call detail records", [
        ("MSISDN", "mobile", "cn_mobile"), ("IMSI", "imsi", "imsi"), ("IMEI", "imei", "imei"), ("OTHER_PARTY", "mobile_q", "cn_mobile"),
        ("CALL_TYPE", "pick:MOC|MTC|SMS_MO", "-"), ("DURATION_S", "int:0:3600", "-"), ("CELL_ID", "code:4600:8", "-"), ("START_TIME", "dt", "-"),
    ]),
    table("insurer_telematics.jsonl", "motor insurer telematics", [
        ("policyNo", "code:PDAA2026:10", "-"), ("insuredName", "name", "person_name"), ("plateNo", "plate", "license_plate"),
        ("vin", "vin", "vin"), ("lastPosition", "geo_json", "geo_coordinates"), ("hardBrakes30d", "int:0:40", "-"), ("score", "int:50:100", "-"),
    ], fmt="jsonl"),
    table("pride_volunteers_survey.csv", "LGBT community centre", [
        ("问卷编号", "seq", "-"), ("昵称", "account", "account_name"), ("1、您的性取向", "sexual", "sexual_orientation"),
        ("2、您的年龄段", "pick:18-24|25-30|31-40|40+", "-"), ("3、是否愿意参与志愿活动", "pick:是|否|看情况", "-"),
        ("4、联系方式（微信）", "wechat", "wechat_id"), ("提交IP", "ipv4", "ipv4"),
    ], encoding="utf-8-sig"),
    table("prep_clinic_followup.csv", "PrEP clinic", [
        ("随访号", "code:PF:5", "-"), ("姓名缩写", "pick:ZWL|LXY|WHJ|CJM|HYT", "person_name"), ("性取向", "sexual", "sexual_orientation"),
        ("HIV检测", "pick:阴性|阴性|阴性|待复检", "health_record"), ("用药依从性", "pick:良好|一般|差", "health_record"), ("手机", "mobile_masked", "cn_mobile"),
    ], encoding="gb18030", p_ages=(18, 50)),
    table("wx_pay_bill.csv", "personal payment bill export", [
        ("交易时间", "dt", "-"), ("交易类型", "pick:商户消费|转账|红包|扫二维码付款", "-"), ("交易对方", "pick:美团|滴滴出行|拼多多|肯德基|中国石化", "-"),
        ("交易明细", "txn", "transaction_record"), ("收/支", "pick:支出|支出|收入", "-"), ("金额(元)", "txtnum:3:800", "-"),
        ("交易单号", "code:4200002:21", "-"), ("微信昵称", "account", "account_name"),
    ], encoding="utf-8-sig"),
    table("export_0412.csv", "unlabelled CRM export", [
        ("col_1", "seq", "-"), ("col_2", "name", "person_name"), ("col_3", "mobile", "cn_mobile"), ("col_4", "order_phone", "-"),
        ("col_5", "num:10:9000", "-"), ("col_6", "date:300", "-"), ("col_7", "rid", "cn_resident_id"), ("col_8", "pick:已付款|待发货|已完成", "-"),
    ]),
    table("his_extract_F.csv", "clinic system extract", [
        ("F01", "code:MZ:8", "-"), ("F02", "name", "person_name"), ("F03", "gender_code", "gender"), ("F04", "birth_compact", "birth_date"),
        ("F05", "pick:上呼吸道感染|急性胃肠炎|腰扭伤|过敏性鼻炎|高血压复诊", "health_record"), ("F06", "num:20:800", "-"), ("F07", "ssc", "social_security_card"),
    ], encoding="gbk", p_ages=(1, 90)),
]  # fmt: skip
