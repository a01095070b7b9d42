"""Set 20's tables written once: tables without PI (catalogues, price lists, code lookups,
aggregates, organisations' lists), two wide exports in three files each (a Magento order export
with its addresses, a BambooHR all-fields employee report) and narrow lookups. Each column is
``header;gen;gold`` (see :func:`heldout20.kinds.plain`)."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout6.spec import Table
from piplkit.discover.evaluation.heldout20.kinds import plain

_EVENTS = "pick:page_view|view_item|add_to_cart|purchase|login|first_open"
_PRODUCTS = "pick:手工陶瓷杯|茶具套装|香薰蜡烛|亚麻桌布|竹编收纳篮"
_MEDIA = "pick:organic|bytedanceglobal_int|tencent_int|kuaishou_int|baiduads_int"
_STATIONS = "pick:广州北|深圳机场|虎门|萧山|昌平西|黄田|嘉兴"


def no_pi_tables() -> list[Table]:
    """Tables a scan should pass over: nothing in them is about a person."""
    wide = [
        plain("woo_products.csv", "ecommerce_site", ("SKU;sku;-", f"Name;{_PRODUCTS};-",
              "Regular price;num:19:699;-", "Sale price;num:9:599;-", "Stock;int:0:800;-",
              "Categories;pick:Kitchen|Home|Gifts;-", "Weight (kg);num:0.1:4;-",
              "Published;pick:1|0;-")),
        plain("ga4_daily_summary.parquet", "web_analytics", ("date;date;-", "activeUsers;int:800:9000;-",
              "newUsers;int:50:2000;-", "sessions;int:900:15000;-",
              "engagementRate;num:0.3:0.8;-", "purchaseRevenue;num:1000:90000;-")),
        plain("appsflyer_aggregate.xlsx", "mobile_attribution", (f"Media Source;{_MEDIA};-",
              "Campaign;pick:双11拉新|春节召回|品牌搜索;-", "Impressions;int:10000:900000;-",
              "Clicks;int:100:30000;-", "Installs;int:10:5000;-", "Cost;num:100:90000;-",
              "eCPI;num:1:30;-"), sheet="渠道汇总"),
        plain("appsflyer_aggregate.xlsx", "mobile_attribution", ("日期;date;-",
              "安装量;int:10:5000;-", "留存率(D1);num:0.1:0.6;-", "花费(元);num:100:90000;-"),
              sheet="按日汇总"),
        plain("carpark_daily_revenue.csv", "parking", ("日期;date;-",
              "车场;pick:万象城P1|科技园P3|高铁站P2;-", "入场车次;int:300:4000;-",
              "出场车次;int:300:4000;-", "临时车收入(元);num:2000:60000;-",
              "月卡收入(元);num:0:20000;-"), encoding="gb18030"),
        plain("etc_station_flow.tsv", "etc", (f"收费站;{_STATIONS};-", "日期;date;-",
              "客车流量;int:1000:60000;-", "货车流量;int:200:20000;-",
              "通行费合计(元);num:10000:900000;-")),
        plain("gas_station_list.xlsx", "fuel_retail", ("油站编码;digits:6;-",
              "油站名称;pick:城北加油站|滨江加油站|机场路加油站|高新加油站;-",
              "地址;shop_address;-", "营业时间;pick:24小时|06:00-23:00;-",
              "经度;num:113.1:114.2;-", "纬度;num:22.4:23.3;-"), title_rows=("油站一览",)),
        plain("mcn_agencies.csv", "kol_marketing", ("机构名称;company;-",
              "统一社会信用代码;uscc;cn_uscc", "签约达人数;int:5:400;-",
              "合作状态;pick:合作中|已暂停|洽谈中;-")),
        plain("suppliers.xlsx", "ecommerce_site", ("供应商名称;company;-",
              "统一社会信用代码;uscc;cn_uscc", "开户行;pick:招商银行深圳分行|工商银行杭州分行;-",
              "结算方式;pick:月结30天|预付|货到付款;-", "合作开始;date;-"), sheet="供应商"),
        plain("game_server_stats.parquet", "game", ("server_id;int:1:60;-", "stat_date;date;-",
              "dau;int:1000:90000;-", "peak_online;int:100:20000;-",
              "recharge_total;num:1000:900000;-", "minor_sessions_blocked;int:0:900;-")),
        plain("live_guild_stats.jsonl", "live_streaming", ("guild;pick:星耀传媒|炫舞公会|乐娱文化;-",
              "uscc;uscc;cn_uscc", "anchors;int:3:300;-", "gift_flow;int:10000:9000000;-",
              "settle_total;num:1000:900000;-")),
        plain("broadband_port_inventory.csv", "broadband", ("OLT名称;pick:OLT-天河-01|OLT-番禺-03;-",
              "PON口;pick:0/1/1|0/1/2|0/2/5;-", "端口总数;int:64:128;-", "已占用;int:0:128;-",
              "覆盖小区;pick:阳光花园|翠苑三区|幸福里;-"), quote_all=True),
        plain("eventbrite_ticket_types.csv", "events", ("Ticket Type;pick:Early Bird|General Admission|VIP;-",
              "Price;num:0:1299;-", "Quantity Available;int:10:900;-", "Sold;int:0:900;-",
              "Sales End;dt;-"), encoding="utf-8-sig"),
        plain("bike_fleet_daily.parquet", "micromobility", ("区域;pick:天河|海珠|南山|西湖;-",
              "日期;date;-", "投放车辆;int:1000:9000;-", "骑行订单;int:2000:40000;-",
              "故障车辆;int:10:400;-", "收入(元);num:3000:90000;-")),
        plain("xianyu_category_gmv.csv", "second_hand", ("类目;pick:手机|数码|家具|图书|母婴;-",
              "成交笔数;int:100:9000;-", "成交金额(元);num:10000:900000;-",
              "退款率;pick:1.2%|2.5%|0.8%;-"), encoding="gb18030"),
        plain("lottery_campaigns.xlsx", "campaign", ("活动ID;digits:6;-",
              "活动名称;pick:双12幸运大转盘|新年集卡|门店开业抽奖;-", "开始时间;dt;-", "结束时间;dt;-",
              "奖池预算(元);num:1000:90000;-", "参与人次;int:100:90000;-"), sheet="活动",
              totals_row=True),
        plain("okta_groups.csv", "identity", ("group_id;hex:20;-",
              "group_name;pick:Everyone|Engineering|Finance-Approvers|VPN-Users;-",
              "members;int:1:900;-", "created;iso;-", "type;pick:OKTA_GROUP|APP_GROUP;-")),
    ]  # fmt: skip
    narrow = [
        plain("ga4_event_dictionary.csv", "web_analytics", (f"event_name;{_EVENTS};-",
              "中文名;pick:页面浏览|查看商品|加购|支付|登录|首次打开;-", "是否关键事件;pick:是|否;-")),
        plain("oil_prices.xlsx", "fuel_retail", ("油品;pick:92#|95#|98#|0#;-",
              "挂牌价(元/升);num:6.8:8.9;-"), sheet="油价"),
        plain("oil_prices.xlsx", "fuel_retail", ("油品;pick:92#|95#|98#|0#;-",
              "会员折扣(元/升);num:0.1:0.8;-"), sheet="会员优惠"),
        plain("broadband_tariffs.csv", "broadband", ("套餐名称;pick:500M融合套餐|1000M全屋WiFi|300M单宽带;-",
              "月费(元);int:59:299;-", "速率;pick:300M|500M|1000M;-"), encoding="gb18030"),
        plain("prize_stock.jsonl", "campaign", ("prize;pick:iPhone 16|100元话费|电饭煲|周边抱枕;-",
              "stock;int:0:500;-")),
        plain("toll_stations.tsv", "etc", ("收费站编码;digits:6;-", f"收费站名称;{_STATIONS};-",
              "路段;pick:京港澳高速|沈海高速|广深沿江;-")),
        plain("etc_vehicle_rates.csv", "etc", ("车型;pick:一型客车|二型客车|一型货车|三型货车;-",
              "费率(元/公里);num:0.4:1.6;-"), encoding="gb18030"),
        plain("appsflyer_media_map.csv", "mobile_attribution", (f"media_source;{_MEDIA};-",
              "channel_name;pick:自然量|巨量引擎|腾讯广告|快手磁力|百度;-")),
        plain("currency_rates.parquet", "payments", ("currency;pick:USD|HKD|EUR|JPY;-",
              "rate_to_cny;num:0.04:7.9;-", "as_of;date;-")),
        plain("ehr_department_codes.xlsx", "ehr", ("科室代码;digits:4;-",
              "科室名称;pick:儿科|内分泌科|心内科|全科|皮肤科;-")),
        plain("parking_gates.csv", "parking", ("通道编号;digits:3;-",
              "通道名称;pick:东门|B2|南门;-", "类型;pick:入口|出口;-")),
    ]  # fmt: skip
    return [*wide, *narrow]


_MAGENTO = (
    "entity_id;seq::100001;-", "increment_id;digits:9;-", "created_at;dt;-", "updated_at;dt;-",
    "status;pick:pending|processing|complete|canceled|closed;-",
    "state;pick:new|processing|complete;-",
    "store_name;pick:Main Website/中文商店|Main Website/English Store;-",
    "customer_id;digits:6;-", "customer_email;email;email", "customer_firstname;first_cn;person_name",
    "customer_lastname;last_cn;person_name", "customer_dob;birth;birth_date",
    "customer_gender;sex_code;gender", "customer_group_id;pick:1|2|3;-",
    "customer_is_guest;pick:0|1;-", "remote_ip;ipv4;ipv4", "billing_firstname;first_cn;person_name",
    "billing_lastname;last_cn;person_name", "billing_street;address;address",
    "billing_city;city;-", "billing_region;pick:广东省|浙江省|上海市;-",
    "billing_postcode;digits:6;-", "billing_telephone;mobile;cn_mobile",
    "shipping_firstname;first_cn;person_name", "shipping_lastname;last_cn;person_name",
    "shipping_street;address;address", "shipping_city;city;-", "shipping_postcode;digits:6;-",
    "shipping_telephone;mobile_spaced;cn_mobile",
    "shipping_method;pick:flatrate_flatrate|freeshipping_freeshipping|sf_express;-",
    "shipping_description;pick:Flat Rate - Fixed|Free Shipping|顺丰标快;-",
    "payment_method;pick:alipay|wechatpay|checkmo|paypal_express;-",
    "base_currency_code;pick:CNY;-", "subtotal;num:20:3000;-", "discount_amount;num:0:200;-",
    "shipping_amount;num:0:30;-", "tax_amount;num:0:100;-", "grand_total;num:20:3200;-",
    "total_paid;num:20:3200;-", "total_qty_ordered;int:1:6;-",
    "order_currency_code;pick:CNY|USD;-", "customer_note;message;communication_record",
    "gift_message;message;communication_record", "coupon_code;pick:DOUBLE12|NEWUSER|VIP88;-",
    "protect_code;hex:6;-", "sku;sku;-", f"product_name;{_PRODUCTS};-",
)
_BAMBOO_ALL = (
    "Employee #;seq::2001;-", "Status;pick:Active|Inactive;-", "First Name;first_en;person_name",
    "Last Name;last_en;person_name", "Preferred Name;name;person_name",
    "Birth Date;birth_us;birth_date", "Age;age;age", "Gender;sex_en;gender",
    "Marital Status;marital_en;marital_status", "Nationality;nationality_en;nationality",
    "Ethnicity;ethnicity;ethnicity", "National ID;rid;cn_resident_id",
    "SSN;sscard;social_security_card", "Passport Number;passport_some;passport",
    "Driver License #;dl;driver_license", "Work Email;work_email;email",
    "Home Email;email;email", "Mobile Phone;mobile_plus;cn_mobile", "Home Phone;landline;cn_landline",
    "Address Line 1;address;address", "City;city;-", "Province;pick:Guangdong|Zhejiang|Shanghai;-",
    "Postal Code;digits:6;-", "Country;pick:China;-", "Hire Date;date;-",
    "Original Hire Date;date;-", "Job Title;job_title_en;job_title",
    "Department;pick:Engineering|Finance|Sales|People;-", "Division;pick:APAC|China;-",
    "Location;pick:Shanghai Office|Shenzhen Office|Remote;-", "Reporting to;staff_en;person_name",
    "Employment Status;pick:Full-Time|Contractor|Intern;-", "Pay Rate;salary;income",
    "Pay Type;pick:Salary|Hourly;-", "Pay Schedule;pick:Monthly;-",
    "Overtime Status;pick:Exempt|Non-exempt;-", "Annual Bonus;salary;income",
    "Bank Name;pick:China Merchants Bank|ICBC|Bank of China;-", "Bank Account;bank_card;bank_card",
    "Emergency Contact;name_q;person_name", "Relationship;emerg_rel;family_relationship",
    "Emergency Phone;mobile_q;cn_mobile", "Degree;degree_en;education",
    "University;school;education", "Shirt Size;shirt;body_measurement",
    "Work Permit Expiry;date;-", "Probation End Date;date;-",
    "Cost Center;pick:CC100|CC200|CC310;-", "Photo URL;face_url;face_image",
)


def wide_tables() -> list[Table]:
    """The two wide exports, each as the shop or HR system writes it in three files."""
    return [
        plain("magento_orders_full.csv", "ecommerce_site", _MAGENTO, encoding="utf-8-sig"),
        plain("magento_orders_full.xlsx", "ecommerce_site", _MAGENTO, sheet="sales_order"),
        plain("magento_orders_full.parquet", "ecommerce_site", _MAGENTO),
        plain("bamboohr_all_fields.csv", "hr_saas", _BAMBOO_ALL),
        plain("bamboohr_all_fields.xlsx", "hr_saas", _BAMBOO_ALL, sheet="Employees",
              title_rows=("Employee Report: All Fields",)),  # fmt: skip
        plain("bamboohr_all_fields.jsonl", "hr_saas", _BAMBOO_ALL),
    ]


def narrow_tables() -> list[Table]:
    """Lookups of two or three columns, as a data team keeps them beside the big exports."""
    return [
        plain("uid_mobile_map.csv", "micromobility", ("user_id;digits:10;-",
              "mobile;mobile;cn_mobile")),
        plain("monthly_plates.xlsx", "parking", ("车牌号;plate;license_plate",
              "车主;name;person_name", "到期日;date;-"), sheet="月租车"),
        plain("openid_nickname.jsonl", "campaign", ("openid;openid;wechat_id",
              "nickname;nick_cn;account_name")),
        plain("klaviyo_suppressions.csv", "email_marketing", ("Email;email;email",
              "Suppression Reason;pick:Unsubscribed|Bounced|Spam Complaint;-", "Date;date;-")),
        plain("imei_imsi.tsv", "telecom_cdr", ("IMEI;imei;imei", "IMSI;imsi;imsi")),
        plain("etc_card_bank.csv", "etc", ("ETC卡号;digits:20;-", "扣款卡号;bank_card;bank_card"),
              encoding="gb18030"),
        plain("minor_accounts.csv", "game", ("账号ID;digits:10;-", "身份证号;rid;cn_resident_id"),
              p_ages=(9, 17)),
    ]  # fmt: skip
