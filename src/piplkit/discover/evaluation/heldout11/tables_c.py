"""Set 11, part C: children's tables (tutoring, youth football, summer camps, music exams,
swimming lessons) and the 12345 hotline, wedding studios, lottery claims, car-insurance
renewals, pilgrimage tours, scholarships, a sexual-health clinic, social-security cards, a
legacy app's users and fingerprint attendance."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout6.spec import Table
from piplkit.discover.evaluation.heldout11.kit import Tpl, expand

N = "-"
KID = (6, 13)
PARENT = (30, 48)

TEMPLATES = [
    Tpl(
        "tutoring",
        "tutoring platform",
        "学员续费名单",
        (
            ("code:U:9", N, "用户ID", "userId", "用戶ID", "UID"),
            ("name", "person_name", "孩子姓名", "childName", "學員姓名", "娃的名字|c"),
            ("birth", "birth_date", "孩子生日", "childBirthday", "學員生日", "生日"),
            ("school_year", "education", "年级", "grade", "年級", "几年级|c"),
            ("pick:数学/英语/语文/物理/编程", N, "报名科目", "subject", "科目", "学啥|c"),
            ("int:0~96", N, "剩余课时", "lessonsLeft", "剩餘課時", "还剩几节|c"),
            ("mobile_q", "cn_mobile", "家长手机", "parentMobile", "家長手機", "家长电话"),
            (
                "pick:妈妈/爸爸/奶奶/外公",
                "family_relationship",
                "与孩子关系",
                "relation",
                "與學員關係",
                "是孩子的|c",
            ),
            (
                "pick:2026-12-01 二次函数精讲; 12-03 一元二次方程/12-02 Unit5 听力; 12-05 阅读理解"
                "/11-30 Scratch 小猫走迷宫",
                "browsing_history",
                "最近观看课程",
                "recentVideos",
                "最近觀看",
                "看了啥|c",
            ),
        ),
        p_ages=KID,
        q_ages=PARENT,
    ),
    Tpl(
        "youth_football",
        "youth football academy",
        "U12梯队注册名单",
        (
            ("seq", N, "序号", "No", "序號", "NO."),
            ("name", "person_name", "球员姓名", "player_name", "球員姓名", "PLAYER"),
            ("rid", "cn_resident_id", "身份证号", "id_number", "身份證號", "ID"),
            ("height_kid", "body_measurement", "身高", "height", "身高", "HT"),
            ("weight_kid", "body_measurement", "体重", "weight", "體重", "WT"),
            ("pick:前锋/中场/后卫/门将", N, "位置", "position", "位置", "POS"),
            ("int:1~30", N, "球衣号", "shirt_no", "球衣號", "SHIRT"),
            ("name_q", "person_name", "监护人", "guardian", "監護人", "GUARDIAN"),
            ("mobile_q", "cn_mobile", "监护人电话", "guardian_tel", "監護人電話", "G_TEL"),
        ),
        p_ages=KID,
        q_ages=PARENT,
    ),
    Tpl(
        "summer_camp",
        "summer camps",
        "2026冬令营报名表",
        (
            ("name", "person_name", "营员姓名", "camper", "營員姓名", "yyxm|pi"),
            ("gender", "gender", "性别", "gender", "性別", "xb|pi"),
            ("birth_xl", "birth_date", "出生日期", "dob", "出生日期", "csrq|pi"),
            (
                "pick:无/青霉素过敏/花生过敏/哮喘/无过敏史",
                "health_record",
                "过敏史及病史",
                "allergy",
                "過敏史",
                "gms|pi",
            ),
            (
                "pick:S/M/L/XL/130/140/150",
                "body_measurement",
                "T恤尺码",
                "tshirt",
                "T恤尺碼",
                "cm|pi",
            ),
            ("pick:雪山探险营/科学营/英语营", N, "营期", "camp", "營期", "yq|pi"),
            ("mobile_q", "cn_mobile", "紧急联系电话", "emergency_tel", "緊急聯絡電話", "jjdh|pi"),
            ("num:2980~8800", N, "营费", "fee", "營費", "yf|pi"),
        ),
        p_ages=KID,
        q_ages=PARENT,
    ),
    Tpl(
        "music_exam",
        "music grade exams",
        "考级报名汇总",
        (
            ("code:KJ26:6", N, "准考证号", "exam_no", "准考證號", "字段1"),
            ("name", "person_name", "考生姓名", "candidate", "考生姓名", "字段2"),
            ("rid_int", "cn_resident_id", "证件号码", "id_no", "證件號碼", "字段3"),
            ("pick:钢琴/小提琴/古筝/琵琶", N, "专业", "instrument", "專業", "字段4"),
            (
                "pick:三级 通过/五级 优秀/七级 良好/四级 不通过",
                "education",
                "上次考级结果",
                "last_result",
                "上次結果",
                "字段5",
            ),
            ("pick:星海琴行/雅韵艺术/个人", N, "报送单位", "school", "報送單位", "字段6"),
            ("num:180~680", N, "考务费", "fee", "考務費", "字段7"),
        ),
        p_ages=KID,
    ),
    Tpl(
        "swim_lessons",
        "children's swimming lessons",
        "少儿游泳班学员",
        (
            ("name", "person_name", "学员", "kid_name", "學員", "宝宝名字|c"),
            ("birth", "birth_date", "出生年月日", "birthday", "生日", "宝宝生日|c"),
            ("rid", "cn_resident_id", "学员身份证", "kid_id_no", "學員身分證", "宝宝身份证|c"),
            (
                "pick:健康/近期感冒/中耳炎已愈/心脏病史 需家长陪同",
                "health_record",
                "健康状况",
                "health",
                "健康狀況",
                "身体咋样|c",
            ),
            ("name_q", "person_name", "家长", "parent", "家長", "接送人|c"),
            ("mobile_q", "cn_mobile", "家长电话（必填）", "parent_phone", "家長電話", "联系方式|c"),
            ("int:0~24", N, "剩余课次", "left", "剩餘堂數", "还剩几次|c"),
            ("pick:蝌蚪班/海豚班/鲨鱼班", N, "班级", "class", "班級", "哪个班|c"),
        ),
        p_ages=(4, 12),
        q_ages=PARENT,
    ),
    Tpl(
        "hotline_12345",
        "12345 government hotline",
        "12345工单导出",
        (
            ("order11", N, "工单编号", "ticket_no", "工單編號", "GDBH|pi"),
            ("mobile_messy", "cn_mobile", "来电号码", "caller_no", "來電號碼", "LDHM|pi"),
            ("name_mr", "person_name", "来电人", "caller", "來電人", "LDR|pi"),
            (
                "complaint",
                "communication_record",
                "诉求内容",
                "request_text",
                "訴求內容",
                "SQNR|pi",
            ),
            (
                "pick:城管局/住建局/水务集团/交警支队/街道办",
                N,
                "承办单位",
                "handling_dept",
                "承辦單位",
                "CBDW|pi",
            ),
            ("pick:已办结/办理中/已回访/退回", N, "办理状态", "status", "辦理狀態", "BLZT|pi"),
            ("datetime", N, "受理时间", "accepted_at", "受理時間", "SLSJ|pi"),
        ),
    ),
    Tpl(
        "wedding_studio",
        "wedding photo studio",
        "客户档期表",
        (
            ("name", "person_name", "新郎", "groom", "新郎", "先生"),
            ("mobile", "cn_mobile", "新郎电话", "groom_tel", "新郎電話", "先生手机"),
            ("name_q", "person_name", "新娘", "bride", "新娘", "女士"),
            ("mobile_q", "cn_mobile", "新娘电话", "bride_tel", "新娘電話", "女士手机"),
            ("date", N, "拍摄日期", "shoot_date", "拍攝日期", "档期"),
            (
                "pick:旅拍三亚套系/内景经典套系/森系外景/婚礼跟拍",
                N,
                "套系",
                "package",
                "套系",
                "套餐",
            ),
            ("num:3999~29999", N, "套系价格", "price", "價格", "价格"),
            ("wechat", "wechat_id", "微信", "wechat", "微信", "vx号"),
        ),
        p_ages=(22, 36),
        q_ages=(22, 34),
    ),
    Tpl(
        "lottery_claims",
        "lottery prize claims",
        "中奖兑付登记",
        (
            ("code:T26:12", N, "彩票序列号", "ticket_serial", "彩票序號", "TICKET"),
            ("pick:双色球/大乐透/刮刮乐/七星彩", N, "玩法", "game", "玩法", "GAME"),
            ("num:10000~5000000", N, "中奖金额", "prize", "中獎金額", "PRIZE"),
            ("name", "person_name", "兑奖人", "claimant", "兌獎人", "NAME"),
            ("rid", "cn_resident_id", "身份证", "id_no", "身分證", "IDCARD"),
            ("bank_card", "bank_card", "收款银行卡", "bank_card", "收款帳戶", "CARD"),
            ("num:2000~1000000", N, "代扣个税", "tax", "代扣稅款", "TAX"),
        ),
    ),
    Tpl(
        "car_renewal",
        "car insurance renewals",
        "车险续保提醒",
        (
            ("name", "person_name", "车主", "owner", "車主", "cz|pi"),
            ("mobile_int", "cn_mobile", "车主电话", "owner_tel", "車主電話", "czdh|pi"),
            ("plate", "license_plate", "车牌号", "plate_no", "車牌號碼", "cph|pi"),
            ("vin", "vin", "车架号", "vin", "車身號碼", "cjh|pi"),
            ("dl", "driver_license", "驾驶证号", "licence_no", "駕照號碼", "jszh|pi"),
            ("code:E:8", N, "发动机号", "engine_no", "引擎號碼", "fdjh|pi"),
            ("date", N, "保险到期日", "expiry", "到期日", "dqr|pi"),
            ("num:2100~9800", N, "上年保费", "last_premium", "上年保費", "bf|pi"),
        ),
    ),
    Tpl(
        "pilgrimage",
        "pilgrimage tours",
        "朝圣团名单",
        (
            ("name", "person_name", "团员姓名", "member", "團員姓名", "Member"),
            ("passport", "passport", "护照", "passport", "護照", "Passport"),
            ("religion", "religion", "宗教信仰", "religion", "宗教", "Faith"),
            ("ethnicity", "ethnicity", "民族", "ethnic_group", "民族", "Ethnicity"),
            ("pick:A团/B团/C团", N, "团号", "group", "團號", "Group"),
            (
                "pick:麦加 12.10-12.20/耶路撒冷 01.05-01.12/拉萨 05.01-05.08",
                N,
                "行程",
                "tour",
                "行程",
                "Tour",
            ),
        ),
    ),
    Tpl(
        "scholarship",
        "minority scholarships",
        "民族奖学金公示",
        (
            ("name", "person_name", "学生姓名", "student", "學生姓名", "xsxm|pi"),
            ("ethnicity", "ethnicity", "民族", "ethnicity", "民族", "mz|pi"),
            (
                "pick:计算机科学与技术 大三/临床医学 大二/法学 大四/数学 大一",
                "education",
                "专业年级",
                "major_year",
                "專業年級",
                "zynj|pi",
            ),
            ("num:2000~8000", N, "奖学金(元)", "amount", "獎學金", "je|pi"),
            ("pick:一等/二等/三等", N, "等级", "level", "等級", "dj|pi"),
        ),
        p_ages=(18, 24),
    ),
]


def tables() -> list[Table]:
    return expand(TEMPLATES, 9)
