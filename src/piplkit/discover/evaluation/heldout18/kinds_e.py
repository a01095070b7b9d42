# ruff: noqa: E501
"""Set 18's wide exports (a 拼多多 shop's full order export and a 北森-style full roster, each
40+ columns, written as CSV, workbook and Parquet or JSON Lines) and its narrow lookups (two or
three columns, as an operator cuts them out of a system to send on)."""

from __future__ import annotations

from typing import Any

from piplkit.discover.evaluation.heldout6.spec import Table
from piplkit.discover.evaluation.heldout18.kinds import plain

_PDD = (
    "订单号;tcode:261207:15;-", "订单状态;pick:已发货，待签收|待发货|已签收|已取消;-", "商品;pick:加厚保暖睡衣|儿童羽绒服|不锈钢保温杯;-",
    "商品id;code:6:10;-", "商品规格;json;-", "商品数量(件);int:1:4;-", "商品总价(元);amt:9.9:599;-", "店铺优惠折扣(元);amt:0:30;-",
    "平台优惠折扣(元);amt:0:20;-", "多多支付立减金额(元);amt:0:5;-", "邮费(元);pick:0|0|5|8;-", "用户实付金额(元);amt:9:580;-",
    "商家实收金额(元);amt:8:570;-", "订单成交时间;dt:-20:0;-", "承诺发货时间;dt:-18:2;-", "发货时间;dt:-17:0;-",
    "确认收货时间;dt:-10:0;-", "收货人;name;person_name", "手机;mobile_masked;cn_mobile", "省;pick:浙江省|广东省|四川省|河南省;-",
    "市;pick:杭州市|广州市|成都市|郑州市;-", "区;pick:西湖区|天河区|武侯区|金水区;-", "街道;pick:文新街道|石牌街道|浆洗街街道;-",
    "详细地址;address;address", "买家留言;pick:发顺丰谢谢|尺码发大一号|无|周末不在家请放驿站;communication_record",
    "商家备注;pick:已补发|加急|无;-", "快递单号;code:YT:13;-", "快递公司;pick:圆通速递|中通快递|韵达快递|极兔速递;-",
    "售后状态;pick:无售后|退款中|退款成功;-", "是否顺丰加价;pick:否|是;-", "是否门店自提;pick:否;-", "商家编码-SKU维度;code:SKU:6;-",
    "商家编码-商品维度;code:SPU:5;-", "样式ID;code:9:9;-", "是否抽奖或0元试用;pick:否;-", "是否预售;pick:否|是;-",
    "发货仓库;pick:杭州仓|义乌仓;-", "买家昵称;nick;account_name", "身份证姓名(跨境);name;person_name",
    "身份证号码(跨境);rid_masked;cn_resident_id", "团购类型;pick:单独购买|拼单;-", "成团时间;dt:-20:0;-",
)
_ROSTER = (
    "工号;code:BS:6;-", "姓名;name;person_name", "曾用名;name_starred;person_name", "英文名;name_pinyin;person_name",
    "性别;gender;gender", "出生日期;birth_cn;birth_date", "年龄;age;age", "民族;ethnicity;ethnicity",
    "籍贯;pick:浙江杭州|江苏南京|四川成都|湖北武汉;-", "国籍;nationality;nationality", "婚姻状况;marital;marital_status",
    "政治面貌;politics;-", "宗教信仰;religion;religion", "身份证号码;rid_tab;cn_resident_id", "身份证有效期;date:300:3600;-",
    "手机号码;mobile;cn_mobile", "个人邮箱;email;email", "家庭电话;landline;cn_landline", "企业邮箱前缀;code:emp:4;-", "户籍地址;address_q;address",
    "现居住地址;address;address", "最高学历;education;education", "毕业院校;school;education", "血型;blood;health_record",
    "身高(cm);height;body_measurement", "体重(kg);weight;body_measurement", "既往病史;diagnosis;health_record",
    "部门;pick:研发中心|销售部|财务部;-", "岗位;job;job_title", "职级;pick:P5|P6|P7|M1;-", "直属上级;name_q;person_name",
    "入职日期;date:-3000:-10;-", "转正日期;date:-2900:0;-", "司龄(年);int:0:12;-", "合同类型;pick:固定期限|无固定期限|实习协议;-",
    "合同到期日;date:30:1500;-", "工作地点;pick:杭州|北京|深圳;-", "社保账号;sscard;social_security_card",
    "工资卡号;bank_card;bank_card", "开户银行;pick:招商银行杭州分行|工商银行西湖支行;-", "基本工资;salary;income",
    "紧急联系人_姓名;name_q;person_name", "紧急联系人_电话;mobile_q;cn_mobile", "紧急联系人_关系;relation;family_relationship",
    "无犯罪记录证明;criminal;criminal_record", "车牌号(停车登记);plate;license_plate", "员工状态;pick:在职|试用|离职;-",
)
#: A table written once: file, domain, ``header;gen;gold`` lines, options for ``plain``.
_NARROW: tuple[tuple[str, str, tuple[str, ...], dict[str, Any]], ...] = (
    ("pdd_buyer_phone_lookup.csv", "拼多多店订单", ("买家昵称;nick;account_name", "手机;mobile;cn_mobile"), {}),
    ("feishu_userid_map.jsonl", "飞书人员", ("user_id;hex:8;-", "name;name;person_name"), {}),
    ("loan_blacklist_ids.csv", "消费贷申请", ("身份证号;rid;cn_resident_id", "命中规则;pick:多头借贷|法院失信|欺诈名单;-"), {}),
    ("ev_plate_vin.xlsx", "充电App用户", ("车牌;plate;license_plate", "VIN;vin;vin", "绑定时间;dt:-300:0;-"), {}),
    ("medins_balance_check.tsv", "医保结算", ("手机号;mobile;cn_mobile", "账户余额(元);balance;account_balance"), {}),
    ("face_lib_sync.csv", "人脸抓拍平台", ("证件号;rid;cn_resident_id", "底库照片;face;face_image", "入库时间;dt:-90:0;-"), {}),
    ("member_no_lookup.csv", "有赞会员CRM", ("会员卡号;code:8800:8;-", "手机号;mobile_tab;cn_mobile"), {"encoding": "utf-8-sig"}),
    ("staff_devices.parquet", "智能门锁", ("staff_name;name;person_name", "device_imei;imei;imei", "mac;mac;mac_address"), {}),
    ("iit_tax_no_list.csv", "个税扣缴申报", ("扣缴义务人名称;company;-", "扣缴义务人纳税人识别号;uscc;cn_uscc"), {}),
    ("vct_survey_answers.csv", "社区卫生问卷", ("1、您的年龄段：;age_band;age",
     "2、您的性取向：;orientation;sexual_orientation", "3、提交时间;dt:-30:0;-"), {}),
    ("vct_survey_answers.jsonl", "社区卫生问卷", ("Q1_您的年龄段;age_band;age",
     "Q2_您的性取向;orientation;sexual_orientation", "Q3_来源渠道;pick:微信|二维码|链接;-"), {}),
    ("mailchimp_bounces.csv", "邮件营销受众", ("Email;email;email", "Bounce Type;pick:hard|soft;-"), {}),
)


def wide_tables() -> list[Table]:
    """The two wide exports, each written three ways (CSV, workbook, a data copy)."""
    out = []
    for stem, domain, lines, data_fmt in (("pdd_orders_full", "拼多多店订单", _PDD, "parquet"),
                                          ("beisen_roster_full", "北森员工档案", _ROSTER, "jsonl")):  # fmt: skip
        out.append(plain(f"{stem}.csv", domain, lines, encoding="utf-8-sig"))
        out.append(plain(f"{stem}.xlsx", domain, lines, sheet="全部字段",
                         title_rows=(f"{domain}导出", "导出时间：2026-12-07 08:00")))  # fmt: skip
        out.append(plain(f"{stem}.{data_fmt}", domain, lines))
    return out


def narrow_tables() -> list[Table]:
    """The narrow lookups (choice 29 of set 17 applies: a key beside PI is a key)."""
    return [plain(file, domain, lines, **kw) for file, domain, lines, kw in _NARROW]
