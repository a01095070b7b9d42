"""Set 11, part D: social-security card issuing, a sexual-health clinic, a legacy app's user
export, fingerprint attendance and water-utility account transfers."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout6.spec import Table
from piplkit.discover.evaluation.heldout11.kit import Tpl, expand

N = "-"

TEMPLATES = [
    Tpl(
        "sscard_issue",
        "social security card issuing",
        "社保卡制卡进度",
        (
            ("name", "person_name", "姓名", "AAC003", "姓名", "XM|pi"),
            ("rid", "cn_resident_id", "公民身份号码", "AAC002", "身份證號", "GMSFHM|pi"),
            ("sscard", "social_security_card", "社会保障卡号", "AAZ500", "社保卡號", "SBKH|pi"),
            (
                "pick:工商银行/农业银行/建设银行/邮储银行",
                N,
                "合作银行",
                "AAE008",
                "合作銀行",
                "HZYH|pi",
            ),
            ("pick:已制卡/制卡中/已领取/信息有误", N, "制卡状态", "AAZ502", "制卡狀態", "ZKZT|pi"),
            ("date_xl", N, "申领日期", "AAE036", "申領日期", "SLRQ|pi"),
            ("code:S:10", N, "批次号", "BATCH", "批次號", "PCH|pi"),
        ),
    ),
    Tpl(
        "sexual_health",
        "sexual-health clinic",
        "自愿咨询检测登记",
        (
            ("code:VCT:6", N, "咨询编号", "vct_id", "諮詢編號", "F01"),
            ("name_masked", "person_name", "姓名", "name", "姓名", "F02"),
            ("age", "age", "年龄", "age", "年齡", "F03"),
            ("orientation", "sexual_orientation", "性取向", "orientation", "性傾向", "F04"),
            (
                "pick:HIV阴性/HIV初筛阳性 待确证/梅毒TP阳性/HIV阴性 梅毒阴性",
                "health_record",
                "检测结果",
                "result",
                "檢測結果",
                "F05",
            ),
            ("pick:同伴推荐/网络/医院转介/自行前来", N, "求询途径", "source", "來源", "F06"),
            ("mobile_masked", "cn_mobile", "随访电话", "followup_tel", "隨訪電話", "F07"),
        ),
        p_ages=(18, 55),
    ),
    Tpl(
        "legacy_users",
        "legacy app user export",
        "users dump",
        (
            ("int:100000~999999", N, "id", "user_id", "UID", "c1"),
            ("account", "account_name", "username", "nickName", "USERNAME", "c2"),
            ("password", "password", "password", "pwdHash", "PASSWORD", "c3"),
            ("email", "email", "email", "emailAddr", "EMAIL", "c4"),
            ("qq", "qq_number", "qq", "qqNo", "QQ", "c5"),
            ("ipv4", "ipv4", "last_login_ip", "lastLoginIp", "LAST_IP", "c6"),
            ("datetime", N, "created_at", "createTime", "CREATED", "c7"),
            ("pick:0/1/2", N, "status", "userStatus", "STATUS", "c8"),
        ),
    ),
    Tpl(
        "finger_attendance",
        "fingerprint attendance",
        "考勤机导出",
        (
            ("code:0:4", N, "考勤号码", "EnrollNumber", "考勤號碼", "AC-No."),
            ("name", "person_name", "姓名", "Name", "姓名", "Name"),
            (
                "pick:FP_V10:TWVhc3VyZWQ=/FP_V10:QUJDREVGRw==/FP_V10:U2FtcGxlVGVtcA==/FP_V10:Wk1fVEVNUExBVEU=",
                "biometric",
                "指纹模板",
                "FingerTemplate",
                "指紋模板",
                "FP Template",
            ),
            ("job", "job_title", "职务", "Title", "職務", "Position"),
            ("datetime", N, "打卡时间", "CheckTime", "打卡時間", "Time"),
            ("serial", N, "考勤机序列号", "DeviceSN", "設備序號", "Device SN"),
            ("pick:正常/迟到/早退/补卡", N, "状态", "State", "狀態", "State"),
        ),
    ),
    Tpl(
        "water_transfer",
        "water utilities",
        "供水户过户登记",
        (
            ("code:05:8", N, "用水户号", "account_no", "用水戶號", "户号"),
            ("name", "person_name", "新户主", "new_holder", "新戶主", "现户主"),
            ("rid", "cn_resident_id", "身份证号码", "holder_id", "身份證號", "户主身份证"),
            ("address", "address", "用水地址", "supply_address", "用水地址", "地址"),
            (
                "pick:沪(2023)浦字不动产权第0012345号/浙(2024)杭州市不动产权第0098765号/粤(2022)深圳市不动产权第0456789号",
                "real_estate",
                "不动产权证号",
                "property_cert",
                "不動產權證號",
                "房产证",
            ),
            ("serial", N, "水表编号", "meter_no", "水錶編號", "表号"),
            ("int:0~9999", N, "过户读数", "reading", "過戶讀數", "读数"),
            ("mobile", "cn_mobile", "联系电话", "tel", "聯絡電話", "电话"),
        ),
    ),
]


def tables() -> list[Table]:
    return expand(TEMPLATES, 3)
