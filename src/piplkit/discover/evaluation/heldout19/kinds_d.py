# ruff: noqa: E501
"""Set 19's tables without personal information, from the same systems: catalogues, price
lists, settings and aggregates a privacy officer's scan meets beside the personal exports
(choice 30). Three of them are workbooks of two sheets, as the systems export them."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout6.spec import Table
from piplkit.discover.evaluation.heldout19.kinds import plain


def no_pi_tables() -> list[Table]:
    """The tables of the set that hold no PI (their golds are all ``None`` or ``cn_uscc``)."""
    return [
        plain("疫苗目录.csv", "public_health", (
            "疫苗编码;id:YM:6;-", "疫苗名称;v:vaccine;-", "生产企业;pick:北京生物|成都生物|科兴|沃森生物;-",
            "规格;pick:0.5ml/支|1.0ml/瓶|10μg/0.5ml;-", "类别;pick:免疫规划|非免疫规划;-",
            "中标价(元);num:5:700;-", "库存(支);int:0:800;-",
        ), encoding="gb18030"),
        plain("药品价目表.xlsx", "pharmacy", (
            "商品编码;id:69:11;-", "通用名;v:prescription;-", "剂型;pick:片剂|胶囊|颗粒|口服液;-",
            "零售价;num:3:260;-", "会员价;num:3:240;-", "医保类别;pick:甲类|乙类|自费;-",
            "处方类型;pick:处方药|甲类OTC|乙类OTC;-",
        ), sheet="价目表"),
        plain("药品价目表.xlsx", "pharmacy", (
            "门店编码;id:MD:4;-", "门店名称;store;-", "营业时间;const:08:00-22:00;-",
            "门店电话;landline;-", "日均客流;int:80:600;-",
        ), sheet="门店"),
        plain("体检套餐价格.xlsx", "health_checkup", (
            "套餐编码;id:TC:4;-", "套餐名称;pick:入职体检|年度体检A|年度体检B|中老年深度套餐;-",
            "适用性别;pick:通用|男|女;-", "项目数;int:8:60;-", "原价;int:199:3999;-", "团检价;int:150:3200;-",
        ), sheet="套餐"),
        plain("体检套餐价格.xlsx", "health_checkup", (
            "项目编码;id:XM:5;-", "项目名称;pick:血常规|肝功能|甲状腺彩超|胸部CT|肿瘤标志物;-",
            "所属科室;pick:检验科|超声科|放射科|内科;-", "单价;int:10:680;-",
        ), sheet="单项"),
        plain("考勤班次设置.csv", "hr_attendance", (
            "班次名称;pick:早班|中班|晚班|弹性班;-", "上班时间;time;-", "下班时间;time;-",
            "弹性分钟;int:0:60;-", "适用部门;dept;-", "启用;pick:是|否;-",
        )),
        plain("薪资项目配置.jsonl", "payroll", (
            "item_code;id:SAL:3;-", "item_name;pick:基本工资|绩效|餐补|交通补贴|高温补贴;-",
            "taxable;pick:是|否;-", "calc_rule;pick:固定值|按出勤|按公式;-", "sort_no;int:1:40;-",
        )),
        plain("微信支付_资金账单汇总.csv", "payment", (
            "账单日期;date;-", "总交易单数;int:50:3000;-", "应结订单总金额;num:1000:90000;-",
            "退款总金额;num:0:3000;-", "手续费总金额;num:5:540;-", "商户号;const:1612345678;-",
        ), encoding="utf-8-sig"),
        plain("燃气阶梯价格.xlsx", "utility", (
            "阶梯;pick:第一档|第二档|第三档;-", "年用气量(m³);pick:0-300|301-500|500以上;-",
            "单价(元/m³);num:2.8:4.2;-", "执行日期;date_old;-",
        ), sheet="居民阶梯"),
        plain("燃气阶梯价格.xlsx", "utility", (
            "营业厅;pick:城东营业厅|城西营业厅|滨江营业厅;-", "地址;pick:文三路90号|江南大道588号|石桥路12号;-",
            "服务电话;landline;-", "营业时间;const:08:30-17:00;-",
        ), sheet="营业厅"),
        plain("驾校收费标准.csv", "driving_school", (
            "车型;pick:C1|C2|A2|B2|D;-", "班型;pick:普通班|VIP班|周末班|夜间班;-", "学费(元);int:3800:12000;-",
            "补考费(元);int:100:400;-", "训练场;pick:三墩训练场|下沙训练场|萧山训练场;-",
        ), encoding="gb18030", quote_all=True),
        plain("驿站日入库统计.parquet", "parcel_station", (
            "stat_date;date;-", "express_company;pick:中通|圆通|韵达|申通|极兔;-", "inbound_cnt;int:20:800;-",
            "outbound_cnt;int:20:800;-", "overdue_cnt;int:0:40;-",
        )),
        plain("公寓房源状态.csv", "apartment_rental", (
            "房源编号;id:FY:6;-", "项目;pick:自如寓·滨江店|冠寓·未来科技城|泊寓·下沙店;-",
            "户型;pick:开间|一室一厅|两室一厅;-", "面积(㎡);num:18:65;-", "挂牌租金;int:1800:6500;-",
            "状态;pick:空置|已租|维修中|预定;-",
        )),
        plain("教资考点安排.tsv", "exam_registration", (
            "考点代码;id:33:4;-", "考点名称;pick:杭州第二中学|学军中学|文澜中学|浙大附中;-",
            "考场数;int:10:60;-", "考试科目;pick:综合素质|教育知识与能力|学科知识;-", "考试时间;dt;-",
        )),
        plain("展商名录.xlsx", "exhibition", (
            "展位号;id:N3-:3;-", "展商名称;company;-", "统一社会信用代码;uscc;cn_uscc",
            "展品类别;pick:工业机器人|包装机械|传感器|AGV;-", "面积(㎡);int:9:300;-",
        ), sheet="展商"),
        plain("婚姻登记月度统计.csv", "civil_affairs", (
            "月份;month;-", "登记机关;pick:西湖区民政局婚姻登记处|上城区婚姻登记处;-", "结婚登记(对);int:80:900;-",
            "离婚登记(对);int:20:300;-", "补领(件);int:5:80;-",
        )),
        plain("险种费率表.parquet", "life_insurance", (
            "product_code;id:P88:4;-", "product_name;pick:安康重疾险|百万医疗险|意外伤害险|定期寿险;-",
            "age_band;pick:0-17岁|18-40岁|41-50岁|51-60岁;-", "annual_premium;num:100:9000;-",
            "sum_insured;int:100000:3000000;-",
        )),
        plain("差旅标准.jsonl", "corporate_travel", (
            "grade;pick:P5及以下|P6-P7|P8-P9|M3以上;-", "city_tier;pick:一线|二线|其他;-",
            "hotel_cap;int:350:900;-", "flight_cabin;pick:经济舱|超级经济舱|公务舱;-", "meal_allowance;int:80:200;-",
        )),
        plain("残疾人补贴标准.csv", "disabled_federation", (
            "补贴名称;pick:困难残疾人生活补贴|重度残疾人护理补贴|康复补助;-", "适用等级;pick:一级|二级|三级|四级;-",
            "月标准(元);int:100:600;-", "执行年度;const:2026;-",
        ), encoding="utf-8-sig"),
        plain("互联网医院科室排班.xlsx", "internet_hospital", (
            "科室;pick:儿科|皮肤科|消化内科|心血管内科|妇科;-", "号源类型;pick:图文|视频|电话;-",
            "挂号费(元);int:0:120;-", "出诊时段;pick:上午|下午|夜间;-", "剩余号源;int:0:40;-",
        ), sheet="排班", title_rows=("线上排班表",)),
        plain("信用卡分期费率.csv", "bank_card_issuing", (
            "期数;pick:3|6|12|24;-", "每期手续费率;pick:0.60%|0.65%|0.70%|0.75%;-",
            "最低分期金额;int:500:3000;-", "适用卡种;pick:金卡|白金卡|普卡;-",
        ), encoding="gb18030"),
    ]
