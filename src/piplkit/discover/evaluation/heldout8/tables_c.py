"""Set 8, public bodies and justice: prisons, community correction, legal aid, notaries,
customs, seafarers, crew, hotels' police upload, rental registration, veterans, religious
registers, traffic police, SIM real-name, vehicle inspection."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout6.spec import Table
from piplkit.discover.evaluation.heldout8.cols import t


def tables() -> list[Table]:
    return [
        t("jianyu_zuifan.xlsx", "prison: inmate roster", [
            ("罪犯编号", "seq:ZF"), ("姓名", "name"), ("身份证号", "rid"), ("民族", "ethnicity"), ("文化程度", "edu"),
            ("罪名", "pick:盗窃罪|诈骗罪|故意伤害罪|危险驾驶罪|贩卖毒品罪", "criminal_record"),
            ("刑期", "pick:有期徒刑三年|有期徒刑一年六个月|有期徒刑十年|无期徒刑", "criminal_record"),
            ("入监日期", "date"), ("监区", "pick:一监区|二监区|五监区"), ("管教民警", "name_q"),
        ], fmt="xlsx", sheet="在押人员", groups=(("基本情况", 5), ("刑罚", 3), ("管理", 2))),
        t("jianyu_zuifan.xlsx", "prison: visits", [
            ("会见日期", "date"), ("罪犯姓名", "name"), ("会见人", "name_q"), ("会见人身份证", "rid_q"),
            ("关系", "relation"), ("会见人电话", "mobile_q"), ("会见方式", "pick:现场|视频"),
        ], fmt="xlsx", sheet="亲属会见"),
        t("sqjz_jiaozheng.csv", "community correction: subjects", [
            ("矫正人员", "name"), ("证件号", "rid"), ("矫正类别", "pick:缓刑|假释|管制|暂予监外执行", "criminal_record"),
            ("原判罪名", "crime"), ("电子定位手机", "mobile"), ("定位轨迹", "traj"), ("司法所", "pick:城关司法所|东湖司法所"),
            ("矫正期限起", "date"),
        ], encoding="gbk"),
        t("falv_yuanzhu.csv", "legal aid applications", [
            ("申请编号", "seq:FY"), ("申请人", "name"), ("身份证号码", "rid"), ("联系方式", "phone_mixed"), ("案由", "pick:劳动争议|交通事故赔偿|婚姻家庭|追索抚养费"),
            ("经济困难证明", "pick:低保证|特困证明|无"), ("承办律师", "name_q"), ("律师执业证号", "pick:13101201810123456|14403200910654321"),
            ("受理日期", "date"),
        ], encoding="utf-8"),
        t("gongzheng_shenqing.xlsx", "notary office applications", [
            ("公证书编号", "pick:(2026)京东方证字第01234号|(2026)沪浦证字第5678号"), ("申请人", "name"), ("证件号码", "rid_messy"),
            ("公证事项", "pick:继承公证|委托公证|出生公证|无犯罪记录公证|学历公证"), ("申请人地址", "address"),
            ("申请人电话", "mobile"), ("公证员", "name_q"), ("收费", "price"),
        ], fmt="xlsx", sheet="受理登记"),
        t("customs_personal_decl.csv", "customs: inbound passenger declarations", [
            ("decl_no", "seq:HG"), ("passenger_name", "name_pinyin"), ("passport_no", "passport"), ("nationality", "nationality"),
            ("flight_no", "pick:CA982|MU588|CZ3096"), ("goods", "pick:手表|化妆品|烟酒|电子产品"), ("declared_value", "amount"),
            ("tax", "amount"), ("declared_at", "dt"),
        ], encoding="utf-8-sig"),
        t("haiyuan_mingce.tsv", "seafarers: crew list", [
            ("姓名", "name"), ("拼音名", "name_pinyin"), ("出生日期", "birth"), ("海员证号", "pick:E12345678|E87654321|S20250001"),
            ("护照号", "passport"), ("职务", "pick:船长|大副|轮机长|水手|厨师", "job_title"), ("船名", "pick:中远之星|长航一号|海丰88"),
            ("IMO", "pick:9876543|9765432"), ("上船日期", "date"),
        ], fmt="tsv", encoding="gbk"),
        t("crew_roster_airline.xlsx", "airline cabin crew roster", [
            ("工号", "seq:CC"), ("姓名", "name"), ("英文名", "name_pinyin"), ("rank", "pick:PUR|SS|FA|CAPT|FO", "job_title"),
            ("base", "pick:PEK|PVG|CAN"), ("体检结论", "pick:合格|暂时不合格(高血压)|合格(需矫正视力)", "health_record"),
            ("往来港澳通行证", "hk_macau"), ("手机", "mobile"),
        ], fmt="xlsx", sheet="乘务员"),
        t("hotel_psb_upload.csv", "hotel guest police upload (住宿登记)", [
            ("LKXM", "name", "person_name", "pinyin_initials"), ("ZJHM", "rid", "cn_resident_id", "pinyin_initials"),
            ("XB", "gender", "gender", "pinyin_initials"), ("MZ", "ethnicity", "ethnicity", "pinyin_initials"),
            ("FJH", "pick:8012|6203|1015", "-", "pinyin_initials"), ("RZSJ", "dt", "-", "pinyin_initials"),
            ("LDSJ", "dt", "-", "pinyin_initials"), ("ZZ", "address_short", "address", "pinyin_initials"),
            ("ZP", "face", "face_image", "pinyin_initials"),
        ], encoding="gb18030"),
        t("guest_stay_history.jsonl", "hotel chain: member stay history", [
            ("memberNo", "seq:HM"), ("memberName", "name"), ("mobile", "mobile"), ("stayHistory", "accom"),
            ("points", "int:0:50000"), ("tier", "pick:银卡|金卡|铂金"), ("storedValue", "balance"),
        ], fmt="jsonl"),
        t("liudong_renkou.csv", "rental housing: migrant population registration", [
            ("xingming", "name", "person_name", "pinyin_full"), ("shenfenzheng", "rid", "cn_resident_id", "pinyin_full"),
            ("juzhuzheng_hao", "rid", "cn_resident_id", "pinyin_full"), ("huji_dizhi", "address", "address", "pinyin_full"),
            ("xianzhu_dizhi", "address_short", "address", "pinyin_full"), ("fangdong", "name_q", "person_name", "pinyin_full"),
            ("fangdong_dianhua", "mobile_q", "cn_mobile", "pinyin_full"), ("laihu_riqi", "date", "-", "pinyin_full"),
            ("hunyin", "marital", "marital_status", "pinyin_full"),
        ], encoding="gbk"),
        t("tuiyi_junren.xlsx", "veterans affairs: veterans register", [
            ("姓名", "name"), ("公民身份号码", "rid"), ("原军官证号", "military_id"), ("入伍时间", "date"), ("退役时间", "date"),
            ("优待证号", "pick:YD1101052026001|YD3101042026017"), ("政治面貌", "pick:中共党员|群众"), ("伤残等级", "pick:无|七级|八级|十级", "health_record"),
            ("安置单位", "employer"), ("联系电话", "mobile"),
        ], fmt="xlsx", sheet="退役军人", title_rows=("退役军人信息采集表",)),
        t("officers_family_benefit.csv", "military officers' family benefits", [
            ("军官姓名", "name_q"), ("军官证号", "military_id"), ("家属姓名", "name"), ("关系", "relation"),
            ("家属身份证", "rid"), ("随军地址", "address"), ("补助金额", "amount"),
        ], encoding="utf-8", quote_all=True),
        t("miao_xinzhong.csv", "Buddhist temple: lay disciples", [
            ("法名", "pick:慧明|妙音|净心|觉远|了凡", "person_name"), ("俗名", "name"), ("是否皈依", "pick:是|否", "religion"),
            ("信仰", "religion"), ("手机", "mobile"), ("功德金", "amount"), ("法会", "pick:水陆法会|盂兰盆会|浴佛节"), ("登记时间", "date"),
        ], encoding="utf-8-sig"),
        t("church_members.xlsx", "Protestant church: member register", [
            ("Name", "name"), ("Baptism Date", "date"), ("Faith", "pick:基督教|天主教", "religion"), ("Mobile", "mobile_masked"),
            ("Address", "address"), ("Marital Status", "marital"), ("Fellowship", "pick:青年团契|夫妻团契|长者团契"), ("Tithe", "amount"),
        ], fmt="xlsx", sheet="Members"),
        t("mosque_hajj_class.csv", "mosque: study class register", [
            ("学员", "name"), ("经名", "pick:阿卜杜拉|法蒂玛|穆萨|阿伊莎", "person_name"), ("民族", "ethnicity"),
            ("宗教", "pick:伊斯兰教", "religion"), ("身份证", "rid"), ("电话", "mobile"), ("班级", "pick:初级班|中级班"),
        ], encoding="gbk"),
        t("jiaojing_weifa.csv", "traffic police: violations", [
            ("决定书编号", "seq:JD"), ("当事人", "name"), ("驾驶证号", "dl"), ("号牌号码", "plate"), ("违法行为", "pick:闯红灯|超速50%以上|不按导向车道行驶|酒后驾驶", "criminal_record"),
            ("违法地点", "pick:解放路与中山路口|G4京港澳高速K12"), ("扣分", "int:0:12"), ("罚款金额", "amount"), ("违法时间", "dt"),
        ], encoding="gbk"),
        t("sim_realname.parquet", "telecom: SIM real-name registration", [
            ("msisdn", "mobile"), ("iccid", "pick:89860321245710123456|89860012345678901234|89860621110012345678", "device_id"),
            ("imsi", "imsi"), ("subscriber_name", "name"), ("cert_no", "rid_messy"), ("cert_address", "address"),
            ("open_date", "date"), ("channel", "pick:营业厅|代理点|线上"), ("face_compare_score", "num:60:99.9"),
        ], fmt="parquet"),
        t("cheliang_jianyan.xlsx", "vehicle inspection station", [
            ("检验流水号", "seq:JY"), ("号牌", "plate"), ("车辆识别代号", "vin"), ("车主", "name"), ("车主电话", "mobile_int"),
            ("车型", "pick:小型轿车|小型越野客车|轻型货车"), ("检验结论", "pick:合格|不合格-制动|复检合格"), ("检验日期", "date"), ("引车员", "name_q"),
        ], fmt="xlsx", sheet="检验记录"),
        t("tw_compatriot_exchange.csv", "cross-strait youth exchange camp", [
            ("姓名", "name"), ("台胞证号", "taiwan_permit"), ("出生日期", "birth"), ("就读学校", "school"),
            ("手机", "mobile"), ("邮箱", "email"), ("营期", "pick:第一期|第二期"),
        ], encoding="utf-8"),
        t("foreign_expert_pr.xlsx", "foreign experts: permanent residents", [
            ("Full Name", "name_pinyin"), ("Nationality", "nationality"), ("PR Card No.", "foreign_pr"), ("Passport", "passport"),
            ("Employer", "employer"), ("Position", "job"), ("Phone", "mobile_messy"), ("Email", "email"),
        ], fmt="xlsx", sheet="Experts"),
    ]
