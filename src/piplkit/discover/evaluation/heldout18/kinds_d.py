# ruff: noqa: E501
"""Set 18's tables without PI: what the same systems export beside their personal reports
(menus, SKUs, stock, price lists, statistics, store lists, schedules), some as a second sheet of
one workbook. The wide exports and the narrow lookups live in ``kinds_e``."""

from __future__ import annotations

from typing import Any

from piplkit.discover.evaluation.heldout6.spec import Table
from piplkit.discover.evaluation.heldout18.kinds import plain

#: A table written once: file, domain, ``header;gen;gold`` lines, options for ``plain``.
_NO_PI: tuple[tuple[str, str, tuple[str, ...], dict[str, Any]], ...] = (
    ("meituan_menu.csv", "外卖平台商家订单", ("商品ID;code:5:8;-", "菜品名称;pick:宫保鸡丁饭|酸菜鱼|珍珠奶茶|牛肉拉面;-",
     "分类;pick:主食|饮品|小吃;-", "售价(元);amt:6:68;-", "月售;int:0:3000;-", "库存;int:0:999;-",
     "上架状态;pick:已上架|已下架;-"), {}),
    ("jd_sku_stock.xlsx", "京东POP店订单", ("SKU编码;code:100:11;-", "商品名称;pick:小米手环8|九阳豆浆机|安踏跑鞋;-",
     "仓库;pick:杭州1号仓|广州亚洲一号|北京马驹桥;-", "可用库存;int:0:5000;-", "在途数量;int:0:800;-",
     "京东价;amt:19:2999;-", "条码(EAN);code:69:11;-", "更新时间;dt:-3:0;-"), {}),
    ("youzan_store_list.jsonl", "有赞会员CRM", ("store_id;int:1000:9999;-", "store_name;pick:西湖银泰店|湖滨店|滨江龙湖店;-",
     "store_address;store;-", "service_hotline;hotline;-", "open_hours;pick:10:00-22:00|09:30-21:30;-",
     "longitude;amt:119:121;-"), {}),
    ("ota_hotel_price.csv", "OTA酒店订单", ("酒店ID;code:4:7;-", "房型;pick:高级大床房|豪华双床房|行政套房;-",
     "日期;date:0:30;-", "底价;amt:180:1200;-", "卖价;amt:200:1500;-", "剩余房量;int:0:20;-",
     "取消政策;pick:免费取消|限时取消|不可取消;-"), {"encoding": "utf-8-sig"}),
    ("rail_timetable.tsv", "铁路团体票乘车人", ("车次;pick:G7|G1375|D3125|K1046;-", "始发站;pick:杭州东|上海虹桥|南京南;-",
     "终到站;pick:北京南|深圳北|成都东;-", "开点;pick:07:15|09:40|13:05|18:22;-", "历时;pick:04:48|06:12|11:30;-",
     "二等座票价;amt:120:900;-"), {}),
    ("ride_city_stats.parquet", "网约车行程", ("city;pick:杭州|上海|成都|武汉;-", "stat_date;date:-30:0;-",
     "orders;int:10000:900000;-", "gmv;amt:100000:9000000;-", "avg_distance_km;amt:4:18;-",
     "online_drivers;int:500:30000;-"), {}),
    ("charging_stations.csv", "充电App用户", ("电站编号;code:ST:6;-", "电站名称;pick:特来电西溪站|星星充电滨江站|国家电网萧山站;-",
     "电站地址;store;-", "快充桩数;int:2:40;-", "慢充桩数;int:0:30;-", "电价(元/kWh);amt:0.6:1.8;-",
     "客服电话;hotline;-", "运营商统一社会信用代码;uscc;cn_uscc"), {}),
    ("payroll_summary_by_dept.xlsx", "企业网银代发", ("部门;pick:研发中心|销售部|财务部|人力资源部;-", "人数;int:3:300;-",
     "应发合计;amt:30000:3000000;-", "个税合计;amt:1000:200000;-", "实发合计;amt:25000:2800000;-",
     "发放日期;date:-40:0;-"), {}),
    ("loan_product_rates.jsonl", "消费贷申请", ("product_code;code:CL:4;-", "product_name;pick:信用贷|装修贷|车位贷;-",
     "min_amount;int:1000:5000;-", "max_amount;int:50000:500000;-", "annual_rate;amt:3.2:18;-",
     "term_months;pick:6|12|24|36;-", "age_range;pick:22-55|18-60|25-60;-"), {}),
    ("medins_drug_catalog.csv", "医保结算", ("医保编码;code:XC:12;-", "药品名称;pick:阿莫西林胶囊|二甲双胍片|苯磺酸氨氯地平片;-",
     "剂型;pick:胶囊剂|片剂|注射剂;-", "规格;pick:0.25g*24粒|0.5g*20片|5mg*7片;-", "医保类别;pick:甲类|乙类;-",
     "支付标准(元);amt:3:180;-", "生产企业;company;-"), {"encoding": "gb18030"}),
    ("dental_price_list.xlsx", "口腔诊所", ("项目编码;code:KQ:4;-", "项目名称;pick:超声洁治|根管治疗|种植体植入|隐形矫正;-",
     "单位;pick:次|颗|全口;-", "价格(元);amt:100:38000;-", "是否医保;pick:是|否;-"), {}),
    ("edu_course_catalog.parquet", "在线教育学员", ("course_id;code:C:6;-", "course_name;pick:小学数学思维秋季班|少儿编程Scratch|英语自然拼读;-",
     "grade_range;pick:1-3年级|4-6年级|5-12岁;-", "lessons;int:12:48;-", "price;amt:99:5980;-",
     "teacher_count;int:2:40;-"), {}),
    ("gov_service_stats.csv", "政务服务办件", ("事项名称;pick:居住证签注|生育登记|新生儿落户;-", "统计月份;pick:2026-09|2026-10|2026-11;-",
     "受理量;int:50:9000;-", "办结量;int:40:8800;-", "按时办结率(%);amt:90:100;-", "好评率(%);amt:95:100;-"), {}),
    ("sap_material_master.csv", "ERP客户主数据", ("MATNR;code:4000:6;-", "MAKTX;pick:Bearing 6204-2RS|Gasket DN50|Valve PN16;-",
     "MEINS;pick:ST|KG|M;-", "MTART;pick:ROH|HALB|FERT;-", "WERKS;pick:1000|1100|2000;-", "LABST;int:0:9000;-",
     "NETPR;amt:1:900;-"), {}),
    ("jd_sku_stock.xlsx", "京东POP店订单", ("SKU编码;code:100:11;-", "京东价;amt:19:2999;-", "促销价;amt:9:2599;-",
     "促销开始;dt:0:10;-", "促销结束;dt:11:40;-"), {"sheet": "价格"}),
    ("payroll_summary_by_dept.xlsx", "企业网银代发", ("险种;pick:养老保险|医疗保险|失业保险|住房公积金;-",
     "参保人数;int:3:300;-", "单位缴费合计;amt:1000:900000;-", "个人缴费合计;amt:500:300000;-"), {"sheet": "社保汇总"}),
    ("dental_price_list.xlsx", "口腔诊所", ("耗材名称;pick:树脂充填材料|根管锉|种植体(士卓曼)|印模材料;-", "规格;pick:4g|25mm|4.1*10mm|500g;-",
     "库存;int:0:300;-", "供应商;company;-", "供应商信用代码;uscc;cn_uscc"), {"sheet": "耗材库存"}),
    ("pdd_goods_list.csv", "拼多多店订单", ("商品id;code:6:10;-", "商品名称;pick:加厚保暖睡衣|儿童羽绒服|不锈钢保温杯;-",
     "拼单价(元);amt:9.9:399;-", "单买价(元);amt:12:499;-", "库存;int:0:9000;-", "累计销量;int:0:90000;-"), {"encoding": "gb18030"}),
    ("flight_schedule.jsonl", "航空旅客名单", ("flight_no;pick:MU5101|CA1501|CZ3102|HO1253;-", "dep;pick:PVG|SHA|PEK|CAN;-",
     "arr;pick:CTU|SZX|HGH|XIY;-", "std;pick:07:30|10:05|14:20|19:45;-", "aircraft;pick:A320|B737-800|A330-300;-",
     "seats;int:150:300;-"), {}),
    ("feishu_departments.csv", "飞书人员", ("部门ID;code:od-:10;-", "部门名称;pick:研发中心|销售部|财务部|人力资源部;-",
     "上级部门;pick:总部|研发中心|销售部;-", "成员数;int:1:400;-", "创建时间;dt:-2000:-100;-"), {}),
    ("fund_nav_daily.parquet", "证券开户", ("fund_code;code:0:6;-", "fund_name;pick:易方达蓝筹精选|华夏成长|招商中证白酒;-",
     "nav;amt:0.5:4;-", "acc_nav;amt:1:6;-", "nav_date;date:-10:0;-", "daily_return_pct;amt:-3:3;-"), {}),
    ("camera_points.csv", "人脸抓拍平台", ("设备编码;code:330106:14;-", "点位名称;pick:文三路东口|地铁古荡站B口|西溪银泰北门;-",
     "经度;amt:120:120.3;-", "纬度;amt:30.2:30.4;-", "在线状态;pick:在线|离线;-", "安装日期;date:-1500:-30;-"), {"encoding": "utf-8-sig"}),
    ("lock_firmware.tsv", "智能门锁", ("型号;pick:X1 Pro|S30|K20 Max;-", "固件版本;pick:v2.3.1|v2.4.0|v3.0.2;-",
     "发布日期;date:-400:0;-", "在网设备数;int:100:90000;-", "升级率(%);amt:10:99;-"), {}),
    ("dept_bed_stats.xlsx", "电子病历出院", ("科室;pick:心内科|骨科|儿科|神经内科|普外科;-", "核定床位;int:20:90;-",
     "在院人数;int:5:95;-", "本月出院;int:30:600;-", "平均住院日;amt:4:14;-"), {"sheet": "床位统计"}),
    ("dept_bed_stats.xlsx", "电子病历出院", ("科室;pick:心内科|骨科|儿科;-", "门诊人次;int:1000:30000;-",
     "次均费用(元);amt:150:600;-"), {"sheet": "门诊统计"}),
    ("zendesk_sla.csv", "客服工单(英文)", ("Group;pick:Tier 1|Billing|Escalations;-", "Tickets;int:10:3000;-",
     "Median first reply (h);amt:0.2:30;-", "Solved;int:5:2900;-", "Week;pick:2026-W47|2026-W48|2026-W49;-"), {}),
)


def no_pi_tables() -> list[Table]:
    """The set's tables without PI (choice 30: look-alikes and organisation ids only)."""
    return [plain(file, domain, lines, **kw) for file, domain, lines, kw in _NO_PI]
