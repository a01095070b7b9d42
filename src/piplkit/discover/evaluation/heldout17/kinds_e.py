"""Set 17's wide exports (a Douyin-shop order export of 45 columns and a DingTalk HR roster of 46,
each as the vendor's CSV, a workbook and a data-team copy) and its narrow lookups of two or
three columns."""

# ruff: noqa: E501 - a kind is read as one line a column, as the export lays its columns out

from __future__ import annotations

from piplkit.discover.evaluation.heldout6.spec import ColSpec, Table, table
from piplkit.discover.evaluation.heldout17.kinds import Kind, exports

_E = ""
DOUYIN = Kind(
    "电商订单(抖店)", ("抖店_订单导出_20261207153012", "抖店订单明细_1207", "ods_doudian_order", _E),
    "抖店订单明细", (
        ("-", "order_dy", "主订单编号", "主订单编号", "p_order_id", _E),
        ("-", "order_dy", "子订单编号", "子订单编号", "order_id", _E),
        ("-", "product", "选购商品", "商品名称", "product_name", _E),
        ("-", "pick:黑色;XL|白色;M|默认", "商品规格", "规格", "spec_desc", _E),
        ("-", "qty", "商品数量", "数量", "item_num", _E),
        ("-", "int:3500000000000000000:3799999999999999999", "商品ID", "商品ID", "product_id", _E),
        ("-", "sku", "商家编码", "商家编码", "out_sku_id", _E),
        ("-", "amount", "商品单价", "单价", "origin_amount", _E),
        ("-", "amount", "订单应付金额", "应付金额", "pay_amount", _E),
        ("-", "num:0:15", "运费", "运费", "post_amount", _E),
        ("-", "num:0:50", "优惠总金额", "优惠总额", "promotion_amount", _E),
        ("-", "num:0:20", "平台实际承担优惠金额", "平台优惠", "platform_promo", _E),
        ("-", "num:0:20", "商家实际承担优惠金额", "商家优惠", "shop_promo", _E),
        ("-", "num:0:10", "达人实际承担优惠金额", "达人优惠", "author_promo", _E),
        ("-", "pick:微信|支付宝|抖音支付|月付", "支付方式", "支付方式", "pay_type", _E),
        ("-", "num:0:5", "手续费", "手续费", "fee", _E),
        ("person_name", "name_masked,name,name", "收件人", "收件人", "post_receiver", _E),
        ("cn_mobile", "mobile_masked,mobile_masked,mobile_masked", "收件人手机号", "收件人手机号", "post_tel", _E),
        ("-", "province", "省", "省", "province", _E),
        ("-", "city", "市", "市", "city", _E),
        ("-", "district", "区", "区", "town", _E),
        ("-", "pick:新华街道|城关镇|西湖街道|高新区街道", "街道", "街道", "street", _E),
        ("address", "address", "详细地址", "详细地址", "detail", _E),
        ("-", "pick:否|否|是", "是否修改过地址", "", "addr_modified", _E),
        ("communication_record", "buyer_msg", "买家留言", "买家留言", "buyer_words", _E),
        ("-", "ts", "订单提交时间", "下单时间", "create_time", _E),
        ("-", "ts", "支付完成时间", "支付时间", "pay_time", _E),
        ("-", "ts", "订单完成时间", "完成时间", "finish_time", _E),
        ("-", "pick:已发货|待发货|已完成|已关闭", "订单状态", "订单状态", "order_status_desc", _E),
        ("-", "pick:无售后|退款中|退款成功|", "售后状态", "售后状态", "after_sale_status", _E),
        ("-", "pick:|不想要了|地址填错了|", "取消原因", "", "cancel_reason", _E),
        ("-", "ts", "承诺发货时间", "承诺发货时间", "exp_ship_time", _E),
        ("-", "pick:中通快递|圆通速递|极兔速递|顺丰速运", "快递公司", "快递公司", "logistics_company", _E),
        ("-", "waybill", "快递单号", "快递单号", "logistics_code", _E),
        ("-", "int:10000000:99999999999", "达人ID", "达人ID", "author_id", _E),
        ("account_name", "nickname", "达人昵称", "达人昵称", "author_name", _E),
        ("account_name", "nickname", "下单用户昵称", "用户昵称", "user_nickname", _E),
        ("-", "pick:直播|短视频|商品卡|橱窗", "流量来源", "流量来源", "traffic_source", _E),
        ("-", "pick:自然流量|付费流量", "流量类型", "流量类型", "traffic_type", _E),
        ("-", "pick:千川|随心推|无", "广告渠道", "", "ad_channel", _E),
        ("-", "shop", "店铺名称", "店铺", "shop_name", _E),
        ("-", "remark", "商家备注", "商家备注", "seller_words", _E),
        ("-", "pick:灰|红|黄|绿|蓝", "旗帜颜色", "旗帜", "seller_flag", _E),
        ("-", "pick:华东一仓|华南仓|北京仓", "发货仓库", "仓库", "warehouse", _E),
        ("-", "pick:是|否", "是否安心购", "", "is_anxin", _E),
    ), sheet="订单明细")

DINGTALK = Kind(
    "钉钉智能人事花名册", ("钉钉_花名册导出_全员", "员工花名册_2026年12月", "dwd_hr_roster", _E),
    "员工花名册", (
        ("person_name", "name", "姓名", "姓名", "name", _E),
        ("-", "emp_no", "工号", "工号", "job_number", _E),
        ("-", "dept", "部门", "部门", "dept", _E),
        ("job_title", "job", "职位", "职位", "position", _E),
        ("-", "pick:P5|P6|P7|M1|M2", "职级", "职级", "grade", _E),
        ("cn_mobile", "mobile,mobile_int,mobile", "手机号", "手机号", "mobile", _E),
        ("-", "city", "工作地点", "办公地点", "work_place", _E),
        ("-", "date", "入职时间", "入职日期", "hired_date", _E),
        ("-", "date", "转正日期", "转正日期", "regular_date", _E),
        ("-", "pick:全职|实习|劳务派遣|外包", "员工类型", "员工类型", "employee_type", _E),
        ("-", "pick:正式|试用|待离职", "员工状态", "状态", "employee_status", _E),
        ("employer", "company", "合同公司", "合同主体", "contract_company", _E),
        ("-", "pick:身份证", "证件类型", "证件类型", "cert_type", _E),
        ("cn_resident_id", "rid,rid_apos,rid", "证件号码", "证件号码", "cert_no", _E),
        ("birth_date", "birth,birth_xl,birth", "出生日期", "出生日期", "birth_time", _E),
        ("gender", "gender", "性别", "性别", "sex_type", _E),
        ("age", "age", "年龄", "年龄", "age", _E),
        ("ethnicity", "ethnicity", "民族", "民族", "nation_type", _E),
        ("marital_status", "marital", "婚姻状况", "婚姻状况", "marriage", _E),
        ("-", "pick:群众|中共党员|共青团员", "政治面貌", "政治面貌", "political_status", _E),
        ("-", "pick:本市城镇|外埠城镇|本市农村|外埠农村", "户籍类型", "户口性质", "residence_type", _E),
        ("-", "province", "籍贯", "籍贯", "native_place", _E),
        ("address", "address", "户籍地址", "户籍地址", "cert_address", _E),
        ("address", "address", "住址", "现居住地", "address", _E),
        ("education", "education", "最高学历", "学历", "highest_edu", _E),
        ("education", "school", "毕业院校", "毕业院校", "graduate_school", _E),
        ("education", "major", "所学专业", "专业", "major", _E),
        ("-", "date", "毕业时间", "毕业时间", "graduation_time", _E),
        ("bank_card", "bank_card", "银行卡号", "工资卡号", "bank_account_no", _E),
        ("-", "pick:招商银行|工商银行|建设银行", "开户行", "开户行", "account_bank", _E),
        ("email", "email", "个人邮箱", "个人邮箱", "personal_email", _E),
        ("email", "email", "企业邮箱", "企业邮箱", "org_email", _E),
        ("person_name", "name_q", "紧急联系人姓名", "紧急联系人_姓名", "urgent_contacts_name", _E),
        ("family_relationship", "relation_hh", "紧急联系人关系", "紧急联系人_关系", "urgent_contacts_relation", _E),
        ("cn_mobile", "mobile_q", "紧急联系人电话", "紧急联系人_电话", "urgent_contacts_phone", _E),
        ("-", "date", "首次参加工作时间", "参加工作时间", "first_work_time", _E),
        ("-", "pick:1年|3年|5年|8年", "司龄", "司龄", "seniority", _E),
        ("-", "pick:固定期限|无固定期限|实习协议", "合同类型", "合同类型", "contract_type", _E),
        ("-", "date", "合同到期日", "合同到期日", "contract_end_date", _E),
        ("social_security_card", "sscard", "社保电脑号", "社保号", "social_security_no", _E),
        ("-", "int:100000000:999999999", "公积金账号", "公积金账号", "hpf_account", _E),
        ("health_record", "pick:A型|B型|O型|AB型|O型 Rh阴性", "血型", "血型", "blood_type", _E),
        ("person_name", "staff", "直属主管", "直属上级", "main_leader", _E),
        ("wechat_id", "wechat", "微信号", "", "wechat", _E),
        ("face_image", "face", "员工照片", "", "avatar", _E),
        ("-", "remark", "备注", "备注", "remark", _E),
    ), sheet="花名册", groups=("个人信息", "任职及其他"))

WIDE_KINDS = (DOUYIN, DINGTALK)


def wide_tables(start: int) -> list[Table]:
    """The wide exports; ``start`` continues the kinds' index so formats keep rotating."""
    return [t for n, kind in enumerate(WIDE_KINDS) for t in exports(kind, start + n)]


_DEGREE_CHECK: list[ColSpec] = [
    ("姓名", "name", "person_name"), ("学历", "education", "education"), ("毕业院校", "school", "education"),
]  # fmt: skip


def narrow_tables() -> list[Table]:
    """Lookups of two or three columns (four without PI)."""
    return [
        table("会员号手机号对照.csv", "会员对照", [("会员号", "member_no", "-"), ("手机号", "mobile", "cn_mobile")]),
        table("工号姓名.csv", "人事对照", [("工号", "emp_no", "-"), ("姓名", "name", "person_name")], encoding="utf-8-sig"),
        table("车牌业主.tsv", "物业业主信息", [("车牌", "plate", "license_plate"), ("业主", "name", "person_name")], fmt="tsv"),
        table("实名核验结果.jsonl", "实名核验", [("idcard", "rid", "cn_resident_id"), ("result", "pick:一致|不一致|库中无此号", "-")],
              fmt="jsonl", encoding=None),
        table("uid_oaid_map.parquet", "App埋点事件", [("uid", "user_id", "-"), ("oaid", "oaid", "device_id")],
              fmt="parquet", encoding=None),
        table("话费余额查询.csv", "电信CRM用户资料", [("号码", "mobile", "cn_mobile"), ("余额", "balance", "account_balance")],
              encoding="gb18030"),
        table("注册邮箱.csv", "MySQL用户表导出", [("email", "email", "email"), ("reg_time", "ts", "-")]),
        table("学历核验.xlsx", "招聘ATS候选人", _DEGREE_CHECK, fmt="xlsx", encoding=None, sheet="核验"),
        table("订单运单对照.csv", "电商订单(淘宝卖家)", [("订单号", "order_no", "-"), ("运单号", "waybill", "-")]),
        table("sku_price.parquet", "电商库存", [("sku", "sku", "-"), ("price", "amount", "-")], fmt="parquet", encoding=None),
        table("门店电话.csv", "门店", [("门店", "store", "-"), ("电话", "switchboard", "-")], encoding="gb18030"),
        table("网点数量统计.jsonl", "快递运单导出", [("省份", "province", "-"), ("城市", "city", "-"), ("网点数", "int:1:300", "-")],
              fmt="jsonl", encoding=None),
    ]
