"""Set 10, part B: children's classes and outings, leisure venues, libraries and internet cafes.

Columns are ``(header, generator, gold[, style])``; ``-`` is not PI. Tables about children draw
the row's person aged 3-13, so their ID and birth columns hold minors.
"""

# ruff: noqa: E501 - a table is read as one line a column group, as the export lays it out
from __future__ import annotations

from piplkit.discover.evaluation.heldout6.spec import Table, table

ZC, PI, PF, V = "zh_colloquial", "pinyin_initials", "pinyin_full", "vendor"
KIDS = (3, 13)

TABLES: list[Table] = [
    table("kids_swim_class.csv", "children's swimming school", [
        ("学员", "name", "person_name"), ("出生日期", "birth", "birth_date"), ("身份证号", "rid", "cn_resident_id"),
        ("身高cm", "int:95:160", "body_measurement"), ("班级", "pick:海豚班|海星班|小鲨鱼班|竞技预备班", "-"),
        ("剩余课时", "int:0:24", "-"), ("家长", "name_q", "person_name"), ("家长手机", "mobile_q", "cn_mobile"),
        ("有无哮喘/心脏病", "pick:无|无|哮喘 已控制|无|先天性心脏病术后", "health_record"),
    ], encoding="utf-8-sig", p_ages=KIDS),
    table("buxiban_students.xlsx", "after-school tutoring centre", [
        ("学员编号", "code:XY:5", "-"), ("孩子名字", "name", "person_name", ZC), ("孩子生日", "birth_xl", "birth_date", ZC),
        ("在读学校", "pick:杭州市学军小学|文三街小学|保俶塔实验学校|育才外国语学校", "education"), ("年级", "pick:二年级|三年级|四年级|五年级|六年级", "education"),
        ("报读科目", "pick:数学思维|英语|作文|编程|奥数", "-"), ("已缴学费", "num:3000:12800", "-"), ("家长电话", "mobile_q", "cn_mobile", ZC),
        ("家长微信", "wechat_q", "wechat_id", ZC),
    ], fmt="xlsx", sheet="在读学员", p_ages=(7, 12), totals_row=True),
    table("buxiban_students.xlsx", "after-school tutoring centre", [
        ("老师", "name_q", "person_name"), ("手机", "mobile_q", "cn_mobile"), ("毕业院校", "pick:浙江大学|杭州师范大学|华东师范大学|浙江工业大学", "education"),
        ("教师资格证号", "code:2026330:10", "-"), ("课时费(元/节)", "int:120:400", "income"), ("带班数", "int:1:6", "-"),
    ], fmt="xlsx", sheet="教师"),
    table("school_bus_roster.csv", "school shuttle bus", [
        ("线路", "pick:1号线|2号线|3号线", "-"), ("站点", "pick:翠苑一区北门|嘉绿苑东门|文鼎苑南门|古荡新村站", "-"),
        ("学生姓名", "name", "person_name"), ("学生身份证", "rid_messy", "cn_resident_id"), ("班级", "pick:一(2)班|二(5)班|三(1)班|四(3)班", "education"),
        ("接送人", "name_q", "person_name"), ("接送人关系", "relation", "family_relationship"), ("接送人电话", "mobile_q", "cn_mobile"),
        ("车牌", "co_plate", "-"), ("随车老师", "name_q", "person_name"),
    ], encoding="gb18030", p_ages=(6, 12)),
    table("summer_camp_signup.jsonl", "summer camp", [
        ("camperName", "name", "person_name"), ("birthday", "birth_mixed", "birth_date"), ("gender", "gender", "gender"),
        ("tshirtSize", "pick:120|130|140|150|160|S", "body_measurement"), ("allergies", "pick:无|花生过敏|海鲜过敏|青霉素过敏|尘螨", "health_record"),
        ("guardianName", "name_q", "person_name"), ("guardianPhone", "mobile_q", "cn_mobile"), ("campSession", "pick:自然探索营7天|航天科学营5天|英语戏剧营10天", "-"),
        ("fee", "int:3980:12800", "-"),
    ], fmt="jsonl", p_ages=(7, 13)),
    table("piano_grade_exam.csv", "music grade examination", [
        ("准考证号", "code:2026YJ:6", "-"), ("考生姓名", "name", "person_name"), ("身份证件号", "rid", "cn_resident_id"),
        ("报考级别", "pick:一级|三级|五级|七级|九级|十级", "education"), ("考试成绩", "pick:优秀|良好|合格|不合格", "education"),
        ("考点", "pick:浙江音乐学院考点|杭州少年宫考点", "-"), ("指导老师", "name_q", "person_name"), ("指导老师电话", "mobile_q", "cn_mobile"),
    ], encoding="utf-8-sig", p_ages=(5, 13)),
    table("kids_photo_studio.csv", "children's photo studio", [
        ("订单号", "order_phone", "-"), ("宝宝名", "name_given", "person_name", ZC), ("宝宝生日", "birth_cn", "birth_date", ZC),
        ("套系", "pick:百天照|周岁照|全家福|儿童写真", "-"), ("底片数", "int:20:120", "-"), ("精修张数", "int:6:30", "-"),
        ("妈妈电话", "mobile_q", "cn_mobile", ZC), ("取件地址", "address_q", "address"),
    ], p_ages=(0, 6)),
    table("children_theatre_tickets.parquet", "children's theatre", [
        ("ticket_no", "order_phone", "-"), ("seat", "pick:1排3座|5排12座|8排7座|12排20座", "-"), ("show", "pick:小猪佩奇舞台剧|冰雪奇缘音乐会|木偶剧西游记", "-"),
        ("child_name", "name", "person_name"), ("child_id_no", "rid", "cn_resident_id"), ("buyer_name", "name_q", "person_name"),
        ("buyer_mobile", "mobile_q", "cn_mobile"), ("price", "num:80:480", "-"),
    ], fmt="parquet", p_ages=(2, 12)),
    table("go_chess_club.csv", "go club", [
        ("会员号", "code:WQ:4", "-"), ("姓名", "name", "person_name"), ("出生年月日", "birth_compact", "birth_date"),
        ("段位", "pick:10级|5级|1级|业余1段|业余3段|业余5段", "education"), ("等级分", "int:800:2100", "-"),
        ("家长手机号", "mobile_q", "cn_mobile"), ("学校", "pick:崇文实验学校|天长小学|胜利小学|求是教育集团", "education"),
    ], encoding="gb18030", p_ages=(5, 13)),
    table("kids_optometry.xlsx", "children's myopia clinic", [
        ("档案号", "code:SL:6", "-"), ("儿童姓名", "name", "person_name"), ("出生日期", "birth", "birth_date"),
        ("眼轴长度OD(mm)", "pick:23.12|23.85|24.40|24.96|25.30", "health_record"), ("等效球镜OS", "pick:-0.50|-1.25|-2.00|-3.25|+0.25", "health_record"),
        ("角膜塑形镜", "pick:是|否|否", "-"), ("家长", "name_q", "person_name"), ("电话", "mobile_q", "cn_mobile"),
    ], fmt="xlsx", sheet="近视防控档案", p_ages=(4, 13), title_rows=("儿童青少年近视防控档案 导出",)),
    table("library_readers.csv", "public library", [
        ("读者证号", "code:0010:8", "-"), ("读者姓名", "name", "person_name"), ("证件号", "rid", "cn_resident_id"),
        ("押金", "pick:0|100|100|0", "-"), ("近期借阅", "loans", "browsing_history"), ("当前在借", "pick:《三体》|《活着》|《围城》|《人类简史》", "-"),
        ("应还日期", "date:30", "-"), ("手机号", "mobile", "cn_mobile"),
    ], encoding="gbk"),
    table("ktv_members.csv", "karaoke KTV", [
        ("会员卡号", "code:KTV:7", "-"), ("会员", "name_mr", "person_name"), ("手机", "mobile_masked", "cn_mobile"),
        ("会员等级", "pick:银卡|金卡|钻石卡|黑卡", "-"), ("储值余额", "balance", "account_balance"), ("常订包厢", "pick:小包|中包|大包|豪华包", "-"),
        ("最近消费", "txn", "transaction_record"), ("生日", "birth", "birth_date"),
    ], encoding="utf-8-sig"),
    table("ktv_rooms_today.csv", "karaoke KTV", [
        ("包厢", "pick:V01|V02|M08|L12|S03|S05", "-"), ("开台时间", "dt", "-"), ("最低消费", "int:198:1888", "-"),
        ("订房人", "name_mr", "person_name"), ("订房电话", "mobile", "cn_mobile"), ("订房经理", "name_q", "person_name"),
        ("实收", "num:198:5000", "-"), ("酒水明细", "pick:百威*12;果盘*1|芝华士*1;绿茶*6|雪花*24;小吃拼盘*2", "-"),
    ], fmt="tsv", encoding="gb18030"),
    table("netcafe_realname_log.csv", "internet cafe", [
        ("机器号", "int:1:180", "-"), ("机器IP", "lan_ip", "-"), ("上机时间", "dt", "-"), ("下机时间", "dt", "-"),
        ("证件类型", "pick:身份证|身份证|身份证|临时身份证", "-"), ("证件号码", "rid", "cn_resident_id"), ("姓名", "name", "person_name"),
        ("会员账号", "account", "account_name"), ("消费", "num:3:60", "-"),
    ], encoding="gbk", p_ages=(18, 45)),
    table("ski_rental.csv", "ski resort rental", [
        ("租赁单号", "order_phone", "-"), ("Guest Name", "name_pinyin", "person_name"), ("Mobile", "mobile_messy", "cn_mobile"),
        ("Height (cm)", "height", "body_measurement"), ("Weight (kg)", "weight", "body_measurement"), ("鞋码(EU)", "int:34:46", "body_measurement"),
        ("Ski Level", "pick:初级|中级|高级|单板初级", "-"), ("DIN值", "pick:3.5|4.5|5.5|6.0|7.5", "-"), ("押金", "int:500:2000", "-"),
        ("雪板编号", "serial", "-"),
    ]),
    table("bikeshare_rides.parquet", "bike sharing", [
        ("ride_id", "uuid", "-"), ("user_mobile", "mobile", "cn_mobile"), ("bike_no", "code:86:8", "-"),
        ("start_lnglat", "geo", "geo_coordinates"), ("end_lnglat", "geo", "geo_coordinates"), ("route_polyline", "trajectory", "trajectory"),
        ("duration_min", "int:2:80", "-"), ("fee", "num:1.5:12", "-"),
    ], fmt="parquet"),
    table("powerbank_rentals.csv", "power bank rental", [
        # Adjudicated 2026-12-07: a WeChat OpenID is `wechat_id` by the gold conventions table;
        # written as None.
        ("order_no", "order_phone", "-"), ("user_phone", "mobile", "cn_mobile"), ("open_id", "code:oX3f:24", "wechat_id"),
        ("cabinet_sn", "serial", "-"), ("merchant", "pick:喜茶(万象城店)|海底捞(龙湖店)|如家酒店(火车东站店)", "-"),
        ("merchant_lnglat", "store_geo", "-"), ("rent_minutes", "int:10:600", "-"), ("deposit", "pick:0|99|99|0", "-"),
    ]),
    table("wedding_photo_orders.xlsx", "wedding photography", [
        ("合同号", "code:HS:6", "-"), ("新郎", "name", "person_name"), ("新娘", "name_q", "person_name"),
        ("新郎电话", "mobile_int", "cn_mobile"), ("新娘电话", "mobile_q", "cn_mobile"), ("婚期", "date:300", "-"),
        ("礼服尺码", "pick:S|M|L|XL|XXL", "body_measurement"), ("套系", "pick:海景旅拍|中式婚纱|森系外景", "-"), ("套餐价", "int:4999:29999", "-"),
    ], fmt="xlsx", sheet="2026签单", totals_row=True),
    table("escape_room_waivers.csv", "trampoline park", [
        ("签约时间", "dt", "-"), ("参与人", "name", "person_name"), ("参与人生日", "birth_slash", "birth_date"),
        ("监护人", "name_q", "person_name"), ("监护人手机", "mobile_q", "cn_mobile"), ("监护人身份证", "rid_q", "cn_resident_id"),
        ("袜子尺码", "pick:S|M|L", "-"), ("场次", "pick:10:00|14:00|16:00|19:00", "-"),
    ], encoding="utf-8-sig", p_ages=(4, 13)),
    table("game_anti_addiction.jsonl", "mobile game real-name", [
        ("uid", "int:10000000:99999999", "-"), ("roleName", "account", "account_name"), ("realName", "name_masked", "person_name"),
        ("idCard", "rid_masked", "cn_resident_id"), ("onlineMinutesToday", "int:0:180", "-"), ("rechargeThisMonth", "num:0:648", "-"),
        ("lastLoginIp", "ipv4", "ipv4"), ("deviceOaid", "device_id", "device_id"),
    ], fmt="jsonl", p_ages=(12, 30)),
    table("car_wash_members.csv", "car wash", [
        ("车牌号", "plate", "license_plate"), ("车主", "name_mr", "person_name"), ("电话", "mobile", "cn_mobile"),
        ("车型", "pick:大众朗逸|丰田凯美瑞|比亚迪汉|特斯拉Model 3|本田CR-V", "-"), ("卡内余额", "balance", "account_balance"),
        ("剩余洗车次数", "int:0:30", "-"), ("门店", "pick:文三路店|滨江店|下沙店", "-"),
    ], encoding="gb18030"),
    table("parking_monthly_pass.xlsx", "residential car park", [
        ("车位号", "pick:B2-137|B1-021|B2-305|B1-118|地面-15", "-"), ("业主", "name", "person_name"), ("房号", "address_short", "address"),
        ("车牌", "plate", "license_plate"), ("联系方式", "mobiles_two", "cn_mobile"), ("月租(元)", "int:300:800", "-"), ("到期日", "date_xl", "-"),
    ], fmt="xlsx", sheet="月租车", title_rows=("锦绣华庭地下车库 月租车辆登记表",)),
    table("gym_pt_body_tests.csv", "personal training studio", [
        ("Member", "name", "person_name"), ("Coach", "name_q", "person_name"), ("Body Fat %", "num:8:38", "body_measurement"),
        ("Waist cm", "int:60:110", "body_measurement"), ("Resting HR", "int:52:90", "body_measurement"), ("Injury History", "pick:无|膝关节半月板损伤|腰肌劳损|无|肩袖损伤", "health_record"),
        ("Sessions Left", "int:0:40", "-"), ("Package", "pick:增肌30节|减脂20节|体态矫正12节", "-"),
    ]),
]  # fmt: skip
