"""Set 5, apps and platforms: a news app's user dump, a study-abroad agency, a freight platform's
drivers, telecom call detail records, a homestay platform's guests."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout5.spec import Table, table


def tables() -> list[Table]:
    return [
        table(
            "news_app_users.jsonl",
            "news_app_users",
            [
                ("uid", "code", "-"),
                ("nickName", "nickname", "account_name"),
                ("loginPwd", "bcrypt", "password"),
                ("bindMobile", "mobile_masked", "cn_mobile"),
                ("bindQQ", "qq", "qq_number"),
                ("idfa", "idfa", "device_id"),
                ("lastLoginIpv6", "ipv6", "ipv6"),
                ("readHistory", "url_history", "browsing_history"),
                ("appVersion", "version", "-"),
                ("pushEnabled", "flag01", "-"),
                ("registerTime", "epoch", "-"),
            ],
            fmt="jsonl",
            encoding=None,
        ),
        table(
            "liuxue_clients.xlsx",
            "study_abroad",
            [
                ("学生姓名", "name", "person_name"),
                ("护照号", "passport", "passport"),
                ("港澳通行证号", "hk_permit", "hk_macau_permit"),
                ("邮箱Email", "email", "email"),
                ("最高学历", "edu", "education"),
                ("GPA", "gpa", "education"),  # corrected after scoring: docs/evaluation.md
                ("意向国家", "nation_target", "-"),
                ("父亲职业", "job", "job_title"),
                ("家庭年收入(万)", "income_range", "income"),
                ("顾问", "name_q", "person_name"),
                ("签约金额", "amount_int", "-"),
            ],
            fmt="xlsx",
            encoding=None,
            sheet="签约学生",
            p_ages=(17, 26),
        ),
        table(
            "freight_drivers.csv",
            "freight_platform",
            [
                ("DRIVER_ID", "code", "-"),
                ("DRIVER_NAME", "name", "person_name"),
                ("DRIVING_LICENSE_NO", "rid", "driver_license"),
                ("FACE_PHOTO", "face_url", "face_image"),
                ("NO_CRIME_CHECK", "crime_check", "criminal_record"),
                ("VEHICLE_PLATE", "plate", "license_plate"),
                ("VEHICLE_TYPE", "category", "-"),
                ("BANK_ACCOUNT", "bank_card", "bank_card"),
                ("WALLET_BALANCE", "balance", "account_balance"),
                ("ONLINE_STATUS", "status", "-"),
                ("CITY_CODE", "dept", "-"),
            ],
            encoding="utf-8-sig",
        ),
        table(
            "cdr_20241130.csv",
            "telecom_cdr",
            [
                ("c1", "mobile", "cn_mobile", "opaque"),
                ("c2", "mobile_q", "cn_mobile", "opaque"),
                ("c3", "ts", "-", "opaque"),
                ("c4", "duration", "-", "opaque"),
                ("c5", "call_type", "-", "opaque"),
                ("c6", "imei", "imei", "opaque"),
                ("c7", "lac_ci", "-", "opaque"),
                ("c8", "lng", "geo_coordinates", "opaque"),
                ("c9", "lat", "geo_coordinates", "opaque"),
                ("c10", "amount", "-", "opaque"),
            ],
        ),
        table(
            "homestay_guests.csv",
            "homestay_platform",
            [
                ("订单编号", "order_no", "-"),
                ("房源名称", "listing", "-"),
                ("入住人", "name", "person_name"),
                ("入住人证件", "rid", "cn_resident_id"),
                ("同住人", "name_q", "person_name"),
                ("住宿记录", "stay", "accommodation_record"),
                ("人脸核验照片", "face_url", "face_image"),
                ("支付流水", "txn", "transaction_record"),
                ("信用分", "credit_score", "credit_record"),
                ("房东备注", "remark", "-"),
                ("聊天记录", "message", "communication_record"),
                ("紧急联系号码", "contacts", "contacts"),
            ],
            encoding="gbk",
        ),
    ]
