"""Set 8, mobility, home and leisure: ride-hailing drivers, couriers, property management,
parking, EV charging, car rental, smart homes, gaming anti-addiction, e-sports, tutoring,
driving schools, kindergartens, campus gates, mines."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout6.spec import Table
from piplkit.discover.evaluation.heldout8.cols import t

KID = {"p_ages": (2, 12), "q_ages": (24, 50)}
TEEN = {"p_ages": (7, 13), "q_ages": (30, 55)}


def tables() -> list[Table]:
    return [
        t("wangyueche_siji.csv", "ride-hailing: driver onboarding", [
            ("司机ID", "int:100000:999999"), ("司机姓名", "name"), ("身份证", "rid"), ("驾驶证号", "dl"), ("网约车驾驶员证", "pick:3101042019000123|4401062020004567"),
            ("车牌", "plate"), ("VIN码", "vin"), ("手机", "mobile"), ("银行卡", "bank_card"), ("注册时间", "dt"),
        ], encoding="utf-8"),
        t("driver_trips.parquet", "ride-hailing: driver trips", [
            ("trip_id", "seq:TR"), ("driver_phone", "mobile_masked"), ("pickup_lat", "lat"), ("pickup_lng", "lng"),
            ("route_points", "traj"), ("fare", "price"), ("distance_km", "num:1:60"), ("started_at", "dt"),
        ], fmt="parquet"),
        t("kuaidi_paijian.csv", "courier: delivery log", [
            ("运单号", "seq:YT"), ("收件人", "name_masked"), ("收件电话", "mobile_masked"), ("收件地址", "address"),
            ("派件员", "name_q"), ("派件员电话", "mobile_q"), ("签收方式", "pick:本人签收|快递柜|驿站代收"), ("重量(kg)", "num:0.1:20"),
            ("派件网点", "org_addr"), ("签收时间", "dt"),
        ], encoding="gb18030"),
        t("courier_route_day.jsonl", "courier: daily routes", [
            ("courierName", "name"), ("courierMobile", "mobile"), ("date", "date"), ("stops", "traj"),
            ("lastPosition", "geo"), ("parcels", "int:40:260"), ("vehicle", "pick:电动三轮|面包车"),
        ], fmt="jsonl"),
        t("wuye_yezhu.xlsx", "property management: owners", [
            ("房号", "pick:1-1-101|2-3-1202|5-2-803|8-1-1501", "address"), ("业主姓名", "name"), ("身份证号", "rid_masked"),
            ("手机号码", "mobile"), ("不动产权证号", "realestate"), ("建筑面积(㎡)", "num:50:180"), ("物业费单价", "price"),
            ("欠费金额", "amount"), ("车位号", "pick:B1-023|B2-117|地面-08"), ("车牌号", "plate"),
        ], fmt="xlsx", sheet="业主档案", title_rows=("XX花园业主信息表",), totals_row=True),
        t("wuye_yezhu.xlsx", "property management: repair tickets", [
            ("工单号", "seq:WX"), ("报修人", "name_title"), ("联系电话", "mobile"), ("报修内容", "pick:厨房漏水|电梯异响|门禁失灵"),
            ("维修工", "name_q"), ("完成时间", "dt"), ("满意度", "int:1:5"),
        ], fmt="xlsx", sheet="报修"),
        t("tingche_jilu.csv", "parking lot: entry/exit", [
            ("车牌号码", "plate"), ("入场时间", "dt"), ("出场时间", "dt"), ("停车时长(分)", "int:5:900"), ("应收", "price"),
            ("支付方式", "pick:微信|支付宝|ETC|现金"), ("车场", "pick:万达广场P1|市政府地库"), ("抓拍图片", "pick:/snap/in_001.jpg|/snap/in_002.jpg"),
        ], encoding="utf-8-sig"),
        t("ev_charging_users.tsv", "EV charging: app users", [
            ("userId", "int:100000:999999"), ("phone", "mobile"), ("plateNo", "plate"), ("walletBalance", "balance"),
            ("pileId", "pick:P-0012-A|P-0341-B|P-1020-C"), ("kwh", "kwh"), ("fee", "price"), ("startTime", "dt"), ("gpsAtStart", "geo"),
        ], fmt="tsv", encoding="utf-8"),
        t("zuche_dingdan.xlsx", "car rental: orders", [
            ("订单号", "seq:ZC"), ("承租人", "name"), ("证件号", "rid_int"), ("驾驶证", "dl"), ("手机", "mobile"),
            ("车型", "pick:大众朗逸|丰田卡罗拉|别克GL8"), ("取车门店", "org_addr"), ("押金", "amount"), ("租金", "amount"),
        ], fmt="xlsx", sheet="订单"),
        t("smart_lock_events.parquet", "smart home: door-lock events", [
            ("event_id", "uuid"), ("household_addr", "address"), ("user_label", "pick:爸爸|妈妈|奶奶|儿子", "family_relationship"),
            ("unlock_method", "pick:指纹3|指纹1|密码|人脸|临时密码"), ("phone_mac", "mac"), ("app_device_id", "device_id"),
            ("event_time", "dt"), ("battery", "pct"),
        ], fmt="parquet"),
        t("iot_speaker_log.jsonl", "smart speaker: voice requests", [
            ("deviceSn", "serial"), ("ownerAccount", "username"), ("query", "search"), ("voiceprintId", "bio_template"),
            ("bindPhoneMac", "mac"), ("clientIp", "ipv4"), ("ts", "dt"),
        ], fmt="jsonl"),
        t("game_fcm_shiming.csv", "game anti-addiction: real-name register", [
            ("account", "username"), ("real_name", "name"), ("id_card", "rid"), ("birthday", "birth"), ("is_minor", "pick:是|否"),
            ("verify_result", "pick:认证通过|认证中|失败"), ("today_minutes", "int:0:180"), ("guardian_phone", "mobile_q"),
        ], encoding="utf-8", p_ages=(8, 17), q_ages=(30, 55)),
        t("esports_players.xlsx", "e-sports club: players", [
            ("选手ID", "pick:Xiaohu|Knight|369|Meiko|Elk", "account_name"), ("真实姓名", "name"), ("出生日期", "birth"), ("身份证", "rid"),
            ("位置", "pick:上单|打野|中单|ADC|辅助"), ("月薪", "income"), ("合同到期", "date"), ("护照号", "passport"),
        ], fmt="xlsx", sheet="选手", p_ages=(17, 28)),
        t("peixun_xueyuan.csv", "private tutoring: students", [
            ("学员姓名", "name"), ("出生日期", "birth_mixed"), ("身份证号", "rid"), ("就读学校", "school"),
            ("年级", "pick:三年级|四年级|五年级|六年级", "education"), ("家长", "name_q"), ("家长手机", "mobile_q"),
            ("家长微信", "wechat_q"), ("课时余额", "int:0:48"), ("课程", "pick:奥数|英语|编程|书法"),
        ], encoding="gbk", **TEEN),  # type: ignore[arg-type]
        t("tutor_payments.csv", "private tutoring: parent payments", [
            ("订单号", "seq:PX"), ("付款人", "name_q"), ("付款人手机", "mobile_masked_q"), ("学员", "name"), ("金额", "amount"),
            ("支付渠道", "pick:微信|支付宝|转账"), ("交易流水", "pick:4200001234202611|2026112212345678"), ("支付时间", "dt"),
        ], encoding="utf-8", **TEEN),  # type: ignore[arg-type]
        t("jiaxiao_xueyuan.xlsx", "driving school: trainees", [
            ("学员编号", "seq:JX"), ("姓名", "name"), ("身份证明号码", "rid"), ("准驾车型", "pick:C1|C2|B2|A2"), ("体检-视力", "num:4.8:5.3", "body_measurement"),
            ("体检-辨色力", "pick:正常|色弱", "health_record"), ("科目一成绩", "score_pct", "education"), ("教练", "name_q"),
            ("教练电话", "mobile_q"), ("报名费", "price"),
        ], fmt="xlsx", sheet="学员", groups=(("学员", 4), ("体检", 2), ("考试", 1), ("教练", 2), ("费用", 1))),
        t("youeryuan_jiesong.csv", "kindergarten: pick-up authorisation", [
            ("幼儿姓名", "name"), ("出生日期", "birth"), ("幼儿身份证", "rid"), ("班级", "pick:小一班|中二班|大三班"),
            ("接送人", "name_q"), ("与幼儿关系", "relation"), ("接送人电话", "mobile_q"), ("接送人照片", "face"),
            ("晨检", "pick:正常|流涕|咳嗽|发热", "health_record"),
        ], encoding="utf-8-sig", p_ages=(2, 6), q_ages=(25, 70)),
        t("campus_gate.parquet", "smart campus: gate passes", [
            ("student_name", "name"), ("student_birth", "birth"), ("campus_card", "seq:CARD"), ("gate", "pick:东门|南门|北门"),
            ("pass_time", "dt"), ("snapshot", "face"), ("body_temp", "num:36:37.6", "body_measurement"), ("parent_mobile", "mobile_int_q"),
        ], fmt="parquet", **KID),  # type: ignore[arg-type]
        t("child_swim_camp.jsonl", "children's summer ski camp", [
            ("childName", "name"), ("childIdNo", "rid"), ("dob", "birth"), ("heightCm", "height"), ("allergies", "allergy"),
            ("guardian", "name_q"), ("guardianRelation", "relation"), ("guardianMobile", "mobile_q"), ("insurancePolicy", "seq:POL"),
        ], fmt="jsonl", **KID),  # type: ignore[arg-type]
        t("kids_dental.csv", "children's dental clinic", [
            ("patient", "name"), ("dob", "birth_compact"), ("id_no", "rid_messy"), ("teeth_findings", "pick:龋齿(55,65)|窝沟封闭|乳牙滞留|牙列不齐", "health_record"),
            ("parent", "name_q"), ("parent_mobile", "mobile_q"), ("visit", "date"), ("fee", "price"),
        ], **KID),  # type: ignore[arg-type]
        t("kuangshan_xiajing.csv", "coal mine: underground attendance", [
            ("矿工姓名", "name"), ("身份证号", "rid"), ("工种", "pick:采煤工|掘进工|安全员|瓦斯检查员", "job_title"), ("定位卡号", "pick:K0123|K0456|K0789"),
            ("下井时间", "dt"), ("升井时间", "dt"),
        ], encoding="gbk"),
        t("mine_ppe_issue.xlsx", "mine: PPE and lamp issue", [
            ("灯号", "int:1:800"), ("领用人", "name"), ("班组", "pick:综采一队|掘进二队"), ("自救器编号", "serial"),
            ("领用时间", "dt"), ("归还时间", "dt"),
        ], fmt="xlsx", sheet="矿灯"),
        t("gym_members_contract.csv", "boxing gym: member contracts", [
            ("t_member.name", "name", "person_name", "vendor"), ("t_member.mobile", "mobile", "cn_mobile", "vendor"),
            ("t_member.id_card", "rid", "cn_resident_id", "vendor"), ("t_member.emergency_name", "name_q", "person_name", "vendor"),
            ("t_member.emergency_mobile", "mobile_q", "cn_mobile", "vendor"), ("t_contract.amount", "amount", "-", "vendor"),
            ("t_contract.start_date", "date", "-", "vendor"), ("t_contract.coach", "name_q", "person_name", "vendor"),
        ], encoding="utf-8"),
        t("bike_share_trips.csv", "e-bike sharing: trips", [
            ("orderId", "seq:EB"), ("userPhone", "mobile_masked"), ("startGps", "geo"), ("endGps", "geo"), ("frameNo", "serial"),
            ("helmet", "pick:是|否"), ("fee", "price"), ("startTs", "dt"),
        ]),
        t("scenic_drone_permit.csv", "drone flying permits at a scenic area", [
            ("申请人", "name"), ("手机", "mobile"), ("身份证", "rid"), ("无人机序列号", "serial"), ("飞行区域", "pick:东山景区A区|湖心岛"),
            ("飞行时间", "dt"), ("操控员执照", "pick:UTC-2023-00123|UTC-2024-04567"),
        ], encoding="utf-8"),
    ]
