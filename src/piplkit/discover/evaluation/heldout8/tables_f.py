"""Set 8, more people-facing services: social-security card issuance, work-injury cases,
cross-strait and foreign residents, hostels, anti-fraud, phone recycling, campus IT,
parental control, children's welfare and hospital wards."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout6.spec import Table
from piplkit.discover.evaluation.heldout8.cols import t

KID = {"p_ages": (1, 12), "q_ages": (26, 52)}


def tables() -> list[Table]:
    return [
        t("shebaoka_zhika.xlsx", "social-security card issuance at a bank branch", [
            ("受理编号", "seq:SB"), ("姓名", "name"), ("社会保障号码", "dl", "social_security_card"), ("性别", "gender"),
            ("民族", "ethnicity"), ("证件照片", "face"), ("金融账户", "bank_card"), ("手机号", "mobile"), ("通讯地址", "address"),
            ("制卡状态", "pick:已制卡|制卡中|待领取"), ("领卡网点", "pick:工行中山路支行|建行人民路支行"), ("受理日期", "date"),
        ], fmt="xlsx", sheet="制卡明细", title_rows=("第三代社保卡申领明细",)),
        t("gongshang_rending.csv", "work-injury determination cases", [
            ("案件号", "seq:GS"), ("职工姓名", "name"), ("社保号", "dl", "social_security_card"), ("用人单位", "employer"),
            ("单位信用代码", "uscc"), ("受伤部位及诊断", "health"), ("事故经过", "note"), ("受理日期", "date"),
            ("认定结论", "pick:认定工伤|不予认定|视同工伤"), ("伤残等级鉴定", "pick:九级|十级|未达级|七级", "health_record"),
            ("经办人", "name_q"),
        ], encoding="gb18030"),
        t("taishang_dengji.csv", "Taiwan business people's registration", [
            ("姓名", "name"), ("台胞证号码", "taiwan_permit"), ("出生日期", "birth"), ("企业名称", "employer"), ("职务", "job"),
            ("大陆住址", "address"), ("手机", "mobile"), ("住宅电话", "landline"), ("来大陆日期", "date"), ("所属台协", "pick:东莞台协|昆山台协|厦门台协"),
            ("投资额(万美元)", "num:50:5000"),
        ], encoding="utf-8-sig"),
        t("tw_students_univ.jsonl", "Taiwan students at a mainland university", [
            ("studentNo", "seq:TS"), ("name", "name"), ("mtpNo", "taiwan_permit"), ("major", "pick:中医学|建筑学|法学|计算机科学", "education"),
            ("mobile", "mobile"), ("scholarship", "pick:台生一等|台生二等|无"), ("enrolled", "date"),
        ], fmt="jsonl"),
        t("shewai_hunyin.xlsx", "foreign-related marriage registration", [
            ("登记编号", "seq:HY"), ("男方姓名", "name_pinyin"), ("男方国籍", "nationality"), ("男方护照", "passport"),
            ("男方永久居留证", "foreign_pr"), ("女方姓名", "name_q"), ("女方身份证", "rid_q"), ("女方婚姻状况", "pick:未婚|离异|丧偶", "marital_status"),
            ("登记日期", "date"), ("登记机关", "pick:市民政局婚姻登记处|区民政局"),
        ], fmt="xlsx", sheet="涉外婚姻", groups=(("登记", 1), ("男方", 4), ("女方", 3), ("办理", 3))),
        t("language_school_teachers.csv", "language school: foreign teachers", [
            ("teacher_name", "name_pinyin"), ("nationality", "nationality"), ("pr_card", "foreign_pr"), ("passport", "passport"),
            ("email", "email"), ("wechat", "wechat"), ("hourly_rate", "num:200:600", "income"), ("campus", "pick:徐汇校区|浦东校区"),
            ("contract_end", "date"), ("subjects", "pick:English|Japanese|French"),
        ], encoding="utf-8"),
        t("qingnian_lvshe.csv", "youth hostel: guest register", [
            ("床位", "pick:6人间-3上|4人间-1下|双人间-12"), ("住客", "name"), ("证件号", "rid_messy"), ("国籍", "nationality"), ("手机", "mobile_messy"),
            ("近期住宿记录", "accom"), ("入住", "date"), ("离店", "date"), ("押金", "price"), ("来源渠道", "pick:携程|Booking|Hostelworld|到店"),
        ], encoding="gbk"),
        t("hot_spring_resort.xlsx", "hot-spring resort: guest history", [
            ("客户", "name"), ("手机号码", "mobile_masked"), ("会员卡号", "seq:WQ"), ("历史入住", "accom"), ("消费明细", "txn"),
            ("会员余额", "balance"), ("偏好", "pick:安静房|高楼层|无烟"), ("销售经理", "name_q"),
        ], fmt="xlsx", sheet="客史"),
        t("fanzha_shouhai.csv", "anti-fraud centre: victim reports", [
            ("报案编号", "seq:FZ"), ("受害人", "name"), ("受害人身份证", "rid"), ("受害人手机", "mobile"), ("转出银行卡", "bank_card"),
            ("转账明细", "txn"), ("诈骗聊天记录", "comm"), ("涉案金额", "amount"), ("诈骗类型", "pick:刷单返利|冒充客服|杀猪盘|冒充公检法"),
            ("接警民警", "name_q"), ("报案时间", "dt"),
        ], encoding="gb18030"),
        t("elderly_antifraud_visits.csv", "community anti-fraud home visits", [
            ("老人", "name"), ("座机", "landline"), ("手机", "mobile"), ("住址", "address"), ("手机通讯录抽查", "contacts"),
            ("是否安装国家反诈APP", "pick:是|否"), ("走访网格员", "name_q"), ("走访日期", "date"),
        ], encoding="utf-8", p_ages=(60, 92)),
        t("phone_recycle_wipe.parquet", "phone recycling: data-wipe log", [
            ("recycle_no", "seq:HS"), ("seller_name", "name"), ("seller_id", "rid_masked"), ("imei", "imei"), ("model", "pick:iPhone 13|Mate 60|小米14|vivo X100"),
            ("lock_password", "password"), ("contacts_exported", "contacts"), ("browser_history", "browse"), ("price_paid", "price"),
            ("wiped_at", "dt"),
        ], fmt="parquet"),
        t("campus_it_helpdesk.csv", "university IT helpdesk: password resets", [
            ("ticket", "seq:IT"), ("netid", "username"), ("real_name", "name"), ("qq", "qq"), ("new_password_hash", "password"),
            ("client_ip", "ipv6"), ("client_mac", "mac"), ("issue", "pick:忘记密码|邮箱停用|VPN无法连接"), ("opened", "dt"), ("agent", "name_q"),
        ], encoding="utf-8"),
        t("parental_control.jsonl", "parental-control app: child devices", [
            ("childName", "name"), ("childBirthday", "birth"), ("childIdCard", "rid"), ("deviceOaid", "device_id"),
            ("visitedUrls", "browse"), ("searchTerms", "search"), ("screenMinutes", "int:10:400"), ("parentAccount", "username_q"),
            ("parentQq", "qq_q"), ("lastLocation", "geo"),
        ], fmt="jsonl", **KID),  # type: ignore[arg-type]
        t("ertong_fuliyuan.xlsx", "child welfare institute: children", [
            ("儿童编号", "seq:FL"), ("姓名", "name"), ("性别", "gender"), ("出生日期", "birth_mixed"), ("身份证号", "rid"),
            ("入院日期", "date"), ("健康状况", "pick:健康|先天性心脏病|唇腭裂术后|脑瘫", "health_record"), ("身高(cm)", "height"),
            ("体重(kg)", "weight"), ("就读学校", "school"), ("护理员", "name_q"),
        ], fmt="xlsx", sheet="儿童档案", **KID),  # type: ignore[arg-type]
        t("children_ward.csv", "children's hospital ward: inpatients", [
            ("住院号", "seq:ZY"), ("患儿姓名", "name"), ("出生日期", "birth"), ("身份证", "rid_messy"), ("入院诊断", "pick:支气管肺炎|川崎病|手足口病|急性阑尾炎", "health_record"),
            ("体重kg", "weight"), ("监护人", "name_q"), ("关系", "relation"), ("监护人电话", "mobile_q"), ("床号", "pick:5-01|5-02|5-11"),
            ("押金", "amount"),
        ], encoding="utf-8-sig", **KID),  # type: ignore[arg-type]
        t("ortho_k_lenses.csv", "orthokeratology lens fitting for children", [
            ("患者", "name"), ("出生日期", "birth_compact"), ("身份证号", "rid"), ("右眼屈光度", "pick:-2.50DS|-3.25DS|-1.75DS", "health_record"),
            ("左眼屈光度", "pick:-2.00DS|-3.00DS|-1.50DS", "health_record"), ("家长手机", "mobile_q"), ("镜片品牌", "pick:欧几里得|梦戴维|阿尔法"),
            ("镜片价格", "price"), ("验配日期", "date"),
        ], encoding="gbk", **KID),  # type: ignore[arg-type]
        t("lgbt_selftest_orders.csv", "HIV self-test kit orders from a community group", [
            ("order_id", "seq:ST"), ("nick", "username"), ("orientation", "sexor"), ("age", "age"), ("ship_addr", "address"),
            ("ship_phone", "mobile_masked"), ("kit", "pick:唾液检测|血液检测"), ("result_reported", "pick:阴性|阳性|未反馈", "health_record"),
            ("ordered", "dt"),
        ], encoding="utf-8", p_ages=(18, 50)),
        t("rainbow_event_signup.xlsx", "community event sign-ups (sexual orientation)", [
            ("称呼", "username"), ("性取向", "sexor"), ("性别认同", "pick:男|女|非二元", "gender"), ("微信号", "wechat"),
            ("城市", "city"), ("活动", "pick:读书会|徒步|电影夜"), ("报名时间", "dt"),
        ], fmt="xlsx", sheet="报名"),
        t("vpn_access_log.tsv", "enterprise VPN access log", [
            ("emp_account", "username"), ("emp_name", "name"), ("client_ipv6", "ipv6"), ("client_mac", "mac"), ("gateway", "server_ip"),
            ("bytes_in", "int:1000:90000000"), ("login_at", "dt"), ("os", "pick:Windows 11|macOS 14|Ubuntu"),
        ], fmt="tsv", encoding="utf-8"),
        t("organ_waitlist.parquet", "transplant waiting list", [
            ("patient_code", "seq:TX"), ("patient_name", "name_masked"), ("blood_group", "blood_type"), ("hla_typing", "hla"),
            ("diagnosis", "health"), ("meld_score", "int:6:40", "health_record"), ("listed_on", "date"), ("centre", "pick:华西|瑞金|中山"),
        ], fmt="parquet"),
        t("gas_safety_check.csv", "gas company: home safety inspections", [
            ("用户号", "seq:RQ"), ("户主", "name"), ("电话", "landline"), ("安检地址", "address"), ("表具编号", "serial"),
            ("隐患", "pick:无|软管老化|未装报警器|私改管道"), ("安检员", "name_q"), ("安检员手机", "mobile_q"), ("安检日期", "date"),
        ], encoding="gbk"),
        t("scholarship_needy.xlsx", "needy-student scholarship applications", [
            ("学号", "seq:XS"), ("姓名", "name"), ("身份证号", "rid"), ("专业", "pick:会计学|机械工程|护理学", "education"), ("家庭年收入", "income"),
            ("家庭人口", "int:2:8"), ("父亲职业", "job_q"), ("母亲工作单位", "employer_q"), ("资助等级", "pick:一等|二等|三等"), ("银行卡", "bank_card"),
        ], fmt="xlsx", sheet="申请表", p_ages=(17, 23)),
    ]
